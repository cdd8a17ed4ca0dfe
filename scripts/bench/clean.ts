// Throughput of clean (and of normalizeArticle end to end) on the fixture articles. Besides
// the wall-clock median, clean is also timed in CPU time (process.cpuUsage), which other
// jobs on the shared machine disturb less.
//
// With --pages FILE.jsonl (one {"text": …} page per line; the data stays outside the
// repository) it times clean on those pages instead, in a fresh process run from a bundle with
// plain node: the import, one cold pass (what a one-shot run or a scorer pays: first-call
// set-up, regex compilation, JIT warm-up) and warm passes in CPU time (best and median of
// --passes N, default 8).
//   npm run bench -- clean --pages ../shared/bench/clean/dev.jsonl [--passes 8]
import { spawn } from 'node:child_process';
import { clean } from '../../src/clean/index.js';
import { normalizeArticle } from '../../src/index.js';
import { loadFixtures } from '../../test/support/fixtures.js';
import type { BenchRow } from '../bench.js';
import { bundleCase } from './bundle-case.js';
import { measure } from './measure.js';

export async function run(args: string[] = []): Promise<BenchRow[]> {
  const pagesAt = args.indexOf('--pages');
  if (pagesAt >= 0) {
    const file = args[pagesAt + 1];
    if (!file) throw new Error('bench clean: --pages needs a JSONL file');
    const passesAt = args.indexOf('--passes');
    return runPages(file, passesAt >= 0 ? Number(args[passesAt + 1]) : 8);
  }
  const fixtures = loadFixtures();
  const bytes = fixtures.reduce((sum, f) => sum + Buffer.byteLength(f.raw), 0);
  const cleanRun = measure(() => {
    for (const f of fixtures) clean(f.raw);
  });
  const cpuMs = cpuMsPerRun(() => {
    for (const f of fixtures) clean(f.raw);
  });
  const pipeline = measure(() => {
    for (const f of fixtures) normalizeArticle(f.raw, { publishedAt: f.publishedAt });
  }, 1500);
  return [
    {
      name: 'clean throughput (5 fixtures)',
      value: `${((bytes * cleanRun.perSecond) / 1e6).toFixed(1)} MB/s`,
      note: `${(cleanRun.msPerRun / fixtures.length).toFixed(3)} ms/article, median of ${cleanRun.samples} runs`,
    },
    {
      name: 'clean CPU time (5 fixtures)',
      value: `${((bytes * 1000) / cpuMs / 1e6).toFixed(1)} MB/s`,
      note: `${(cpuMs / fixtures.length).toFixed(3)} ms/article CPU, best of 7 batches`,
    },
    {
      name: 'normalizeArticle (all stages)',
      value: `${(pipeline.msPerRun / fixtures.length).toFixed(1)} ms/article`,
      note: `${((bytes * pipeline.perSecond) / 1e6).toFixed(2)} MB/s`,
    },
  ];
}

// CPU milliseconds per run: warm up, then the best of 7 batches of 50 runs.
function cpuMsPerRun(fn: () => void): number {
  for (let i = 0; i < 100; i++) fn();
  let best = Infinity;
  for (let batch = 0; batch < 7; batch++) {
    const start = process.cpuUsage();
    for (let i = 0; i < 50; i++) fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / 50);
  }
  return best;
}

interface PagesRun {
  pages: number;
  bytes: number;
  importMs: number;
  firstMs: number;
  coldMs: number;
  coldCpuMs: number;
  warmBestMs: number;
  warmMedianMs: number;
}

async function runPages(file: string, passes: number): Promise<BenchRow[]> {
  const script = await bundleCase('clean-pages-case');
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [script, file, String(passes)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`bench clean --pages: exit ${code}`))));
  });
  const r = JSON.parse(output.trim()) as PagesRun;
  const mbps = (ms: number) => `${(r.bytes / 1e3 / ms).toFixed(2)} MB/s`;
  const label = `${r.pages} pages, ${(r.bytes / 1e6).toFixed(2)} MB`;
  return [
    {
      name: `clean cold one pass (${label})`,
      value: mbps(r.coldMs),
      note: `${r.coldMs.toFixed(0)} ms wall (CPU ${r.coldCpuMs.toFixed(0)} ms), first page ${r.firstMs.toFixed(0)} ms, import ${r.importMs.toFixed(0)} ms; fresh process`,
    },
    {
      name: `clean warm CPU time (${label})`,
      value: mbps(r.warmBestMs),
      note: `best ${r.warmBestMs.toFixed(0)} ms per pass, median ${r.warmMedianMs.toFixed(0)} ms = ${mbps(r.warmMedianMs)}, of ${passes} passes`,
    },
  ];
}
