/**
 * Days of the Chinese lunisolar calendar in the Gregorian calendar: the Lunar New Year (the
 * first day of the first month), the Mid-Autumn Festival (the 15th of the eighth month).
 *
 * The calendar follows the new moons and solar terms as seen from China (UTC+8); computing it
 * needs astronomical tables, which the platform's ICU data already has (Intl's `chinese`
 * calendar, in Node's full ICU and every current browser). The lookup asks for month and day
 * of noon UTC instants formatted in UTC, so the answer is the same in every machine time zone.
 * Where the platform has no Chinese calendar (a build with reduced ICU data), there is no answer
 * (null), never a wrong day.
 */
import { addDays, type CalendarDate } from './calendar-math.js';

/** Month and day of the Chinese calendar, or null when the platform has no such calendar. */
const FORMAT: Intl.DateTimeFormat | null = (() => {
  try {
    const format = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    return format.resolvedOptions().calendar === 'chinese' ? format : null;
  } catch {
    return null;
  }
})();

/** Answers already computed, by "year-month-day" (a text names few such days, each often). */
const CACHE = new Map<string, CalendarDate | null>();

/** The Chinese calendar's month (leap months as "4bis" and the like) and day of a Gregorian day. */
function chineseMonthDay(day: CalendarDate): { month: string; day: string } {
  const parts = FORMAT!.formatToParts(new Date(Date.UTC(day.year, day.month - 1, day.day, 12)));
  return {
    month: parts.find((p) => p.type === 'month')?.value ?? '',
    day: parts.find((p) => p.type === 'day')?.value ?? '',
  };
}

/**
 * The Gregorian day of the given day of a (non-leap) Chinese month in the Chinese year that
 * begins in Gregorian `year`, or null when the platform has no Chinese calendar. The first
 * month starts between January 21 and February 20; a month starts 29 or 30 days after the
 * one before, with at most one leap month between, so the day lies in a 100-day window.
 *
 * @example
 * chineseCalendarDay(2024, 1, 1); // { year: 2024, month: 2, day: 10 }
 * chineseCalendarDay(2023, 8, 15); // { year: 2023, month: 9, day: 29 }
 */
export function chineseCalendarDay(year: number, month: number, day: number): CalendarDate | null {
  if (!FORMAT) return null;
  const key = `${year}-${month}-${day}`;
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached;
  const from = addDays({ year, month: 1, day: 20 }, (month - 1) * 29 + day - 1);
  let found: CalendarDate | null = null;
  for (let i = 0; i < 100 && !found; i++) {
    const candidate = addDays(from, i);
    const parts = chineseMonthDay(candidate);
    if (parts.month === String(month) && parts.day === String(day)) found = candidate;
  }
  CACHE.set(key, found);
  return found;
}
