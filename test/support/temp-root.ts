import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { getTempRoot, removeTempDir } from './temp.ts';

/**
 * Global setup listed first in every project (test/vitest.config.ts): one temporary root for everything the suite
 * creates, removed when the run ends. TMPDIR points inside it too, so that what the tools we start put in the system
 * temp folder (Chromium's profiles, Astro's and Pagefind's scratch files) goes with it. Several projects run this
 * setup in one process: the first one sets the root up, and every teardown (all run after the last test) removes it.
 */
export default function setup() {
  const root = getTempRoot();
  const scratch = join(root, 'tmp');
  mkdirSync(scratch, { recursive: true });
  const systemTemp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  return () => {
    if (systemTemp === undefined) delete process.env.TMPDIR;
    else if (process.env.TMPDIR === scratch) process.env.TMPDIR = systemTemp;
    removeTempDir(root);
  };
}
