/**
 * Clock times chrono misses: written with a dot, the British and European way ("14.30 GMT",
 * "at 18.02", "Tue 7 Dec 2021 14.30 GMT" — the date before it gives the day; see the
 * anaphora refiner; "at 15.00 today" — one TIME with its day word), and the four-digit
 * 24-hour clock of wire copy ("at 1400 GMT", "0700 local time", "1900 hrs").
 *
 * "14.30" is also a decimal number or a price ("the index closed at 14.30"), so it counts as
 * a time only with a zone, "hrs", "local time" or a day right after it ("14.30 GMT", "at
 * 18.00 local time", "at 9.30 on Monday"), and never after a currency sign. "1400" is also a
 * year or an amount, so the four-digit form needs the zone, "hrs" or "local time" itself; in
 * parentheses after a time ("10 a.m. (0900 GMT)") it restates that time and is left out.
 *
 * The 24-hour clock also comes with "hours" ("at 1430 hours", "at 09.30 hours": the TIME
 * takes the word, else "1430 hours" would read as a duration) — only after "at", "by",
 * "until", "till" or "since", since "for 1200 hours" and "after 2.30 hours" are amounts — and
 * with the French and Italian "h" ("at 14h30", "until 9h"; a bare hour only after such a word).
 */
import { defineParser } from './define-parser.js';
import type { ParsingResult } from 'chrono-node/en';
import { glued, gluedAfter, makeResult, publicationOf, type ParsingContext } from '../timex.js';
import { addDays, formatDay, pad } from '../calendar-math.js';
import { TIME_ZONE_ABBREVIATIONS } from '../../lexicon/time-zones.js';

const ZONES = [...TIME_ZONE_ABBREVIATIONS].join('|');

const PATTERN = /\b(?:([01]?\d|2[0-3])\.([0-5]\d)|([01]\d|2[0-3])([0-5]\d)|([01]?\d|2[0-3])h([0-5]\d)?)\b/;
const CLOCK_AFTER = new RegExp(
  String.raw`^\s*(?:${ZONES}|hrs|h|local\s+time|(?:on\s+)?(?:this|tomorrow|today|yesterday)\s+(?:morning|afternoon|evening|night)|today|tonight|tomorrow|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b`,
);
/** "15.00 today": the day word joins the time (one TIME, as "3pm today"). */
const DAY_WORD_AFTER = /^\s+(today|tonight|tomorrow|yesterday)\b(?!\s+(?:morning|afternoon|evening|night)\b)/i;
const DAY_SHIFT: Readonly<Record<string, number>> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };
/** Verbs of a market level or a price: "closed at 14.30", "was trading at 18.02". */
const MARKET_VERB_BEFORE =
  /\b(?:clos|end|finish|trad|settl|peak|dipp|climb|jump|drop|stood|rose|fell|valued|priced|quoted)\w*\s+(?:\w+\s+)?at\s+$/i;
const ZONE_AFTER = new RegExp(String.raw`^\s*(?:${ZONES}|hrs|local\s+time)\b`);
const CLOCK_BEFORE = /\b(?:at|from|until|till|by|around|about|before|after)\s+$/i;
/** Where "hours" after a 24-hour number makes a clock ("at 1430 hours"), not an amount ("for 1200 hours"). */
const HOURS_CLOCK_BEFORE = /\b(?:at|by|until|till|since)\s+$/i;
/** "hours" after a 24-hour number, taken into the TIME. */
const HOURS_AFTER = /^\s+hours\b/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The statement came at 14.30 GMT.', { publishedAt: '2021-12-07' }); // ["14.30 → 2021-12-07T14:30"]
 */
export const dottedTimeParser = defineParser('dotted-time', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  if (
    glued(text, start) ||
    gluedAfter(text, end) ||
    /[.,]\d/.test(text.slice(end, end + 2)) ||
    /[.,$€£¥]$/.test(text.slice(Math.max(0, start - 1), start))
  )
    return null;
  const after = text.slice(end, end + 12);
  const lead = text.slice(Math.max(0, start - 10), start);
  // "at 14h30", "until 9h" (a bare "9h" only after a word of clock time: "a 24h strike" is an amount)
  if (match[5] !== undefined) {
    if (match[6] === undefined ? !HOURS_CLOCK_BEFORE.test(lead) : !CLOCK_BEFORE.test(lead)) return null;
    return clockResult(context, start, match[0], `T${pad(Number(match[5]))}:${match[6] ?? '00'}`);
  }
  // "at 1430 hours", "at 09.30 hours": a 24-hour clock (two-digit hour) with the word
  const hours = HOURS_AFTER.exec(after);
  if (hours && /^\d\d/.test(match[0]) && HOURS_CLOCK_BEFORE.test(lead))
    return clockResult(
      context,
      start,
      text.slice(start, end + hours[0].length),
      match[3] !== undefined ? `T${match[3]}:${match[4]}` : `T${match[1]}:${match[2]}`,
    );
  const fourDigit = match[3] !== undefined;
  // "1400 GMT", "0700 local time": without the zone a four-digit number is a year or an amount
  if (fourDigit && !ZONE_AFTER.test(after)) return null;
  // "10 a.m. (0900 GMT) on Monday": the same moment restated in another zone, not a second time
  if (fourDigit && /\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  // "closed at 14.30" may be a price: a clock needs a zone or day after it, or "at" with one
  if (
    !CLOCK_AFTER.test(after) ||
    (!fourDigit && !CLOCK_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && !/^\s*[A-Z]/.test(after))
  )
    return null;
  // "the index closed at 14.30 yesterday": a market level, unless a zone makes it a clock
  if (MARKET_VERB_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !ZONE_AFTER.test(after)) return null;
  const pub = publicationOf(context);
  const clock = fourDigit ? `T${match[3]}:${match[4]}` : `T${pad(Number(match[1]))}:${match[2]}`;
  const dayWord = DAY_WORD_AFTER.exec(after.concat(text.slice(end + 12, end + 24)));
  if (dayWord) {
    const shift = DAY_SHIFT[dayWord[1]!.toLowerCase()]!;
    return makeResult(context, start, text.slice(start, end + dayWord[0].length), {
      type: 'TIME',
      value: pub ? formatDay(addDays(pub, shift)) + clock : null,
      anchor: 'publication',
      rule: 'dotted-time',
    });
  }
  return clockResult(context, start, match[0], clock);
});

/** A clock time without a day: the anaphora refiner gives it the day it is told against. */
function clockResult(context: ParsingContext, start: number, span: string, clock: string): ParsingResult {
  const pub = publicationOf(context);
  return makeResult(context, start, span, {
    type: 'TIME',
    value: pub ? formatDay(pub) + clock : null,
    anchor: 'publication',
    rule: 'dotted-time',
    ...(pub ? { timeOfDay: true } : {}),
  });
}
