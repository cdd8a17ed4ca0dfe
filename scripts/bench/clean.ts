// Throughput of clean (and of normalizeArticle end to end) on the fixture articles. Besides
// the wall-clock median, clean is also timed in CPU time (process.cpuUsage), which other
// jobs on the shared machine disturb less.
import { clean } from '../../src/clean/index.js';
import { normalizeArticle } from '../../src/index.js';
import { loadFixtures } from '../../test/support/fixtures.js';
import type { BenchRow } from '../bench.js';
import { measure } from './measure.js';

export async function run(): Promise<BenchRow[]> {
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
