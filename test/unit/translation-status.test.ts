import { describe, expect, it } from 'vitest';
import { acceptSegments, parseLockFile, serializeLockFile, type LockFile } from '../../src/lib/translation/lock-file.ts';
import { fingerprint } from '../../src/lib/translation/fingerprint.ts';
import { getDocumentSegments, getGlossarySegments } from '../../src/lib/translation/segments.ts';
import { countStates, getOutdatedIds, getSegmentStatuses } from '../../src/lib/translation/status.ts';
import { getTranslationMode } from '../../src/lib/translation/build-check.ts';

const source = [
  { id: 'title', text: '标题' },
  { id: 'p-1-1', text: '第一段。' },
  { id: 'p-1-2', text: '第二段。' },
];
const all = new Set(source.map((s) => s.id));
const accepted = (): LockFile => acceptSegments(undefined, 'zh/mistakes/x.mdx', source, all);

describe('getDocumentSegments', () => {
  it('lists title, summary, each paragraph by id and each self-check question, in reading order', () => {
    const data = { title: 'T', summary: 'S', paragraphs: ['p-1-1', 'p-1-2'], selfCheck: [{ id: 'q-1-1', question: 'Q?', riskyAnswer: 'yes' }], topics: ['x'] };
    expect(getDocumentSegments('x.mdx', data, 'One.\n\nTwo.').map((s) => s.id)).toEqual(['title', 'summary', 'p-1-1', 'p-1-2', 'q-1-1']);
  });

  it('names the file when paragraphs and ids disagree', () => {
    expect(() => getDocumentSegments('zh/x.mdx', { paragraphs: ['p-1-1'] }, 'One.\n\nTwo.')).toThrow('zh/x.mdx: the body has 2 paragraphs');
  });

  it('takes glossary definitions by term id', () => {
    const terms = [
      { id: 'a', zh: { definition: '甲' }, en: { definition: 'A' } },
      { id: 'b', zh: { definition: '乙' } },
    ];
    expect(getGlossarySegments(terms, 'zh')).toEqual([
      { id: 'a', text: '甲' },
      { id: 'b', text: '乙' },
    ]);
    expect(getGlossarySegments(terms, 'en')).toEqual([{ id: 'a', text: 'A' }]);
  });
});

describe('getSegmentStatuses', () => {
  it('finds every segment up to date right after accepting', () => {
    expect(countStates(getSegmentStatuses(source, all, accepted()))).toEqual({ current: 3, outdated: 0, unconfirmed: 0, missing: 0 });
  });

  it('marks exactly the segment whose source changed, with its before, after and diff', () => {
    const revised = source.map((s) => (s.id === 'p-1-2' ? { ...s, text: '第二个段落。' } : s));
    const statuses = getSegmentStatuses(revised, all, accepted());
    expect(getOutdatedIds(statuses)).toEqual(new Set(['p-1-2']));
    expect(statuses[2]).toEqual({ id: 'p-1-2', state: 'outdated', before: '第二段。', after: '第二个段落。', diff: '第二{+个+}段{+落+}。' });
  });

  it('reports a source segment the translation lacks as missing, and one never accepted as unconfirmed', () => {
    const grown = [...source, { id: 'p-1-3', text: '新段落。' }];
    const statuses = getSegmentStatuses(grown, all, accepted());
    expect(statuses[3]).toEqual({ id: 'p-1-3', state: 'missing', after: '新段落。' });
    expect(getSegmentStatuses(grown, new Set([...all, 'p-1-3']), accepted())[3]?.state).toBe('unconfirmed');
  });
});

describe('acceptSegments', () => {
  it("records the fingerprint and the text of today's source", () => {
    expect(accepted().segments['p-1-1']).toEqual({ fingerprint: fingerprint('第一段。'), source: '第一段。' });
  });

  it('accepting one segment leaves the others as they were', () => {
    const revised = source.map((s) => ({ ...s, text: `${s.text}改` }));
    const lock = acceptSegments(accepted(), 'zh/mistakes/x.mdx', revised, all, new Set(['p-1-2']));
    const statuses = getSegmentStatuses(revised, all, lock);
    expect(statuses.map((s) => s.state)).toEqual(['outdated', 'outdated', 'current']);
  });

  it('never records a segment without translation, and drops segments the source lost when a whole file is accepted', () => {
    const lock = acceptSegments(accepted(), 'zh/mistakes/x.mdx', [...source.slice(0, 1), { id: 'p-1-9', text: '新。' }], new Set(['title']));
    expect(Object.keys(lock.segments)).toEqual(['title']);
  });
});

describe('lock files', () => {
  it('read back what they wrote', () => {
    const lock = accepted();
    expect(parseLockFile('en/x.lock.json', serializeLockFile(lock))).toEqual(lock);
  });

  it.each([
    ['not JSON (a merge conflict)', '<<<<<<< HEAD\n{}', 'en/x.lock.json: not valid JSON'],
    [
      'a hand-written fingerprint',
      JSON.stringify({ source: 'zh/x.mdx', segments: { title: { fingerprint: 'abc', source: '标题' } } }),
      'en/x.lock.json: not a lock file (segments.title.fingerprint:',
    ],
    ['an unknown field', JSON.stringify({ source: 'zh/x.mdx', segments: {}, extra: 1 }), 'en/x.lock.json: not a lock file ((root):'],
  ])('name the file when %s', (_case, text, message) => {
    expect(() => parseLockFile('en/x.lock.json', text)).toThrow(message);
  });
});

describe('getTranslationMode', () => {
  it.each([
    [undefined, 'mark'],
    ['', 'mark'],
    ['mark', 'mark'],
    ['strict', 'strict'],
  ])('reads TRANSLATIONS=%s as %s', (value, mode) => {
    expect(getTranslationMode(value)).toBe(mode);
  });

  it('refuses a value it does not know, rather than build in the wrong mode', () => {
    expect(() => getTranslationMode('stirct')).toThrow('TRANSLATIONS=stirct: expected "strict"');
  });
});
