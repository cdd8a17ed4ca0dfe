/**
 * The word spans of a paragraph (scanWords's words: runs of letters, an apostrophe between
 * letters inside), kept for the paragraph read last. Four flag rules read every word of each
 * kept paragraph in turn; with the spans as a flat list, each reads them in a plain loop
 * instead of a callback per word, and the paragraph is scanned once for all four.
 */
import { scanWordsWhile } from '../../../core/word-scan.js';

/**
 * The words of one paragraph: word k is `[spans[2k], spans[2k + 1])`, for k below `count`.
 * Valid until the next call of `paragraphWords` (the list is reused).
 *
 * @example
 * const { spans, count }: ParagraphWords = paragraphWords('Iran’s plan');
 */
export interface ParagraphWords {
  readonly spans: Int32Array;
  readonly count: number;
}

/**
 * The word spans of `paragraph`, as `scanWords` visits them, in order.
 *
 * @example
 * const { spans, count } = paragraphWords('Iran’s plan');
 * [count, spans[0], spans[1], spans[2], spans[3]]; // [2, 0, 6, 7, 11]
 */
export function paragraphWords(paragraph: string): ParagraphWords {
  if (paragraph === lastParagraph) return words;
  let spans = buffer;
  let n = 0;
  scanWordsWhile(paragraph, (start, end) => {
    if (n + 2 > spans.length) {
      const grown = new Int32Array(spans.length * 2);
      grown.set(spans);
      spans = grown;
    }
    spans[n++] = start;
    spans[n++] = end;
    return true;
  });
  const found = { spans, count: n >> 1 };
  // Kept for the next rule only when the paragraph is of a page's size (not a megabyte of
  // input, whose text and spans would stay in memory).
  if (paragraph.length <= MAX_KEPT_TEXT) {
    [lastParagraph, words, buffer] = [paragraph, found, spans];
  } else {
    [lastParagraph, words] = [undefined, EMPTY];
  }
  return found;
}

// The paragraph read last and its words (one entry: the flag rules read one paragraph after
// another, each paragraph by all of them in turn). A scan is a pure function of the text, so
// the kept spans are those a new scan would find. The span list is reused from paragraph to
// paragraph (its size bounded by MAX_KEPT_TEXT).
const MAX_KEPT_TEXT = 20_000;
const EMPTY: ParagraphWords = { spans: new Int32Array(0), count: 0 };
let lastParagraph: string | undefined;
let words: ParagraphWords = EMPTY;
let buffer = new Int32Array(256);

/**
 * True when the paragraph may hold a letter past ASCII: a character outside ASCII and general
 * punctuation (U+2000–U+206F: ’ “ ” — …, no letter, digit or mark). Where it holds none, every
 * word of the scan is ASCII letters (and apostrophes), and a character before a word is a
 * letter, digit, apostrophe or hyphen only in ASCII (or ’).
 *
 * @example
 * mayHaveLetterPastAscii('He said “no” — twice.'); // false
 * mayHaveLetterPastAscii('José said no.'); // true
 */
export function mayHaveLetterPastAscii(paragraph: string): boolean {
  return PAST_ASCII.test(paragraph);
}

const PAST_ASCII = /[^\x00-\x7f\u2000-\u206f]/;
