import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/dist.ts';

// A page costs its HTML and at most one stylesheet before the reader does anything: scripts are inline, and islands
// load their code when they are used (test/e2e/page-weight... measures the bytes; `npm run bench` reports them).
describe('two requests per page', () => {
  it.each(listPages())('%s references at most one stylesheet and no script file', (path) => {
    const html = readPage(path);
    expect(html.match(/<link[^>]+rel="stylesheet"/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);
    expect(html).not.toMatch(/rel="(?:modulepreload|preload|prefetch)"/);
  });
});
