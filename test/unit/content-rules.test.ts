import { describe, expect, it } from 'vitest';
import { assembleFixture, defects, readContentTree } from '../support/content-fixtures.ts';
import { assertValidContent } from '../../src/lib/content-rules/index.ts';

/** What a writer sees when the build stops on the tree: Astro's schema messages first, then our rules' one error. */
function readMessage(defect?: string): string {
  const { files, schemaProblems } = readContentTree(assembleFixture(defect));
  // Astro stops at the first schema failure, before the cross-file rules run; so do we.
  if (schemaProblems.length > 0) return schemaProblems.join('\n');
  try {
    assertValidContent(files);
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The ContentError message listing these problems, in the order the rules report them. */
const contentError = (...problems: string[]) =>
  [`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`, ...problems.map((p) => `  - ${p}`)].join('\n');

// Each defect fixture (test/fixtures/content/defects/) is named after the problem it shows; the message must name the
// file and the problem. Schema messages are formatted by the test helper (the build shows Astro's: test/build/content-errors.test.ts).
const cases: [string, string][] = [
  ['missing-title', 'content/zh/mistakes/alpha.mdx: title: Invalid input: expected string, received undefined'],
  [
    'unknown-field',
    'content/en/mistakes/alpha.mdx: title: Invalid input: expected string, received undefined\ncontent/en/mistakes/alpha.mdx: (front matter): Unrecognized key: "titel"',
  ],
  ['wrong-type-number', 'content/en/mistakes/beta.mdx: number: Invalid input: expected number, received string'],
  ['one-language-only', contentError('content/en/mistakes/gamma.mdx: exists in en only; add its translation content/zh/mistakes/gamma.mdx')],
  [
    'paragraph-ids-misaligned',
    contentError('content/zh/mistakes/alpha.mdx: paragraphs do not line up: [p-1-1, p-1-9] here, [p-1-1, p-1-2] in content/en/mistakes/alpha.mdx'),
  ],
  ['broken-internal-link', contentError('content/en/mistakes/beta.mdx: internal link "/en/mistakes/nowhere/" points to no page or paragraph')],
  [
    'duplicate-slug',
    contentError(
      'content/en/mistakes/alpha-copy.mdx: slug "alpha" does not match the file name "alpha-copy.mdx"',
      'content/zh/mistakes/alpha-copy.mdx: slug "alpha" does not match the file name "alpha-copy.mdx"',
      'content/en/mistakes/alpha.mdx: slug "alpha" is also used by content/en/mistakes/alpha-copy.mdx',
      'content/zh/mistakes/alpha.mdx: slug "alpha" is also used by content/zh/mistakes/alpha-copy.mdx',
    ),
  ],
  [
    'duplicate-number',
    contentError(
      'content/en/mistakes/beta.mdx: number 1 is also used by content/en/mistakes/alpha.mdx',
      'content/en/mistakes: no mistake has number 2 (numbers must run 1 to 2)',
      'content/zh/mistakes/beta.mdx: number 1 is also used by content/zh/mistakes/alpha.mdx',
      'content/zh/mistakes: no mistake has number 2 (numbers must run 1 to 2)',
    ),
  ],
  [
    'self-check-ids-differ',
    contentError(
      'content/zh/mistakes/alpha.mdx: self-check questions do not line up: [q-1-1 (risky: no, p-1-1), q-1-3 (risky: yes)] here, [q-1-1 (risky: no, p-1-1), q-1-2 (risky: yes)] in content/en/mistakes/alpha.mdx',
    ),
  ],
  [
    'duplicate-question-id',
    contentError(
      'content/en/mistakes/beta.mdx: self-check question id "q-1-1" is also used by content/en/mistakes/alpha.mdx',
      'content/zh/mistakes/beta.mdx: self-check question id "q-1-1" is also used by content/zh/mistakes/alpha.mdx',
    ),
  ],
  ['half-width-punctuation', contentError('content/zh/mistakes/beta.mdx: paragraph p-2-1: half-width "," in "业认为,客户都" (Chinese text takes "，")')],
  [
    'question-paragraph-missing',
    contentError(
      'content/en/mistakes/alpha.mdx: self-check question "q-1-1" points to paragraph "p-1-5", which this mistake does not have [p-1-1, p-1-2]',
      'content/zh/mistakes/alpha.mdx: self-check question "q-1-1" points to paragraph "p-1-5", which this mistake does not have [p-1-1, p-1-2]',
    ),
  ],
];

/** Defects only the real build can show: the paragraph plugin counts the body's paragraphs as it compiles it. */
const buildOnly = ['paragraph-count-mismatch'];

describe('content rules on the defect fixtures', () => {
  it('accept the valid tree', () => {
    expect(readMessage()).toBe('');
  });

  it.each(cases)('%s', (defect, message) => {
    expect(readMessage(defect)).toBe(message);
  });

  it('cover every defect fixture here or in the build', () => {
    expect([...cases.map(([defect]) => defect), ...buildOnly].sort()).toEqual([...defects].sort());
  });
});
