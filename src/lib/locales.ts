/** What the site knows about one of its languages (or script variants). Adding a locale is adding a row here. */
interface LocaleDefinition {
  /** BCP-47 tag: `<html lang>`, hreflang and `Intl`. */
  readonly tag: string;
  /** Open Graph's form of the tag (`og:locale`). */
  readonly openGraph: string;
  /** Browser language tags (lower case) this locale serves; the longest match wins, so `zh-tw` beats `zh`. */
  readonly matches: readonly string[];
  /** The language the parallel view puts beside this one. */
  readonly parallelWith: string;
  /** For a script variant: the locale whose content it is converted from at build time (e.g. `zh-hant` from `zh`). */
  readonly convertedFrom?: string;
  /** For a script variant: how its source's text is converted, a name in src/lib/text-conversions.ts. */
  readonly conversion?: string;
  /** Other URL prefixes readers type for it (`/zh-tw/`), served as redirects. */
  readonly aliases?: readonly string[];
  /**
   * For a locale with content of its own: the Unicode script it is written in (`Latin`, `Han`), which search routes
   * queries by and the glossary checks that locale's side of each term against.
   */
  readonly script?: string;
  /**
   * For a locale with content of its own: a common word of its text. Preloading it fetches the locale's search index
   * where the index is one file (a word outside the words that file spans, by code point, would fetch nothing).
   */
  readonly searchProbe?: string;
  /**
   * For a locale whose written content is a translation: the written locale it translates (`en` translates `zh`). The
   * drift guard fingerprints that text for each translated segment; the terminology check compares the two.
   */
  readonly translates?: string;
}

const localeTable = {
  en: { tag: 'en', openGraph: 'en_US', matches: ['en'], parallelWith: 'zh', script: 'Latin', searchProbe: 'a', translates: 'zh' },
  zh: { tag: 'zh-CN', openGraph: 'zh_CN', matches: ['zh', 'zh-hans', 'zh-cn', 'zh-sg'], parallelWith: 'en', script: 'Han', searchProbe: '的' },
  'zh-hant': {
    tag: 'zh-Hant',
    openGraph: 'zh_TW',
    matches: ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
    parallelWith: 'en',
    convertedFrom: 'zh',
    conversion: 'simplified-to-traditional',
    aliases: ['zh-tw', 'zh-hk'],
  },
} as const satisfies Record<string, LocaleDefinition>;

/** A locale id: the same in folders, JSON file names and URLs. */
export type Locale = keyof typeof localeTable;

/** A locale whose content is written (content/<locale>/), not converted: each has a side in every glossary term. */
export type ContentLocale = { [L in Locale]: (typeof localeTable)[L] extends { convertedFrom: string } ? never : L }[Locale];

/** Every locale of the site, in the order the language switch and the chooser list them. */
export const locales = Object.keys(localeTable) as Locale[];

export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeTable, value);
}

/** Returns the BCP-47 tag of a locale, e.g. `zh` → `zh-CN`: the one place an id becomes a tag. */
export function getLanguageTag(locale: Locale): string {
  return localeTable[locale].tag;
}

/** Returns the Open Graph form of a locale, e.g. `zh` → `zh_CN`. */
export function getOpenGraphLocale(locale: Locale): string {
  return localeTable[locale].openGraph;
}

/** Returns every locale but this one, in site order: the language switch's choices. */
export function getOtherLocales(locale: Locale): Locale[] {
  return locales.filter((other) => other !== locale);
}

/** Returns the locale whose content a script variant is converted from, or undefined for a locale with content of its own. */
export function getSourceLocale(locale: Locale): Locale | undefined {
  const definition: LocaleDefinition = localeTable[locale];
  return isLocale(definition.convertedFrom) ? definition.convertedFrom : undefined;
}

/** Returns the locale whose written content a locale shows: its own, or its source's for a script variant (zh-hant → zh). */
export function getWrittenLocale(locale: Locale): ContentLocale {
  const written = getSourceLocale(locale) ?? locale;
  // A variant of a variant has no text of its own to convert: the table must name a written locale.
  if (!isContentLocale(written))
    throw new Error(`src/lib/locales.ts: ${locale} is converted from ${written}, which is itself converted; name a locale with content of its own`);
  return written;
}

function isContentLocale(locale: Locale): locale is ContentLocale {
  return getSourceLocale(locale) === undefined;
}

/** The locales whose content is written (content/<locale>/), not converted. */
export const contentLocales: ContentLocale[] = locales.filter(isContentLocale);

/** Script variants: each converted locale and its source, e.g. `{ from: 'zh', to: 'zh-hant' }`. */
export const scriptVariants = locales.flatMap((to) => {
  const from = getSourceLocale(to);
  return from ? [{ from, to }] : [];
});

/** A written translation and the written locale it translates, e.g. `{ source: 'zh', target: 'en' }`. */
export interface TranslationPair {
  source: ContentLocale;
  target: ContentLocale;
}

/** Returns the written locale a locale's content translates (`en` → `zh`), or undefined for an original or a script variant. */
export function getTranslatedLocale(locale: Locale): ContentLocale | undefined {
  const definition: LocaleDefinition = localeTable[locale];
  const source = definition.translates;
  if (source === undefined) return undefined;
  // The drift guard reads the source's files and the glossary's side of it: only a locale with content of its own has them.
  if (!isContentLocale(locale) || !isLocale(source) || !isContentLocale(source) || source === locale)
    throw new Error(`src/lib/locales.ts: ${locale} translates ${source}; both must be other locales with content of their own (no convertedFrom)`);
  return source;
}

/** Every written translation and what it translates, in site order: the pairs the drift guard and the terminology check watch. */
// Pure: the browser's bundles, which import this file but never the pairs, leave the build-time check out.
export const translationPairs: TranslationPair[] = /* @__PURE__ */ locales.flatMap((target) => {
  const source = getTranslatedLocale(target);
  return source && isContentLocale(target) ? [{ source, target }] : [];
});

/** The language the build's and the tools' messages are written in, which names the site's languages in them. */
const messageLanguage = 'en';

/**
 * Returns a locale's language as the build's messages name it, from its tag: `zh` (zh-CN) → `Chinese`, `en` → `English`.
 * The language alone: a message says "the Chinese", not "the Chinese (China)".
 */
export function getLanguageName(locale: Locale): string {
  const language = new Intl.Locale(getLanguageTag(locale)).language;
  return new Intl.DisplayNames([messageLanguage], { type: 'language' }).of(language) ?? language;
}

/** Returns the other URL prefixes of a locale (`zh-tw` for `zh-hant`), which redirect to it. */
export function getLocaleAliases(locale: Locale): readonly string[] {
  const definition: LocaleDefinition = localeTable[locale];
  return definition.aliases ?? [];
}

/** Returns the Unicode script a locale's own content is written in (`Han` for `zh`), or undefined for a script variant. */
export function getContentScript(locale: Locale): string | undefined {
  const definition: LocaleDefinition = localeTable[locale];
  return definition.script;
}

/** Returns the name of the conversion that makes a script variant's text from its source's (src/lib/text-conversions.ts). */
export function getConversion(locale: Locale): string | undefined {
  const definition: LocaleDefinition = localeTable[locale];
  return definition.conversion;
}

/** Returns a common word of a locale's written text, whose preload fetches its search index (`的` for `zh`). */
export function getSearchProbe(locale: Locale): string | undefined {
  const definition: LocaleDefinition = localeTable[locale];
  return definition.searchProbe;
}

/** Returns the language a parallel view shows beside `locale`. */
export function getParallelLocale(locale: Locale): Locale {
  const other: string = localeTable[locale].parallelWith;
  return isLocale(other) ? other : defaultLocale;
}

/**
 * Picks the site locale that best fits a browser's preference list (`navigator.languages`), or the default:
 * for each preference in order, the locale with the longest matching tag.
 * @example pickLocale(['zh-CN', 'en']) // 'zh'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred.map((entry) => entry.toLowerCase())) {
    let best: { locale: Locale; length: number } | undefined;
    for (const locale of locales) {
      for (const match of localeTable[locale].matches) {
        const fits = tag === match || tag.startsWith(`${match}-`);
        if (fits && match.length > (best?.length ?? 0)) best = { locale, length: match.length };
      }
    }
    if (best) return best.locale;
  }
  return defaultLocale;
}
