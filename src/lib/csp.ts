/**
 * The site's Content-Security-Policy, spelled here only. Every page gets its own (src/lib/built-page.ts writes it into
 * the page after the build, from what the page holds); the deploy headers send one for the whole site (src/lib/deploy/).
 * `img-src data:` is for the favicon, inlined so that a first visit makes no request for it.
 */
export const contentSecurityPolicy = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** Directives that a `<meta>` policy cannot carry, so only the deploy headers have them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** What a page runs, as its policy must allow it: the hashes (`sha256-…`) of its inline scripts and styles. */
export interface PageCode {
  scripts: readonly string[];
  styles: readonly string[];
  /** True where a search box is: Pagefind compiles WebAssembly. */
  compilesWebAssembly: boolean;
}

/**
 * A page's policy: the site's directives, and scripts and styles from the site itself plus the page's own inline code,
 * by hash (no other page's: each hash allows code the page never runs, and costs ≈ 50 bytes that gzip cannot shrink).
 * @example getPagePolicy({ scripts: ['sha256-a'], styles: [], compilesWebAssembly: false }) // "default-src 'self'; …; script-src 'self' 'sha256-a'; style-src 'self'"
 */
export function getPagePolicy({ scripts, styles, compilesWebAssembly }: PageCode): string {
  const quoted = (sources: readonly string[]) => sources.map((source) => `'${source}'`);
  const scriptSrc = ['script-src', "'self'", ...(compilesWebAssembly ? ["'wasm-unsafe-eval'"] : []), ...quoted(scripts)];
  const styleSrc = ['style-src', "'self'", ...quoted(styles)];
  return [...contentSecurityPolicy, scriptSrc.join(' '), styleSrc.join(' ')].join('; ');
}

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
