/** Arrow keys move between the box and the result links, as in a combobox's list. */
export function onArrowKeys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit__link')];
  if (links.length === 0) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
  event.preventDefault();
}
