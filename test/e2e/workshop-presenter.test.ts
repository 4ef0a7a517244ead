import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { decodeQrOnScreen } from '../support/qr-svg.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { baseUrl, count, expected, label, lines, paste } from '../support/workshop-room.ts';

const browser = useSharedBrowser();
const projector = { width: 1280, height: 720 };
/** Read from 8 m away, a label needs text of 28 px at least on a 1280 × 720 projector. */
const minimumLabel = 28;

/** Every piece of text in the presenter view smaller than the minimum, with its size: the offenders. */
function findSmallText(page: Page): Promise<string[]> {
  return page.locator('dialog[data-presenter]').evaluate((dialog, minimum) => {
    const texts = [
      ...dialog.querySelectorAll(
        'h2, .workshop-presenter__step, .workshop-presenter__label, .workshop-presenter__tag, .workshop-presenter__legend li, .workshop-presenter__count, .workshop-presenter__address',
      ),
    ];
    return texts
      .filter((element) => element.checkVisibility() && element.textContent?.trim())
      .map((element) => [element.textContent?.trim().slice(0, 40), Number.parseFloat(getComputedStyle(element).fontSize)] as const)
      .filter(([, size]) => size < minimum)
      .map(([text, size]) => `${text}: ${size}px`);
  }, minimumLabel);
}

const heading = (page: Page) => page.locator('dialog[data-presenter] h2').textContent();
const spoken = (page: Page) => page.locator('dialog[data-presenter] [aria-live="polite"]').textContent();

describe('the presenter view', () => {
  it('shows the room on a 1280×720 projector: the join code large, the count, one mistake at a time by the keyboard, then all', async () => {
    const { page, foreignRequests } = await openPage(browser(), { viewport: projector });
    await page.goto(`${baseUrl}/en/workshop/`);
    await paste(page, lines.join('\n'));
    await expect.poll(() => count(page)).toBe('30 responses');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const view = page.getByRole('dialog', { name: 'Presenter view' });
    await view.waitFor();
    // It covers the window (full screen where the browser grants it, else the dialog alone).
    expect(await view.boundingBox()).toEqual({ x: 0, y: 0, ...projector });

    const qr = view.getByRole('img', { name: 'QR code of the self-check’s address' });
    expect(await decodeQrOnScreen(qr)).toEqual([`${baseUrl}/en/self-check/`]);
    expect((await qr.boundingBox())?.width).toBeGreaterThanOrEqual(300);
    expect(await view.locator('.workshop-presenter__address').textContent()).toBe(`${baseUrl.replace('http://', '')}/en/self-check/`);
    expect(await view.locator('.workshop-presenter__count').textContent()).toBe('30 responses');
    expect(
      await view.locator('.workshop-presenter__count').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
    ).toBeGreaterThanOrEqual(40);

    // One mistake at a time, most at risk first (the "discuss first" order), by the arrow keys; each step said politely.
    const order = expected.map(({ mistake }) => label(mistake));
    expect(await heading(page)).toBe(order[0]);
    expect(await view.locator('.workshop-presenter__step').textContent()).toBe(`1 of ${order.length}, most at risk first`);
    expect(await findSmallText(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await heading(page)).toBe(order[1]);
    const { counts } = expected[1] ?? { counts: { risk: 0, check: 0, clear: 0, open: 0 } };
    expect(await spoken(page)).toBe(
      `${order[1]}: ${counts.risk} At risk · ${counts.check} Worth checking · ${counts.clear} Clear · ${counts.open} Not fully answered`,
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await heading(page)).toBe(order[1]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // no step before the first
    expect(await heading(page)).toBe(order[0]);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // All of them as one large chart, in the same order, every label still readable.
    await view.getByRole('button', { name: 'All mistakes' }).click();
    expect(await view.getByRole('button', { name: 'All mistakes' }).getAttribute('aria-pressed')).toBe('true');
    expect(await view.locator('.workshop-presenter__list .workshop-presenter__label').allTextContents()).toEqual(order);
    expect(await findSmallText(page)).toEqual([]);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Esc leaves, and the focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Presenter view');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(foreignRequests).toEqual([]);
  }, 120_000);

  it('opens at once from ?present, follows the room as it grows, and says the new count politely', async () => {
    const { page } = await openPage(browser(), { viewport: projector });
    await page.goto(`${baseUrl}/en/workshop/?present`);
    const view = page.locator('dialog[data-presenter]');
    await view.waitFor();
    expect(await view.locator('.workshop-presenter__count').textContent()).toBe('No responses yet.');
    expect(await view.locator('.workshop-presenter__step').textContent()).toBe('No responses yet: they appear here as they are scanned or pasted.');

    // Responses added while it is open (a paste here, or another tab of the room) show at once.
    await page.locator('#workshop-paste').evaluate((field, text) => {
      (field as HTMLTextAreaElement).value = text;
      document.querySelector<HTMLButtonElement>('[data-action="paste"]')?.click();
    }, lines.slice(0, 5).join('\n'));
    await expect.poll(() => view.locator('.workshop-presenter__count').textContent()).toBe('5 responses');
    expect(await spoken(page)).toBe('5 responses');
  });
});
