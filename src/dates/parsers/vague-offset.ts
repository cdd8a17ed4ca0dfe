/**
 * An offset from publication by a loose amount: "in a year or two" (FUTURE_REF), "a week or
 * two ago" (PAST_REF).
 *
 * "a year or two" names no one year: TimeML gives such a vague point ahead or behind the
 * reference values, as "a few years ago" (PAST_REF) and TimeBank's "in a year or two"
 * (FUTURE_REF). chrono reads "in a year" alone (a day a year ahead) and the duration parser "a
 * week" alone. "for a year or two" stays a length; in past narration ("in a year or two, the
 * firm had failed") the offset counts from the event told and is left alone.
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult } from '../timex.js';
import { tenseAround } from '../tense.js';

const PATTERN =
  /\b(?:(?:in|within)\s+((?:a|one)\s+(?:day|week|month|year|decade)\s+or\s+two)\b|((?:a|one)\s+(?:day|week|month|year|decade)\s+or\s+two\s+ago)\b)/i;
/** Every match holds "or two" (the pattern runs only on texts that do). */
const NEEDS = /or\s+two/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The plant may be ready in a year or two.', { publishedAt: '1998-03-31' }); // ["a year or two → FUTURE_REF"]
 * resolveDates('He left a week or two ago.', { publishedAt: '1998-03-31' }); // ["a week or two ago → PAST_REF"]
 */
export const vagueOffsetParser = defineParser(
  'vague-offset',
  PATTERN,
  (context, match) => {
    const text = context.text;
    const phrase = match[1] ?? match[2]!;
    const start = match.index! + match[0].length - phrase.length;
    if (glued(text, match.index!)) return null;
    const ahead = match[1] !== undefined;
    if (ahead && tenseAround(text, start, start + phrase.length) === 'past') return null;
    return makeResult(context, start, phrase, {
      type: 'DATE',
      value: ahead ? 'FUTURE_REF' : 'PAST_REF',
      anchor: 'publication',
      rule: 'vague-offset',
    });
  },
  NEEDS,
);
