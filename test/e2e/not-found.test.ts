import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLanguageTag, getLocaleAliases, locales, type Locale } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { fixture, searchWords } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

/** Every prefix a missing path can sit under and the language its 404 page must speak (`/zh-tw/` → 繁體). */
const prefixes = locales.flatMap((locale) => [locale, ...getLocaleAliases(locale)].map((prefix) => ({ prefix, locale })));

/** What a reader of that language needs on a 404 page: their language, the contents, every mistake, the search box. */
async function expectNotFoundPage(page: Page, locale: Locale): Promise<void> {
  expect(await page.locator('html').getAttribute('lang')).toBe(getLanguageTag(locale));
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t(locale, 'notFound.title'));
  expect(await page.getByRole('link', { name: t(locale, 'notFound.home') }).count()).toBe(1);
  for (const { title } of fixture.getMistakes(locale)) expect(await page.getByRole('main').getByRole('link', { name: title }).count(), title).toBe(1);
  for (const other of locales.filter((l) => l !== locale)) expect(await page.getByRole('link', { name: t(other, 'notFound.home') }).count(), other).toBe(0);
  await expect.poll(() => page.locator('#search-panel-input').isVisible()).toBe(true);
}

describe('404 page', () => {
  it.each(prefixes)('speaks the language of a missing path under /$prefix/, with its mistakes and the search box', async ({ prefix, locale }) => {
    const { page } = await openPage(browser());
    const response = await page.goto(`${fixtureUrl}/${prefix}/mistakes/no-such-mistake/`);
    expect(response?.status()).toBe(404);
    await expectNotFoundPage(page, locale);
    await page.context().close();
  });

  it('lets the reader search from it', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/no-such-page/`);
    await page.locator('#search-panel-input').fill(searchWords.en);
    await page.locator('.search--panel a.search-hit__link').first().waitFor();
    await page.context().close();
  });

  it('keeps the language of the path on a host that serves only /404.html (GitHub Pages, Netlify)', async () => {
    const { page } = await openPage(browser());
    await page.route('**/zh-tw/no-such-page/', (route) => route.fulfill({ status: 404, path: join(inject('fixtureDist'), '404.html') }));
    await page.goto(`${fixtureUrl}/zh-tw/no-such-page/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(getLanguageTag('zh-hant'));
    expect(await page.title()).toBe(t('zh-hant', 'notFound.title'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t('zh-hant', 'notFound.title'));
    for (const locale of locales) expect(await page.getByRole('link', { name: t(locale, 'notFound.home') }).isVisible(), locale).toBe(locale === 'zh-hant');
    await page.context().close();
  });

  it('helps in every language outside them', async () => {
    const { page } = await openPage(browser());
    const response = await page.goto(`${fixtureUrl}/no-such-page/`);
    expect(response?.status()).toBe(404);
    for (const locale of locales) expect(await page.getByRole('link', { name: t(locale, 'notFound.home') }).count(), locale).toBe(1);
    await page.context().close();
  });
});

describe('offline, after one visit', () => {
  it('answers a missing path with the site’s own 404 page in the reader’s language, and folders without their slash as online', async () => {
    const { page } = await openPage(browser(), { serviceWorkers: 'allow' });
    await page.goto(`${fixtureUrl}/en/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.context().setOffline(true);
    for (const { prefix, locale } of prefixes) {
      const response = await page.goto(`${fixtureUrl}/${prefix}/no-such-page/`);
      expect(response?.status(), prefix).toBe(404);
      await expectNotFoundPage(page, locale);
    }
    const [mistake] = fixture.getMistakes('en');
    await page.goto(`${fixtureUrl}/en/search`);
    expect(new URL(page.url()).pathname).toBe('/en/search/');
    expect(await page.locator('#search-page-input').count()).toBe(1);
    await page.goto(`${fixtureUrl}/en/${mistake?.number}`);
    await page.waitForURL(`**/en/mistakes/${mistake?.slug}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(mistake?.title);
    await page.context().close();
    // The worker precaches the whole site first, and five 404 pages are checked: more than the default minute under load.
  }, 180_000);
});
