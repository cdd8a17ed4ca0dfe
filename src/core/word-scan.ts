/**
 * A fast word scanner: runs of letters (any script) with their offsets.
 *
 * Hot paths (language guessing per paragraph, flag rules) visit every word of an article;
 * a char-code loop with an ASCII fast path is several times faster than a Unicode regex.
 */

import { assertInteger } from './errors.js';

// A combining mark is part of its word: Devanagari, Bengali or Thai vowel signs and viramas,
// and accents written as separate marks ("é" as e + U+0301), would otherwise split the word.
const LETTER = /[\p{L}\p{M}]/u;
// The regex's answer per BMP code unit above Latin Extended-B, asked once each (0 unknown, 1 letter,
// 2 not): Cyrillic, Greek, Arabic or CJK text asks the same few hundred codes again and again.
const LETTER_MEMO = new Uint8Array(0x10000);

/**
 * True when the UTF-16 code unit at `i` is a letter or a combining mark (ASCII fast path,
 * Unicode otherwise).
 *
 * @example
 * isLetterAt('é1', 0); // true
 * isLetterAt('हिंदी', 1); // true (a vowel sign)
 */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  // Latin-1 and Latin Extended-A/B: letters except × and ÷ (and ª µ º below À).
  if (c < 0x250) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation (’ “ ” —): no letters
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral letters are rare in news; treat as separators
  const known = LETTER_MEMO[c]!;
  if (known !== 0) return known === 1;
  const letter = LETTER.test(text[i]!);
  LETTER_MEMO[c] = letter ? 1 : 2;
  return letter;
}

/**
 * Calls `visit(start, end)` for each maximal run of letters. An apostrophe between two
 * letters ("Russia’s", "don't") stays inside the word.
 *
 * @example
 * scanWords('Iran’s plan', (s, e) => console.log(s, e)); // 0 6, then 7 11
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  let spans: readonly number[];
  if (text === lastScanned) spans = lastSpans;
  else {
    const found: number[] = [];
    scanWordsWhile(text, (start, end) => {
      found.push(start, end);
      return true;
    });
    if (text.length <= MAX_KEPT_TEXT) [lastScanned, lastSpans] = [text, found];
    spans = found;
  }
  for (let k = 0; k < spans.length; k += 2) visit(spans[k]!, spans[k + 1]!);
}

// The word spans of the text scanned last: several flag rules read the words of each cleaned
// paragraph in turn, and the paragraph is scanned once for all of them. Only one text is
// kept, and a short one (a page's paragraph, not a megabyte of input).
const MAX_KEPT_TEXT = 20_000;
let lastScanned: string | undefined;
let lastSpans: readonly number[] = [];

/**
 * Like `scanWords`, but stops as soon as `visit` returns false (for callers that can decide
 * after the first few words).
 *
 * @example
 * let words = 0;
 * scanWordsWhile('a b c d', () => ++words < 2); // visits 'a' and 'b' only
 */
export function scanWordsWhile(text: string, visit: (start: number, end: number) => boolean): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? !isAsciiLetter(c) : !isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, i + 1, length);
    if (!visit(start, i)) return;
  }
}

/**
 * True for the code of A-Z or a-z: isLetterAt's answer below 0x80, read inline by scanning
 * loops (a call per character is most of a scan's cost where the engine does not inline it).
 *
 * @example
 * isAsciiLetter('K'.charCodeAt(0)); // true
 * isAsciiLetter('é'.charCodeAt(0)); // false
 */
export const isAsciiLetter = (c: number): boolean => ((c | 0x20) - 0x61) >>> 0 < 26;

// End of the word whose letters continue at `i` (an apostrophe between letters stays inside).
function wordEnd(text: string, i: number, length: number): number {
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? isAsciiLetter(c) : isLetterAt(text, i)) i++;
    else if ((c === 0x27 || c === 0x2019) && i + 1 < length && isLetterAt(text, i + 1)) i += 2;
    else break;
  }
  return i;
}

/**
 * True when the UTF-16 code unit is whitespace as the regex `\s` reads it (line
 * terminators, spaces and the Unicode space separators, U+FEFF).
 *
 * @example
 * isWhitespace(0xa0); // true
 * isWhitespace(0x200b); // false (zero width space is not \s)
 */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A character that continues a word: a letter, a digit, an apostrophe or a hyphen. A match
 * that has one right before or after it is inside a longer word ("Satan" holds "an").
 *
 * @example
 * WORD_CHAR.test('’'); // true
 * WORD_CHAR.test(' '); // false
 */
export const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/**
 * The character (code point) that ends right before `at`, as a string ('' at the text's
 * start): what a regex lookbehind of one character reads there. A hot pattern that opens
 * with a lookbehind makes the engine test it at every position; without it the pattern
 * finds its candidates fast and the caller tests the lookbehind on them only.
 *
 * @example
 * charBefore('a😀b', 3); // '😀'
 * charBefore('ab', 0); // ''
 */
export function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

/**
 * Start of the run of letters (`\p{L}`, astral letters included) that ends the text: the
 * index where `/\p{L}+$/u` matches, or text.length when the text does not end in a letter.
 * Scans back from the end, so it costs the length of the last word, not of the line.
 *
 * @example
 * trailingLetters('Example News Staff'); // 13
 */
export function trailingLetters(text: string): number {
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (classAt(text, i - 2, 'L') !== 2) break;
        i -= 2;
        continue;
      }
    }
    if (classAt(text, i - 1, 'L') !== 1) break;
    i--;
  }
  return i;
}

/**
 * A number standing for the word text[start, end) lowercased, when it is written in A–Z and
 * a–z only and has at most 10 letters: its letters in base 32 (a = 1), exact below 2^53.
 * Otherwise -1. Hot word-list lookups (stopwords, function words) test the number against
 * `asciiWordKeys` of their list instead of making a lowercased string for every word.
 *
 * @example
 * asciiWordKey('The end', 0, 3) === asciiWordKey('the', 0, 3); // true
 * asciiWordKey('don’t', 0, 5); // -1
 */
export function asciiWordKey(text: string, start: number, end: number): number {
  return wordKey(text, start, end, CASE_BIT);
}

// The 0x20 bit lowercases A-Z; with it, only A-Z and a-z land in a-z, without it only a-z.
const CASE_BIT = 0x20;

// The key of text[start, end) (see asciiWordKey), its letters ORed with `fold` before the test.
function wordKey(text: string, start: number, end: number, fold: number): number {
  if (end - start > MAX_KEY_LETTERS) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | fold;
    if (c < 0x61 || c > 0x7a) return -1;
    key = key * 32 + (c - 0x60);
  }
  return key;
}

const MAX_KEY_LETTERS = 10;

/**
 * `asciiWordKey` of a word written in lowercase a–z only, else -1 ("The" has none): one scan
 * for the hot paths that skip capitalised words.
 *
 * @example
 * lowercaseWordKey('the', 0, 3) === asciiWordKey('the', 0, 3); // true
 * lowercaseWordKey('The', 0, 3); // -1
 */
export function lowercaseWordKey(text: string, start: number, end: number): number {
  return wordKey(text, start, end, 0);
}

/**
 * The `asciiWordKey` of each word that has one (lowercase a–z words of at most 10 letters).
 *
 * @example
 * asciiWordKeys(['the', 'für']).has(asciiWordKey('The', 0, 3)); // true
 */
export function asciiWordKeys(words: Iterable<string>): Set<number> {
  const keys = new Set<number>();
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) continue;
    const key = asciiWordKey(word, 0, word.length);
    if (key >= 0) keys.add(key);
  }
  return keys;
}

/**
 * A set of `asciiWordKey` numbers for hot lookups: an open-addressed table of doubles, so a
 * lookup boxes no number and hashes no string (a `Set<number>` of keys above 2^31 does both).
 *
 * @example
 * const set = new AsciiKeySet(asciiWordKeys(['the', 'and']));
 * set.has(asciiWordKey('The', 0, 3)); // true
 */
export class AsciiKeySet {
  private readonly slots: Float64Array;
  private readonly shift: number;

  constructor(keys: Iterable<number>) {
    const list = [...keys].filter((key) => Number.isSafeInteger(key) && key > 0);
    let bits = 4;
    while (1 << bits < list.length * 4) bits++; // at most a quarter full: short probes
    this.slots = new Float64Array(1 << bits);
    this.shift = 32 - bits;
    for (const key of list) addKey(this.slots, this.shift, key);
  }

  /** True when the key is in the set (any number: -1 and others no word has are absent). */
  has(key: number): boolean {
    return hasKey(this.slots, this.shift, key);
  }
}

/**
 * A memo of word keys (positive safe integers, such as `asciiWordKey` numbers) in a table of
 * fixed size, emptied when half full: a bounded set for the answers a hot loop has found once
 * (the words a pure test rejected), looked up without boxing a number or hashing a string.
 *
 * @example
 * const seen = new BoundedKeySet(10);
 * seen.add(asciiWordKey('the', 0, 3));
 * seen.has(asciiWordKey('The', 0, 3)); // true
 */
export class BoundedKeySet {
  private readonly slots: Float64Array;
  private readonly shift: number;
  private count = 0;

  /** A table of 2^bits slots (bits from 4 to 30). */
  constructor(bits: number) {
    assertInteger(bits, 'BoundedKeySet', 'bits', 4, 30);
    this.slots = new Float64Array(1 << bits);
    this.shift = 32 - bits;
  }

  /** True when the key was added since the table was last emptied. */
  has(key: number): boolean {
    return hasKey(this.slots, this.shift, key);
  }

  /** Adds a key (keys of 0 or below are no word's and are not kept). */
  add(key: number): void {
    if (key <= 0) return;
    if (this.count >= this.slots.length >> 1) {
      this.slots.fill(0);
      this.count = 0;
    }
    if (addKey(this.slots, this.shift, key)) this.count++;
  }
}

// The key's low and high 32 bits mixed by multiplication; the top bits pick the slot.
const slotOfKey = (key: number, shift: number): number =>
  Math.imul((key | 0) ^ Math.imul((key / 0x100000000) | 0, 0x85ebca6b), 0x9e3779b1) >>> shift;

function hasKey(slots: Float64Array, shift: number, key: number): boolean {
  if (key <= 0) return false;
  const mask = slots.length - 1;
  for (let h = slotOfKey(key, shift); ; h = (h + 1) & mask) {
    const slot = slots[h]!;
    if (slot === key) return true;
    if (slot === 0) return false;
  }
}

// Puts a positive key in the table (linear probing); true when it was not there yet.
function addKey(slots: Float64Array, shift: number, key: number): boolean {
  const mask = slots.length - 1;
  let h = slotOfKey(key, shift);
  while (slots[h] !== 0 && slots[h] !== key) h = (h + 1) & mask;
  if (slots[h] === key) return false;
  slots[h] = key;
  return true;
}

/**
 * Character classes of `classAt`: letters; letters and digits; letters, digits and combining
 * marks (`\p{L}`, `[\p{L}\p{N}]`, `[\p{L}\p{N}\p{M}]`).
 *
 * @example
 * const words: CharClass = 'LN';
 */
export type CharClass = 'L' | 'LN' | 'LNM';

const CLASS_PATTERN: Readonly<Record<CharClass, RegExp>> = {
  L: /\p{L}/u,
  LN: /[\p{L}\p{N}]/u,
  LNM: /[\p{L}\p{N}\p{M}]/u,
};

/**
 * Length in UTF-16 units of the character at `i` when it is in the class (1, or 2 for a
 * surrogate pair), else 0. The same answer as the class's Unicode regex read code point by code
 * point (astral letters included); ASCII and general punctuation are answered without it, so a
 * scan over every character of an article stays cheap.
 *
 * @example
 * classAt('a1’', 1, 'LN'); // 1
 * classAt('a1’', 2, 'LN'); // 0
 */
export function classAt(text: string, i: number, cls: CharClass): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (cls !== 'L' && c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0x2000 && c <= 0x206f) return 0; // general punctuation (’ “ ” —): no letters, digits or marks
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return CLASS_PATTERN[cls].test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return CLASS_PATTERN[cls].test(text[i]!) ? 1 : 0;
}

/**
 * End of the word starting at `i`: runs of the class joined by single characters of `joiners`,
 * as the regex `[class]+(?:[joiners][class]+)*` would match from `i` (`i` when no character of
 * the class is there).
 *
 * @example
 * joinedWordEnd("don't-stop now", 0, 'LN', "'’-"); // 10
 */
export function joinedWordEnd(text: string, i: number, cls: CharClass, joiners: string): number {
  if (classAt(text, i, cls) === 0) return i;
  for (;;) {
    for (let n = classAt(text, i, cls); n > 0; n = classAt(text, i, cls)) i += n;
    if (i >= text.length || !hasCode(joiners, text.charCodeAt(i)) || classAt(text, i + 1, cls) === 0) return i;
    i++;
  }
}

// True when `chars` holds the code unit (a loop over a few characters: no string is made).
function hasCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}
