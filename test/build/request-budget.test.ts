import { describe, expect, it } from 'vitest';
import { getBuiltSites } from '../support/built-sites.ts';
import { listPages, readPage } from '../support/dist.ts';

// A page costs its HTML and at most one stylesheet before the reader does anything: scripts are inline, and islands
// load their code when they are used (test/e2e/page-weight... measures the bytes; `npm run bench` reports them).
describe.each(getBuiltSites())('two requests per page of the $name', ({ dist }) => {
  it.each(listPages(dist))('%s references at most one stylesheet and no script file', (path) => {
    const html = readPage(path, dist);
    expect(html.match(/<link[^>]+rel="stylesheet"/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);
    expect(html).not.toMatch(/rel="(?:modulepreload|preload|prefetch)"/);
  });
});
