import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { recordCspViolations } from './csp-violations.ts';

/** The tests' Chromium: Debian's headless shell, the same engine as its desktop build at a third of the cost per page. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium({ build: 'shell' });
}

/**
 * Opens a page in a fresh context; any request to another origin fails the page.
 * The service worker is blocked unless a test asks for it (`serviceWorkers: 'allow'`): a worker taking over mid-test
 * would answer requests that the test routes or counts.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; foreignRequests: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block', ...options });
  // Every e2e test doubles as a Content-Security-Policy test: test/e2e/no-csp-violations.ts fails it on any violation.
  await recordCspViolations(context);
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreignRequests.push(request.url());
  });
  return { page, foreignRequests };
}
