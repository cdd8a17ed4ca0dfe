// normalizeArticle on adversarial shapes × sizes (10 KB → 5 MB), each case in its own process:
// asserts the "Done when" of issue 16 — at most 30 s/MB and 300 MB peak memory (the process's
// whole resident set, Node and the libraries included) — and, for a case over either bound,
// names the stage that took the time. The case runs from a bundle with plain node, as the built
// package would, not through a TypeScript loader. Time is judged in CPU seconds of the case (the machine is
// shared; wall-clock is shown beside it); a runaway case is killed at 8× the bound in wall-clock time.
// Each case runs twice: in a process with node's defaults (the library inside a user's program)
// and with the V8 settings of the `newsnorm` command (src/cli/v8-settings.ts); each is judged.
// Run: npm run bench -- adversarial [maxMB] [--runtime library|cli|both] [shape…]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '../bench.js';
import { adversarialInput, SHAPES } from './adversarial-shapes.js';
import { bundleCase } from './bundle-case.js';

export const onDemand = true;

const SECONDS_PER_MB = 30;
const PEAK_MB = 300;
const SIZES = [10e3, 100e3, 1e6, 5e6];

interface Outcome {
  ms: number | null;
  cpuMs: number | null;
  peakMb: number;
  stages: Record<string, number>;
  last?: string;
  timedOut: boolean;
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

type Runtime = 'library' | 'cli';
const RUNTIMES: readonly Runtime[] = ['library', 'cli'];

function runCase(caseScript: string, inputFile: string, bytes: number, runtime: Runtime): Promise<Outcome> {
  const budgetMs = Math.max(120_000, (8 * SECONDS_PER_MB * bytes) / 1e3);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [caseScript, FIXTURES, inputFile, runtime], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const outcome: Outcome = { ms: null, cpuMs: null, peakMb: 0, stages: {}, timedOut: false };
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = JSON.parse(line) as { stage?: string; ms: number; cpuMs?: number; done?: boolean; peakMb?: number };
        if (m.done) Object.assign(outcome, { ms: m.ms, cpuMs: m.cpuMs, peakMb: Math.max(outcome.peakMb, m.peakMb!) });
        else {
          outcome.stages[m.stage!] = (outcome.stages[m.stage!] ?? 0) + m.ms;
          outcome.last = m.stage;
        }
      }
    });
    // peak memory read from the kernel while it runs, so a case killed at its budget still has one
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) outcome.peakMb = Math.max(outcome.peakMb, Number(hwm[1]) / 1024);
      } catch {
        /* finished */
      }
    }, 200);
    const timer = setTimeout(() => {
      outcome.timedOut = true;
      child.kill('SIGKILL');
    }, budgetMs + 5000); // + process start-up and module loading
    child.on('close', () => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve(outcome);
    });
  });
}

const NEXT: Record<string, string> = {
  clean: 'dates',
  dates: 'parse',
  parse: 'entities',
  entities: 'quotes',
  quotes: 'dates',
};

/** Splits `[maxMB] [--runtime library|cli|both] [shape…]`. */
function parseArgs(args: string[]): { maxMb: number; runtimes: readonly Runtime[]; shapes: string[] } {
  const rest = [...args];
  let runtimes = RUNTIMES;
  const at = rest.indexOf('--runtime');
  if (at >= 0) {
    const value = rest.splice(at, 2)[1];
    if (value !== 'both' && !RUNTIMES.includes(value as Runtime))
      throw new RangeError(`--runtime: expected library, cli or both, got ${value}`);
    runtimes = value === 'both' ? RUNTIMES : [value as Runtime];
  }
  const maxMb = Number(rest[0] ?? 5);
  return { maxMb, runtimes, shapes: rest.length > 1 ? rest.slice(1) : Object.keys(SHAPES) };
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const { maxMb, runtimes, shapes } = parseArgs(args);
  const rows: BenchRow[] = [];
  const failures: Record<Runtime, number> = { library: 0, cli: 0 };
  const caseScript = await bundleCase('adversarial-case');
  const dir = mkdtempSync(join(tmpdir(), 'newsnorm-adversarial-'));
  const inputFile = join(dir, 'input.txt');
  for (const shape of shapes) {
    for (const bytes of SIZES.filter((b) => b <= maxMb * 1e6)) {
      writeFileSync(inputFile, adversarialInput(shape, bytes));
      for (const runtime of runtimes) {
        const o = await runCase(caseScript, inputFile, bytes, runtime);
        const mb = bytes / 1e6;
        const sPerMb = o.cpuMs === null ? null : o.cpuMs / 1000 / mb;
        const slow = o.timedOut || sPerMb === null || sPerMb > SECONDS_PER_MB;
        const fat = o.peakMb > PEAK_MB;
        const top = Object.entries(o.stages).sort((a, b) => b[1] - a[1])[0];
        let verdict = slow || fat ? 'FAIL' : 'ok';
        if (slow || fat) failures[runtime]++;
        const stages = Object.entries(o.stages)
          .map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)}s`)
          .join(', ');
        let blame = '';
        if (o.timedOut) blame = `; killed at the budget while in ${o.last ? NEXT[o.last] : 'clean'}`;
        else if (slow || fat) blame = `; the most time: ${top?.[0]}`;
        if (o.timedOut) verdict += ' (timeout)';
        rows.push({
          name: `${shape}, ${mb >= 1 ? `${mb} MB` : `${bytes / 1e3} KB`}, ${runtime}`,
          value: `${sPerMb === null ? '—' : `${sPerMb.toFixed(2)} s/MB CPU (${(o.ms! / 1000 / mb).toFixed(1)} wall)`}, peak ${o.peakMb.toFixed(0)} MB  ${verdict}`,
          note: `${stages}${blame}`,
        });
        console.error(`  ${rows.at(-1)!.name}: ${rows.at(-1)!.value}`);
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });
  for (const runtime of runtimes) {
    const where = runtime === 'cli' ? 'as the newsnorm command runs' : "with node's defaults";
    rows.push({ name: `cases over a bound (30 s/MB, 300 MB), ${where}`, value: String(failures[runtime]) });
    if (failures[runtime]) process.exitCode = 1;
  }
  return rows;
}
