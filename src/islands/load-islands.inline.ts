/**
 * The island loader, inlined once in every page: it imports an island's module (`data-island`, a URL) when its
 * `data-island-when` says so — `now`, `idle` (after load, once the browser is idle), `visible`, `focus` (the reader
 * reaches into it: focus, pointer, typing), `param:<name>` (the URL has that query parameter) or `stored:<key>` (at once
 * if localStorage holds that key, e.g. a workshop room to show again; else on focus) or `origin:<url>` (once idle, when the
 * page is served from another origin than the one it was built for: a code drawn for the built address must be redrawn).
 * Several, space-separated, are tried in order: `param:` and `origin:` load when they match, else the next is tried.
 * Until then the island is
 * its server-rendered markup, which works without JavaScript. A click that arrives before the module is replayed after it.
 */
type When = 'now' | 'idle' | 'visible' | 'focus';

const loaded = new Map<string, Promise<unknown>>();

function load(island: HTMLElement): Promise<unknown> {
  const url = island.dataset.island ?? '';
  let loading = loaded.get(url);
  if (!loading) {
    // A failed load leaves the island as it is without JavaScript; the next trigger tries again.
    loading = import(url).catch(() => loaded.delete(url));
    loaded.set(url, loading);
  }
  return loading;
}

function whenIdle(run: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

function whenVisible(island: HTMLElement): void {
  if (!('IntersectionObserver' in window)) return void load(island);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void load(island);
  });
  observer.observe(island);
}

function whenReached(island: HTMLElement): void {
  const start = () => void load(island);
  for (const type of ['focusin', 'pointerdown', 'input']) island.addEventListener(type, start, { once: true });
  island.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || customElements.get(island.localName) || !target.closest('button')) return;
    event.preventDefault();
    void load(island)
      .then(() => customElements.whenDefined(island.localName))
      .then(() => target.click());
  });
}

function schedule(island: HTMLElement): void {
  for (const when of (island.dataset.islandWhen ?? 'idle').split(' ')) if (scheduleBy(island, when)) return;
}

/** Schedules the island's load by one condition; false when a `param:` or `origin:` condition does not hold. */
function scheduleBy(island: HTMLElement, when: string): boolean {
  if (when.startsWith('param:')) {
    const present = new URLSearchParams(location.search).has(when.slice(6));
    if (present) void load(island);
    return present;
  }
  if (when.startsWith('origin:')) {
    const elsewhere = new URL(when.slice(7), location.href).origin !== location.origin;
    if (elsewhere) whenIdle(() => void load(island));
    return elsewhere;
  }
  if (when.startsWith('stored:')) {
    let stored = false;
    try {
      stored = localStorage.getItem(when.slice(7)) !== null;
    } catch {
      // Storage blocked: nothing can have been kept, so wait for the reader.
    }
    if (stored) void load(island);
    else whenReached(island);
    return true;
  }
  const strategies: Record<When, () => void> = {
    now: () => void load(island),
    idle: () => whenIdle(() => void load(island)),
    visible: () => whenVisible(island),
    focus: () => whenReached(island),
  };
  (strategies[when as When] ?? strategies.idle)();
  return true;
}

// Controls that only work with JavaScript ship hidden; this script running is the proof they will work.
for (const control of document.querySelectorAll<HTMLElement>('[data-needs-script]')) control.hidden = false;
for (const island of document.querySelectorAll<HTMLElement>('[data-island]')) schedule(island);
