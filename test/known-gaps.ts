// Shared by the table tests whose rows may be known gaps (test/dates/other-outlets.test.ts,
// test/dates/wire-style.test.ts): a row the code gets wrong today stays visible as a skipped
// test carrying its reason, and `CHECK_GAPS=1` runs those rows as expected failures, so a gap
// that got fixed shows up at once (delete its entry then).
import { expect, it } from 'vitest';

/** The outcome of one table row: right or not, and what was found (the failure message). */
export interface Verdict {
  ok: boolean;
  detail: string;
}

/**
 * A `check(name, judge)` that declares one row as a test, or as a skipped test when `gaps`
 * lists its name (an expected failure under `CHECK_GAPS=1`).
 *
 * @example
 * const check = gapAwareCheck({ 'p02 › "Thursday" → 2012-11-08': 'got 2012-11-01: …' });
 * check('p01 › "Friday" → 2013-01-04', () => ({ ok: true, detail: '' }));
 */
export function gapAwareCheck(gaps: Readonly<Record<string, string>>): (name: string, judge: () => Verdict) => void {
  return (name, judge) => {
    const fn = () => {
      const v = judge();
      expect(v.ok, v.detail).toBe(true);
    };
    const gap = gaps[name];
    if (!gap) it(name, fn);
    else if (process.env.CHECK_GAPS) it.fails(`${name} — ${gap}`, fn);
    else it.skip(`${name} — ${gap}`, fn);
  };
}
