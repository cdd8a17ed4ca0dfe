/**
 * A full garbage collection on request, for the chunked analysis of huge inputs and before the
 * parse of a long article analysed whole (normalize.ts, `LONG_ARTICLE`).
 *
 * Why: a call on a megabyte-sized text parses hundreds of chunks, and V8 moves most of each
 * chunk's parse to its old generation (allocation-site pretenuring), where it dies. V8 lets that
 * generation grow to about four times the live heap before it collects it, so a 5 MB article
 * peaked at 455 MB with node's defaults although it holds about 100 MB alive. Collecting once
 * every 100,000 characters keeps the peak near what is alive (217 MB) and costs no time
 * (docs/cli.md, "Bounded memory for huge articles").
 *
 * How: node offers `gc()` only to a process started with `--expose-gc`. We take it the way the
 * `expose-gc` package does: set the flag, read `gc` from a fresh vm context, and clear the flag
 * again at once, so no later context sees it and the engine's collection policy is unchanged.
 * Outside node (a bundler's browser build) there is no `process.getBuiltinModule` and nothing
 * happens.
 */

type Collect = () => void;

let collect: Collect | null | undefined;

interface NodeBuiltins {
  getBuiltinModule?: (id: string) => unknown;
}

function findCollector(): Collect | null {
  const own = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return own as Collect;
  const proc = (globalThis as { process?: NodeBuiltins }).process;
  if (typeof proc?.getBuiltinModule !== 'function') return null;
  try {
    const v8 = proc.getBuiltinModule('node:v8') as { setFlagsFromString(flags: string): void } | undefined;
    const vm = proc.getBuiltinModule('node:vm') as { runInNewContext(code: string): unknown } | undefined;
    if (!v8 || !vm) return null;
    v8.setFlagsFromString('--expose-gc');
    try {
      const gc = vm.runInNewContext('gc');
      return typeof gc === 'function' ? (gc as Collect) : null;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  } catch {
    return null;
  }
}

/**
 * Runs a full garbage collection when the runtime allows it (node ≥ 20.16); returns whether
 * it ran. For code that has just dropped a large amount of garbage and is about to make more.
 *
 * @example
 * collectGarbage(); // true under node, false where no collector can be reached
 */
export function collectGarbage(): boolean {
  if (collect === undefined) collect = findCollector();
  if (!collect) return false;
  collect();
  return true;
}
