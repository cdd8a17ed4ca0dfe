/**
 * Splits raw text into blocks (paragraphs) with raw offsets.
 *
 * Scraped articles separate paragraphs with one newline, two, or more, sometimes after
 * leading blank lines; all three styles give the same blocks. Every non-blank line starts a
 * new block, except a soft-wrapped continuation: a line that begins in lowercase after a
 * long line that does not end a sentence belongs to the same paragraph (hard-wrapped prose). Blocks never include the whitespace
 * around them; the assembler accounts for it.
 */
import { assertText } from '../core/errors.js';
import { charAtIn, charSet } from './shape.js';

/**
 * A paragraph of the raw text.
 *
 * @example
 * const block: Block = { index: 0, start: 2, end: 9, text: 'Kremlin', source: 'Kremlin', wraps: [] };
 */
export interface Block {
  index: number;
  /** Raw offsets of the first and after the last non-whitespace character. */
  start: number;
  end: number;
  /**
   * The paragraph's text. From `segment` this is raw.slice(start, end); block rules get it as
   * it will read after the inline rules (markup gone, wraps joined), with the raw in `source`.
   */
  text: string;
  /** raw.slice(start, end), always. */
  source: string;
  /** Line breaks inside the block (soft wraps), as raw [start, end) of the whitespace gap. */
  wraps: Array<{ start: number; end: number }>;
}

const HORIZONTAL_SPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
// (what a line ends with when it ends a sentence: read at its last character)
const SENTENCE_END = charSet('.!?:;"”’»)]');
const LOWERCASE_START = /^\p{Ll}/u;
// Hard-wrapped prose breaks long lines; a short line followed by a lowercase one is a list
// or a label ("Keep reading" / "list of 3 items"), not a wrapped sentence.
const MIN_WRAPPED_LINE = 40;

/**
 * Splits `raw` into blocks.
 *
 * @example
 * segment('Title\n\nBody one.\nBody two.').map((b) => b.text); // ['Title', 'Body one.', 'Body two.']
 */
export function segment(raw: string): Block[] {
  assertText(raw, 'segment', 'raw');
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previousBlank = true;
  const length = raw.length;
  let lineStart = 0;
  let lastLineStart = 0; // where the last non-blank line's text starts
  // The first \n and \r at or after the line's start (-1: none left), each found by a native
  // search, and searched for again only once the lines have passed it.
  let newline = raw.indexOf('\n');
  let carriage = raw.indexOf('\r');
  while (lineStart <= length) {
    if (newline >= 0 && newline < lineStart) newline = raw.indexOf('\n', lineStart);
    if (carriage >= 0 && carriage < lineStart) carriage = raw.indexOf('\r', lineStart);
    // A line ends at \n, \r\n or a lone \r (old Mac files), whichever comes first.
    let lineEnd = length;
    let next = length + 1;
    if (carriage >= 0 && (newline < 0 || carriage < newline)) {
      lineEnd = carriage;
      next = raw.charCodeAt(carriage + 1) === 10 ? carriage + 2 : carriage + 1;
    } else if (newline >= 0) {
      lineEnd = newline;
      next = newline + 1;
    }
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(raw, s)) s++;
    while (e > s && isSpace(raw, e - 1)) e--;
    if (s === e) {
      previousBlank = true;
    } else {
      const text = raw.slice(s, e);
      const previousLine = current ? current.end - lastLineStart : 0;
      if (
        current &&
        !previousBlank &&
        previousLine >= MIN_WRAPPED_LINE &&
        !charAtIn(current.text, current.text.length - 1, SENTENCE_END) &&
        LOWERCASE_START.test(text)
      ) {
        current.wraps.push({ start: current.end, end: s });
        current.end = e;
        current.text = raw.slice(current.start, e);
        current.source = current.text;
      } else {
        current = { index: blocks.length, start: s, end: e, text, source: text, wraps: [] };
        blocks.push(current);
      }
      previousBlank = false;
      lastLineStart = s;
    }
    if (next > length) break;
    lineStart = next;
  }
  return blocks;
}

function isSpace(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  return c === 32 || c === 9 || (c > 127 && HORIZONTAL_SPACE.test(raw[i]!)) || c === 11 || c === 12;
}
