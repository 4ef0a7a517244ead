/**
 * Our part of every page's Content-Security-Policy. Astro writes `script-src` and `style-src` itself, with `'self'` and a
 * hash for each script and style of the page; pages that search add `'wasm-unsafe-eval'` (Pagefind's WebAssembly).
 * `img-src data:` is for the favicon, inlined so that a first visit makes no request for it.
 */
export const contentSecurityPolicy = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** Directives that a `<meta>` policy cannot carry, so only the deploy headers have them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Splits a policy into its directives, each a name and its sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name)) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy that allows what any of the given policies allows (sources joined per directive), for a site-wide header:
 * a browser enforces it together with each page's own `<meta>` policy, so each page stays as strict as its own.
 * @example mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) // "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      merged.set(name, known);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export interface HeaderRule {
  /** A path pattern as Netlify and Cloudflare Pages read it, e.g. `/*` or `/_astro/*`. */
  path: string;
  headers: Record<string, string>;
}

/** Writes a `_headers` file (the format Netlify and Cloudflare Pages read): each path, then its headers indented. */
export function toHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}

/**
 * A page's policy without the hashes of inline code it does not carry. Astro lists in each page's policy the hashes of
 * every inline script and style of the site, and of its own island runtime (unused here); each costs ≈ 50 bytes that
 * gzip cannot shrink, and allows code the page never runs. `onPage` holds sources as the policy writes them, `sha256-…`.
 * @example narrowPolicy("script-src 'self' 'sha256-a' 'sha256-b'", new Set(['sha256-a'])) // "script-src 'self' 'sha256-a'"
 */
export function narrowPolicy(policy: string, onPage: ReadonlySet<string>): string {
  return policy.replace(/ (?:'|&#39;)(sha256-[A-Za-z0-9+/=]+)(?:'|&#39;)/g, (source, hash: string) => (onPage.has(hash) ? source : ''));
}
