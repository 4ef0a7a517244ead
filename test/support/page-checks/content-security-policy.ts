import { createHash } from 'node:crypto';
import { parsePolicy } from '../../../src/lib/csp.ts';
import { listPages, readPage } from '../dist.ts';
import { differs, findOffenders } from './offenders.ts';

/** A page's `<meta>` policy, or a problem: none, or a directive given twice (a browser ignores the second, and says so). */
export function getPagePolicy(html: string): Map<string, string[]> | string {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!content) return 'no Content-Security-Policy <meta>';
  const policy = content.replaceAll('&#39;', "'");
  const names = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/)[0])
    .filter(Boolean);
  if (names.length !== new Set(names).size) return `directives repeated in ${policy}`;
  return parsePolicy(policy);
}

function getInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** What makes a page's policy less strict than ours: anything allowed beyond `'self'` and the page's own inline scripts. */
export function checkPagePolicy(html: string): string[] {
  const policy = getPagePolicy(html);
  if (typeof policy === 'string') return [policy];
  const problems = [
    ...differs('default-src', policy.get('default-src'), ["'self'"]),
    ...differs('object-src', policy.get('object-src'), ["'none'"]),
    ...differs('base-uri', policy.get('base-uri'), ["'self'"]),
    ...differs('form-action', policy.get('form-action'), ["'self'"]),
  ];
  for (const directive of ['script-src', 'style-src']) {
    const sources = policy.get(directive) ?? [];
    if (!sources.includes("'self'")) problems.push(`${directive} lacks 'self'`);
    if (/'unsafe-inline'|'unsafe-eval'|\*|https?:/.test(sources.join(' '))) problems.push(`${directive} allows ${sources.join(' ')}`);
  }
  // Every inline script is allowed by its hash, and only they: other pages' hashes would allow their scripts here.
  const ownHashes = getInlineScripts(html).map(hashOf);
  const scriptSources = policy.get('script-src') ?? [];
  for (const hash of ownHashes) if (!scriptSources.includes(hash)) problems.push(`an inline script's ${hash} is not in script-src`);
  for (const source of scriptSources)
    if (source.startsWith("'sha256-") && !ownHashes.includes(source)) problems.push(`script-src allows ${source}, no script of this page`);
  // Nothing runs from attributes or inline styles, which the policy would block.
  if (/\son[a-z]+=/i.test(html)) problems.push('an on…= event attribute');
  if (/\sstyle="/.test(html)) problems.push('a style="…" attribute');
  if (/<style[\s>]/.test(html)) problems.push('a <style> element');
  // WebAssembly (Pagefind) only where the search box is.
  const wasm = scriptSources.includes("'wasm-unsafe-eval'");
  if (wasm !== html.includes('<kb-search')) problems.push(wasm ? "'wasm-unsafe-eval' without a search box" : "a search box without 'wasm-unsafe-eval'");
  return problems;
}

/** Every page of a built site whose policy is missing or weaker than ours, with what is wrong. */
export function findPolicyOffenders(dist: string): string[] {
  return findOffenders(listPages(dist), (page) => checkPagePolicy(readPage(page, dist)));
}

/** Sources a page's own policy allows that the site-wide header does not (browsers enforce both, so the page would break). */
export function findHeaderPolicyGaps(dist: string, header: Map<string, string[]>): string[] {
  return findOffenders(listPages(dist), (page) => {
    const policy = getPagePolicy(readPage(page, dist));
    if (typeof policy === 'string') return [policy];
    return [...policy].flatMap(([directive, sources]) =>
      sources.filter((source) => !header.get(directive)?.includes(source)).map((source) => `${directive} ${source} is not in the header`),
    );
  });
}
