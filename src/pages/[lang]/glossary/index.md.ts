import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocaleStaticPaths } from '../../../lib/content-query.ts';
import type { Locale } from '../../../lib/locales.ts';
import { getGlossaryMarkdown } from '../../../lib/translation/markdown-pages.ts';

export const getStaticPaths = (() => getLocaleStaticPaths()) satisfies GetStaticPaths;

/** `/{lang}/glossary/index.md`: the glossary as plain Markdown. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) =>
  new Response(await getGlossaryMarkdown(props.locale, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
