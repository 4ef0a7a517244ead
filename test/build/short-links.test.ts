import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/lib/locales.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { isShortLinkPath, listPages } from '../support/dist.ts';
import { fixtureSubPath } from '../support/fixture-site.ts';
import { findShortLinkOffenders, findShortLinksLeavingSubPath } from '../support/page-checks/short-links.ts';

describe.each(getBuiltSites())('short links of the $name', ({ dist, content }) => {
  it('exist for every mistake number in every language', () => {
    const expected = locales.flatMap((locale) => content.getMistakes(locale).map(({ number }) => `/${locale}/${number}/`));
    expect(listPages(dist).filter(isShortLinkPath)).toEqual(expected.sort());
  });

  it('every short link redirects to its mistake, keeps query and fragment, and stays out of search', () => {
    expect(findShortLinkOffenders(dist, content)).toEqual([]);
  });
});

describe(`short links under the sub-path ${fixtureSubPath}`, () => {
  it('every short link redirects inside the sub-path', () => {
    const dist = inject('fixtureSubPathDist');
    expect(listPages(dist).filter(isShortLinkPath)).not.toEqual([]);
    expect(findShortLinksLeavingSubPath(dist, fixtureSubPath)).toEqual([]);
  });
});
