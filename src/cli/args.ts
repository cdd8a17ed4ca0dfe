/**
 * The command line of `newsnorm`: its options, their checks and the help text. Pure: reads
 * only the argument list it is given.
 */
import { parseArgs } from 'node:util';
import { STAGES, type Stage } from '../stages.js';

/** What the command was asked to do. */
export interface CliConfig {
  inputs: string[];
  out?: string;
  textField: string;
  idField: string;
  publishedField: string;
  publishedAt?: string;
  language?: string;
  stages?: Stage[];
  jobs: number;
  html?: string;
  /** Progress bar on stderr: true, false, or undefined for "when stderr is a terminal". */
  progress?: boolean;
  /** Print the one-line summary even when stderr is not a terminal. */
  summary: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP = `Usage: newsnorm [options] [file|folder|- ...]

Cleans scraped news articles and extracts their dates, entities and quotes.
Writes one JSON line per input record, in input order, each with the record's id:
the article ({ id, text, metadata, edits, flags, dates, entities, quotes }) or
{ id, error: { name, message } } for a record that failed (the run goes on).

Inputs
  file.txt             one article per file (id: the path)
  file.jsonl|.ndjson   one JSON record per line (id: the id field, else path:line)
  folder               its .txt, .jsonl and .ndjson files, recursively, in path order
  -  or nothing        JSON lines on standard input (id: the id field, else the line number)

Options
  -o, --out FILE            write the JSON lines to FILE instead of standard output
      --text-field NAME     field holding the raw article (default: text)
      --id-field NAME       field holding the record's id (default: id)
      --published-field NAME
                            field holding the publication date (default: publishedAt)
      --published-at DATE   publication date for records that give none (YYYY-MM-DD)
      --language CODE       expected ISO 639-3 language of the articles (default: eng)
      --stages LIST         stages to run, comma-separated (default: clean,dates,entities,quotes)
  -j, --jobs N              worker threads (default: the number of cores)
      --html DIR            also write an HTML report per article into DIR
      --progress, --no-progress
                            progress bar on standard error (default: when it is a terminal)
      --summary             print the summary line even when standard error is not a terminal
  -q, --quiet               print nothing on standard error
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 when every record was normalized, 1 when some records failed
(they are in the output as errors), 2 for a usage error.

Examples
  newsnorm articles/ > out.jsonl
  newsnorm --jobs 2 --stages clean,dates in.jsonl --out out.jsonl
  zcat dump.jsonl.gz | newsnorm --text-field body --published-field date > out.jsonl
  newsnorm fixtures/*.txt --html report/ --out /dev/null
`;

/** Parses the argument list (without `node` and the script). Throws UsageError on a mistake. */
export function parseCommandLine(argv: readonly string[], cores: number): CliConfig {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        'text-field': { type: 'string', default: 'text' },
        'id-field': { type: 'string', default: 'id' },
        'published-field': { type: 'string', default: 'publishedAt' },
        'published-at': { type: 'string' },
        language: { type: 'string' },
        stages: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        html: { type: 'string' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        summary: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const config: CliConfig = {
    inputs: parsed.positionals,
    textField: nonEmpty(v['text-field']!, '--text-field'),
    idField: nonEmpty(v['id-field']!, '--id-field'),
    publishedField: nonEmpty(v['published-field']!, '--published-field'),
    jobs: v.jobs === undefined ? cores : positiveInteger(v.jobs, '--jobs'),
    summary: v.summary!,
    quiet: v.quiet!,
    help: v.help!,
    version: v.version!,
  };
  if (v.out !== undefined) config.out = nonEmpty(v.out, '--out');
  if (v.html !== undefined) config.html = nonEmpty(v.html, '--html');
  if (v['published-at'] !== undefined) config.publishedAt = v['published-at'];
  if (v.language !== undefined) config.language = v.language;
  if (v.stages !== undefined) config.stages = stagesOf(v.stages);
  if (v.progress) config.progress = true;
  if (v['no-progress']) config.progress = false;
  return config;
}

function nonEmpty(value: string, flag: string): string {
  if (!value) throw new UsageError(`${flag} needs a value`);
  return value;
}

function positiveInteger(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${flag} expects a positive integer, got "${value}"`);
  return Number(value);
}

function stagesOf(list: string): Stage[] {
  const stages = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!stages.length) throw new UsageError(`--stages expects a list of ${STAGES.join(',')}`);
  for (const s of stages) {
    if (!STAGES.includes(s as Stage))
      throw new UsageError(`--stages: unknown stage "${s}" (known: ${STAGES.join(', ')})`);
  }
  return stages as Stage[];
}
