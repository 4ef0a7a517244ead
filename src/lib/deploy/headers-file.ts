import type { DeployRules } from './rules.ts';

/**
 * Writes the rules as a `_headers` file (the format Netlify and Cloudflare Pages read): each path, then its headers
 * indented. Those hosts add up the headers of every rule a path matches, so the security headers are said once, for `/*`.
 * (Cloudflare Pages also serves the nearest `404.html` up the path, which gives each language its own.)
 */
export function toHeadersFile(rules: DeployRules): string {
  const sections: [string, Record<string, string>][] = [
    [`${rules.root}*`, rules.securityHeaders],
    [rules.serviceWorker.path, rules.serviceWorker.headers],
    [`${rules.hashedAssets.prefix}*`, rules.hashedAssets.headers],
  ];
  return sections.map(([path, headers]) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}
