/**
 * Quantities for the date parsers: number words, time units and their TIMEX3 duration codes,
 * and the shape of a rate ("$5 a year"). Ordinals are shared vocabulary (`lexicon/ordinals.ts`).
 *
 * Kept as frozen tables so every parser reads the same vocabulary and the regex
 * alternations are built once at module load. Calendar words (months, weekdays, parts of
 * the day, seasons, holidays) live in `src/lexicon`, shared with the other stages.
 */

const SMALL: Readonly<Record<string, number>> = Object.freeze({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
  couple: 2,
  single: 1,
  another: 1,
});

/** The number words one to nine, ten to nineteen, and the tens (regex alternations, for the 'i' flag). */
export const UNIT_WORD_PATTERN = 'one|two|three|four|five|six|seven|eight|nine';
export const TEEN_WORD_PATTERN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const TENS_WORD_PATTERN = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/**
 * Number words a duration may start with (longest first for the regex).
 *
 * @example
 * new RegExp(`^(?:${NUMBER_WORD_PATTERN})$`, 'i').test('twenty-five'); // true
 * new RegExp(`^(?:${NUMBER_WORD_PATTERN})$`, 'i').test('several'); // false (see VAGUE_QUANTITY_PATTERN)
 */
export const NUMBER_WORD_PATTERN =
  `(?:${TENS_WORD_PATTERN})(?:[\\s-](?:${UNIT_WORD_PATTERN}))?|${TEEN_WORD_PATTERN}` +
  `|hundred|dozen|(?:a\\s+)?couple(?:\\s+of)?|${UNIT_WORD_PATTERN}|another|an?`;

/**
 * A two-digit number said as words, the way years and clock minutes are read out: "ninety-seven",
 * "twenty five", "fifteen", "oh five" (no capture groups; read it with {@link parseNumber}
 * after dropping the "oh").
 *
 * @example
 * new RegExp(`^(?:${TWO_DIGIT_WORD_PATTERN})$`, 'i').test('oh five'); // true
 * new RegExp(`^(?:${TWO_DIGIT_WORD_PATTERN})$`, 'i').test('five'); // false
 */
export const TWO_DIGIT_WORD_PATTERN = `(?:${TENS_WORD_PATTERN})(?:[\\s-](?:${UNIT_WORD_PATTERN}))?|${TEEN_WORD_PATTERN}|oh[\\s-](?:${UNIT_WORD_PATTERN})`;

/**
 * Vague quantities that give an X in the value ('several years' → 'PXY').
 *
 * @example
 * new RegExp(`^(?:${VAGUE_QUANTITY_PATTERN})$`, 'i').test('a few'); // true
 * new RegExp(`^(?:${VAGUE_QUANTITY_PATTERN})$`, 'i').test('two'); // false
 */
export const VAGUE_QUANTITY_PATTERN = 'several|a\\s+few|few|many|some|numerous|a\\s+number\\s+of';

/**
 * Parses a number written as digits or English words; null for vague words.
 *
 * @example
 * parseNumber('twenty-five'); // 25
 * parseNumber('2 1/2');       // 2.5
 * parseNumber('a couple of'); // 2
 */
export function parseNumber(raw: string): number | null {
  let word = raw.toLowerCase().trim().replace(/,/g, '');
  // "a couple of" is two in TimeML ("a couple of years" → P2Y)
  word = word.replace(/^(?:a\s+)?couple(?:\s+of)?$/, 'couple');
  // "2 1/2", "2½", "two and a half", "one and a half"
  const half = /^(.+?)\s*(?:1\/2|½|\s+and\s+a\s+half)$/.exec(word);
  if (half) {
    const whole = parseNumber(half[1]!);
    return whole === null ? null : whole + 0.5;
  }
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  const parts = word.split(/[\s-]+/);
  let total = 0;
  for (const part of parts) {
    const n = SMALL[part];
    if (n === undefined) return null;
    total = n === 100 ? Math.max(total, 1) * 100 : total + n;
  }
  return total;
}

/**
 * TIMEX3 unit letters, and whether the unit is a time (PT...) unit.
 *
 * @example
 * const week: TimexUnit = { code: 'W', time: false }; // what unitOf('weeks') returns
 * const hour: TimexUnit = { code: 'H', time: true }; // a PT... unit
 */
export interface TimexUnit {
  code: string;
  time: boolean;
}

/**
 * Maps an English unit word to its TIMEX3 duration code.
 *
 * @example
 * unitOf('hours'); // { code: 'H', time: true }
 */
export function unitOf(word: string): TimexUnit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  switch (w) {
    case 'second':
      return { code: 'S', time: true };
    case 'minute':
    case 'min':
      return { code: 'M', time: true };
    case 'hour':
    case 'hr':
      return { code: 'H', time: true };
    case 'day':
    case 'night':
      return { code: 'D', time: false };
    case 'weekend':
      return { code: 'WE', time: false };
    case 'week':
      return { code: 'W', time: false };
    case 'fortnight':
      return { code: 'W', time: false };
    case 'month':
      return { code: 'M', time: false };
    case 'quarter':
      return { code: 'Q', time: false };
    case 'year':
      return { code: 'Y', time: false };
    case 'decade':
      return { code: 'DE', time: false };
    case 'century':
    case 'centurie':
      return { code: 'CE', time: false };
    default:
      return null;
  }
}

/**
 * Duration unit words, singular and plural, for regexes.
 *
 * @example
 * new RegExp(`^(?:${UNIT_PATTERN})$`, 'i').test('centuries'); // true
 * new RegExp(`^(?:${UNIT_PATTERN})$`, 'i').test('weekend'); // false
 */
export const UNIT_PATTERN =
  'seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century';

/**
 * Builds a TIMEX3 duration value from a number and a unit ('P2Y', 'PT3H', 'PXD').
 *
 * @example
 * durationValue(50, unitOf('days')!);    // 'P50D'
 * durationValue(2.5, unitOf('years')!);  // 'P2Y6M'
 * durationValue(2, unitOf('decades')!);  // 'P20Y'
 */
export function durationValue(amount: number | null, unit: TimexUnit, unitWord = ''): string {
  let n = amount;
  let code = unit.code;
  if (/^fortnight/i.test(unitWord) && n !== null) n *= 2;
  // ISO 8601 has no decades or centuries: 'two decades' → P20Y, 'half a century' → P50Y
  if (n !== null && (code === 'DE' || code === 'CE')) {
    n *= code === 'DE' ? 10 : 100;
    code = 'Y';
  }
  if (n !== null && !Number.isInteger(n)) {
    // '2 1/2 years' → P2Y6M, 'an hour and a half' → PT1H30M, 'a day and a half' → P1DT12H
    const whole = Math.trunc(n);
    const lead = whole ? `${whole}${code}` : '';
    const fraction = n - whole;
    if (code === 'Y') return `P${lead}${round(fraction * 12)}M`;
    if (code === 'H' && unit.time) return `PT${lead}${round(fraction * 60)}M`;
    if (code === 'M' && unit.time) return `PT${lead}${round(fraction * 60)}S`;
    if (code === 'D') return `P${lead}T${round(fraction * 24)}H`.replace(/^PT/, 'PT');
  }
  const amountText = n === null ? 'X' : String(n);
  return unit.time ? `PT${amountText}${code}` : `P${amountText}${code}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * What stands before "a day" / "a year" when it is a rate (a SET), not a duration: an amount,
 * possibly followed by what is counted ("$5 a year", "3% a year", "twice a day", "three to
 * four turbines a day", "700 seats a week"). Test it on the text before the "a".
 *
 * @example
 * RATE_BEFORE.test('three to four turbines '); // true
 * RATE_BEFORE.test('He waited '); // false
 */
export const RATE_BEFORE =
  /(?:(?:\d|%|\btimes|\bonce|\btwice|\bthrice|\bmillion|\bbillion|\bcents?|\bdollars?|\beuros?|\bpercent|\bpoints?|\btons?|\bbarrels?|\bshares?)|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?)(?:\s+(?:to|or)\s+\S+)?(?:\s+[\p{Ll}-]+){1,2})\s*$/u;
