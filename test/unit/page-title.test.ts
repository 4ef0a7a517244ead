import { describe, expect, it } from 'vitest';
import { getPageTitle, maxTitleLength } from '../../src/lib/page-title.ts';

describe('page titles', () => {
  it('adds the site short name to a page title', () => {
    expect(getPageTitle('Segmenting by assets', 'Mistakes')).toBe('Segmenting by assets · Mistakes');
  });

  it('leaves home pages, whose title names the site, alone', () => {
    expect(getPageTitle('Common mistakes', 'Mistakes', { namesSite: true })).toBe('Common mistakes');
  });

  it('drops the suffix when title and suffix would pass the length search results show', () => {
    const long = 'x'.repeat(maxTitleLength - 5);
    expect(getPageTitle(long, 'Mistakes')).toBe(long);
    const fits = 'x'.repeat(maxTitleLength - ' · Mistakes'.length);
    expect(getPageTitle(fits, 'Mistakes')).toHaveLength(maxTitleLength);
  });
});
