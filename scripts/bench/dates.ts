/**
 * Throughput of resolveDates on the fixture articles (MB/s of UTF-16 text), after a
 * warm-up, over enough repetitions to run for about two seconds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as chrono from 'chrono-node/en';
import { resolveDates } from '../../src/dates/index.js';

export async function run(): Promise<{ name: string; value: string; note?: string }[]> {
  const dir = new URL('../../fixtures/', import.meta.url);
  const meta = JSON.parse(readFileSync(new URL('fixtures.json', dir), 'utf8')) as Record<
    string,
    { publishedAt: string }
  >;
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(new URL(f, dir), 'utf8'), publishedAt: meta[f]?.publishedAt ?? '2021-12-07' }));
  const bytes = articles.reduce((n, a) => n + a.text.length, 0);
  const once = () => {
    let n = 0;
    for (const a of articles) n += resolveDates(a.text, { publishedAt: a.publishedAt }).length;
    return n;
  };
  for (let i = 0; i < 5; i++) once();
  let rounds = 0;
  let found = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    found = once();
    rounds++;
  }
  const seconds = (performance.now() - t0) / 1000;
  // plain chrono on the same text, measured right after, so a loaded machine shows in both rows
  const ref = { instant: new Date(Date.UTC(2021, 11, 7, 12)), timezone: 0 };
  let chronoRounds = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < 1000) {
    for (const a of articles) chrono.casual.parse(a.text, ref);
    chronoRounds++;
  }
  const chronoSeconds = (performance.now() - t1) / 1000;
  return [
    {
      name: 'resolveDates throughput (fixtures)',
      value: `${((bytes * rounds) / 1e6 / seconds).toFixed(2)} MB/s`,
      note: `${rounds} rounds × ${articles.length} articles, ${(bytes / 1000).toFixed(1)} k chars, ${found} expressions per round`,
    },
    {
      name: 'chrono-node casual alone (same text)',
      value: `${((bytes * chronoRounds) / 1e6 / chronoSeconds).toFixed(2)} MB/s`,
      note: 'baseline for the machine load',
    },
    {
      name: 'resolveDates per article (mean)',
      value: `${((seconds * 1000) / (rounds * articles.length)).toFixed(2)} ms`,
    },
  ];
}
