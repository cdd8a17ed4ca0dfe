/**
 * Splits raw text into blocks (paragraphs) with raw offsets.
 *
 * Scraped articles separate paragraphs with one newline, two, or more, sometimes after
 * leading blank lines; all three styles give the same blocks. Every non-blank line starts a
 * new block, except a soft-wrapped continuation: a line that begins in lowercase after a
 * line that does not end a sentence belongs to the same paragraph ("Follow X on Google
 * News" + "and be the first to know all the news"). Blocks never include the whitespace
 * around them; the assembler accounts for it.
 */

/**
 * A paragraph of the raw text.
 *
 * @example
 * const block: Block = { index: 0, start: 2, end: 9, text: 'Kremlin', wraps: [] };
 */
export interface Block {
  index: number;
  /** Raw offsets of the first and after the last non-whitespace character. */
  start: number;
  end: number;
  /** raw.slice(start, end) */
  text: string;
  /** Line breaks inside the block (soft wraps), as raw [start, end) of the whitespace gap. */
  wraps: Array<{ start: number; end: number }>;
}

const HORIZONTAL_SPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const SENTENCE_END = /[.!?:;"”’»)\]]$/;
const LOWERCASE_START = /^\p{Ll}/u;

/**
 * Splits `raw` into blocks.
 *
 * @example
 * segment('Title\n\nBody one.\nBody two.').map((b) => b.text); // ['Title', 'Body one.', 'Body two.']
 */
export function segment(raw: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  let current: Block | null = null;
  let previousBlank = true;
  const length = raw.length;
  while (lineStart <= length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    const next = lineEnd + 1;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && raw.charCodeAt(contentEnd - 1) === 13) contentEnd--; // \r\n
    // Trim horizontal whitespace (a lone \r inside a line counts as a line break too).
    let s = lineStart;
    let e = contentEnd;
    while (s < e && isSpace(raw, s)) s++;
    while (e > s && isSpace(raw, e - 1)) e--;
    if (s === e) {
      previousBlank = true;
    } else {
      const text = raw.slice(s, e);
      if (current && !previousBlank && !SENTENCE_END.test(current.text) && LOWERCASE_START.test(text)) {
        current.wraps.push({ start: current.end, end: s });
        current.end = e;
        current.text = raw.slice(current.start, e);
      } else {
        current = { index: blocks.length, start: s, end: e, text, wraps: [] };
        blocks.push(current);
      }
      previousBlank = false;
    }
    if (lineEnd === length) break;
    lineStart = next;
  }
  return blocks;
}

function isSpace(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  return c === 32 || c === 13 || (c !== 10 && HORIZONTAL_SPACE.test(raw[i]!));
}
