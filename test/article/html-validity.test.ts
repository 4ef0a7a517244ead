import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/dist.ts';
import { findHtmlProblems } from '../support/html-validity.ts';
import { findOffendersAsync } from '../support/page-checks/offenders.ts';

describe('HTML validity of the article', () => {
  it('every page is valid HTML (html-validate, recommended rules)', async () => {
    expect(await findOffendersAsync(listPages(), (page) => findHtmlProblems(readPage(page), page))).toEqual([]);
  });
});
