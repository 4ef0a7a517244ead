import { describe, expect, it } from 'vitest';
import { engineNames, usePage, useSite } from '../drivers/use-engine.ts';

const site = useSite();

interface Results {
  status: string;
  hits: { path: string; lang: string; text: string }[];
}

/** Reads a search box's status line and results; `mode` is `page` (the search page) or `panel` (the header's box). */
function readResults(mode: string): Results {
  const root = document.querySelector(`kb-search[data-mode="${mode}"]`);
  const hits = [...(root?.querySelectorAll('[data-search-results] > li') ?? [])].map((item) => {
    const link = item.querySelector('a');
    return { path: link ? new URL(link.href).pathname : '', lang: link?.lang ?? '', text: item.textContent ?? '' };
  });
  return { status: root?.querySelector('[data-search-status]')?.textContent ?? '', hits };
}

/** The results are in once the status names the query (“wine”) and at least one result is listed. */
const answers = (query: string) => (results: Results) => results.status.includes(`“${query}”`) && results.hits.length > 0;

describe.each(engineNames)('search in %s', (name) => {
  const { page } = usePage(name);

  it.each([
    ['en', 'wine', '/en/mistakes/segmenting-by-calendar-time/', 'en', undefined],
    ['zh', '资产', '/zh/mistakes/segmenting-by-assets/', 'zh-CN', undefined],
    ['en', '资产', '/zh/mistakes/segmenting-by-assets/', 'zh-CN', 'In Chinese'],
    ['zh', 'wine', '/en/mistakes/segmenting-by-calendar-time/', 'en', '英文'],
  ])('the %s search page finds %s: %s first', async (locale, query, path, lang, label) => {
    await page().goto(`${site().origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page().evaluate(readResults, 'page')).toSatisfy(answers(query));
    const [first] = (await page().evaluate(readResults, 'page')).hits;
    expect(first).toMatchObject({ path, lang });
    // A result in the other language says so; one in the page's language does not.
    if (label) expect(first?.text).toContain(label);
    else expect(first?.text).not.toMatch(/In Chinese|In English|英文|中文/);
  });

  it.each([
    ['en', '/en/mistakes/segmenting-by-assets/', 'vintage', '/en/mistakes/segmenting-by-calendar-time/'],
    ['zh', '/zh/mistakes/segmenting-by-calendar-time/', '资产', '/zh/mistakes/segmenting-by-assets/'],
  ])('the header box (%s): / focuses it, typing shows results', async (_locale, from, query, path) => {
    await page().goto(`${site().origin}${from}`);
    // A reader's keys go to the page they are reading. (Straight after a load, MiniBrowser could still hand a key to its
    // own window rather than the page: a click in the text settles that, as it would for a reader.)
    await page().click({ role: 'heading', within: 'main' });
    await page().type('/');
    // WebKitGTK hands key events to the page asynchronously: wait for the focus to move before typing on.
    await expect.poll(() => page().evaluate(() => document.activeElement?.matches('kb-search[data-mode="panel"] input[type="search"]'), null)).toBe(true);
    await page().type(query);
    await expect.poll(() => page().evaluate(readResults, 'panel')).toSatisfy(answers(query));
    expect((await page().evaluate(readResults, 'panel')).hits[0]?.path).toBe(path);
  });
});
