import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { findRequestBudgetOffenders } from '../support/page-checks/request-budget.ts';

// A page costs its HTML and at most one stylesheet before the reader does anything (test/support/page-checks/request-budget.ts).
describe.each(getBuiltSites())('the request budget of the $name', ({ dist }) => {
  it('every page references at most one stylesheet, no script file and no preload', () => {
    expect(findRequestBudgetOffenders(dist)).toEqual([]);
  });
});
