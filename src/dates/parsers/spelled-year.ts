/**
 * Years written out in words, as broadcast transcripts and some translations write them:
 * "nineteen ninety-seven" ('1997'), "nineteen seventy-nine", "nineteen oh five",
 * "two thousand and one" ('2001'), optionally after a month ("January nineteen
 * ninety-seven" → '1997-01').
 *
 * Only century words that start a year ("nineteen", "eighteen", "two thousand") open a
 * match, and the second half must be a two-digit number word, so "nineteen people" or
 * "twenty five" are never read as years.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, gluedAfter, makeResult } from '../timex.js';
import { MONTHS, MONTH_NAME_PATTERN } from '../../lexicon/calendar-words.js';
import { TWO_DIGIT_WORD_PATTERN, UNIT_WORD_PATTERN, parseNumber } from '../quantities.js';
import { formatMonth } from '../calendar-math.js';

const UNITS = UNIT_WORD_PATTERN;
const TWO_DIGITS = TWO_DIGIT_WORD_PATTERN;

/**
 * A year written out in words, without capture groups (use with the 'i' flag), for patterns
 * that take a year after other words ("the summer of nineteen eighty-one").
 *
 * @example
 * new RegExp(`^(?:${SPELLED_YEAR_PATTERN})$`, 'i').test('nineteen ninety-four'); // true
 */
export const SPELLED_YEAR_PATTERN = `(?:(?:seventeen|eighteen|nineteen)\\s+(?:${TWO_DIGITS})|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${TWO_DIGITS}|${UNITS}))?)`;

/**
 * The year a spelled-out year names, or null when the words are no year.
 *
 * @example
 * spelledYear('nineteen ninety-four'); // 1994
 * spelledYear('two thousand and one'); // 2001
 * spelledYear('nineteen people');      // null
 */
export function spelledYear(words: string): number | null {
  const m = new RegExp(
    `^(?:(seventeen|eighteen|nineteen)\\s+(${TWO_DIGITS})|two\\s+thousand(?:\\s+(?:and\\s+)?(${TWO_DIGITS}|${UNITS}))?)$`,
    'i',
  ).exec(words.trim());
  if (!m) return null;
  const rest = (m[2] ?? m[3] ?? '')
    .toLowerCase()
    .replace(/^oh[\s-]/, '')
    .replace(/-/g, ' ');
  const n = rest ? parseNumber(rest) : 0;
  if (n === null || n > 99) return null;
  return m[1] ? parseNumber(m[1])! * 100 + n : 2000 + n;
}
const PATTERN = new RegExp(
  `(?:\\b(${MONTH_NAME_PATTERN})\\s+)?\\b(?:(seventeen|eighteen|nineteen)\\s+(${TWO_DIGITS})|two\\s+thousand(?:\\s+(?:and\\s+)?(${TWO_DIGITS}|${UNITS}))?)\\b`,
  'i',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\b(?:seventeen|eighteen|nineteen|two\s+thousand)\b/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("nineteen ninety-seven", { publishedAt: '2021-12-07' }); // ["nineteen ninety-seven → 1997"]
 */
export const spelledYearParser = defineAnchoredParser('spelled-year', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  if (glued(text, start) || gluedAfter(text, end) || text[end] === '-') return null;
  // "two thousand" alone is usually a number ("two thousand troops"); require a month, a
  // tail or "the year" before it
  if (!match[2] && !match[4] && !match[1] && !/\bthe\s+year\s+$/i.test(text.slice(Math.max(0, start - 10), start)))
    return null;
  const year = spelledYear(
    match[0].slice(match[1] ? match[0].toLowerCase().indexOf(match[1].toLowerCase()) + match[1].length : 0),
  );
  if (year === null) return null;
  // "nineteen twenty people": a count followed by a plural noun
  if (/^\s+(?!(?:has|is|was|does|goes|marks|sees)\b)[a-z]+s\b/.test(text.slice(end, end + 20)) && !match[1])
    return null;
  const month = match[1] ? MONTHS[match[1].toLowerCase()]! : null;
  const value = month ? formatMonth(year, month) : String(year);
  return makeResult(context, start, match[0], { type: 'DATE', value, anchor: 'absolute', rule: 'spelled-year' });
});
