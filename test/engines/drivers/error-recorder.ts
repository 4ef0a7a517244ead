import { afterEach, expect } from 'vitest';
import type { EnginePage } from './engine.ts';

/** sessionStorage key of the recorded errors: it survives navigations and reloads within a tab, and its iframes. */
const storageKey = 'kb-test-errors';

/**
 * Records, in every page the test server sends, what a reader's browser would show in its console as an error: uncaught
 * errors, failed resources (scripts, styles, images), unhandled promise rejections, `console.error` and CSP violations.
 * WebKit's driver has no log endpoint and no BiDi, so this is how all three engines report errors, alike (the drivers' own
 * listeners would also report, in two engines only, what a page left behind as the reader moved on). It runs first in
 * `<head>`, before the page's own scripts and before a `<meta>` content security policy, which applies only after it.
 */
function recordErrors(key: string): void {
  // Once the reader leaves, requests still under way are cut off and their code may complain: nobody sees that. Firefox
  // cuts them off as soon as the next page is asked for, before pagehide: beforeunload marks that moment.
  let leaving = false;
  addEventListener('beforeunload', () => (leaving = true));
  addEventListener('pagehide', () => (leaving = true));
  addEventListener('pageshow', () => (leaving = false));
  const record = (text: string) => {
    if (leaving) return;
    const entry = `${location.pathname}: ${text}`;
    try {
      const entries: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
      sessionStorage.setItem(key, JSON.stringify([...(Array.isArray(entries) ? entries : []), entry]));
    } catch (error) {
      // Storage refused (quota, privacy settings): keep the entry on the window, where errorsOf still finds it.
      const holder = window as unknown as Record<string, string[]>;
      holder[key] = [...(holder[key] ?? []), entry, `recorder: ${String(error)}`];
    }
  };
  addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) record(`uncaught ${event.message}`);
      // A preload is a hint: Firefox fails a modulepreload of a module it has already loaded, and a file that is really
      // missing fails the import that needs it, which is recorded.
      else if (event.target instanceof HTMLLinkElement && /\b(module)?preload\b/.test(event.target.rel)) return;
      else if (event.target instanceof Element)
        record(`failed to load ${event.target.getAttribute('src') ?? event.target.getAttribute('href') ?? event.target.tagName}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) =>
    record(`unhandled rejection ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`),
  );
  addEventListener('securitypolicyviolation', (event) => record(`content security policy: ${event.violatedDirective} blocked ${event.blockedURI}`));
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    record(`console.error ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
}

/** The recorder as an inline script, for the test server to put at the start of `<head>`. */
export const errorRecorderScript = `<script>(${recordErrors.toString()})(${JSON.stringify(storageKey)})</script>`;

/** Every error recorded in this tab since it opened (all pages it visited), as `<path>: <what happened>`. */
export function errorsOf(page: EnginePage): Promise<string[]> {
  return page.evaluate((key) => {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    const held = (window as unknown as Record<string, string[] | undefined>)[key] ?? [];
    return [...(Array.isArray(stored) ? stored.map(String) : []), ...held];
  }, storageKey);
}

/** Returns the errors recorded in this tab and forgets them, so that the next test starts with none. */
export function takeErrorsOf(page: EnginePage): Promise<string[]> {
  return page.evaluate((key) => {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    const holder = window as unknown as Record<string, string[] | undefined>;
    const taken = [...(Array.isArray(stored) ? stored.map(String) : []), ...(holder[key] ?? [])];
    sessionStorage.removeItem(key);
    holder[key] = [];
    return taken;
  }, storageKey);
}

/**
 * After each test of the enclosing block, the page it used recorded no error: a failure names the test that caused it,
 * and a file run alone still checks it (a last `it('recorded no errors')` passed when run on its own).
 */
export function expectNoErrorsAfterEach(page: () => EnginePage): void {
  afterEach(async () => {
    expect(await takeErrorsOf(page()), 'errors a reader would see in the console').toEqual([]);
  });
}
