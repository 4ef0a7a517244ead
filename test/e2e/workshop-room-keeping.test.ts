import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { baseUrl, count, lines, paste } from '../support/workshop-room.ts';

const browser = useSharedBrowser();

describe('workshop room: keeping the room', () => {
  it('keeps the room over a reload, removes a response, and starts a new room only after asking', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/workshop/`);
    await paste(page, lines.slice(0, 5).join('\n'));
    await expect.poll(() => count(page)).toBe('5 responses');

    await page.reload();
    // A kept room shows at once: its code loads without the trainer touching anything.
    await expect.poll(() => count(page)).toBe('5 responses');
    expect(await page.locator('[data-responses] li').count()).toBe(5);

    await page.getByRole('button', { name: 'Remove response 2' }).click();
    await expect.poll(() => count(page)).toBe('4 responses');
    await expect.poll(() => page.locator('[data-announce]').textContent()).toBe('Response removed: 4 in the room.');
    // The focus stays in the list, on the response that took the removed one's place.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove response 2');
    expect(await page.locator('[data-responses] li strong').allTextContents()).toEqual(['Response 1', 'Response 2', 'Response 3', 'Response 4']);

    // By keyboard: the dialog opens on its safe choice; Escape keeps the room.
    await page.getByRole('button', { name: 'Start a new room' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Start a new room?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep the room');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await count(page)).toBe('4 responses');

    await page.keyboard.press('Enter'); // the focus is back on "Start a new room"
    await dialog.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear the room');
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBe('No responses yet.');
    expect(await page.evaluate(() => localStorage.getItem('kb-workshop-room'))).toBeNull();
    await page.reload();
    await page.waitForLoadState('networkidle');
    // Nothing kept: the room's code waits until the trainer reaches for it.
    expect(await page.locator('[data-room-view]').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add to the room' }).isVisible()).toBe(true);
  });

  it.each([
    ['full', 'QuotaExceededError', 'This browser’s storage is full, so the room is no longer saved.'],
    ['unavailable', 'SecurityError', 'This browser does not let the page save the room (private mode or blocked storage).'],
  ])('says so when storage is %s, and keeps the room in memory', async (_case, name, message) => {
    const { page } = await openPage(browser());
    await page.addInitScript((errorName) => {
      Storage.prototype.setItem = () => {
        throw new DOMException('refused', errorName);
      };
    }, name);
    await page.goto(`${baseUrl}/en/workshop/`);
    await paste(page, lines.slice(0, 3).join('\n'));
    await expect.poll(() => count(page)).toBe('3 responses');
    expect(await page.locator('[data-storage]').textContent()).toContain(message);
    expect(await page.locator('[data-storage]').getAttribute('role')).toBe('alert');
    await paste(page, lines.slice(3, 4).join('\n'));
    await expect.poll(() => count(page)).toBe('4 responses');
  });
});
