// resolveDates gives the same output in every time zone of the machine (issue 16): the
// publication date is a calendar date and every value is computed on it, never on a Date
// in local time. The zone is switched inside this process (Node applies a new
// process.env.TZ at once); the first test proves the switch takes effect, so the
// comparisons below cannot pass by comparing one zone with itself.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';

/** Zones from UTC−12 to UTC+14, with odd offsets and daylight saving in both hemispheres. */
// prettier-ignore
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Pacific/Chatham', 'America/Santiago', 'Asia/Kolkata'];
const original = process.env.TZ;

function setZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}

/** The output of `run` under each zone, as JSON. */
function underEachZone(run: () => unknown): string[] {
  try {
    return ZONES.map((zone) => {
      setZone(zone);
      return JSON.stringify(run());
    });
  } finally {
    setZone(original);
  }
}

afterAll(() => setZone(original));

describe('resolveDates does not depend on the machine time zone', () => {
  it('switching process.env.TZ changes the local time of this process (so the comparisons mean something)', () => {
    const instant = new Date(Date.UTC(2021, 11, 7, 12, 0));
    const hours = underEachZone(() => new Date(instant.getTime()).getHours()).map(Number);
    const expected = ZONES.map((zone) =>
      Number(new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(instant)),
    );
    expect(hours).toEqual(expected);
    expect(new Set(hours).size).toBeGreaterThanOrEqual(5);
  });

  // [sentence, publication date, span, value] — each once gave another value in some zone
  // prettier-ignore
  const rows: [string, string, string, string][] = [
    ['They met last night in Sochi.', '2021-12-07', 'last night', '2021-12-06TNI'],
    ['They met yesterday and will meet again on Thursday at 10 a.m.', '2021-12-07', 'yesterday', '2021-12-06'],
    ['They met yesterday and will meet again on Thursday at 10 a.m.', '2021-12-07', 'Thursday at 10 a.m.', '2021-12-09T10:00'],
    ['Talks resume tomorrow night.', '2021-12-31', 'tomorrow night', '2022-01-01TNI'],
    ['The report is due by the end of the month.', '2021-02-28', 'the end of the month', '2021-02'],
    ['The curfew ends at midnight tonight.', '2021-03-14', 'midnight tonight', '2021-03-14T24:00'],
    ['It happened two days ago.', '2021-03-01', 'two days ago', '2021-02-27'],
    ['Clocks change at 2 a.m. today.', '2021-03-28', '2 a.m. today', '2021-03-28T02:00'],
  ];
  it.each(rows)('%s (%s): %s → %s in every zone', (sentence, publishedAt, span, value) => {
    const outputs = underEachZone(() => resolveDates(sentence, { publishedAt }).find((d) => d.text === span)?.value);
    expect(outputs).toEqual(ZONES.map(() => JSON.stringify(value)));
  });

  it('gives identical output for the fixtures under every zone', () => {
    const fixtures = new URL('../../fixtures/', import.meta.url);
    const meta = JSON.parse(readFileSync(new URL('fixtures.json', fixtures), 'utf8')) as Record<
      string,
      { publishedAt: string }
    >;
    const texts = Object.entries(meta).map(([file, { publishedAt }]) => ({
      text: readFileSync(new URL(file, fixtures), 'utf8'),
      publishedAt,
    }));
    const outputs = underEachZone(() => texts.map(({ text, publishedAt }) => resolveDates(text, { publishedAt })));
    for (const output of outputs) expect(output).toBe(outputs[0]);
    expect(outputs[0]!.length).toBeGreaterThan(1000);
  });
});

/** Words of the date vocabulary, relative ones first: these are where a zone could leak in. */
// prettier-ignore
const EXPRESSIONS = [
  'today', 'yesterday', 'tomorrow', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening',
  'yesterday evening', 'tomorrow morning', 'now', 'Monday', 'last Friday', 'next Tuesday', 'this Sunday', 'Saturday night',
  'last week', 'this week', 'next week', 'last month', 'next month', 'this year', 'last year', 'next year', 'the weekend',
  'the end of the month', 'the end of next week', 'the end of this year', 'two days ago', 'a week ago', '12 hours ago',
  '36 hours ago', 'in three days', 'in two weeks', 'in 36 hours', 'two days from now', 'at 10 p.m.', 'at 2 a.m.', 'at midnight',
  'at noon', 'at 3pm today', 'at 14.30 GMT', 'on the 5th', 'on the 31st', 'the 24th of last month', 'the 1st of next month',
  'January 10', 'on 29 February', 'Dec. 31', 'early January', 'late last year', 'the next day', 'the previous evening',
  'the same day', 'the night between 21 and 22 November', 'this spring', 'the third quarter', 'March 2020', '7 December 2021',
];
// prettier-ignore
const CLAUSES = ['Officials said', 'The talks will resume', 'Protesters gathered', 'The minister is expected to arrive', 'Prices rose', 'The court ruled'];

/** Publication days near zone traps: daylight-saving changes, year and month ends, a leap day. */
// prettier-ignore
const TRAP_DAYS = ['2021-03-14', '2021-11-07', '2021-03-28', '2021-10-31', '2021-04-04', '2021-09-05', '2020-12-31', '2021-01-01', '2020-02-29', '2021-02-28'];

const publishedAt = fc.oneof(
  fc.constantFrom(...TRAP_DAYS),
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...CLAUSES), fc.constantFrom(...EXPRESSIONS)), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([clause, expression]) => `${clause} ${expression}.`).join(' '));

describe('property: sentences from the date vocabulary resolve the same in every zone', () => {
  it('identical output under every zone, and the same under a Date and its ISO string', () => {
    fc.assert(
      fc.property(sentence, publishedAt, (text, day) => {
        const outputs = underEachZone(() => resolveDates(text, { publishedAt: day }));
        for (const output of outputs) expect(output).toBe(outputs[0]);
        const asDate = underEachZone(() => resolveDates(text, { publishedAt: new Date(`${day}T00:00:00Z`) }));
        expect(asDate[0]).toBe(outputs[0]);
      }),
      { numRuns: 150 },
    );
  });
});
