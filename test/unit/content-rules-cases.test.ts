import { describe, expect, it } from 'vitest';
import { assembleFixture, readContentTree } from '../support/content-fixtures.ts';
import { assertValidContent, findContentProblems, findInternalLinks } from '../../src/lib/content-rules/index.ts';
import { contentLocales } from '../../src/lib/locales.ts';

// Rules whose cases are easier to state as an edit of the valid tree than as a defect fixture.
describe('content rules on single cases', () => {
  const { files } = readContentTree(assembleFixture());

  it('rejects a language the site does not have', () => {
    const alpha = files.mistakes[0];
    if (!alpha) throw new Error('fixture has no mistakes');
    const french = { ...alpha, id: 'fr/mistakes/alpha', filePath: 'content/fr/mistakes/alpha.mdx' };
    expect(findContentProblems({ ...files, mistakes: [...files.mistakes, french] })).toContain(
      `content/fr/mistakes/alpha.mdx: "fr" is not a language of this site (${contentLocales.join(', ')})`,
    );
  });

  it('rejects a related mistake that does not exist, and a mistake related to itself', () => {
    const mistakes = files.mistakes.map((file) => (file.id === 'en/mistakes/alpha' ? { ...file, data: { ...file.data, related: ['alpha', 'omega'] } } : file));
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
    expect(problems).toContain("content/zh/introduction.mdx: missing (every language needs the article's introduction)");
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
    expect(findInternalLinks('[a](/en/) [b](https://example.com/) <a href="/zh/mistakes/x/#p-1-1">c</a> [d](#p-1)')).toEqual(['/en/', '/zh/mistakes/x/#p-1-1']);
  });
});
