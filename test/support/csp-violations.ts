import type { BrowserContext, Page } from 'playwright-core';

/** Every Content-Security-Policy violation seen in pages opened through openPage, since the last take. */
const seen: string[] = [];

/**
 * Records CSP violations in a context's pages: the `securitypolicyviolation` event (reported to the console by a script
 * the browser injects, which no policy blocks) and Chromium's own console errors about the policy.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on('page', (page: Page) => watch(page));
  for (const page of context.pages()) watch(page);
}

function watch(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(message.text())) seen.push(`${page.url()}: ${message.text()}`);
  });
}

/** Returns and forgets the violations recorded so far. */
export function takeCspViolations(): string[] {
  return seen.splice(0);
}
