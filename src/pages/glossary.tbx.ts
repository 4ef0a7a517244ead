import type { APIRoute } from 'astro';
import { getTbx } from '../lib/translation/aligned-files.ts';

/** `/glossary.tbx`: the glossary as a TBX-Basic termbase. */
export const GET: APIRoute = async () => new Response(await getTbx(), { headers: { 'Content-Type': 'application/x-tbx+xml; charset=utf-8' } });
