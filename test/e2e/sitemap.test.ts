import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

// What a crawler's XML parser sees; test/build/sitemap.test.ts checks the sitemap's content.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

describe('sitemap.xml', () => {
  it('is well-formed XML served as XML, which a browser parses with its namespaced hreflang links', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/robots.txt`);
    const parsed = await page.evaluate(async () => {
      const response = await fetch('sitemap.xml');
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      const urls = doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url');
      return {
        type: response.headers.get('content-type'),
        errors: doc.getElementsByTagName('parsererror').length,
        urls: urls.length,
        links: [...urls].map((url) => url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length),
      };
    });
    expect(parsed.type).toContain('xml');
    expect(parsed.errors).toBe(0);
    expect(parsed.urls).toBeGreaterThan(0);
    // Every URL but the chooser at / lists its alternates (the build test checks which).
    expect(parsed.links.filter((count) => count === 0)).toHaveLength(1);
  });
});
