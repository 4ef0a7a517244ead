import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fourthLocale, getFourthLocaleSite, getFourthLocaleStrings } from '../support/fourth-locale-site.ts';
import { readResults } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

// A fourth locale added as data only (docs/adding-a-locale.md), on a copy of the fixture site: test/fixtures/fourth-locale/.
const strings = getFourthLocaleStrings();
const browser = useSharedBrowser();
// A word of one mistake's text in the added locale only (test/fixtures/fourth-locale/README.md).
const word = 'phare';
const slug = 'trusting-the-wreck-map';
let server: StaticServer | undefined;

const origin = () => {
  if (!server) throw new Error('the fourth-locale site is not served yet');
  return server.origin;
};

beforeAll(async () => {
  server = await serveStatic((await getFourthLocaleSite()).dist);
}, 300_000);

afterAll(async () => {
  await server?.close();
});

describe(`a fourth locale (${fourthLocale}) added as data`, () => {
  it('takes a reader from an English page to the same page in it, where search finds its words', async () => {
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${origin()}/en/mistakes/${slug}/`);
    await page.getByRole('link', { name: new RegExp(strings['language.name'] ?? '') }).click();
    await page.waitForURL(`**/${fourthLocale}/mistakes/${slug}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(fourthLocale);
    expect(await page.locator('.prose').textContent()).toContain(word);

    await page.goto(`${origin()}/${fourthLocale}/search/`);
    await page.locator('.search--page input[type="search"]').fill(word);
    await expect.poll(() => page.locator('.search--page [data-search-status]').textContent()).toContain(word);
    const { status, hits } = await readResults(page, '.search--page');
    expect(hits[0]).toMatchObject({ href: expect.stringContaining(`/${fourthLocale}/mistakes/${slug}/`), lang: fourthLocale, label: null });
    expect(status).toBe((strings['search.results_one'] ?? '').replace('{{count}}', String(hits.length)).replace('{{query}}', word));
    expect(foreignRequests).toEqual([]);
  });

  it('shows its glossary, reached from a term in its text', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${origin()}/${fourthLocale}/mistakes/ignoring-the-tides/`);
    const term = page.locator('.prose a.term').first();
    const word = (await term.textContent()) ?? '';
    await term.click();
    await page.waitForURL(`**/${fourthLocale}/glossary/#*`);
    expect(await page.locator('html').getAttribute('lang')).toBe(fourthLocale);
    expect(await page.locator(':target').textContent()).toContain(word);
  });
});
