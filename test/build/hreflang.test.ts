import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { findHreflangOffenders } from '../support/page-checks/hreflang.ts';

describe.each(getBuiltSites())('hreflang alternates of the $name', ({ dist }) => {
  it('every translated page names itself canonical, lists every language, each linking back, and its language switch links the others', () => {
    expect(findHreflangOffenders(dist)).toEqual([]);
  });
});
