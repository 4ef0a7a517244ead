import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { findPermalinkOffenders } from '../support/page-checks/paragraph-permalinks.ts';

describe.each(getBuiltSites())('paragraph permalinks of the $name', ({ dist }) => {
  it('every paragraph of every mistake page ends with a ¶ to itself, labelled in its language, out of search', () => {
    expect(findPermalinkOffenders(dist)).toEqual([]);
  });
});
