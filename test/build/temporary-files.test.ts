import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, inject } from 'vitest';

// Each test build runs with a system temp folder of its own (test/support/build-site.ts): workbox-build used to leave a
// folder holding its unbundled sw.js there on every build. Node's compile cache (`node-compile-cache`, which Astro turns
// on) is a cache meant to outlive the build, not a leftover.
describe('the build', () => {
  it('leaves nothing of its own in the system temp folder', () => {
    const left = readdirSync(join(dirname(inject('fixtureDist')), 'tmp')).filter((name) => name !== 'node-compile-cache');
    expect(left).toEqual([]);
  });
});
