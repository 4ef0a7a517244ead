import type { APIRoute } from 'astro';
import { getLlmsFullTxt } from '../lib/translation/llms-txt.ts';

/** `/llms-full.txt`: the whole article as Markdown in English, then in Chinese. */
export const GET: APIRoute = async ({ site }) => new Response(await getLlmsFullTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
