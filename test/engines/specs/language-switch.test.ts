import { describe, expect, it } from 'vitest';
import { errorsOf } from '../drivers/error-recorder.ts';
import { engineNames, usePage, useSite } from '../drivers/use-engine.ts';
import { expectAt, expectLandingBelowHeader } from '../support/landing.ts';

const site = useSite();
const path = (locale: string) => `/${locale}/mistakes/segmenting-by-calendar-time/`;

// On a phone, where trainers' links are opened most.
describe.each(engineNames)('language switch in %s', (name) => {
  const { page } = usePage(name, { width: 390, height: 700 });

  it('takes a reader at a paragraph to the same paragraph in the other language, and back', async () => {
    await page().goto(`${site().origin}${path('en')}#p-4-3`);
    await page().click({ role: 'link', name: '中文', within: '.site-header' });
    await expectAt(page(), `${path('zh')}#p-4-3`);
    expect(await page().evaluate(() => document.documentElement.lang, null)).toBe('zh-CN');
    await expectLandingBelowHeader(page(), 'p-4-3');

    await page().click({ role: 'link', name: 'English', within: '.site-header' });
    await expectAt(page(), `${path('en')}#p-4-3`);
    await expectLandingBelowHeader(page(), 'p-4-3');
  });

  it('recorded no errors', async () => {
    expect(await errorsOf(page())).toEqual([]);
  });
});
