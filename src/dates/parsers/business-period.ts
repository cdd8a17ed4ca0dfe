/**
 * Business-reporting periods that other parsers do not cover:
 * - "year-end", "year end" → the last day of the year being reported ('1989-12-31');
 *   in a past-tense clause of a first-half article, last year's;
 * - "the full year", "the whole fiscal year" → the current year (the year whose results
 *   are forecast or reported);
 * - "the latest fiscal year", "the most recent fiscal year", "the just-ended fiscal year"
 *   → the last completed year;
 * - "the year" ("for the year", "earlier in the year", "the end of the year") → the
 *   publication year, as TimeML annotates it in news; "the year ended Sept. 30" is a
 *   fiscal year counted as a span (DURATION P1Y). "The year before/earlier", "the year
 *   2000", "the year-ago quarter" belong to other parsers.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, gluedAfter, makeResult, publicationOf } from '../timex.js';
import { tenseAround } from '../tense.js';

const PATTERN =
  /\b(year[\s-]end)\b|\bthe\s+(?:(full|whole|entire)|(latest|most\s+recent|just[\s-]ended|just[\s-]completed|last\s+full))\s+(?:(?:fiscal|financial|calendar)\s+)?year\b|\b(the\s+year)\b/i;

/** What turns "the year" into another expression or a non-date ("the year before", "the year 2000", "the year-ago quarter"). */
const NOT_THE_YEAR =
  /^(?:[\s-]+(?:ago|earlier|before|after|later|\d|two|one|nineteen|twenty|of\s+(?:the|a)\b)|-|['’]s\s+(?:best|worst|top|most)\b)/i;

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\byear\b/i;

/**
 * Parser for business-reporting periods.
 *
 * @example
 * resolveDates('Profit for the full year will rise.', { publishedAt: '1989-11-02' }); // [{ text: 'the full year', value: '1989', ... }]
 */
export const businessPeriodParser = defineAnchoredParser('business-period', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  if (glued(text, start) || gluedAfter(text, end)) return null;
  // "year-end bonuses" stays a date; "year-ender" or "year-end-2020" do not match
  if (text[end] === '-' || text[start - 1] === '-') return null;
  const pub = publicationOf(context);
  const rule = 'business-period';
  if (!pub) {
    if (match[4] && (NOT_THE_YEAR.test(text.slice(end, end + 24)) || /Year$/.test(match[4]))) return null;
    return makeResult(context, start, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
  }
  let value: string;
  if (match[4]) {
    const after = text.slice(end, end + 24);
    // "Man of the Year", "Car of the Year": a title
    if (NOT_THE_YEAR.test(after) || /Year$/.test(match[4])) return null;
    // "the year ended Sept. 30", "the year ending June 30": a fiscal year counted as a span
    if (/^\s+(?:ended|ending|through|to)\b/i.test(after))
      return makeResult(context, start, match[0], { type: 'DURATION', value: 'P1Y', rule });
    return makeResult(context, start, match[0], { type: 'DATE', value: String(pub.year), anchor: 'publication', rule });
  }
  if (match[1]) {
    const past = pub.month <= 6 && tenseAround(text, start, end) === 'past';
    value = `${past ? pub.year - 1 : pub.year}-12-31`;
  } else if (match[2]) value = String(pub.year);
  else value = String(pub.year - 1);
  return makeResult(context, start, match[0], { type: 'DATE', value, anchor: 'publication', rule });
});
