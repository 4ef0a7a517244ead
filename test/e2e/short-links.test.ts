import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureSubPathUrl = inject('fixtureSubPathUrl');
const browser = useSharedBrowser();

/** Opens a short link and returns where the reader lands and which mistake that page says it is. */
async function follow(page: Page, url: string): Promise<{ pathname: string; hash: string; position: string }> {
  await page.goto(url);
  await page.waitForURL('**/mistakes/**');
  const landed = new URL(page.url());
  return { pathname: landed.pathname, hash: landed.hash, position: (await page.locator('.article__position').textContent()) ?? '' };
}

// Following a short link, fragment kept, in three engines: test/engines/specs/short-links.test.ts; every short link page's
// target and script: test/build/short-links.test.ts. Here: the sub-path build in Chromium, and no JavaScript.
describe('short links', () => {
  it('lead to every mistake in every language under a sub-path', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const base = new URL(fixtureSubPathUrl).pathname.replace(/\/$/, '');
    for (const locale of locales) {
      const mistakes = fixture.getMistakes(locale);
      for (const { number, slug } of mistakes) {
        const landed = await follow(page, `${fixtureSubPathUrl}/${locale}/${number}/`);
        expect(landed.pathname).toBe(`${base}/${locale}/mistakes/${slug}/`);
        expect(landed.position).toContain(t(locale, 'mistake.position', { number, total: mistakes.length }));
      }
    }
    expect(foreignRequests).toEqual([]);
  });

  it('keep a paragraph fragment under a sub-path', async () => {
    const { number, paragraphs } = fixture.getMistakes('zh').at(-1) ?? fixture.getMistake('zh', 1);
    const paragraph = paragraphs.at(-1);
    const { page } = await openPage(browser());
    const landed = await follow(page, `${fixtureSubPathUrl}/zh/${number}/#${paragraph}`);
    expect(landed.hash).toBe(`#${paragraph}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(paragraph);
  });

  it('work without JavaScript (meta refresh)', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    const mistakes = fixture.getMistakes('en');
    const { number, slug } = mistakes.at(-1) ?? fixture.getMistake('en', 1);
    const landed = await follow(page, `${fixtureSubPathUrl}/en/${number}/`);
    expect(landed.pathname).toBe(`${new URL(fixtureSubPathUrl).pathname}/en/mistakes/${slug}/`);
    expect(landed.position).toBe(t('en', 'mistake.position', { number, total: mistakes.length }));
  });
});
