/**
 * Shape predicates shared by the clean rules: word counts, headline shape, dates written
 * out in chrome lines, URLs and social platforms.
 *
 * Kept here, not in the date stage: the cleaner must not load chrono-node, and it only
 * needs to read the unambiguous date formats that sites print in datelines and URLs.
 */

import { CAPITALIZED_MONTH_PATTERN, MONTHS } from '../lexicon/calendar-words.js';
import { AsciiKeySet, asciiWordKey, asciiWordKeys, isAsciiLetter, isWhitespace } from '../core/word-scan.js';
import { localizedMonth } from '../lexicon/localized-months.js';

/**
 * Capitalized month names and abbreviations with an optional period, as a regex group (for
 * building rule patterns); the shared lexicon's `CAPITALIZED_MONTH_PATTERN`.
 *
 * @example
 * new RegExp(`^${MONTH_PATTERN}$`).test('Sept.'); // true
 * new RegExp(`^${MONTH_PATTERN}$`).test('December'); // true
 */
export const MONTH_PATTERN = CAPITALIZED_MONTH_PATTERN;

// ASCII letters and digits; above ASCII anything but the no-break space and the general
// punctuation block (dashes, curly quotes, invisible spaces).
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);
const isWordCode = (c: number): boolean =>
  c < 128 ? ASCII_WORD[c] === 1 : c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f);

/**
 * Number of words (runs of letters or digits) in a text. Counting stops at `max`: rules
 * compare the count with a small bound, and a paragraph need not be read past it.
 *
 * @example
 * wordCount('Keep reading:'); // 2
 * wordCount('one two three', 2); // 2
 */
export function wordCount(text: string, max = Infinity): number {
  if (max < 1 || max > MEMO_WORDS || text.length > MEMO_LENGTH) return countWords(text, max);
  let count = COUNTED.get(text);
  if (count === undefined) {
    if (COUNTED.size >= MEMO_SIZE) COUNTED.clear();
    COUNTED.set(text, (count = countWords(text, MEMO_WORDS)));
  }
  return Math.min(count, max);
}

// A dozen block rules count the words of the same short line, each up to its own bound:
// the count up to MEMO_WORDS is taken once per line. Bounded like the other memos (cleared
// when full), and a page's lines are looked up while it is cleaned.
// (Above the largest bound a rule asks, 81 (a tweet's 80 words): a line of MEMO_LENGTH
// characters rarely holds more, so the count is of the whole line, and the caption rules'
// bound of 70 is answered from it too.)
const MEMO_WORDS = 128;
const MEMO_LENGTH = 600;
const MEMO_SIZE = 4096;
const COUNTED = new Map<string, number>();

// The words of text, counting stopped at max (min(words, max) for max >= 1), stepping over
// a word and a gap at a time.
function countWords(text: string, max: number): number {
  const length = text.length;
  let count = 0;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordCode(text.charCodeAt(i))) i++;
    if (i === length) break;
    if (++count >= max) return count;
    while (i < length && isWordCode(text.charCodeAt(i))) i++;
  }
  return count;
}

/**
 * Number of pieces `text.split(/\s+/)` makes (one more than the runs of whitespace), without
 * the list. Counting stops at `max + 1`: callers compare with a small bound.
 *
 * @example
 * splitCount('Skip to  main content'); // 4
 * splitCount(' a b', 1); // 2
 */
export function splitCount(text: string, max = Infinity): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (space && !inSpace && ++count > max) return count;
    inSpace = space;
  }
  return count;
}

/**
 * True when the text has more than `n` words (`wordCount(text) > n`), reading no further
 * than word n + 1.
 *
 * @example
 * moreWordsThan('Keep reading: the latest news', 3); // true
 */
export function moreWordsThan(text: string, n: number): boolean {
  // A word takes a character and words are apart, so L characters hold at most ceil(L / 2)
  // words: a text no longer than that holds no more than n (answered without the memo).
  if ((text.length + 1) >> 1 <= n) return false;
  return wordCount(text, n + 1) > n;
}

/**
 * A set of characters, compiled once for the tests below (`charSet('.!?')`): ASCII members in a
 * table, the others in a string (a line's first or last character is mostly ASCII).
 *
 * @example
 * const marks: CharSet = charSet('.!?');
 */
export interface CharSet {
  readonly ascii: Uint8Array;
  readonly other: string;
}

/**
 * Compiles the characters of `chars` (UTF-16 code units) into a CharSet.
 *
 * @example
 * endsWithMark('Done.', charSet('.!?')); // true
 */
export function charSet(chars: string): CharSet {
  const ascii = new Uint8Array(0x80);
  let other = '';
  for (let k = 0; k < chars.length; k++) {
    const c = chars.charCodeAt(k);
    if (c < 0x80) ascii[c] = 1;
    else other += chars[k];
  }
  return { ascii, other };
}

function inSet(set: CharSet, c: number): boolean {
  if (c < 0x80) return set.ascii[c] === 1;
  const { other } = set;
  for (let k = 0; k < other.length; k++) if (other.charCodeAt(k) === c) return true;
  return false;
}

const NO_CHARS = charSet('');

/**
 * True when the character (UTF-16 code unit) at `at` is in the set; false past either end.
 *
 * @example
 * charAtIn('Done. (AP)', 4, charSet('.!?')); // true
 */
export function charAtIn(text: string, at: number, set: CharSet): boolean {
  return inSet(set, text.charCodeAt(at));
}

/**
 * True when the text ends in one of `marks`, perhaps followed by one of `closers`: what
 * /[marks][closers]?$/ answers (the two sets share no character), read from the end, where
 * the regex would be tried at every position of the line.
 *
 * @example
 * endsWithMark('He said so.”', charSet('.!?'), charSet('"”')); // true
 * endsWithMark('Vote Delayed Again', charSet('.!?')); // false
 */
export function endsWithMark(text: string, marks: CharSet, closers: CharSet = NO_CHARS): boolean {
  let at = text.length - 1;
  if (inSet(closers, text.charCodeAt(at))) at--;
  return inSet(marks, text.charCodeAt(at));
}

/**
 * True when the text's first character is in `chars` (ASCII, letters in lower case), an ASCII
 * capital counting as its lower-case letter; a first character above ASCII answers
 * `aboveAscii`. A cheap necessary condition before patterns whose every alternative opens with
 * one of `chars`: under /i without u no other character folds onto an ASCII letter (pass
 * false); under /iu some do ('ſ', the Kelvin sign), so pass true and leave them to the pattern.
 *
 * @example
 * opensWithFolded('Tags: Russia', charSet('tk'), false); // true
 * opensWithFolded('Home', charSet('tk'), false); // false
 */
export function opensWithFolded(text: string, chars: CharSet, aboveAscii: boolean): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0x80) return aboveAscii;
  // | 0x20 maps A-Z onto a-z. Besides capitals it maps only control characters and the
  // symbols @ [ ] ^ _ and backslash onto other codes: at worst a line goes on to the pattern.
  // (An empty text: NaN | 0x20 is a space, in no set of first characters.)
  return inSet(chars, c | 0x20);
}

/**
 * The characters at `at` and `at + 1` as one number, A–Z lower-cased (`| 0x20` lands on a–z only
 * for A–Z and a–z; past either end it gives a space): a line's first or last two letters looked
 * up in a set of `foldedPairAt('ph', 0)` numbers, a cheap necessary condition before a pattern
 * under /i whose every alternative opens (or ends) with one of the pairs. (Under /i without u no
 * other character folds onto an ASCII letter; under /iu 'ſ' and the Kelvin sign fold onto s and
 * k, so pairs holding those need more care.)
 *
 * @example
 * const PAIRS = new Set(['ph', 'im'].map((pair) => foldedPairAt(pair, 0)));
 * PAIRS.has(foldedPairAt('Photo: AFP', 0)); // true
 */
export function foldedPairAt(text: string, at: number): number {
  return (text.charCodeAt(at) | 0x20) * 0x10000 + (text.charCodeAt(at + 1) | 0x20);
}

/**
 * True when the text opens with one of `words` (lower-case ASCII words of at most 10 letters,
 * as `asciiWordKeys` keys them), in any case, followed by anything but an ASCII letter: a cheap
 * necessary condition before patterns whose every alternative opens with one of the words and
 * a non-letter. A first word that runs on into a character above ASCII (or opens with one)
 * answers true: under /iu 'ſ' and the Kelvin sign fold onto s and k, so it is left to the
 * pattern.
 *
 * @example
 * const FIRST = new AsciiKeySet(asciiWordKeys(['follow', 'join']));
 * opensWithWordOf('Follow us on X', FIRST); // true
 * opensWithWordOf('Followers', FIRST); // false
 */
export function opensWithWordOf(text: string, words: AsciiKeySet): boolean {
  let end = 0;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) >= 0x80) return true;
  return words.has(asciiWordKey(text, 0, end));
}

/**
 * What `firstWordKey` answers for a first word it does not key: one that opens with or runs on
 * into a character above ASCII, or has more than 10 letters. Any word list may hold it.
 */
export const UNKEYED_WORD = -2;

/**
 * The `asciiWordKey` of the text's first word (its run of A–Z/a–z from the start; 0, no word's
 * key, when the text opens with anything else below 0x80), or UNKEYED_WORD: a rule with several
 * patterns, each opening with its own words and a non-letter, keys the first word once and asks
 * `opensWithKeyOf` before each pattern. A first word UNKEYED_WORD stands for is left to every
 * pattern: under /iu 'ſ' and the Kelvin sign fold onto s and k, and a long word is no list's key.
 *
 * @example
 * const first = firstWordKey('Get the latest news');
 * opensWithKeyOf(first, new AsciiKeySet(asciiWordKeys(['get', 'receive']))); // true
 */
export function firstWordKey(text: string): number {
  // asciiWordKey's number, taken in the scan for the word's end (each character read once).
  let key = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c | 0x20) - 0x60; // 1–26 for A–Z and a–z only
    if (letter < 1 || letter > 26) return c >= 0x80 ? UNKEYED_WORD : key;
    if (i === 10) return UNKEYED_WORD;
    key = key * 32 + letter;
  }
  return key;
}

/**
 * True when a first word keyed by `firstWordKey` may be one of `words` (lower-case ASCII words
 * of at most 10 letters, as `asciiWordKeys` keys them): it is, or it was not keyed.
 *
 * @example
 * opensWithKeyOf(firstWordKey('Followers'), new AsciiKeySet(asciiWordKeys(['follow']))); // false
 */
export function opensWithKeyOf(key: number, words: AsciiKeySet): boolean {
  return key === UNKEYED_WORD || words.has(key);
}

/**
 * The keys of a pattern's first words, given space-separated ('follow see read'), for
 * `opensWithKeyOf`. A word whose a–z letters are followed by a capital, a digit or an ASCII mark
 * is an error: it gets no key, yet `firstWordKey` keys the lines that open with it, so the gate
 * would turn them away. A word that goes on with a letter above ASCII (or opens with one), or
 * has more than ten letters, gets no key either, and `firstWordKey` leaves a line that opens
 * with it to every pattern.
 *
 * @example
 * opensWithKeyOf(firstWordKey('Read more at example.com'), firstWordsOf('follow see read')); // true
 */
export function firstWordsOf(words: string): AsciiKeySet {
  const list = words.split(' ');
  // (its run of a-z letters, then an ASCII character that is none: what firstWordKey would key short)
  const odd = list.find((word) => /^[a-z]*[^a-z\u0080-\uffff]/.test(word));
  if (odd !== undefined) throw new RangeError(`firstWordsOf: ${JSON.stringify(odd)} has an ASCII character not a-z`);
  return new AsciiKeySet(asciiWordKeys(list));
}

/**
 * True when the text's last slash is followed, perhaps after one whitespace character, by a
 * capital A–Z or a character above ASCII: what a credit ending in "/ Name" or "/Name" needs
 * (a name holds no slash, so its slash is the last). URLs and dates fail it ("…/story-slug",
 * "12/06/2021"); a character above ASCII is left to the caller's pattern.
 *
 * @example
 * capitalAfterLastSlash('… in Kyiv. REUTERS/Jane Doe'); // true
 * capitalAfterLastSlash('https://example.com/news'); // false
 */
export function capitalAfterLastSlash(text: string): boolean {
  // (most lines hold no slash: a forward search says so for less than lastIndexOf's)
  if (text.indexOf('/') < 0) return false;
  const slash = text.lastIndexOf('/');
  let c = text.charCodeAt(slash + 1);
  if (isWhitespace(c)) c = text.charCodeAt(slash + 2);
  return c >= 0x80 || (c >= 65 && c <= 90);
}

// a closing quote, guillemet or parenthesis may follow the mark: 'he said "no."', '(in 2019.)'
/** A sentence's mark or the closing quote after one (what a credit's "(" may follow). */
export const SENTENCE_MARK_OR_QUOTE = charSet('.!?"”’');
const SENTENCE_MARKS = charSet('.!?');
const SENTENCE_CLOSERS = charSet('"”’»)');

/**
 * True when a block ends as a sentence does: a full stop, question or exclamation mark,
 * perhaps inside closing quotes or a parenthesis. Headlines, labels and menu entries do not.
 *
 * @example
 * endsSentence('The vote was delayed again.'); // true
 * endsSentence('“We will not wait,” she said.”'); // true
 * endsSentence('Vote Delayed Again'); // false
 */
export function endsSentence(text: string): boolean {
  return endsWithMark(text, SENTENCE_MARKS, SENTENCE_CLOSERS);
}

// . ! ? … and the full stops and marks of other scripts: ideographic 。 and fullwidth ！ ？ ．,
// halfwidth ｡, Devanagari danda । and ॥, Arabic ؟ and Urdu ۔, Armenian ։, Ethiopic ።, Myanmar
// ။ and Khmer ។.
// prettier-ignore
const ANY_SCRIPT_SENTENCE_MARKS: ReadonlySet<number> = new Set([
  0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0xff0e, 0xff61, 0x964, 0x965, 0x61f, 0x6d4, 0x589, 0x1362, 0x104b, 0x17d4,
]);
// ["'”’»)\]] and spaces
const isCloserOrSpace = (c: number): boolean =>
  c === 0x5d || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || isWhitespace(c);

/**
 * True when `text.slice(from)` ends as a sentence in any script: a mark of . ! ? … or another
 * script's full stop or question mark (。 ！ ？ । ؟ ۔ …), before closing quotes, brackets and
 * spaces. Read by a scan back from the end (no mark is a closer or a space); no character of
 * these sets is astral, so reading code units reads what /u reads.
 *
 * @example
 * endsSentenceInAnyScript('市府也將延長補助。'); // true
 * endsSentenceInAnyScript('延伸閱讀'); // false
 */
export function endsSentenceInAnyScript(text: string, from = 0): boolean {
  let j = text.length;
  while (j > from && isCloserOrSpace(text.charCodeAt(j - 1))) j--;
  return j > from && ANY_SCRIPT_SENTENCE_MARKS.has(text.charCodeAt(j - 1));
}

/** The fewest words a paragraph of prose has (see isProseParagraph). */
export const MIN_PROSE_WORDS = 8;

/**
 * True for a paragraph of prose: it ends a sentence and has eight words or more. A menu row, a
 * headline, a standfirst without its period are not.
 *
 * @example
 * isProseParagraph('The council voted on Monday to close the harbour for the winter.'); // true
 * isProseParagraph('World  Business  Markets  Sustainability'); // false
 */
export function isProseParagraph(text: string): boolean {
  return endsSentence(text) && moreWordsThan(text, MIN_PROSE_WORDS - 1);
}

/**
 * True when a block reads like a headline: one line, short, no sentence-final period,
 * and most words capitalised (Title Case) or it is very short.
 *
 * @example
 * isHeadlineShaped('Putin and Biden Hold Virtual Summit Amid Ukraine Invasion Fears'); // true
 * isHeadlineShaped('Russia denies planning to attack Ukraine.');                     // false
 */
export function isHeadlineShaped(text: string): boolean {
  if (text.includes('\n') || text.length > 200) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 25) return false;
  if (/[.;,]$/.test(text)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d“"‘']/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/**
 * True when a block could be a sentence-case headline: one line, 3–25 words, opening with
 * a capital (or a digit or quote), not ending like a sentence or a clause (no final period,
 * comma or semicolon). Weaker than `isHeadlineShaped`: a caller needs other evidence
 * (a byline or dateline after it) before treating the block as a title.
 *
 * @example
 * isTitleShaped('Russia, Kazakhstan agree to extend grain corridor talks into January'); // true
 * isTitleShaped('The Kremlin has not yet released its readout of the meeting.');          // false
 */
export function isTitleShaped(text: string): boolean {
  if (text.length > 250 || text.includes('\n')) return false;
  if (/[.;,:]$/.test(text) || !/^[\p{Lu}\d“"‘'«]/u.test(text)) return false;
  const words = wordCount(text);
  return words >= 3 && words <= 25;
}

/**
 * Reads a date written as a chrome line ('December 07, 2021', '7 December 2021',
 * '2021-12-07', 'Dec. 7, 2021 10:30 AM', '07.12.2021', '07/12/2021') and returns
 * 'YYYY-MM-DD', or undefined.
 *
 * Numeric D.M.YYYY and D/M/YYYY dates are read day first, the order of most of the world's
 * news sites (and the only one with dots); a slashed date whose second number cannot be a
 * month (12/25/2021) is read month first, the US order.
 *
 * @example
 * readDate('December 07, 2021'); // '2021-12-07'
 * readDate('07/12/2021');        // '2021-12-07'
 * readDate('7. Dezember 2021');  // '2021-12-07'
 */
export function readDate(text: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    return m[2] === '/' && second > 12 && first <= 12
      ? toIso(Number(m[4]), first, second)
      : toIso(Number(m[4]), second, first);
  }
  m = /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})/u.exec(text);
  if (m) return toIso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  // Day first, in English and in the languages with month names ("7. Dezember 2021",
  // "7 de diciembre de 2021").
  m = /^(\d{1,2})(?:st|nd|rd|th)?\.? (?:de )?([\p{L}\p{M}]+)\.?,? (?:de |del )?(\d{4})/u.exec(text);
  if (m) return toIso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  return undefined;
}

/**
 * Reads a publication date from a URL path such as '/2021/12/07/slug' or '/20211207-slug'.
 *
 * @example
 * dateFromUrl('https://www.themoscowtimes.com/2021/12/07/putin-a75754'); // '2021-12-07'
 * dateFromUrl('https://www.france24.com/en/europe/20211207-eu-sanctions'); // '2021-12-07'
 */
export function dateFromUrl(url: string): string | undefined {
  let m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_]|$)/.exec(url);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[-_/.]|$)/.exec(url);
  return m ? toIso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(MONTHS, lower) ? MONTHS[lower]! : (localizedMonth(lower) ?? 0);
}

function toIso(year: number, month: number, day: number): string | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2100)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Strips markdown link syntax from a short chrome line: '[Samantha Berkhead](#)' → 'Samantha Berkhead'.
 *
 * @example
 * unlink('By [Samantha Berkhead](#)'); // 'By Samantha Berkhead'
 */
export function unlink(text: string): string {
  // Most lines hold no link; every link holds '](' (the pattern needs it).
  if (!text.includes('](')) return text;
  return text.replace(/\[([^\]\n]{0,300})\]\([^)\s]{0,2000}\)/g, '$1');
}
