/**
 * One night named by the two days it joins, as European outlets and their translations
 * write it: "the night between 21 and 22 November", "the night of 17 to 18 October 2024",
 * "the night from October 17 to 18", "the night between 31 October and 1 November".
 * TimeML: one TIME, the first day's night ('2024-10-17TNI').
 *
 * The same night written with weekdays or bare ordinals ("the night of Saturday to Sunday",
 * "the night between the 17th and the 18th") is joined by the date-offsets refiner from the
 * two day results.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { addDays, formatDay, toDayNumber } from '../calendar-math.js';
import { isRealDate } from '../../core/errors.js';
import { resolveYear } from '../tense-placement.js';
import { tenseAround } from '../tense.js';
import { MONTHS, MONTH_PATTERN } from '../../lexicon/calendar-words.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const JOIN = '\\s+(?:and|to|into)\\s+|\\s*[-–]\\s*';
const MONTH = `(${MONTH_PATTERN})(?![\\p{L}])`;
const YEAR = '(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b)?';

const PATTERN = new RegExp(
  `\\b(?:the\\s+)?night\\s+(?:between|from|of)\\s+(?:the\\s+)?` +
    `(?:${DAY}(?:\\s+(?:of\\s+)?${MONTH})?(?:${JOIN})(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}` +
    `|${MONTH}\\s+${DAY}(?:${JOIN})(?:${MONTH}\\s+)?${DAY}\\b${YEAR})`,
  'iu',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\bnight\s+(?:between|from|of)\s/i;

function month(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('Floods followed the night between 21 and 22 November.', { publishedAt: '2024-11-23' });
 * // ["the night between 21 and 22 November → 2024-11-21TNI"]
 */
export const nightBetweenParser = defineAnchoredParser('night-between', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  // groups: day-first form 1 day, 2 month?, 3 day, 4 month, 5 year; month-first form 6 month, 7 day, 8 month?, 9 day, 10 year
  const dayFirst = match[1] !== undefined;
  const firstDay = Number(dayFirst ? match[1] : match[7]);
  const secondDay = Number(dayFirst ? match[3] : match[9]);
  const secondMonth = dayFirst ? month(match[4]) : month(match[8] ?? match[6]);
  const firstMonth = dayFirst ? month(match[2] ?? match[4]) : month(match[6]);
  const yearText = dayFirst ? match[5] : match[10];
  if (firstMonth === undefined || secondMonth === undefined) return null;
  const pub = publicationOf(context);
  const year =
    yearText !== undefined
      ? Number(yearText)
      : pub
        ? resolveYear(pub, firstMonth, firstDay, tenseAround(text, start, start + match[0].length))
        : null;
  const rule = 'night-between';
  if (year === null)
    return makeResult(context, start, match[0], { type: 'TIME', value: null, anchor: 'publication', rule });
  const first = { year, month: firstMonth, day: firstDay };
  // the second day is the next one ("31 October and 1 November", "31 December and 1 January")
  if (!isRealDate(first)) return null;
  const next = addDays(first, 1);
  if (next.day !== secondDay || next.month !== secondMonth) return null;
  if (toDayNumber(next) - toDayNumber(first) !== 1) return null;
  return makeResult(context, start, match[0], {
    type: 'TIME',
    value: `${formatDay(first)}TNI`,
    anchor: yearText !== undefined ? 'absolute' : 'publication',
    rule,
  });
});
