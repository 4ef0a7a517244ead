import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture, findUniqueWord, searchWords } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';
import { defaultLocale, getLanguageTag, getLocaleAliases, getSourceLocale, locales, type Locale } from '../../src/lib/locales.ts';

// 繁體 on the fixture site: reading, switching, the notice, the parallel view, share links, aliases and folded search.
// The article's own Traditional query list is test/article/traditional-queries.test.ts.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

const variants = locales.filter((locale) => getSourceLocale(locale) !== undefined);
const [variant = 'zh-hant'] = variants;
const source: Locale = getSourceLocale(variant) ?? 'zh';
// A mistake with a paragraph beyond its first, and a self-check question.
const mistake = fixture.getMistakes(source).find((entry) => entry.paragraphs.length > 1 && entry.selfCheck.length > 0);
if (!mistake) throw new Error('the fixture needs a mistake with two paragraphs and a question');
const paragraph = mistake.paragraphs[1] ?? '';
const question = mistake.selfCheck[0]?.id ?? '';
const mistakePath = (locale: Locale) => `/${locale}/mistakes/${mistake.slug}/`;

describe('reading in every script', () => {
  it('has a Traditional variant converted from the Simplified content', () => {
    expect(variants.length).toBeGreaterThan(0);
  });

  it('switches between every language and script and stays on the same paragraph', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}${mistakePath(defaultLocale)}#${paragraph}`);
    for (const locale of [variant, source, variant, defaultLocale]) {
      await page
        .locator('.site-nav')
        .getByRole('link', { name: t(locale, 'language.name') })
        .click();
      await page.waitForURL(`**${mistakePath(locale)}#${paragraph}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(getLanguageTag(locale));
    }
  });

  it('says on a Traditional page of the author’s text that it is converted, and links to the Simplified original at the same place', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}${mistakePath(variant)}#${paragraph}`);
    expect(await page.locator('h1').textContent()).toBe(toTraditional(mistake.title));
    expect(await page.locator(`#${paragraph}`).textContent()).toContain(fixture.getParagraphText(variant, paragraph).slice(0, 12));
    await page.getByRole('link', { name: t(variant, 'scriptNotice.link') }).click();
    await page.waitForURL(`**${mistakePath(source)}#${paragraph}`);
    expect(await page.locator('h1').textContent()).toBe(mistake.title);
  });

  it('says so only where the author’s text is: not on the glossary, the self-check or the workshop', async () => {
    const { page } = await openPage(browser());
    for (const path of ['glossary', 'self-check', 'workshop']) {
      await page.goto(`${fixtureUrl}/${variant}/${path}/`);
      expect(await page.locator('h1').textContent()).toBeTruthy();
      expect(await page.getByRole('link', { name: t(variant, 'scriptNotice.link') }).count(), path).toBe(0);
    }
  });

  it('puts 繁體 beside English in the parallel view', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${variant}/parallel/${mistake.slug}/`);
    const cells = page.locator(`#${mistake.paragraphs[0] ?? ''} .parallel__cell`);
    expect(await cells.evaluateAll((elements) => elements.map((cell) => cell.getAttribute('lang')))).toEqual([
      getLanguageTag(variant),
      getLanguageTag(defaultLocale),
    ]);
  });

  it('opens a self-check share link from any variant in every language', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${variant}/self-check/`);
    await page.locator(`fieldset#${question}`).getByLabel(t(variant, 'selfCheck.answer.yes'), { exact: true }).check();
    // The island may still be loading when the answer is given: it updates the share link once it has run.
    const readHash = async () => new URL((await page.locator('[data-share]').getAttribute('href')) ?? '', fixtureUrl).hash;
    await expect.poll(readHash).toMatch(/^#answers=/);
    const hash = await readHash();
    for (const locale of locales) {
      const { page: other } = await openPage(browser());
      await other.goto(`${fixtureUrl}/${locale}/self-check/${hash}`);
      await other.locator('.self-check__result-heading').waitFor({ state: 'visible' });
      expect(await other.locator(`fieldset#${question} input[value="yes"]`).isChecked(), locale).toBe(true);
      await other.context().close();
    }
  });

  it.each(getLocaleAliases(variant))('sends /%s/ addresses, fragment and all, to the variant', async (alias) => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${alias}/mistakes/${mistake.slug}/#${paragraph}`);
    await page.waitForURL(`**${mistakePath(variant)}#${paragraph}`);
  });

  it.each(['zh-TW', 'zh-HK'])('sends a reader whose browser prefers %s from the chooser to 繁體', async (browserLocale) => {
    const { page } = await openPage(browser(), { locale: browserLocale });
    await page.goto(`${fixtureUrl}/`);
    await page.waitForURL(`**/${variant}/`);
  });
});

describe('search folds the scripts', () => {
  const simplified = searchWords.zhPhrase;
  const traditional = toTraditional(simplified);
  const { mistake: holder } = findUniqueWord(source, simplified);

  it('has a query that differs between the scripts', () => {
    expect(traditional).not.toBe(simplified);
  });

  // From every page: the Chinese hit is shown as the page's own script where it has one (繁體 on the variant).
  it.each(locales)(`finds the Simplified text for a Traditional query typed on a %s page`, async (locale) => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${locale}/`);
    await page.locator('#search-panel-input').fill(traditional);
    await expect.poll(() => page.locator('.search--panel [data-search-status]').textContent()).toMatch(new RegExp(`[“「]${traditional}[”」]`));
    const first = page.locator('.search--panel .search-hit').first();
    const shownAs = locale === variant ? variant : source;
    expect(new URL((await first.locator('a.search-hit__link').getAttribute('href')) ?? '', fixtureUrl).pathname).toBe(
      mistakePath(shownAs).replace(mistake.slug, holder.slug),
    );
    if (shownAs === variant) {
      const text = (await first.textContent()) ?? '';
      expect(text).toContain(traditional);
      expect(toTraditional(text)).toBe(text);
    }
  });

  it('finds the same mistake for the Simplified query typed on a Traditional page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${variant}/search/?q=${encodeURIComponent(simplified)}`);
    const first = page.locator('.search-hit').first();
    await first.waitFor();
    expect(new URL((await first.locator('a.search-hit__link').getAttribute('href')) ?? '', fixtureUrl).pathname).toBe(`/${variant}/mistakes/${holder.slug}/`);
  });
});
