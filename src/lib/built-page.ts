import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { getPagePolicy } from './csp.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** What the build writes into a page after Astro: its own policy, and the search boxes' attribute when the index is whole. */
export interface PageFinish {
  /** Set on every `<kb-search>` when the index is one file per language (see src/integrations/search-index.ts). */
  searchAttribute?: string | undefined;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function* walk(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walk(child);
  if (isElement(node) && 'content' in node) yield* walk(node.content as Node);
}

const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
const hasAttribute = (element: Element, name: string) => element.attrs.some((attribute) => attribute.name === name);
/** A CSP source for inline code, hashed as browsers hash it: the element's text, UTF-8, SHA-256. */
const hashOf = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * Finishes a page Astro wrote, reading it with a real HTML parser and editing it in place: its Content-Security-Policy
 * `<meta>` (first in `<head>` after the charset, so it covers everything after it) allows exactly its own inline scripts
 * and styles, and WebAssembly where a search box is; search boxes get `searchAttribute`. Returns the page and its policy.
 */
export function finishPage(html: string, { searchAttribute }: PageFinish = {}): { html: string; policy: string } {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const edits: { at: number; end: number; text: string }[] = [];
  let head: Element | undefined;
  let charset: Element | undefined;
  let compilesWebAssembly = false;
  for (const element of walk(document)) {
    const startTag = element.sourceCodeLocation?.startTag;
    if (element.tagName === 'head') head ??= element;
    if (element.tagName === 'meta' && hasAttribute(element, 'charset')) charset ??= element;
    if (element.tagName === 'script' && !hasAttribute(element, 'src')) scripts.add(hashOf(textOf(element)));
    if (element.tagName === 'style') styles.add(hashOf(textOf(element)));
    if (element.tagName === 'meta' && element.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy')) {
      const location = element.sourceCodeLocation;
      if (location) edits.push({ at: location.startOffset, end: location.endOffset, text: '' });
    }
    if (element.tagName === 'kb-search') {
      compilesWebAssembly = true;
      if (searchAttribute && startTag && !hasAttribute(element, searchAttribute)) {
        const at = startTag.startOffset + '<kb-search'.length;
        edits.push({ at, end: at, text: ` ${searchAttribute}` });
      }
    }
  }
  const after = (charset ?? head)?.sourceCodeLocation;
  const at = charset ? after?.endOffset : head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined || !after) throw new Error('the page has no <head> to hold its Content-Security-Policy');
  const policy = getPagePolicy({ scripts: [...scripts], styles: [...styles], compilesWebAssembly });
  edits.push({ at, end: at, text: `<meta http-equiv="content-security-policy" content="${escapeAttribute(policy)}">` });
  let finished = html;
  for (const edit of edits.sort((a, b) => b.at - a.at || b.end - a.end)) finished = `${finished.slice(0, edit.at)}${edit.text}${finished.slice(edit.end)}`;
  return { html: finished, policy };
}
