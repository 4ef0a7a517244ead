import { describe, expect, it, vi } from 'vitest';
import { groupHits, orderHits } from '../../src/lib/search/result-groups.ts';
import { findMatchedParagraph, toSearchHit, type PagefindResultData } from '../../src/lib/search/results.ts';

const anchors = [
  { element: 'h2', id: 'about', text: '', location: 0 },
  { element: 'p', id: 'p-4-1', text: '', location: 8 },
  { element: 'p', id: 'p-4-2', text: '', location: 53 },
  { element: 'p', id: 'p-4-3', text: '', location: 116 },
];

const data = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/zh/mistakes/segmenting-by-calendar-time/',
  excerpt: '红酒产地会给每瓶出产的<mark>葡萄酒</mark>标明年份',
  meta: { title: '按自然时间进行客户细分', number: '4' },
  locations: [36],
  anchors,
  ...overrides,
});

describe('findMatchedParagraph', () => {
  it('finds the paragraph holding the first match', () => {
    expect(findMatchedParagraph(anchors, [36])).toBe('p-4-1');
    expect(findMatchedParagraph(anchors, [130, 60])).toBe('p-4-2');
    expect(findMatchedParagraph(anchors, [116])).toBe('p-4-3');
  });

  it('finds none for a match before the first paragraph (the title) or no match', () => {
    expect(findMatchedParagraph(anchors, [2])).toBeUndefined();
    expect(findMatchedParagraph(anchors, [])).toBeUndefined();
  });

  it('ignores anchors that are not paragraphs', () => {
    expect(findMatchedParagraph([{ element: 'div', id: 'p-1-1', text: '', location: 0 }], [5])).toBeUndefined();
  });

  it('on the glossary, finds the entry of the first match', () => {
    const anchors = [
      { element: 'div', id: 'goal', text: '', location: 0 },
      { element: 'div', id: 'assets', text: '', location: 9 },
    ];
    expect(findMatchedParagraph(anchors, [12, 3], { glossary: true })).toBe('goal');
    expect(findMatchedParagraph(anchors, [12], { glossary: true })).toBe('assets');
  });
});

describe('toSearchHit', () => {
  it("links to the matched paragraph, with the words to highlight, and to the same paragraph in the reader's language", () => {
    expect(toSearchHit(data(), 'en', '葡萄酒')).toEqual({
      locale: 'zh',
      title: '按自然时间进行客户细分',
      number: 4,
      kind: 'mistake',
      excerpt: [
        { text: '红酒产地会给每瓶出产的', marked: false },
        { text: '葡萄酒', marked: true },
        { text: '标明年份', marked: false },
      ],
      href: '/zh/mistakes/segmenting-by-calendar-time/?highlight=%E8%91%A1%E8%90%84%E9%85%92#p-4-1',
      counterpartHref: '/en/mistakes/segmenting-by-calendar-time/#p-4-1',
    });
  });

  it('keeps the base path', () => {
    vi.stubEnv('BASE_URL', '/kb/');
    try {
      const hit = toSearchHit(data({ url: '/kb/en/mistakes/segmenting-by-calendar-time/' }), 'zh', 'wine');
      expect(hit?.locale).toBe('en');
      expect(hit?.href).toBe('/kb/en/mistakes/segmenting-by-calendar-time/?highlight=wine#p-4-1');
      expect(hit?.counterpartHref).toBe('/kb/zh/mistakes/segmenting-by-calendar-time/#p-4-1');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('has no number for the introduction, and skips pages outside the two languages', () => {
    expect(toSearchHit(data({ url: '/en/', meta: { title: 'Intro' } }), 'zh')?.number).toBeUndefined();
    expect(toSearchHit(data({ url: '/404/' }), 'zh')).toBeUndefined();
  });
});

/** toSearchHit for a page it must turn into a hit. */
function toHit(...args: Parameters<typeof toSearchHit>): NonNullable<ReturnType<typeof toSearchHit>> {
  const hit = toSearchHit(...args);
  if (!hit) throw new Error(`no hit for ${args[0].url}`);
  return hit;
}

describe('orderHits', () => {
  it("puts the reader's language first and keeps the ranking within each language", () => {
    const hits = ['/zh/a/', '/en/b/', '/zh/c/', '/en/d/'].map((url) => toHit(data({ url }), 'en'));
    expect(orderHits(hits, 'en').map((hit) => hit.href)).toEqual(['/en/b/#p-4-1', '/en/d/#p-4-1', '/zh/a/#p-4-1', '/zh/c/#p-4-1']);
    expect(orderHits(hits, 'zh').map((hit) => hit.href)).toEqual(['/zh/a/#p-4-1', '/zh/c/#p-4-1', '/en/b/#p-4-1', '/en/d/#p-4-1']);
  });

  it('puts the glossary after the article in every language: it names every term, so it matches many queries', () => {
    const glossary = (url: string) => toHit(data({ url, meta: { title: 'Glossary', kind: 'glossary' } }), 'en');
    const hits = [glossary('/en/glossary/'), toHit(data({ url: '/zh/a/' }), 'en'), glossary('/zh/glossary/'), toHit(data({ url: '/en/b/' }), 'en')];
    expect(orderHits(hits, 'en').map((hit) => `${hit.kind} ${hit.locale}`)).toEqual(['mistake en', 'mistake zh', 'glossary en', 'glossary zh']);
  });
});

describe('script variants and the glossary in results', () => {
  const maps = { toSimplified: { 資: '资', 產: '产' }, toTraditional: { 资: '資', 产: '產' }, phrases: {} };

  it('shows a Chinese hit to a zh-hant reader as the zh-hant page, in Traditional, with the words highlighted as there', () => {
    const hit = toSearchHit(
      data({ url: '/zh/mistakes/segmenting-by-assets/', excerpt: '<mark>资产</mark>高', meta: { title: '按资产', number: '3' } }),
      'zh-hant',
      '资产',
      maps,
    );
    expect(hit).toMatchObject({
      locale: 'zh-hant',
      title: '按資產',
      excerpt: [
        { text: '資產', marked: true },
        { text: '高', marked: false },
      ],
    });
    expect(hit?.href).toBe(`/zh-hant/mistakes/segmenting-by-assets/?highlight=${encodeURIComponent('資產')}#p-4-1`);
  });

  it('leaves Chinese hits Simplified for the other readers, and labels glossary hits', () => {
    expect(toSearchHit(data(), 'en', '葡萄酒', maps)?.locale).toBe('zh');
    expect(toSearchHit(data({ url: '/en/glossary/', meta: { title: 'Glossary', kind: 'glossary' } }), 'en', 'goal', maps)).toMatchObject({
      kind: 'glossary',
      number: undefined,
    });
  });
});

describe('groupHits', () => {
  it("shows a page that matched in both languages once, in the reader's language, the other linked beside it", () => {
    const hits = ['/zh/mistakes/a/', '/en/mistakes/a/', '/en/mistakes/b/'].map((url, index) =>
      toHit(data({ url, meta: { title: url, number: String(index === 2 ? 2 : 1) } }), 'en'),
    );
    const grouped = groupHits(hits, 'en');
    expect(grouped.map((hit) => [hit.href, hit.also?.href])).toEqual([
      ['/en/mistakes/a/#p-4-1', '/zh/mistakes/a/#p-4-1'],
      ['/en/mistakes/b/#p-4-1', undefined],
    ]);
    expect(grouped[0]?.also?.locale).toBe('zh');
  });

  it('keeps a page found only in the other language, labelled as it was', () => {
    const only = groupHits([toHit(data(), 'en')], 'en');
    expect(only).toHaveLength(1);
    expect(only[0]?.locale).toBe('zh');
    expect(only[0]?.also).toBeUndefined();
  });
});

describe('landing in toSearchHit', () => {
  const paragraphs = [
    { element: 'p', id: 'p-3-1', text: 'Companies believe high-asset customers buy more.', location: 5 },
    { element: 'p', id: 'p-3-2', text: 'Assets correlate with the ability to pay.', location: 40 },
    { element: 'span', id: 'p-3-1--alias--high-asset_20_customers', text: 'rich clients · big spenders', location: 60 },
  ];

  it('opens at the paragraph whose visible text holds the words, and says nothing of aliases', () => {
    const hit = toSearchHit(data({ url: '/en/mistakes/a/', anchors: paragraphs, locations: [6] }), 'en', 'ability assets');
    expect(hit?.href).toBe('/en/mistakes/a/?highlight=ability&highlight=assets#p-3-2');
    expect(hit?.alias).toBeUndefined();
  });

  it("opens a hit found through an alias at its term's paragraph, highlighting the term, and names both", () => {
    const hit = toSearchHit(data({ url: '/en/mistakes/a/', anchors: paragraphs, locations: [61] }), 'en', 'rich clients');
    expect(hit?.alias).toEqual({ words: 'rich clients', term: 'high-asset customers' });
    expect(hit?.href).toBe('/en/mistakes/a/?highlight=high-asset+customers#p-3-1');
  });
});
