// One case of the adversarial benchmark, in its own process so that its memory is its own:
// warms up on a fixture (so lazy set-up is not billed to a 10 KB case), builds the input, runs
// normalizeArticle once and prints one JSON line per stage call as it
// finishes ({ stage, ms }), then { done, ms, cpuMs, rssBeforeMb, peakMb }. The parent reads the stage
// lines to tell which stage was running when a case blew its time budget.
import { readFileSync } from 'node:fs';
import { runPipeline } from '../../src/normalize.js';
import { adversarialInput } from './adversarial-shapes.js';

const [shape, bytes] = [process.argv[2]!, Number(process.argv[3])];
runPipeline(readFileSync(new URL('../../fixtures/000_9c24d1b063489f0a.txt', import.meta.url), 'utf8'), { publishedAt: '2022-03-01' });
const raw = adversarialInput(shape, bytes);
const rssBeforeMb = process.memoryUsage.rss() / 1e6;
const cpu = process.cpuUsage();
const started = performance.now();
runPipeline(raw, { publishedAt: '2022-03-01' }, (stage, ms) => process.stdout.write(`${JSON.stringify({ stage, ms })}\n`));
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ done: true, ms, cpuMs: (used.user + used.system) / 1000, rssBeforeMb, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
