/** The first element under `root` matching `selector`, or undefined: the islands' markup parts, each looked up where used. */
export function part<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | undefined {
  return root.querySelector<E>(selector) ?? undefined;
}
