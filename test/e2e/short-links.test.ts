import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const fixtureSubPathUrl = inject('fixtureSubPathUrl');
const browser = useSharedBrowser();
const builds = [
  ['root', () => fixtureUrl],
  ['sub-path', () => fixtureSubPathUrl],
] as const;

/** Opens a short link and returns where the reader lands and which mistake that page says it is. */
async function follow(page: Page, url: string): Promise<{ pathname: string; hash: string; position: string }> {
  await page.goto(url);
  await page.waitForURL('**/mistakes/**');
  const landed = new URL(page.url());
  return { pathname: landed.pathname, hash: landed.hash, position: (await page.locator('.article__position').textContent()) ?? '' };
}

describe('short links', () => {
  it.each(builds)('lead to every mistake in every language (%s build)', async (_build, origin) => {
    const { page, foreignRequests } = await openPage(browser());
    const base = new URL(origin()).pathname.replace(/\/$/, '');
    for (const locale of locales) {
      const mistakes = fixture.getMistakes(locale);
      for (const { number, slug } of mistakes) {
        const landed = await follow(page, `${origin()}/${locale}/${number}/`);
        expect(landed.pathname).toBe(`${base}/${locale}/mistakes/${slug}/`);
        expect(landed.position).toContain(t(locale, 'mistake.position', { number, total: mistakes.length }));
      }
    }
    expect(foreignRequests).toEqual([]);
  });

  it.each(builds)('keep a paragraph fragment (%s build)', async (_build, origin) => {
    const { number, paragraphs } = fixture.getMistakes('zh').at(-1) ?? fixture.getMistake('zh', 1);
    const paragraph = paragraphs.at(-1);
    const { page } = await openPage(browser());
    const landed = await follow(page, `${origin()}/zh/${number}/#${paragraph}`);
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
