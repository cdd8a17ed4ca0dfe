/**
 * The word spans of a paragraph (scanWords's words: runs of letters, an apostrophe between
 * letters inside), kept for the paragraph read last. Five flag rules read every word of each
 * kept paragraph in turn; with the spans as a flat list, each reads them in a plain loop
 * instead of a callback per word, and the paragraph is scanned once for all of them.
 *
 * The scan also notes, per word, whether it has a letter past ASCII and whether it has an
 * apostrophe inside, and whether the paragraph holds a surrogate (an astral character, which
 * scanWords reads as a separator where a Unicode pattern reads a letter): the rules answer most
 * words from a table without reading their letters again, and keep the full reading for the
 * others.
 */
import { isAsciiLetter, isLetterAt } from '../../../core/word-scan.js';

/**
 * The words of one paragraph: word k is `[spans[2k], spans[2k + 1])`, for k below `count`;
 * `shapes[k]` holds WIDE_LETTER when word k has a letter past ASCII (U+0080 and up) and
 * APOSTROPHE when it has an apostrophe (' or ’) inside. Valid until the next call of
 * `paragraphWords` (the lists are reused).
 *
 * @example
 * const { spans, count, shapes, surrogates }: ParagraphWords = paragraphWords('Iran’s plan');
 */
export interface ParagraphWords {
  readonly spans: Int32Array;
  readonly count: number;
  readonly shapes: Uint8Array;
  /** True when the paragraph holds a UTF-16 surrogate (in a word or not). */
  readonly surrogates: boolean;
}

/**
 * A bit of `ParagraphWords.shapes`: the word has a letter past ASCII ("café").
 *
 * @example
 * (paragraphWords('café').shapes[0]! & WIDE_LETTER) !== 0; // true
 */
export const WIDE_LETTER = 1;

/**
 * A bit of `ParagraphWords.shapes`: the word has an apostrophe inside ("Iran’s", "don't").
 *
 * @example
 * (paragraphWords('Iran’s').shapes[0]! & APOSTROPHE) !== 0; // true
 */
export const APOSTROPHE = 2;

/**
 * The word spans of `paragraph`, as `scanWords` visits them, in order, with their shapes.
 *
 * @example
 * const { spans, count, shapes } = paragraphWords('Iran’s plan');
 * [count, spans[0], spans[1], spans[2], spans[3], shapes[0], shapes[1]]; // [2, 0, 6, 7, 11, 2, 0]
 */
export function paragraphWords(paragraph: string): ParagraphWords {
  if (paragraph === lastParagraph) return words;
  let spans = buffer;
  let shapes = shapeBuffer;
  let n = 0;
  let surrogates = false;
  // scanWordsWhile's scan (core/word-scan.ts: the same letters, the same apostrophes), written
  // out here so that it notes each word's shape on the way, without a call per word.
  const length = paragraph.length;
  let i = 0;
  while (i < length) {
    let c = paragraph.charCodeAt(i);
    if (c < 0x80 ? !isAsciiLetter(c) : !isLetterAt(paragraph, i)) {
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      i++;
      continue;
    }
    const start = i;
    let shape = c < 0x80 ? 0 : WIDE_LETTER;
    for (i++; i < length;) {
      c = paragraph.charCodeAt(i);
      if (c < 0x80 ? isAsciiLetter(c) : isLetterAt(paragraph, i)) {
        if (c >= 0x80) shape |= WIDE_LETTER;
        i++;
      } else if ((c === 0x27 || c === 0x2019) && i + 1 < length && isLetterAt(paragraph, i + 1)) {
        shape |= APOSTROPHE; // (the letter after it is read as the next character)
        i++;
      } else break;
    }
    if (n + 2 > spans.length) {
      const grown = new Int32Array(spans.length * 2);
      grown.set(spans);
      spans = grown;
      const grownShapes = new Uint8Array(shapes.length * 2);
      grownShapes.set(shapes);
      shapes = grownShapes;
    }
    shapes[n >> 1] = shape;
    spans[n++] = start;
    spans[n++] = i;
  }
  const found: ParagraphWords = { spans, count: n >> 1, shapes, surrogates };
  // Kept for the next rule only when the paragraph is of a page's size (not a megabyte of
  // input, whose text and spans would stay in memory).
  if (paragraph.length <= MAX_KEPT_TEXT) {
    [lastParagraph, words, buffer, shapeBuffer] = [paragraph, found, spans, shapes];
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
const EMPTY: ParagraphWords = { spans: new Int32Array(0), count: 0, shapes: new Uint8Array(0), surrogates: false };
let lastParagraph: string | undefined;
let words: ParagraphWords = EMPTY;
let buffer = new Int32Array(256);
let shapeBuffer = new Uint8Array(128);
