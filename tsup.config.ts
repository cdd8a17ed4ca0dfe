// Dual build: ESM keeps dependencies external; CJS inlines the ESM-only ones (franc-min and
// its trigram helpers) so `require('newsnorm')` works without require(esm) (Jest, Node < 20.19).
// batch-worker is the file piscina loads in each worker thread (found beside the batch code);
// cli is the `newsnorm` command (ESM only, keeps its #! line).
import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  clean: 'src/clean/index.ts',
  language: 'src/language/index.ts',
  dates: 'src/dates/index.ts',
  entities: 'src/entities/index.ts',
  quotes: 'src/quotes/index.ts',
  translation: 'src/translation/index.ts',
  batch: 'src/batch/index.ts',
  report: 'src/report/index.ts',
  'batch-worker': 'src/batch/worker.ts',
};

// the worker file is loaded by piscina, never imported: it needs no type declarations
const { 'batch-worker': _worker, ...typedEntry } = entry;

const esmOnlyDependencies = [/^franc-min/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/];

// Node 20 reads \p{…} property escapes in regex literals, but esbuild's table for 'node20'
// (20.0) does not list them, so it rewrote every such literal as `new RegExp(…)`: inside a
// function, a new RegExp object at each call (one per word in some rules). Keep them literals.
const supported = { 'regexp-unicode-property-escapes': true };

export default defineConfig([
  {
    entry: { ...entry, cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: { entry: typedEntry },
    sourcemap: true,
    clean: true,
    target: 'node20',
    esbuildOptions: (options) => void (options.supported = { ...options.supported, ...supported }),
    splitting: true,
    treeshake: true,
  },
  // shims: import.meta.url becomes the .cjs file's URL, so the pool finds batch-worker.cjs beside it
  {
    entry,
    format: ['cjs'],
    dts: { entry: typedEntry },
    sourcemap: true,
    target: 'node20',
    esbuildOptions: (options) => void (options.supported = { ...options.supported, ...supported }),
    noExternal: esmOnlyDependencies,
    shims: true,
  },
]);
