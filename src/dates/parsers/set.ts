/**
 * Sets (recurring times): "every year" (P1Y), "every two years" (P2Y), "each month", "daily"
 * (P1D), "on Sundays" ('XXXX-WXX-7'), "Sunday nights" ('XXXX-WXX-7TNI'; "Monday and Tuesday
 * nights" gives each weekday its night), "weekly" (not the
 * newspaper in "the daily Granma", nor the property in "its quarterly dividend"),
 * "twice a week", "$5 a year" ("a year" → P1Y), "every Monday" ('XXXX-WXX-1'), "each July"
 * ('XXXX-07').
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult } from '../timex.js';
import {
  MONTHS,
  MONTH_NAME_PATTERN,
  PART_OF_DAY_CODES,
  WEEKDAYS,
  WEEKDAY_PATTERN,
} from '../../lexicon/calendar-words.js';
import { NUMBER_WORD_PATTERN, RATE_BEFORE, durationValue, parseNumber, unitOf } from '../quantities.js';

const PART_OF_DAY_PATTERN = Object.keys(PART_OF_DAY_CODES).join('|');
/** "on Sundays", "most Fridays": the weekday every week. */
const WEEKDAY_PLURAL_PATTERN = Object.keys(WEEKDAYS)
  .map((d) => `${d.charAt(0).toUpperCase()}${d.slice(1)}s`)
  .join('|');
/** "Sunday nights", "Tuesday mornings": a part of the weekday every week. */
const PART_OF_DAY_PLURAL_PATTERN = Object.keys(PART_OF_DAY_CODES)
  .map((p) => `${p}s`)
  .join('|');
/** Between coordinated weekdays: "Monday and Tuesday nights", "Friday, Saturday or Sunday evenings". */
const WEEKDAY_JOIN = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)';

const PATTERN = new RegExp(
  `\\b(?:(?:(once|twice|thrice|\\d+\\s+times|(?:two|three|four|five|six|several|many)\\s+times)\\s+)?(every|each|per|a|an)\\s+(other\\s+)?(day|week|weekend|month|year|quarter|hour|minute|${PART_OF_DAY_PATTERN}|${WEEKDAY_PATTERN}|${MONTH_NAME_PATTERN})|(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|semiannually)|(every)\\s+(\\d+|${NUMBER_WORD_PATTERN})\\s+(minutes|hours|days|weeks|months|years|decades)|(?<=\\b(?:on|most|all|some)\\s+)(${WEEKDAY_PLURAL_PATTERN})|(${WEEKDAY_PATTERN})(?:\\s+(${PART_OF_DAY_PLURAL_PATTERN})|(?=${WEEKDAY_JOIN}(?:(?:${WEEKDAY_PATTERN})${WEEKDAY_JOIN}){0,5}(?:${WEEKDAY_PATTERN})\\s+(${PART_OF_DAY_PLURAL_PATTERN})\\b)))\\b`,
  'i',
);

const CODES: Record<string, string> = {
  day: 'P1D',
  week: 'P1W',
  weekend: 'P1WE',
  month: 'P1M',
  year: 'P1Y',
  quarter: 'P3M',
  hour: 'PT1H',
  minute: 'PT1M',
  ...Object.fromEntries(Object.entries(PART_OF_DAY_CODES).map(([name, code]) => [name, `XXXX-XX-XX${code}`])),
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
  hourly: 'PT1H',
  nightly: `XXXX-XX-XX${PART_OF_DAY_CODES.night}`,
  quarterly: 'P3M',
  biweekly: 'P2W',
  semiannually: 'P6M',
};

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("every year", { publishedAt: '2021-12-07' }); // ["every year → P1Y"]
 */
export const setParser = defineParser('set', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  if (match[10]) {
    // "flights leave on Monday and Tuesday nights": each weekday's part of day, every week
    // (the plural names a habit; "Tuesday night" alone is one night)
    const weekday = WEEKDAYS[match[10].toLowerCase()]!;
    const part = (match[11] ?? match[12]!).toLowerCase().slice(0, -1);
    return makeResult(context, start, match[0], {
      type: 'SET',
      value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}${PART_OF_DAY_CODES[part]}`,
      rule: 'set',
    });
  }
  if (match[9]) {
    // "shops close on Sundays": the weekday every week
    const weekday = WEEKDAYS[match[9].toLowerCase().slice(0, -1)]!;
    return makeResult(context, start, match[0], {
      type: 'SET',
      value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`,
      rule: 'set',
    });
  }
  if (match[6]) {
    // "every two years" (P2Y), "every 10 minutes" (PT10M)
    const n = parseNumber(match[7]!);
    if (n === null || n < 2) return null;
    return makeResult(context, start, match[0], {
      type: 'SET',
      value: durationValue(n, unitOf(match[8]!)!, match[8]),
      rule: 'set',
    });
  }
  if (match[5]) {
    const after = text.slice(start + match[0].length, start + match[0].length + 24);
    // "the Greek daily Kathimerini", "the Communist Party daily Granma": a newspaper
    if (/^(?:daily|weekly)$/i.test(match[5]) && /^\s+[A-Z]/.test(after)) return null;
    // "its quarterly dividend", "the quarterly results": a property of the payment or report
    // (an adjective before any noun: "its sixth straight quarterly gain"; "adjusted quarterly and" stays)
    if (
      /^quarterly$/i.test(match[5]) &&
      /^\s+(?!(?:and|or|in|on|at|by|for|to|from|since|until|basis|through|after|before|thereafter|with)\b)[a-z]/.test(
        after,
      )
    )
      return null;
    return makeResult(context, start, match[0], { type: 'SET', value: CODES[match[5].toLowerCase()]!, rule: 'set' });
  }
  const count = match[1];
  const quantifier = match[2]!.toLowerCase();
  const unit = match[4]!.toLowerCase();
  if ((quantifier === 'a' || quantifier === 'an') && !count) {
    // "a year" is a rate only after an amount: "$5 a year", "3% a year", "1,000 a day"
    if (!RATE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
    if (
      /^\s+(?:ago|earlier|later|before|after|or|and\s+a)\b/i.test(
        text.slice(start + match[0].length, start + match[0].length + 10),
      )
    )
      return null;
  }
  if (
    quantifier === 'each' &&
    /^\s+(?:of|other)\b/i.test(text.slice(start + match[0].length, start + match[0].length + 7))
  )
    return null;
  const month = MONTHS[unit];
  if (month !== undefined) {
    // "march each July", "every May": a month recurring each year; "a May", "per March" are not
    if (quantifier !== 'every' && quantifier !== 'each') return null;
    if (/^(?:march|may)$/.test(match[4]!)) return null;
    return makeResult(context, start, match[0], {
      type: 'SET',
      value: `XXXX-${String(month).padStart(2, '0')}`,
      rule: 'set',
    });
  }
  const weekday = WEEKDAYS[unit];
  const value =
    weekday !== undefined
      ? `XXXX-WXX-${weekday === 0 ? 7 : weekday}`
      : match[3]
        ? CODES[unit]!.replace('1', '2')
        : CODES[unit]!;
  return makeResult(context, start, match[0], { type: 'SET', value, rule: 'set' });
});
