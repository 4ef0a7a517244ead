import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { decodeQrOnScreen, decodeQrSvg } from '../support/qr-svg.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { makeAnswerSets, readSelfCheck, toShareLink } from '../support/workshop-answers.ts';
import { fixture } from '../support/fixture-content.ts';

const baseUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
/** The site's canonical origin in the test build (SITE_URL unset): the address printed and encoded in QR codes. */
const site = 'http://localhost:4321';

/** Pages in a PDF as Chromium prints it. */
async function countPrintedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

describe('the workshop page without JavaScript and on paper', () => {
  it.each([
    ['en', 'QR code of the self-check’s address', 'Or type this address:', 'Collecting the room’s responses needs JavaScript.'],
    ['zh', '自查页面地址的二维码', '或输入这个地址：', '汇总学员的回答需要启用 JavaScript。'],
  ])('/%s/workshop/ shows the self-check’s QR code, its short address and the three steps, with no JavaScript', async (locale, name, address, noScript) => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/${locale}/workshop/`);
    const qr = page.getByRole('img', { name });
    const target = `${site}/${locale}/self-check/`;
    expect(await decodeQrSvg(await qr.evaluate((svg) => svg.outerHTML))).toEqual([target]);
    expect(await decodeQrOnScreen(qr)).toEqual([target]);
    expect(await page.getByText(address).textContent()).toBe(`${address} localhost:4321/${locale}/self-check/`);
    expect(await page.getByRole('link', { name: `localhost:4321/${locale}/self-check/` }).getAttribute('href')).toBe(`/${locale}/self-check/`);
    expect(await page.locator('.workshop-invite ol li').count()).toBe(3);
    expect(await page.locator('noscript').textContent()).toContain(noScript);
    expect(await page.getByRole('button').count()).toBe(0); // nothing that would need a script
    await page.emulateMedia({ media: 'print' });
    expect(await qr.isVisible()).toBe(true);
    expect(await countPrintedPages(page)).toBe(1);
  });

  it('passes axe-core before the island loads', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/workshop/`, { waitUntil: 'networkidle' });
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('prints the room’s summary on one page: count, chart and what to discuss first', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/workshop/`);
    const { questions } = readSelfCheck('en');
    await page.getByLabel('Paste share links, one per line').fill(
      makeAnswerSets(questions, 30)
        .map((answers) => toShareLink(baseUrl, 'en', questions, answers))
        .join('\n'),
    );
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect.poll(() => page.locator('[data-room-count]').textContent()).toBe('30 responses');

    // The button prints the summary alone: a class on <html> while the print dialog is open.
    await page.evaluate(() => {
      window.print = () => Object.assign(window, { printedWith: document.documentElement.className });
    });
    await page.getByRole('button', { name: 'Print the summary' }).click();
    expect(await page.evaluate(() => (window as unknown as { printedWith: string }).printedWith)).toContain('workshop-print-summary');
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain('workshop-print-summary');

    await page.evaluate(() => document.documentElement.classList.add('workshop-print-summary'));
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.workshop-invite', '.workshop__collect', '.workshop__table', '[data-responses]', '.site-header']) {
      expect(await page.locator(hidden).first().isHidden(), hidden).toBe(true);
    }
    for (const shown of ['[data-room-count]', '[data-chart]', '[data-discuss]', '.workshop__legend'])
      expect(await page.locator(shown).isVisible(), shown).toBe(true);
    expect(await countPrintedPages(page)).toBe(1);
  });
});

describe('the printed handout of a mistake page', () => {
  it.each([
    ['en', `/en/mistakes/${fixture.getMistake('en', 2).slug}/`, 2, 'QR code of this mistake’s short link', 'Scan to read online: '],
    ['zh', `/zh/mistakes/${fixture.getMistakes('zh').at(-1)?.slug ?? ''}/`, fixture.getMistakes('zh').length, '本错误短链接的二维码', '扫码在线阅读：'],
  ])('%s: carries a QR code of the short link, on paper only', async (_locale, path, number, name, caption) => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}${path}`);
    const figure = page.locator('.handout-qr');
    expect(await figure.isHidden()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    // Served from another address than the one it was built for, the code is redrawn for where the page is.
    const short = `${baseUrl}${path.slice(0, 4)}${number}/`;
    const qr = figure.getByRole('img', { name });
    expect(await qr.isVisible()).toBe(true);
    await expect.poll(() => decodeQrOnScreen(qr)).toEqual([short]);
    expect(await figure.locator('figcaption').textContent()).toBe(`${caption}${short}`);
    // The short link leads back to this page.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseUrl}${new URL(short).pathname}`);
    await page.waitForURL(`**${path}`);
  });
});
