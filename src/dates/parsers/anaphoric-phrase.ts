/**
 * Expressions that point at the date under discussion: "the next day", "the following
 * week", "the same year", "that day", "the previous month", "the previous Friday", "the day before",
 * "before the holiday" (the holiday named last), "the month" of "the last ten days of the month"
 * (the month under discussion),
 * "year-earlier" (as in "year-earlier profit"), "the same month last year" (a year back).
 *
 * The parser only records the shift (unit and offset); the anaphora refiner resolves it
 * against the previous date in the text (anchor 'previous-date'), or against the
 * publication date when there is none.
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult, publicationOf, type AnaphorUnit } from '../timex.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, quarterOf } from '../calendar-math.js';
import { isRealDate } from '../../core/errors.js';
import { resolveWeekday } from '../tense-placement.js';
import { tenseAround } from '../tense.js';
import { PART_OF_DAY_CODES as PARTS, WEEKDAYS, WEEKDAY_PATTERN } from '../../lexicon/calendar-words.js';

const PART_OF_DAY_PATTERN = Object.keys(PARTS).join('|');
const PATTERN = new RegExp(
  `\\b(?:(?:the|that|this)\\s+)?(?:(next|following|previous|preceding|prior|same|subsequent)\\s+(day|week|month|year|quarter|${PART_OF_DAY_PATTERN}|weekend|${WEEKDAY_PATTERN})|(that)\\s+(day|week|month|year|${PART_OF_DAY_PATTERN})|(day|week|month|year)\\s+(before|after|earlier|later))\\b|\\b(year|month)[\\s-](earlier|ago)\\b|\\b(the\\s+holiday)\\b(?!s|\\s+(?:season|period|weekend|shopping|sales?|rush|travel))|\\b(the\\s+month)\\b`,
  'i',
);

/**
 * What makes "the month" the month under discussion: a part of it before ("the first ten
 * days of", "the second half of", "the start of", "the end of").
 */
const PART_OF_MONTH_BEFORE = /\b(?:days|half|start|beginning|middle|end)\s+of\s+$/i;

/** A year back after "the same month": "last year", "of the previous year", "a year earlier". */
const YEAR_BACK_AFTER =
  /^\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|ago|before))\b/i;

const SHIFTS: Record<string, number> = {
  next: 1,
  following: 1,
  subsequent: 1,
  previous: -1,
  preceding: -1,
  prior: -1,
  same: 0,
  that: 0,
  before: -1,
  earlier: -1,
  after: 1,
  later: 1,
  ago: -1,
};

/**
 * Value of a shift applied to the publication date (the fallback when no earlier date exists).
 *
 * @example
 * shiftFrom({ year: 2021, month: 12, day: 31 }, 'day', 1); // '2022-01-01'
 */
export function shiftFrom(
  pub: { year: number; month: number; day: number },
  unit: AnaphorUnit,
  offset: number,
): string {
  switch (unit) {
    case 'day':
    case 'same':
      return formatDay(addDays(pub, offset));
    case 'week':
      return formatWeek(addDays(pub, offset * 7));
    case 'month': {
      const m = addMonths(pub.year, pub.month, offset);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const i = pub.year * 4 + quarterOf(pub.month) - 1 + offset;
      return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    }
    default:
      return String(pub.year + offset);
  }
}

/**
 * The month or day of `date` in the year `years` away ("the same month last year"), or null
 * without a month, or for a day that year lacks (a 29 February, a date without its day).
 *
 * @example
 * sameInYear({ year: 2024, month: 2, day: 29 }, -1, 'month'); // '2023-02'
 * sameInYear({ year: 2024, month: 2, day: 29 }, -1, 'day'); // null
 */
export function sameInYear(
  date: { year: number; month?: number; day?: number },
  years: number,
  granularity: 'month' | 'day',
): string | null {
  if (date.month === undefined) return null;
  if (granularity === 'month') return formatMonth(date.year + years, date.month);
  const day = { year: date.year + years, month: date.month, day: date.day ?? 0 };
  return isRealDate(day) ? formatDay(day) : null;
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("talks on January 12 and a meeting the next day", { publishedAt: '2021-12-07' }); // ["January 12 → 2022-01-12","the next day → 2022-01-13"]
 */
export const anaphoraParser = defineParser('anaphora', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  const phrase = match[0];
  const lower = phrase.toLowerCase();
  // "the last ten days of the month", "the second half of the month", "at the start of the
  // month": in past narration a month named before ("Sales fell in January. In the last ten
  // days of the month …"), else the month of publication ("expect inflation to exceed 20% by
  // the end of the month" after a date in December, "announced on March 25, last until the
  // end of the month": this month's end). The modifier refiner takes the part into the span.
  if (match[10]) {
    // ("the month of Ramadan" is a named month, not the one under discussion)
    if (
      !PART_OF_MONTH_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
      /^\s+of\b/i.test(text.slice(start + phrase.length, start + phrase.length + 4))
    )
      return null;
    const pub = publicationOf(context);
    const value = pub ? formatMonth(pub.year, pub.month) : null;
    if (tenseAround(text, start, start + phrase.length) !== 'past')
      return makeResult(context, start, phrase, { type: 'DATE', value, anchor: 'publication', rule: 'anaphora' });
    return makeResult(context, start, phrase, {
      type: 'DATE',
      value,
      anchor: 'previous-date',
      rule: 'anaphora',
      anaphor: { unit: 'same', offset: 0, granularity: 'month', monthNamed: true },
    });
  }
  if (match[9])
    return makeResult(context, start, phrase, {
      type: 'DATE',
      value: null,
      anchor: 'previous-date',
      rule: 'anaphora',
      anaphor: { unit: 'same', offset: 0, holiday: true },
    });
  let word: string;
  let unitWord: string;
  if (match[1]) {
    word = match[1].toLowerCase();
    unitWord = match[2]!.toLowerCase();
  } else if (match[3]) {
    word = 'that';
    unitWord = match[4]!.toLowerCase();
  } else if (match[5]) {
    word = match[6]!.toLowerCase();
    unitWord = match[5].toLowerCase();
    // "the day before" needs "the": "a day before" belongs to the ago parser
    if (!/^the\s/.test(lower)) return null;
    // "the day before the vote", "the day before police made an arrest", "later in
    // the day before flying home": a signal opening a phrase or clause, not an anaphor
    // ("up from $320 million the year before." ends its clause)
    const next = text.slice(start + phrase.length, start + phrase.length + 10);
    // "the day after his death", "April 30, the day before the holiday": a day counted from an
    // event named by a noun phrase (TimeML leaves the signal out of the span); the event's
    // day is the day under discussion, so the refiner shifts from it, takes the date in
    // apposition, or drops the phrase when no day was named
    if (/^(?:before|after)$/.test(word) && unitWord === 'day' && /^\s+(?:the|his|her|their|its)\s+\p{L}/u.test(next)) {
      const span = phrase.slice(0, phrase.toLowerCase().indexOf('day') + 3);
      return makeResult(context, start, span, {
        type: 'DATE',
        value: null,
        anchor: 'previous-date',
        rule: 'anaphora',
        anaphor: { unit: 'day', offset: SHIFTS[word]!, event: true },
      });
    }
    if (/^(?:before|after)$/.test(word) && /^\s+[\p{L}\d]/u.test(next)) return null;
  } else {
    word = match[8]!.toLowerCase();
    unitWord = match[7]!.toLowerCase();
  }
  // "next/following/previous X" without a determiner is relative to publication (other parsers),
  // except the adjectives "year-earlier"/"year-ago".
  if (match[1] && !/^(?:the|that|this)\s/.test(lower) && word !== 'same') return null;
  if (match[1] && /^this\s/.test(lower)) return null;
  const offset = SHIFTS[word] ?? 0;
  const weekday = WEEKDAYS[unitWord];
  if (weekday !== undefined) {
    // "the previous Friday", "the following Monday": the weekday before/after the day under
    // discussion; "the same Friday" / "the next Friday" are left to the weekday readings
    if (word === 'same' || word === 'next' || !/^the\s/.test(lower)) return null;
    const pub = publicationOf(context);
    const fallback = pub ? formatDay(resolveWeekday(pub, weekday, offset < 0 ? 'last' : 'next')) : null;
    return makeResult(context, start, phrase, {
      type: 'DATE',
      value: fallback,
      anchor: 'previous-date',
      rule: 'anaphora',
      anaphor: { unit: 'day', offset, weekday },
    });
  }
  // "the same month last year", "the same day of the previous year": the month (day) under
  // discussion a year back, one expression (as "the same period last year")
  const yearBack =
    word === 'same' && (unitWord === 'month' || unitWord === 'day')
      ? YEAR_BACK_AFTER.exec(text.slice(start + phrase.length, start + phrase.length + 32))
      : null;
  if (yearBack) {
    const pub = publicationOf(context);
    const unit = unitWord as 'month' | 'day';
    return makeResult(context, start, phrase + yearBack[0], {
      type: 'DATE',
      value: pub ? sameInYear(pub, -1, unit) : null,
      anchor: 'previous-date',
      rule: 'anaphora',
      anaphor: { unit: 'year', offset: -1, granularity: unit },
    });
  }
  const part = PARTS[unitWord];
  const unit: AnaphorUnit = part ? 'day' : unitWord === 'weekend' ? 'week' : (unitWord as AnaphorUnit);
  const pub = publicationOf(context);
  const fallback = pub ? shiftFrom(pub, unit, offset) : null;
  const quarterStyle = !match[1] && !match[3] && !match[5];
  return makeResult(context, start, phrase, {
    type: part ? 'TIME' : 'DATE',
    value: fallback && part ? `${fallback}${part}` : fallback,
    anchor: 'previous-date',
    rule: 'anaphora',
    anaphor: quarterStyle
      ? { unit, offset, granularity: 'quarter' }
      : word === 'same' || word === 'that'
        ? { unit: 'same', offset: 0, granularity: unit === 'same' ? 'day' : unit }
        : { unit, offset },
  });
});
