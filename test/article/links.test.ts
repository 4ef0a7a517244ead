import { describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../support/dist.ts';
import { findBrokenLinks, findForeignResources } from '../support/link-check.ts';

// The same link checker as the feature sites' (test/build/links.test.ts), over the real article: its text links too.
describe('links of the article', () => {
  it.each(listPages())('%s: every internal link and asset resolves, fragments included', (page) => {
    expect(findBrokenLinks(distDir, page)).toEqual([]);
  });

  it('load nothing from another origin', () => {
    for (const page of listPages()) expect(findForeignResources(readPage(page)), page).toEqual([]);
  });
});
