/**
 * The interval a TIMEX3 value denotes: ISO start (inclusive) and end (exclusive),
 * narrowed by START/MID/END modifiers (first, middle, last third of the period).
 */
import type { TimexMod } from '../core/types.js';
import { addDays, addMonths, daysInMonth, formatDay, isoWeekStart, pad } from './calendar-math.js';

type Range = { start: string; end: string };

const SEASONS: Record<string, [number, number]> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };
const PARTS: Record<string, [string, number, string]> = {
  MO: ['06:00', 0, '12:00'],
  MI: ['12:00', 0, '12:00'],
  AF: ['12:00', 0, '18:00'],
  EV: ['18:00', 1, '00:00'],
  NI: ['21:00', 1, '06:00'],
  DT: ['09:00', 0, '17:00'],
};

function monthSpan(year: number, month: number, months: number, mod?: TimexMod): Range {
  const startIndex = year * 12 + month - 1;
  if (months === 1 && (mod === 'START' || mod === 'MID' || mod === 'END')) {
    const last = daysInMonth(year, month);
    const next = addMonths(year, month, 1);
    const at = (d: number) => formatDay({ year, month, day: d });
    if (mod === 'START') return { start: at(1), end: at(11) };
    if (mod === 'MID') return { start: at(11), end: at(21) };
    return { start: at(21), end: last >= 21 ? formatDay({ ...next, day: 1 }) : at(last) };
  }
  let from = 0;
  let to = months;
  if (mod === 'START' || mod === 'MID' || mod === 'END') {
    const third = Math.max(1, Math.round(months / 3));
    if (mod === 'START') to = third;
    else if (mod === 'MID') {
      from = third;
      to = months - third;
    } else from = months - third;
  }
  const a = addMonths(Math.floor(startIndex / 12), (startIndex % 12) + 1, from);
  const b = addMonths(Math.floor(startIndex / 12), (startIndex % 12) + 1, to);
  return { start: formatDay({ ...a, day: 1 }), end: formatDay({ ...b, day: 1 }) };
}

function yearSpan(startYear: number, years: number, mod?: TimexMod): Range {
  if (mod === 'START' || mod === 'MID' || mod === 'END') {
    if (years === 1) return monthSpan(startYear, 1, 12, mod);
    const third = Math.max(1, Math.round((years * 3) / 10));
    let from = 0;
    let to = years;
    if (mod === 'START') to = third + 1;
    else if (mod === 'MID') {
      from = third;
      to = years - third;
    } else from = years - third;
    return { start: `${pad(startYear + from, 4)}-01-01`, end: `${pad(startYear + to, 4)}-01-01` };
  }
  return { start: `${pad(startYear, 4)}-01-01`, end: `${pad(startYear + years, 4)}-01-01` };
}

/**
 * The interval of a DATE/TIME value, or undefined when it has none (durations, REFs, X's).
 *
 * @example
 * rangeOf('2022-01', 'END'); // { start: '2022-01-21', end: '2022-02-01' }
 * rangeOf('2021-W49');       // { start: '2021-12-06', end: '2021-12-13' }
 */
export function rangeOf(value: string | null, mod?: TimexMod): Range | undefined {
  if (!value || value.includes('X')) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value))) {
    const day = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    const minute = +m[4]! * 60 + +m[5]! + 1;
    const end =
      minute >= 1440
        ? `${formatDay(addDays(day, 1))}T00:00`
        : `${formatDay(day)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
    return { start: value, end };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value))) {
    const day = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    const [from, plus, to] = PARTS[m[4]!]!;
    return { start: `${formatDay(day)}T${from}`, end: `${formatDay(addDays(day, plus))}T${to}` };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const day = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    return { start: formatDay(day), end: formatDay(addDays(day, 1)) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return monthSpan(+m[1]!, +m[2]!, 1, mod);
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekStart(+m[1]!, +m[2]!);
    if (m[3]) return { start: formatDay(addDays(monday, 5)), end: formatDay(addDays(monday, 7)) };
    return { start: formatDay(monday), end: formatDay(addDays(monday, 7)) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return monthSpan(+m[1]!, (+m[2]! - 1) * 3 + 1, 3, mod);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return monthSpan(+m[1]!, (+m[2]! - 1) * 6 + 1, 6, mod);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [from, to] = SEASONS[m[2]!]!;
    return monthSpan(+m[1]!, from, to - from, mod);
  }
  if ((m = /^(\d{4})$/.exec(value))) return yearSpan(+m[1]!, 1, mod);
  if ((m = /^(\d{3})$/.exec(value))) return yearSpan(+m[1]! * 10, 10, mod);
  if ((m = /^(\d{2})$/.exec(value))) return yearSpan(+m[1]! * 100, 100, mod);
  return undefined;
}
