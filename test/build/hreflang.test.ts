import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { findHreflangOffenders } from '../support/page-checks/hreflang.ts';

describe.each(getBuiltSites())('hreflang alternates of the $name', ({ dist }) => {
  it('every translated page names itself canonical and lists every language, each linking back', () => {
    expect(findHreflangOffenders(dist)).toEqual([]);
  });
});
