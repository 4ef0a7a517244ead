import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, inject } from 'vitest';

// Each test build runs with a system temp folder of its own (test/support/build-site.ts): workbox-build used to leave a
// folder holding its unbundled sw.js there on every build.
describe('the build', () => {
  it('leaves nothing in the system temp folder', () => {
    expect(readdirSync(join(dirname(inject('fixtureDist')), 'tmp'), { recursive: true })).toEqual([]);
  });
});
