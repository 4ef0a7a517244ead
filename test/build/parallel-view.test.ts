import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { findMistakesWithoutParallelLink, findParallelViewOffenders } from '../support/page-checks/parallel-view.ts';

describe.each(getBuiltSites())('the parallel views of the $name', ({ dist, content }) => {
  it('every parallel view pairs each paragraph of its mistake in both languages, out of search', () => {
    expect(findParallelViewOffenders(dist)).toEqual([]);
  });

  it('every mistake page links to its parallel view', () => {
    expect(findMistakesWithoutParallelLink(dist, content)).toEqual([]);
  });
});
