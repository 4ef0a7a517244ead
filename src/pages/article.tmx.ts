import type { APIRoute } from 'astro';
import { getTmx } from '../lib/translation/aligned-files.ts';

/** `/article.tmx`: the aligned Chinese–English paragraph pairs as a TMX 1.4 translation memory. */
export const GET: APIRoute = async () =>
  new Response(await getTmx(process.env.CONTENT_DIR ?? './content'), { headers: { 'Content-Type': 'application/x-tmx+xml; charset=utf-8' } });
