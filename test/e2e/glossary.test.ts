import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture, fixtureGlossaryIds, findUniqueWord, searchWords } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { findAccessibilityViolations } from '../support/axe.ts';
import { toTraditional } from '../../src/lib/chinese-script/to-traditional.ts';
import { getSourceLocale, getWrittenLocale, locales, type Locale } from '../../src/lib/locales.ts';
import { fixtureContentDir } from '../support/fixture-site.ts';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { useTranslations } from '../../src/i18n/index.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
// The fixture's glossary (test/fixtures/site/content/glossary.yaml): its terms occur in the mistake holding zhPhrase.
const glossaryIds = fixtureGlossaryIds;
const { mistake: withTerms, paragraph: termParagraph } = findUniqueWord('zh', searchWords.zhPhrase);
const [firstMistake] = fixture.getMistakes('en');

interface FixtureTerm {
  id: string;
  zh: { term: string; variants?: string[] };
  en: { term: string; variants?: string[] };
}
const fixtureTerms = load(readFileSync(`${fixtureContentDir}glossary.yaml`, 'utf8')) as FixtureTerm[];

/** The fixture's terms in the order a reader meets them: introduction, then mistakes by number. */
function getFirstUseOrder(locale: Locale): string[] {
  const text = [...fixture.getIntroduction(locale).texts, ...fixture.getMistakes(locale).flatMap((mistake) => mistake.texts)].join('\n').toLowerCase();
  const side = (term: FixtureTerm) => term[getWrittenLocale(locale) === 'zh' ? 'zh' : 'en'];
  const convert = getSourceLocale(locale) ? toTraditional : (form: string) => form;
  const firstUse = (term: FixtureTerm) =>
    Math.min(...[side(term).term, ...(side(term).variants ?? [])].map((form) => text.indexOf(convert(form).toLowerCase())).filter((index) => index >= 0));
  return [...fixtureTerms].sort((a, b) => firstUse(a) - firstUse(b)).map((term) => term.id);
}

describe.each(locales)('the glossary in %s', (locale) => {
  const t = useTranslations(locale);

  it('is reached from a term in the text, and lands on that term, visible, its definition beside it', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 740 } });
    await page.goto(`${fixtureUrl}/${locale}/mistakes/${withTerms.slug}/`);
    const terms = page.locator('.prose a.term');
    expect(await terms.count()).toBe(glossaryIds.length);
    // Each term is linked once per page: at its first use.
    const targets = await terms.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(targets).size).toBe(targets.length);

    const first = terms.first();
    const word = (await first.textContent()) ?? '';
    const id = new URL((await first.getAttribute('href')) ?? '', fixtureUrl).hash.slice(1);
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${locale}/glossary/#${id}`);
    const entry = page.locator(`#${id}`);
    expect(await entry.locator('dt').textContent()).toBeTruthy();
    expect(await entry.locator('.glossary__definition').textContent()).toMatch(/\S/);
    // The entry is fully in view, below the sticky header.
    const box = await entry.boundingBox();
    const header = await page.locator('.site-header').boundingBox();
    expect(box && header && box.y >= Math.max(0, header.y + header.height) - 1).toBe(true);
    expect(word.length).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('is linked from the home page and every mistake page, and lists every term with an anchor', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${locale}/`);
    await page
      .getByRole('link', { name: t('glossary.link'), exact: true })
      .first()
      .click();
    await page.waitForURL(`**/${locale}/glossary/`);
    expect(await page.locator('h1').textContent()).toBe(t('glossary.title'));
    const ids = await page.locator('.glossary__entry').evaluateAll((entries) => entries.map((entry) => entry.id));
    expect([...ids].sort()).toEqual([...glossaryIds].sort());
    await page.goto(`${fixtureUrl}/${locale}/mistakes/${firstMistake?.slug ?? ''}/`);
    expect(
      await page
        .locator('.reading-tools')
        .getByRole('link', { name: t('glossary.link'), exact: true })
        .count(),
    ).toBe(1);
  });

  it('lists the terms in the order the article first uses them, and names the introduction where it uses one', async () => {
    const order = getFirstUseOrder(locale);
    // The fixture lists them in another order: the page must compute it.
    expect(order).not.toEqual(fixtureTerms.map((term) => term.id));
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/${locale}/glossary/`);
    expect(await page.locator('.glossary__entry').evaluateAll((entries) => entries.map((entry) => entry.id))).toEqual(order);
    const first = page.locator(`#${order[0] ?? ''} .glossary__uses`);
    await first.getByRole('link', { name: t('home.introductionHeading'), exact: true }).click();
    await page.waitForURL(`**/${locale}/`);
    expect(await page.locator('h1').textContent()).toBe(fixture.getIntroduction(locale).title);
  });
});

describe('terms in the text', () => {
  it('leave the words a reader reads and copies as they are: the same text as the paragraph without links', async () => {
    const { page } = await openPage(browser());
    const textOf = (selector: string) =>
      page.locator(selector).evaluate((element) =>
        [...element.childNodes]
          .filter((node) => !(node instanceof HTMLElement && node.classList.contains('permalink')))
          .map((node) => node.textContent)
          .join('')
          .trim(),
      );
    await page.goto(`${fixtureUrl}/zh/mistakes/${withTerms.slug}/`);
    expect(await page.locator(`#${termParagraph} a.term`).count()).toBeGreaterThan(0);
    const linked = await textOf(`#${termParagraph}`);
    // The parallel view shows the same paragraph from the same source, without term links.
    await page.goto(`${fixtureUrl}/zh/parallel/${withTerms.slug}/`);
    expect(await page.locator(`#${termParagraph} a.term`).count()).toBe(0);
    expect(linked).toBe(await textOf(`#${termParagraph} .parallel__cell[lang="zh-CN"] p`));
  });
});
