/**
 * flag/quote-marks — quotation marks a reader trips over, which machine translation and
 * careless copy leave behind:
 * - a closing ” with no quotation open ('… of ‘fraud’.” We are concerned about it,” he said'): the
 *   words before it read as quoted but nothing opened the quotation; the flag covers them;
 * - a quotation opened inside another and the two not both closed by the end of the paragraph
 *   ('“The talks … – “in return for …,” said the spokesman'), when the next paragraph does not
 *   go on with the quotation; a quotation inside a quotation written with the same marks
 *   ('calls “hell” than live …”') pairs up and is left alone, and so is a single quotation left
 *   open (native copy often goes on with it below);
 * - an opening “ where a closing one belongs, with no quotation open ('the party“,');
 * - a closing ’ after sentence punctuation with no single quotation open ('ourselves.’');
 * - a single quote glued between two English words ('such as’betrayal’'), where a space
 *   was lost; contractions ("don’t", "we’re") and names ("Qur’an") are not touched.
 * Flagged, not repaired: which mark was meant, and where, needs a reader.
 */
import type { FlagHit, FlagRule } from '../../rule.js';
import { englishBand } from '../../../lexicon/english-words.js';

// prettier-ignore
const CONTRACTION_TAILS = new Set(['s', 't', 're', 've', 'll', 'd', 'm', 'em', 'n', 'cause', 'til', 'tis', 'twas']);
const LETTER = /\p{L}/u;
const SPACE_OR_START = /^(?:\s|[([{—–-]|)$/u;
const AFTER_CLOSE = /^(?:[\s,.;:!?)\]…”"]|)$/u;
const SENTENCE_END = /[.!?…]["”’)]*\s*$/u;
const MAX_UNOPENED = 240;

// The marks the two scans below act on (code units: no u flag), and the offset of the next one
// from `from` on (-1 when there is none), found by the engine's scan rather than a loop over
// every character. A global pattern's test moves lastIndex past the match and builds no match.
const DOUBLE_MARKS = /["“«„”»]/g;
const SINGLE_MARKS = /[‘'’]/g;
function nextMark(marks: RegExp, text: string, from: number): number {
  marks.lastIndex = from;
  return marks.test(text) ? marks.lastIndex - 1 : -1;
}

function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && LETTER.test(text[s - 1]!)) s--;
  return text.slice(s, i);
}

function wordAfter(text: string, i: number): string {
  let e = i;
  while (e < text.length && LETTER.test(text[e]!)) e++;
  return text.slice(i, e);
}

// Start of the words a closing mark without an opening one ends: after the last closing
// mark or sentence end before it, at most MAX_UNOPENED characters back.
function unopenedStart(text: string, close: number, floor: number): number {
  let start = Math.max(floor, close - MAX_UNOPENED);
  for (let i = close - 1; i >= start; i--) {
    const c = text[i]!;
    if (
      c === '”' ||
      c === '»' ||
      ((c === '.' || c === '!' || c === '?') && i < close - 2 && /\s/.test(text[i + 1] ?? ''))
    ) {
      start = i + 1;
      break;
    }
  }
  while (start < close && /\s/.test(text[start]!)) start++;
  return start;
}

function doubleQuoteHits(text: string, next: string, hits: FlagHit[]): void {
  const hasOpening = text.includes('“') || text.includes('«') || text.includes('„');
  const closings = (text.match(/”/g) ?? []).length;
  // A paragraph written with ” on both sides ('”Yes,” he said') is consistent, if odd.
  if (!hasOpening && closings >= 2 && closings % 2 === 0) return;
  // Offsets of the open quotations; a quotation inside a quotation (written with the same
  // marks, as careless native copy does) nests one level. `nested` keeps the offset of the
  // last inner opening, which is the suspect when the outer quotation never closes.
  const open: number[] = [];
  let nested = -1;
  let straightOpen = false; // straight marks pair with anything and are never flagged
  let lastClose = -1;
  // (Only the marks change anything: the loop goes from one to the next.)
  for (let i = nextMark(DOUBLE_MARKS, text, 0); i >= 0; i = nextMark(DOUBLE_MARKS, text, i + 1)) {
    const c = text[i];
    if (c === '"') {
      if (straightOpen) straightOpen = false;
      else if (open.length) open.pop();
      else straightOpen = true;
      lastClose = i;
    } else if (c === '“' || c === '«' || c === '„') {
      if (c === '“' && open.length && text[open[open.length - 1]!] === '„') {
        open.pop(); // German style „…“
        lastClose = i;
        continue;
      }
      const afterWord = i > 0 && !SPACE_OR_START.test(text[i - 1]!) && text[i - 1] !== '“' && text[i - 1] !== '"';
      if (afterWord && open.length === 0 && !straightOpen && AFTER_CLOSE.test(text.slice(i + 1, i + 2))) {
        hits.push({ start: i, end: i + 1, message: 'An opening quote mark where a closing one belongs' });
        lastClose = i;
        continue;
      }
      if (
        open.length &&
        c === '“' &&
        /[.,!?…]\s$/.test(text.slice(Math.max(0, i - 2), i)) &&
        /\p{Ll}/u.test(text[i + 1] ?? '')
      ) {
        // 'of occupying Ukraine. “wrote Maxim Samorukov': the closing mark turned into an opening one.
        hits.push({
          start: i,
          end: Math.min(text.length, i + 1 + wordAfter(text, i + 1).length),
          message: 'An opening quote mark where the closing one belongs',
        });
        open.pop();
        lastClose = i;
        continue;
      }
      if (open.length >= 2) {
        hits.push({
          start: i,
          end: Math.min(text.length, i + 1 + wordAfter(text, i + 1).length),
          message: 'A third opening quote mark inside open quotations: a closing mark is missing',
        });
        open.length = 0;
      }
      if (open.length === 1) nested = i;
      open.push(i);
    } else if (c === '”' && /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 4), i))) {
      continue; // feet and inches: 6’2”
    } else if (c === '”' || c === '»') {
      if (
        !open.length &&
        !straightOpen &&
        c === '”' &&
        SPACE_OR_START.test(i === 0 ? '' : text[i - 1]!) &&
        LETTER.test(text[i + 1] ?? '')
      ) {
        // ” written where an opening mark belongs (' ”like women in combat”'): it opens.
        hits.push({
          start: i,
          end: i + 1 + wordAfter(text, i + 1).length,
          message: 'A closing quote mark where an opening one belongs',
        });
        open.push(i);
        lastClose = i;
        continue;
      }
      if (open.length) open.pop();
      else if (straightOpen) straightOpen = false;
      // Flagged after an earlier closing mark of the line ('fraud’.” We are concerned,” he said'); a
      // line whose first mark closes goes on with a quotation of an earlier line or segment.
      else if (lastClose >= 0)
        hits.push({
          start: unopenedStart(text, i, lastClose + 1),
          end: i + 1,
          message: 'A closing quote mark with no quotation open: the opening mark is missing or misplaced',
        });
      if (open.length === 0 && nested >= 0 && i > nested) nested = -1;
      lastClose = i;
    }
  }
  // Still open at the end of a finished paragraph, and the next paragraph does not go on
  // with the quotation: flag the inner opening if there was one, else the opening.
  // (A single quotation left open is common in native copy whose quote goes on below; two
  // opened and not both closed is not.)
  if (open.length && nested > open[0]! && SENTENCE_END.test(text) && !/^\s*[“"«„‘]/u.test(next)) {
    const end = Math.min(text.length, nested + 1 + wordAfter(text, nested + 1).length);
    hits.push({
      start: nested,
      end,
      message: 'A quotation opened inside another, and the two never both close: a closing mark is missing',
    });
  }
}

function singleQuoteHits(text: string, hits: FlagHit[]): void {
  let singleOpen = false;
  // (Only the marks change anything: the loop goes from one to the next.)
  for (let i = nextMark(SINGLE_MARKS, text, 0); i >= 0; i = nextMark(SINGLE_MARKS, text, i + 1)) {
    const c = text[i];
    if (c === '‘' || c === "'") {
      // ‘ or a straight ' that opens ("'I'm busy,’" pairs a straight and a curly mark)
      if (
        (i === 0 || !LETTER.test(text[i - 1]!)) &&
        (c === '‘' || LETTER.test(i + 1 < text.length ? text[i + 1]! : ''))
      )
        singleOpen = true;
      continue;
    }
    if (c !== '’') continue;
    // (Read only inside the text: a read out of bounds sends optimized code back.)
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : '';
    if (/[“"«]/.test(before) && LETTER.test(after)) {
      singleOpen = true; // “’House of Cards,’”: a single quotation inside a double one
      continue;
    }
    if (after === ' ' && /\p{Ll}in$/u.test(text.slice(Math.max(0, i - 3), i))) continue; // "Lyin’ Ted": a dropped g
    if (LETTER.test(before) && LETTER.test(after)) {
      const left = wordBefore(text, i);
      const right = wordAfter(text, i + 1);
      const glued =
        !CONTRACTION_TAILS.has(right.toLowerCase()) &&
        left.length >= 2 &&
        right.length >= 3 &&
        englishBand(left) >= 3 &&
        englishBand(right) >= 1 &&
        !(/['’]/.test(text[i + 1 + right.length] ?? '') && LETTER.test(text[i + 2 + right.length] ?? ''));
      if (glued)
        hits.push({
          start: i - left.length,
          end: i + 1 + right.length,
          message: `A quote mark glued between "${left}" and "${right}": a space is missing`,
        });
      continue;
    }
    if (SPACE_OR_START.test(i === 0 ? '' : before) && LETTER.test(after)) {
      singleOpen = true; // ’ written as an opening mark
      continue;
    }
    if (/[.,!?…]/.test(before) && AFTER_CLOSE.test(after)) {
      if (singleOpen) singleOpen = false;
      else
        hits.push({
          start: i - 1,
          end: i + 1,
          message: 'A closing single quote with no single quotation open: the marks do not pair',
        });
      continue;
    }
    if (LETTER.test(before)) singleOpen = false;
  }
}

/**
 * Rule `flag/quote-marks`: Quote marks that do not pair, or glued between words.
 *
 * @example
 * clean('He said: “It was ‘fraud’.” We are concerned,” he added.', { rules: [quoteMarksRule] }).flags[0].text; // 'We are concerned,”'
 */
export const quoteMarksRule: FlagRule = {
  type: 'flag',
  id: 'flag/quote-marks',
  flagKind: 'quote-marks',
  category: 'quote-marks',
  confidence: 0.7,
  description: 'Quote marks that do not pair, or glued between words',
  requiresChars: ['“”«»„’'],
  find(paragraph, context) {
    const hits: FlagHit[] = [];
    const doubles = /[“”«»„]/.test(paragraph);
    const singles = paragraph.includes('’');
    if (!doubles && !singles) return hits;
    // Line by line: a line is a paragraph of its own in text that breaks paragraphs with one newline.
    let at = 0;
    while (at <= paragraph.length) {
      let end = paragraph.indexOf('\n', at);
      if (end < 0) end = paragraph.length;
      const line = paragraph.slice(at, end);
      const lineHits: FlagHit[] = [];
      if (doubles) {
        const nextEnd = end < paragraph.length ? paragraph.indexOf('\n', end + 1) : -1;
        const next =
          end < paragraph.length
            ? paragraph.slice(end + 1, nextEnd < 0 ? paragraph.length : nextEnd)
            : (context?.next ?? '');
        doubleQuoteHits(line, next, lineHits);
      }
      if (singles) singleQuoteHits(line, lineHits);
      for (const hit of lineHits) hits.push({ ...hit, start: hit.start + at, end: hit.end + at });
      at = end + 1;
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
