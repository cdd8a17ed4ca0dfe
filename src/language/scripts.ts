/**
 * Unicode script census of a text: which writing system its letters belong to.
 *
 * Script is the most reliable language signal there is (a Cyrillic paragraph in an English
 * article is foreign whatever a trigram model says), and counting it is a single linear
 * pass over UTF-16 code units with range checks, far cheaper than a trigram model.
 */
import { assertInteger, assertText } from '../core/errors.js';

/**
 * Scripts we tell apart. Letters of any other script are not counted; 'Other' is what
 * dominantScript says of a text without a letter of these.
 *
 * @example
 * const script: ScriptName = dominantScript(countScripts('Кремль')); // 'Cyrillic'
 */
export type ScriptName =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Arabic'
  | 'Hebrew'
  | 'Devanagari'
  | 'Han'
  | 'Kana'
  | 'Hangul'
  | 'Thai'
  | 'Georgian'
  | 'Armenian'
  | 'Bengali'
  | 'Gurmukhi'
  | 'Gujarati'
  | 'Tamil'
  | 'Telugu'
  | 'Kannada'
  | 'Malayalam'
  | 'Sinhala'
  | 'Ethiopic'
  | 'Other';

/**
 * Letter counts per script.
 *
 * @example
 * const census: ScriptCensus = { letters: 5, counts: { Latin: 5 } };
 */
export interface ScriptCensus {
  letters: number;
  counts: Partial<Record<ScriptName, number>>;
}

// [first, last, script] ranges of UTF-16 code units, sorted. ASCII digits and punctuation
// fall outside every range and are not letters. Most scripts are counted by their whole
// Unicode block (Devanagari 0x900–0x97f, the Indic blocks after it, Ethiopic 0x1200–0x137f):
// the combining vowel signs and viramas, part of the words, count as letters, and so do the
// block's own digits and punctuation (। ॥, ።) where it has them.
// prettier-ignore
const RANGES: ReadonlyArray<readonly [number, number, ScriptName]> = [
  [0x41, 0x5a, 'Latin'], [0x61, 0x7a, 'Latin'], [0xc0, 0xd6, 'Latin'], [0xd8, 0xf6, 'Latin'],
  [0xf8, 0x24f, 'Latin'], [0x370, 0x3ff, 'Greek'], [0x400, 0x52f, 'Cyrillic'],
  [0x531, 0x58f, 'Armenian'], [0x5d0, 0x5ff, 'Hebrew'], [0x620, 0x64a, 'Arabic'],
  [0x66e, 0x6ff, 'Arabic'], [0x900, 0x97f, 'Devanagari'], [0x980, 0x9ff, 'Bengali'],
  [0xa00, 0xa7f, 'Gurmukhi'], [0xa80, 0xaff, 'Gujarati'], [0xb80, 0xbff, 'Tamil'],
  [0xc00, 0xc7f, 'Telugu'], [0xc80, 0xcff, 'Kannada'], [0xd00, 0xd7f, 'Malayalam'],
  [0xd80, 0xdff, 'Sinhala'], [0xe00, 0xe7f, 'Thai'], [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'], [0x1200, 0x137f, 'Ethiopic'], [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'], [0x3040, 0x30ff, 'Kana'], [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'], [0xac00, 0xd7af, 'Hangul'], [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'],
];

/**
 * Returns the script of one UTF-16 code unit, or null when it is not a letter we know.
 *
 * @example
 * scriptOfCodeUnit('Ж'.charCodeAt(0)); // 'Cyrillic'
 */
export function scriptOfCodeUnit(code: number): ScriptName | null {
  if (code < 0x41) return null;
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last, script] = RANGES[mid]!;
    if (code < first) hi = mid - 1;
    else if (code > last) lo = mid + 1;
    else return script;
  }
  return null;
}

/**
 * Counts letters per script in `text[start, end)`.
 *
 * @example
 * countScripts('Кремль said'); // { letters: 10, counts: { Cyrillic: 6, Latin: 4 } }
 */
export function countScripts(text: string, start = 0, end = text?.length): ScriptCensus {
  assertText(text, 'countScripts');
  assertInteger(start, 'countScripts', 'start', 0, text.length);
  assertInteger(end, 'countScripts', 'end', start, text.length);
  // Counts per script index; `order` keeps first appearances, so the census lists scripts in
  // the order the text introduces them (dominantScript breaks ties by that order).
  // TALLY and ORDER are shared scratch (the loop calls nothing that could count meanwhile);
  // TALLY is zero between calls (the scripts seen are reset below).
  // Latin letters are counted in a local (most letters of most pages are ASCII).
  const tally = TALLY;
  const order = ORDER;
  let seen = 0;
  let letters = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const folded = code | 0x20; // A-Z and a-z only land in a-z
      if (folded >= 0x61 && folded <= 0x7a && latin++ === 0) order[seen++] = LATIN;
      continue;
    }
    const script = SCRIPT_OF_UNIT[code]!;
    if (script === NO_SCRIPT) continue;
    if (script === LATIN) {
      if (latin++ === 0) order[seen++] = LATIN;
    } else {
      if (tally[script]!++ === 0) order[seen++] = script;
      letters++;
    }
  }
  letters += latin;
  tally[LATIN] = latin;
  const counts: Partial<Record<ScriptName, number>> = {};
  for (let k = 0; k < seen; k++) {
    const script = order[k]!;
    counts[SCRIPT_NAMES[script]!] = tally[script]!;
    tally[script] = 0;
  }
  return { letters, counts };
}

// prettier-ignore
const SCRIPT_NAMES: readonly ScriptName[] = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Han', 'Kana', 'Hangul', 'Thai', 'Georgian', 'Armenian', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Ethiopic', 'Other'];
const SCRIPT_INDEX = Object.fromEntries(SCRIPT_NAMES.map((name, i) => [name, i])) as Record<ScriptName, number>;
const LATIN = SCRIPT_INDEX.Latin;
const TALLY = new Int32Array(SCRIPT_NAMES.length);
// Shared scratch too: the scripts in order of first appearance (each at most once).
const ORDER = new Uint8Array(SCRIPT_NAMES.length);
// scriptOfCodeUnit tabled for every UTF-16 code unit (its SCRIPT_INDEX, NO_SCRIPT for none):
// a page's curly quotes, dashes and accented letters are each a lookup, not a range search.
const NO_SCRIPT = 255;
const SCRIPT_OF_UNIT = new Uint8Array(0x10000).fill(NO_SCRIPT);
for (const [first, last, script] of RANGES) SCRIPT_OF_UNIT.fill(SCRIPT_INDEX[script], first, last + 1);

/**
 * True when `text` has letters countScripts counts and all of them are of `script` (then
 * `dominantScript(countScripts(text))` is `script`), found by two native scans that stop at
 * the first letter of the script and at the first of another, without counting: a census
 * reads each character in JavaScript, several times the cost.
 *
 * @example
 * writtenOnlyIn('Kyiv said', 'Latin'); // true
 * writtenOnlyIn('Київ said', 'Latin'); // false
 */
export function writtenOnlyIn(text: string, script: ScriptName): boolean {
  const index = SCRIPT_INDEX[script];
  if (index === undefined) return false;
  const { own, other } = (SCRIPT_TESTS[index] ??= scriptTests(script));
  return own.test(text) && !other.test(text);
}

/**
 * True when `text` has at least `count` letters of `script`: what
 * `(countScripts(text).counts[script] ?? 0) >= count` says, read natively up to that letter
 * for a small whole count (a census reads each character in JavaScript).
 *
 * @example
 * hasLettersOf('Kyiv said', 'Latin', 8); // true
 * hasLettersOf('Kyiv said', 'Latin', 9); // false
 */
export function hasLettersOf(text: string, script: ScriptName, count: number): boolean {
  const index = SCRIPT_INDEX[script];
  if (index === undefined || !(Number.isInteger(count) && count >= 1 && count <= MAX_NATIVE_COUNT)) {
    return (countScripts(text).counts[script] ?? 0) >= count;
  }
  const patterns = (LETTERS_OF[index] ??= []);
  const { ranges } = (SCRIPT_TESTS[index] ??= scriptTests(script));
  // A script without ranges has no letters.
  if (!ranges) return false;
  // `count` times: other characters, then a letter of the script. The two classes are
  // disjoint, so a failing match backtracks through each run once.
  return (patterns[count] ??= new RegExp(`^(?:[^${ranges}]*[${ranges}]){${count}}`)).test(text);
}

// hasLettersOf's patterns per script index and count.
const LETTERS_OF: RegExp[][] = [];
const MAX_NATIVE_COUNT = 64;

// Per script index: a pattern matching a letter of the script, one matching a letter of any
// other, and the first one's ranges (RANGES as code units: no `u` flag, so a surrogate is one
// unit, as in the census).
interface ScriptTests {
  own: RegExp;
  other: RegExp;
  ranges: string;
}
const SCRIPT_TESTS: Array<ScriptTests | undefined> = [];
// RANGES of the scripts `keep` takes, as the inside of a character class of code units.
const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
const rangesOf = (keep: (name: ScriptName) => boolean): string =>
  RANGES.filter(([, , name]) => keep(name))
    .map(([first, last]) => `${hex(first)}-${hex(last)}`)
    .join('');
function scriptTests(script: ScriptName): ScriptTests {
  // A class without ranges matches nothing.
  const letters = (ranges: string): RegExp => new RegExp(ranges ? `[${ranges}]` : '[^\\s\\S]');
  const ranges = rangesOf((name) => name === script);
  return { own: letters(ranges), other: letters(rangesOf((name) => name !== script)), ranges };
}

/**
 * The script with the most letters, or 'Other' for a text without letters.
 *
 * @example
 * dominantScript(countScripts('Ukraine')); // 'Latin'
 */
export function dominantScript(census: ScriptCensus): ScriptName {
  if (typeof census !== 'object' || census === null || typeof census.counts !== 'object' || census.counts === null) {
    throw new TypeError('dominantScript: expected a census from countScripts(text)');
  }
  let best: ScriptName = 'Other';
  let bestCount = 0;
  // for…in visits the census's scripts in the order Object.entries lists them, without the list.
  const { counts } = census;
  for (const script in counts) {
    const count = counts[script as ScriptName]!;
    if (Object.hasOwn(counts, script) && count > bestCount) {
      best = script as ScriptName;
      bestCount = count;
    }
  }
  return best;
}

/**
 * What a letter of a script written without spaces between words (Han, Kana) weighs against
 * a letter of an alphabet when measuring how much text there is: such a character is about
 * a syllable or half a word, an alphabet's letter about a sound (a 28-character Chinese
 * sentence says what about 80 characters of English do).
 *
 * @example
 * UNSPACED_LETTER_WEIGHT * 28; // 84
 */
export const UNSPACED_LETTER_WEIGHT = 3;

/**
 * What a Hangul syllable block weighs against a letter of an alphabet: it spells a syllable
 * of two or three sounds (Korean news runs to about half the characters of its English).
 *
 * @example
 * SYLLABLE_LETTER_WEIGHT * 50; // 100
 */
export const SYLLABLE_LETTER_WEIGHT = 2;

/**
 * The weight of one letter of `script` against an alphabet's letter: UNSPACED_LETTER_WEIGHT
 * for Han and Kana, SYLLABLE_LETTER_WEIGHT for Hangul, 1 for the others.
 *
 * @example
 * letterWeight('Han'); // 3
 * letterWeight('Hangul'); // 2
 * letterWeight('Cyrillic'); // 1
 */
export function letterWeight(script: ScriptName): number {
  if (script === 'Han' || script === 'Kana') return UNSPACED_LETTER_WEIGHT;
  return script === 'Hangul' ? SYLLABLE_LETTER_WEIGHT : 1;
}

/**
 * True when `text` has a letter whose `letterWeight` is above 1 (Han, Kana, Hangul): only then
 * does a weighted count of its letters differ from the plain one. One native scan.
 *
 * @example
 * hasWeightedLetters('北京 said'); // true
 * hasWeightedLetters('Київ said'); // false
 */
export function hasWeightedLetters(text: string): boolean {
  return (WEIGHTED_LETTER ??= new RegExp(`[${rangesOf((name) => letterWeight(name) > 1)}]`)).test(text);
}
let WEIGHTED_LETTER: RegExp | undefined;

/**
 * A census's letters (of one script, or of all) weighted by `letterWeight`.
 *
 * @example
 * weightedLetters(countScripts('北京 said')); // 10
 * weightedLetters(countScripts('北京 said'), 'Latin'); // 4
 */
export function weightedLetters(census: ScriptCensus, script?: ScriptName): number {
  let total = 0;
  for (const [name, count] of Object.entries(census.counts) as Array<[ScriptName, number]>) {
    if (script === undefined || name === script) total += count * letterWeight(name);
  }
  return total;
}

// The main script of the languages written in another script than Latin (ISO 639-3).
const LANGUAGE_SCRIPTS: Readonly<Record<string, ScriptName>> = {
  rus: 'Cyrillic',
  ukr: 'Cyrillic',
  bel: 'Cyrillic',
  bul: 'Cyrillic',
  srp: 'Cyrillic',
  kaz: 'Cyrillic',
  ell: 'Greek',
  heb: 'Hebrew',
  arb: 'Arabic',
  pes: 'Arabic',
  urd: 'Arabic',
  hin: 'Devanagari',
  mar: 'Devanagari',
  npi: 'Devanagari',
  cmn: 'Han',
  jpn: 'Kana',
  kor: 'Hangul',
  tha: 'Thai',
  kat: 'Georgian',
  hye: 'Armenian',
  ben: 'Bengali',
  pan: 'Gurmukhi',
  guj: 'Gujarati',
  tam: 'Tamil',
  tel: 'Telugu',
  kan: 'Kannada',
  mal: 'Malayalam',
  sin: 'Sinhala',
  amh: 'Ethiopic',
};

/**
 * The main script a language is written in (ISO 639-3 code; Latin for the languages not listed).
 *
 * @example
 * scriptOfLanguage('rus'); // 'Cyrillic'
 * scriptOfLanguage('eng'); // 'Latin'
 */
export function scriptOfLanguage(language: string): ScriptName {
  return LANGUAGE_SCRIPTS[language] ?? 'Latin';
}
