/**
 * Runs `load` once, when the first element matching `selector` comes into view
 * (or at once where IntersectionObserver is missing). Does nothing on pages without such an element.
 */
export function hydrateWhenVisible(selector: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  const start = () => {
    load().catch((error: unknown) => console.error('self-check: could not load its script', error));
  };
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    start();
  });
  for (const element of elements) observer.observe(element);
}
