/**
 * Named holidays news dates events by: "Thanksgiving Day", "Christmas", "New Year's Eve",
 * "Election Day", "Easter", "Good Friday", "Black Friday", "Labor Day", "last Thanksgiving",
 * "the Lunar New Year holiday", "the Spring Festival", "the Mid-Autumn Festival",
 * "Christmas 1998",
 * "Easter week" (the ISO week holding the holiday).
 *
 * The holidays, their spellings and their date rules are declared in the shared lexicon
 * (`src/lexicon/holidays.ts`); fixed-date holidays and the US/Christian movable ones are
 * computed here for any year (nth weekday of a month, Easter by the Gregorian computus, the
 * Chinese festivals from the Chinese calendar). Without a year the
 * occurrence is placed like a month-day: by "last"/"next"/"this", else by the tense of
 * the clause (past → the most recent one, future → the coming one, otherwise the closest).
 */
import { defineParser } from './define-parser.js';
import type { ParsingResult } from 'chrono-node/en';
import { glued, gluedAfter, makeResult, publicationOf, type ParsingContext } from '../timex.js';
import { addDays, formatDay, formatWeek, toDayNumber, weekdayOf, type CalendarDate } from '../calendar-math.js';
import { tenseAround } from '../tense.js';
import { chineseCalendarDay } from '../chinese-calendar.js';
import {
  DATED_HOLIDAY_FORM_PATTERN,
  HOLIDAYS,
  dateNeedsDay,
  holidayByForm,
  type Holiday,
  type HolidayDate,
} from '../../lexicon/holidays.js';

/** A holiday's day in a given year (null: not computable on this platform, see chinese-calendar.ts). */
type Rule = (year: number) => CalendarDate | null;

/** The nth (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
  }
  const nextFirst = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const last = addDays(nextFirst, -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/**
 * Easter Sunday (Gregorian, anonymous computus).
 *
 * @example
 * easterSunday(2000); // { year: 2000, month: 4, day: 23 }
 */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** A holiday's date rule (declared in the shared lexicon) as a function of the year. */
function ruleOf(date: HolidayDate): Rule {
  if ('easterOffset' in date) return (year) => addDays(easterSunday(year), date.easterOffset);
  if ('chineseMonth' in date) return (year) => chineseCalendarDay(year, date.chineseMonth, date.chineseDay);
  if ('day' in date) return (year) => ({ year, month: date.month, day: date.day });
  return (year) => addDays(nthWeekday(year, date.month, date.weekday, date.nth), date.offset ?? 0);
}

const RULES: ReadonlyMap<Holiday, Rule> = new Map(HOLIDAYS.filter((h) => h.date).map((h) => [h, ruleOf(h.date!)]));

const PATTERN = new RegExp(
  `(?:\\b(last|next|this|past|coming)\\s+)?` +
    `\\b(${DATED_HOLIDAY_FORM_PATTERN})` +
    `(?:\\s+(Day))?(?:\\s+(week|weekend))?(?:,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)\\b)?`,
  'u',
);
/** A holiday's name, which every match holds (most texts name none). */
const NEEDS = new RegExp(DATED_HOLIDAY_FORM_PATTERN, 'u');

function extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const text = context.text;
  let start = match.index!;
  if (glued(text, start) || gluedAfter(text, start + match[0].length)) return null;
  // The pattern is case-sensitive: holiday names are capitalised, qualifiers lower case.
  const qualifier = match[1];
  const holiday = holidayByForm(match[2]!);
  const rule = holiday && RULES.get(holiday);
  if (!holiday || !rule) return null;
  const hasDay = Boolean(match[3]);
  if (dateNeedsDay(holiday) && !hasDay) return null;
  const period = match[4]?.toLowerCase();
  // "St. Patrick's Cathedral", "Christmas Island", "Easter Island": part of a proper name
  if (
    !hasDay &&
    !period &&
    !match[5] &&
    /^\s+\p{Lu}/u.test(text.slice(start + match[0].length, start + match[0].length + 3))
  )
    return null;
  const explicit = match[5] ? Number(match[5]) : null;
  const pub = publicationOf(context);
  // "the Fourth of July": the article belongs to the name
  const the =
    holiday.key === 'fourth of july' && !qualifier && /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))
      ? 4
      : 0;
  if (the) start -= the;
  const spanText = text.slice(start, start + the + match[0].length);
  const format = (day: CalendarDate) =>
    period === 'week'
      ? formatWeek(day)
      : period === 'weekend'
        ? `${formatWeek(addDays(day, (6 - weekdayOf(day) + 7) % 7))}-WE`
        : formatDay(day);
  const explicitDay = explicit !== null ? rule(explicit) : null;
  if (explicit !== null && !explicitDay) return null;
  if (explicitDay)
    return makeResult(context, start, spanText, {
      type: 'DATE',
      value: format(explicitDay),
      anchor: 'absolute',
      rule: 'holiday',
    });
  if (!pub)
    return makeResult(context, start, spanText, { type: 'DATE', value: null, anchor: 'publication', rule: 'holiday' });
  const pubDay = toDayNumber(pub);
  const days = [pub.year - 1, pub.year, pub.year + 1].map(rule);
  if (days.some((d) => !d)) return null;
  const candidates = days as CalendarDate[];
  // "Easter week" has begun once its Monday has passed
  const key = (d: CalendarDate) => toDayNumber(d) - (period === 'week' ? (weekdayOf(d) + 6) % 7 : 0);
  const past = candidates.filter((d) => key(d) <= pubDay);
  const ahead = candidates.filter((d) => key(d) >= pubDay);
  let chosen: CalendarDate;
  if (qualifier === 'last' || qualifier === 'past') chosen = candidates.filter((d) => key(d) < pubDay).pop()!;
  else if (qualifier === 'next' || qualifier === 'coming') chosen = candidates.find((d) => key(d) > pubDay)!;
  else if (qualifier === 'this') chosen = candidates[1]!;
  else {
    const tense = tenseAround(text, start, start + spanText.length);
    if (tense === 'past') chosen = past[past.length - 1]!;
    // a holiday at most two weeks past, told in a future clause ("reopens on Thursday after the
    // Christmas break" on Jan. 3) is the one just past, as for month-days (see resolveYear)
    else if (tense === 'future')
      chosen =
        past.length && pubDay - key(past[past.length - 1]!) <= 14 && pubDay - key(past[past.length - 1]!) > 0
          ? past[past.length - 1]!
          : ahead[0]!;
    else {
      const before = past[past.length - 1]!;
      const after = ahead[0]!;
      chosen = pubDay - key(before) <= key(after) - pubDay ? before : after;
    }
  }
  return makeResult(context, start, spanText, {
    type: 'DATE',
    value: format(chosen),
    anchor: 'publication',
    rule: 'holiday',
  });
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("Thanksgiving Day", { publishedAt: '2021-12-07' }); // ["Thanksgiving Day → 2021-11-25"]
 */
export const holidayParser = defineParser('holiday', PATTERN, extract, NEEDS);
