import type { Locale } from '../lib/locales.ts';
import en from './en.json';
import zh from './zh.json';
import zhHant from './zh-hant.json';

/** One resource per locale; `en` defines the key set (checked by test/unit/i18n-keys.test.ts). Build time only. */
export const resources: Record<Locale, { translation: Record<string, string> }> = {
  en: { translation: en },
  zh: { translation: zh },
  'zh-hant': { translation: zhHant },
};

export type UiKey = keyof typeof en;
