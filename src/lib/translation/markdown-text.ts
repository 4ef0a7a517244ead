/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Returns the plain text of a Markdown paragraph, as a translation memory holds it: links as their words, emphasis
 * and code marks dropped, line breaks as spaces.
 * @example toPlainText('See [the *tide* records](/en/x/#p-3-2).') // 'See the tide records.'
 */
export function toPlainText(markdown: string): string {
  return (
    markdown
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
      // An underscore emphasises only at word edges (CommonMark): snake_case stays as written.
      .replace(/(?<![\p{L}\p{N}_])(__?)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}_])/gu, '$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/**
 * Makes a Markdown text's root-relative links absolute (a page read on its own, by a person or an assistant, has no
 * site around it): `[a](/en/x/#p-1-1)` → `[a](https://example.org/kb/en/x/#p-1-1)`.
 */
export function toAbsoluteLinks(markdown: string, toUrl: (path: string) => string): string {
  return markdown.replace(/\]\((\/(?!\/)[^)\s]*)\)/g, (_match, path: string) => `](${toUrl(path)})`);
}

/** A part of a Markdown page: an optional heading and its paragraphs (Markdown). */
export interface MarkdownSection {
  heading?: string;
  paragraphs: readonly string[];
}

/**
 * Returns a page as plain Markdown: its title, its summary as a quote, its sections, and a closing line (the source and
 * the page's address). No navigation: the page's words only.
 */
export function toMarkdownPage(page: { title: string; summary?: string; sections: readonly MarkdownSection[]; footer: readonly string[] }): string {
  const blocks = [`# ${page.title}`];
  if (page.summary) blocks.push(`> ${page.summary}`);
  for (const section of page.sections) {
    if (section.heading) blocks.push(`## ${section.heading}`);
    blocks.push(...section.paragraphs);
  }
  blocks.push('---', ...page.footer);
  return `${blocks.join('\n\n')}\n`;
}
