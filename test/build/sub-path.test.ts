import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../support/dist.ts';
import { fixtureSubPath } from '../support/fixture-site.ts';

// The fixture site built with BASE_PATH=/kb/: its links (links.test.ts), short links (short-links.test.ts) and sitemap
// (sitemap.test.ts) are checked with the rest of their feature; test/e2e/sub-path.test.ts drives it in a browser.
describe(`the build under the sub-path ${fixtureSubPath}`, () => {
  it('has the same pages as the build for the root', () => {
    expect(listPages(inject('fixtureSubPathDist'))).toEqual(listPages(inject('fixtureDist')));
  });
});
