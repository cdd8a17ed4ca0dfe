/**
 * Day-before-month dates as machine translation writes them: "the 10th. January",
 * "10. January", "the 10th of January 2022", "13 January".
 *
 * chrono's little-endian parser rejects the stray period after the ordinal; without a
 * year the date is placed by the tense of its clause.
 */
import { defineAnchoredParser } from './define-parser.js';
import type { ParsingResult } from 'chrono-node/en';
import { glued, makeResult, publicationOf, type ParsingContext } from '../timex.js';
import { monthDayValue } from '../tense-placement.js';
import { tenseAround } from '../tense.js';
import { MONTHS, MONTH_PATTERN } from '../../lexicon/calendar-words.js';

const PATTERN = new RegExp(
  `(?:\\b(the)\\s+)?\\b(\\d{1,2})(st|nd|rd|th)?(\\.|\\s+of)?\\s+(${MONTH_PATTERN})(?![\\p{L}])(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b)?`,
  'iu',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\d{1,2}(?:st|nd|rd|th)?(?:\.|\s+of)?\s+\p{L}/iu;
/** What every match contains, assertions left out: most numbers before a word have no month after them. */
const NEEDS = new RegExp(`\\d(?:st|nd|rd|th)?(?:\\.|\\s+of)?\\s+(?:${MONTH_PATTERN})`, 'iu');

function extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  const day = Number(match[2]);
  const monthWord = match[5]!.toLowerCase().replace(/\.$/, '');
  const month = MONTHS[monthWord];
  if (!month) return null;
  // Without an ordinal, a dot or "of", chrono handles "13 January" itself; we only add the
  // MT forms (and "the 10th of January", whose "the" chrono leaves out).
  if (!match[3] && !match[4] && !match[1]) return null;
  // "May" after a number is rarely the month in "5. May I ..." — require a capital month.
  if (monthWord === 'may' && !/^M/.test(match[5]!)) return null;
  // "1.5 March" style decimals or list items ("3. March on ...") are not dates
  if (match[4] === '.' && !match[3] && /\d[.,]$/.test(text.slice(Math.max(0, start - 2), start))) return null;
  const explicitYear = match[6] ? Number(match[6]) : null;
  const dated = monthDayValue(month, day, explicitYear, publicationOf(context), () =>
    tenseAround(text, start, start + match[0].length),
  );
  if (!dated) return null;
  const { value, anchor } = dated;
  return makeResult(context, start, match[0], { type: 'DATE', value, anchor, rule: 'day-month' });
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("the 10th. January", { publishedAt: '2021-12-07' }); // ["the 10th. January → 2022-01-10"]
 */
export const dayMonthParser = defineAnchoredParser('day-month', CORE, PATTERN, extract, NEEDS);
