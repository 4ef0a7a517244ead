import { describe, expect, it } from 'vitest';
import { getSiteUrlWarning, siteUrlPlaces } from '../../src/integrations/site-url-warning.ts';

describe('a production build without SITE_URL', () => {
  it('is warned, naming every place that embeds the address and the placeholder they get', () => {
    const warning = getSiteUrlWarning(undefined, 'http://localhost:4321') ?? '';
    expect(warning).toMatch(/^SITE_URL is not set: /);
    for (const place of siteUrlPlaces) expect(warning).toContain(place);
    expect(warning).toContain('point to http://localhost:4321');
  });

  it('is not warned when SITE_URL is set', () => {
    expect(getSiteUrlWarning('https://kb.example.org', 'http://localhost:4321')).toBeUndefined();
  });
});
