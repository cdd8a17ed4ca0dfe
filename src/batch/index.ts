/**
 * newsnorm/batch — many articles at once: `normalizeMany` (an async iterable of results in
 * input order) and `createNormalizeStream` (an object-mode Transform for `stream.pipeline`),
 * in this thread or on a pool of worker threads (`jobs`), with bounded memory and an
 * `AbortSignal`. A record that fails becomes `{ id, error }` in its place; nothing is thrown
 * for it. Importing this module starts no thread; a pool starts on the first record.
 *
 * @example
 * import { normalizeMany } from 'newsnorm/batch';
 * for await (const result of normalizeMany([{ id: 'a1', text: raw }], { jobs: 2 })) console.log(result.id);
 */
import { Transform, type TransformCallback } from 'node:stream';
import { checkOptions } from '../core/errors.js';
import { normalizeArticle, type NormalizeOptions } from '../normalize.js';
import { runOrdered } from './ordered.js';
import { checkJobs, createRunner, type Runner } from './pool.js';
import { decodeOutput, taskOf, type BatchInput, type BatchResult, type Task } from './record.js';
import { runTask } from './run-task.js';

export { isBatchFailure } from './record.js';
export type { BatchArticle, BatchFailure, BatchId, BatchInput, BatchRecord, BatchResult } from './record.js';

/**
 * Options of `normalizeMany` and `createNormalizeStream`: `normalizeArticle`'s options for every
 * record, plus how many threads to use and a signal to stop.
 *
 * @example
 * const options: BatchOptions = { jobs: 2, stages: ['clean', 'dates'], signal: AbortSignal.timeout(60_000) };
 */
export interface BatchOptions extends NormalizeOptions {
  /**
   * Worker threads to use, default 1 (this thread). With more than one, options must be plain
   * data (custom clean rules hold functions: use them with `jobs: 1`).
   */
  jobs?: number;
  /** Stops the batch: the iterator throws / the stream is destroyed with the signal's reason. */
  signal?: AbortSignal;
}

// prettier-ignore
const BATCH_KEYS = ['jobs', 'signal', 'publishedAt', 'language', 'stages', 'clean', 'dates', 'entities', 'quotes'] as const;

interface Checked {
  jobs: number;
  signal: AbortSignal | undefined;
  normalize: NormalizeOptions;
}

/** Validates batch options at the door, so a typo fails once instead of once per record. */
function checkBatchOptions(options: BatchOptions | undefined, fn: string): Checked {
  const { jobs, signal, ...normalize } = checkOptions(options, BATCH_KEYS, fn);
  const threads = checkJobs(jobs, fn);
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw new TypeError(`${fn}: expected options.signal to be an AbortSignal`);
  try {
    normalizeArticle('', normalize); // the same checks as for one article, on an empty one
  } catch (error) {
    if (error instanceof Error) error.message = error.message.replace(/^normalizeArticle/, fn);
    throw error;
  }
  if (threads > 1) {
    try {
      structuredClone(normalize);
    } catch {
      throw new TypeError(
        `${fn}: options cannot be sent to worker threads (custom rules hold functions); use jobs: 1 with them`,
      );
    }
  }
  return { jobs: threads, signal, normalize };
}

/**
 * Normalizes one record and never throws: the article with the record's id, or
 * `{ id, error: { name, message } }`. The building block of a queue worker, where each job is a
 * record (see examples/queue-worker.ts).
 *
 * @example
 * import { normalizeRecord } from 'newsnorm/batch';
 * const result = normalizeRecord({ id: 'a1', text: 'Talks resumed on Tuesday.', publishedAt: '2021-12-07' });
 * 'error' in result ? console.error(result.error.message) : console.log(result.dates[0]?.value); // '2021-12-07'
 */
export function normalizeRecord(record: BatchInput, options?: NormalizeOptions): BatchResult {
  const checked = checkBatchOptions(options, 'normalizeRecord');
  return runTask(taskOf(record, 0, checked.normalize));
}

async function* tasksOf(
  inputs: AsyncIterable<unknown> | Iterable<unknown>,
  options: NormalizeOptions,
): AsyncGenerator<Task> {
  let index = 0;
  for await (const item of inputs) yield taskOf(item, index++, options);
}

/**
 * Normalizes many articles, yielding one result per input in input order: the `Article` with
 * the record's `id`, or `{ id, error: { name, message } }` for a record that failed. Reads the
 * input lazily (at most a few records per job ahead of the consumer). With `jobs > 1` the
 * records run on worker threads; the pool is closed when the iteration ends, breaks or throws.
 *
 * @example
 * import { normalizeMany, isBatchFailure } from 'newsnorm/batch';
 * const records = [{ id: 'a1', text: 'ATHENS — Talks resumed on Tuesday.', publishedAt: '2021-12-07' }];
 * for await (const result of normalizeMany(records, { jobs: 2 })) {
 *   if (isBatchFailure(result)) console.error(result.id, result.error.message);
 *   else console.log(result.id, result.dates.map((d) => d.value));
 * }
 */
export function normalizeMany(
  inputs: AsyncIterable<BatchInput> | Iterable<BatchInput>,
  options?: BatchOptions,
): AsyncIterableIterator<BatchResult> {
  if (
    inputs === null ||
    typeof inputs !== 'object' ||
    !(Symbol.iterator in inputs || Symbol.asyncIterator in inputs) ||
    typeof inputs === 'string'
  ) {
    throw new TypeError('normalizeMany: expected inputs to be an iterable or async iterable of articles');
  }
  const { jobs, signal, normalize } = checkBatchOptions(options, 'normalizeMany');
  return (async function* () {
    const runner = createRunner(jobs);
    try {
      for await (const { result } of runOrdered(tasksOf(inputs, normalize), runner, signal)) yield decodeOutput(result);
    } finally {
      await runner.close();
    }
  })();
}

/**
 * An object-mode Transform: write articles (strings or `{ id, text, publishedAt }` records),
 * read results in the same order. A record that fails is written out as
 * `{ id, error: { name, message } }`, never emitted as a stream error; only an abort destroys
 * the stream. Honours backpressure: a slow reader holds the writer, whatever `jobs` is.
 *
 * @example
 * import { pipeline } from 'node:stream/promises';
 * import { Readable, Writable } from 'node:stream';
 * import { createNormalizeStream } from 'newsnorm/batch';
 * await pipeline(
 *   Readable.from([{ id: 1, text: 'Kremlin spokesman Dmitry Peskov said on Tuesday the talks were frank.' }]),
 *   createNormalizeStream({ jobs: 2, publishedAt: '2021-12-07' }),
 *   new Writable({ objectMode: true, write(result, _encoding, done) { console.log(result.id); done(); } }),
 * );
 */
export function createNormalizeStream(options?: BatchOptions): Transform {
  const { jobs, signal, normalize } = checkBatchOptions(options, 'createNormalizeStream');
  return new NormalizeStream(createRunner(jobs), normalize, signal);
}

class NormalizeStream extends Transform {
  private index = 0;
  // each entry settles once its result has been pushed; results are pushed in input order
  private readonly inFlight: Array<Promise<void>> = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly runner: Runner,
    private readonly options: NormalizeOptions,
    private readonly signal: AbortSignal | undefined,
  ) {
    super({ objectMode: true, highWaterMark: Math.max(1, runner.capacity) });
    if (signal) {
      const abort = () => this.destroy(signal.reason as Error);
      if (signal.aborted) queueMicrotask(abort);
      else signal.addEventListener('abort', abort, { once: true });
    }
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
    const result = this.runner.run(taskOf(chunk, this.index++, this.options), this.signal);
    result.catch(() => {});
    const pushed = this.tail
      .then(() => result)
      .then((r) => {
        this.inFlight.shift();
        if (!this.destroyed) this.push(decodeOutput(r));
      });
    this.tail = pushed.catch(() => {});
    this.inFlight.push(pushed);
    if (this.inFlight.length < this.runner.capacity) callback();
    else this.inFlight[0]!.then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    Promise.all(this.inFlight)
      .then(() => this.runner.close())
      .then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.runner.close().then(
      () => callback(error),
      () => callback(error),
    );
  }
}
