import { describe, expect, it } from 'vitest';
import { expectNoErrorsAfterEach } from '../drivers/error-recorder.ts';
import type { EngineName } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';
import { expectAt, expectLandingBelowHeader } from '../support/landing.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { defaultLocale, getLanguageTag, locales } from '../../../src/lib/locales.ts';
import { fixture } from '../../support/fixture-content.ts';

// The fixture's long mistake, from its third paragraph: the page has scrolled, and the header is far above.
const long = fixture.getMistake(defaultLocale, 2);
const paragraph = long.paragraphs[2] ?? '';
const path = (locale: string) => `/${locale}/mistakes/${long.slug}/`;

// The last paragraph of the long mistake, scrolled up to just under the header (at 320 px, where the header scrolls away,
// to the top of the screen; the reader then scrolls back up to the switch, which the click does): short, it ends above
// the reading line, and no paragraph lies below it. The switch must still keep it.
const last = long.paragraphs.at(-1) ?? '';

/** Scrolls a paragraph to the top of what the header leaves, and waits two frames for the page to note it. */
function scrollToParagraph(id: string): Promise<number> {
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY))));
}

/** The language switch in one engine (test/engines/<engine>.test.ts). */
export function describeLanguageSwitch(name: EngineName): void {
  const site = useSite();

  // On a phone, where trainers' links are opened most.
  describe('language switch', () => {
    const { page } = usePage(name, { width: 390, height: 700 });
    expectNoErrorsAfterEach(page);

    // Round the languages and back: English → 简体 → 繁體 → English, each switch by the link that names the language.
    it('takes a reader at a paragraph to the same paragraph in every other language, and back', async () => {
      await page().goto(`${site().origin}${path(defaultLocale)}#${paragraph}`);
      for (const locale of [...locales.filter((other) => other !== defaultLocale), defaultLocale]) {
        await page().click({ role: 'link', name: useTranslations(locale)('language.name'), within: '.site-header' });
        await expectAt(page(), `${path(locale)}#${paragraph}`);
        await expect.poll(() => page().evaluate(() => document.documentElement.lang, null)).toBe(getLanguageTag(locale));
        await expectLandingBelowHeader(page(), paragraph);
      }
    });
  });

  describe('language switch on a short last paragraph', () => {
    const { page } = usePage(name, { width: 1280, height: 800 });
    expectNoErrorsAfterEach(page);

    it.each([1280, 320])('keeps the paragraph read just under the header at %i px', async (width) => {
      await page().setViewport({ width, height: width === 320 ? 640 : 800 });
      await page().goto(`${site().origin}${path(defaultLocale)}`);
      expect(await page().evaluate(scrollToParagraph, last)).toBeGreaterThan(0);
      await page().click({ role: 'link', name: useTranslations('zh')('language.name'), within: '.site-header' });
      await expectAt(page(), `${path('zh')}#${last}`);
    });
  });
}
