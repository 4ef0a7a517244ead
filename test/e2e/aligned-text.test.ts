import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { getAlignedPairs } from '../../src/lib/translation/aligned-pairs.ts';
import { readTranslationFiles } from '../../src/lib/translation/content-files.ts';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { fixtureContentDir } from '../support/fixture-site.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// A translator downloads the aligned text from the whole article and a tool reads it back: the browser's own XML parser
// stands in for the CAT tool, so the round trip does not trust our writer's idea of XML.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

interface GlossaryYaml {
  id: string;
  zh: { term: string; variants?: string[]; definition: string };
  en: { term: string; variants?: string[]; definition: string };
}

describe('the aligned text', () => {
  it('is linked from the whole article, and its TMX reads back as the same paragraph pairs', async () => {
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/article/`);
    const link = page.getByRole('region', { name: t('en', 'alignedText.heading') }).getByRole('link', { name: t('en', 'alignedText.tmx') });
    const href = await link.getAttribute('href');
    expect(href).toBe('/article.tmx');
    const read = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      if (xml.querySelector('parsererror')) throw new Error('the TMX is not well-formed XML');
      const header = xml.querySelector('header');
      return {
        srclang: header?.getAttribute('srclang'),
        pairs: [...xml.querySelectorAll('body > tu')].map((tu) => {
          const tuvs = [...tu.querySelectorAll('tuv')];
          return {
            id: tu.getAttribute('tuid'),
            langs: tuvs.map((tuv) => tuv.getAttribute('xml:lang')),
            segs: tuvs.map((tuv) => tuv.querySelector('seg')?.textContent),
          };
        }),
      };
    }, href ?? '');
    const expected = getAlignedPairs(readTranslationFiles(fixtureContentDir));
    expect(read.srclang).toBe('zh-CN');
    expect(read.pairs).toEqual(expected.map((pair) => ({ id: pair.id, langs: ['zh-CN', 'en'], segs: [pair.source, pair.target] })));
    // Independently of the writer: every paragraph of the fixture is a pair, in plain text, in both languages.
    const mistake = fixture.getMistake('en', 1);
    for (const id of mistake.paragraphs) {
      expect(read.pairs).toContainEqual({
        id: `${mistake.slug}#${id}`,
        langs: ['zh-CN', 'en'],
        segs: [fixture.getParagraphText('zh', id), fixture.getParagraphText('en', id)],
      });
    }
    expect(foreignRequests).toEqual([]);
  });

  it('has a TBX termbase that reads back as the glossary: each term, its variants and its definition in both languages', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/zh/article/`);
    const href = await page.getByRole('link', { name: t('zh', 'alignedText.tbx') }).getAttribute('href');
    const concepts = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      if (xml.querySelector('parsererror')) throw new Error('the TBX is not well-formed XML');
      return [...xml.getElementsByTagName('conceptEntry')].map((entry) => ({
        id: entry.getAttribute('id'),
        sides: [...entry.getElementsByTagName('langSec')].map((side) => ({
          lang: side.getAttribute('xml:lang'),
          definition: side.getElementsByTagName('descrip')[0]?.textContent,
          terms: [...side.getElementsByTagName('term')].map((term) => term.textContent),
        })),
      }));
    }, href ?? '');
    const glossary = load(readFileSync(`${fixtureContentDir}glossary.yaml`, 'utf8')) as GlossaryYaml[];
    // A termbase is a set of concepts: compared by id.
    const byId = <T extends { id: string | null }>(list: T[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(concepts)).toEqual(
      byId(glossary).map((term) => ({
        id: term.id,
        sides: [
          { lang: 'zh-CN', definition: term.zh.definition, terms: [term.zh.term, ...(term.zh.variants ?? [])] },
          { lang: 'en', definition: term.en.definition, terms: [term.en.term, ...(term.en.variants ?? [])] },
        ],
      })),
    );
  });

  it('offers the whole article as Markdown: the text alone, starting with its title', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/article/`);
    const href = await page.getByRole('link', { name: t('en', 'alignedText.markdown') }).getAttribute('href');
    expect(href).toBe('/en/article/index.md');
    const text = await page.evaluate(async (url) => (await fetch(url)).text(), href ?? '');
    expect(text.startsWith(`# ${fixture.getIntroduction('en').title}\n`)).toBe(true);
    expect(text).toContain(fixture.getMistake('en', 1).markdown[0]?.slice(0, 40));
  });
});
