// Adversarial inputs for the entity stage (issue 16): seconds per megabyte and peak memory of
// extractEntities on pathological shapes at 10 KB, 100 KB and 1 MB, each run in a fresh child
// process. Slow (minutes), so it runs only when asked: `npm run bench -- entities-adversarial`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SHAPES: Record<string, string> = {
  'dot runs': '. ',
  'abbreviations (Mr. Joe)': 'Mr. Joe ',
  'no spaces': 'x',
  'names, no punctuation': 'Vladimir Putin Joe Biden ',
  newlines: '\n',
  'realistic article':
    'Kremlin spokesman Dmitry Peskov said on Tuesday that talks with U.S. officials in Geneva would resume. President Joe Biden met Angela Merkel in Berlin.\n',
};
// Shapes of distinct units: unit i as the source of a function of i (run in the child process).
// Thousands of different bodies with one head word share a merge bucket unless it is keyed on
// every word (merge-mentions.ts): quadratic before that fix.
const GENERATED: Record<string, string> = {
  'distinct bodies (Ministry of the X Affairs)':
    "(i) => `Ministry of the K${i.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[d])}ova Affairs and `",
  // Thousands of names ending alike each hold the same fragment ("Trade Council"): quadratic
  // while mergeFragments compared every name with every other.
  // A title's portfolio run on without end ("Secretary of Harbour Affairs, Trade and Sports and
  // …"): quadratic while none/title-portfolio scanned every word's run to its end.
  'portfolio run (Harbour Affairs, Trade and Sports and …)':
    "(i) => i === 0 ? 'The Secretary of ' : 'Harbour Affairs, Trade and Sports and '",
  'bodies ending alike (X Trade Council)':
    "(i) => `The K${i.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[d])}ova Trade Council met. `",
};
const SIZES = [10_000, 100_000, 1_000_000];

export async function run(): Promise<{ name: string; value: string; note?: string }[]> {
  if (process.argv[2] !== 'entities-adversarial') return [];
  const entry = fileURLToPath(new URL('../../src/entities/index.ts', import.meta.url));
  const rows: { name: string; value: string; note?: string }[] = [];
  const shapes: Array<[string, string]> = [
    ...Object.entries(SHAPES).map(([shape, unit]): [string, string] => [
      shape,
      `${JSON.stringify(unit)}.repeat(Math.ceil(SIZE / ${unit.length}))`,
    ]),
    ...Object.entries(GENERATED).map(([shape, unitOf]): [string, string] => [
      shape,
      `(() => { const unitOf = ${unitOf}; let s = ''; for (let i = 0; s.length < SIZE; i++) s += unitOf(i); return s; })()`,
    ]),
  ];
  for (const [shape, build] of shapes) {
    for (const size of SIZES) {
      const script = `
        const { extractEntities } = await import(${JSON.stringify(entry)});
        const SIZE = ${size};
        const text = ${build};
        extractEntities('warm-up text by Joe Biden.');
        const t0 = performance.now();
        extractEntities(text);
        const ms = performance.now() - t0;
        console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024 }));`;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) {
        rows.push({
          name: `${shape}, ${size / 1000} KB`,
          value: `FAILED (exit ${child.status})`,
          note: child.stderr.slice(-200),
        });
        continue;
      }
      const { ms, rss } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; rss: number };
      rows.push({
        name: `${shape}, ${size / 1000} KB`,
        value: `${((ms / 1000) * (1_000_000 / size)).toFixed(1)} s/MB`,
        note: `${ms.toFixed(0)} ms, peak ${rss.toFixed(0)} MB`,
      });
    }
  }
  return rows;
}
