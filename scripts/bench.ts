// Throughput on the fixture articles: `npm run bench [-- <stage>]`. Each stage's benchmark
// lives in scripts/bench/<stage>.ts and exports `run(): Promise<BenchRow[]>`.
import { readdirSync } from 'node:fs';

export interface BenchRow { name: string; value: string; note?: string }

const wanted = process.argv[2];
const files = readdirSync(new URL('./bench/', import.meta.url)).filter((f) => f.endsWith('.ts')).sort();
for (const file of files) {
  const stage = file.replace(/\.ts$/, '');
  if (wanted && wanted !== stage) continue;
  const mod = (await import(`./bench/${file}`)) as { run?: () => Promise<BenchRow[]> };
  if (typeof mod.run !== 'function') continue; // a shared helper module, not a benchmark
  for (const row of await mod.run()) {
    console.log(`${stage.padEnd(9)} ${row.name.padEnd(44)} ${row.value}${row.note ? `  (${row.note})` : ''}`);
  }
}
