// Throughput of clean (and of normalizeArticle end to end) on the fixture articles.
import { clean } from '../../src/clean/index.js';
import { normalizeArticle } from '../../src/index.js';
import { loadFixtures } from '../../test/support/fixtures.js';
import type { BenchRow } from '../bench.js';
import { measure } from './measure.js';

export async function run(): Promise<BenchRow[]> {
  const fixtures = loadFixtures();
  const bytes = fixtures.reduce((sum, f) => sum + Buffer.byteLength(f.raw), 0);
  const cleanRun = measure(() => { for (const f of fixtures) clean(f.raw); });
  const pipeline = measure(() => { for (const f of fixtures) normalizeArticle(f.raw, { publishedAt: f.publishedAt }); }, 1500);
  return [
    { name: 'clean throughput (5 fixtures)', value: `${((bytes * cleanRun.perSecond) / 1e6).toFixed(1)} MB/s`, note: `${(cleanRun.msPerRun / fixtures.length).toFixed(3)} ms/article, median of ${cleanRun.samples} runs` },
    { name: 'normalizeArticle (all stages)', value: `${(pipeline.msPerRun / fixtures.length).toFixed(1)} ms/article`, note: `${((bytes * pipeline.perSecond) / 1e6).toFixed(2)} MB/s` },
  ];
}
