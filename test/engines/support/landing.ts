import { expect } from 'vitest';
import type { EnginePage } from '../drivers/engine.ts';

/** Where a link target ended up after the browser scrolled to it. */
export interface Landing {
  /** Top of the target, and bottom of the header (negative once it has scrolled away), in viewport pixels. */
  top: number;
  headerBottom: number;
  /** True when the page cannot scroll further down: a target near the end cannot come up to the header. */
  atEnd: boolean;
}

/** Measures a target's landing; runs in the page. */
export function measureLanding(id: string): Landing {
  const top = document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN;
  const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? Number.NaN;
  const scroller = document.scrollingElement ?? document.documentElement;
  return { top, headerBottom, atEnd: scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 1 };
}

/** Fully below the header, and brought up to it: no more than a line's gap (the scroll padding) in between. */
export function landsBelowHeader({ top, headerBottom, atEnd }: Landing): boolean {
  const gap = top - Math.max(headerBottom, 0);
  return gap >= -0.5 && (gap <= 48 || atEnd);
}

/** Waits for the page to show `id` fully below its header, as a reader following a link to it expects. */
export async function expectLandingBelowHeader(page: EnginePage, id: string): Promise<void> {
  await expect.poll(() => page.evaluate(measureLanding, id)).toSatisfy(landsBelowHeader);
}

/**
 * Waits for the page to be at a URL (after a click or a redirect), given without its origin, e.g. `/en/#p-1-1`, and parsed:
 * Firefox reports the new location while the new document is still empty.
 */
export async function expectAt(page: EnginePage, pathAndHash: string): Promise<void> {
  const where = () => (document.readyState === 'loading' ? 'still loading' : `${location.pathname}${location.hash}`);
  await expect.poll(() => page.evaluate(where, null)).toBe(pathAndHash);
}
