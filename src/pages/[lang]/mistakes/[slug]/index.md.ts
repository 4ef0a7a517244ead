import type { APIRoute, GetStaticPaths } from 'astro';
import { getMistakeStaticPaths, type MistakeEntry } from '../../../../lib/content-query.ts';
import type { Locale } from '../../../../lib/locales.ts';
import { getMistakeMarkdown } from '../../../../lib/translation/markdown-pages.ts';

export const getStaticPaths = (() => getMistakeStaticPaths()) satisfies GetStaticPaths;

/** `/{lang}/mistakes/{slug}/index.md`: a mistake page as plain Markdown. */
export const GET: APIRoute<{ locale: Locale; mistake: MistakeEntry }> = async ({ props, site }) =>
  new Response(await getMistakeMarkdown(props.locale, props.mistake, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
