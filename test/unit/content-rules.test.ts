import { describe, expect, it } from 'vitest';
import { assembleFixture, readContentTree } from '../support/content-fixtures.ts';
import { assertValidContent, findContentProblems, findInternalLinks } from '../../src/lib/content-rules.ts';

function problemsOf(defect?: string) {
  const { files, schemaProblems } = readContentTree(assembleFixture(defect));
  // Astro stops at the first schema failure, before the cross-file rules run; so do we.
  return schemaProblems.length > 0 ? schemaProblems : findContentProblems(files);
}

describe('content rules on fixture trees', () => {
  it('accepts the valid tree', () => {
    expect(problemsOf()).toEqual([]);
  });

  // Each defect fixture is named after the problem it shows; the message must name the file and the problem.
  it.each([
    ['missing-title', ['content/zh/mistakes/alpha.mdx: title: Invalid input: expected string, received undefined']],
    ['unknown-field', ['content/en/mistakes/alpha.mdx: (front matter): Unrecognized key: "titel"', 'content/en/mistakes/alpha.mdx: title: Invalid input: expected string, received undefined']],
    ['wrong-type-number', ['content/en/mistakes/beta.mdx: number: Invalid input: expected number, received string']],
    ['one-language-only', ['content/en/mistakes/gamma.mdx: exists in en only; add its translation content/zh/mistakes/gamma.mdx']],
    [
      'paragraph-ids-misaligned',
      ['content/zh/mistakes/alpha.mdx: paragraphs do not line up: [p-1-1, p-1-9] here, [p-1-1, p-1-2] in content/en/mistakes/alpha.mdx'],
    ],
    ['broken-internal-link', ['content/en/mistakes/beta.mdx: internal link "/en/mistakes/nowhere/" points to no page or paragraph']],
    [
      'duplicate-slug',
      [
        'content/en/mistakes/alpha-copy.mdx: slug "alpha" does not match the file name "alpha-copy.mdx"',
        'content/zh/mistakes/alpha-copy.mdx: slug "alpha" does not match the file name "alpha-copy.mdx"',
        'content/en/mistakes/alpha.mdx: slug "alpha" is also used by content/en/mistakes/alpha-copy.mdx',
        'content/zh/mistakes/alpha.mdx: slug "alpha" is also used by content/zh/mistakes/alpha-copy.mdx',
      ],
    ],
    [
      'duplicate-number',
      [
        'content/en/mistakes/beta.mdx: number 1 is also used by content/en/mistakes/alpha.mdx',
        'content/en/mistakes: no mistake has number 2 (numbers must run 1 to 2)',
        'content/zh/mistakes/beta.mdx: number 1 is also used by content/zh/mistakes/alpha.mdx',
        'content/zh/mistakes: no mistake has number 2 (numbers must run 1 to 2)',
      ],
    ],
    [
      'self-check-ids-differ',
      [
        'content/zh/mistakes/alpha.mdx: self-check questions do not line up: [q-1-1 (risky: no, p-1-1), q-1-3 (risky: yes)] here, [q-1-1 (risky: no, p-1-1), q-1-2 (risky: yes)] in content/en/mistakes/alpha.mdx',
      ],
    ],
    [
      'duplicate-question-id',
      [
        'content/en/mistakes/beta.mdx: self-check question id "q-1-1" is also used by content/en/mistakes/alpha.mdx',
        'content/zh/mistakes/beta.mdx: self-check question id "q-1-1" is also used by content/zh/mistakes/alpha.mdx',
      ],
    ],
    [
      'question-paragraph-missing',
      [
        'content/en/mistakes/alpha.mdx: self-check question "q-1-1" points to paragraph "p-1-5", which this mistake does not have [p-1-1, p-1-2]',
        'content/zh/mistakes/alpha.mdx: self-check question "q-1-1" points to paragraph "p-1-5", which this mistake does not have [p-1-1, p-1-2]',
      ],
    ],
  ])('%s', (defect, expected) => {
    expect(problemsOf(defect).sort()).toEqual([...expected].sort());
  });
});

describe('content rules on single cases', () => {
  const { files } = readContentTree(assembleFixture());

  it('rejects a language the site does not have', () => {
    const alpha = files.mistakes[0];
    if (!alpha) throw new Error('fixture has no mistakes');
    const french = { ...alpha, id: 'fr/mistakes/alpha', filePath: 'content/fr/mistakes/alpha.mdx' };
    expect(findContentProblems({ ...files, mistakes: [...files.mistakes, french] })).toContain(
      'content/fr/mistakes/alpha.mdx: "fr" is not a language of this site (en, zh)',
    );
  });

  it('rejects a related mistake that does not exist, and a mistake related to itself', () => {
    const mistakes = files.mistakes.map((file) =>
      file.id === 'en/mistakes/alpha' ? { ...file, data: { ...file.data, related: ['alpha', 'omega'] } } : file,
    );
    const problems = findContentProblems({ ...files, mistakes });
    expect(problems).toContain('content/en/mistakes/alpha.mdx: related lists the mistake itself ("alpha")');
    expect(problems).toContain('content/en/mistakes/alpha.mdx: related mistake "omega" does not exist in en');
    expect(problems).toContain('content/zh/mistakes/alpha.mdx: related differs: [beta] here, [alpha, omega] in content/en/mistakes/alpha.mdx');
  });

  it('rejects a self-check question listed twice in one file, and a risky answer that differs between languages', () => {
    const mistakes = files.mistakes.map((file) => {
      if (file.id === 'en/mistakes/beta') return { ...file, data: { ...file.data, selfCheck: [...file.data.selfCheck, ...file.data.selfCheck] } };
      if (file.id === 'zh/mistakes/alpha') {
        return { ...file, data: { ...file.data, selfCheck: file.data.selfCheck.map((question) => ({ ...question, riskyAnswer: 'yes' as const })) } };
      }
      return file;
    });
    const problems = findContentProblems({ ...files, mistakes });
    expect(problems).toContain('content/en/mistakes/beta.mdx: self-check question id "q-2-1" is listed twice');
    expect(problems).toContain(
      'content/zh/mistakes/alpha.mdx: self-check questions do not line up: [q-1-1 (risky: yes, p-1-1), q-1-2 (risky: yes)] here, [q-1-1 (risky: no, p-1-1), q-1-2 (risky: yes)] in content/en/mistakes/alpha.mdx',
    );
  });

  it('requires an introduction in every language', () => {
    const problems = findContentProblems({ ...files, introductions: files.introductions.filter((file) => !file.id.startsWith('zh/')) });
    expect(problems).toContain('content/zh/introduction.mdx: missing (every language needs the article\'s introduction)');
  });

  it('accepts links to existing paragraphs and rejects links to missing ones', () => {
    const withLinks = (body: string) => ({ ...files, introductions: files.introductions.map((file) => ({ ...file, body })) });
    expect(findContentProblems(withLinks('[ok](/zh/mistakes/beta/#p-2-1) [home](/en/)'))).toEqual([]);
    expect(findContentProblems(withLinks('[bad](/zh/mistakes/beta/#p-9-9)'))).toContain(
      'content/en/introduction.mdx: internal link "/zh/mistakes/beta/#p-9-9" points to no page or paragraph',
    );
  });

  it('throws one error listing every problem', () => {
    const { files: broken } = readContentTree(assembleFixture('one-language-only'));
    expect(() => assertValidContent(broken)).toThrow(/The content has 1 problem:\n {2}- content\/en\/mistakes\/gamma\.mdx: exists in en only/);
  });
});

describe('findInternalLinks', () => {
  it('finds Markdown and HTML root-relative links, not external ones', () => {
    expect(findInternalLinks('[a](/en/) [b](https://example.com/) <a href="/zh/mistakes/x/#p-1-1">c</a> [d](#p-1)')).toEqual([
      '/en/',
      '/zh/mistakes/x/#p-1-1',
    ]);
  });
});
