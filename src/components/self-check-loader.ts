/**
 * Runs `load` once, when the first element matching `selector` comes near the viewport
 * (or at once where IntersectionObserver is missing). Does nothing on pages without such an element.
 */
export function hydrateWhenVisible(selector: string, load: () => Promise<unknown>, rootMargin = '200px 0px'): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  const start = () => {
    load().catch((error: unknown) => console.error('self-check: could not load its script', error));
  };
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin },
  );
  for (const element of elements) observer.observe(element);
}
