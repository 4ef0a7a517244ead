import type { Page } from 'playwright-core';

/**
 * Makes a page a stale tab: it never hears of other tabs' writes (as a tab whose `storage` events were lost, or that
 * wrote before they arrived), so a test can show that what it then writes undoes nothing done elsewhere.
 */
export async function makeStale(page: Page): Promise<void> {
  // A capturing listener on window runs before the islands' own (Chromium fires capture listeners first at the target).
  await page.addInitScript(() => addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
}

/** The ids of the present (not removed) entries of a version-2 store, from the page's localStorage. */
export async function readPresent(page: Page, key: string, field: 'answers' | 'responses'): Promise<Record<string, unknown>> {
  const text = await page.evaluate((name) => localStorage.getItem(name), key);
  const stored = JSON.parse(text ?? '{}') as Record<string, Record<string, { value?: unknown }> | undefined>;
  return Object.fromEntries(Object.entries(stored[field] ?? {}).flatMap(([id, change]) => (change.value === undefined ? [] : [[id, change.value]])));
}
