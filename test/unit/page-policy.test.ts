import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/lib/csp.ts';

const sitePolicy = "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-aa+/=' 'sha256-bb' 'sha256-cc';style-src 'self' 'sha256-dd';";

describe('a page’s policy lists its own inline code only', () => {
  it('drops the hashes of inline code the page does not carry, and keeps every other source', () => {
    expect(narrowPolicy(sitePolicy, new Set(['sha256-aa+/=', 'sha256-cc']))).toBe(
      "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-aa+/=' 'sha256-cc';style-src 'self';",
    );
  });

  it('keeps a policy whose hashes are all the page’s own as it is', () => {
    expect(narrowPolicy(sitePolicy, new Set(['sha256-aa+/=', 'sha256-bb', 'sha256-cc', 'sha256-dd']))).toBe(sitePolicy);
  });

  it('reads sources quoted as HTML writes them in an attribute', () => {
    expect(narrowPolicy('script-src &#39;self&#39; &#39;sha256-bb&#39;', new Set())).toBe('script-src &#39;self&#39;');
  });
});
