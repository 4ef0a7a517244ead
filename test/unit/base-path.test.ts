import { describe, expect, it } from 'vitest';
import { joinBase, pathWithBase, pathWithoutBase, toAbsoluteUrl } from '../../src/lib/base-path.ts';

describe('base path', () => {
  it.each([
    ['/', '/en/', '/en/'],
    ['/kb/', '/en/', '/kb/en/'],
    ['/kb', '/en/', '/kb/en/'],
    ['/kb/', 'en/', '/kb/en/'],
  ])('joinBase(%s, %s) is %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('puts site paths under the configured base (/ in tests)', () => {
    expect(pathWithBase('/en/')).toBe(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/en/`);
  });

  it.each([
    ['/kb/en/', '/kb/', '/en/'],
    ['/en/', '/', '/en/'],
    ['/kbx/en/', '/kb/', '/kbx/en/'],
  ])('pathWithoutBase(%s, %s) is %s', (path, base, expected) => {
    expect(pathWithoutBase(path, base)).toBe(expected);
  });

  it.each([
    ['/en/', 'https://kb.example.org', '/', 'https://kb.example.org/en/'],
    ['/en/', 'https://kb.example.org', '/kb/', 'https://kb.example.org/kb/en/'],
    ['/sitemap.xml', new URL('http://localhost:4321'), '/kb', 'http://localhost:4321/kb/sitemap.xml'],
  ])('toAbsoluteUrl(%s, %s, %s) is %s', (path, site, base, expected) => {
    expect(toAbsoluteUrl(path, site, base)).toBe(expected);
  });
});
