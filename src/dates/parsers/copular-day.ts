/**
 * A day named by a copula: "It was a proud day for Chile", "It's the second day of the
 * offensive", "This is a sad day for the party", "Today is the eighth day of the blockade".
 *
 * "day" is no calendar word on its own, but after "it/this/that is/was" the sentence says
 * which day it means: the day the clause is about. The present tense points at the
 * publication day; the past at the day under discussion (the previous date of the text,
 * resolved by the anaphora refiner; the publication day when there is none). The future
 * ("it will be a great day") names no day yet and is left alone.
 *
 * Only two kinds of predicate count: an ordinal of an event ("the eighth day of the strike",
 * a position in a calendar) and an evaluative adjective ("a great/historic/sad day",
 * "the saddest day"). When the subject is already a date ("Today is …", annotated on its own),
 * only the ordinal adds a reference. Generic uses ("a day like any other", "it was a day's
 * drive") have neither and stay out.
 */
import { defineAnchoredParser } from './define-parser.js';
import { makeResult, publicationOf } from '../timex.js';
import { addDays, formatDay } from '../calendar-math.js';
import { ORDINAL_WORDS_PATTERN } from '../../lexicon/ordinals.js';
/** Adjectives that judge a day (the day itself is the referent, not a length of time). */
const EVALUATIVE =
  'great|historic|historical|sad|proud|dark|black|tragic|happy|good|bad|terrible|awful|important|special|momentous|big|joyous|glorious|memorable|emotional|solemn|long|difficult|hard|busy|painful|wonderful|fantastic|beautiful|remarkable|significant|landmark|red-letter';

const PATTERN = new RegExp(
  `\\b(it|this|that|today|yesterday)(?:\\s+(is|was|has\\s+been|had\\s+been|marks|marked)|['’]s)\\s+["“'‘\`]{0,2}` +
    `((?:(a|an)\\s+(?:(?:very|truly|really|most|particularly)\\s+)?(?:${EVALUATIVE})|the\\s+(?:(?:very|single)\\s+)?(?:([a-z]+est)|${ORDINAL_WORDS_PATTERN}|\\d{1,3}(?:st|nd|rd|th)))\\s+day)\\b`,
  'i',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\bday\b/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('"It is a historic day for our country," he said.', { publishedAt: '2004-05-01' });
 * // [{ text: 'a historic day', value: '2004-05-01', ... }]
 */
export const copularDayParser = defineAnchoredParser('copular-day', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const subject = match[1]!.toLowerCase();
  const verb = (match[2] ?? 'is').toLowerCase().replace(/\s+/g, ' ');
  const predicate = match[3]!;
  // "the eighth day" (an ordinal) or "a great day", "the saddest day" (a judgement)
  const ordinal = !match[4] && !match[5];
  // "Today is a sad day": the subject is the date; only an event's ordinal day adds one
  if ((subject === 'today' || subject === 'yesterday') && !ordinal) return null;
  // "the eighth day of …", "the 100th day since …": an ordinal needs its event
  const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 8);
  if (ordinal && !/^\s+(?:of|since|in|after)\b/i.test(after)) return null;
  const start = match.index! + match[0].length - predicate.length;
  const pub = publicationOf(context);
  const past = /^(?:was|had been|marked)$/.test(verb);
  const shift = subject === 'yesterday' ? -1 : 0;
  const value = pub ? formatDay(addDays(pub, shift)) : null;
  const rule = 'copular-day';
  // "It was a proud day for Chile": the day under discussion (anaphora refiner)
  if (past && subject !== 'today' && subject !== 'yesterday') {
    return makeResult(context, start, predicate, {
      type: 'DATE',
      value,
      anchor: 'previous-date',
      rule,
      anaphor: { unit: 'same', offset: 0, granularity: 'day' },
    });
  }
  return makeResult(context, start, predicate, { type: 'DATE', value, anchor: 'publication', rule });
});
