/**
 * Runs a check over every page and returns one line per problem, `page: problem`: an invariant's test expects `[]`, so
 * one broken template fails once, listing every page it breaks, instead of failing once per page.
 */
export function findOffenders(pages: readonly string[], check: (page: string) => string[]): string[] {
  return pages.flatMap((page) => check(page).map((problem) => `${page}: ${problem}`));
}

/** findOffenders for checks that wait (html-validate's, for one): pages are checked one at a time. */
export async function findOffendersAsync(pages: readonly string[], check: (page: string) => Promise<string[]>): Promise<string[]> {
  const offenders: string[] = [];
  for (const page of pages) offenders.push(...(await check(page)).map((problem) => `${page}: ${problem}`));
  return offenders;
}

/** A problem when `actual` is not `expected` (compared as JSON), saying both; else nothing. */
export function differs(what: string, actual: unknown, expected: unknown): string[] {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  return a === e ? [] : [`${what} is ${a}, expected ${e}`];
}
