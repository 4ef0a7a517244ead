import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';
import { findHtmlProblems } from '../support/html-validity.ts';
import { findOffendersAsync } from '../support/page-checks/offenders.ts';

// The templates with every feature's markup, on the feature sites; test/article/ checks the real article's pages.
describe.each(getBuiltSites())('HTML validity of the $name', ({ dist }) => {
  it('every page is valid HTML (html-validate, recommended rules)', async () => {
    expect(await findOffendersAsync(listPages(dist), (page) => findHtmlProblems(readPage(page, dist), page))).toEqual([]);
  });
});
