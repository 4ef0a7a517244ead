import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

// Test files of a project run one after another in a few long-lived workers (isolate: false in test/vitest.config.ts):
// one Chromium per worker serves them all, instead of a launch per file.
const worker = globalThis as typeof globalThis & { kbChromium?: Promise<Browser> };

async function getWorkerBrowser(): Promise<Browser> {
  // A launch that failed, or a browser that crashed, is replaced rather than handed to every later file.
  const running = await worker.kbChromium?.catch(() => undefined);
  if (running?.isConnected()) return running;
  worker.kbChromium = launchBrowser();
  return worker.kbChromium;
}

/**
 * The worker's Chromium for a whole test file. Returns a getter for it. The file's contexts are closed after its tests,
 * so that no page of one file is still running while the next file's tests look for errors.
 */
export function useSharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await getWorkerBrowser();
  });
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet: call the getter inside a test');
    return browser;
  };
}
