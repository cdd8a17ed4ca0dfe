// One run of the pages benchmark of clean (scripts/bench/clean.ts --pages), in a fresh process
// so that the first pass is cold as a user's is: the import, then one pass over the pages (the
// first call's set-up, regex compilation and JIT warm-up included), then warm passes timed in
// CPU time. The parent bundles this file with its sources and runs it with plain node, as the
// package's build would be run. Arguments: the JSONL file ({"text": …} per line) and the
// number of warm passes. Prints one JSON line.
import { readFileSync } from 'node:fs';

const [file, passesArg] = [process.argv[2]!, process.argv[3]];
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

const importStarted = performance.now();
const { clean } = await import('../../src/clean/index.js');
const importMs = performance.now() - importStarted;

const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;
const coldCpu = process.cpuUsage();
const coldStarted = performance.now();
let firstMs = 0;
for (const text of texts) {
  clean(text);
  if (firstMs === 0) firstMs = performance.now() - coldStarted;
}
const coldMs = performance.now() - coldStarted;
const coldCpuMs = cpuMs(process.cpuUsage(coldCpu));

for (const text of texts) clean(text); // one more untimed pass: the JIT settles
const warm: number[] = [];
for (let pass = 0; pass < Number(passesArg ?? 8); pass++) {
  const started = process.cpuUsage();
  for (const text of texts) clean(text);
  warm.push(cpuMs(process.cpuUsage(started)));
}
warm.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({ pages: texts.length, bytes, importMs, firstMs, coldMs, coldCpuMs, warmBestMs: warm[0], warmMedianMs: warm[warm.length >> 1] })}\n`,
);
