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

/** The first element under `root` matching `selector`, or undefined. */
export function part<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | undefined {
  return root.querySelector<E>(selector) ?? undefined;
}
