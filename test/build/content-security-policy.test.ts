import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/csp.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { findHeaderPolicyGaps, findPolicyOffenders } from '../support/page-checks/content-security-policy.ts';

describe.each(getBuiltSites())('the Content-Security-Policy of the $name', ({ dist }) => {
  it("every page carries a strict policy: 'self', its own inline scripts' hashes and no more, no inline styles or handlers", () => {
    expect(findPolicyOffenders(dist)).toEqual([]);
  });
});

describe.each(getBuiltSites())('deploy headers of the $name', ({ dist }) => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');

  it('send the site policy with frame-ancestors, which a <meta> cannot carry, for every path', () => {
    const rule = /^\/\*\n((?: {2}.+\n)+)/m.exec(headers)?.[1] ?? '';
    const csp = /Content-Security-Policy: (.+)/.exec(rule)?.[1] ?? '';
    const policy = parsePolicy(csp);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(rule).toContain('X-Content-Type-Options: nosniff');
    // It allows what every page's own policy allows (browsers enforce both), and no more than their sum.
    expect(findHeaderPolicyGaps(dist, policy)).toEqual([]);
  });

  it('keep the service worker uncached and cache hashed assets for good', () => {
    expect(headers).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
