import { describe, expect, it } from 'vitest';
import { expectNoErrorsAfterEach } from '../drivers/error-recorder.ts';
import { engineNames, usePage, useSite } from '../drivers/use-engine.ts';
import { expectAt, expectLandingBelowHeader } from '../support/landing.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { defaultLocale, getLanguageTag, locales } from '../../../src/lib/locales.ts';
import { fixture } from '../../support/fixture-content.ts';

const site = useSite();
// The fixture's long mistake, from its third paragraph: the page has scrolled, and the header is far above.
const long = fixture.getMistake(defaultLocale, 2);
const paragraph = long.paragraphs[2] ?? '';
const path = (locale: string) => `/${locale}/mistakes/${long.slug}/`;

// On a phone, where trainers' links are opened most.
describe.each(engineNames)('language switch in %s', (name) => {
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
