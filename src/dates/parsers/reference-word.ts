/**
 * Words that point at the present, past or future without a calendar value (TimeML
 * PRESENT_REF / PAST_REF / FUTURE_REF): "now", "currently", "the current crisis",
 * "the then current" (PAST_REF), "recently", "in recent years", "in (the) recent days", "the past", "the future" (not "the future of
 * NATO", a fate), "the near term", "soon" (not in past narration: "he was soon released").
 * "Now," opening a sentence is a discourse marker ("Now, he says, …"), not the present.
 */
import { defineParser } from './define-parser.js';
import { glued, gluedAfter, makeResult } from '../timex.js';
import { tenseAround } from '../tense.js';

const PATTERN =
  /\b(?:(right\s+now|now|currently|current|presently|present|nowadays|these\s+days|at\s+the\s+moment)|(recently|(?:the\s+)?(?:most\s+)?recent\s+(?:years|months|weeks|days|times|decades)|recent|lately|the\s+past)|(the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+near[\s-]term|future|soon|shortly))\b/i;

/** A sentence start before `now`: text start, a line break, end punctuation, an opening quote. */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["'’”)]*\s+|\n\s*|["'‘“])$/;

/**
 * "Now, he says, it looks different": "Now," opening a sentence turns the argument, and the
 * TimeML guidelines leave such discourse markers unannotated. Shared with chrono's own
 * reading of "now" (refiners/false-positives.ts).
 *
 * @example
 * isDiscourseNow('Now, he says, it works.', 0, 3); // true
 * isDiscourseNow('It works now, he says.', 9, 12); // false
 */
export function isDiscourseNow(text: string, start: number, end: number): boolean {
  return text[end] === ',' && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("now", { publishedAt: '2021-12-07' }); // ["now → PRESENT_REF"]
 */
export const referenceWordParser = defineParser('reference-word', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  const word = match[0].toLowerCase().replace(/\s+/g, ' ');
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = text.slice(end, end + 24);
  // "the then current market price", "the then-current chairman": the present of a past
  // moment (PAST_REF), "then" inside the span
  const then =
    word === 'current' && /\b(?:the|its|his|her|their|our|a)\s+then[\s-]$/.test(before)
      ? /then[\s-]$/.exec(before)
      : null;
  if (then && /^\s+[a-z]/i.test(after) && !gluedAfter(text, end)) {
    const from = start - then[0].length;
    return makeResult(context, from, text.slice(from, end), {
      type: 'DATE',
      value: 'PAST_REF',
      anchor: 'publication',
      rule: 'reference-word',
    });
  }
  if (glued(text, start) || gluedAfter(text, end) || text[end] === '-' || text[start - 1] === '-') return null;
  if (word === 'now' && isDiscourseNow(text, start, end)) return null;
  if (word === 'present') {
    // only "at present"; "present" is otherwise a verb or an adjective of place
    if (!/\bat\s+$/.test(before)) return null;
  }
  if (
    word === 'the past' &&
    /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day|quarter|century|fortnight|hour|minute|season|summer|winter|spring|fall|autumn|weekend|night|couple)/i.test(
      after,
    )
  )
    return null;
  // the adjective ("future talks") is rarely a timex in TimeML; "the future", "in future" are
  if (word === 'future' && !/\b(?:in|for)\s+$/.test(before)) return null;
  // "the future of NATO", "the future of our peoples": the fate of something, not a time
  if (word === 'the future' && /^\s+of\b/i.test(after)) return null;
  if (word === 'current' && !/^\s+[a-z]/i.test(after)) return null;
  if (
    word === 'current' &&
    /^\s+(?:account|accounts|affairs|assets|liabilities|events|ratio|flows?|density|sea|river|electric)\b/i.test(after)
  )
    return null;
  if (word === 'recent' && !/^\s+[a-z]/i.test(after)) return null;
  if (word === 'soon' && /^\s+(?:after|as|before)\b/i.test(after)) return null;
  // "He was soon released", "a trickle that soon became a flood": in past narration "soon"
  // orders events ("shortly afterwards"); it does not point at the future of the article
  if ((word === 'soon' || word === 'shortly') && tenseAround(text, start, end) === 'past') return null;
  if (word === 'shortly' && /^\s+(?:after|before)\b/i.test(after)) return null;
  const value = match[1] ? 'PRESENT_REF' : match[2] ? 'PAST_REF' : 'FUTURE_REF';
  return makeResult(context, start, match[0], { type: 'DATE', value, anchor: 'publication', rule: 'reference-word' });
});
