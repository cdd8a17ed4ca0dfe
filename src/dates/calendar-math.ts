/**
 * Pure calendar arithmetic on plain year/month/day triples.
 *
 * Never touches `Date` local getters, so every result is the same in any `TZ`. Days are
 * counted from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
 * civil-from-days algorithm).
 */
import type { CalendarDate } from '../core/errors.js';

export type { CalendarDate };

/**
 * Days since 1970-01-01 for a calendar date.
 *
 * @example
 * toDayNumber({ year: 1970, month: 1, day: 2 }); // 1
 */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Calendar date for a day number (inverse of {@link toDayNumber}).
 *
 * @example
 * fromDayNumber(1); // { year: 1970, month: 1, day: 2 }
 */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Adds (or subtracts) days.
 *
 * @example
 * addDays({ year: 2021, month: 12, day: 31 }, 1); // { year: 2022, month: 1, day: 1 }
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Day of the week, 0 = Sunday ... 6 = Saturday (chrono's numbering).
 *
 * @example
 * weekdayOf({ year: 2021, month: 12, day: 7 }); // 2 (Tuesday)
 */
export function weekdayOf(date: CalendarDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * ISO 8601 week (Monday-based; week 1 holds the year's first Thursday).
 *
 * @example
 * isoWeek({ year: 2021, month: 12, day: 7 }); // { year: 2021, week: 49 }
 */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const n = toDayNumber(date);
  const isoDow = ((weekdayOf(date) + 6) % 7) + 1; // 1 = Monday
  const thursday = fromDayNumber(n - isoDow + 4);
  const jan1 = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((n - isoDow + 4 - jan1) / 7) + 1 };
}

/**
 * The Monday that starts an ISO week.
 *
 * @example
 * isoWeekStart(2021, 49); // { year: 2021, month: 12, day: 6 }
 */
export function isoWeekStart(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  const jan4Dow = ((weekdayOf(jan4) + 6) % 7) + 1;
  return fromDayNumber(toDayNumber(jan4) - (jan4Dow - 1) + (week - 1) * 7);
}

/**
 * Shifts a year/month pair by whole months.
 *
 * @example
 * addMonths(2021, 12, 1); // { year: 2022, month: 1 }
 */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/**
 * Number of days in a month.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  const next = addMonths(year, month, 1);
  return toDayNumber({ ...next, day: 1 }) - toDayNumber({ year, month, day: 1 });
}

/**
 * Zero-pads a number.
 *
 * @example
 * pad(7); // '07'
 * pad(5, 4); // '0005'
 * pad(-5); // '-05'
 */
export function pad(value: number, width = 2): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
}

/**
 * Formats YYYY-MM-DD.
 *
 * @example
 * formatDay({ year: 2022, month: 1, day: 10 }); // '2022-01-10'
 */
export function formatDay(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The day `days` days away from a 'YYYY-MM-DD' day, in the same form.
 *
 * @example
 * shiftDay('2021-12-31', 1); // '2022-01-01'
 */
export function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return formatDay(addDays({ year, month, day: date }, days));
}

/**
 * Formats YYYY-MM.
 *
 * @example
 * formatMonth(2022, 1); // '2022-01'
 */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/**
 * Formats an ISO week value 'YYYY-Www'.
 *
 * @example
 * formatWeek({ year: 2021, month: 12, day: 7 }); // '2021-W49'
 */
export function formatWeek(date: CalendarDate): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/**
 * Quarter (1-4) of a month.
 *
 * @example
 * quarterOf(11); // 4
 */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
