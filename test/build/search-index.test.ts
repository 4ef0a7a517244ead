import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSearchBundlePath, indexedLocales, searchRuntimePath, wholeIndexAttribute } from '../../src/lib/search/bundle-path.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';

describe.each(getBuiltSites())('the search index of the $name', ({ dist }) => {
  const indexFiles = indexedLocales.map((locale) => readdirSync(join(dist, 'pagefind', locale, 'index')).length);
  const whole = indexFiles.every((count) => count === 1);
  const withSearchBox = listPages(dist).filter((path) => readPage(path, dist).includes('<kb-search'));

  it('has one bundle per indexed language, each with its index', () => {
    expect(indexFiles.every((count) => count >= 1)).toBe(true);
  });

  it("serves Pagefind's code and WebAssembly once, from the runtime bundle, and each language's bundle only its index", () => {
    const code = (bundle: string) =>
      readdirSync(join(dist, bundle))
        .filter((file) => file.endsWith('.js') || file.endsWith('.pagefind'))
        .sort();
    expect(code(searchRuntimePath)).toEqual(['pagefind-highlight.js', 'pagefind.js', 'wasm.unknown.pagefind']);
    for (const locale of indexedLocales) expect(code(getSearchBundlePath(locale))).toEqual([]);
  });

  it(`marks every search box to fetch the index on focus exactly when each language's index is one file (${indexFiles.join(', ')})`, () => {
    expect(withSearchBox.length).toBeGreaterThan(0);
    const marked = withSearchBox.filter((path) => readPage(path, dist).includes(`<kb-search ${wholeIndexAttribute} `));
    expect(marked).toEqual(whole ? withSearchBox : []);
  });
});
