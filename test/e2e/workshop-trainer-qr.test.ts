import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { decodeQrOnScreen, decodeQrSvg } from '../support/qr-svg.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { readSelfCheck } from '../support/workshop-answers.ts';

const baseUrl = inject('fixtureUrl');
const distDir = inject('fixtureDist');
const { questions } = readSelfCheck('en');
const [firstQuestion, ...otherQuestions] = questions;
const lastQuestion = otherQuestions.at(-1);
if (!firstQuestion || !lastQuestion) throw new Error('the fixture self-check needs two questions or more');
const allYes = `1${'y'.repeat(questions.length)}`;
const browser = useSharedBrowser();

describe('the participant’s “Show to the trainer”', () => {
  it('shows a large QR code of their share link, drawn in the browser only when asked for, that reads back as the link', async () => {
    const { page, foreignRequests } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
    await page.goto(`${baseUrl}/en/self-check/`);
    await page.locator('.self-check__result-heading').waitFor({ state: 'visible' });
    await page.locator(`fieldset#${firstQuestion.id}`).getByLabel('Yes', { exact: true }).check();
    await page.locator(`fieldset#${lastQuestion.id}`).getByLabel('Not sure', { exact: true }).check();
    const share = await page.getByRole('link', { name: 'Link to these answers' }).evaluate((link) => (link as HTMLAnchorElement).href);
    expect(share).toMatch(new RegExp(`/en/self-check/#answers=1[-ynu]{${questions.length}}$`));
    expect(scripts.filter((path) => path.includes('trainer-qr'))).toEqual([]);

    await page.getByRole('button', { name: 'Show to the trainer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Show this to the trainer' });
    await dialog.waitFor();
    expect(scripts.filter((path) => path.includes('trainer-qr'))).toHaveLength(1);
    const qr = dialog.getByRole('img', { name: 'QR code of the link to your answers' });
    expect(await decodeQrSvg(await qr.evaluate((svg) => svg.outerHTML))).toEqual([share]);
    // What the screen shows reads back too, and is large: 60% of a 720 px high window, most of a phone's width (below).
    expect(await decodeQrOnScreen(qr)).toEqual([share]);
    expect((await qr.boundingBox())?.width).toBeGreaterThanOrEqual(430);
    expect(await dialog.getByLabel('Or send this link in the chat').inputValue()).toBe(share);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(share);
    expect(await dialog.getByRole('status').textContent()).toBe('Link copied');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // A changed answer changes the link, and the next look at the code shows the new one.
    await page.locator('fieldset#q-1-1').getByLabel('No', { exact: true }).check();
    const changed = await page.getByRole('link', { name: 'Link to these answers' }).evaluate((link) => (link as HTMLAnchorElement).href);
    expect(changed).not.toBe(share);
    await page.getByRole('button', { name: 'Show to the trainer' }).click();
    expect(await decodeQrSvg(await qr.evaluate((svg) => svg.outerHTML))).toEqual([changed]);
    expect(foreignRequests).toEqual([]);
  });

  it('is a phone-sized dialog in Chinese too, and leaves no button behind without JavaScript', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    await page.goto(`${baseUrl}/zh/self-check/#answers=${allYes}`);
    await page.locator('.self-check__result-heading').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: '出示给培训师' }).click();
    const qr = page.getByRole('dialog', { name: '请出示给培训师' }).getByRole('img', { name: '你的回答链接的二维码' });
    expect(await decodeQrOnScreen(qr)).toEqual([`${baseUrl}/zh/self-check/#answers=${allYes}`]);
    expect((await qr.boundingBox())?.width).toBeGreaterThan(300);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const { page: plain } = await openPage(browser(), { javaScriptEnabled: false });
    await plain.goto(`${baseUrl}/en/self-check/`);
    expect(await plain.getByRole('button').count()).toBe(0);
  });

  it('leaves the self-check island within its 4.5 KB budget (gzip): the QR code generator is the trainer-qr island’s', () => {
    const files = readdirSync(`${distDir}/_astro/`);
    const size = (prefix: string) => {
      const file = files.find((name) => name.startsWith(prefix) && name.endsWith('.js'));
      if (!file) throw new Error(`dist/_astro/ has no ${prefix}*.js`);
      return gzipSync(readFileSync(`${distDir}/_astro/${file}`), { level: 9 }).length;
    };
    // 4.5 KB: the island also merges answers across tabs, keeps unreadable stored answers aside and says failed saves.
    expect(size('self-check-element-')).toBeLessThanOrEqual(4.5 * 1024);
    expect(size('trainer-qr-element-')).toBeGreaterThan(size('self-check-element-')); // it carries the generator
  });
});
