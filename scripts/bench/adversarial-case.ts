// One case of the adversarial benchmark, in its own process so that its memory is its own:
// warms up on the fixtures (so lazy set-up is not billed to a 10 KB case), builds the input, runs
// normalizeArticle once and prints one JSON line per stage call as it
// finishes ({ stage, ms }), then { done, ms, cpuMs, rssBeforeMb, peakMb }. The parent reads the stage
// lines to tell which stage was running when a case blew its time budget.
import { readdirSync, readFileSync } from 'node:fs';
import { runPipeline } from '../../src/normalize.js';
import { adversarialInput } from './adversarial-shapes.js';

const [shape, bytes] = [process.argv[2]!, Number(process.argv[3])];
const fixtures = new URL('../../fixtures/', import.meta.url);
for (let round = 0; round < 2; round++) {
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.txt')))
    runPipeline(readFileSync(new URL(name, fixtures), 'utf8'), { publishedAt: '2022-03-01' });
}
const raw = adversarialInput(shape, bytes);
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
