import { defineConfig } from 'vitest/config';

// The files that judge growth ratios from timings (wall or CPU time of an input against one
// ten or two times smaller). They run after the rest, one file at a time with no other test
// file beside them, as they always did: a second worker on a 2-core machine would share the
// caches and the collector's threads with them.
const TIMING = [
  'test/clean/adversarial.test.ts',
  'test/dates/growth.test.ts',
  'test/entities/guard.test.ts',
  'test/entities/extract.test.ts',
  // absolute CPU-time bounds (4 s) on large inputs: one read 63 s of wall time and failed beside
  // a second worker on a machine loaded ~10x by other jobs (2026-12-07, unconfirmed cause)
  'test/quotes/extract.test.ts',
  'test/quotes/languages.test.ts',
  // a growth ratio of the translation flags (test/clean/support/timing.ts)
  'test/translation/translation.test.ts',
];

// Vitest's default for `run` is one worker less than the cores: on CI's 2 cores, one worker,
// so the suite ran file after file on one core (382 s of a quiet CI run). Every other file
// runs on 2 workers, each file still in its own module graph (isolate, the default).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: TIMING, maxWorkers: 2 },
      },
      {
        // a group of their own, run after the parallel one, one worker (also under --isolate=false,
        // where Vitest would otherwise refuse two maxWorkers in one group)
        extends: true,
        test: { name: 'timing', include: TIMING, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
