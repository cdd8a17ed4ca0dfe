// One case of the adversarial benchmark, in its own process so that its memory is its own. The
// parent bundles this file (sources included) and runs it with plain node: a TypeScript loader
// would add its own ~55 MB to the resident set being judged. Arguments: the fixtures folder and
// the input file, then optionally `cli` to run with the V8 settings of the `newsnorm` command
// (src/cli/v8-settings.ts) instead of node's defaults. Warms up on the fixtures (so lazy set-up is not billed to a 10 KB case), runs
// normalizeArticle once and prints one JSON line per stage call as it
// finishes ({ stage, ms }), then { done, ms, cpuMs, rssBeforeMb, peakMb }. The parent reads the stage
// lines to tell which stage was running when a case blew its time budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCommandV8Settings } from '../../src/cli/v8-settings.js';

const [fixtures, inputFile, runtime] = [process.argv[2]!, process.argv[3]!, process.argv[4]];
if (runtime === 'cli') applyCommandV8Settings();
// imported after the settings, as the command does
const { runPipeline } = await import('../../src/normalize.js');
for (let round = 0; round < 2; round++) {
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.txt')))
    runPipeline(readFileSync(join(fixtures, name), 'utf8'), { publishedAt: '2022-03-01' });
}
const raw = readFileSync(inputFile, 'utf8');
const bytes = Buffer.byteLength(raw);
const rssBeforeMb = process.memoryUsage.rss() / 1e6;
const cpu = process.cpuUsage();
const started = performance.now();
runPipeline(raw, { publishedAt: '2022-03-01' }, (stage, ms) =>
  process.stdout.write(`${JSON.stringify({ stage, ms })}\n`),
);
let ms = performance.now() - started;
const used = process.cpuUsage(cpu);
let cpuMs = (used.user + used.system) / 1000;
// small cases are timed three times (the best counts): a 10 KB case is a fraction of a second,
// where a stray collection or another process's burst would decide the verdict
if (bytes <= 100e3) {
  for (let again = 0; again < 2; again++) {
    const c = process.cpuUsage();
    const t = performance.now();
    runPipeline(raw, { publishedAt: '2022-03-01' });
    const u = process.cpuUsage(c);
    ms = Math.min(ms, performance.now() - t);
    cpuMs = Math.min(cpuMs, (u.user + u.system) / 1000);
  }
}
process.stdout.write(
  `${JSON.stringify({ done: true, ms, cpuMs, rssBeforeMb, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
