import { inject } from 'vitest';
import { fixtureContentDir } from './fixture-site.ts';
import { readSiteContent, type SiteContent } from './site-content.ts';

/** A site built for the build tests: its dist/ and the content it was built from. */
export interface BuiltSite {
  name: string;
  dist: string;
  /** Generated from the fixture's content, repeated: the same templates and content as the fixture site, a hundred times over. */
  repeatsFixture: boolean;
  content: SiteContent;
}

/**
 * The sites the build tests check the mechanics of: the fixture site, and a large one generated from it (100 mistakes,
 * built by test/support/build-large-site.ts). Use with `describe.each`.
 */
export function getBuiltSites(): BuiltSite[] {
  const sites: BuiltSite[] = [{ name: 'fixture site', dist: inject('fixtureDist'), content: readSiteContent(fixtureContentDir), repeatsFixture: false }];
  const large = inject('largeSite');
  return [...sites, { name: 'large site', dist: large.dist, content: readSiteContent(large.contentDir), repeatsFixture: true }];
}
