/**
 * Month names with a relative qualifier: "next January" (the first January after the
 * publication month), "last May", "this September", "June last year", "January this year",
 * and with a day: "last March 12" (the most recent March 12), "the 12th of March of this year".
 * "march" and "may" count only capitalized ("this march" is a demonstration).
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { formatDay, formatMonth, type CalendarDate } from '../calendar-math.js';
import { isRealDate } from '../../core/errors.js';
import { MONTHS, MONTH_NAME_PATTERN } from '../../lexicon/calendar-words.js';

const PATTERN = new RegExp(
  `\\b(?:(last|next|this|past|coming|this\\s+past|this\\s+coming)\\s+(${MONTH_NAME_PATTERN})|(${MONTH_NAME_PATTERN})\\s+(?:of\\s+)?(this|last|next)\\s+year)\\b`,
  'i',
);

/** A day of the month right after "last March" (not a decimal, a time or a count: "last May 5.5%", "Last May 5 people"). */
const DAY_AFTER =
  /^\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]\d|\s*%|\s+(?:people|persons|men|women|children|points|percent|per\s+cent)\b)/;
/** A day of the month right before "March of this year": "the 12th of ", "12 ". */
const DAY_BEFORE = /(?:\bthe\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;

/**
 * The year of a month-day named with last/next/this: "last March 12" the most recent one
 * before publication, "next March 12" the first one after it, "this March 12" (and "the
 * 12th of March of this year") this year; "12 March last year" is in the year before.
 *
 * @example
 * yearOfMonthDay({ year: 2024, month: 3, day: 13 }, 3, 12, 'last', false); // 2024
 * yearOfMonthDay({ year: 2024, month: 3, day: 13 }, 3, 12, 'next', false); // 2025
 */
export function yearOfMonthDay(pub: CalendarDate, month: number, day: number, which: string, ofYear: boolean): number {
  if (ofYear) return which === 'last' ? pub.year - 1 : which === 'next' ? pub.year + 1 : pub.year;
  const before = month < pub.month || (month === pub.month && day < pub.day);
  if (which === 'last' || which === 'past' || which === 'this past') return before ? pub.year : pub.year - 1;
  if (which === 'next' || which === 'coming' || which === 'this coming')
    return month > pub.month || (month === pub.month && day > pub.day) ? pub.year : pub.year + 1;
  return pub.year;
}

/**
 * The year of a month named with last/next/this: "last March" the most recent March before
 * publication's month, "next March" the first one after it, "this March" this year's.
 *
 * @example
 * yearOfMonth({ year: 2024, month: 3, day: 13 }, 3, 'last'); // 2023
 * yearOfMonth({ year: 2024, month: 3, day: 13 }, 5, 'next'); // 2024
 */
export function yearOfMonth(pub: CalendarDate, month: number, which: string): number {
  if (which === 'next' || which === 'coming' || which === 'this coming')
    return month > pub.month ? pub.year : pub.year + 1;
  if (which === 'last' || which === 'past' || which === 'this past') return month < pub.month ? pub.year : pub.year - 1;
  return pub.year;
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("next January", { publishedAt: '2021-12-07' }); // ["next January → 2022-01"]
 */
export const relativeMonthParser = defineParser('relative-month', PATTERN, (context, match) => {
  if (glued(context.text, match.index!)) return null;
  // "arrested at this march", "the last may": in lower case the noun or the verb
  if (/^(?:march|may)$/.test(match[2] ?? match[3]!)) return null;
  const text = context.text;
  const end = match.index! + match[0].length;
  // "last March 12": a month-day, the most recent one (next: the coming one; this: this year's)
  const dayAfter = match[2] ? DAY_AFTER.exec(text.slice(end, end + 24)) : null;
  // "the 12th of March of this year", "12 March last year": the day belongs to the date
  const dayBefore = match[3] ? DAY_BEFORE.exec(text.slice(Math.max(0, match.index! - 16), match.index!)) : null;
  const pub = publicationOf(context);
  const rule = 'relative-month';
  if (dayAfter || dayBefore) {
    const start = dayBefore ? match.index! - dayBefore[0].length : match.index!;
    const span = text.slice(start, dayAfter ? end + dayAfter[0].length : end);
    if (!pub) return makeResult(context, start, span, { type: 'DATE', value: null, anchor: 'publication', rule });
    const day = Number((dayAfter ?? dayBefore)![1]);
    const month = MONTHS[(match[2] ?? match[3])!.toLowerCase()]!;
    const which = (match[1] ?? match[4])!.toLowerCase().replace(/\s+/g, ' ');
    const date = { year: yearOfMonthDay(pub, month, day, which, Boolean(dayBefore)), month, day };
    if (!isRealDate(date)) return null;
    return makeResult(context, start, span, { type: 'DATE', value: formatDay(date), anchor: 'publication', rule });
  }
  if (!pub)
    return makeResult(context, match.index!, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
  let year: number;
  let month: number;
  if (match[2]) {
    month = MONTHS[match[2].toLowerCase()]!;
    year = yearOfMonth(pub, month, match[1]!.toLowerCase().replace(/\s+/g, ' '));
  } else {
    month = MONTHS[match[3]!.toLowerCase()]!;
    const which = match[4]!.toLowerCase();
    year = which === 'last' ? pub.year - 1 : which === 'next' ? pub.year + 1 : pub.year;
  }
  return makeResult(context, match.index!, match[0], {
    type: 'DATE',
    value: formatMonth(year, month),
    anchor: 'publication',
    rule,
  });
});
