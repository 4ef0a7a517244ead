import puppeteer from 'puppeteer-core';
import { defaultSize, type Engine, type EnginePage, type Key, type Size } from './engine.ts';
import { findElement, type Target } from './find-element.ts';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no download step: it drives the installed browser). */
export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  return {
    name: 'firefox',
    async newPage(size: Size = defaultSize): Promise<EnginePage> {
      // A user context is Firefox's container: its own storage, cache and service workers.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // Set explicitly: the default viewport did not apply, and the window stayed 1366×682.
      await page.setViewport(size);
      return {
        engine: 'firefox',
        goto: async (url) => {
          await page.goto(url);
        },
        reload: async () => {
          await page.reload();
        },
        // Arguments are plain JSON, which puppeteer passes as they are (its types allow for handles too).
        evaluate: async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => (await page.evaluate(fn as (arg: unknown) => unknown, arg)) as R,
        click: async (target: Target) => {
          const element = await page.evaluateHandle(findElement, target);
          await element.click();
        },
        type: (text) => page.keyboard.type(text),
        press: (key: Key) => page.keyboard.press(key),
        paste: async () => {
          await page.keyboard.down('Control');
          await page.keyboard.press('v');
          await page.keyboard.up('Control');
        },
        setViewport: (next) => page.setViewport(next),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
