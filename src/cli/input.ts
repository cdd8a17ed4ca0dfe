/**
 * The inputs of `newsnorm`, read lazily: folders are listed, .txt files are read one at a time
 * when their turn comes, JSON lines are split from a file or stdin stream chunk by chunk, so
 * memory holds only the records in flight, never a whole input. Every line or file becomes a
 * task; one that cannot be read or parsed becomes a failed task in its place.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { NormalizeOptions } from '../normalize.js';
import { errorOf, type BatchId, type Task } from '../batch/record.js';
import { UsageError } from './args.js';

/** One input: a text file (one article) or a stream of JSON lines. */
export type Source = { kind: 'text'; path: string } | { kind: 'jsonl'; path: string };

/** Field names of JSON records. */
export interface Fields {
  text: string;
  id: string;
  published: string;
}

// prettier-ignore
const JSONL = new Set(['.jsonl', '.ndjson']);

/**
 * The sources named on the command line, folders expanded (recursively, sorted by path), with
 * the total size in bytes of the files (for the progress bar; undefined when stdin is read).
 */
export async function listSources(
  inputs: readonly string[],
): Promise<{ sources: Source[]; totalBytes: number | undefined }> {
  if (!inputs.length) return { sources: [{ kind: 'jsonl', path: '-' }], totalBytes: undefined };
  const sources: Source[] = [];
  let totalBytes: number | undefined = 0;
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'jsonl', path: '-' });
      totalBytes = undefined;
      continue;
    }
    const info = await stat(input).catch(() => {
      throw new UsageError(`cannot read ${input}: no such file or folder`);
    });
    if (info.isDirectory()) {
      for (const path of await walk(input)) {
        sources.push(sourceOf(path));
        if (totalBytes !== undefined) totalBytes += (await stat(path)).size;
      }
    } else {
      sources.push(sourceOf(input));
      if (totalBytes !== undefined) totalBytes += info.size;
    }
  }
  return { sources, totalBytes };
}

function sourceOf(path: string): Source {
  return JSONL.has(extname(path).toLowerCase()) ? { kind: 'jsonl', path } : { kind: 'text', path };
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (
      entry.isFile() &&
      (extname(entry.name).toLowerCase() === '.txt' || JSONL.has(extname(entry.name).toLowerCase()))
    )
      found.push(path);
  }
  return found;
}

/**
 * The tasks of all sources in order. `onBytes` is told how many bytes of input were read, as
 * they are read.
 */
export async function* readTasks(
  sources: readonly Source[],
  fields: Fields,
  options: NormalizeOptions,
  stdin: Readable,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Task> {
  for (const source of sources) {
    if (source.kind === 'text') {
      try {
        const raw = await readFile(source.path, 'utf8');
        onBytes(Buffer.byteLength(raw));
        yield { id: source.path, raw, options };
      } catch (error) {
        yield { id: source.path, failure: errorOf(error) };
      }
      continue;
    }
    const stream = source.path === '-' ? stdin : createReadStream(source.path);
    let number = 0;
    for await (const line of lines(stream, onBytes)) {
      number++;
      if (!line.trim()) continue;
      yield recordTask(line, source.path === '-' ? number : `${source.path}:${number}`, fields, options);
    }
  }
}

/**
 * The task of one JSON line: the record's text, id and date taken from the configured fields.
 * Invalid JSON, a record that is not an object, a missing or non-string text field all give a
 * failed task (an invalid date fails later, in normalizeArticle, with its RangeError).
 */
export function recordTask(line: string, fallbackId: BatchId, fields: Fields, options: NormalizeOptions): Task {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    // A line that does not even open an object is most likely plain text sent as JSON lines.
    const hint = line.trimStart().startsWith('{') ? '' : PLAIN_TEXT_HINT;
    return {
      id: fallbackId,
      failure: { name: 'SyntaxError', message: `invalid JSON: ${(error as Error).message}${hint}` },
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      id: fallbackId,
      failure: {
        name: 'TypeError',
        message: `expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      },
    };
  }
  const record = value as Record<string, unknown>;
  const given = record[fields.id];
  const id = typeof given === 'string' || typeof given === 'number' ? given : fallbackId;
  const text = record[fields.text];
  if (typeof text !== 'string') {
    const problem = text === undefined ? `has no "${fields.text}" field` : `field "${fields.text}" is not a string`;
    return { id, failure: { name: 'TypeError', message: `record ${problem}` } };
  }
  const publishedAt = record[fields.published];
  if (publishedAt === undefined || publishedAt === null || publishedAt === '') return { id, raw: text, options };
  if (typeof publishedAt !== 'string') {
    return { id, failure: { name: 'TypeError', message: `field "${fields.published}" is not a string` } };
  }
  return { id, raw: text, options: { ...options, publishedAt } };
}

const PLAIN_TEXT_HINT =
  ' (standard input and .jsonl files hold one JSON object per line; give a plain-text article as a .txt file)';

/** Lines of a byte stream (UTF-8), without their line ends, pulled chunk by chunk. */
export async function* lines(
  stream: AsyncIterable<Buffer | string>,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    onBytes(buffer.length);
    const scanned = rest.length; // a long line spread over many chunks is scanned once
    rest += decoder.decode(buffer, { stream: true });
    let from = 0;
    for (let nl = rest.indexOf('\n', scanned); nl !== -1; nl = rest.indexOf('\n', from)) {
      yield stripCr(rest.slice(from, nl));
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  rest += decoder.decode();
  if (rest) yield stripCr(rest);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
