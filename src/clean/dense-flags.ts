/**
 * Runs of flags merged where one rule fires densely: a paragraph in which a single flag rule
 * raises more than DENSE_FLAG_LIMIT hits (a page of ASCII art, thousands of stray quote marks)
 * gets them as runs — hits joined while nothing but spaces and punctuation stands between them,
 * each run one flag that says how many hits it holds. A reader learns as much from one flag over a
 * run of 5,000 bad quote marks as from 5,000 flags, and a 5 MB input of them would otherwise
 * return a quarter of a million flag objects (issue 16: bounded memory). No paragraph of a real
 * article comes near the limit, so articles get exactly the rules' own hits.
 */
import type { FlagHit } from './rule.js';

/**
 * More hits than this from one rule in one paragraph are merged into runs.
 *
 * @example
 * DENSE_FLAG_LIMIT; // 50
 */
export const DENSE_FLAG_LIMIT = 50;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A rule's hits in one paragraph, merged into runs when there are more than `limit` of them.
 * Hits must be in text order, as rules return them.
 *
 * @example
 * const hits = Array.from({ length: 60 }, (_, k) => ({ start: 2 * k, end: 2 * k + 1, message: 'Stray mark' }));
 * mergeDenseHits(hits, '" '.repeat(60))[0]!.message; // '60 hits in a row of this rule; the first: Stray mark'
 * mergeDenseHits(hits.slice(0, 3), '" '.repeat(3)).length; // 3 (few hits: unchanged)
 */
export function mergeDenseHits(
  hits: readonly FlagHit[],
  paragraph: string,
  limit = DENSE_FLAG_LIMIT,
): readonly FlagHit[] {
  if (hits.length <= limit) return hits; // every paragraph of every article: no copy
  const runs: FlagHit[][] = [];
  for (const hit of hits) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && hit.start >= last.end && !WORD_CHAR.test(paragraph.slice(last.end, hit.start))) run.push(hit);
    else runs.push([hit]);
  }
  return runs.map((run) => (run.length === 1 ? run[0]! : mergeRun(run)));
}

function mergeRun(run: readonly FlagHit[]): FlagHit {
  const first = run[0]!;
  const merged: FlagHit = {
    start: first.start,
    end: run.reduce((end, h) => Math.max(end, h.end), first.end),
    message: `${run.length} hits in a row of this rule; the first: ${first.message}`,
  };
  // (a reduce: a run may hold hundreds of thousands of hits, too many for Math.max's arguments)
  const confidence = run.reduce<number | undefined>(
    (best, h) => (h.confidence === undefined ? best : Math.max(best ?? 0, h.confidence)),
    undefined,
  );
  if (confidence !== undefined) merged.confidence = confidence;
  return merged;
}
