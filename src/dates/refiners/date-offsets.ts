/**
 * Phrases that shift or widen the day written right after them, taken into its span
 * (TimeML keeps them inside one TIMEX3):
 * - "the day before last Tuesday's hearing" → the Monday; "the day after Christmas";
 * - "the night before Jan. 6" → the day before, with its part of day ('…TNI'); "overnight
 *   Saturday", "overnight Friday into Saturday" → that night ('…TNI'), "overnight into Sunday" →
 *   the night before;
 * - "the early hours of Saturday" → that day's morning ('…TMO'), a TIME;
 * - "the week of March 6" → the ISO week holding that day; "the week before/after X" → the
 *   week before/after it; "the first/last week of April" → the ISO week holding the middle
 *   day of the month's first/last seven days;
 * - "April 24 and 25": the bare second day is a DATE of its own in the same month;
 * - "on Thursday the 9", "next Thursday 16" (the day restating the weekday), "the night of Saturday to
 *   Sunday" (one night, the first day's 'TNI') and "10 p.m. on Sunday night" (the clock time's
 *   part of the day) are one expression each.
 * The shifted date keeps the anchor of the date it was computed from.
 */
import { defineRefiner } from './define-refiner.js';
import type { ParsingResult } from 'chrono-node/en';
import { getSpec, makeResult, setSpec, widenLeft, type ParsingContext } from '../timex.js';
import { isRealDate } from '../../core/errors.js';
import {
  MONTH_NAME_PATTERN,
  PART_OF_DAY_CODES as PARTS,
  WEEKDAYS,
  WEEKDAY_PATTERN,
} from '../../lexicon/calendar-words.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  formatWeek,
  shiftDay,
  weekdayOf,
  type CalendarDate,
} from '../calendar-math.js';

/** "the first week of", "the last week of": an ordinal week of the month after it. */
const NTH_WEEK_BEFORE = /\b(the)\s+(first|second|third|fourth|last|final)\s+week\s+of\s+$/i;
const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: 0, final: 0 };

/** A weekday alone, or with "on", "next", "last", "this (past|coming)" before it. */
const WEEKDAY_RESULT =
  /^(?:(?:on|next|last|this(?:\s+(?:past|coming))?)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;
/**
 * The day of the month right after a weekday: "the 9", "the 9th", or a bare number that no noun
 * follows ("Thursday 16 the unions", "Friday 3,"; not "Monday 6 people", "Friday 3 goals").
 */
const DAY_AFTER_WEEKDAY =
  /^\s+(?:the\s+(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:the|a|an|at|in|on|and|when|while|that|after|before|with|from|for|by|as|during|he|she|they|it|we|his|her|their|its|local)\b))/i;

/**
 * A bare day after a weekday that opens a range whose other end is a weekday or a month-day:
 * "Thursday 4 to Sunday 7 July", "Friday 15 – 18 March" (not "Monday 6 to 8 people").
 */
const DAY_BEFORE_RANGE_END = new RegExp(
  `^\\s+(\\d{1,2})(?:st|nd|rd|th)?(?=\\s*(?:to|until|till|through|-|–)\\s*(?:(?:${WEEKDAY_PATTERN})\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME_PATTERN})\\b))`,
  'i',
);

/** What joins a weekday's day to the end of its range or list: "Thursday 4 to Sunday 7 July", "Saturday 9 and Sunday 10". */
const PARTNER_JOIN = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;

/**
 * The date of day `n` of the month of the range or list partner after it ("from Thursday 4 to
 * Sunday 7 July": July 4), when that day is the weekday written (else undefined); a day
 * after the partner's is in the month before ("Friday 28 to Monday 3 July": June 28).
 */
function dayBeforePartner(
  text: string,
  from: number,
  partner: ParsingResult | undefined,
  n: number,
  weekday: number,
): CalendarDate | undefined {
  const value = partner && getSpec(partner.start)?.value;
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m || !PARTNER_JOIN.test(text.slice(from, partner!.index))) return undefined;
  const month = n <= +m[3]! ? { year: +m[1]!, month: +m[2]! } : addMonths(+m[1]!, +m[2]!, -1);
  const date = { ...month, day: n };
  return isRealDate(date) && weekdayOf(date) === weekday ? date : undefined;
}

/** A clock time with its weekday after it: "10 p.m. on Sunday", "7 a.m. Sunday". */
const CLOCK_ON_WEEKDAY = new RegExp(`\\d\\s*(?:[ap]\\.?m\\.?|:\\d\\d)\\s+(?:on\\s+)?(?:${WEEKDAY_PATTERN})$`, 'i');

const PHRASE_BEFORE = /(?:\b(the)\s+)?\b(day|night|morning|afternoon|evening|week)\s+(before|after|of)\s+$/i;
/**
 * "overnight" right before a day ("overnight Saturday"), or before "into" and the day the night
 * ends on ("overnight into Sunday"). Not "overnight on Saturday": "became a star overnight on
 * Saturday" is the idiom (suddenly).
 */
const OVERNIGHT_BEFORE = /\bovernight\s+(into\s+)?$/i;
/** "the early hours of Saturday", "the small hours of Sunday": the first hours of that day. */
const EARLY_HOURS_BEFORE = /\b(the)\s+(?:early|small|wee)\s+hours\s+of\s+$/i;

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The day before last Tuesday's hearing, he left.', { publishedAt: '2000-02-24' });
 * // ["The day before last Tuesday → 2000-02-21"]
 * resolveDates('during the week of March 6', { publishedAt: '2000-02-24' }); // ["the week of March 6 → 2000-W10"]
 */
export const dateOffsetRefiner = defineRefiner('date-offsets', (context, results) => {
  const text = context.text;
  const added: ParsingResult[] = [];
  for (const result of results) {
    const second = secondDayOf(context, result);
    if (second) added.push(second);
  }
  const dropped = new Set<ParsingResult>();
  for (const [k, result] of results.entries()) {
    const spec = getSpec(result.start);
    // "at 10 p.m. on Sunday night", "7 a.m. Sunday morning": the part of the day after a
    // clock time on a weekday belongs to it (one TIME; chrono leaves "night" on its own)
    const partAfter = results[k + 1];
    if (
      spec?.type === 'TIME' &&
      spec.value &&
      partAfter &&
      !dropped.has(result) &&
      CLOCK_ON_WEEKDAY.test(result.text) &&
      /^(?:morning|afternoon|evening|night)$/i.test(partAfter.text) &&
      /^ +$/.test(text.slice(result.index + result.text.length, partAfter.index)) &&
      getSpec(partAfter.start)?.timeOfDay
    ) {
      dropped.add(partAfter);
      result.text = text.slice(result.index, partAfter.index + partAfter.text.length);
      continue;
    }
    if (spec && spec.type === 'DATE' && spec.value && /^\d{4}-\d{2}$/.test(spec.value)) {
      widenToNthWeek(text, result, spec.value);
      continue;
    }
    const day = spec?.type === 'DATE' && spec.value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(spec.value) : null;
    if (!spec || !day) continue;
    const end = result.index + result.text.length;
    if (WEEKDAY_RESULT.test(result.text)) {
      // "on Thursday the 9", "next Thursday 16 the unions strike": the day of the month restates
      // the weekday's date (the week before or after when the tense or "next" guessed the other one)
      const after = text.slice(end, end + 40);
      const ordinal = DAY_AFTER_WEEKDAY.exec(after) ?? DAY_BEFORE_RANGE_END.exec(after);
      const date = { year: +day[1]!, month: +day[2]!, day: +day[3]! };
      const n = ordinal ? Number(ordinal[2] ?? ordinal[1]) : 0;
      const meant = ordinal
        ? ([date, addDays(date, 7), addDays(date, -7)].find((d) => d.day === n) ??
          dayBeforePartner(text, end + ordinal[0].length, results[k + 1], n, weekdayOf(date)))
        : undefined;
      if (ordinal && meant) {
        result.text = text.slice(result.index, end + ordinal[0].length);
        if (meant !== date) setSpec(result.start, { ...spec, value: formatDay(meant) });
        continue;
      }
    }
    // "the night of Saturday to Sunday", "the night between the 17th and the 18th": one
    // night, the first day's (the second day is the next one, or the next weekday by name)
    const night = /\b(?:the\s+)?night\s+(?:of|between|from)\s+$/i.exec(
      text.slice(Math.max(0, result.index - 20), result.index),
    );
    const to = night ? /^\s+(?:to|into|and)\s+/i.exec(text.slice(end, end + 8)) : null;
    const next = to ? results[k + 1] : undefined;
    if (night && to && next && next.index === end + to[0].length && nextDayOf(result, spec.value!, next)) {
      dropped.add(next);
      const nextEnd = next.index + next.text.length;
      result.index -= night[0].length;
      result.text = text.slice(result.index, nextEnd);
      setSpec(result.start, { ...spec, type: 'TIME', value: `${spec.value}TNI` });
      continue;
    }
    // "overnight Saturday", "overnight Friday into Saturday": that day's night; "overnight into
    // Sunday": the night that ends on that day (the day before's)
    const overnight = OVERNIGHT_BEFORE.exec(text.slice(Math.max(0, result.index - 20), result.index));
    if (overnight && !/^on\s/i.test(result.text)) {
      const date = { year: +day[1]!, month: +day[2]!, day: +day[3]! };
      const into = /^\s+(?:to|into)\s+/i.exec(text.slice(end, end + 8));
      const second = into && !overnight[1] ? results[k + 1] : undefined;
      if (second && second.index === end + into![0].length && nextDayOf(result, spec.value!, second)) {
        dropped.add(second);
        result.text = text.slice(result.index, second.index + second.text.length);
      }
      widenLeft(text, result, overnight[0].length);
      const night = overnight[1] ? addDays(date, -1) : date;
      setSpec(result.start, { ...spec, type: 'TIME', value: `${formatDay(night)}${PARTS.night}` });
      continue;
    }
    // "the early hours of Saturday": a TIME in that day's morning (the hours before dawn)
    const early = EARLY_HOURS_BEFORE.exec(text.slice(Math.max(0, result.index - 30), result.index));
    if (early) {
      widenLeft(text, result, early[0].length);
      setSpec(result.start, { ...spec, type: 'TIME', value: `${spec.value}${PARTS.morning}` });
      continue;
    }
    const m = PHRASE_BEFORE.exec(text.slice(Math.max(0, result.index - 40), result.index));
    if (!m) continue;
    const unit = m[2]!.toLowerCase();
    const relation = m[3]!.toLowerCase();
    // "the day of the vote" names the day itself; only a week widens with "of"
    if (relation === 'of' && unit !== 'week') continue;
    // "a day before Christmas" is a duration and a signal; the phrase needs its article
    if (!m[1]) continue;
    const shift = relation === 'before' ? -1 : relation === 'after' ? 1 : 0;
    const date = { year: +day[1]!, month: +day[2]!, day: +day[3]! };
    const value =
      unit === 'week' ? formatWeek(addDays(date, shift * 7)) : formatDay(addDays(date, shift)) + (PARTS[unit] ?? '');
    widenLeft(text, result, m[0].length);
    setSpec(result.start, { ...spec, type: PARTS[unit] ? 'TIME' : 'DATE', value });
  }
  const kept = dropped.size ? results.filter((r) => !dropped.has(r)) : results;
  return added.length ? [...kept, ...added].sort((a, b) => a.index - b.index) : kept;
});

/**
 * "the second week of April" (value 'YYYY-MM' after "the <ordinal> week of"): the span takes
 * the phrase and the value the ISO week holding the middle of those seven days (the 4th, the
 * 11th, ...; the last week: three days before the month's end). The overlap refiner then drops
 * the shorter "the last week" read on its own.
 */
function widenToNthWeek(text: string, result: ParsingResult, month: string): void {
  const m = NTH_WEEK_BEFORE.exec(text.slice(Math.max(0, result.index - 30), result.index));
  if (!m) return;
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const n = NTH[m[2]!.toLowerCase()]!;
  const middle = n > 0 ? 7 * (n - 1) + 4 : daysInMonth(year, mon) - 3;
  widenLeft(text, result, m[0].length);
  setSpec(result.start, { ...getSpec(result.start)!, value: formatWeek({ year, month: mon, day: middle }) });
}

/**
 * True when `next` names the day after `first` (value 'YYYY-MM-DD'): its value is the next
 * day, or both are written as weekdays one after the other ("Saturday to Sunday").
 */
function nextDayOf(first: ParsingResult, value: string, next: ParsingResult): boolean {
  const a = WEEKDAYS[first.text.toLowerCase().replace(/^on\s+/, '')];
  const b = WEEKDAYS[next.text.toLowerCase()];
  if (a !== undefined && b !== undefined) return b === (a + 1) % 7;
  const nextValue = getSpec(next.start)?.value;
  return nextValue === shiftDay(value, 1);
}

/** "April 24 and 25", "June 3 or 4": the bare day number after a month-day. */
const SECOND_DAY =
  /^(\s*(?:and|or|&)\s*)(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|percent|per\s*cent|[ap]\.?m\b|hours?|days?|weeks?|months?|years?|people|points?|times|[-–]))/i;

/**
 * The second day of a pair written "April 24 and 25": a DATE of its own (TimeML annotates
 * each day), in the month and year of the first.
 */
function secondDayOf(context: ParsingContext, result: ParsingResult): ParsingResult | null {
  const spec = getSpec(result.start);
  const day = spec?.type === 'DATE' && spec.value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(spec.value) : null;
  // only a written month-day ("April 24", "24 April"), not a weekday or "today"
  if (!spec || !day || !/\d/.test(result.text) || !/\p{L}{3}/u.test(result.text)) return null;
  const end = result.index + result.text.length;
  const m = SECOND_DAY.exec(context.text.slice(end, end + 24));
  if (!m) return null;
  const second = Number(m[2]);
  const first = Number(day[3]);
  if (second <= first || !isRealDate({ year: +day[1]!, month: +day[2]!, day: second })) return null;
  const value = `${day[1]}-${day[2]}-${String(second).padStart(2, '0')}`;
  return makeResult(context, end + m[1]!.length, m[2]!, {
    type: 'DATE',
    value,
    anchor: spec.anchor ?? 'absolute',
    rule: 'date-offsets/second-day',
  });
}
