import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatWeek,
  fromDayNumber,
  isoWeek,
  isoWeekStart,
  toDayNumber,
  weekdayOf,
} from '../../src/dates/calendar-math.js';
import { chineseCalendarDay } from '../../src/dates/chinese-calendar.js';
import { rangeOf } from '../../src/dates/range.js';
import { tenseAround } from '../../src/dates/tense.js';

describe('the Chinese calendar', () => {
  // published Lunar New Year and Mid-Autumn dates
  it.each([
    [1998, 1, 1, '1998-01-28'],
    [2000, 1, 1, '2000-02-05'],
    [2020, 1, 1, '2020-01-25'],
    [2023, 1, 1, '2023-01-22'],
    [2024, 1, 1, '2024-02-10'],
    [2025, 1, 1, '2025-01-29'],
    [2026, 1, 1, '2026-02-17'],
    [2023, 8, 15, '2023-09-29'],
    [2024, 8, 15, '2024-09-17'],
  ])('%i, month %i, day %i is %s', (year, month, day, iso) => {
    const found = chineseCalendarDay(year, month, day)!;
    expect(`${found.year}-${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}`).toBe(iso);
  });
});

describe('calendar arithmetic', () => {
  it('round-trips day numbers', () => {
    for (let n = -800_000; n < 800_000; n += 997) expect(toDayNumber(fromDayNumber(n))).toBe(n);
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
  });
  it.each([
    ['2021-12-07', 2, '2021-W49'],
    ['2021-01-03', 0, '2020-W53'],
    ['2020-12-31', 4, '2020-W53'],
    ['2019-12-30', 1, '2020-W01'],
  ])('%s is weekday %i in ISO week %s', (iso, weekday, week) => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    expect(weekdayOf({ year, month, day })).toBe(weekday);
    expect(formatWeek({ year, month, day })).toBe(week);
  });
  it('finds week starts and adds days across years', () => {
    expect(isoWeekStart(2021, 49)).toEqual({ year: 2021, month: 12, day: 6 });
    expect(isoWeek({ year: 2021, month: 12, day: 12 })).toEqual({ year: 2021, week: 49 });
    expect(addDays({ year: 2021, month: 12, day: 31 }, 1)).toEqual({ year: 2022, month: 1, day: 1 });
  });
});

describe('ranges of values', () => {
  it.each([
    ['2014', undefined, '2014-01-01', '2015-01-01'],
    ['2013', 'END', '2013-09-01', '2014-01-01'],
    ['2022-01', 'END', '2022-01-21', '2022-02-01'],
    ['197', 'END', '1977-01-01', '1980-01-01'],
    ['19', undefined, '1900-01-01', '2000-01-01'],
    ['1989-Q3', undefined, '1989-07-01', '1989-10-01'],
    ['2021-SU', undefined, '2021-06-01', '2021-09-01'],
    ['2021-12-06TNI', undefined, '2021-12-06T21:00', '2021-12-07T06:00'],
    ['1998-02-11T22:00', undefined, '1998-02-11T22:00', '1998-02-11T22:01'],
  ] as const)('%s %s', (value, mod, start, end) => {
    expect(rangeOf(value, mod)).toEqual({ start, end });
  });
  it('has no range for durations and references', () => {
    expect(rangeOf('P50D')).toBeUndefined();
    expect(rangeOf('PRESENT_REF')).toBeUndefined();
    expect(rangeOf('XXXX-WI')).toBeUndefined();
  });
});

describe('tense of the clause', () => {
  it.each([
    ['He will also speak with Zelenskiy on Thursday.', 'Thursday', 'future'],
    ['The leaders held a virtual summit Tuesday.', 'Tuesday', 'past'],
    ['Blinken was scheduled to hold talks on Wednesday.', 'Wednesday', 'past'],
    ['Talks are scheduled for Monday.', 'Monday', 'future'],
    ['The negotiations in January are crucial.', 'January', 'present'],
  ])('%s', (sentence, word, tense) => {
    const at = sentence.indexOf(word);
    expect(tenseAround(sentence, at, at + word.length)).toBe(tense);
  });
});
