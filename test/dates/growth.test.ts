// resolveDates runs in linear time on adversarial input (issue 16): the time for 10× the
// input must grow about 10×, never 100×. Growth ratios, not absolute times, so the test
// holds on a busy machine: every time is the best of a few runs, and times under a floor
// count as the floor (a 0.3 ms run says nothing about growth).
//
// Three families:
// - shapes without dates (whitespace, dots, long tokens, digits, prefixes of our patterns)
//   from 10 KB to 1 MB;
// - shapes dense with dates (one expression every few characters) from 4 KB to 40 KB:
//   linear but costly per expression, so smaller;
// - growth inside one parse chunk (500 B → 4 KB): the text is parsed in chunks of a few
//   KB, so a regex that is quadratic inside a chunk (the old lookbehind of
//   relative-period.ts on whitespace runs) only shows as a growth inside that range.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';

const OPTIONS = { publishedAt: '2021-12-07' };

/** Best time in ms of `runs` calls (after one warm-up call). */
function bestTime(text: string, runs: number, repeat = 1): number {
  resolveDates(text, OPTIONS);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let k = 0; k < repeat; k++) resolveDates(text, OPTIONS);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Best times of two batches measured in turns (so a load spike on a shared machine hits both
 * sides alike): `a` parsed `repeatA` times against `b` parsed `repeatB` times, `runs` turns.
 */
function interleavedBest(a: string, repeatA: number, b: string, repeatB: number, runs: number): [number, number] {
  const batch = (text: string, repeat: number) => {
    const t0 = performance.now();
    for (let k = 0; k < repeat; k++) resolveDates(text, OPTIONS);
    return performance.now() - t0;
  };
  batch(a, 1);
  batch(b, 1);
  let bestA = Infinity;
  let bestB = Infinity;
  for (let i = 0; i < runs; i++) {
    bestA = Math.min(bestA, batch(a, repeatA));
    bestB = Math.min(bestB, batch(b, repeatB));
  }
  return [bestA, bestB];
}

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Shapes that hold no date: whitespace and punctuation runs, long tokens, pattern prefixes. */
const EMPTY_SHAPES: Record<string, string> = {
  'whitespace runs': '   \n',
  'blank lines': '\n\n',
  'tabs and spaces': '\t \t ',
  'no-break spaces': '\u00a0 ',
  'dot runs': '. ',
  'dash run': '-',
  'comma runs': ', ',
  'one long token': 'x',
  'one long number': '9',
  'lone surrogates': '\uD800 ',
  'repeated "the "': 'the ',
  'repeated "of the "': 'of the ',
  'repeated "within the "': 'within the ',
  'repeated "during  the "': 'during  the ',
};

/** Shapes with an expression every few characters. */
const DENSE_SHAPES: Record<string, string> = {
  'bare ordinals': 'on the 5th ',
  'nights (chrono reads each "night")': 'night between ',
  'nights between': 'the night between 21 and 22 November ',
  'clock times': 'at 3.00pm today ',
  'wire clock times': 'at 1400 GMT (0900 EST) ',
  'bare plural ago': 'years ago ',
  'compound durations': 'for two years and three months, ',
  'ordinal weeks of a month': 'the last week of May ',
  'zoned times before a day': 'at 9 p.m. local time (1800 GMT) on Monday ',
  'recent days': 'in recent days ',
  weekdays: 'Monday ',
  'glued date words': 'in 36 hoursyesterday ',
  'day pairs': 'between 1 and 3 December ',
  'day lists': 'on 4, 5, 6 and 7 July, the 4th, 5th and 6th of May ',
  'ordinals with a city clock': 'on the 4th Beijing time until 2 a.m. ',
  'weekday ranges': 'will run from Monday to Friday ',
  '24-hour clocks with hours or h': 'at 1430 hours until 14h30 ',
  'ends of the week and halves': 'by the end of the week in H1 2023 ',
  'weekdays of a named week, relative month-days': 'on Friday next week, last March 12, around the 20th. ',
  'year spans and schedules': 'in 2020-2023, the 2022/23 season, planned for the 25th. ',
  'weekday ranges with days': 'from Thursday 4 to Sunday 7 July, Monday 6 to 8 people. ',
  'clock ranges and anaphoric days': 'from 6 a.m. to 6 p.m. on the 5th until 2 a.m. the next day. ',
  'ten days of a month':
    'in the first ten days of April, the last ten days of the month, the first ten days of the war. ',
  overnights: 'fell overnight Saturday, overnight Friday into Saturday, overnight into Sunday. ',
  'weekday lists in a schedule': 'will meet on Tuesday, Wednesday and Thursday, and on Monday and Friday. ',
  'the same period of last year':
    'in February, up on the same period of last year and the same month of the previous year. ',
  'in the course of': 'in the course of the week, over the course of the day, the course of the week. ',
  'clock ranges past midnight': 'from 10 p.m. to 5 a.m., between 9 and 11 p.m. on Friday, from 22:00 to 06:00. ',
  'parts of the month': 'Sales fell in May. At the start of the month, by the end of the month. ',
  'clock times of a day of the month': "at 6 in the morning of the 14th, on the 2nd of next month at 9 o'clock. ",
  'clock times on a weekday night': 'at 10 p.m. on Sunday night, 7 a.m. Monday morning. ',
  'clock times in words': "at half past seven in the evening, five in the morning on Tuesday, at eight o'clock. ",
};

const FLOOR_MS = 20;
const RATIO = 30; // linear growth is 10; quadratic 100

describe('resolveDates grows linearly with the input', () => {
  for (const [name, unit] of Object.entries(EMPTY_SHAPES)) {
    it(`${name}: 10 KB → 100 KB → 1 MB`, () => {
      const [t10, t100, t1000] = [10_000, 100_000, 1_000_000].map((size) =>
        Math.max(FLOOR_MS, bestTime(fill(unit, size), size > 100_000 ? 1 : 3)),
      );
      expect(t100! / t10!, `${t10!.toFixed(1)} ms → ${t100!.toFixed(1)} ms`).toBeLessThan(RATIO);
      expect(t1000! / t100!, `${t100!.toFixed(1)} ms → ${t1000!.toFixed(1)} ms`).toBeLessThan(RATIO);
    });
  }
  for (const [name, unit] of Object.entries(DENSE_SHAPES)) {
    it(`${name}: 4 KB → 40 KB`, () => {
      const [small, large] = [4_000, 40_000].map((size) => Math.max(FLOOR_MS, bestTime(fill(unit, size), 2)));
      expect(large! / small!, `${small!.toFixed(1)} ms → ${large!.toFixed(1)} ms`).toBeLessThan(RATIO);
    });
  }
  for (const [name, unit] of Object.entries({ ...EMPTY_SHAPES, ...DENSE_SHAPES })) {
    it(`${name}: 500 B → 4 KB inside one parse chunk`, () => {
      // the same number of bytes on each side: 8 texts of 500 B against one of 4 KB; linear
      // code takes about as long for both, quadratic code 8× as long for the 4 KB text
      const dense = Object.values(DENSE_SHAPES).includes(unit);
      const [small, large] = interleavedBest(fill(unit, 500), 8, fill(unit, 4_000), 1, dense ? 4 : 8);
      expect(
        large / Math.max(small, 1),
        `${small.toFixed(2)} ms (8 × 500 B) → ${large.toFixed(2)} ms (4 KB)`,
      ).toBeLessThan(3);
    });
  }
});
