/**
 * The first days of two or more written before one month, as European and translated copy writes a
 * span, a list or a choice of days: "between 1 and 3 December", "on 14 and 15 March 2024", "the 5th
 * or 6th of May", "on 4, 5 and 6 July". The month stands only after the second day, which the other parsers read
 * ("3 December"); this parser gives each earlier day its own DATE, as TimeML annotates each end.
 * The month-first form ("December 1 and 2") and "from 1 to 3 December" are chrono's.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { monthDayValue } from '../tense-placement.js';
import { tenseAround } from '../tense.js';
import { MONTHS, MONTH_PATTERN } from '../../lexicon/calendar-words.js';

/**
 * More days of a list between the first and the last: ", 5" in "4, 5 and 6 July" (a few at most);
 * a regex source, also read by day-ordinal.ts ("the 4th, 5th and 6th of May").
 *
 * @example
 * new RegExp(`^${DAY_LIST}`).exec(', 5 and 6 July')?.[0]; // ', 5'
 */
export const DAY_LIST = String.raw`(?:\s*,\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?){0,6},?`;

// group 1: the first day; 2: the month after the last day; 3: a year after it
const PATTERN = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?=${DAY_LIST}\\s+(?:and|or|&)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?![\\p{L}])(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b)?)`,
  'iu',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = new RegExp(String.raw`\d(?:st|nd|rd|th)?(?=${DAY_LIST}\s+(?:and|or|&)\s+(?:the\s+)?\d)`, 'i');

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('Roads close between 1 and 3 December.', { publishedAt: '2023-11-08' });
 * // ["1 → 2023-12-01", "3 December → 2023-12-03"]
 */
export const dayPairParser = defineAnchoredParser('day-pair', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  // "1.5 and 2 May", "2,1 and 3 May": part of a number, not a day
  if (/[\d.,]$/.test(text.slice(Math.max(0, start - 1), start))) return null;
  const day = Number(match[1]);
  const monthWord = match[2]!.toLowerCase().replace(/\.$/, '');
  const month = MONTHS[monthWord];
  if (!month) return null;
  if (monthWord === 'may' && !/^M/.test(match[2]!)) return null;
  const dated = monthDayValue(month, day, match[3] ? Number(match[3]) : null, publicationOf(context), () =>
    tenseAround(text, start, start + match[0].length),
  );
  if (!dated) return null;
  return makeResult(context, start, match[0], { type: 'DATE', ...dated, rule: 'day-pair' });
});
