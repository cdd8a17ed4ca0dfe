/**
 * The V8 settings the `newsnorm` command runs with, applied to its own process before the
 * pipeline is loaded (a library must not change its host's engine; a command owns its process).
 *
 * One setting: no allocation-site pretenuring. V8 moves an allocation site's objects straight to
 * the old generation once it sees most of them survive a young collection. Parsing an article
 * keeps its compromise terms and our tokens alive for the whole article, so those sites are
 * pretenured after a few articles, and from then on every article's terms are garbage in the old
 * generation, which V8 lets grow to about four times the live heap before a full collection.
 * Without pretenuring they die young. Measured (docs/cli.md): 600 fixture articles with `--jobs 1`
 * peak at 208–215 MB instead of 294–309 MB and run 10–14% faster; 5 MB of repeated news peaks at
 * 241 MB instead of 456 MB.
 *
 * Only flags V8 reads as it runs can go here: one that reshapes the heap or its threads after
 * start-up breaks it (`--single-threaded-gc` set this way aborts the process at its first
 * collection), so every flag added needs a run of the CLI tests and `npm run bench -- jobs`.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flags `applyCommandV8Settings` sets. */
export const COMMAND_V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];

/**
 * Sets COMMAND_V8_FLAGS on the current process. Call it before the pipeline's modules are
 * imported (V8 keeps the decisions it made before).
 *
 * @example
 * applyCommandV8Settings();
 * const { main } = await import('./main.js');
 */
export function applyCommandV8Settings(): void {
  for (const flag of COMMAND_V8_FLAGS) setFlagsFromString(flag);
}
