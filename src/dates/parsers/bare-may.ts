/**
 * The month "May" written alone, which chrono reads only after "in" (the modal verb "may"
 * makes it ambiguous): "since early May", "by May", "the warmest May on record", "last
 * May" is the relative-month parser's. Capitalized, after a temporal preposition, a period
 * modifier or a superlative, and not followed by what a modal takes ("May I", "May be").
 * The year is placed like any month without one (see resolveYear).
 */
import { defineParser } from './define-parser.js';
import { makeResult, publicationOf } from '../timex.js';
import { formatMonth } from '../calendar-math.js';
import { resolveYear, resolveYearSince } from '../tense-placement.js';
import { SINCE_BEFORE, tenseAround } from '../tense.js';

const PATTERN = /\bMay\b/;
const CONTEXT_BEFORE =
  /\b(?:since|until|till|by|before|after|during|through|from|to|of|early|late|mid-?|the\s+[a-z]+est|last\s+year['’]s)\s*$/i;
const MODAL_AFTER = /^\s+(?:I|we|you|he|she|they|it|be|have|not|also|well|never|still|God)\b/;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('Rates have jumped since early May.', { publishedAt: '2013-08-26' }); // ["early May → 2013-05 START"]
 */
export const bareMayParser = defineParser('bare-may', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + 3;
  const before = text.slice(Math.max(0, start - 24), start);
  if (
    !CONTEXT_BEFORE.test(before) ||
    MODAL_AFTER.test(text.slice(end, end + 8)) ||
    /^\s*\d/.test(text.slice(end, end + 3))
  )
    return null;
  // "May 2012", "May 5" are chrono's; "May Thompson" is a name
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return null;
  const pub = publicationOf(context);
  if (!pub)
    return makeResult(context, start, 'May', { type: 'DATE', value: null, anchor: 'publication', rule: 'bare-may' });
  const year = SINCE_BEFORE.test(before)
    ? resolveYearSince(pub, 5, null)
    : resolveYear(pub, 5, null, tenseAround(text, start, end));
  return makeResult(context, start, 'May', {
    type: 'DATE',
    value: formatMonth(year, 5),
    anchor: 'publication',
    rule: 'bare-may',
  });
});
