import { afterAll, describe, expect, it } from 'vitest';
import { assembleFixture } from '../support/content-fixtures.ts';
import { buildSite } from '../support/build-site.ts';
import { removeTempDir } from '../support/temp.ts';

// The real build over defect fixtures, for the messages Astro itself writes: its schema errors and the paragraph
// plugin's. Our own content rules are unit-tested with their exact messages (test/unit/content-rules*.test.ts); that
// valid content builds is shown by the fixture site's build, which every build and e2e run starts with.
const made: string[] = [];

async function build(defect: string) {
  const contentDir = assembleFixture(defect);
  const result = await buildSite({ CONTENT_DIR: contentDir }, `content-${defect}-build`);
  made.push(contentDir, result.workDir);
  return result;
}

afterAll(() => {
  for (const dir of made) removeTempDir(dir);
});

// Each build runs in its own copy of the project (test/support/build-site.ts), so the six run side by side.
describe.concurrent('the build over bad content', () => {
  it.each([
    ['missing-title', /zh\/mistakes\/alpha\.mdx[\s\S]*title[\s\S]*Required|zh\/mistakes\/alpha data does not match collection schema[\s\S]*title/],
    ['unknown-field', /en\/mistakes\/alpha data does not match collection schema[\s\S]*titel/],
    ['wrong-type-number', /en\/mistakes\/beta data does not match collection schema[\s\S]*number/],
    ['paragraph-count-mismatch', /zh\/mistakes\/beta\.mdx: the body has 2 paragraphs but front matter "paragraphs" lists 1 id \(p-2-1\)/],
    // One of our own rules, to prove the build runs them (content-query.ts): the rest need no build.
    ['one-language-only', /The content has 1 problem:\n {2}- \S*en\/mistakes\/gamma\.mdx: exists in en only; add its translation \S*zh\/mistakes\/gamma\.mdx/],
    // The Chinese punctuation rule, applied only in tests until the build ran it (issue 20).
    ['half-width-punctuation', /zh\/mistakes\/beta\.mdx: paragraph p-2-1: half-width "," in "业认为,客户都" \(Chinese text takes "，"\)/],
  ])('stops on %s, naming the file and the problem', async (defect, message) => {
    const { status, output } = await build(defect);
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
  });
});
