// Throughput on the fixture articles: `npm run bench [-- <stage> [args…]]`. Each benchmark lives
// in scripts/bench/<stage>.ts and exports `run(args): Promise<BenchRow[]>`. Benchmarks that take
// minutes (`export const onDemand = true`: adversarial, jobs) run only when named.
import { readdirSync } from 'node:fs';

export interface BenchRow {
  name: string;
  value: string;
  note?: string;
}

const [wanted, ...args] = process.argv.slice(2);
const files = readdirSync(new URL('./bench/', import.meta.url))
  // `*-case.ts` files are child-process scripts (one adversarial case each), run by their parent
  .filter((f) => f.endsWith('.ts') && !f.endsWith('-case.ts'))
  .sort();
for (const file of files) {
  const stage = file.replace(/\.ts$/, '');
  if (wanted && wanted !== stage) continue;
  const mod = (await import(`./bench/${file}`)) as {
    run?: (args: string[]) => Promise<BenchRow[]>;
    onDemand?: boolean;
  };
  if (typeof mod.run !== 'function') continue; // a shared helper module, not a benchmark
  if (mod.onDemand && wanted !== stage) {
    console.log(`${stage.padEnd(11)} (takes minutes: npm run bench -- ${stage})`);
    continue;
  }
  for (const row of await mod.run(args)) {
    console.log(`${stage.padEnd(11)} ${row.name.padEnd(46)} ${row.value}${row.note ? `  (${row.note})` : ''}`);
  }
}
