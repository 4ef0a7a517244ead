import { defineConfig } from 'vitest/config';
import EnginesFirstSequencer from './support/engines-first-sequencer.ts';

// Five projects (docs/testing.md): unit (src/lib, no build, seconds), build (site-wide invariants over the fixture site,
// its /kb/ build and a 100-mistake site), article (the real article's dist/), e2e (features in Chromium on the fixture
// site), engines (the reader-facing core in Chromium, Firefox and WebKit, a file per engine; every-page reads the
// article's dist/).
// `npm test` lints, builds dist/ and type-checks first; `npm run test:unit` and `npm run test:e2e` run one project.
export default defineConfig({
  test: {
    sequence: { sequencer: EnginesFirstSequencer },
    projects: [
      // Every project's global setups start with temp-root.ts: one temporary folder for the whole run, removed at its end.
      // OpenCC builds its dictionaries on first use: seconds on a busy machine, hence unit's timeout.
      // No project's files share state, so one worker runs many files (a fresh worker per file costs seconds); e2e and
      // article workers keep one Chromium for all their files (test/support/shared-browser.ts); each engines file
      // launches its one browser.
      {
        test: {
          name: 'unit',
          root: 'test/unit',
          include: ['**/*.test.ts'],
          globalSetup: ['../support/temp-root.ts'],
          isolate: false,
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
          maxWorkers: 2, // as build's: projects of one group share one pool
        },
      },
      // build and e2e test features on the fixture site (test/fixtures/site/), built once per run for / and for /kb/.
      {
        test: {
          name: 'build',
          root: 'test/build',
          sequence: { groupOrder: 0 },
          include: ['**/*.test.ts'],
          globalSetup: ['../support/temp-root.ts', '../support/serve-fixture-site.ts', '../support/build-large-site.ts'],
          isolate: false,
          // Most build files wait on a build (one core each): two at a time keep both cores busy.
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      // The real article's thin layer over dist/: every published URL, axe, HTML validity, links, the search query list.
      {
        test: {
          name: 'article',
          sequence: { groupOrder: 1 },
          root: 'test/article',
          include: ['**/*.test.ts'],
          globalSetup: ['../support/temp-root.ts', '../support/serve-dist.ts'],
          setupFiles: ['../e2e/no-csp-violations.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 10_000 } },
          // The three browser projects share one group, hence one pool: three files at a time keep a 2-core machine busy
          // (browser tests wait on pages as much as they compute); a fourth added contention (vitest 420 s against 377, one pair of runs).
          maxWorkers: 3,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          root: 'test/e2e',
          include: ['**/*.test.ts'],
          globalSetup: ['../support/temp-root.ts', '../support/serve-fixture-site.ts'],
          setupFiles: ['./no-csp-violations.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Pages load search code and indexes lazily; on a busy CI machine that can take seconds.
          expect: { poll: { timeout: 10_000 } },
          maxWorkers: 3,
        },
      },
      {
        test: {
          name: 'engines',
          sequence: { groupOrder: 1 },
          root: 'test/engines',
          // One file per engine (chromium, firefox, webkit.test.ts), each running every spec of specs/.
          include: ['*.test.ts'],
          // Features on the fixture site (the same build as build's and e2e's); every-page reads the article's dist/.
          globalSetup: ['../support/temp-root.ts', '../support/serve-fixture-site.ts'],
          setupFiles: ['./drivers/close-engines.ts'],
          isolate: false,
          // Launching Firefox or WebKit takes seconds, and more on a busy machine.
          testTimeout: 60_000,
          hookTimeout: 90_000,
          expect: { poll: { timeout: 10_000 } },
          maxWorkers: 3,
        },
      },
    ],
  },
});
