/**
 * Day and month written as two numbers without a year, as European and translated news do:
 * "on 5/12", "until 15/03", "on 23/3", "Tuesday 30/11". chrono reads no such pair (it could
 * be a fraction), so a pair counts only after a preposition of time or a weekday. A number
 * above 12 fixes the order; otherwise the reading nearer the publication date wins (day
 * first on a tie, as the outlets that write them do), and the year is placed by tense like
 * any month-day without one.
 */
import { defineParser } from './define-parser.js';
import { makeResult, publicationOf } from '../timex.js';
import { formatDay, toDayNumber } from '../calendar-math.js';
import { resolveYear } from '../tense-placement.js';
import { tenseAround } from '../tense.js';
import { isRealDate } from '../../core/errors.js';

const PATTERN = /(?<![\d/.$€£,])\b(\d{1,2})\/(\d{1,2})\b(?![/\d%.,]\d|\s*(?:of|per|cent|percent|%))/;
const CONTEXT_BEFORE =
  /(?:\b(?:on|from|until|till|by|since|before|after|through)|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)\s+$/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('Sánchez will appear before Congress on 23/3.', { publishedAt: '2022-03-15' }); // ["23/3 → 2022-03-23"]
 */
export const shortNumericDateParser = defineParser('short-numeric-date', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (!CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  const pub = publicationOf(context);
  const readings: { month: number; day: number }[] = [];
  if (b >= 1 && b <= 12 && a >= 1) readings.push({ month: b, day: a }); // day first
  if (a >= 1 && a <= 12 && b >= 1 && b !== a) readings.push({ month: a, day: b }); // month first
  const valid = readings.filter((r) => isRealDate({ year: 2000, month: r.month, day: r.day }));
  if (!valid.length) return null;
  if (!pub)
    return makeResult(context, start, match[0], {
      type: 'DATE',
      value: null,
      anchor: 'publication',
      rule: 'short-numeric-date',
    });
  const tense = tenseAround(text, start, start + match[0].length);
  const placed = valid.map((r) => ({ ...r, year: resolveYear(pub, r.month, r.day, tense) }));
  const distance = (r: { year: number; month: number; day: number }) => Math.abs(toDayNumber(r) - toDayNumber(pub));
  const best = placed.reduce((x, y) => (distance(y) < distance(x) ? y : x));
  return makeResult(context, start, match[0], {
    type: 'DATE',
    value: formatDay(best),
    anchor: 'publication',
    rule: 'short-numeric-date',
  });
});
