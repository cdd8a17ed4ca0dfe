// Issue 16, date stage: a publication date is accepted only when it is one; without one,
// no relative expression gets an invented value (and each says why); two references
// written side by side stay two expressions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';

describe('publishedAt: a real date or a RangeError naming the value', () => {
  // prettier-ignore
  const rejected = [
    '2021-12-07 not a date at all', '2021-12-07T25:99:99', '2021-12-07T12:60', '2021-12-07T23:59:60', '2021-12-07T',
    '2021-12-07Tnoon', '2021-12-07 12', '2021-13-01', '2021-02-29', '07.12.2021', '2021-12-07T10:00+25:00', 'yesterday', '',
  ];
  it.each(rejected)('rejects %j', (value) => {
    expect(() => resolveDates('They met on Tuesday.', { publishedAt: value })).toThrow(RangeError);
    expect(() => resolveDates('They met on Tuesday.', { publishedAt: value })).toThrow(JSON.stringify(value));
  });
  // prettier-ignore
  const accepted: [string, string][] = [
    ['2021-12-07', '2021-12-06'],
    ['2021-12-07T23:30:00-08:00', '2021-12-06'],
    ['2021-12-07T23:30Z', '2021-12-06'],
    ['2021-12-07 08:15', '2021-12-06'],
    ['2021-12-07T08:15:30.250+05:30', '2021-12-06'],
    ['2021-12-07T24:00', '2021-12-06'],
    [' 2021-12-07 ', '2021-12-06'],
  ];
  it.each(accepted)('accepts %j as its calendar day', (value, monday) => {
    expect(resolveDates('They met on Monday.', { publishedAt: value })[0]!.value).toBe(monday);
  });
  it('rejects an invalid Date and a non-string', () => {
    expect(() => resolveDates('x', { publishedAt: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => resolveDates('x', { publishedAt: 20211207 as never })).toThrow(TypeError);
  });
});

describe('without a publication date: relative expressions are unresolved, absolute ones resolved', () => {
  // prettier-ignore
  const relative = [
    'last night', 'yesterday', 'tonight', 'this morning', 'Tuesday', 'next week', 'last month', 'the end of the month',
    'the end of next week', 'two days ago', 'in three days', 'two days from now', 'at 10 p.m.', 'on the 5th',
    'the 24th of last month', 'January 10', 'the end of March', 'this year', 'the night between 21 and 22 November', 'at 3pm today',
  ];
  it.each(relative)('"%s" → value null, unresolved: no-reference-date', (expression) => {
    const dates = resolveDates(`Talks resume ${expression}, officials said.`);
    expect(dates.length, JSON.stringify(dates)).toBeGreaterThan(0);
    for (const d of dates) {
      expect(d.value, `${d.text}`).toBeNull();
      expect(d.unresolved).toBe('no-reference-date');
      expect(d.range).toBeUndefined();
    }
  });
  // prettier-ignore
  const absolute: [string, string][] = [
    ['on January 10, 2022', '2022-01-10'], ['in 2014', '2014'], ['in March 2015', '2015-03'], ['the night of 17 to 18 October 2023', '2023-10-17TNI'],
  ];
  it.each(absolute)('"%s" → %s, no unresolved field', (expression, value) => {
    const [d] = resolveDates(`Officials met ${expression}.`);
    expect(d!.value).toBe(value);
    expect(d!.unresolved).toBeUndefined();
  });
  it('a value that needs no calendar day stays (durations, PRESENT_REF)', () => {
    const dates = resolveDates('The talks lasted two hours and are now over.');
    expect(dates.map((d) => [d.text, d.value, d.unresolved])).toEqual([
      ['two hours', 'PT2H', undefined],
      ['now', 'PRESENT_REF', undefined],
    ]);
  });
  it('includeUnresolved: false drops the unresolved ones', () => {
    expect(resolveDates('They met last night, in 2014.', { includeUnresolved: false }).map((d) => d.text)).toEqual([
      '2014',
    ]);
  });
  it('property: no sentence of the date vocabulary gets a calendar value counted from nowhere', () => {
    // prettier-ignore
    const words = ['today', 'last night', 'Monday', 'next Friday', 'last week', 'this year', 'two days ago', 'the next day', 'at 9 a.m.',
      'on the 3rd', 'the end of the month', 'May 5', 'tomorrow evening', 'this weekend', 'the past year', 'the same day', 'a year earlier'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), (picked) => {
        const text = picked.map((w) => `Officials spoke ${w}.`).join(' ');
        for (const d of resolveDates(text)) {
          if (d.type !== 'DATE' && d.type !== 'TIME') continue;
          if (d.value !== null && !/_REF$/.test(d.value))
            throw new Error(`${d.text} got ${d.value} without a reference date`);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('two references side by side stay two expressions', () => {
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Ministers met this morning, next Friday they meet the unions.', ['this morning=2021-12-07TMO', 'next Friday=2021-12-10']],
    ['The vote was held this evening, Tuesday, in the capital.', ['this evening=2021-12-07TEV', 'Tuesday=2021-12-07']],
    ['It is 9 a.m., this Tuesday, December 7, in Brussels.', ['9 a.m.=2021-12-07T09:00', 'this Tuesday, December 7=2021-12-07']],
    // one reference: one TIME
    ['The deadline is 5 p.m. GMT, Dec. 10.', ['5 p.m. GMT, Dec. 10=2021-12-10T17:00']],
    ['He spoke on Tuesday at 10 a.m. in Sochi.', ['Tuesday at 10 a.m.=2021-12-07T10:00']],
  ];
  it.each(rows)('%s', (sentence, expected) => {
    expect(resolveDates(sentence, { publishedAt: '2021-12-07' }).map((d) => `${d.text}=${d.value}`)).toEqual(expected);
  });
});
