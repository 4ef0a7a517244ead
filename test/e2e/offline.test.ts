import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

const baseUrl = inject('baseUrl');
const rootDir = fileURLToPath(new URL('../../', import.meta.url));
const distDir = join(rootDir, 'dist');
const browser = useSharedBrowser();

/** Visits a page once and waits until the service worker is active, that is, has precached the site. */
async function visitOnce(url: string): Promise<Page> {
  const { page } = await openPage(browser(), { serviceWorkers: 'allow' });
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return page;
}

async function firstResult(page: Page, scope: string): Promise<string> {
  const link = page.locator(`${scope} a.search-hit__link`).first();
  await link.waitFor({ timeout: 10_000 });
  return new URL((await link.getAttribute('href')) ?? '', baseUrl).pathname;
}

describe('offline, after one visit', () => {
  it('says the site is ready offline, then serves the other language, search and the self-check with the network off', async () => {
    const page = await visitOnce(`${baseUrl}/en/`);
    await expect.poll(() => page.locator('kb-offline-notices').textContent()).toContain('it works offline');

    await page.context().setOffline(true);
    await page.goto(`${baseUrl}/zh/mistakes/segmenting-by-calendar-time/`);
    expect(await page.locator('h1').textContent()).toBe('按自然时间进行客户细分');
    expect(await page.locator('#p-4-1').textContent()).toContain('葡萄酒');

    await page.locator('#search-panel-input').fill('wine');
    expect(await firstResult(page, '.search--panel')).toBe('/en/mistakes/segmenting-by-calendar-time/');

    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent('资产')}`);
    expect(await firstResult(page, '.search--page')).toBe('/zh/mistakes/segmenting-by-assets/');
    await page.locator('.search--page a.search-hit__link').first().click();
    await page.waitForURL('**/zh/mistakes/segmenting-by-assets/**');
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);

    // The self-check too: its island loads from the offline copy and scores an answer.
    await page.goto(`${baseUrl}/zh/self-check/`);
    await page.locator('kb-self-check input[type="radio"]').first().check();
    await page.locator('.self-check__result-heading').waitFor({ state: 'visible' }); // shown once the island runs
    await page.context().close();
  });

  it('tells the reader when a new version is ready, and switches to it only when they reload', async () => {
    // A deployment of our own, so that the test can publish a new one: a copy of dist/ on another port.
    const site = await mkdtemp(join(tmpdir(), 'kb-deploy-'));
    await cp(distDir, site, { recursive: true });
    const server = await preview({ root: rootDir, outDir: site, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const page = await visitOnce(`${origin}/zh/`);
      await page.reload(); // a page loaded after the worker is active is always under its control
      const controllerBefore = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
      expect(controllerBefore).toBe(`${origin}/sw.js`);

      await appendFile(join(site, 'sw.js'), '\n// the next deployment\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const reload = page.getByRole('button', { name: '重新加载' });
      await reload.waitFor({ timeout: 15_000 });
      expect(await page.locator('kb-offline-notices').textContent()).toContain('本站有新版本可用。');
      // Until the reader agrees, the old version keeps serving, so no page mixes two deployments.
      const waiting = () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
      expect(await waiting()).toBe(true);

      await Promise.all([page.waitForEvent('load'), reload.click()]);
      expect(await waiting()).toBe(false);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      await page.context().close();
    } finally {
      await server.stop();
      await rm(site, { recursive: true, force: true });
    }
  });

  it.each([
    ['en', 'Customer Segmentation Mistakes'],
    ['zh', '客户细分常犯的错误'],
  ])('can be installed from a %s page, as a localized app', async (locale, name) => {
    const page = await visitOnce(`${baseUrl}/${locale}/`);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito profiles, where Chromium never installs apps; any other error is ours.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name, start_url: `/${locale}/` });
    await page.context().close();
  });
});
