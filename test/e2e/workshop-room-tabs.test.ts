import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { makeStale, readPresent } from '../support/stale-tab.ts';
import { baseUrl, count, lines, paste } from '../support/workshop-room.ts';

const browser = useSharedBrowser();
const key = 'kb-workshop-room';
// Links from this site only (every third line of the shared list comes from another deployment).
const ownLines = lines.filter((_, index) => index % 3 !== 0);
/** Opens the room with its code running (an empty room loads it when the trainer reaches for it). */
const open = async (page: Page) => {
  await page.goto(`${baseUrl}/en/workshop/`);
  await page.getByLabel('Paste share links, one per line').focus();
  await page.waitForFunction(() => customElements.get('kb-workshop') !== undefined);
};
const stored = (page: Page) => readPresent(page, key, 'responses');

describe('workshop room: nothing a trainer keeps is lost', () => {
  it('two tabs pasting into one room keep every response: 5 in A, 3 in B, reload both, 8', async () => {
    const { page: tabA } = await openPage(browser());
    const tabB = await tabA.context().newPage();
    await open(tabA);
    await open(tabB);
    await paste(tabA, ownLines.slice(0, 5).join('\n'));
    await expect.poll(() => count(tabA)).toBe('5 responses');
    // B hears of A's paste and shows it without a reload.
    await expect.poll(() => count(tabB)).toBe('5 responses');
    await paste(tabB, ownLines.slice(5, 8).join('\n'));
    await expect.poll(() => count(tabB)).toBe('8 responses');
    await expect.poll(() => count(tabA)).toBe('8 responses');
    for (const tab of [tabA, tabB]) {
      await tab.reload();
      await expect.poll(() => count(tab)).toBe('8 responses');
    }
  });

  it('a removal in a stale tab removes that response only, and nothing removed comes back', async () => {
    const { page: tabA } = await openPage(browser());
    await open(tabA);
    await paste(tabA, ownLines.slice(0, 6).join('\n'));
    await expect.poll(() => count(tabA)).toBe('6 responses');
    const stale = await tabA.context().newPage();
    await makeStale(stale);
    await open(stale);
    await expect.poll(() => count(stale)).toBe('6 responses');
    const before = Object.keys(await stored(tabA));

    await tabA.getByRole('button', { name: 'Remove response 1' }).click();
    await expect.poll(() => count(tabA)).toBe('5 responses');
    expect(await count(stale)).toBe('6 responses'); // it never heard of the removal
    await stale.getByRole('button', { name: 'Remove response 6' }).click();
    // The stale tab's removal took its own response only; the one removed in A stayed removed.
    await expect.poll(async () => Object.keys(await stored(tabA))).toEqual(before.slice(1, 5));
    await expect.poll(() => count(tabA)).toBe('4 responses');
    for (const tab of [tabA, stale]) {
      await tab.reload();
      await expect.poll(() => count(tab)).toBe('4 responses');
    }
  });

  it.each([
    ['truncated JSON', '{"version":2,"responses":{"r-1":{"at":1,"value":{"code":"1y', 'corrupt'],
    ['a newer format', JSON.stringify({ version: 3, rooms: [{ responses: ['1yyy'] }] }), 'newer'],
    ['a room over the size limit', JSON.stringify({ version: 2, responses: {}, pad: 'x'.repeat(1_000_001) }), 'too-big'],
  ] as const)(
    'keeps a stored room it cannot read (%s) aside, says so, offers it for download, and the next paste does not replace it',
    async (_case, text, reason) => {
      const reasons = {
        corrupt: 'it is damaged',
        newer: 'it was saved by a newer version of this site',
        'too-big': 'it is far larger than this site ever saves',
      };
      const message = `A room saved earlier in this browser could not be read (${reasons[reason]}). It is kept aside, untouched; the responses you add now are saved separately.`;
      const { page } = await openPage(browser());
      await page.goto(`${baseUrl}/en/workshop/`);
      await page.evaluate(([name, value]) => localStorage.setItem(name, value), [key, text] as const);
      await page.reload();
      // Told at once, without touching anything: the stored key loads the room's code.
      await expect.poll(() => page.locator('[data-kept-text]').textContent()).toBe(message);
      expect(await page.getByRole('alert').filter({ hasText: message }).isVisible()).toBe(true);
      expect(await count(page)).toBe('No responses yet.');

      await paste(page, ownLines.slice(0, 2).join('\n'));
      await expect.poll(() => count(page)).toBe('2 responses');
      expect(await page.evaluate((name) => localStorage.getItem(`${name}.unreadable`), key)).toBe(text);
      await page.reload();
      await expect.poll(() => count(page)).toBe('2 responses');
      expect(await page.locator('[data-kept-text]').textContent()).toBe(message);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the kept room' }).click()]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(text);
      await page.getByRole('button', { name: 'Delete the kept room' }).click();
      await expect.poll(() => page.locator('[data-kept-room]').isHidden()).toBe(true);
      expect(await page.evaluate((name) => localStorage.getItem(`${name}.unreadable`), key)).toBeNull();
    },
  );

  it('keeps held-back lines across reloads until the trainer counts or removes them', async () => {
    const { page } = await openPage(browser());
    await open(page);
    const [first, second] = ownLines;
    if (!first || !second) throw new Error('unreachable');
    await paste(page, [first, first, second, second].join('\n'));
    await expect.poll(() => count(page)).toBe('2 responses');
    await page.reload();
    await expect.poll(() => count(page)).toBe('2 responses');
    const held = page.getByRole('list', { name: 'Held back, not counted until you say so' });
    await expect.poll(() => held.getByRole('listitem').count()).toBe(2);
    expect(await held.locator('strong').allTextContents()).toEqual([
      'Line 2: the same answers as line 1, counted once',
      'Line 4: the same answers as line 3, counted once',
    ]);

    await held.getByRole('button', { name: 'Count line 2 too' }).click();
    await expect.poll(() => count(page)).toBe('3 responses');
    await held.getByRole('button', { name: 'Remove held line 4' }).click();
    await expect.poll(() => held.getByRole('listitem').count()).toBe(0);
    await page.reload();
    await expect.poll(() => count(page)).toBe('3 responses');
    expect(await page.locator('[data-held-view]').isHidden()).toBe(true);
  });
});
