/** The ARIA roles the specs look for. */
export type Role = 'link' | 'button' | 'textbox' | 'searchbox' | 'radio' | 'heading' | 'group' | 'status' | 'alert' | 'list';

/**
 * How a spec names an element: by role and accessible name, as a reader (or a screen reader) would, or by CSS where an
 * element has no role worth naming it by. `name` matches a part of the accessible name unless `exact`; `within` is a CSS
 * selector for the part of the page to look in. The first visible match counts.
 */
export type Target = { role: Role; name?: string; exact?: boolean; within?: string } | { css: string; within?: string };

/**
 * Finds a target in the page and, unless a reader can already see it uncovered, scrolls it to the middle of the viewport;
 * throws, listing what there is, when nothing
 * matches. Runs inside the page: it is sent as source, so it uses nothing but its argument and the DOM.
 * The accessible name is a simplified form of the accname algorithm: aria-label, aria-labelledby, a form control's
 * labels, a fieldset's legend, else the text (hidden text included, as the site's visually-hidden hints count).
 */
export function findElement(target: Target): Element {
  const roles = {
    link: 'a[href], [role="link"]',
    button: 'button, input[type="button"], input[type="submit"], [role="button"]',
    textbox: 'input:not([type]), input[type="text"], input[type="url"], textarea, [role="textbox"]',
    searchbox: 'input[type="search"], [role="searchbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    group: 'fieldset, [role="group"]',
    status: '[role="status"]',
    alert: '[role="alert"]',
    list: 'ul, ol, [role="list"]',
  } as const;
  const textOf = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(/\s+/)
        .map((id) => textOf(document.getElementById(id)))
        .join(' ');
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      return [...(element.labels ?? [])].map(textOf).join(' ') || element.placeholder || element.title;
    }
    if (element instanceof HTMLFieldSetElement) return textOf(element.querySelector('legend'));
    return textOf(element);
  };
  const isVisible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const scope = target.within === undefined ? document : document.querySelector(target.within);
  if (!scope) throw new Error(`no element matches ${target.within}`);
  let candidates: Element[];
  let description: string;
  if ('css' in target) {
    candidates = [...scope.querySelectorAll(target.css)];
    description = target.css;
  } else {
    const all = [...scope.querySelectorAll(roles[target.role])];
    const wanted = target.name;
    candidates = wanted === undefined ? all : all.filter((element) => (target.exact ? nameOf(element) === wanted : nameOf(element).includes(wanted)));
    description = `${target.role} named “${wanted ?? ''}”`;
    if (candidates.length === 0) {
      const names = all.map((element) => `“${nameOf(element)}”`).slice(0, 20);
      throw new Error(`no ${description}${target.within ? ` in ${target.within}` : ''}; there are: ${names.join(', ') || 'none'}`);
    }
  }
  const found = candidates.find(isVisible) ?? candidates[0];
  if (!found) throw new Error(`no element matches ${description}`);
  // A reader clicks what they can see where it is: scrolling a sticky header's link "into view" would move the page
  // under it (and lose the place the language switch keeps). Anything hidden, off screen or covered is scrolled first.
  const box = found.getBoundingClientRect();
  const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!onTop || !(onTop === found || found.contains(onTop))) found.scrollIntoView({ block: 'center', inline: 'center' });
  return found;
}

/**
 * Where a pointer should go to click a target, once the browser has drawn a frame: for drivers that click at coordinates.
 * Runs inside the page, with findElement's source declared beside it.
 */
export function findCenter(target: Target): Promise<{ x: number; y: number }> {
  return new Promise((resolve, reject) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        try {
          const rect = findElement(target).getBoundingClientRect();
          resolve({ x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) });
        } catch (error) {
          reject(error);
        }
      }),
    ),
  );
}
