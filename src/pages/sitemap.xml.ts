import type { APIRoute } from 'astro';
import { getArticle } from '../lib/content-query.ts';
import { toAbsoluteUrl } from '../lib/base-path.ts';
import { defaultLocale } from '../lib/locales.ts';
import { getIndexablePaths, getSitemapEntries, toSitemapXml } from '../lib/sitemap.ts';

/** `/sitemap.xml`: every indexable page in every language, with hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const { mistakes } = await getArticle(defaultLocale);
  const paths = getIndexablePaths(mistakes.map((mistake) => mistake.data.slug));
  const xml = toSitemapXml(getSitemapEntries(paths, (path) => toAbsoluteUrl(path, site ?? '')));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
