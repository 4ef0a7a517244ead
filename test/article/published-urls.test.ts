import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAliasPath, isShortLinkPath, listPages, resolveFile } from '../support/dist.ts';

// test/published-urls.txt is a public contract: every URL we have published stays served.
const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('the published URLs of the article', () => {
  it('are all served by the build', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(published.filter((url) => !resolveFile(url))).toEqual([]);
  });

  // Locale aliases (/zh-tw/…) are redirects to the pages listed: a reader bookmarks where they land.
  it('include every page a reader may bookmark or print: mistakes, the whole article, parallel views, self-check, glossary, workshop, short links', () => {
    const bookmarkable = listPages()
      .filter((path) => /\/(mistakes|article|parallel|self-check|glossary|workshop)\//.test(path) || isShortLinkPath(path))
      .filter((path) => !isAliasPath(path));
    expect(bookmarkable.filter((path) => !published.includes(path))).toEqual([]);
    for (const file of ['/sitemap.xml', '/robots.txt']) expect(published).toContain(file);
  });
});
