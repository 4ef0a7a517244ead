import { part } from '../part.ts';

// The workshop's views take every DOM helper from here, `part` included.
export { part };

/** Creates an HTML element with text and attributes: the workshop's views are built from these, never from markup strings. */
export function html<K extends keyof HTMLElementTagNameMap>(name: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const element = document.createElement(name);
  if (text) element.textContent = text;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/** Creates an SVG element with attributes and, optionally, text. */
export function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Sets the text of the notice under `root` matching `selector` and shows it, or hides it for ''. */
export function showNotice(root: ParentNode, selector: string, text: string): void {
  const notice = part(root, selector);
  if (!notice) return;
  notice.textContent = text;
  notice.hidden = text === '';
}

/** Says `text` in the live region under `root` (`[data-announce]`). */
export function announce(root: ParentNode, text: string): void {
  const region = part(root, '[data-announce]');
  if (!region) return;
  // Emptied first, so that the same words said twice are heard twice.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = text), 50);
}
