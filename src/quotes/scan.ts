/**
 * Quote-span scanner: finds the top-level quoted passages of a text in one left-to-right pass.
 *
 * Why our own scanner: news text, and machine-translated news above all, breaks the neat
 * pairing a sentence splitter assumes. The scanner keeps a small stack of open marks and
 * decides each mark from its neighbours:
 * - “…”, "…", «…», „…“ and ‘…’ / '…' pairs, nested to a bounded depth; two apostrophes ('')
 *   are one double mark, as newswire and typewriter copy write it;
 * - ‘ ’ ' between letters ("Russia’s", "Iran‘s") or before a digit ("’90s") are apostrophes,
 *   and a single mark only opens a quote when a closing candidate follows in its paragraph;
 * - broken translated marks: a closing mark glued to the next word ("measures”Said"), a
 *   closing mark after a space ("it wants ”."), a “ used as a closer ("Ukraine. “wrote");
 * - a quote that is still open at a paragraph break ends there (`closed: false`); when the next
 *   paragraph opens with a quote mark it continues the same quotation (`continues: true`);
 * - a line break inside a sentence (hard-wrapped text) does not end an open quote.
 * The pass is linear: every mark is looked at once, the stack depth is capped, and the
 * look-aheads (next paragraph break, next single closing mark) resume where they stopped.
 */

/**
 * A top-level quoted passage. `start`/`end` delimit the words inside the marks (trimmed).
 *
 * @example
 * scanQuotes('“We will respond,” Kremlin spokesman Dmitry Peskov said.')[0];
 * // { open: 0, close: 18, start: 1, end: 17, closed: true, continues: false }
 */
export interface ScannedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  close: number;
  start: number;
  end: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  /** True when this quote continues the previous one across a paragraph break. */
  continues: boolean;
}

type MarkFamily = 'double' | 'single';

interface OpenMark {
  pos: number;
  /** The mark as written: one character, or '' (two apostrophes). */
  char: string;
  family: MarkFamily;
}

// Two apostrophes written as one double quotation mark (typewriter and newswire copy: ''We will
// respond,'' she said). The scanner reads them as one mark of the double family, like ".
const DOUBLE_APOSTROPHE = "''";

const MAX_DEPTH = 6;
const DOUBLE_OPENERS = '“"„«»‟〝＂';

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/u.test(c);
}

/** Characters before an opening mark: start, space, or an opening bracket/dash/other mark. */
function opensAfter(c: string | undefined): boolean {
  return c === undefined || /[\s([{\-–—/:;“"‘'„«‚‹]/u.test(c);
}

/**
 * A newline at `i` is a paragraph break unless it only wraps a sentence: the line before
 * ends in a letter, digit, comma or hyphen and the next line does not open a quote.
 *
 * @example
 * isParagraphBreak('a\n\nb', 1); // true
 */
export function isParagraphBreak(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  if (j >= text.length || text[j] === '\n') return true;
  if (DOUBLE_OPENERS.includes(text[j]!)) return true;
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  if (k < 0) return true;
  return !/[\p{L}\p{N},\-–]/u.test(text[k]!);
}

/**
 * A forward search asked at increasing offsets: `find(i)` gives the first hit at or after `i`
 * (or `none`), and a later offset up to that hit reuses it, so the searches together read
 * the text about once. An offset before the last one asked searches again.
 */
function forwardSearch(find: (from: number) => number, none: number): (i: number) => number {
  let asked = -1;
  let found = none;
  return (i) => {
    if (asked >= 0 && i >= asked && (found === none || found >= i)) return found;
    asked = i;
    found = find(i);
    return found;
  };
}

/** The next paragraph break at or after an offset (text.length when none). */
function paragraphEnds(text: string): (i: number) => number {
  return forwardSearch((from) => {
    for (let j = text.indexOf('\n', from); j >= 0; j = text.indexOf('\n', j + 1))
      if (isParagraphBreak(text, j)) return j;
    return text.length;
  }, text.length);
}

/** The next offset at or after an offset of a mark that could close a single quote (-1 when none). */
function nextSingleClosers(text: string): (i: number) => number {
  return forwardSearch((from) => {
    for (let j = from; j < text.length; j++) {
      const c = text[j]!;
      if (
        (c === '’' || c === "'" || c === '‘' || c === '›' || c === '‹') &&
        !isSpace(text[j - 1]) &&
        !isWordChar(text[j + 1])
      )
        return j;
    }
    return -1;
  }, -1);
}

// The next `mark` at or after a position (-1 for none), resumed where the last search stopped.
function nextMarks(text: string, mark: string): (i: number) => number {
  return forwardSearch((from) => text.indexOf(mark, from), -1);
}

/**
 * The characters the scanner acts on: a line break and the quotation marks (and apostrophes).
 * The regex engine jumps from one to the next; every other character is skipped unread.
 */
const MARK = /[\n"'«»‘’‚‛“”„‟‹›〝〞＂]/g;

function trimmedRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Scans `text` for top-level quotations.
 *
 * @example
 * scanQuotes('“Hi,” he said.').map((q) => q.start); // [1]
 */
export function scanQuotes(text: string): ScannedQuote[] {
  const out: ScannedQuote[] = [];
  if (text.length === 0) return out;
  const paraEnd = paragraphEnds(text);
  const singleCloser = nextSingleClosers(text);
  const rightGuillemet = nextMarks(text, '»');
  const rightCurly = nextMarks(text, '”');
  // A left mark followed by a space still opens when its right mark follows in the paragraph.
  const closesInParagraph = (find: (i: number) => number, i: number): boolean => {
    const right = find(i + 1);
    return right >= 0 && right < paraEnd(i);
  };
  const stack: OpenMark[] = [];

  const emit = (openMark: OpenMark, closeStart: number, closeEnd: number, closed: boolean): void => {
    const [s, e] = trimmedRange(text, openMark.pos + openMark.char.length, closeStart);
    if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, Math.min(e, s + 200)))) return;
    out.push({ open: openMark.pos, close: closeEnd, start: s, end: e, closed, continues: false });
  };

  // The last nested double quote closed right inside the bottom one: when the bottom one never
  // closes and a reporting clause follows that inner close ("“A – “B,” said X."), the
  // translation doubled an opening mark and the inner close ends the whole quotation.
  let innerClose: [number, number] | null = null;
  const closeTo = (index: number, closeStart: number, closeEnd: number): void => {
    // Close the mark at stack[index] and everything opened inside it.
    const mark = stack[index]!;
    stack.length = index;
    if (index === 0) emit(mark, closeStart, closeEnd, true);
    innerClose =
      index === 1 && mark.family === 'double' && stack[0]!.family === 'double' ? [closeStart, closeEnd] : null;
  };
  const endUnclosed = (bottom: OpenMark, at: number): void => {
    const inner = innerClose;
    innerClose = null;
    if (inner && /^\s*[,—–-]?\s*\p{Ll}/u.test(text.slice(inner[1], inner[1] + 8)))
      emit(bottom, inner[0], inner[1], true);
    else emit(bottom, at, at, false);
  };

  const innermost = (family: MarkFamily): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
    return -1;
  };

  const push = (pos: number, char: string, family: MarkFamily): void => {
    if (stack.length < MAX_DEPTH) stack.push({ pos, char, family });
    innerClose = null;
  };

  MARK.lastIndex = 0;
  while (MARK.test(text)) {
    const i = MARK.lastIndex - 1;
    const c = text[i]!;
    if (c === '\n') {
      if (stack.length > 0 && isParagraphBreak(text, i)) {
        // An open quote ends at its paragraph end (single quotes never stay open that long).
        const bottom = stack[0]!;
        stack.length = 0;
        if (bottom.family === 'double') endUnclosed(bottom, i);
        innerClose = null;
      }
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    if (c === "'" && next === "'" && text[i + 2] === "'" && prev !== "'") {
      // ''' closing a single quote nested in a '' one (''I'd call it 'quaint,''' she said):
      // the first apostrophe closes the single quote, the other two the double one
      const single = innermost('single');
      const double = innermost('double');
      if (double >= 0 && single > double && stack[double]!.char === DOUBLE_APOSTROPHE) {
        closeTo(double, i + 1, i + 3);
        MARK.lastIndex = i + 3;
        continue;
      }
    }
    if (c === "'" && next === "'" && prev !== "'") {
      // '' read as " (a third apostrophe in a row is left to the single-mark rules)
      const after = text[i + 2];
      const low = innermost('double');
      if (low >= 0 && (stack[low]!.char === DOUBLE_APOSTROPHE || !isWordChar(after))) closeTo(low, i, i + 2);
      else if (!isSpace(after) && after !== "'") push(i, DOUBLE_APOSTROPHE, 'double');
      MARK.lastIndex = i + 2;
      continue;
    }
    switch (c) {
      case '“':
      case '‟':
      case '〝': {
        const low = innermost('double');
        if (low >= 0) {
          const opener = stack[low]!.char;
          let p = i - 1;
          while (p >= 0 && text[p] === ' ') p--;
          const afterPunct = p >= 0 && /[.,!?;…]/u.test(text[p]!);
          if (opener === '„' || isSpace(next) || /[.,;:!?)]/u.test(next ?? '') || afterPunct) {
            closeTo(low, i, i + 1);
            break;
          }
        }
        if (!isSpace(next)) push(i, c, 'double');
        // Tokenized translation output spaces marks from their words ("“ We will act ”").
        else if (c === '“' && next !== '\n' && closesInParagraph(rightCurly, i)) push(i, c, 'double');
        break;
      }
      case '”':
      case '〞': {
        const low = innermost('double');
        if (low >= 0) closeTo(low, i, i + 1);
        else if (isWordChar(next) && opensAfter(prev)) push(i, c, 'double');
        break;
      }
      case '"':
      case '＂': {
        const low = innermost('double');
        if (low >= 0 && (stack[low]!.char === '"' || stack[low]!.char === '＂' || !isWordChar(next))) {
          closeTo(low, i, i + 1);
        } else if (!isSpace(next)) push(i, c, 'double');
        break;
      }
      case '„':
        if (!isSpace(next)) push(i, c, 'double');
        break;
      case '«':
      case '»': {
        const other = c === '«' ? '»' : '«';
        let k = stack.length - 1;
        while (k >= 0 && stack[k]!.char !== other) k--;
        if (k >= 0) closeTo(k, i, i + 1);
        else if (!isSpace(next) && (c === '«' || isWordChar(next))) push(i, c, 'double');
        // French typography spaces '«' from its words ("« Nous… »"), and translations from
        // French, Italian or Russian keep that: a spaced '«' opens when a '»' follows in its paragraph.
        else if (c === '«' && next !== '\n' && closesInParagraph(rightGuillemet, i)) push(i, c, 'double');
        break;
      }
      case '‘':
      case '’':
      case "'":
      case '‚':
      case '‛':
      case '‹':
      case '›': {
        if (isWordChar(prev) && isWordChar(next)) break; // apostrophe: Russia’s, Iran‘s, don't
        if (/[\p{N}]/u.test(next ?? '') && c !== '‚') break; // ’90s
        const low = innermost('single');
        if (low >= 0 && !isSpace(prev) && !isWordChar(next)) {
          closeTo(low, i, i + 1);
          break;
        }
        if ((c === '’' || c === '›') && low < 0) break; // a right mark never opens: countries’, ’n’
        if (opensAfter(prev) && isWordChar(next)) {
          const closer = singleCloser(i + 1);
          if (closer >= 0 && closer < paraEnd(i)) push(i, c, 'single');
        }
        break;
      }
      default:
        break;
    }
  }
  // Text ended inside a quote: it ends at the text end.
  if (stack.length > 0 && stack[0]!.family === 'double') endUnclosed(stack[0]!, text.length);

  return flagContinuations(text, out);
}

/**
 * Marks quotes that continue a quotation left open at the end of the previous paragraph (the
 * news convention: an opening mark on each paragraph, a closing mark only on the last).
 */
function flagContinuations(text: string, quotes: ScannedQuote[]): ScannedQuote[] {
  for (let k = 1; k < quotes.length; k++) {
    const prev = quotes[k - 1]!;
    const cur = quotes[k]!;
    if (prev.closed) continue;
    // The previous quote ran to its paragraph end; this one must open the next paragraph.
    const between = text.slice(prev.close, cur.open);
    if (/^\s*$/u.test(between) && between.includes('\n')) cur.continues = true;
  }
  return quotes;
}
