import { expect } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { Locale } from '../../../src/lib/locales.ts';
import type { EnginePage } from '../drivers/engine.ts';

/** The self-check island's announced result, in any engine. */
export function readSelfCheckStatus(page: EnginePage): Promise<string> {
  return page.evaluate(() => document.querySelector('kb-self-check [role="status"]')?.textContent ?? '', null);
}

/** The island says what to do before any answer: it has loaded and read the stored answers. */
export async function waitForSelfCheck(page: EnginePage, locale: Locale): Promise<void> {
  await expect.poll(() => readSelfCheckStatus(page)).toBe(useTranslations(locale)('selfCheck.result.empty'));
}
