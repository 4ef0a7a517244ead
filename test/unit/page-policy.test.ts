import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { finishPage } from '../../src/lib/built-page.ts';
import { getPagePolicy, parsePolicy } from '../../src/lib/csp.ts';

const hashOf = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('a page’s policy', () => {
  it('allows the site’s own files and exactly the given inline code, and WebAssembly only where asked', () => {
    const policy = parsePolicy(getPagePolicy({ scripts: ['sha256-a'], styles: [], compilesWebAssembly: false }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(parsePolicy(getPagePolicy({ scripts: [], styles: ['sha256-b'], compilesWebAssembly: true })).get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
  });
});

describe('finishing a built page', () => {
  it('writes one policy, first after the charset, listing the page’s own inline scripts and styles only', () => {
    const html = page('<script>one()</script><script src="/x.js"></script><style>p{}</style>', '<template><script>two()</script></template>');
    const { html: finished, policy } = finishPage(html);
    expect(parsePolicy(policy).get('script-src')).toEqual(["'self'", `'${hashOf('one()')}'`, `'${hashOf('two()')}'`]);
    expect(parsePolicy(policy).get('style-src')).toEqual(["'self'", `'${hashOf('p{}')}'`]);
    expect(finished).toContain(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>`);
  });

  it('replaces a policy the page already had, so a page never carries two', () => {
    const { html } = finishPage(page(`<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`));
    expect(html.match(/content-security-policy/gi)).toHaveLength(1);
    expect(html).not.toContain('unsafe-inline');
  });

  it('allows WebAssembly and marks the search boxes only on pages that have one, and reads markup, not text that looks like it', () => {
    const withBox = finishPage(page('', '<kb-search data-mode="panel"></kb-search>'), { searchAttribute: 'data-index-whole' });
    expect(withBox.html).toContain('<kb-search data-index-whole data-mode="panel">');
    expect(withBox.policy).toContain("'wasm-unsafe-eval'");
    const textOnly = finishPage(page('', '<p>&lt;kb-search data-mode="x"&gt;</p><!-- <kb-search > -->'), { searchAttribute: 'data-index-whole' });
    expect(textOnly.html).not.toContain('data-index-whole');
    expect(textOnly.policy).not.toContain('wasm-unsafe-eval');
  });

  it('keeps Chinese text and everything it does not own byte for byte', () => {
    const html = page('<link rel="stylesheet" href="/a.css">', '<p title="“引号” &amp; \'">企业客户细分 𠀀 常犯的错误</p>');
    const { html: finished, policy } = finishPage(html);
    expect(finished.replace(`<meta http-equiv="content-security-policy" content="${policy}">`, '')).toBe(html);
  });
});
