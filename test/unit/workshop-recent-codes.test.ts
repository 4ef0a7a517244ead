import { describe, expect, it } from 'vitest';
import { createRecentCodes, scanRepeatMs } from '../../src/lib/workshop/recent-codes.ts';

describe('createRecentCodes', () => {
  it('counts a code held in front of the camera once, however many frames show it', () => {
    const recent = createRecentCodes(3_000);
    const frames = Array.from({ length: 50 }, (_, index) => recent.isNew('https://x.org/en/self-check/#answers=1y', index * 200));
    expect(frames.filter(Boolean)).toHaveLength(1);
    expect(frames[0]).toBe(true);
  });

  it('takes the next participant’s code at once', () => {
    const recent = createRecentCodes(3_000);
    expect(recent.isNew('a', 0)).toBe(true);
    expect(recent.isNew('b', 100)).toBe(true);
    expect(recent.isNew('a', 200)).toBe(false);
  });

  it('sees a code again as new once it has been out of sight for the whole window', () => {
    const recent = createRecentCodes(3_000);
    expect(recent.isNew('a', 0)).toBe(true);
    expect(recent.isNew('a', 2_999)).toBe(false);
    expect(recent.isNew('a', 5_998)).toBe(false); // seen at 2,999: still within the window
    expect(recent.isNew('a', 8_998)).toBe(true);
  });

  it('waits a few seconds by default', () => {
    expect(scanRepeatMs).toBeGreaterThanOrEqual(2_000);
    expect(scanRepeatMs).toBeLessThanOrEqual(5_000);
    const recent = createRecentCodes();
    recent.isNew('a', 0);
    expect(recent.isNew('a', scanRepeatMs - 1)).toBe(false);
  });
});
