import type { APIRoute } from 'astro';
import { getLlmsTxt } from '../lib/translation/llms-txt.ts';

/** `/llms.txt`: what the site is, and a link to every page as Markdown, in both languages. */
export const GET: APIRoute = async ({ site }) => new Response(await getLlmsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
