// `newsnorm --jobs 2` against `--jobs 1` on N articles (default 2,000: the fixtures cycled, ids
// unique), run as a user would (the built CLI, JSONL file in, JSONL out). Reports wall time,
// speedup (target >= 1.7x on an idle 2-core machine), CPU time, peak memory, and the CPU-time
// view for a shared machine: how much CPU the two runs spent for the same work and how many
// cores the parallel run actually got (CPU / wall). As a control it also runs two independent
// `--jobs 1` processes at once, each on half of the input: the speedup they reach is what the
// machine gives two busy cores (shared caches, memory bandwidth, a host's hyperthreads), the
// ceiling for any pool. Run: npm run build && npm run bench -- jobs [N]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixtures } from '../../test/support/fixtures.js';
import type { BenchRow } from '../bench.js';

export const onDemand = true;

interface RunStats {
  wallS: number;
  cpuS: number;
  peakMb: number;
  records: number;
  errors: number;
}

function runCli(cli: string, input: string, jobs: number): RunStats {
  const started = performance.now();
  const child = spawnSync(process.execPath, [cli, input, '--jobs', String(jobs), '--summary', '--out', '/dev/null'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const wallS = (performance.now() - started) / 1000;
  const m = /newsnorm: ([\d,]+) records, (\d+) errors, .* CPU ([\d.]+) s, peak memory (\d+) MB/.exec(child.stderr);
  if (child.status !== 0 || !m) throw new Error(`newsnorm --jobs ${jobs} failed (${child.status}): ${child.stderr}`);
  return {
    wallS,
    records: Number(m[1]!.replace(/,/g, '')),
    errors: Number(m[2]),
    cpuS: Number(m[3]),
    peakMb: Number(m[4]),
  };
}

// Two `--jobs 1` processes at once, one per file; the wall time of the pair.
function runPair(cli: string, inputs: [string, string]): Promise<number> {
  const started = performance.now();
  const one = (input: string) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, input, '--jobs', '1', '--out', '/dev/null'], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`newsnorm exited ${code}`))));
    });
  return Promise.all(inputs.map(one)).then(() => (performance.now() - started) / 1000);
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const count = Number(args[0] ?? 2000);
  const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
  if (!existsSync(cli)) return [{ name: 'jobs', value: 'skipped', note: 'run npm run build first' }];
  const fixtures = loadFixtures();
  const dir = mkdtempSync(join(tmpdir(), 'newsnorm-jobs-'));
  try {
    const input = join(dir, 'in.jsonl');
    const lines = Array.from({ length: count }, (_, i) => {
      const f = fixtures[i % fixtures.length]!;
      return JSON.stringify({ id: `a${i}`, text: f.raw, publishedAt: f.publishedAt });
    });
    writeFileSync(input, `${lines.join('\n')}\n`);
    const halves: [string, string] = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')];
    writeFileSync(halves[0], `${lines.slice(0, count >> 1).join('\n')}\n`);
    writeFileSync(halves[1], `${lines.slice(count >> 1).join('\n')}\n`);
    const mb = Buffer.byteLength(lines.join('\n')) / 1e6;
    const one = runCli(cli, input, 1);
    const two = runCli(cli, input, 2);
    const pairWall = await runPair(cli, halves);
    const note = (s: RunStats) =>
      `CPU ${s.cpuS.toFixed(1)} s, ${(s.cpuS / s.wallS).toFixed(2)} cores busy, peak ${s.peakMb} MB, ${s.records} records`;
    return [
      {
        name: `--jobs 1, ${count} articles (${mb.toFixed(1)} MB)`,
        value: `${one.wallS.toFixed(1)} s`,
        note: note(one),
      },
      { name: `--jobs 2, ${count} articles`, value: `${two.wallS.toFixed(1)} s`, note: note(two) },
      {
        name: 'speedup of --jobs 2 (wall clock)',
        value: `${(one.wallS / two.wallS).toFixed(2)}x`,
        note: 'target >= 1.7x on an idle machine',
      },
      {
        name: 'control: two --jobs 1 processes on halves',
        value: `${pairWall.toFixed(1)} s = ${(one.wallS / pairWall).toFixed(2)}x`,
        note: `the machine's ceiling for two busy cores; --jobs 2 reaches ${((100 * (one.wallS / two.wallS)) / (one.wallS / pairWall)).toFixed(0)}% of it`,
      },
      {
        name: 'CPU time of --jobs 2 / --jobs 1',
        value: `${(two.cpuS / one.cpuS).toFixed(2)}x`,
        note: `parallel overhead; on 2 idle cores the speedup would be about ${(2 * (one.cpuS / two.cpuS)).toFixed(2)}x`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
