import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { t } from '../support/ui-strings.ts';
import { useCameraBrowser } from '../support/camera-browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { makeAnswerSets, readSelfCheck, toShareLink } from '../support/workshop-answers.ts';

const baseUrl = inject('fixtureUrl');
const { questions } = readSelfCheck('en');
const [first = {}, second = {}] = makeAnswerSets(questions, 2);
// Two participants (one on the Chinese self-check, at the address the site was built for), then a QR code that is not ours, looping as a camera would see them.
const codes = [toShareLink(baseUrl, 'en', questions, first), toShareLink('http://localhost:4321', 'zh', questions, second), 'https://example.org/menu'];
const camera = useCameraBrowser(() => codes);
const browser = useSharedBrowser();

const count = (page: Page) => page.locator('[data-room-count]').textContent();

describe('workshop room: scanning', () => {
  it('counts each participant held up to the camera once, one after another, with a visual confirmation', async () => {
    const { page, foreignRequests } = await openPage(camera(), { permissions: ['camera'] });
    const fetched: string[] = [];
    page.on('response', (response) => void fetched.push(`${new URL(response.url()).pathname} ${response.headers()['content-type'] ?? ''}`));
    await page.goto(`${baseUrl}/en/workshop/`, { waitUntil: 'networkidle' });
    // Record the confirmations: the camera frame flashing, and what the status line said.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { seen });
      const camera = document.querySelector('[data-camera]');
      const status = document.querySelector('[data-scan-status]');
      new MutationObserver(() => {
        if (camera?.classList.contains('workshop__camera--added')) seen.push(status?.textContent ?? '');
      }).observe(status ?? document, { childList: true, characterData: true, subtree: true });
    });
    expect(fetched.filter((line) => /qr-scanner|\.wasm/.test(line))).toEqual([]);

    await page.getByRole('button', { name: 'Scan QR codes' }).click();
    await expect.poll(() => count(page), { timeout: 20_000 }).toBe('2 responses');
    expect(await page.locator('[data-responses] li span').allTextContents()).toEqual([
      expect.stringMatching(/^English: /),
      expect.stringMatching(new RegExp(`^${t('zh', 'language.name')}: `)),
    ]);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['✓ Added: response 1', '✓ Added: response 2']);
    // The decoder came with the camera, from this site: its module and its WebAssembly, served as such.
    expect(fetched.filter((line) => /qr-scanner|\.wasm/.test(line))).toEqual([
      expect.stringMatching(/^\/_astro\/qr-scanner\.lazy-\w+\.js text\/javascript/),
      expect.stringMatching(/^\/_astro\/zxing_reader-\w+\.wasm application\/wasm$/),
    ]);
    await expect.poll(() => page.locator('[data-scan-status]').textContent(), { timeout: 10_000 }).toBe('Not counted: not a share link of this self-check.');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The video loops: the same codes keep coming back, and are never counted again by themselves.
    await page.waitForTimeout(5_000);
    expect(await count(page)).toBe('2 responses');

    await page.getByRole('button', { name: 'Stop the camera' }).click();
    expect(await page.locator('[data-camera]').isHidden()).toBe(true);
    expect(await page.locator('[data-camera] video').evaluate((video) => (video as HTMLVideoElement).srcObject)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Scan QR codes');
    expect(foreignRequests).toEqual([]);
  });

  it('says so when the camera is refused, and pasting still works', async () => {
    const { page } = await openPage(camera());
    await page.goto(`${baseUrl}/en/workshop/`);
    await page.getByRole('button', { name: 'Scan QR codes' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'camera' });
    await expect
      .poll(() => problem.textContent())
      .toBe('The camera was refused. To scan, allow it in the browser’s site settings; pasting links works meanwhile.');
    expect(await page.getByRole('button', { name: 'Scan QR codes' }).isVisible()).toBe(true);
    await page.getByLabel('Paste share links, one per line').fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect.poll(() => count(page)).toBe('2 responses');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('says so when there is no camera at all', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/zh/workshop/`);
    await page.getByRole('button', { name: '扫描二维码' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '摄像头' }).textContent()).toBe('没有找到摄像头。请改为粘贴链接。');
  });
});
