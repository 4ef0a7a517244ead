import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/dist.ts';
import { findHtmlProblems } from '../support/html-validity.ts';

describe('HTML validity of the article', () => {
  it.each(listPages())('%s is valid HTML', async (page) => {
    expect(await findHtmlProblems(readPage(page), page)).toEqual([]);
  });
});
