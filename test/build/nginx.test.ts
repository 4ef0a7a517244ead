import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getLanguageTag, getLocaleAliases, locales } from '../../src/lib/locales.ts';
import { listPages } from '../support/dist.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { makeTempDir } from '../support/temp.ts';

/** The `_headers` file as path → headers (the build writes it; Netlify and Cloudflare Pages read it). */
function readHeadersFile(dist: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) rules.set(line, (current = {}));
    else {
      const [name = '', ...value] = line.trim().split(': ');
      current[name] = value.join(': ');
    }
  }
  return rules;
}

// The build's nginx.conf under a real nginx (Debian's, with its own mime.types), as issue 20 found the README's rules
// failing: add_header is not inherited into locations with their own, and nginx has no type for .webmanifest.
describe.each([
  { name: 'fixture site', dist: inject('fixtureDist'), base: '/' },
  { name: 'fixture site under /kb/', dist: inject('fixtureSubPathDist'), base: '/kb/' },
])('the generated nginx.conf serving the $name', ({ dist, base }) => {
  let origin = '';
  let stop = async (): Promise<void> => undefined;
  const headers = readHeadersFile(dist);
  const security = headers.get(`${base}*`) ?? {};
  const get = (path: string) => fetch(`${origin}${base}${path.replace(/^\//, '')}`, { redirect: 'manual' });

  beforeAll(async () => {
    // With a base path, nginx's root is the folder that holds the site under that name.
    const root = base === '/' ? dist : makeTempDir('nginx-root');
    if (base !== '/') symlinkSync(dist, join(root, base.slice(1, -1)));
    ({ origin, stop } = await serveWithNginx(root, join(dist, 'nginx.conf')));
  });
  afterAll(() => stop());

  it('sends every page, file and 404 the security headers _headers declares', async () => {
    expect(Object.keys(security)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']);
    const asset = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.css'));
    const paths = [
      ...listPages(dist),
      '/sw.js',
      `/_astro/${asset}`,
      '/en/manifest.webmanifest',
      '/pagefind/en/pagefind-entry.json',
      '/robots.txt',
      '/en/no-such-page/',
      '/no-such-page',
    ];
    const offenders: string[] = [];
    for (const path of paths) {
      const response = await get(path);
      for (const [name, value] of Object.entries(security)) {
        if (response.headers.get(name) !== value) offenders.push(`${path} (${response.status}): ${name} is ${response.headers.get(name)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('sends the caching rules _headers declares for the service worker and the hashed files', async () => {
    const asset = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.js'));
    expect((await get('/sw.js')).headers.get('cache-control')).toBe(headers.get(`${base}sw.js`)?.['Cache-Control']);
    expect((await get(`/_astro/${asset}`)).headers.get('cache-control')).toBe(headers.get(`${base}_astro/*`)?.['Cache-Control']);
    expect(headers.get(`${base}sw.js`)?.['Cache-Control']).toBe('no-cache');
  });

  it('serves the web manifest as application/manifest+json, which Debian’s nginx does not know', async () => {
    const response = await get('/en/manifest.webmanifest');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/manifest+json');
  });

  it('answers a missing path with the 404 page of its language, aliases included, and the site-wide one elsewhere', async () => {
    const prefixes = locales.flatMap((locale) => [locale, ...getLocaleAliases(locale)].map((prefix) => ({ prefix, locale })));
    for (const { prefix, locale } of prefixes) {
      const response = await get(`/${prefix}/no-such-page/`);
      expect(response.status, prefix).toBe(404);
      expect(await response.text(), prefix).toContain(`<html lang="${getLanguageTag(locale)}">`);
    }
    const elsewhere = await get('/no-such-page/');
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.text()).toContain('<html lang="en">');
  });

  it('redirects a folder’s address without its slash to it, as other static hosts do', async () => {
    const response = await get('/en/search');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${base}en/search/`);
  });

  it('keeps its own rules to itself: nginx.conf and _headers are not served', async () => {
    expect((await get('/nginx.conf')).status).toBe(404);
    expect((await get('/_headers')).status).toBe(404);
  });
});
