/**
 * Days of a month named relatively, written as bare numbers the way translated Korean and
 * Chinese wires write them (5일부터 7일까지, 本月5日至7日): "from 5 to 7 of this month", "between
 * 20 and 22 of last month", "on 25 of this month", and the second end of an ordinal range
 * written without its article: "from the 5th to 7th of next month", "the 20th and 22nd of
 * last month" ("the 7th of next month" itself is the day-ordinal parser's).
 *
 * TimeML annotates each end of a range: the first day ("5", '2024-03-05') and the last with
 * its month ("7 of this month", '2024-03-07'). A number is a day here only after a
 * preposition of time or as the second end of a range, and never before a possessive:
 * "only 3 of this month's 20 flights", "from 5 to 7 of this month's highs" are counts.
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { addMonths, formatDay } from '../calendar-math.js';
import { isRealDate } from '../../core/errors.js';
import { RELATIVE_MONTH_WORD, relativeMonthOffset } from './day-ordinal.js';

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const JOIN = String.raw`(?:\s+(?:to|and|or|until|till|through)\s+|\s*[-–]\s*)`;

/**
 * A day number with its month named relatively after it, directly or after the range's other
 * end: group 1 the day, group 2 the other end (when a range), group 3 the month word.
 */
const PATTERN = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:${JOIN}(?:the\s+)?(${DAY}))?\s+of\s+(${RELATIVE_MONTH_WORD})\s+month\b(?!['’]s)`,
  'i',
);

/** A preposition of time before the first day: "from 5", "between the 20th", "on 25". */
const LEAD = /\b(?:on|from|between|until|till|through|since|by|before|after|starting|as\s+of)\s+(?:the\s+)?$/i;
/** The first end of the range before a second day: "5 to ", "the 5th and ", "5-". */
const FIRST_END = new RegExp(String.raw`\b${DAY}${JOIN}(?:the\s+)?$`, 'i');

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The festival runs from 5 to 7 of this month.', { publishedAt: '2024-03-14' });
 * // ["5 → 2024-03-05", "7 of this month → 2024-03-07"]
 */
export const relativeMonthDaysParser = defineParser('relative-month-days', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const range = match[2] !== undefined;
  // a range's first end follows a preposition; a lone day follows one or ends a range
  if (!LEAD.test(before) && (range || !FIRST_END.test(before))) return null;
  const day = Number(match[1]);
  const pub = publicationOf(context);
  const month = pub ? addMonths(pub.year, pub.month, relativeMonthOffset(match[3]!)) : null;
  const date = month ? { ...month, day } : null;
  if (date && !isRealDate(date)) return null;
  // the first end alone ("5", "5th"); the last end with its month
  const span = range ? /^\d{1,2}(?:st|nd|rd|th)?/i.exec(match[0])![0] : match[0];
  return makeResult(context, start, span, {
    type: 'DATE',
    value: date ? formatDay(date) : null,
    anchor: 'publication',
    rule: 'relative-month-days',
  });
});
