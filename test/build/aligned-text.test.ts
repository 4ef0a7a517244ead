import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticlePath, getGlossaryPath, getHomePath, getMistakePath } from '../../src/lib/locale-path.ts';
import { locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { readPage } from '../support/dist.ts';
import { t, type UiStringKey } from '../support/ui-strings.ts';

// The aligned text in open formats (src/lib/translation/: aligned-files.ts, markdown-pages.ts, llms-txt.ts): TMX and TBX
// valid against their DTD and schema (xmllint, offline: test/fixtures/aligned-text/), a Markdown twin of every content
// page with no navigation, llms.txt linking them all, linked from the whole article, and kept out of the offline copy.
const schemas = new URL('../fixtures/aligned-text/', import.meta.url).pathname;

function xmllint(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--nonet', ...args], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Words only the site's chrome uses: the Markdown pages are the text alone.
const chromeKeys: UiStringKey[] = [
  'nav.skipToContent',
  'search.label',
  'languageSwitch.label',
  'mistake.previous',
  'mistake.next',
  'mistake.backToIndex',
  'permalink.label',
  'article.tools',
];

describe.each(getBuiltSites())('the aligned text of the $name', ({ dist, content }) => {
  const pages = locales.flatMap((locale) => [
    { locale, path: getHomePath(locale), title: content.getIntroduction(locale).title, texts: content.getIntroduction(locale).texts },
    {
      locale,
      path: getArticlePath(locale),
      title: content.getIntroduction(locale).title,
      texts: [...content.getIntroduction(locale).texts, ...content.getMistakes(locale).flatMap((m) => m.texts)],
    },
    { locale, path: getGlossaryPath(locale), title: t(locale, 'glossary.title'), texts: [] },
    ...content.getMistakes(locale).map((m) => ({ locale, path: getMistakePath(locale, m.slug), title: m.title, texts: m.texts })),
  ]);

  it('has a TMX 1.4 translation memory valid against the TMX DTD', () => {
    const result = xmllint('--dtdvalid', join(schemas, 'tmx14.dtd'), join(dist, 'article.tmx'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('has a TBX-Basic termbase valid against its schema', () => {
    const result = xmllint('--relaxng', join(schemas, 'tbx-basic.rng'), join(dist, 'glossary.tbx'));
    expect(result.output.trim()).toBe(`${join(dist, 'glossary.tbx')} validates`);
    expect(result.status).toBe(0);
  });

  it('has every content page as Markdown beside its HTML: its title and text, no navigation', () => {
    const problems = pages.flatMap(({ locale, path, title, texts }) => {
      const file = join(dist, path, 'index.md');
      if (!existsSync(file)) return [`${path}index.md: missing`];
      const markdown = readFileSync(file, 'utf8');
      const plain = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      return [
        ...(plain.includes(title) ? [] : [`${path}index.md: no title “${title}”`]),
        ...texts.filter((text) => !plain.includes(text)).map((text) => `${path}index.md: lacks “${text.slice(0, 30)}…”`),
        ...chromeKeys.filter((key) => markdown.includes(t(locale, key))).map((key) => `${path}index.md: has the chrome's ${key}`),
        ...(/<(nav|a|header|footer|script)\b|¶/.test(markdown) ? [`${path}index.md: has markup or a ¶`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('has llms.txt linking every Markdown page, and llms-full.txt with the whole article in both languages', () => {
    const llms = readFileSync(join(dist, 'llms.txt'), 'utf8');
    expect(llms).toMatch(/^# .+\n\n> .+/);
    const linked = [...llms.matchAll(/\]\((http[^)]+)\)/g)].map((match) => new URL(match[1] ?? '').pathname);
    expect(linked.filter((path) => path.endsWith('.md'))).toEqual(pages.map(({ path }) => `${path}index.md`));
    expect(linked.filter((path) => !existsSync(join(dist, path)))).toEqual([]);
    const full = readFileSync(join(dist, 'llms-full.txt'), 'utf8').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const texts = (['en', 'zh'] as const).flatMap((locale) => [
      ...content.getIntroduction(locale).texts,
      ...content.getMistakes(locale).flatMap((m) => m.texts),
    ]);
    expect(texts.filter((text) => !full.includes(text))).toEqual([]);
  });

  it('is linked from the whole article in every language, and left out of the offline copy', () => {
    for (const locale of locales) {
      const html = readPage(getArticlePath(locale), dist);
      for (const href of ['/article.tmx', '/glossary.tbx', `${getArticlePath(locale)}index.md`, '/llms-full.txt'])
        expect(html, `${locale}: ${href}`).toContain(`href="${href}"`);
    }
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(worker.match(/"[^"]*(\.md|\.tmx|\.tbx|llms[^"]*\.txt)"/g) ?? []).toEqual([]);
  });
});
