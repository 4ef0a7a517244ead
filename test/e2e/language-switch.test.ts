import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLanguageTag, getOtherLocales, locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
// The longest mistake, so that there is room to scroll to one of its later paragraphs.
const [long] = fixture.getMistakes('en').sort((a, b) => b.paragraphs.length - a.paragraphs.length);
if (!long || long.paragraphs.length < 3) throw new Error('the fixture needs a mistake with three paragraphs or more');
const [, second = ''] = long.paragraphs;
const page = (locale: string) => `/${locale}/mistakes/${long.slug}/`;
const switchTo = (tab: Page, locale: 'en' | 'zh') => tab.getByRole('link', { name: new RegExp(t(locale, 'language.name')) }).click();

/** Is the element's top within the viewport? (The reader sees the paragraph they were at.) */
async function isInView(tab: Page, id: string): Promise<boolean> {
  return tab.evaluate((target) => {
    const rect = document.getElementById(target)?.getBoundingClientRect();
    return rect !== undefined && rect.top >= -1 && rect.top < window.innerHeight;
  }, id);
}

// A reader at a paragraph anchor reaching the same paragraph in every language: test/engines/specs/language-switch.test.ts.
describe('language switch', () => {
  it('keeps the paragraph a reader scrolled to, without a fragment', async () => {
    const { page: tab } = await openPage(browser(), { viewport: { width: 390, height: 500 } });
    await tab.goto(`${fixtureUrl}${page('zh')}`);
    await tab.locator(`#${second}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await switchTo(tab, 'en');
    await tab.waitForURL(`**${page('en')}#${second}`);
    expect(await isInView(tab, second)).toBe(true);
  });

  it('links every other language with hreflang on every kind of page', async () => {
    const { page: tab } = await openPage(browser());
    for (const locale of locales) {
      for (const path of [`/${locale}/`, page(locale), `/${locale}/article/`, `/${locale}/self-check/`]) {
        await tab.goto(`${fixtureUrl}${path}`);
        const hreflangs = await tab.locator('a.language-switch').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
        expect(hreflangs, path).toEqual(getOtherLocales(locale).map(getLanguageTag));
      }
    }
  });
});
