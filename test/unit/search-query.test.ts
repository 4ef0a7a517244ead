import { describe, expect, it } from 'vitest';
import { maxQueryLength, normalizeQuery, readSearchParams, writeSearchParams } from '../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace, and keeps Chinese as typed', () => {
    expect(normalizeQuery('  risk \n  appetite ')).toEqual({ text: 'risk appetite', truncated: false });
    expect(normalizeQuery('资产')).toEqual({ text: '资产', truncated: false });
  });

  it('treats a missing query as empty', () => {
    expect(normalizeQuery(null)).toEqual({ text: '', truncated: false });
    expect(normalizeQuery(undefined).text).toBe('');
  });

  it('removes control characters', () => {
    expect(normalizeQuery('wi\u0000ne\u0007').text).toBe('wi ne');
  });

  it('removes bidirectional controls, which would reorder the status line around the query', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) expect(normalizeQuery(`wi${control}ne`).text).toBe('wine');
    expect(normalizeQuery('\u202evisit us\u202c 资产').text).toBe('visit us 资产');
    // Marks that only hint at direction (LRM, RLM) stay: they reorder nothing outside an isolate.
    expect(normalizeQuery('a\u200eb').text).toBe('a\u200eb');
  });

  it('cuts a long query by characters, never inside a character', () => {
    const long = '资'.repeat(400) + '😀'.repeat(700);
    const { text, truncated } = normalizeQuery(long);
    expect(truncated).toBe(true);
    expect(Array.from(text)).toHaveLength(maxQueryLength);
    const emoji = normalizeQuery('😀'.repeat(1000)).text;
    expect(Array.from(emoji).every((character) => character === '😀')).toBe(true);
  });

  it('keeps markup as plain text to be shown as text', () => {
    expect(normalizeQuery('<img src=x onerror=alert(1)>').text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('search page parameters', () => {
  it('reads q and topic', () => {
    expect(readSearchParams('?q=%E8%B5%84%E4%BA%A7&topic=assets')).toEqual({ query: { text: '资产', truncated: false }, topic: 'assets', verbatim: false });
    expect(readSearchParams('')).toEqual({ query: { text: '', truncated: false }, topic: '', verbatim: false });
    expect(readSearchParams('?q=segmantation&verbatim=1').verbatim).toBe(true);
  });

  it('writes only what is set, and round-trips', () => {
    expect(writeSearchParams('', '')).toBe('');
    expect(writeSearchParams('risk appetite', '')).toBe('?q=risk+appetite');
    const written = writeSearchParams('资产 & <b>', 'assets');
    expect(readSearchParams(written)).toEqual({ query: { text: '资产 & <b>', truncated: false }, topic: 'assets', verbatim: false });
    expect(writeSearchParams('segmantation', '', { verbatim: true })).toBe('?q=segmantation&verbatim=1');
    expect(writeSearchParams('', 'assets', { verbatim: true })).toBe('?topic=assets');
  });
});
