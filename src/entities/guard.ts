/**
 * The guard in front of compromise: cuts a text into pieces that compromise parses in
 * linear time, whatever the input.
 *
 * compromise's cost grows faster than linearly with the length of a sentence, and some
 * inputs are one enormous sentence to it: runs of dots (". . . ."), thousands of
 * abbreviations ("Mr. Joe Mr. Joe ..."), a flattened table or a megabyte without a space.
 * The guard bounds what compromise sees:
 *
 * - a piece holds whole lines and is at most PIECE_LIMIT characters (longer lines are cut
 *   as below, then grouped again);
 * - no sentence compromise sees is longer than SENTENCE_LIMIT characters: a line longer
 *   than that is cut at sentence ends the guard is sure of (a period, ! or ? after a word
 *   that is no abbreviation, then a space and a capital, a quote or a digit), and a run with
 *   no such end is cut at its last space before the limit (or hard at the limit when it has
 *   no space). A run cut this way is parsed as a piece of its own, so compromise never
 *   glues it to the next one.
 *
 * Ordinary prose (lines and sentences under the limits) is never cut inside a sentence.
 */

/**
 * Hard limit, in characters, of one sentence as compromise sees it.
 *
 * @example
 * SENTENCE_LIMIT; // 2000
 */
export const SENTENCE_LIMIT = 2000;

/**
 * Limit, in characters, of one piece parsed by one compromise call (whole lines grouped).
 *
 * @example
 * PIECE_LIMIT; // 10000
 */
export const PIECE_LIMIT = 10000;

/** A run of text to parse: [start, end) offsets, and whether it may be grouped with the next. */
interface Unit {
  start: number;
  end: number;
  /** True when the unit ends at a line break or a sure sentence end. */
  closed: boolean;
}

const SURE_END_AFTER = /[\s]+["“‘'(]?[\p{Lu}\d]/uy;

/**
 * Splits a text into [start, end) pieces for compromise (see the module header).
 *
 * @example
 * pieceBounds('One line.\nTwo lines.'); // [[0, 20]]
 * pieceBounds('. '.repeat(5000)).length; // 5 (no piece holds a sentence over SENTENCE_LIMIT)
 */
export function pieceBounds(text: string): Array<[number, number]> {
  const units: Unit[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
    if (lineEnd - lineStart <= SENTENCE_LIMIT) units.push({ start: lineStart, end: lineEnd, closed: true });
    else cutLine(text, lineStart, lineEnd, units);
    lineStart = lineEnd;
  }
  const pieces: Array<[number, number]> = [];
  let current: [number, number] | null = null;
  let open = false;
  for (const u of units) {
    if (current && !open && u.end - current[0] <= PIECE_LIMIT) current[1] = u.end;
    else {
      current = [u.start, u.end];
      pieces.push(current);
    }
    open = !u.closed;
  }
  return pieces.length ? pieces : [[0, text.length]];
}

/** Cuts one long line into sentence units, none longer than SENTENCE_LIMIT. */
function cutLine(text: string, start: number, end: number, units: Unit[]): void {
  let from = start;
  let lastSure = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && sureEnd(text, i, end)) lastSure = i + 1;
    if (i + 1 - from >= SENTENCE_LIMIT) {
      if (lastSure > from) {
        units.push({ start: from, end: lastSure, closed: true });
        from = lastSure;
      } else {
        let cut = i;
        while (cut > from && text.charCodeAt(cut) !== 32) cut--;
        cut = cut > from ? cut + 1 : i + 1;
        units.push({ start: from, end: cut, closed: false });
        from = cut;
      }
      lastSure = -1;
    }
  }
  if (from < end) units.push({ start: from, end, closed: true });
}

/**
 * A period, ! or ? at i ends a sentence for sure: the word before it is no abbreviation
 * (a lower-case word, a figure, or a capitalized word of five letters or more) and a space
 * then a capital, a digit or an opening quote follow.
 */
function sureEnd(text: string, i: number, end: number): boolean {
  SURE_END_AFTER.lastIndex = i + 1;
  if (i + 1 >= end || !SURE_END_AFTER.test(text)) return false;
  if (text.charCodeAt(i) !== 46) return true;
  let k = i;
  while (k > 0 && i - k < 12 && /[\p{L}\d]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, i);
  if (!word || (k > 0 && text[k - 1] === '.')) return false;
  if (/^\d+$/.test(word) || /^\p{Ll}{2,}$/u.test(word)) return true;
  return /^\p{Lu}\p{Ll}{4,}$/u.test(word);
}
