// Reads JSONL files for the scripts: one or more paths joined by commas, one JSON object per
// non-blank line, in file order. Benchmark and annotation files are read from the paths given,
// never copied into the repository.
import { readFileSync } from 'node:fs';

/**
 * The objects of every line of the files named by `paths` ("a.jsonl" or "a.jsonl,b.jsonl").
 *
 * @example
 * const gold = readJsonlFiles('../annot/gold-A.jsonl,../annot/gold-B.jsonl');
 */
export function readJsonlFiles<T = Record<string, unknown>>(paths: string): T[] {
  return paths
    .split(',')
    .flatMap((p) => readFileSync(p, 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
