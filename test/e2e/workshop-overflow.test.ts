import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { enterRoomState, findSidewaysScrolling, makeOverflowPaste, overflowWidths, roomStates } from '../support/workshop-overflow.ts';
import { baseUrl } from '../support/workshop-room.ts';

const browser = useSharedBrowser();

describe('the workshop room on any screen', () => {
  it(`never scrolls sideways at ${overflowWidths.join(', ')} px, in every state: empty, after a paste, every line shown, presenter view`, async () => {
    const text = makeOverflowPaste(baseUrl);
    const offenders: string[] = [];
    for (const width of overflowWidths) {
      const { page } = await openPage(browser(), { viewport: { width, height: 800 } });
      await page.goto(`${baseUrl}/en/workshop/`);
      for (const state of roomStates) {
        await page.evaluate(enterRoomState, { state, text });
        offenders.push(...(await page.evaluate(findSidewaysScrolling)).map((problem) => `${width} px, ${state}: ${problem}`));
      }
      // The paste made every kind of line: the states above showed them all.
      expect(await page.locator('[data-report] p').textContent()).toBe('Added: 6 · Already counted: 0 · Held back: 2 · Not a link: 11');
      await page.context().close();
    }
    expect(offenders).toEqual([]);
  }, 240_000);
});
