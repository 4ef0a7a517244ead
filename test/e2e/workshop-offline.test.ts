import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useCameraBrowser } from '../support/camera-browser.ts';
import { makeAnswerSets, readSelfCheck, toShareLink } from '../support/workshop-answers.ts';

const baseUrl = inject('fixtureUrl');
const { questions } = readSelfCheck('zh');
const [first = {}, second = {}, third = {}] = makeAnswerSets(questions, 3);
const camera = useCameraBrowser(() => [toShareLink(baseUrl, 'zh', questions, first), toShareLink(baseUrl, 'en', questions, second)]);

const count = (page: Page) => page.locator('[data-room-count]').textContent();

describe('workshop room offline', () => {
  it('keeps working with the network off after one visit: the room, pasting, and the camera once it was used online', async () => {
    const { page } = await openPage(camera(), { serviceWorkers: 'allow', permissions: ['camera'] });
    await page.goto(`${baseUrl}/zh/workshop/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now under the service worker's control

    await page.getByRole('button', { name: '扫描二维码' }).click();
    await expect.poll(() => count(page), { timeout: 20_000 }).toBe('2份回答');
    await page.getByRole('button', { name: '关闭摄像头' }).click();
    // The decoder's WebAssembly is not precached (1 MB few readers need), but kept once used.
    expect(await page.evaluate(async () => (await (await caches.open('kb-wasm')).keys()).map((request) => new URL(request.url).pathname))).toEqual([
      expect.stringMatching(/^\/_astro\/zxing_reader-\w+\.wasm$/),
    ]);

    await page.context().setOffline(true);
    await page.reload();
    await expect.poll(() => count(page)).toBe('2份回答'); // kept in this browser
    await page.getByLabel('粘贴分享链接，每行一个').fill(toShareLink(baseUrl, 'en', questions, third));
    await page.getByRole('button', { name: '加入汇总' }).click();
    await expect.poll(() => count(page)).toBe('3份回答');

    // The camera too: its codes are already in the room, so they are read and held, not counted again.
    await page.getByRole('button', { name: '扫描二维码' }).click();
    await expect.poll(() => page.locator('[data-scan-status]').textContent(), { timeout: 20_000 }).toBe('汇总中已有：与之前一份回答完全相同。');
    expect(await count(page)).toBe('3份回答');
    // Unless the trainer says that two participants did give the same answers.
    await page.getByRole('button', { name: '也计入' }).click();
    await expect.poll(() => count(page)).toBe('4份回答');
    await page.context().close();
  });
});
