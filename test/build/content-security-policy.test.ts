import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/csp.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';

function getPolicy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!content) throw new Error('no Content-Security-Policy <meta>');
  const policy = content.replaceAll('&#39;', "'");
  // A browser ignores a directive given twice (and says so in the console): each must appear once.
  const names = policy.split(';').map((part) => part.trim().split(/\s+/)[0]).filter(Boolean);
  expect(names.length, `directives repeated in ${policy}`).toBe(new Set(names).size);
  return parsePolicy(policy);
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe.each(getBuiltSites())('a strict Content-Security-Policy on every page of the $name', ({ dist }) => {
  it.each(listPages(dist))('%s', (path) => {
    const html = readPage(path, dist);
    const policy = getPolicy(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) {
      expect(policy.get(directive), directive).toContain("'self'");
      expect(policy.get(directive)?.join(' '), directive).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    }
    // Every inline script is allowed by its hash; nothing runs from attributes or inline styles the policy would block.
    const ownHashes = inlineScripts(html).map(hashOf);
    for (const hash of ownHashes) expect(policy.get('script-src')).toContain(hash);
    // …and only they: other pages' scripts are not allowed here (and their hashes would only weigh the page).
    for (const source of policy.get('script-src')?.filter((item) => item.startsWith("'sha256-")) ?? []) expect(ownHashes).toContain(source);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/<style[\s>]/);
    // WebAssembly (Pagefind) only where the search box is.
    expect(policy.get('script-src')?.includes("'wasm-unsafe-eval'")).toBe(html.includes('<kb-search'));
  });
});

describe.each(getBuiltSites())('deploy headers of the $name', ({ dist }) => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');

  it('sends the site policy with frame-ancestors, which a <meta> cannot carry, for every path', () => {
    const rule = /^\/\*\n((?: {2}.+\n)+)/m.exec(headers)?.[1] ?? '';
    const csp = /Content-Security-Policy: (.+)/.exec(rule)?.[1] ?? '';
    const policy = parsePolicy(csp);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // It allows what every page's own policy allows (browsers enforce both), and no more than their sum.
    for (const path of listPages(dist)) {
      for (const [directive, sources] of getPolicy(readPage(path, dist))) {
        for (const source of sources) expect(policy.get(directive), `${path} ${directive}`).toContain(source);
      }
    }
    expect(rule).toContain('X-Content-Type-Options: nosniff');
  });

  it('keeps the service worker uncached and caches hashed assets for good', () => {
    expect(headers).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
