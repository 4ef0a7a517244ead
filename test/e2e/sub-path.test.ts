import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { findUniqueWord, fixture, searchWords } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// The fixture site built with BASE_PATH=/kb/ (test/support/serve-fixture-site.ts): a reader gets around, and search and
// the offline copy work there too. Its files are checked in test/build/ (links, short links, sitemap).
const fixtureSubPathUrl = inject('fixtureSubPathUrl');
const basePath = `${new URL(fixtureSubPathUrl).pathname}/`;
const browser = useSharedBrowser();
const english = findUniqueWord('en', searchWords.en);
const chinese = findUniqueWord('zh', searchWords.zh);

describe(`under the sub-path ${basePath}`, () => {
  it('lets a reader move around: index, mistake, parallel view, whole article, other language', async () => {
    const mistake = fixture.getMistake('en', 1);
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${fixtureSubPathUrl}/en/`);
    await page.getByRole('link', { name: mistake.title }).first().click();
    await page.waitForURL(`${fixtureSubPathUrl}/en/mistakes/${mistake.slug}/`);
    await page.getByRole('link', { name: t('en', 'parallel.link') }).click();
    await page.waitForURL(`${fixtureSubPathUrl}/en/parallel/${mistake.slug}/`);
    await page.getByRole('link', { name: t('en', 'parallel.backToMistake', { number: mistake.number }) }).click();
    await page.getByRole('link', { name: t('en', 'article.link') }).click();
    await page.waitForURL(`${fixtureSubPathUrl}/en/article/#mistake-${mistake.number}`);
    await page.getByRole('link', { name: new RegExp(t('zh', 'language.name')) }).click();
    await page.waitForURL(new RegExp(`^${fixtureSubPathUrl}/zh/article/`));
    expect(await page.locator('h1').textContent()).toContain(fixture.getIntroduction('zh').title);
    expect(foreignRequests).toEqual([]);
  });

  // Every short link page's target under the sub-path: test/build/short-links.test.ts; following them at the root, in
  // three engines: test/engines/specs/short-links.spec.ts.
  it('leads a short link with a paragraph fragment to that paragraph', async () => {
    const { number, slug, paragraphs } = fixture.getMistakes('zh').at(-1) ?? fixture.getMistake('zh', 1);
    const paragraph = paragraphs.at(-1);
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${fixtureSubPathUrl}/zh/${number}/#${paragraph}`);
    await page.waitForURL(`**${basePath}zh/mistakes/${slug}/#${paragraph}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(paragraph);
    expect(foreignRequests).toEqual([]);
  });

  it('searches both languages and links results under the sub-path', async () => {
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${fixtureSubPathUrl}/en/search/?q=${encodeURIComponent(searchWords.zh)}`);
    const first = page.locator('.search--page a.search-hit__link').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${basePath}zh/mistakes/${chinese.mistake.slug}/\\?highlight=`));
    expect(await page.locator('.search--page a.search-hit__counterpart').first().getAttribute('href')).toMatch(
      new RegExp(`^${basePath}en/mistakes/${chinese.mistake.slug}/`),
    );
    await first.click();
    await page.waitForURL(`**${basePath}zh/mistakes/${chinese.mistake.slug}/**`);
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);
    expect(foreignRequests).toEqual([]);
  });

  it('works offline after one visit, with the service worker scoped to the sub-path', async () => {
    const { page } = await openPage(browser(), { serviceWorkers: 'allow' });
    await page.goto(`${fixtureSubPathUrl}/en/`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(basePath);

    await page.context().setOffline(true);
    const mistake = fixture.getMistake('zh', english.mistake.number);
    await page.goto(`${fixtureSubPathUrl}/zh/${mistake.number}/`);
    await page.waitForURL(`**${basePath}zh/mistakes/${mistake.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(mistake.title);
    await page.locator('#search-panel-input').fill(searchWords.en);
    const first = page.locator('.search--panel a.search-hit__link').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${basePath}en/mistakes/${english.mistake.slug}/`));
    await page.context().close();
  });
});
