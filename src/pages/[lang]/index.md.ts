import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocaleStaticPaths } from '../../lib/content-query.ts';
import type { Locale } from '../../lib/locales.ts';
import { getHomeMarkdown } from '../../lib/translation/markdown-pages.ts';

export const getStaticPaths = (() => getLocaleStaticPaths()) satisfies GetStaticPaths;

/** `/{lang}/index.md`: the home page as plain Markdown. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) =>
  new Response(await getHomeMarkdown(props.locale, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
