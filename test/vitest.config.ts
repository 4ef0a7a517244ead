import { defineConfig } from 'vitest/config';

// Four suites: unit (no build), build (reads dist/ and builds fixture sites), e2e (Chromium against dist/), engines (the
// reader-facing core in Chromium, Firefox and WebKit against dist/).
// `npm test` builds dist/ first; see package.json.
export default defineConfig({
  test: {
    projects: [
      // OpenCC builds its dictionaries on first use: seconds on a busy machine.
      { test: { name: 'unit', root: 'test/unit', include: ['**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', root: 'test/build', include: ['**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          root: 'test/e2e',
          include: ['**/*.test.ts'],
          globalSetup: ['./serve-dist.ts', './serve-base-path.ts'],
          setupFiles: ['./no-csp-violations.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Pages load search code and indexes lazily; on a busy CI machine that can take seconds.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium per file is plenty for a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'engines',
          root: 'test/engines',
          include: ['specs/**/*.test.ts'],
          // Launching Firefox or WebKit takes seconds, and more on a busy machine.
          testTimeout: 60_000,
          hookTimeout: 90_000,
          expect: { poll: { timeout: 10_000 } },
          // Each file runs its engines one after the other, one browser at a time.
          maxWorkers: 2,
        },
      },
    ],
  },
});
