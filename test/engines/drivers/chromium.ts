import { launchBrowser } from '../../support/browser.ts';
import { defaultSize, type Engine, type EnginePage, type Key, type Size } from './engine.ts';
import { findElement, type Target } from './find-element.ts';

/** Chromium (Debian's, see test/support/browser.ts) through playwright-core. */
export async function launchChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    async newPage(size: Size = defaultSize): Promise<EnginePage> {
      // A new context is a fresh profile. Clipboard permissions as a reader who clicked "Allow" would give them.
      const context = await browser.newContext({ viewport: size, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      return {
        engine: 'chromium',
        goto: async (url) => {
          await page.goto(url);
        },
        reload: async () => {
          await page.reload();
        },
        // Arguments are plain JSON, which Playwright passes as they are (its types allow for handles too).
        evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
        click: async (target: Target) => {
          const handle = await page.evaluateHandle(findElement, target);
          const element = handle.asElement();
          if (!element) throw new Error(`not an element: ${JSON.stringify(target)}`);
          // At the element's middle, where findElement left it, as a reader clicks: Playwright's own click would scroll
          // a sticky header's link "into view" first, moving the page under it.
          const box = await element.boundingBox();
          if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          else await element.click();
        },
        type: (text) => page.keyboard.type(text),
        press: (key: Key) => page.keyboard.press(key),
        paste: () => page.keyboard.press('Control+V'),
        setViewport: (next) => page.setViewportSize(next),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
