import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { findOpenGraphOffenders } from '../support/page-checks/open-graph.ts';

describe.each(getBuiltSites())('Open Graph and Twitter cards of the $name', ({ dist }) => {
  it('every page a reader may share has a card with its own title, description, URL and locales', () => {
    expect(findOpenGraphOffenders(dist)).toEqual([]);
  });
});
