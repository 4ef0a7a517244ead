import { describe, expect, it } from 'vitest';
import { escapeXml, toAbsoluteLinks, toMarkdownPage, toPlainText } from '../../src/lib/translation/markdown-text.ts';
import { toTbx } from '../../src/lib/translation/tbx.ts';
import { toTmx } from '../../src/lib/translation/tmx.ts';

describe('toPlainText', () => {
  it.each([
    ['a link as its words', '见[潮汐记录](/zh/glossary/#tide-records)。', '见潮汐记录。'],
    ['emphasis and code marks dropped', 'A **bold** and *light* `code` word', 'A bold and light code word'],
    ['line breaks as spaces', 'One\nline.', 'One line.'],
    ['snake_case and a lone * kept', 'a_b_c costs 2 * 3', 'a_b_c costs 2 * 3'],
  ])('gives %s', (_case, markdown, expected) => {
    expect(toPlainText(markdown)).toBe(expected);
  });
});

describe('toAbsoluteLinks', () => {
  it('makes root-relative links absolute and leaves others alone', () => {
    const url = (path: string) => `https://x.org/kb${path}`;
    expect(toAbsoluteLinks('[a](/en/x/#p-1-1) [b](https://y.org/) [c](//cdn/x)', url)).toBe(
      '[a](https://x.org/kb/en/x/#p-1-1) [b](https://y.org/) [c](//cdn/x)',
    );
  });
});

describe('toMarkdownPage', () => {
  it('writes title, summary, sections and the closing lines, nothing else', () => {
    expect(toMarkdownPage({ title: 'T', summary: 'S', sections: [{ heading: 'H', paragraphs: ['P1', 'P2'] }], footer: ['F'] })).toBe(
      '# T\n\n> S\n\n## H\n\nP1\n\nP2\n\n---\n\nF\n',
    );
  });
});

describe('toTmx', () => {
  const options = { sourceLang: 'zh-CN', targetLang: 'en', adminLang: 'en', tool: 'kb', toolVersion: '1', note: 'A & B' };

  it('writes one tu per pair, the source language first, text escaped', () => {
    const xml = toTmx([{ id: 'x#p-1-1', source: '甲<乙>', target: 'A & "B"' }], options);
    expect(xml).toContain('<tmx version="1.4">');
    expect(xml).toContain('adminlang="en" srclang="zh-CN" datatype="plaintext"');
    expect(xml).toContain(
      '<tu tuid="x#p-1-1">\n      <tuv xml:lang="zh-CN"><seg>甲&lt;乙&gt;</seg></tuv>\n      <tuv xml:lang="en"><seg>A &amp; &quot;B&quot;</seg></tuv>',
    );
    expect(xml).toContain('<note>A &amp; B</note>');
  });

  it('escapes every markup character', () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('toTbx', () => {
  it('writes a concept per term: per language its definition, the preferred term and the admitted variants', () => {
    const xml = toTbx([{ id: 'tide-records', sides: [{ lang: 'en', term: 'tide records', variants: ['tide record'], definition: 'D' }] }], {
      title: 'G',
      source: 'S',
      lang: 'en',
    });
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(xml).toContain('<conceptEntry id="tide-records">');
    expect(xml).toContain('<langSec xml:lang="en">\n        <descrip type="definition">D</descrip>');
    expect(xml).toContain('<term>tide records</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>');
    expect(xml).toContain('<term>tide record</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>');
  });
});
