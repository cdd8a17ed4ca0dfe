/**
 * Records of a batch: what goes in (a string or `{ id, text, publishedAt }`), what comes out
 * (the article with its id, or `{ id, error }`) and the task a record becomes. Types and checks
 * only: this module loads no stage (run-task.ts does).
 */
import type { Article, NormalizeOptions } from '../normalize.js';

/**
 * The id of a record in a batch: the record's own `id`, else its position in the input
 * (0-based; the CLI uses the file path or the JSONL line number).
 *
 * @example
 * const id: BatchId = 'reuters-2021-12-07-001';
 */
export type BatchId = string | number;

/**
 * One article of a batch, as an object. A bare string is an article without id or date.
 *
 * @example
 * const record: BatchRecord = { id: 'a1', text: raw, publishedAt: '2021-12-07' };
 */
export interface BatchRecord {
  id?: BatchId;
  /** The raw article. */
  text: string;
  /** The publication date of this article; overrides `options.publishedAt`. */
  publishedAt?: Date | string;
}

/**
 * What a batch reads: a raw article string, or a record with its id and date.
 *
 * @example
 * const inputs: BatchInput[] = ['First article…', { id: 7, text: 'Second…', publishedAt: '2021-12-07' }];
 */
export type BatchInput = string | BatchRecord;

/**
 * A record that was normalized: the `Article` plus the record's id.
 *
 * @example
 * const ok: BatchArticle = { id: 'a1', ...normalizeArticle(raw) };
 */
export interface BatchArticle extends Article {
  id: BatchId;
}

/**
 * A record that could not be normalized, with the error's name and message.
 *
 * @example
 * const failed: BatchFailure = { id: 3, error: { name: 'RangeError', message: 'normalizeArticle: publishedAt "soon" is not a valid date' } };
 */
export interface BatchFailure {
  id: BatchId;
  error: { name: string; message: string };
}

/**
 * One result of a batch, in input order: an article or a failure (test with `isBatchFailure`).
 *
 * @example
 * for await (const result of normalizeMany(records)) {
 *   if (isBatchFailure(result)) console.error(result.id, result.error.message);
 *   else console.log(result.id, result.entities.length);
 * }
 */
export type BatchResult = BatchArticle | BatchFailure;

/**
 * True when a batch result is a failure.
 *
 * @example
 * isBatchFailure({ id: 1, error: { name: 'TypeError', message: 'no text' } }); // true
 */
export function isBatchFailure(result: BatchResult): result is BatchFailure {
  return typeof result === 'object' && result !== null && 'error' in result;
}

/**
 * Work for one record: normalize `raw`, or report an error found while reading the record.
 * `encode` asks for the result as its JSON text (`EncodedResult`), written by the thread that
 * computed it.
 */
export type Task = (
  { id: BatchId; raw: string; options: NormalizeOptions } | { id: BatchId; failure: { name: string; message: string } }
) & { encode?: boolean };

/**
 * A result already serialised by the thread that computed it. The CLI asks for this: writing
 * JSON in the workers, not in the thread that orders and writes the output, keeps that thread
 * from becoming the bottleneck of a parallel run (and a string crosses threads cheaper than
 * the object graph).
 */
export interface EncodedResult {
  id: BatchId;
  /** True when the record failed (`json` holds `{ id, error }`). */
  failed: boolean;
  /** `JSON.stringify` of the `BatchResult`. */
  json: string;
}

/** What a runner gives back for a task: the result, or its JSON when the task asked for `encode`. */
export type TaskOutput = BatchResult | EncodedResult;

/** True when a runner's output is an `EncodedResult`. */
export function isEncoded(output: TaskOutput): output is EncodedResult {
  return 'json' in output && typeof output.json === 'string' && 'failed' in output;
}

/** The `BatchResult` of a runner's output, decoding it when it was encoded. */
export function decodeOutput(output: TaskOutput): BatchResult {
  return isEncoded(output) ? (JSON.parse(output.json) as BatchResult) : output;
}

/** The task of one input item, given the batch's normalize options. Never throws. */
export function taskOf(item: unknown, index: number, options: NormalizeOptions): Task {
  if (typeof item === 'string') return { id: index, raw: item, options };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return {
      id: index,
      failure: {
        name: 'TypeError',
        message: `record ${index}: expected a string or a { text } object, got ${describe(item)}`,
      },
    };
  }
  const record = item as Partial<BatchRecord>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : index;
  if (typeof record.text !== 'string') {
    return {
      id,
      failure: {
        name: 'TypeError',
        message: `record ${JSON.stringify(id)}: expected text to be a string, got ${describe(record.text)}`,
      },
    };
  }
  return {
    id,
    raw: record.text,
    options: record.publishedAt === undefined ? options : { ...options, publishedAt: record.publishedAt },
  };
}

/** The name and message of anything thrown. */
export function errorOf(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
