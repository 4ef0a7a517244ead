/** A participant holds their phone up for a moment: the scanner sees their code in frame after frame. */
export const scanRepeatMs = 3_000;

export interface RecentCodes {
  /** True the first time a text is seen, or once it has been out of sight for the window; seeing it again renews it. */
  isNew(text: string, now: number): boolean;
}

/**
 * Remembers what a continuous scanner has just seen, so that one code held in front of the camera counts once,
 * however many frames show it, and the next participant's code counts at once.
 * @example const recent = createRecentCodes(3000); recent.isNew('a', 0) // true; recent.isNew('a', 2000) // false
 */
export function createRecentCodes(windowMs = scanRepeatMs): RecentCodes {
  const lastSeen = new Map<string, number>();
  return {
    isNew(text, now) {
      for (const [seen, at] of lastSeen) if (now - at >= windowMs) lastSeen.delete(seen);
      const fresh = !lastSeen.has(text);
      lastSeen.set(text, now);
      return fresh;
    },
  };
}
