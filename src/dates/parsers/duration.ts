/**
 * Durations: "two hours" (PT2H), "50 or 60 days" (P50D), "the past two months" (P2M),
 * "2 1/2 years" (P2Y6M), "an hour and a half" (PT1H30M), "a couple of years" (P2Y),
 * "a day-long meeting" (P1D), "two decades" (P20Y), "over the past day" (P1D),
 * "the first nine months" (P9M), "a two-year term" (P2Y), "50-minute" (PT50M),
 * "several years" (PXY), "weeks" after "for/after/over" (PXW), "the next few days" (PXD).
 *
 * "could one day become" is someday (FUTURE_REF, or PAST_REF in past narration), not P1D.
 * Ages ("a two-year-old") and fractions ("a quarter of", "three quarters of voters") are
 * not durations. A bare
 * plural unit counts only after a preposition or verb that takes a duration.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, gluedAfter, makeResult } from '../timex.js';
import { tenseAround } from '../tense.js';
import {
  NUMBER_WORD_PATTERN,
  RATE_BEFORE,
  VAGUE_QUANTITY_PATTERN,
  durationValue,
  parseNumber,
  unitOf,
} from '../quantities.js';

const A_QUARTER = `a\\s+quarter(?:\\s+of\\s+an?)?(?=\\s+(?:century|hour)\\b)`;
const WHOLE = `\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN}`;
/**
 * A count, with halves: "2 1/2", "2½", "two and a half", "half a"; and a quarter of a century or
 * an hour ("a quarter century", "a quarter of an hour"), the units whose quarter is a span.
 */
const NUMBER = `(?:\\d+(?:\\s+1/2|½)|(?:\\d+|${NUMBER_WORD_PATTERN})\\s+and\\s+a\\s+half)(?![\\p{L}\\d])|half\\s+an?|${A_QUARTER}|${WHOLE}`;
const UNITS =
  'seconds|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters|years?|decades?|centuries|century';
const PATTERN = new RegExp(
  `(?:\\b(the)\\s+)?(?:\\b(past|last|next|first|previous|coming|final|latest|following|initial|full|entire|whole|same|other|remaining|recent|additional|extra|further|consecutive|straight)\\s+)?` +
    `(?:\\b(${NUMBER})(?:\\s*(?:or|to|-|–|and)\\s*(?:${NUMBER}))?(?:\\s+(?:more|consecutive|straight|full|long|additional|extra|successive|separate|further|calendar|business|working|trading))?[\\s-]+|\\b(${VAGUE_QUANTITY_PATTERN})\\s+(?:(?:more|consecutive|straight|long|additional|successive)\\s+)?|\\b)` +
    `(${UNITS})\\b(?:[\\s-](long|old))?(\\s+and\\s+a\\s+half\\b)?`,
  'iu',
);

const BARE_CONTEXT =
  /\b(?:for|over|after|in|within|of|only|just|mere|took|take|takes|taking|lasted|last|lasts|spent|spend|spends|about|nearly|almost|than|at\s+least|up\s+to|some|recent|those|these|few|the\s+coming|the\s+past|the\s+last)\s+$/i;

/** The token every match contains; the full pattern runs only around it. */
const CORE = new RegExp(`\\b(?:${UNITS})\\b`, 'i');

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("two hours", { publishedAt: '2021-12-07' }); // ["two hours → PT2H"]
 */
export const durationParser = defineAnchoredParser('duration', CORE, PATTERN, (context, match) => {
  const text = context.text;
  let start = match.index!;
  if (glued(text, start)) return null;
  const end = start + match[0].length;
  if (match[6]?.toLowerCase() === 'old') return null;
  if (/^-(?:old|year-old)/i.test(text.slice(end, end + 9))) return null;
  const unitWord = match[5]!;
  const unit = unitOf(unitWord)!;
  const numberText = match[3];
  const vague = match[4];
  let qualifier = match[2]?.toLowerCase();
  // "the strike will last a week": the verb "last", left outside the span
  if (
    qualifier === 'last' &&
    !match[1] &&
    /\b(?:will|would|could|may|might|can|to|should|must|'ll|shall)\s+$/i.test(text.slice(Math.max(0, start - 8), start))
  ) {
    const cut = match[0].toLowerCase().indexOf('last') + 4;
    start += cut + (match[0].slice(cut).length - match[0].slice(cut).trimStart().length);
    qualifier = undefined;
  }
  const plural = /s$/i.test(unitWord) && !/^century$/i.test(unitWord);
  let amount: number | null = null;
  if (numberText) {
    amount = parseNumber(numberText.replace(/\s+an?$/i, '').replace(/^half$/i, '0.5')) ?? null;
    if (/^half\s+an?$/i.test(numberText)) amount = 0.5;
    if (/^a\s+quarter\b/i.test(numberText)) amount = 0.25;
    if (amount === null) return null;
    if (/^an?$/i.test(numberText.trim())) {
      // "a second term", "a quarter of": not durations
      if (/^(?:second|quarter)/i.test(unitWord)) return null;
      // "a day" right after a count or rate ("twice a day", "$5 a year") is a SET
      if (RATE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
    }
    if (amount > 10000) return null;
    if (/[\d,.]$/.test(text.slice(Math.max(0, start - 1), start))) return null;
  } else if (!vague && match[6]?.toLowerCase() === 'long') {
    // "a day-long meeting" (P1D), "the decades-long battle" (PXDE)
    amount = plural ? null : 1;
  } else if (!vague) {
    // "in recent days", "in recent years": the recent past (PAST_REF, the reference-word parser)
    if (qualifier === 'recent') return null;
    // bare unit: plural, after a duration-taking word, or "the next/past ... days"; singular
    // only for "the past decade" / "the next century" (see spanOfOne)
    if (!plural && !/^(?:decade|century|fortnight|day|hour)$/i.test(unitWord)) return null;
    if (/^(?:quarters|seconds|minutes)$/i.test(unitWord)) return null;
    // "the early hours of the war", "the small hours": a time of day, not an amount of hours
    if (/^hours$/i.test(unitWord) && /\b(?:early|small|wee)\s+$/i.test(text.slice(Math.max(0, start - 8), start)))
      return null;
    if (
      !qualifier &&
      !BARE_CONTEXT.test(text.slice(Math.max(0, start - 16), start)) &&
      !/^\s+(?:of|before|after|later|earlier)\b/i.test(text.slice(end, end + 9))
    )
      return null;
  }
  if (/^quarters$/i.test(unitWord)) {
    if (amount === null) return null;
    const after = text.slice(end, end + 24);
    // "three quarters of voters" is a fraction; "the first two quarters of 1991" a half (quarter parser)
    if (/^\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?(?:fiscal\s+)?(?:year|\d{4}))/i.test(after)) return null;
    if (
      amount === 2 &&
      /^(?:first|last|final|second)$/.test(qualifier ?? '') &&
      /^\s+of\s+(?:fiscal\s+)?\d{4}\b/i.test(after)
    )
      return null;
  }
  if (/^nights?$/i.test(unitWord) && !numberText) return null;
  // "over the past decade" (P10Y), "the next century": one unit after a span qualifier
  const spanOfOne =
    !numberText &&
    !vague &&
    !plural &&
    /^(?:past|last|next|coming|previous|following)$/.test(qualifier ?? '') &&
    /^(?:decade|century|fortnight|day|hour)$/i.test(unitWord) &&
    !(/^(?:day|hour)$/i.test(unitWord) && !/^(?:past|last|next|coming)$/.test(qualifier ?? ''));
  if (spanOfOne) amount = 1;
  // "the year" / "the first day": not durations on their own
  if (!numberText && !vague && !plural && match[6]?.toLowerCase() !== 'long' && !spanOfOne) return null;
  // "an hour and a half", "a minute and a half"
  if (match[7] && amount !== null) amount += 0.5;
  if (gluedAfter(text, end)) return null;
  // "could one day become", "hopes to one day visit", "One day, he ...": someday, not 24 hours
  if (/^one$/i.test(numberText ?? '') && /^day$/i.test(unitWord) && !qualifier && !match[1]) {
    const lead = text.slice(Math.max(0, start - 12), start);
    const modal = /\b(?:will|would|could|might|may|can|shall|should|must|to|he|she|they|we|i|you|it)\s+$/i.test(lead);
    const opening = /(?:^|[.!?]\s+|\n)$/.test(lead) && /^\s*,/.test(text.slice(end, end + 2));
    if (modal || opening) {
      const value = modal || tenseAround(text, start, end) === 'future' ? 'FUTURE_REF' : 'PAST_REF';
      return makeResult(context, start, match[0], {
        type: 'DATE',
        value,
        anchor: 'publication',
        rule: 'duration/someday',
      });
    }
  }
  // CBS's "60 Minutes", "48 Hours": a capitalized unit after a number inside a sentence is a title
  if (
    numberText &&
    /^[A-Z]/.test(unitWord) &&
    /^[\d]/.test(numberText) &&
    /[\p{Ll},'"‘“`]\s*$/u.test(text.slice(Math.max(0, start - 3), start))
  )
    return null;
  const value = durationValue(numberText || vague || match[6] || spanOfOne ? amount : null, unit, unitWord);
  // "the past two months": the article-and-qualifier stay inside the span (TimeML).
  let spanText = text.slice(start, end);
  // "the two-hour discussion": an adjectival duration leaves the article outside
  if (
    match[1] &&
    !qualifier &&
    numberText &&
    new RegExp(`${numberText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-`, 'i').test(spanText)
  ) {
    const cut = spanText.length - spanText.slice(match[1].length).trimStart().length;
    start += cut;
    spanText = spanText.slice(cut);
  }
  if (!numberText && !vague && match[1] && !qualifier) {
    start += match[0].indexOf(unitWord);
    return makeResult(context, start, text.slice(start, end), { type: 'DURATION', value, rule: 'duration' });
  }
  return makeResult(context, start, spanText, { type: 'DURATION', value, rule: 'duration' });
});
