/**
 * The one sentence segmenter of news English, used by every stage that needs sentence
 * bounds (the date stage's tense reader, the quote tokenizer, the cleaner's flags).
 *
 * A sentence ends at a line break, or at . ! ? … followed (after closing quotes and
 * brackets) by whitespace and then the end of the text, a line break, a capital, a digit or
 * an opening quote. A period never ends a sentence when it closes an abbreviation or an
 * initial ("Sen.", "Calif.", "U.S.", "G. K."; see `abbreviations.ts`), sits inside a number
 * ("3.5") or comes right before a comma ("R-Ky., said").
 *
 * Every function reads a bounded window around the position it is asked about, so callers
 * stay linear on any input.
 *
 * Machine translation glues sentences by their period ("flooded.The river"): `gluedSentenceBreaks`
 * finds where the space is missing, for the cleaner's repair and the entity tokenizer alike.
 */
import { isAbbreviation } from './abbreviations.js';

// A sentence-ending mark (. ! ? …), tested without a regex call: sentenceAround asks it of every
// character it walks past (up to 480 per date expression)
const isTerminal = (c: string): boolean => c === '.' || c === '!' || c === '?' || c === '…';
const CLOSING = /[”’"')\]»]/u;
const OPENING_QUOTE = /[“"‘'«„]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Longest abbreviation read backwards from a period ("U.S.A", "Messrs"). */
const MAX_WORD = 24;
/** Longest run of closing marks or of spaces read after a terminal mark (a longer gap ends the sentence). */
const MAX_SKIP = 32;

/**
 * True when the period at `i` closes an abbreviation or an initial ("Sen.", "U.S.", "G.").
 *
 * @example
 * isAbbreviationPeriod('Sen. Warren said', 3); // true
 * isAbbreviationPeriod('He left. Then', 7); // false
 */
export function isAbbreviationPeriod(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  let start = i;
  const floor = Math.max(0, i - MAX_WORD);
  while (start > floor) {
    const c = text[start - 1]!;
    if (WORD_CHAR.test(c)) start--;
    // a dot between two word characters stays inside the word ("U.S", "a.m")
    else if (c === '.' && start - 2 >= floor && WORD_CHAR.test(text[start - 2]!) && start < i) start--;
    else break;
  }
  if (start === i || (start === floor && floor > 0 && WORD_CHAR.test(text[floor - 1]!))) return false;
  return isAbbreviation(text.slice(start, i));
}

/**
 * True when a new sentence may start right after a terminal mark that ends at `after`:
 * closing quotes and brackets are skipped, then whitespace must follow, and then the end of
 * the text, a line break, a capital, a digit or an opening quote.
 *
 * @example
 * startsSentenceAfter('He left. Then', 8); // true
 * startsSentenceAfter('3.5 percent', 2); // false
 * startsSentenceAfter('he left. and', 8); // false
 */
export function startsSentenceAfter(text: string, after: number): boolean {
  let j = after;
  const closingLimit = Math.min(text.length, after + MAX_SKIP);
  while (j < closingLimit && CLOSING.test(text[j]!)) j++;
  const afterClosing = j;
  const spaceLimit = Math.min(text.length, j + MAX_SKIP);
  while (j < spaceLimit && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u00a0')) j++;
  if (j >= text.length || text[j] === '\n' || j === spaceLimit) return true;
  if (j === afterClosing) return false; // "3.5", "a.m.x", "end.”Then"
  return /[\p{Lu}\p{N}]/u.test(text[j]!) || OPENING_QUOTE.test(text[j]!);
}

/**
 * True when the terminal mark (. ! ? …) at `i` ends its sentence.
 *
 * @example
 * endsSentenceAt('Sen. Warren said so. Then', 3); // false
 * endsSentenceAt('Sen. Warren said so. Then', 19); // true
 */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined || !isTerminal(c)) return false;
  if (c === '.') {
    if (text[i + 1] === ',') return false;
    if (isAbbreviationPeriod(text, i)) return false;
  }
  return startsSentenceAfter(text, i + 1);
}

/**
 * A sentence as [start, end) offsets in the text (end includes the terminal mark and any
 * closing quotes).
 *
 * @example
 * const sentence: SentenceBounds = { start: 0, end: 9 }; // 'He spoke.'
 */
export interface SentenceBounds {
  start: number;
  end: number;
}

/**
 * Bounds of the sentence around [start, end), each side read at most `window` characters
 * from the span (a cut-off sentence ends at the window).
 *
 * @example
 * sentenceAround('He left. She will go Monday.', 21, 27); // { start: 8, end: 28 }
 * sentenceAround('Sen. Warren met him Monday.', 20, 26); // { start: 0, end: 27 }
 */
export function sentenceAround(text: string, start: number, end: number, window = 240): SentenceBounds {
  let from = Math.max(0, start - window);
  for (let k = start - 1; k >= from; k--) {
    const c = text[k]!;
    if (c === '\n' || (isTerminal(c) && endsSentenceAt(text, k))) {
      from = k + 1;
      break;
    }
  }
  const limit = Math.min(text.length, end + window);
  for (let k = end; k < limit; k++) {
    const c = text[k]!;
    if (c === '\n' || (isTerminal(c) && endsSentenceAt(text, k))) return { start: from, end: k + 1 };
  }
  return { start: from, end: limit };
}

/**
 * Splits a text into sentences, trimmed of surrounding whitespace; blank stretches give none.
 *
 * @example
 * splitSentences('Sen. Warren spoke. “We will act,” she said.\nNext line').map((s) => s.end);
 * // [18, 43, 53]
 */
export function splitSentences(text: string): SentenceBounds[] {
  const out: SentenceBounds[] = [];
  let from = 0;
  const push = (end: number): void => {
    let s = from;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\n') {
      push(k);
      from = k + 1;
    } else if (isTerminal(c) && endsSentenceAt(text, k)) {
      let e = k + 1;
      while (e < text.length && CLOSING.test(text[e]!)) e++;
      push(e);
      from = e;
      k = e - 1;
    }
  }
  push(text.length);
  return out;
}

const GLUED_OPENER = 'He|She|They|We|The|This|These|Those|In|It|But|And|However|After|According|Meanwhile';
const GLUED = new RegExp(
  `(?<=(?<![\\p{L}\\p{N}.@/])\\p{Ll}[\\p{Ll}’']*\\p{Ll}[.!?])(?=(?:${GLUED_OPENER})\\b(?![.@/]))`,
  'gu',
);
// What every GLUED match has around it, found without its lookbehind at each position:
// most texts have none and are not scanned again.
const PERIOD_OPENER = new RegExp(`[.!?](?:${GLUED_OPENER})\\b`);

/**
 * Offsets right after a period (or ! ?) that glues two sentences with no space: a lowercase
 * word of two letters or more before it, a capitalized word that opens sentences after it
 * ("flooded.The river", "rose.It was"). Abbreviations ("U.S.The"), domains
 * ("example.com", "news.It.com") and decimals are no break.
 *
 * @example
 * gluedSentenceBreaks('The river flooded.The town was evacuated.'); // [18]
 * gluedSentenceBreaks('Visit example.com or the U.S.The end.'); // []
 */
export function gluedSentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  if (!PERIOD_OPENER.test(text)) return breaks;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
    breaks.push(m.index);
    GLUED.lastIndex = m.index + 1;
  }
  return breaks;
}
