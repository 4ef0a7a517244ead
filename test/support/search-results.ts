import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface Hit {
  href: string;
  lang: string;
  label: string | null;
  counterpart: string | null;
}

/** Waits for a search box's results (or its message) in `scope` (`.search--page`, `.search--panel`) and reads them. */
export async function readResults(page: Page, scope: string): Promise<{ status: string; hits: Hit[] }> {
  const status = page.locator(`${scope} [data-search-status]`);
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).toMatch(/\S/);
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).not.toMatch(/…$/);
  const hits = await page.locator(`${scope} .search-hit`).evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a.search-hit__link')?.getAttribute('href') ?? '',
      lang: item.querySelector('a.search-hit__link')?.getAttribute('lang') ?? '',
      label: item.querySelector('.search-hit__language')?.textContent ?? null,
      counterpart: item.querySelector('a.search-hit__counterpart')?.getAttribute('href') ?? null,
    })),
  );
  return { status: (await status.textContent()) ?? '', hits };
}

/** Types a query into the search page's box, as a reader does, and reads the results once they are for that query. */
export async function typeQuery(page: Page, query: string): Promise<{ status: string; hits: Hit[] }> {
  await page.locator('.search--page input[type="search"]').fill(query);
  await expect.poll(() => page.locator('.search--page [data-search-status]').textContent()).toContain(`“${query}”`);
  return readResults(page, '.search--page');
}
