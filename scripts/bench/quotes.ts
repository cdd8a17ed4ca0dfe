// Throughput of extractQuotes on the fixture articles (`npm run bench -- quotes`), given the
// shared parse and entities as normalizeArticle gives them (the parse is the entity stage's cost).
// Wall time swings with the machine's load; the CPU time of the process (process.cpuUsage) is
// the steadier figure on a shared machine, so both are printed.
import { readdirSync, readFileSync } from 'node:fs';
import { extractEntitiesFromParse, parseText } from '../../src/entities/index.js';
import { extractQuotes } from '../../src/quotes/index.js';

/** One bench row per measure: throughput over the fixtures, and an adversarial input. */
export async function run(): Promise<{ name: string; value: string; note?: string }[]> {
  const dir = new URL('../../fixtures/', import.meta.url);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const inputs = texts.map((t) => {
    const parsed = parseText(t);
    return { t, options: { parsed, entities: extractEntitiesFromParse(parsed) } };
  });
  for (let i = 0; i < 20; i++) for (const { t, options } of inputs) extractQuotes(t, options); // warm-up
  const rounds = 200;
  let quotes = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < rounds; i++) for (const { t, options } of inputs) quotes += extractQuotes(t, options).length;
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  const mbPerSecond = (chars * rounds) / 1e6 / seconds;
  const cpuMbPerSecond = (chars * rounds) / 1e6 / ((cpu.user + cpu.system) / 1e6);
  const adversarial = '“a ” said X, “b '.repeat(60_000);
  const parsedAdversarial = parseText(adversarial);
  const t1 = performance.now();
  extractQuotes(adversarial, { parsed: parsedAdversarial, entities: [] });
  const advMs = performance.now() - t1;
  return [
    {
      name: 'extractQuotes throughput given the parse (fixtures)',
      value: `${mbPerSecond.toFixed(2)} MB/s wall, ${cpuMbPerSecond.toFixed(2)} MB/s CPU`,
      note: `${texts.length} articles, ${chars} chars × ${rounds}, ${quotes / rounds} quotes per pass`,
    },
    {
      name: 'extractQuotes per article (fixtures)',
      value: `${((seconds * 1000) / (rounds * texts.length)).toFixed(3)} ms`,
    },
    {
      name: 'extractQuotes adversarial 1 MB of marks, given the parse',
      value: `${advMs.toFixed(0)} ms`,
      note: `${adversarial.length} chars`,
    },
  ];
}
