import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { listOnePagePerKind, listPages, readPage } from '../support/dist.ts';
import { findHtmlProblems } from '../support/html-validity.ts';
import { findOffendersAsync } from '../support/page-checks/offenders.ts';

// The templates with every feature's markup: every page of the fixture site, and one page of each kind of the large one
// (the same templates and content, a hundred times over: what scale changes is the lists, which every kind has in full).
// test/article/ checks every page of the real article.
describe.each(getBuiltSites())('HTML validity of the $name', ({ dist, repeatsFixture }) => {
  const pages = repeatsFixture ? listOnePagePerKind(listPages(dist)) : listPages(dist);
  it(`${repeatsFixture ? 'one page of each kind' : 'every page'} is valid HTML (html-validate, recommended rules)`, async () => {
    expect(await findOffendersAsync(pages, (page) => findHtmlProblems(readPage(page, dist), page))).toEqual([]);
  });
});
