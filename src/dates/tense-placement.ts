/**
 * Resolution of under-specified calendar references against the publication date, the
 * way a news reader does it: a bare weekday or a month without a year is placed by the
 * tense of its clause (past narration → most recent, future → coming, otherwise the
 * closest one).
 */
import { addDays, formatDay, type CalendarDate, toDayNumber, weekdayOf } from './calendar-math.js';
import { isRealDate } from '../core/errors.js';
import type { Tense } from './tense.js';

/**
 * The date of a weekday relative to the publication date.
 *
 * - past, present (wire copy reports what happened: "officials say Monday's vote ...")
 *   and unknown → the most recent such day, the publication day itself included;
 * - future → the coming one, the publication day itself included;
 * - 'last' → strictly before; 'next' → strictly after.
 *
 * @example
 * resolveWeekday({ year: 2021, month: 12, day: 7 }, 1, 'past');   // 2021-12-06 (Monday)
 * resolveWeekday({ year: 2021, month: 12, day: 7 }, 4, 'future'); // 2021-12-09 (Thursday)
 */
export function resolveWeekday(pub: CalendarDate, weekday: number, tense: Tense | 'last' | 'next'): CalendarDate {
  const today = weekdayOf(pub);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (tense === 'last') return addDays(pub, -(back === 0 ? 7 : back));
  if (tense === 'next') return addDays(pub, forward === 0 ? 7 : forward);
  if (tense === 'future') return addDays(pub, forward);
  return addDays(pub, -back);
}

/** How many days before publication a future-tense month-day may still lie. */
const RECENT_DAYS = 14;

/**
 * The year of a month (optionally with a day) given without a year.
 *
 * - past → the most recent one not after the publication date, except the month right
 *   after publication in the same year, which is the coming one;
 * - future → the first one not before the publication date, except a date at most two
 *   weeks before publication (a deadline reported late) stays this year;
 * - present/unknown → the closest one.
 *
 * @example
 * resolveYear({ year: 2021, month: 12, day: 7 }, 6, null, 'past');   // 2021
 * resolveYear({ year: 2021, month: 12, day: 31 }, 1, 10, 'future');  // 2022
 */
export function resolveYear(pub: CalendarDate, month: number, day: number | null, tense: Tense): number {
  const candidates = [pub.year - 1, pub.year, pub.year + 1];
  const pubDay = toDayNumber(pub);
  const point = (year: number) => toDayNumber({ year, month, day: day ?? 15 });
  if (tense === 'past') {
    // A past-tense clause can still report a date a few weeks ahead ("the court ruled the
    // filing is due Jan. 14"): within a month after publication this year's date wins.
    if (day !== null && point(pub.year) > pubDay && point(pub.year) - pubDay <= 31) return pub.year;
    if (day !== null && point(pub.year + 1) - pubDay <= 31 && point(pub.year + 1) > pubDay) return pub.year + 1;
    // The month right after publication in the same year, told in a past clause ("a cutback
    // in its supply in September" in an August story), is the coming one: eleven months
    // back would read "last September". Across New Year ("the law was passed in January" in
    // December) the past January of the same year is meant.
    if (day === null && month === pub.month + 1) return pub.year;
    for (const year of [pub.year, pub.year - 1]) {
      if (day !== null ? point(year) <= pubDay : year * 12 + month <= pub.year * 12 + pub.month) return year;
    }
    return pub.year - 1;
  }
  if (tense === 'future') {
    // A deadline or schedule reported a few days late ("to return the boy by Feb. 9"
    // in a Jan. 15 story) is this year's, not next year's: nobody writes a date a year
    // ahead without its year.
    for (const year of [pub.year, pub.year - 1]) {
      if (day !== null && point(year) < pubDay && pubDay - point(year) <= RECENT_DAYS) return year;
    }
    for (const year of [pub.year, pub.year + 1]) {
      if (day !== null ? point(year) >= pubDay : year * 12 + month >= pub.year * 12 + pub.month) return year;
    }
    return pub.year + 1;
  }
  let best = pub.year;
  let bestDistance = Infinity;
  for (const year of candidates) {
    const distance = Math.abs(point(year) - pubDay);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The year of a month (optionally with a day) that a period started from ("since April"):
 * the most recent one not after the publication date.
 *
 * @example
 * resolveYearSince({ year: 2012, month: 3, day: 9 }, 4, null); // 2011
 * resolveYearSince({ year: 2012, month: 3, day: 9 }, 3, 1);    // 2012
 */
export function resolveYearSince(pub: CalendarDate, month: number, day: number | null): number {
  if (month < pub.month) return pub.year;
  if (month > pub.month) return pub.year - 1;
  return day === null || day <= pub.day ? pub.year : pub.year - 1;
}

/** Re-export for parsers that shift by days. */
export { addDays };

/**
 * The value of a day of a named month written with or without its year ("10 January 2022",
 * "the 10th. January", the "1" of "between 1 and 3 December"): with a year, that date
 * ('absolute'); without, the day placed by the tense of its clause against the publication
 * date ('publication'; value null without one). Null when no year has that day (a 31st of
 * April, a 30th of February). `tense` is asked only when the year must be placed.
 *
 * @example
 * monthDayValue(1, 10, 2022, null, () => 'past');                             // { value: '2022-01-10', anchor: 'absolute' }
 * monthDayValue(12, 1, null, { year: 2023, month: 11, day: 8 }, () => 'future'); // { value: '2023-12-01', anchor: 'publication' }
 */
export function monthDayValue(
  month: number,
  day: number,
  year: number | null,
  pub: CalendarDate | null,
  tense: () => Tense,
): { value: string | null; anchor: 'absolute' | 'publication' } | null {
  if (year !== null)
    return isRealDate({ year, month, day }) ? { value: formatDay({ year, month, day }), anchor: 'absolute' } : null;
  if (!isRealDate({ year: 2000, month, day })) return null;
  if (!pub) return { value: null, anchor: 'publication' };
  const placed = { year: resolveYear(pub, month, day, tense()), month, day };
  return { value: isRealDate(placed) ? formatDay(placed) : null, anchor: 'publication' };
}
