import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { fixture, findUniqueWord, searchWords } from '../../support/fixture-content.ts';
import type { EngineName } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';

// Words of exactly one fixture mistake each, one English and one Chinese (in different mistakes).
const { mistake: english, paragraph: englishParagraph } = findUniqueWord('en', searchWords.en);
const { mistake: chinese, paragraph: chineseParagraph } = findUniqueWord('zh', searchWords.zh);
const pathOf = (locale: string, slug: string) => `/${locale}/mistakes/${slug}/`;
const otherThan = (slug: string) => fixture.getMistakes('en').find((mistake) => mistake.slug !== slug)?.slug ?? '';
const labels = { en: useTranslations('en'), zh: useTranslations('zh') };
const languageLabels = [labels.en('search.language.en'), labels.en('search.language.zh'), labels.zh('search.language.en'), labels.zh('search.language.zh')];

interface Results {
  status: string;
  /** Each result's link (path and language), its text, and its link to the same page in the reader's language, if any. */
  hits: { path: string; lang: string; text: string; counterpart: string }[];
}

/** Reads a search box's status line and results; `mode` is `page` (the search page) or `panel` (the header's box). */
function readResults(mode: string): Results {
  const root = document.querySelector(`kb-search[data-mode="${mode}"]`);
  const hits = [...(root?.querySelectorAll('[data-search-results] > li') ?? [])].map((item) => {
    const link = item.querySelector('a');
    const counterpart = item.querySelector<HTMLAnchorElement>('a.search-hit__counterpart');
    return {
      path: link ? new URL(link.href).pathname : '',
      lang: link?.lang ?? '',
      text: item.textContent ?? '',
      counterpart: counterpart ? `${counterpart.pathname}${counterpart.hash}` : '',
    };
  });
  return { status: root?.querySelector('[data-search-status]')?.textContent ?? '', hits };
}

/** The results are in once the status names the query (“lighthouse”) and at least one result is listed. */
const answers = (query: string) => (results: Results) => results.status.includes(`“${query}”`) && results.hits.length > 0;

/** Search in one engine (test/engines/<engine>.test.ts). */
export function describeSearch(name: EngineName): void {
  describe('search', () => {
    const site = useSite();
    const { page } = usePage(name);

    // A result in the other language says so, and links its page in the reader's language (at the matched paragraph
    // of the match); one in the page's language does neither.
    it.each([
      ['en', searchWords.en, pathOf('en', english.slug), 'en', undefined, ''],
      ['zh', searchWords.zh, pathOf('zh', chinese.slug), 'zh-CN', undefined, ''],
      ['en', searchWords.zh, pathOf('zh', chinese.slug), 'zh-CN', labels.en('search.language.zh'), `${pathOf('en', chinese.slug)}#${chineseParagraph}`],
      ['zh', searchWords.en, pathOf('en', english.slug), 'en', labels.zh('search.language.en'), `${pathOf('zh', english.slug)}#${englishParagraph}`],
    ] as const)('the %s search page finds %s: %s first', async (locale, query, path, lang, label, counterpart) => {
      await page().goto(`${site().origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page().evaluate(readResults, 'page')).toSatisfy(answers(query));
      const { status, hits } = await page().evaluate(readResults, 'page');
      expect(status).toBe(labels[locale]('search.results', { count: hits.length, query }));
      expect(hits[0]).toMatchObject({ path, lang, counterpart });
      if (label) expect(hits[0]?.text).toContain(label);
      else for (const other of languageLabels) expect(hits[0]?.text).not.toContain(other);
    });

    it.each([
      ['en', pathOf('en', otherThan(english.slug)), searchWords.en, pathOf('en', english.slug)],
      ['zh', pathOf('zh', otherThan(chinese.slug)), searchWords.zh, pathOf('zh', chinese.slug)],
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
}
