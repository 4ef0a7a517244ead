import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildWebManifest } from '../../lib/web-manifest.ts';
import { getLocaleStaticPaths } from '../../lib/content-query.ts';
import { pathWithBase } from '../../lib/base-path.ts';
import { useTranslations } from '../../i18n/index.ts';

export const getStaticPaths = (() => getLocaleStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { locale } }) => {
  const t = useTranslations(locale);
  const manifest = buildWebManifest(locale, pathWithBase('/'), { name: t('site.name'), shortName: t('site.shortName'), description: t('site.description') });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
