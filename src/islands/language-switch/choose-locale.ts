import { pickLocale, isLocale, type Locale } from '../../lib/locales.ts';
import { localeStorageKey } from './keep-place.ts';

/** Returns the language a reader chose earlier, if storage holds a valid one. */
export function getRememberedLocale(win: Pick<Window, 'localStorage'>): Locale | undefined {
  try {
    // Reading `localStorage` itself throws where storage is blocked, so it stays inside the try.
    const value = win.localStorage.getItem(localeStorageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined; // Storage can throw when disabled; fall back to the browser's languages.
  }
}

/** Sends the reader from the language chooser to their language: the one they chose before, else the browser's. */
export function redirectToPreferredLocale(win: Window): void {
  const locale = getRememberedLocale(win) ?? pickLocale(win.navigator.languages);
  // Relative to the chooser itself, so the redirect works under any base path.
  win.location.replace(new URL(`${locale}/`, win.location.href).href);
}
