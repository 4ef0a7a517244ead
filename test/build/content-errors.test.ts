import { describe, expect, it } from 'vitest';
import { assembleFixture } from '../support/content-fixtures.ts';
import { buildSite } from '../support/build-site.ts';

// The real build over fixture content: bad input must stop it with a message naming the file and the problem.
// Sequential on purpose: Astro writes its prerender chunks inside the project, shared by concurrent builds.
describe('the build stops on bad content', () => {
  it('builds the valid fixture', () => {
    const { status, output } = buildSite({ CONTENT_DIR: assembleFixture() });
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it.each([
    ['missing-title', /zh\/mistakes\/alpha\.mdx[\s\S]*title[\s\S]*Required|zh\/mistakes\/alpha data does not match collection schema[\s\S]*title/],
    ['unknown-field', /en\/mistakes\/alpha data does not match collection schema[\s\S]*titel/],
    ['wrong-type-number', /en\/mistakes\/beta data does not match collection schema[\s\S]*number/],
    ['one-language-only', /en\/mistakes\/gamma\.mdx: exists in en only; add its translation \S*zh\/mistakes\/gamma\.mdx/],
    ['paragraph-count-mismatch', /zh\/mistakes\/beta\.mdx: the body has 2 paragraphs but front matter "paragraphs" lists 1 id \(p-2-1\)/],
    ['paragraph-ids-misaligned', /zh\/mistakes\/alpha\.mdx: paragraphs do not line up: \[p-1-1, p-1-9\] here, \[p-1-1, p-1-2\] in \S*en\/mistakes\/alpha\.mdx/],
    ['broken-internal-link', /en\/mistakes\/beta\.mdx: internal link "\/en\/mistakes\/nowhere\/" points to no page or paragraph/],
    ['duplicate-slug', /en\/mistakes\/alpha\.mdx: slug "alpha" is also used by \S*en\/mistakes\/alpha-copy\.mdx/],
    ['duplicate-number', /en\/mistakes\/beta\.mdx: number 1 is also used by \S*en\/mistakes\/alpha\.mdx/],
    ['self-check-ids-differ', /zh\/mistakes\/alpha\.mdx: self-check questions do not line up: \[q-1-1 \(risky: no, p-1-1\), q-1-3 \(risky: yes\)\] here/],
    ['duplicate-question-id', /en\/mistakes\/beta\.mdx: self-check question id "q-1-1" is also used by \S*en\/mistakes\/alpha\.mdx/],
    ['question-paragraph-missing', /en\/mistakes\/alpha\.mdx: self-check question "q-1-1" points to paragraph "p-1-5", which this mistake does not have/],
  ])('%s', (defect, message) => {
    const { status, output } = buildSite({ CONTENT_DIR: assembleFixture(defect) });
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
  });
});
