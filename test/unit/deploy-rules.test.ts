import { describe, expect, it } from 'vitest';
import { toHeadersFile } from '../../src/lib/deploy/headers-file.ts';
import { toNginxConf } from '../../src/lib/deploy/nginx.ts';
import { getDeployRules } from '../../src/lib/deploy/rules.ts';

const rules = getDeployRules({ base: '/kb/', serviceWorkerFile: 'sw.js', contentSecurityPolicy: "default-src 'self'; frame-ancestors 'none'" });

describe('the deploy rules, written for each host from one source', () => {
  it('say the security headers once for every path in _headers, which hosts add up per path', () => {
    expect(toHeadersFile(rules)).toBe(
      [
        '/kb/*',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '/kb/sw.js',
        '  Cache-Control: no-cache',
        '/kb/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });

  it('repeat them in every nginx location, which does not inherit add_header into a location with its own', () => {
    const conf = toNginxConf(rules);
    const locations = conf.split(/^location /m).slice(1);
    expect(locations.length).toBeGreaterThan(5);
    const missing = locations.filter(
      (block) =>
        !block.includes(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`) ||
        !block.includes('add_header X-Content-Type-Options "nosniff" always;'),
    );
    expect(missing).toEqual([]);
    expect(conf).toContain('location = /kb/sw.js {');
    expect(conf).toContain('add_header Cache-Control "no-cache" always;');
    expect(conf).toMatch(/location ~ \\\.webmanifest\$ \{[^}]*types \{ \}\n {4}default_type application\/manifest\+json;/);
    expect(conf).toMatch(/location \/kb\/zh-tw\/ \{[^}]*error_page 404 \/kb\/zh-hant\/404\.html;/);
  });
});
