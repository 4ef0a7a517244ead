import { describe, expect, it } from 'vitest';
import { identifyParagraphs, splitMarkdownParagraphs } from '../../src/lib/markdown-paragraphs.ts';

describe('splitMarkdownParagraphs', () => {
  it.each([
    ['blank-line separated paragraphs, trimmed', '\nOne.\n\n  Two.  \n', ['One.', 'Two.']],
    ['a paragraph over several lines', 'One\nline.\n\nTwo.', ['One\nline.', 'Two.']],
    ['several blank lines and CRLF line ends', 'One.\r\n\r\n\r\nTwo.\r\n', ['One.', 'Two.']],
    ['Chinese text with a link', '客户细分是[问题](/zh/#p-intro-1)，企业。\n\n第二段。', ['客户细分是[问题](/zh/#p-intro-1)，企业。', '第二段。']],
    ['headings, lists, quotes and rules left out', '## Heading\n\nOne.\n\n- item\n- item\n\n> quote\n\n---\n\nTwo.', ['One.', 'Two.']],
    ['imports, JSX and comments left out', "import X from './x.astro';\n\n<X />\n\n{/* note */}\n\nOne.", ['One.']],
    ['fenced code left out, blank lines inside it too', 'One.\n\n```\ncode\n\nmore code\n```\n\nTwo.', ['One.', 'Two.']],
    ['an empty body', '\n\n', []],
  ])('%s', (_case, body, expected) => {
    expect(splitMarkdownParagraphs(body)).toEqual(expected);
  });
});

describe('identifyParagraphs', () => {
  it('gives the i-th paragraph the i-th id', () => {
    expect(identifyParagraphs('content/en/x.mdx', 'One.\n\nTwo.', ['p-1-1', 'p-1-2'])).toEqual([
      { id: 'p-1-1', text: 'One.' },
      { id: 'p-1-2', text: 'Two.' },
    ]);
  });

  it('names the file when the counts differ', () => {
    expect(() => identifyParagraphs('content/en/x.mdx', 'One.', ['p-1-1', 'p-1-2'])).toThrow(
      'content/en/x.mdx: the body has 1 paragraphs but front matter "paragraphs" lists 2 ids (p-1-1, p-1-2)',
    );
  });
});
