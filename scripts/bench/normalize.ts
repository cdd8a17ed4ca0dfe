// normalizeArticle against one bare compromise parse of the raw article (the target: ≤ 1.0×), on
// the fixtures, and its single-core throughput on whole scraped pages (../shared/bench/clean/
// dev.jsonl, or the path given: the target is ≥ 120 KiB/s). Both are timed in wall-clock and CPU
// time, rounds interleaved so that load from other processes hits both sides alike; the stage
// breakdown says where the time goes (the parse should dominate and see only the cleaned text).
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { runPipeline, type Stage } from '../../src/normalize.js';
import { loadFixtures } from '../../test/support/fixtures.js';
import type { BenchRow } from '../bench.js';

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed(fn: () => void): Timing {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - t0, cpuMs: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Interleaved rounds of each contender; median wall and CPU time per round.
function race(contenders: Record<string, () => void>, rounds: number): Record<string, Timing> {
  for (const fn of Object.values(contenders)) fn(); // warm-up
  const samples: Record<string, Timing[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) for (const [name, fn] of Object.entries(contenders)) samples[name]!.push(timed(fn));
  return Object.fromEntries(
    Object.entries(samples).map(([k, s]) => [
      k,
      { wallMs: median(s.map((x) => x.wallMs)), cpuMs: median(s.map((x) => x.cpuMs)) },
    ]),
  );
}

function stageShares(texts: Array<{ raw: string; publishedAt?: string }>): string {
  const spent: Partial<Record<Stage | 'parse', number>> = {};
  for (const t of texts)
    runPipeline(
      t.raw,
      t.publishedAt ? { publishedAt: t.publishedAt } : {},
      (stage, ms) => (spent[stage] = (spent[stage] ?? 0) + ms),
    );
  const total = Object.values(spent).reduce((a, b) => a + b, 0);
  return Object.entries(spent)
    .map(([s, ms]) => `${s} ${((100 * ms) / total).toFixed(0)}%`)
    .join(', ');
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const fixtures = loadFixtures();
  const rounds = 15;
  const r = race(
    {
      bare: () => {
        for (const f of fixtures) nlp(f.raw);
      },
      ours: () => {
        for (const f of fixtures) runPipeline(f.raw, { publishedAt: f.publishedAt });
      },
    },
    rounds,
  );
  const n = fixtures.length;
  rows.push(
    {
      name: 'compromise nlp(raw), ms/article',
      value: `${(r.bare!.wallMs / n).toFixed(1)}`,
      note: `CPU ${(r.bare!.cpuMs / n).toFixed(1)} ms; ${n} fixtures, median of ${rounds} interleaved rounds`,
    },
    {
      name: 'normalizeArticle, ms/article',
      value: `${(r.ours!.wallMs / n).toFixed(1)}`,
      note: `CPU ${(r.ours!.cpuMs / n).toFixed(1)} ms`,
    },
    {
      name: 'normalizeArticle / bare parse of the raw text',
      value: `${(r.ours!.wallMs / r.bare!.wallMs).toFixed(2)}x`,
      note: `CPU time ${(r.ours!.cpuMs / r.bare!.cpuMs).toFixed(2)}x; target <= 1.0x`,
    },
    { name: 'where the time goes (fixtures)', value: stageShares(fixtures) },
  );

  const devPath = args[0] ?? new URL('../../../shared/bench/clean/dev.jsonl', import.meta.url).pathname;
  if (!existsSync(devPath)) {
    rows.push({ name: 'scraped pages', value: 'skipped', note: `no ${devPath}` });
    return rows;
  }
  const pages = readFileSync(devPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p), 0);
  const pass = race(
    {
      bare: () => {
        for (const p of pages) nlp(p);
      },
      ours: () => {
        for (const p of pages) runPipeline(p);
      },
    },
    3,
  );
  const kib = (ms: number) => (bytes / 1024 / (ms / 1000)).toFixed(0);
  rows.push(
    {
      name: `scraped pages (${pages.length}, ${(bytes / 1024).toFixed(0)} KiB), single core`,
      value: `${kib(pass.ours!.wallMs)} KiB/s`,
      note: `by CPU time ${kib(pass.ours!.cpuMs)} KiB/s; median of 3 passes; target >= 120 KiB/s`,
    },
    {
      name: 'normalizeArticle / bare parse of the raw pages',
      value: `${(pass.ours!.wallMs / pass.bare!.wallMs).toFixed(2)}x`,
      note: `CPU time ${(pass.ours!.cpuMs / pass.bare!.cpuMs).toFixed(2)}x; bare nlp(raw) ${kib(pass.bare!.wallMs)} KiB/s`,
    },
    { name: 'where the time goes (pages)', value: stageShares(pages.map((raw) => ({ raw }))) },
  );
  return rows;
}
