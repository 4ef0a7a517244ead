import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocaleStaticPaths } from '../../../lib/content-query.ts';
import type { Locale } from '../../../lib/locales.ts';
import { getArticleMarkdown } from '../../../lib/translation/markdown-pages.ts';

export const getStaticPaths = (() => getLocaleStaticPaths()) satisfies GetStaticPaths;

/** `/{lang}/article/index.md`: the whole article as plain Markdown. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) =>
  new Response(await getArticleMarkdown(props.locale, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
