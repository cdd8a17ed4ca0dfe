/**
 * Two words written as one, where machine translation or scraping lost the space between
 * them: "daystomorrow", "Ministryannounced", "Lombardiawhich", "theVeneto", "FridayThe",
 * "Novemberrainfall". `gluedSplit` says how such a token splits; clean's flag/glued-words
 * flags it, and the entity stage reads its two words apart.
 *
 * A token is a candidate only when it is not an English word itself, and each kind of split
 * needs evidence that no compound or name is made that way:
 * - a lowercase letter then a capital ("theVeneto"): the left part is a function word or an
 *   inflected verb (not "iPhone", "eBay", "eBook"); a capitalized left part needs a sentence opener
 *   on the right ("FridayThe"), which no brand name ends with ("McDonald", "BlackRock");
 * - an all-lowercase token: both parts common English words and one of them a function word
 *   ("days" + "tomorrow"), since real compounds join content words ("cyberattack");
 * - a capitalized token: a right part that cannot end a name — a relative pronoun or other
 *   function word ("Lombardia" + "which") or a past or -ing verb form of six letters or more
 *   ("Ministry" + "announced") — or a month or weekday on the left ("November" + "rainfall").
 */
import { MONTH_TABLE, WEEKDAY_TABLE } from './calendar-words.js';
import { FUNCTION_WORDS, GLUE_TAILS, SENTENCE_OPENERS } from './closed-class.js';
import { englishBand } from './english-words.js';
import { stripMarks } from './pattern.js';

// Month and weekday names that open a glued token ("Novemberrainfall"); "May" begins too
// many names (Mayfield, Mayweather).
const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  ...MONTH_TABLE.filter((m) => m.name !== 'may').map((m) => m.name),
  ...WEEKDAY_TABLE.map((d) => d.name),
]);
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/**
 * The shortest token `gluedSplit` splits: callers skip shorter words without asking.
 *
 * @example
 * 'daysto'.length >= GLUED_MIN_LENGTH; // true
 */
export const GLUED_MIN_LENGTH = 6;
// A prefix that forms compounds with any word: a function word on the left of an unknown
// lowercase token is evidence of glue only when it is not one of these.
// prettier-ignore
const COMPOUNDING = new Set(['over', 'under', 'out', 'off', 'up', 'down', 'in', 'on', 'by', 'after', 'with', 'through', 'for', 'fore', 'here', 'there', 'where', 'now', 'then', 'still', 'not', 'into', 'onto', 'about', 'since', 'before']);
// Suffix-like function words that end real compounds ("takeover", "standstill", "cannot", "walkthrough", "lockdown").
// prettier-ignore
const COMPOUND_TAILS = new Set(['over', 'for', 'with', 'after', 'under', 'into', 'onto', 'about', 'since', 'here', 'there', 'then', 'now', 'still', 'not', 'the', 'her', 'his', 'she', 'was', 'has', 'had', 'are', 'were', 'can', 'may', 'will', 'through', 'out', 'off', 'up', 'down']);

/** How a token splits, or null when it is not two glued words. */
export interface GluedSplit {
  left: string;
  right: string;
}

const NON_ASCII = /[^\x00-\x7f]/;
const isEnglish = (word: string) =>
  englishBand(word) >= 0 || (NON_ASCII.test(word) && englishBand(stripMarks(word)) >= 0);

const CAMEL = /\p{Ll}\p{Lu}/u;

// "theVeneto", "saidThursday", "FridayThe"
function camelSplit(word: string): GluedSplit | null {
  if (!CAMEL.test(word)) return null;
  for (let i = 1; i < word.length - 1; i++) {
    if (!UPPER.test(word[i]!) || !LOWER.test(word[i - 1]!)) continue;
    if (!LOWER.test(word[i + 1]!)) return null; // "macOS", "mRNA": an acronym part
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (LOWER.test(left[0]!)) {
      // A function word ("theVeneto") or an inflected verb ("announcedThursday"); brand names
      // start with a letter or a noun ("iPhone", "eBook") or "my" ("myHeritage").
      const inflected = left.length >= 5 && /(?:ed|ing)$/.test(left) && englishBand(left) >= 3;
      return (FUNCTION_WORDS.has(left) && left !== 'my' && left !== 'i') || inflected ? { left, right } : null;
    }
    // "FridayThe"; a function word on the left is a brand ("NowThis").
    return left.length >= 3 && SENTENCE_OPENERS.has(right) && !FUNCTION_WORDS.has(left.toLowerCase())
      ? { left, right }
      : null;
  }
  return null;
}

// "daystomorrow": both parts common, one a function word that does not form compounds.
function lowercaseSplit(word: string): GluedSplit | null {
  let best: GluedSplit | null = null;
  let bestScore = 0;
  for (let k = 3; k <= word.length - 3; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    // The cheap set tests first: most cuts put no function word on either side.
    const leftFunction = FUNCTION_WORDS.has(left) && !COMPOUNDING.has(left);
    const rightFunction = FUNCTION_WORDS.has(right) && !COMPOUND_TAILS.has(right);
    if (!leftFunction && !rightFunction) continue;
    const leftBand = englishBand(left);
    const rightBand = englishBand(right);
    if (leftBand < 2 || rightBand < 2) continue;
    const score = leftBand + rightBand;
    if (score > bestScore) {
      best = { left, right };
      bestScore = score;
    }
  }
  return best;
}

// "Ministryannounced", "Lombardiawhich", "Sánchezinsisted", "Novemberrainfall"
function capitalizedSplit(word: string): GluedSplit | null {
  const inflected = /(?:ed|ing)$/.test(word); // every right part ends as the word does
  for (let k = 3; k <= word.length - 3; k++) {
    const right = word.slice(k);
    if (GLUE_TAILS.has(right) && right.length >= 4) return { left: word.slice(0, k), right };
    if (inflected && right.length >= 6 && englishBand(right) >= 2) return { left: word.slice(0, k), right };
    if (
      k <= MAX_CALENDAR_NAME &&
      right.length >= 5 &&
      CALENDAR_NAMES.has(word.slice(0, k).toLowerCase()) &&
      englishBand(right) >= 1
    ) {
      return { left: word.slice(0, k), right };
    }
  }
  return null;
}

const MAX_CALENDAR_NAME = Math.max(...[...CALENDAR_NAMES].map((name) => name.length));

/**
 * How a token splits into two glued words, or null. Memoized: an article repeats its words
 * (a name, "government", "announced" dozens of times), and most have no split.
 *
 * @example
 * gluedSplit('daystomorrow'); // { left: 'days', right: 'tomorrow' }
 * gluedSplit('cyberattack'); // null
 */
export function gluedSplit(word: string): GluedSplit | null {
  let split = SPLITS.get(word);
  if (split === undefined) {
    if (SPLITS.size >= MAX_SPLITS) SPLITS.clear();
    SPLITS.set(word, (split = splitGlued(word)));
  }
  return split;
}

// Bounded: cleared when full.
const SPLITS = new Map<string, GluedSplit | null>();
const MAX_SPLITS = 20_000;

function splitGlued(word: string): GluedSplit | null {
  if (word.length < GLUED_MIN_LENGTH || word.length > 40) return null;
  const camel = camelSplit(word);
  if (camel) return camel;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase() || isEnglish(word)) return null;
  const first = word[0]!;
  if (LOWER.test(first)) return lowercaseSplit(word);
  return UPPER.test(first) ? capitalizedSplit(word) : null;
}

/**
 * A text with the space put back inside glued tokens ("hoursyesterday" → "hours yesterday"), and where
 * each inserted space stands, so that a reader of words can report offsets in the text as written.
 *
 * @example
 * const spaced: SpacedText = { text: 'in 36 hours yesterday', inserted: [11] };
 */
export interface SpacedText {
  /** The text with one space inserted inside each glued token that was split. */
  readonly text: string;
  /** Offsets in `text` of the inserted spaces, ascending. */
  readonly inserted: readonly number[];
}

const LETTER_RUN = /\p{L}{6,}/gu;
const LETTER = /^\p{L}$/u;
const LETTERS_ON = /\p{L}*/uy;

// Where the run of letters that ends at `end` starts (a letter outside the BMP is two code units).
function runStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const width = i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) && /[\uD800-\uDBFF]/.test(text[i - 2]!) ? 2 : 1;
    if (!LETTER.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

// The letter runs (6 letters or more) that hold a match of `hint`, as LETTER_RUN finds them.
function* runsHolding(text: string, hint: RegExp): Generator<{ 0: string; index: number }> {
  const scan = new RegExp(hint.source, hint.flags.includes('g') ? hint.flags : `${hint.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = scan.exec(text)) !== null) {
    const index = runStart(text, m.index);
    LETTERS_ON.lastIndex = m.index;
    const end = m.index + LETTERS_ON.exec(text)![0].length;
    if (end === m.index) {
      scan.lastIndex = m.index + 1; // (a hint is made of letters; an empty or other match is passed over)
      continue;
    }
    scan.lastIndex = end;
    const word = text.slice(index, end);
    if ([...word].length >= GLUED_MIN_LENGTH) yield { 0: word, index };
  }
}

/**
 * Puts the space back inside each token of `text` that `gluedSplit` splits and `accept` takes,
 * or null when there is none. The text as written stays the reference: map offsets back with
 * `writtenOffset`. One scan of the letter runs, each split memoized: linear in the text.
 *
 * `hint`, when given, is a pattern (of letters) that every token `accept` may take contains
 * (a part it accepts, say): only the runs of letters around its matches are looked up, a
 * scan far cheaper than reading every word of the text.
 *
 * @example
 * spaceGluedWords('in 36 hoursyesterday', () => true)?.text; // 'in 36 hours yesterday'
 * spaceGluedWords('in 48 hours today', () => true); // null
 * spaceGluedWords('in 36 hoursyesterday', () => true, /yesterday/i)?.text; // 'in 36 hours yesterday'
 */
export function spaceGluedWords(
  text: string,
  accept: (split: GluedSplit) => boolean,
  hint?: RegExp,
): SpacedText | null {
  let out = '';
  let from = 0;
  const inserted: number[] = [];
  for (const m of hint ? runsHolding(text, hint) : text.matchAll(LETTER_RUN)) {
    const split = gluedSplit(m[0]);
    if (!split || !accept(split)) continue;
    const at = m.index + split.left.length;
    out += text.slice(from, at);
    inserted.push(out.length);
    out += ' ';
    from = at;
  }
  return inserted.length === 0 ? null : { text: out + text.slice(from), inserted };
}

/**
 * The offset in the written text of an offset in `spaced.text`: an inserted space, and the
 * position right after it, map to where the two glued words meet.
 *
 * @example
 * writtenOffset({ text: 'in 36 hours yesterday', inserted: [11] }, 12); // 11 ("yesterday" starts at 11 in 'in 36 hoursyesterday')
 */
export function writtenOffset(spaced: SpacedText, offset: number): number {
  // the number of inserted spaces before `offset` (binary search: a text may hold many)
  let lo = 0;
  let hi = spaced.inserted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spaced.inserted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset - lo;
}
