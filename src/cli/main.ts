/**
 * The `newsnorm` command: reads the inputs lazily, normalizes the records on a worker pool in
 * input order, writes JSON lines with backpressure (a slow reader slows the reading, memory
 * stays flat), optionally an HTML report per article, and reports progress on stderr. A bad
 * record is written as `{ id, error }` and counted; it never stops the run.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import packageJson from '../../package.json' with { type: 'json' };
import type { BatchId } from '../batch/record.js';
import type { NormalizeOptions } from '../normalize.js';
import { HELP, parseCommandLine, UsageError, type CliConfig } from './args.js';
import { listSources, readTasks } from './input.js';
import { formatSummary, ProgressBar, type Counts } from './progress.js';

/** The process streams the command talks to (replaceable in tests). */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: NodeJS.WriteStream;
}

/** Runs the command; resolves to the exit code (0 all good, 1 some records failed, 2 usage). */
export async function main(argv: readonly string[], io: Io, cores: number, signal?: AbortSignal): Promise<number> {
  let config: CliConfig;
  let sources;
  try {
    config = parseCommandLine(argv, cores);
    if (config.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (config.version) {
      io.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    if (!config.inputs.length && (io.stdin as { isTTY?: boolean }).isTTY)
      throw new UsageError('no input: give files or folders, or pipe JSON lines in (newsnorm --help)');
    sources = await listSources(config.inputs);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`newsnorm: ${error.message}\n`);
    return 2;
  }
  // the pipeline (compromise, chrono) loads only once the command line is known to be good
  const [{ normalizeArticle }, { runOrdered }, { createRunner }, { isBatchFailure, isEncoded }] = await Promise.all([
    import('../normalize.js'),
    import('../batch/ordered.js'),
    import('../batch/pool.js'),
    import('../batch/record.js'),
  ]);
  const options: NormalizeOptions = {};
  if (config.publishedAt !== undefined) options.publishedAt = config.publishedAt;
  if (config.language !== undefined) options.language = config.language;
  if (config.stages) options.stages = config.stages;
  try {
    normalizeArticle('', options); // bad option values are a usage error, not N failed records
  } catch (error) {
    io.stderr.write(`newsnorm: ${(error as Error).message.replace(/^normalizeArticle: /, '')}\n`);
    return 2;
  }

  const out = config.out ? createWriteStream(config.out) : io.stdout;
  if (config.html) await mkdir(config.html, { recursive: true });
  const render = config.html ? (await import('../report/index.js')).renderReport : undefined;
  const htmlNames = new Set<string>();

  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const counts: Counts = { records: 0, errors: 0, bytes: 0, totalBytes: sources.totalBytes, elapsedMs: 0 };
  const snapshot = (): Counts => ({ ...counts, elapsedMs: performance.now() - started });
  const interactive = !config.quiet && (config.progress ?? io.stderr.isTTY === true);
  const bar = interactive ? new ProgressBar(io.stderr, snapshot) : undefined;

  const runner = createRunner(config.jobs);
  const fields = { text: config.textField, id: config.idField, published: config.publishedField };
  // progress counts the input behind each written result, not what was read ahead of it
  let readBytes = 0;
  const readAt = new WeakMap<object, number>();
  // without HTML reports the workers hand back each result as its JSON line (EncodedResult)
  const encode = !render;
  const tasks = (async function* () {
    for await (const task of readTasks(sources.sources, fields, options, io.stdin, (n) => (readBytes += n))) {
      readAt.set(task, readBytes);
      if (encode) task.encode = true;
      yield task;
    }
  })();
  let outputClosed = false;
  out.on('error', () => (outputClosed = true)); // a reader that went away (| head): stop quietly
  let aborted = false;
  try {
    for await (const { task, result } of runOrdered(tasks, runner, signal)) {
      counts.records++;
      counts.bytes = readAt.get(task) ?? counts.bytes;
      let line: string;
      if (isEncoded(result)) {
        if (result.failed) counts.errors++;
        line = result.json;
      } else {
        if (isBatchFailure(result)) counts.errors++;
        else if (render && 'raw' in task)
          await writeFile(
            join(config.html!, htmlName(result.id, htmlNames)),
            render(result, task.raw, { title: String(result.id) }),
          );
        line = JSON.stringify(result);
      }
      if (outputClosed) break;
      if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), once(out, 'error')]);
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
    aborted = true;
  } finally {
    bar?.stop();
    await runner.close();
  }
  if (config.out && !outputClosed) {
    out.end();
    await once(out, 'finish');
  }
  const failed = counts.errors > 0;
  if (!config.quiet && (interactive || config.summary || failed || aborted)) {
    const cpu = process.cpuUsage(cpuStart);
    io.stderr.write(
      `${formatSummary(snapshot(), { jobs: config.jobs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 })}${aborted ? ' (interrupted)' : ''}\n`,
    );
  }
  return aborted ? 130 : failed ? 1 : 0;
}

/** A file name for a record's report: its id made safe for any file system, unique in the run. */
export function htmlName(id: BatchId, used: Set<string>): string {
  const base =
    String(id)
      .replace(/\.(txt|jsonl|ndjson)(?=:|$)/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .replace(/^[._]+|_+$/g, '')
      .slice(0, 120) || 'article';
  let name = `${base}.html`;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}.html`;
  used.add(name);
  return name;
}
