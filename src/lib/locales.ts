/** The site's languages. The id is the same in folders, JSON files and URLs. */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** The one place a locale id becomes a BCP-47 tag (for `<html lang>`, hreflang and `Intl`). */
const languageTags: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** Returns the BCP-47 tag of a locale, e.g. `zh` → `zh-CN`. */
export function getLanguageTag(locale: Locale): string {
  return languageTags[locale];
}

/** Returns the Open Graph form of a locale's tag, e.g. `zh-CN` → `zh_CN`. */
export function getOpenGraphLocale(locale: Locale): string {
  return locale === 'en' ? 'en_US' : getLanguageTag(locale).replace('-', '_');
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Returns the other language of a two-language site. */
export function getOtherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}

/**
 * Picks the site locale that best fits a browser's preference list
 * (`navigator.languages`), or the default when none fits.
 * @example pickLocale(['zh-TW', 'en']) // 'zh'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}
