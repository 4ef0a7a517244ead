import { describe, expect, it } from 'vitest';
import { expectNoErrorsAfterEach } from '../drivers/error-recorder.ts';
import type { EngineName } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';
import { enterRoomState, findSidewaysScrolling, makeOverflowPaste, overflowWidths, roomStates } from '../support/workshop-overflow.ts';

/** The workshop room at every width in one engine (test/engines/<engine>.test.ts). */
export function describeWorkshopOverflow(name: EngineName): void {
  describe('the workshop room', () => {
    const site = useSite();
    const { page } = usePage(name);
    expectNoErrorsAfterEach(page);

    it(`never scrolls sideways at ${overflowWidths.join(', ')} px, in every state: empty, after a paste, every line shown, presenter view`, async () => {
      const text = makeOverflowPaste(site().origin);
      const offenders: string[] = [];
      for (const width of overflowWidths) {
        await page().setViewport({ width, height: 800 });
        await page().goto(`${site().origin}/en/workshop/`);
        // A fresh room for each width: what the last one kept would change what a paste reports.
        await page().evaluate(() => localStorage.clear(), null);
        await page().reload();
        for (const state of roomStates) {
          await page().evaluate(enterRoomState, { state, text });
          offenders.push(...(await page().evaluate(findSidewaysScrolling, null)).map((problem) => `${width} px, ${state}: ${problem}`));
        }
      }
      expect(offenders).toEqual([]);
    }, 240_000);
  });
}
