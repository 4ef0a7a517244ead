import type { APIRoute } from 'astro';
import { buildWebManifest } from '../../lib/web-manifest.ts';
import { getLocalePaths } from '../../lib/static-paths.ts';
import type { Locale } from '../../lib/locales.ts';
import { useTranslations } from '../../i18n/index.ts';

export const getStaticPaths = getLocalePaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale } }) => {
  const t = useTranslations(locale);
  const manifest = buildWebManifest(locale, import.meta.env.BASE_URL, { name: t('site.name'), shortName: t('site.shortName'), description: t('site.description') });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
