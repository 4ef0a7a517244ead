import { appendFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultLocale, locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { makeTempDir, removeTempDir } from '../support/temp.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
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

describe('the offline copy, after one visit', () => {
  // Saying it is ready, then reading, searching and self-checking with the server gone, in three engines:
  // test/engines/specs/offline.spec.ts. Here: updates, and installing the site as an app.
  it('tells the reader when a new version is ready, and switches to it only when they reload', async () => {
    // A deployment of our own, so that the test can publish a new one: a copy of the fixture site on another port.
    const site = makeTempDir('deploy');
    await cp(inject('fixtureDist'), site, { recursive: true });
    const server = await serveStatic(site);
    try {
      const page = await visitOnce(`${server.origin}/zh/`);
      await page.reload(); // a page loaded after the worker is active is always under its control
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.origin}/sw.js`);

      await appendFile(join(site, 'sw.js'), '\n// the next deployment\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const reload = page.getByRole('button', { name: t('zh', 'offline.reload') });
      await reload.waitFor({ timeout: 15_000 });
      expect(await page.locator('kb-offline-notices').textContent()).toContain(t('zh', 'offline.updateReady'));
      // Until the reader agrees, the old version keeps serving, so no page mixes two deployments.
      const waiting = () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
      expect(await waiting()).toBe(true);

      await Promise.all([page.waitForEvent('load'), reload.click()]);
      expect(await waiting()).toBe(false);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      await page.context().close();
    } finally {
      await server.close();
      removeTempDir(site);
    }
  });

  describe('installable', () => {
    // One visit installs the offline copy for the whole site; each language's page then names its own manifest.
    let page: Page | undefined;
    beforeAll(async () => {
      page = await visitOnce(`${fixtureUrl}/${defaultLocale}/`);
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it.each(locales)('can be installed from a %s page, as a localized app', async (locale) => {
      if (!page) throw new Error('no page: the visit in beforeAll failed');
      await page.goto(`${fixtureUrl}/${locale}/`);
      const cdp = await page.context().newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // Playwright's contexts are incognito profiles, where Chromium never installs apps; any other error is ours.
      expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: t(locale, 'site.name'), start_url: `/${locale}/` });
      await cdp.detach();
    });
  });
});
