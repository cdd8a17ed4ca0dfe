/**
 * The middle of the current period, as business and translated wires write it after a
 * preposition: "by mid-year", "until midyear", "from mid-month", "by midweek", "by mid-year
 * 2025" (that year's middle).
 *
 * chrono reads none of them ("mid-2024" and "mid-March" are the modifier refiner's "mid-" before
 * a date). TimeML marks the middle of a period with MID on the period's own value, as "the
 * middle of the year" gets: this year ('2024' MID), this month ('2024-03' MID), this week
 * ('2024-W11' MID). Used as an adjective before a noun ("at the mid-year review", "a midweek
 * match") the word names an event, not a date, and is left alone.
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { formatMonth, formatWeek } from '../calendar-math.js';

const PATTERN = /\bmid[-\s]?(year|month|week)\b(?:\s+((?:1[6-9]|20)\d\d)\b)?/i;
/** Every match holds "mid" (the pattern runs only on texts that do). */
const NEEDS = /mid/i;

/** A preposition of time right before the word (tested on a bounded slice, not a lookbehind). */
const PREPOSITION_BEFORE =
  /\b(?:by|in|at|until|till|before|after|since|from|around|about|toward|towards|through|to|into|past)\s+(?:the\s+)?$/i;

/**
 * The word after "mid-year" when it is a date, not an adjective: punctuation, the end, or a
 * function word starting the next phrase or clause ("by mid-year the plant will …").
 */
const DATE_AFTER =
  /^(?:\s*(?:[.,;:!?)"”’'—–-]|$)|\s+(?:the|a|an|and|or|but|to|at|in|on|of|for|with|when|as|if|it|its|he|she|they|we|this|that|there|is|was|are|were|will|would|should|could|may|might|can|had|has|have|be|so|then|amid)\b)/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The plant will reopen by mid-year.', { publishedAt: '2024-03-14' }); // ["mid-year → 2024 MID"]
 * resolveDates('Prices had doubled by mid-month.', { publishedAt: '2024-03-14' }); // ["mid-month → 2024-03 MID"]
 */
export const midPeriodParser = defineParser(
  'mid-period',
  PATTERN,
  (context, match) => {
    const text = context.text;
    const start = match.index!;
    const end = start + match[0].length;
    if (glued(text, start)) return null;
    if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
    if (!DATE_AFTER.test(text.slice(end, end + 8))) return null;
    const unit = match[1]!.toLowerCase();
    const rule = 'mid-period';
    if (match[2] && unit === 'year')
      return makeResult(context, start, match[0], {
        type: 'DATE',
        value: match[2],
        mod: 'MID',
        modDone: true,
        anchor: 'absolute',
        rule,
      });
    // "mid-month 2024" is no phrase: keep the word alone
    const spanText = match[2] ? match[0].slice(0, match[0].length - match[2].length).trimEnd() : match[0];
    const pub = publicationOf(context);
    const value = !pub
      ? null
      : unit === 'year'
        ? String(pub.year)
        : unit === 'month'
          ? formatMonth(pub.year, pub.month)
          : formatWeek(pub);
    return makeResult(context, start, spanText, {
      type: 'DATE',
      value,
      mod: 'MID',
      modDone: true,
      anchor: 'publication',
      rule,
    });
  },
  NEEDS,
);
