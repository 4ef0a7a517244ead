import { describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../support/dist.ts';
import { findBrokenLinks, findForeignResources } from '../support/link-check.ts';
import { findOffenders } from '../support/page-checks/offenders.ts';

// The same link checker as the feature sites' (test/build/links.test.ts), over the real article: its text links too.
describe('links of the article', () => {
  it('every internal link and asset on every page resolves, fragments included', () => {
    expect(findOffenders(listPages(), (page) => findBrokenLinks(distDir, page))).toEqual([]);
  });

  it('no page loads anything from another origin', () => {
    expect(findOffenders(listPages(), (page) => findForeignResources(readPage(page)))).toEqual([]);
  });
});
