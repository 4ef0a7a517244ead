import { describe, expect, inject, it } from 'vitest';
import { fixtureSubPath } from '../support/fixture-site.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';
import { findBrokenLinks, findForeignResources } from '../support/link-check.ts';
import { findOffenders } from '../support/page-checks/offenders.ts';

// The one link checker (test/support/link-check.ts), here over the feature sites; test/article/ runs it over the real article.
const sites = [
  ...getBuiltSites().map(({ name, dist }) => ({ name, dist, basePath: '/' })),
  { name: `fixture site under ${fixtureSubPath}`, dist: inject('fixtureSubPathDist'), basePath: fixtureSubPath },
];

describe.each(sites)('links of the $name', ({ dist, basePath }) => {
  it('every internal link and asset on every page resolves, fragments included', () => {
    expect(findOffenders(listPages(dist), (page) => findBrokenLinks(dist, page, basePath))).toEqual([]);
  });

  it('no page loads anything from another origin', () => {
    expect(findOffenders(listPages(dist), (page) => findForeignResources(readPage(page, dist)))).toEqual([]);
  });
});
