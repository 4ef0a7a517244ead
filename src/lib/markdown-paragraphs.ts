// The paragraph-anchor plugin gives the i-th top-level <p> of a content file the i-th id of its
// front matter `paragraphs`. This splits the MDX source the same way, so that checks over the source
// (terminology, fidelity) can name paragraphs by id without rendering anything.

const fence = /^\s{0,3}(`{3,}|~{3,})/;
// Top-level blocks that do not render as a <p>: headings, lists, quotes, rules, ESM, JSX or HTML, comments.
const notParagraph = /^\s{0,3}(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|(?:[-*_]\s*){3,}$|import\s|export\s|<|\{\/\*)/;

/**
 * Returns the top-level paragraphs of an MDX body (blank-line separated, trimmed, in order),
 * leaving out blocks that do not render as paragraphs (headings, lists, quotes, code, imports, JSX).
 * @example splitMarkdownParagraphs('One\nline.\n\n## Heading\n\nTwo.') // ['One\nline.', 'Two.']
 */
export function splitMarkdownParagraphs(body: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence: string | undefined;
  const flush = () => {
    const block = current.join('\n').trim();
    if (block && !notParagraph.test(block)) blocks.push(block);
    current = [];
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = fence.exec(line)?.[1];
    if (inFence !== undefined) {
      if (marker?.startsWith(inFence)) inFence = undefined;
      continue;
    }
    if (marker) {
      flush();
      inFence = marker;
      continue;
    }
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return blocks;
}

/** A paragraph of a content file with the id its front matter gives it (`p-3-2`). */
export interface IdentifiedParagraph {
  id: string;
  text: string;
}

/**
 * Pairs the paragraphs of a body with the ids of its front matter `paragraphs`, in order;
 * throws, naming the file, when the counts differ (the build stops on the same condition).
 */
export function identifyParagraphs(file: string, body: string, ids: readonly string[]): IdentifiedParagraph[] {
  const texts = splitMarkdownParagraphs(body);
  if (texts.length !== ids.length) {
    throw new Error(`${file}: the body has ${texts.length} paragraphs but front matter "paragraphs" lists ${ids.length} ids (${ids.join(', ')})`);
  }
  return texts.map((text, index) => ({ id: ids[index] ?? '', text }));
}
