import { appendFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultLocale, locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { findUniqueWord, fixture, searchWords } from '../support/fixture-content.ts';
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

async function firstResult(page: Page, scope: string): Promise<string> {
  const link = page.locator(`${scope} a.search-hit__link`).first();
  await link.waitFor({ timeout: 10_000 });
  return new URL((await link.getAttribute('href')) ?? '', fixtureUrl).pathname;
}

describe('offline, after one visit', () => {
  it('says the site is ready offline, then serves the other language, search and the self-check with the network off', async () => {
    const page = await visitOnce(`${fixtureUrl}/en/`);
    await expect.poll(() => page.locator('kb-offline-notices').textContent()).toContain(t('en', 'offline.ready'));

    await page.context().setOffline(true);
    const english = findUniqueWord('en', searchWords.en);
    const mistake = fixture.getMistake('zh', english.mistake.number);
    await page.goto(`${fixtureUrl}/zh/mistakes/${mistake.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(mistake.title);
    expect(await page.locator(`#${mistake.paragraphs[0]}`).textContent()).toContain(fixture.getParagraphText('zh', mistake.paragraphs[0] ?? '').slice(0, 12));
    // …and in Traditional characters: the variant is in the offline copy as well.
    const traditional = fixture.getMistake('zh-hant', english.mistake.number);
    await page.goto(`${fixtureUrl}/zh-hant/mistakes/${traditional.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(traditional.title);
    await page.goto(`${fixtureUrl}/zh/mistakes/${mistake.slug}/`);

    await page.locator('#search-panel-input').fill(searchWords.en);
    expect(await firstResult(page, '.search--panel')).toBe(`/en/mistakes/${english.mistake.slug}/`);

    const chinese = findUniqueWord('zh', searchWords.zh);
    await page.goto(`${fixtureUrl}/en/search/?q=${encodeURIComponent(searchWords.zh)}`);
    expect(await firstResult(page, '.search--page')).toBe(`/zh/mistakes/${chinese.mistake.slug}/`);
    await page.locator('.search--page a.search-hit__link').first().click();
    await page.waitForURL(`**/zh/mistakes/${chinese.mistake.slug}/**`);
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);

    // The self-check too: its island loads from the offline copy and scores an answer.
    await page.goto(`${fixtureUrl}/zh/self-check/`);
    await page.locator('kb-self-check input[type="radio"]').first().check();
    await page.locator('.self-check__result-heading').waitFor({ state: 'visible' }); // shown once the island runs
    await page.context().close();
    // Precaching the whole site and then walking it offline takes about a minute on a loaded 2-core machine.
  }, 180_000);

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
