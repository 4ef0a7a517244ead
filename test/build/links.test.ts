import { describe, expect, inject, it } from 'vitest';
import { fixtureSubPath } from '../support/fixture-site.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';
import { findBrokenLinks, findForeignResources } from '../support/link-check.ts';

// The one link checker (test/support/link-check.ts), here over the feature sites; test/article/ runs it over the real article.
const sites = [
  ...getBuiltSites().map(({ name, dist }) => ({ name, dist, basePath: '/' })),
  { name: `fixture site under ${fixtureSubPath}`, dist: inject('fixtureSubPathDist'), basePath: fixtureSubPath },
];

describe.each(sites)('links of the $name', ({ dist, basePath }) => {
  it.each(listPages(dist))('%s: every internal link and asset resolves, fragments included', (page) => {
    expect(findBrokenLinks(dist, page, basePath)).toEqual([]);
  });

  it('load nothing from another origin', () => {
    for (const page of listPages(dist)) expect(findForeignResources(readPage(page, dist)), page).toEqual([]);
  });
});
