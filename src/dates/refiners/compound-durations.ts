/**
 * Compound durations: "two years and three months" (P2Y3M), "2 hours and 15 minutes"
 * (PT2H15M), "three hours, 20 minutes" (PT3H20M), "one day and six hours" (P1DT6H). TimeML
 * annotates the amount as one TIMEX3; the duration parser reads each part on its own, so
 * this refiner joins two adjacent counted parts whose units go down ("and" or a comma
 * between them). A modifier of the first part ("more than") stays; a second part with its
 * own modifier, a vague amount, a unit not smaller than the first or a signal after it ("five
 * years, two months later") stays apart.
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { getSpec, setSpec } from '../timex.js';

/** What joins the two parts. */
const JOIN = /^\s+and\s+$|^\s*,\s*$/;
/** "five years, and two months later": the second part counts from an event of its own. */
const SIGNAL_AFTER = /^\s+(?:later|earlier|after|before|ago|afterwards?)\b/i;

/** Unit letters from the largest to the smallest (M before T is months, after T minutes). */
const ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'] as const;
type UnitKey = (typeof ORDER)[number];

/** One counted unit of a duration value ('P2Y' → ['Y', 2], 'PT15M' → ['TM', 15]); null otherwise. */
function singleUnit(value: string | null | undefined): [UnitKey, number] | null {
  const m = value ? /^P(T?)(\d+)([YMWDHS])$/.exec(value) : null;
  if (!m) return null;
  const key = (m[1] ? `T${m[3]}` : m[3]) as UnitKey;
  return ORDER.includes(key) ? [key, Number(m[2])] : null;
}

/**
 * The joined value of two counted units, larger first ('P2Y' + 'P3M' → 'P2Y3M'); weeks beside
 * another unit count as days (ISO 8601 writes weeks alone). Null when the units do not go down.
 *
 * @example
 * joinValues('PT2H', 'PT15M'); // 'PT2H15M'
 */
export function joinValues(first: string, second: string): string | null {
  const a = singleUnit(first);
  const b = singleUnit(second);
  if (!a || !b || ORDER.indexOf(a[0]) >= ORDER.indexOf(b[0])) return null;
  const parts = new Map<UnitKey, number>();
  for (const [key, amount] of [a, b]) {
    if (key === 'W') parts.set('D', (parts.get('D') ?? 0) + amount * 7);
    else parts.set(key, (parts.get(key) ?? 0) + amount);
  }
  let date = '';
  let time = '';
  for (const key of ORDER) {
    const amount = parts.get(key);
    if (amount === undefined) continue;
    if (key.startsWith('T')) time += `${amount}${key[1]}`;
    else date += `${amount}${key}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('He was jailed for two years and three months.', { publishedAt: '2021-12-07' });
 * // ["two years and three months → P2Y3M"]
 */
export const compoundDurationRefiner = defineRefiner('compound-durations', (context, results) => {
  const text = context.text;
  const sorted = [...results].sort((a, b) => a.index - b.index);
  const out: ParsingResult[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    const second = sorted[i + 1];
    const a = getSpec(first.start);
    const b = second ? getSpec(second.start) : undefined;
    const firstEnd = first.index + first.text.length;
    if (a?.type === 'DURATION' && b?.type === 'DURATION' && !b.mod && second!.index >= firstEnd) {
      const value = a.value && b.value ? joinValues(a.value, b.value) : null;
      const secondEnd = second!.index + second!.text.length;
      if (
        value &&
        JOIN.test(text.slice(firstEnd, second!.index)) &&
        !SIGNAL_AFTER.test(text.slice(secondEnd, secondEnd + 12))
      ) {
        first.text = text.slice(first.index, secondEnd);
        setSpec(first.start, { ...a, value, rule: 'compound-durations' });
        out.push(first);
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
});
