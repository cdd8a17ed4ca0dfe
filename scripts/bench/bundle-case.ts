// Bundles a bench case script with its sources into node_modules/.cache (so that its imports
// of compromise and chrono resolve), to be run by plain node in a fresh process: what a user's
// process pays, without tsx's loader in the measurement. Each checkout bundles into its own
// directory there: worktrees share one node_modules, and a bench run in one must not run
// another's sources.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

/** Bundles scripts/bench/NAME.ts and returns the path of the .mjs to run with node. */
export async function bundleCase(name: string): Promise<string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const outDir = fileURLToPath(new URL(`../../node_modules/.cache/newsnorm-bench/${checkout}/`, import.meta.url));
  await build({
    entry: { [name]: fileURLToPath(new URL(`./${name}.ts`, import.meta.url)) },
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outDir,
    outExtension: () => ({ js: '.mjs' }),
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
    config: false,
  });
  return join(outDir, `${name}.mjs`);
}
