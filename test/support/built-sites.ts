import { inject } from 'vitest';
import { fixtureContentDir } from './fixture-site.ts';
import { readSiteContent, type SiteContent } from './site-content.ts';

/** A site built for the build tests: its dist/ and the content it was built from. */
export interface BuiltSite {
  name: string;
  dist: string;
  content: SiteContent;
}

/**
 * The sites the build tests check the mechanics of: the fixture site, plus a large generated one when the run was given
 * its content (KB_TESTS_LARGE_CONTENT, built by test/support/serve-fixture-site.ts). Use with `describe.each`.
 */
export function getBuiltSites(): BuiltSite[] {
  const sites: BuiltSite[] = [{ name: 'fixture site', dist: inject('fixtureDist'), content: readSiteContent(fixtureContentDir) }];
  const large = inject('largeSite');
  if (large) sites.push({ name: 'large site', dist: large.dist, content: readSiteContent(large.contentDir) });
  return sites;
}
