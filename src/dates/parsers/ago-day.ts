/**
 * An anniversary counted back from a day word: "a year ago today" (the same day a year
 * earlier), "a week ago today", "two years ago tomorrow", "a month ago yesterday" — the way
 * wires and their translations date an event to the day ("一年前的今天", "vor einem Jahr
 * heute").
 *
 * One expression, a day: the day word's date moved back by the amount ('2023-03-14' for "a
 * year ago today" on 2024-03-14), not "a year ago" (a year) and "today" (a day) apart. A day
 * that the shorter month lacks is its last day ("a month ago today" on March 31 is February
 * 29 or 28). "a year ago, and today" and "a year ago today's champions" (today's, an age) stay
 * apart.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { addDays, addMonths, daysInMonth, formatDay, type CalendarDate } from '../calendar-math.js';
import { NUMBER_WORD_PATTERN, parseNumber } from '../quantities.js';

const PATTERN = new RegExp(
  `\\b(\\d{1,3}|${NUMBER_WORD_PATTERN})[\\s-]+(weeks?|months?|years?|decades?)\\s+ago\\s+(today|yesterday|tomorrow)\\b(?!['’]s)`,
  'i',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\bago\s+(?:today|yesterday|tomorrow)\b/i;

const DAY_SHIFT: Readonly<Record<string, number>> = { today: 0, yesterday: -1, tomorrow: 1 };

/**
 * `day` moved back by `amount` units, the day kept (or the last day of a shorter month).
 *
 * @example
 * countBack({ year: 2024, month: 3, day: 31 }, 1, 'month'); // { year: 2024, month: 2, day: 29 }
 * countBack({ year: 2024, month: 3, day: 14 }, 2, 'week'); // { year: 2024, month: 2, day: 29 }
 */
export function countBack(day: CalendarDate, amount: number, unit: 'week' | 'month' | 'year'): CalendarDate {
  if (unit === 'week') return addDays(day, -7 * amount);
  const m = addMonths(day.year, day.month, unit === 'year' ? -12 * amount : -amount);
  return { ...m, day: Math.min(day.day, daysInMonth(m.year, m.month)) };
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('A year ago today, the bridge collapsed.', { publishedAt: '2024-03-14' });
 * // ["A year ago today → 2023-03-14"]
 */
export const agoDayParser = defineAnchoredParser('ago-day', CORE, PATTERN, (context, match) => {
  const start = match.index!;
  if (glued(context.text, start)) return null;
  const written = parseNumber(match[1]!);
  if (written === null || !Number.isInteger(written) || written < 1) return null;
  const unitWord = match[2]!.toLowerCase().replace(/s$/, '');
  const unit = unitWord === 'decade' ? 'year' : (unitWord as 'week' | 'month' | 'year');
  const amount = unitWord === 'decade' ? written * 10 : written;
  const pub = publicationOf(context);
  const day = pub ? countBack(addDays(pub, DAY_SHIFT[match[3]!.toLowerCase()]!), amount, unit) : null;
  return makeResult(context, start, match[0], {
    type: 'DATE',
    value: day ? formatDay(day) : null,
    anchor: 'publication',
    rule: 'ago-day',
  });
});
