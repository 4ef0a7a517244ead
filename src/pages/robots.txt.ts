import type { APIRoute } from 'astro';
import { toAbsoluteUrl } from '../lib/base-path.ts';
import { toRobotsTxt } from '../lib/sitemap.ts';

/** `/robots.txt`, under the base path too (crawlers only read it at a host's root: a sub-path site's host links it there). */
export const GET: APIRoute = ({ site }) =>
  new Response(toRobotsTxt(toAbsoluteUrl('/sitemap.xml', site ?? '')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
