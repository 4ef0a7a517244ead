import { joinBase } from './base-path.ts';
import { getHomePath } from './locale-path.ts';
import { getLanguageTag, type Locale } from './locales.ts';

/** Colours of the installed app's splash screen and title bar; the same as site.css (light) and the favicon. */
export const themeColor = '#155e75';
const backgroundColor = '#fdfcf9';

/** Path of a locale's web app manifest, e.g. `/zh/manifest.webmanifest`. */
export function getManifestPath(locale: Locale): string {
  return `${getHomePath(locale)}manifest.webmanifest`;
}

interface ManifestStrings {
  name: string;
  shortName: string;
  description: string;
}

/**
 * The web app manifest of one language: installing from a Chinese page gives a Chinese app that opens on /zh/.
 * Both share one scope (the whole site), so the installed app follows the language switch.
 */
export function buildWebManifest(locale: Locale, base: string, strings: ManifestStrings) {
  const icon = (file: string) => joinBase(base, `/icons/${file}`);
  return {
    id: joinBase(base, getHomePath(locale)),
    name: strings.name,
    short_name: strings.shortName,
    description: strings.description,
    lang: getLanguageTag(locale),
    dir: 'ltr',
    start_url: joinBase(base, getHomePath(locale)),
    scope: joinBase(base, '/'),
    display: 'standalone',
    background_color: backgroundColor,
    theme_color: themeColor,
    icons: [
      { src: icon('icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: icon('icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: icon('icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
