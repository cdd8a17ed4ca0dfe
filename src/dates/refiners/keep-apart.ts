/**
 * Keeps a clock time or part of day and a date apart when a comma joins two separate
 * references, which chrono's date+time merge would fuse into one TIME:
 * - both name their own day: "this morning, next Friday" (a list of two days, not Friday morning);
 * - the date after the comma opens with its own determiner: "at 6 p.m., this Thursday, June 8"
 *   (an apposition: the time and the day are two expressions; the time still takes the day,
 *   see the anaphora refiner).
 * "4 p.m. EST, Dec. 9" and "Tuesday, 10 a.m." stay one TIME, as TimeBank annotates them.
 *
 * Runs before chrono's refiners: the time waits in the per-call holding area (as our own
 * results do) and rejoins the list after them, so chrono never merges the pair while the
 * date still merges with its own parts ("this Monday" + "March 20").
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { setAsideOf } from '../timex.js';

/** Only a comma (and spaces) between the two. */
const COMMA = /^\s*,\s*$/;
/** A time that names its own day. */
const DEICTIC_TIME = /^(?:this|tonight|today|yesterday|tomorrow|last\s+night)\b/i;
/** A date that opens with its own determiner. */
const DETERMINED_DATE = /^(?:this|next|last|coming|that)\s/i;

function onlyTime(result: ParsingResult): boolean {
  return result.start.isOnlyTime() && !result.end;
}

function onlyDate(result: ParsingResult): boolean {
  return result.start.isOnlyDate() && !result.end;
}

/**
 * True when the time result and the date result after it, joined by a comma, are two
 * references rather than one date-time.
 *
 * @example
 * // "this morning, next Friday" → true; "4 p.m. EST, Dec. 9" → false
 */
function twoReferences(time: ParsingResult, date: ParsingResult): boolean {
  if (DEICTIC_TIME.test(time.text)) return true;
  return DETERMINED_DATE.test(date.text.replace(LEADING_PUNCTUATION, ''));
}

/** chrono's weekday results may start with the comma itself (", this Monday,"). */
const LEADING_PUNCTUATION = /^[\s,]+/;

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('They met this morning, next Friday they meet again.', { publishedAt: '2021-12-07' });
 * // ["this morning → 2021-12-07TMO", "next Friday → 2021-12-10"]
 */
export const keepApart = defineRefiner('keep-apart', (context, results) => {
  const holding = setAsideOf(context);
  if (!holding) return results;
  // the time waits aside, so the date after it still merges with its own parts ("this Monday" + "March 20")
  const apart = new Set<ParsingResult>();
  for (let i = 0; i + 1 < results.length; i++) {
    const time = results[i]!;
    const end = time.index + time.text.length;
    // the first result that starts after the time (chrono may hold overlapping readings)
    let j = i + 1;
    while (j < results.length && results[j]!.index < end) j++;
    const date = results[j];
    if (!date || !onlyTime(time) || !onlyDate(date)) continue;
    const between = context.text.slice(end, date.index) + (LEADING_PUNCTUATION.exec(date.text)?.[0] ?? '');
    if (COMMA.test(between) && twoReferences(time, date)) apart.add(time);
  }
  if (apart.size === 0) return results;
  holding.push(...apart);
  return results.filter((r) => !apart.has(r));
});
