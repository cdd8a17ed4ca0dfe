/**
 * Block features for the page-level article extractor: one scan per block, then page-level
 * context (where the long prose is, neighbours, repeats, cue headings).
 *
 * Every feature is a number that generalizes across sites: length, sentence punctuation,
 * capitalisation, digits, symbols, stopword density in the article's language, link and
 * handle markers, bullets, lines repeated on the page, the share of the page's prose before
 * and after the block, its neighbours' lengths, the run of long lines it belongs to, where
 * it sits relative to the headline (the line that repeats the page title: the body follows
 * it, menus and teasers come before it), and whether it follows a heading that opens a
 * non-article region (comments, related stories, newsletter, footer). No feature names a
 * site or copies a page's wording.
 */
import { AsciiKeySet, asciiWordKeys, classAt, isLetterAt, isWhitespace } from '../../core/word-scan.js';
import { stopwordsOf } from '../../language/stopwords.js';
import { earlierSameText, readOncePerText } from '../repeats.js';
import { endsSentenceInAnyScript } from '../shape.js';

/**
 * What one scan of a block's text counts.
 *
 * @example
 * const stats: BlockStats = blockStats('Share on Facebook', undefined);
 * stats.tokens; // 3
 */
export interface BlockStats {
  chars: number;
  /**
   * Runs of letters, digits and '_' (the tokens of the shingle metric), except that text in
   * scripts written without spaces (Han, Kana, Thai) counts one word per two characters.
   */
  tokens: number;
  /** Tokens starting with an uppercase letter. */
  capitalised: number;
  /** Tokens of two or more letters, all uppercase. */
  upper: number;
  /** Tokens starting with a lowercase letter. */
  lower: number;
  /** Tokens containing a digit. */
  digits: number;
  /** Tokens that are stopwords of the article's language. */
  stopwords: number;
  /** Characters of scripts written without spaces (Han, Kana, Thai). */
  unspaced: number;
  /** Hiragana characters: Japanese particles and endings, dense in prose, rare in menus. */
  hiragana: number;
  /** Characters that are neither letters, digits nor spaces. */
  symbols: number;
  commas: number;
  /** Separators of menus and share rows: | • · › » / (a » closing a «quote» is none) */
  separators: number;
  /** Ends like a sentence (. ! ? … 。, optionally closed by a quote or bracket). */
  sentenceEnd: boolean;
  endsColon: boolean;
  endsQuestion: boolean;
  /** Starts with a bullet or a list number ("•", "-", "1.", "2)"). */
  bullet: boolean;
  /** Holds a URL, a domain, an e-mail address, an @handle or a #hashtag. */
  link: boolean;
  /** Holds ©, "copyright" or "all rights reserved". */
  copyright: boolean;
  /** Holds a quotation mark. */
  quote: boolean;
}

// The words of a lowered line (runs of letters and digits, as WORD matches them) against the
// title's: into `out`, the line's words, those that are title words, and the distinct title
// words it holds, each weighted as wordWeight weighs it. (An ASCII line is counted by its
// blockStats scan instead, TitleTally: this is the count of the others.)
function countTitleWords(line: string, title: TitleIndex, out: Float64Array): void {
  const shapeBits = title.shapeBits;
  let words = 0;
  let hits = 0;
  let heldWeight = 0;
  let held: Set<string> | undefined;
  for (let j = 0; j < line.length;) {
    // The run of letters and digits at j (classAt, with ASCII read inline), and how many of
    // its characters are of the unspaced scripts (wordWeight, counted on the way).
    let end = j;
    let unspaced = 0;
    let thai = 0;
    while (end < line.length) {
      const c = line.charCodeAt(end);
      let w: number;
      if (c < 0x80) w = ((c | 0x20) - 0x61) >>> 0 < 26 || (c >= 0x30 && c <= 0x39) ? 1 : 0;
      else {
        w = classAt(line, end, 'LN');
        if (w === 1 && isUnspacedCode(c)) {
          unspaced++;
          if (isThaiCode(c)) thai++;
        }
      }
      if (w === 0) break;
      end += w;
    }
    if (end === j) {
      j++;
      continue;
    }
    const weight = unspacedRunTokens(unspaced, thai);
    words += weight;
    const first = line.charCodeAt(j);
    const length = end - j;
    const candidates =
      length >= SHAPE_BITS_LENGTHS || ((shapeBits[length]! >>> (first & 31)) & 1) === 1
        ? title.byShape.get(length * 0x10000 + first)
        : undefined;
    if (candidates) {
      // The title word this word is, compared in place (no copy of the word made).
      for (const word of candidates) {
        if (!sameWordAt(line, j, word, true)) continue;
        hits += weight;
        held ??= new Set<string>();
        if (!held.has(word)) heldWeight += weight;
        held.add(word);
        break;
      }
    }
    j = end;
  }
  out[0] = words;
  out[1] = hits;
  out[2] = heldWeight;
}

// The page title's (lowered) words by shape, (length, first code unit): a word of a line is
// compared only with the title words of its shape. `shapeBits` holds the shapes in bits, for
// a test without a hash lookup per word: for each length below SHAPE_BITS_LENGTHS, bit
// (first code unit & 31) of the title words of that length (a clear bit: no such shape).
interface TitleIndex {
  byShape: Map<number, string[]>;
  shapeBits: Uint32Array;
}
const SHAPE_BITS_LENGTHS = 64;
const wordShape = (text: string, start: number, end: number) => (end - start) * 0x10000 + text.charCodeAt(start);
function titleIndexOf(words: Iterable<string>): TitleIndex {
  const byShape = new Map<number, string[]>();
  const shapeBits = new Uint32Array(SHAPE_BITS_LENGTHS);
  for (const w of words) {
    const shape = wordShape(w, 0, w.length);
    const list = byShape.get(shape);
    if (list) list.push(w);
    else byShape.set(shape, [w]);
    if (w.length < SHAPE_BITS_LENGTHS) shapeBits[w.length]! |= 1 << (w.charCodeAt(0) & 31);
  }
  return { byShape, shapeBits };
}
// line.slice(start, start + word.length), lowered when `lowered` is false (the line is ASCII
// there: A-Z lowered), equals word.
function sameWordAt(line: string, start: number, word: string, lowered: boolean): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = line.charCodeAt(start + k);
    if (!lowered && c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

// A word line.slice(start, end) of A-Z, a-z and 0-9 may be a title word: its shape is one
// (TitleIndex.shapeBits; a lowered letter has the same low five bits).
const mayBeTitleWord = (shapeBits: Uint32Array, line: string, start: number, end: number): boolean =>
  end - start >= SHAPE_BITS_LENGTHS || ((shapeBits[end - start]! >>> (line.charCodeAt(start) & 31)) & 1) === 1;
const NO_SHAPES = new Uint32Array(SHAPE_BITS_LENGTHS);
// The title words of an ASCII line, counted by its blockStats scan as countTitleWords counts
// them in the lowered line: the WORD runs of an ASCII line lowered are its runs of A-Z, a-z
// and 0-9 (the scan's tokens cut at '_'), each of weight 1 (no unspaced script), and a word is
// compared with the title's as its lowered string would compare (A-Z lowered letter by letter).
// `ascii` is false when the scan met another character: the counts are then void, and the
// line is lowered and counted by countTitleWords.
class TitleTally {
  words = 0;
  hits = 0;
  heldWeight = 0;
  held: Set<string> | undefined = undefined;
  ascii = true;
  constructor(readonly title: TitleIndex) {}
  reset(): void {
    this.words = this.hits = this.heldWeight = 0;
    this.held = undefined;
    this.ascii = true;
  }
  // The word line.slice(start, end) (a run of A-Z, a-z and 0-9) when it may be a title word
  // (mayBeTitleWord). (The scan counts the words.)
  add(line: string, start: number, end: number): void {
    const first = line.charCodeAt(start);
    const firstLowered = first >= 0x41 && first <= 0x5a ? first | 0x20 : first;
    const candidates = this.title.byShape.get((end - start) * 0x10000 + firstLowered);
    if (!candidates) return;
    for (const word of candidates) {
      if (!sameWordAt(line, start, word, false)) continue;
      this.hits++;
      this.held ??= new Set<string>();
      if (!this.held.has(word)) this.heldWeight++;
      this.held.add(word);
      return;
    }
  }
}

// Kana, Han and Thai: scripts written without spaces between words.
const isUnspacedCode = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xe00 && c <= 0xe7f);
const isThaiCode = (c: number): boolean => c >= 0xe00 && c <= 0xe7f;
// The tokens a run of letters counts as when `unspaced` of its characters are of a script
// written without spaces between words, `thai` of them Thai: one for a short run, else a
// word per two Han or Kana characters and per four Thai ones (a Thai word spells its
// syllables' sounds, a character of Chinese or Japanese writes a syllable).
const unspacedRunTokens = (unspaced: number, thai: number): number =>
  unspaced > 2 ? Math.ceil((2 * unspaced - thai) / 4) : 1;

// ["'”’»)]
const isQuestionCloser = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29;
function endsColon(text: string, from: number): boolean {
  let j = text.length;
  while (j > from && isWhitespace(text.charCodeAt(j - 1))) j--;
  return j > from && text.charCodeAt(j - 1) === 0x3a;
}
function endsQuestion(text: string, from: number): boolean {
  let j = text.length;
  while (j > from && isWhitespace(text.charCodeAt(j - 1))) j--;
  while (j > from && isQuestionCloser(text.charCodeAt(j - 1))) j--;
  return j > from && text.charCodeAt(j - 1) === 0x3f;
}
const BULLET = /^(?:[•·▪►●■◦‣∙*–—-]\s|\d{1,2}[.)]\s)/u;
// Anchored on the '.', '@' or '#' so a scan costs one test per such character, and bounded:
// a megabyte of dots or hyphens must not make these slow.
const LINK = /https?:\/\/|www\.|\w\.(?:com|org|net|co|gov|io|info|news|tv)\b|\w@[\w-]{1,63}\.\w|(?:^|\s)[@#]\w/iu;
const COPYRIGHT = /©|\([cC]\)\s*\d{4}|[Cc]opyright|COPYRIGHT|[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED/u;
// (QUOTE, /["“”«»„]/u, is read by blockStats's scan: the quote marks are the code units it tests.)
const ASCII_TOKEN_START = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0,
);

/**
 * Counts what the features need in one pass over `text`.
 *
 * @example
 * blockStats('The talks ended on Tuesday.', stopwordsOf('eng')).sentenceEnd; // true
 */
export function blockStats(text: string, stopwords: ReadonlySet<string> | undefined): BlockStats {
  return scanBlock(text, stopwords, undefined);
}

// blockStats, and with a `tally` the title words of the text too (TitleTally, reset first).
function scanBlock(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  tally: TitleTally | undefined,
): BlockStats {
  // (The title's shapes, read inline: most words have none and are no title word. Without a
  // tally, no shape: a word of 64 or more letters is still asked about, and the tally test
  // answers it.)
  tally?.reset();
  const shapeBits = tally ? tally.title.shapeBits : NO_SHAPES;
  let runs = 0;
  let ascii = true;
  const lookup = stopwords && stopwordLookupOf(stopwords);
  let unspacedChars = 0,
    hiragana = 0;
  let tokens = 0,
    capitalised = 0,
    upper = 0,
    lower = 0,
    digits = 0,
    stops = 0,
    symbols = 0,
    commas = 0,
    separators = 0,
    openGuillemets = 0;
  // Marks without which LINK, COPYRIGHT and QUOTE cannot match, noted as the scan passes them,
  // so most blocks skip the unanchored patterns, which would try every position. Every
  // alternative of LINK holds an @ or #, a "/" after ":" (https?://), or a "." after "w"
  // (www.) or before one of c o n g i t (a domain's first letter): a sentence's full stop is
  // none. Every alternative of COPYRIGHT holds ©, "(" or "right"/"Right"/"RIGHT" (read in the
  // tokens: "might" or "night" is none).
  let linkMark = false,
    copyrightMark = false,
    quote = false;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    // A token starts at a letter, a digit or '_' (ASCII by table).
    if (c < 0x80 ? ASCII_TOKEN_START[c] === 1 : isLetterAt(text, i)) {
      const start = i;
      // Where the token's current run of A-Z, a-z and 0-9 starts (TitleTally).
      let runStart = i;
      let hasDigit = false;
      let allUpper = true;
      let letters = 0;
      let unspaced = 0;
      let thai = 0;
      // asciiWordKey of the token, built as it is read (-1 once a character is no a-z letter).
      let key = 0;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          // ASCII fast path (most characters of most pages); the same counts as below.
          if (d >= 97 && d <= 122) {
            letters++;
            allUpper = false;
            if (key >= 0) key = key * 32 + (d - 0x60);
            if (d === 116 && i - start >= 4 && endsRight(text, i, 0x20)) copyrightMark = true;
          } else if (d >= 65 && d <= 90) {
            letters++;
            if (key >= 0) key = key * 32 + (d - 0x40);
            if (d === 84 && i - start >= 4 && endsRight(text, i, 0)) copyrightMark = true;
          } else if (d >= 48 && d <= 57) hasDigit = true;
          else if (d !== 95) break;
          else {
            key = -1;
            if (i > runStart) {
              runs++;
              if (tally && mayBeTitleWord(shapeBits, text, runStart, i)) tally.add(text, runStart, i);
            }
            runStart = i + 1;
          }
          i++;
          continue;
        }
        ascii = false;
        const unspacedChar = isUnspacedCode(d);
        if (unspacedChar) {
          unspaced++;
          if (isThaiCode(d)) thai++;
          else if (d <= 0x309f) hiragana++;
        }
        if (!isLetterAt(text, i)) break; // (digits and '_' are ASCII)
        key = -1;
        letters++;
        // Kana, Han and Thai have no case (toUpperCase is the identity on those ranges).
        if (allUpper && !unspacedChar && changesInUpperCase(d)) allUpper = false;
        i++;
      }
      if (i > runStart) {
        runs++;
        if (tally && mayBeTitleWord(shapeBits, text, runStart, i)) tally.add(text, runStart, i);
      }
      tokens += unspacedRunTokens(unspaced, thai);
      unspacedChars += unspaced;
      if (hasDigit) digits++;
      const first = text.charCodeAt(start);
      if (first >= 65 && first <= 90) capitalised++;
      else if (first >= 97 && first <= 122) lower++;
      else if (first >= 0x80 && letters > 0) {
        const ch = text[start]!;
        if (ch !== ch.toLowerCase()) capitalised++;
        else if (ch !== ch.toUpperCase()) lower++;
      }
      if (letters >= 2 && allUpper && !hasDigit) upper++;
      if (lookup && !hasDigit && i - start <= 14) {
        // Most tokens are short ASCII words: looked up by number, no lowercased string made.
        if (key >= 0 && i - start <= MAX_KEY_LETTERS) {
          if (lookup.keys.has(key)) stops++;
        } else if (key < 0 || lookup.longShapes.has(longShape(text, start, i))) {
          // (a longer a-z word is looked up only when the list has a word of its length, first
          // and last letter)
          if (stopwords!.has(text.slice(start, i).toLowerCase())) stops++;
        }
      }
      continue;
    }
    // (A space counts for none of the marks below.)
    if (c === 32) {
      i++;
      continue;
    }
    if (c >= 0x80) ascii = false;
    if (c === 44) commas++;
    else if (c === 46) linkMark ||= isLinkDot(text, i);
    else if (c === 64 || c === 35 || (c === 47 && i > 0 && text.charCodeAt(i - 1) === 58)) linkMark = true;
    else if (c === 40 || c === 0xa9) copyrightMark = true;
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e) quote = true;
    if (c === 0xab) openGuillemets++;
    // A » that closes a «quote» (French, Russian prose) is no separator.
    if (c === 0xbb && openGuillemets > 0) openGuillemets--;
    else if (c === 124 || c === 0x2022 || c === 0xb7 || c === 0x203a || c === 0xbb || c === 47) separators++;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) symbols++;
    i++;
  }
  if (tally) {
    tally.words = runs;
    tally.ascii = ascii;
  }
  // The end patterns are read in the last 12 characters only (endsSentence).
  const from = length > 12 ? length - 12 : 0;
  // (Read only inside the text: a read past its end, NaN, sends optimized code back.)
  const c0 = length > 0 ? text.charCodeAt(0) : -1;
  return {
    chars: length,
    tokens,
    capitalised,
    upper,
    lower,
    digits,
    stopwords: stops,
    unspaced: unspacedChars,
    hiragana,
    symbols,
    commas,
    separators,
    sentenceEnd: endsSentenceInAnyScript(text, from),
    endsColon: endsColon(text, from),
    endsQuestion: endsQuestion(text, from),
    // (A match starts with a digit, '*', '-' or a mark from U+00B7 up.)
    bullet: ((c0 >= 0x30 && c0 <= 0x39) || c0 === 0x2a || c0 === 0x2d || c0 >= 0xb7) && BULLET.test(text),
    link: linkMark && LINK.test(text),
    copyright: copyrightMark && COPYRIGHT.test(text),
    quote,
  };
}

// A "." that can be part of a LINK match: after a "w" (www.), or before a letter a domain
// ending can start with (c o n g i t, either case). No other letter folds to these under /iu.
function isLinkDot(text: string, i: number): boolean {
  if (i > 0 && (text.charCodeAt(i - 1) | 0x20) === 0x77) return true;
  if (i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1) | 0x20;
  return next === 0x63 || next === 0x6f || next === 0x6e || next === 0x67 || next === 0x69 || next === 0x74;
}

// The "t" at i ends "ight" (case 0x20, lowercase) or "IGHT" (case 0) after an "r" or "R":
// COPYRIGHT's words ("copyright", "Rights", "RIGHTS").
const endsRight = (text: string, i: number, lower: number): boolean =>
  text.charCodeAt(i - 1) === (0x48 | lower) &&
  text.charCodeAt(i - 2) === (0x47 | lower) &&
  text.charCodeAt(i - 3) === (0x49 | lower) &&
  (text.charCodeAt(i - 4) | 0x20) === 0x72;

// Whether toUpperCase changes a BMP code unit, tabled 256 code units at a time on first use:
// a word in a script without case (Arabic, Hebrew, Devanagari) asks it of every letter.
const UPPER_PAGES: Array<Uint8Array | undefined> = [];
function changesInUpperCase(code: number): boolean {
  const page = code >> 8;
  let table = UPPER_PAGES[page];
  if (!table) {
    table = UPPER_PAGES[page] = new Uint8Array(256);
    for (let k = 0; k < 256; k++) {
      const ch = String.fromCharCode((page << 8) | k);
      table[k] = ch.toUpperCase() !== ch ? 1 : 0;
    }
  }
  return table[code & 0xff] === 1;
}

// Stopword lookup by asciiWordKey: the keys, and the longShape of each a-z word too long for a key.
interface StopwordLookup {
  keys: AsciiKeySet;
  longShapes: Set<number>;
}
// Length, first and last letter (lowercased) of an a-z word: a necessary match for a long word.
const longShape = (text: string, start: number, end: number): number =>
  (end - start) * 0x10000 + (text.charCodeAt(start) | 0x20) * 0x100 + (text.charCodeAt(end - 1) | 0x20);
const MAX_KEY_LETTERS = 10; // asciiWordKey's limit
const LOOKUPS = new WeakMap<ReadonlySet<string>, StopwordLookup>();
// (The last list asked, kept beside the map: a page asks for one list once per block.)
let lastWords: ReadonlySet<string> | undefined;
let lastLookup: StopwordLookup | undefined;
function stopwordLookupOf(words: ReadonlySet<string>): StopwordLookup {
  if (words === lastWords) return lastLookup!;
  let lookup = LOOKUPS.get(words);
  if (!lookup) {
    const keys = new AsciiKeySet(asciiWordKeys(words));
    const longShapes = new Set<number>();
    for (const word of words)
      if (word.length > MAX_KEY_LETTERS && /^[a-z]+$/.test(word)) longShapes.add(longShape(word, 0, word.length));
    LOOKUPS.set(words, (lookup = { keys, longShapes }));
  }
  lastWords = words;
  lastLookup = lookup;
  return lookup;
}

/**
 * Headings that open a region which is not the article, by kind: a declared table of
 * phrase patterns (English first, then the other languages of the news we see, where the
 * phrase is the common one). A heading matches when the whole short line is one of them,
 * optionally with a count or a short tail ("3 comments", "More from Reuters").
 */
const CUE_PHRASES: Readonly<Record<CueKind, readonly string[]>> = {
  comments: [
    // en
    'comments?',
    'reader comments',
    '(?:top rated|most liked|latest|newest|oldest|all|view all|show|read|view) comments',
    'tell us what you think',
    'reactions?',
    'responses?',
    'replies',
    // "12 thoughts on", "One response to" (with the article's title quoted: TITLED_COMMENTS)
    '(?:one|\\d+) (?:thoughts?|responses?) (?:on|to)',
    'discussion',
    'join the (?:conversation|discussion)',
    '(?:leave|post|add|write) a (?:comment|reply)',
    'what do you think\\??',
    'have your say',
    // pt, es, fr, de, it, id, ru, ja
    'coment[aá]rios?',
    'deixe (?:um|seu) coment[aá]rio',
    'comentarios',
    'deja (?:un|tu) comentario',
    'commentaires?',
    'laisser un commentaire',
    'kommentare',
    'commenti',
    'lascia un commento',
    'komentar',
    'tinggalkan (?:komentar|balasan)',
    'комментари[йи]',
    '(?:оставить|добавить) комментарий',
    'コメント',
    // nl, sv, pl, tr, uk, el, ar, vi, hi, zh, ko
    'reacties',
    'kommentarer',
    'komentarze',
    'yorumlar',
    'коментарі',
    'σχόλια',
    'ال?تعليقات',
    'bình luận',
    'टिप्पणियां|टिप्पणियाँ',
    '(?:网友)?[评評][论論]',
    '댓글',
  ],
  related: [
    // en
    'related(?: articles?| stories| news| posts| content| coverage| reading| topics)?',
    'more (?:stories|news|articles|from|on|in|like this)(?![\\p{L}\\p{N}]).{0,40}',
    '(?:you )?(?:may|might) also (?:like|enjoy|be interested)',
    'recommended(?: for you| stories| articles| reading)?',
    'read (?:more|next|also)',
    'also read',
    'see also',
    'most (?:read|popular|viewed|shared)',
    'trending(?: now| stories)?',
    'top stories',
    'latest(?: news| stories| articles)?',
    'what to read next',
    'up next',
    "don'?t miss",
    'popular (?:posts|stories|articles)',
    'further reading',
    "editor'?s? picks?",
    'around the web',
    'sponsored (?:stories|links|content)',
    // pt
    'leia (?:também|mais)',
    'veja também',
    'você (?:também )?pode gostar',
    '(?:posts|artigos|notícias|matérias) relacionad[oa]s',
    'mais lidas',
    // es
    'te puede interesar',
    'también te puede interesar',
    '(?:artículos|noticias) relacionad[oa]s',
    'lo más leído',
    // fr
    'à lire aussi',
    'lire aussi',
    'articles similaires',
    'vous aimerez aussi',
    'sur le même sujet',
    // de
    'das könnte sie auch interessieren',
    'ähnliche artikel',
    'weitere artikel',
    'mehr zum thema',
    // it
    'articoli correlati',
    'potrebbe interessarti',
    'leggi anche',
    // id
    'baca juga',
    '(?:artikel|berita) terkait',
    'berita lainnya',
    'terpopuler',
    // ru
    'читайте также',
    'похожие (?:статьи|записи|новости|публикации)',
    'вам (?:также )?может быть интересно',
    'популярное',
    'смотрите также',
    // ja
    '関連記事',
    'おすすめ記事',
    '人気記事',
  ],
  newsletter: [
    '(?:sign up|subscribe)(?: (?:to|for) (?:our|the))?(?: \\w+)? (?:newsletter|alerts?|briefing)s?',
    'newsletters?',
    'get (?:our|the) (?:newsletter|daily|weekly)(?![\\p{L}\\p{N}]).{0,40}',
    'subscribe(?: now| today)?',
    'assine (?:a|nossa) newsletter',
    'suscríbete',
    'abonnez-vous',
    'abonnieren',
    'berlangganan',
    'подписаться',
  ],
  footer: [
    'about(?: us)?',
    'contact(?: us)?',
    'privacy(?: policy| notice)?',
    'terms(?: of (?:use|service))?',
    'cookie (?:policy|settings)',
    'advertise(?: with us)?',
    'careers',
    'site ?map',
    'help',
    'faq',
    'follow us',
    'connect with us',
    'share this(?: article| story)?',
    'tags?',
    'topics?',
    'filed under',
    'quem somos',
    'fale conosco',
    'contato',
    'política de privacidade',
    'contacto',
    'aviso legal',
    'mentions légales',
    'impressum',
    'datenschutz',
    'kontak(?: kami)?',
    'tentang kami',
    'контакты',
    'お問い合わせ',
  ],
};

const CUE_HEADINGS: ReadonlyArray<readonly [CueKind, RegExp]> = (Object.keys(CUE_PHRASES) as CueKind[]).map((kind) => {
  const tail = kind === 'footer' || kind === 'newsletter' ? '[.!:]?' : '(?![\\p{L}\\p{N}]).{0,40}';
  // "12 comments", "[ 167 comments ]"
  const count = kind === 'comments' ? '[[(]?\\s*(?:\\d+\\s+)?' : '';
  return [kind, new RegExp(`^${count}(?:${CUE_PHRASES[kind].join('|')})${tail}$`, 'iu')] as const;
});
// Any of the kinds at once: most short lines of a page are no heading, and are ruled out by
// one test instead of one per kind.
const ANY_CUE_HEADING = new RegExp(CUE_HEADINGS.map(([, pattern]) => `(?:${pattern.source})`).join('|'), 'iu');

// A comment's controls, one to four on a line ("Reply", "Like · Reply · 3 likes", "Report
// abuse", "View 2 replies"), in English and in the other languages of the cue table.
const COMMENT_CONTROL_WORD =
  "(?:reply|replies|like|likes|unlike|report(?: abuse| comment)?|flag|share|upvote|downvote|permalink|recommend|edit|delete|hide replies|show (?:more )?replies|load more (?:comments|replies)|view (?:all )?(?:\\d+ )?repl(?:y|ies)|\\d+ (?:likes?|replies|upvotes?|points?|reactions?)|responder|respuestas?|curtir|me gusta|répondre|j['’]aime|antworten|gefällt mir|rispondi|mi piace|balas|suka|ответить|нравится|返信)";
const COMMENT_CONTROLS = new RegExp(`^${COMMENT_CONTROL_WORD}(?:\\s*[·•|]?\\s*${COMMENT_CONTROL_WORD}){0,3}$`, 'iu');

/**
 * True for a line of a comment's controls ("Reply", "Like · Reply", "Report abuse",
 * "View 2 replies"): a reader comment thread prints one under each comment.
 *
 * @example
 * isCommentControls('Like · Reply'); // true
 * isCommentControls('Reply to the minister came on Monday.'); // false
 */
export function isCommentControls(text: string): boolean {
  return text.length <= 60 && COMMENT_CONTROLS.test(text);
}

// A heading is short (60 characters at most), except the comments heading that quotes the
// article's title: "12 thoughts on “…”", "One response to “…”" (WordPress themes print it).
const TITLED_COMMENTS = /^(?:one|\d+) (?:thoughts?|responses?) (?:on|to) ["“].{1,180}["”]$/iu;
// A comment's own header line in threads printed without a heading: "<Name> on <date> at
// <clock time> said:" (WordPress themes). The clock time is required: "said:" alone ends
// many a sentence of a news body that introduces a quote.
const COMMENT_BYLINE = /^[^\s].{0,60}? on .{3,40}? at \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?,? (?:said|says|wrote):$/iu;

/**
 * Kinds of region-opening headings.
 *
 * @example
 * const kind: CueKind = 'comments';
 */
export type CueKind = 'comments' | 'related' | 'newsletter' | 'footer';

/**
 * The kind of region a short heading opens, or undefined.
 *
 * @example
 * cueKind('Related stories'); // 'related'
 * cueKind('Jane Roe on March 3, 2019 at 4:12 pm said:'); // 'comments'
 * cueKind('The related talks ended.'); // undefined
 */
export function cueKind(text: string): CueKind | undefined {
  const length = text.length;
  if (length > 0 && length <= 140 && text.charCodeAt(length - 1) === 58 && COMMENT_BYLINE.test(text)) return 'comments';
  if (text.length > 60) return text.length <= 200 && TITLED_COMMENTS.test(text) ? 'comments' : undefined;
  if (!ANY_CUE_HEADING.test(text)) return undefined;
  for (const [kind, pattern] of CUE_HEADINGS) if (pattern.test(text)) return kind;
  return undefined;
}

/**
 * Names of the features, in vector order (the weights file is keyed by them).
 *
 * @example
 * FEATURE_NAMES[0]; // 'bias'
 */
// prettier-ignore
export const FEATURE_NAMES = [
  'bias', 'lnTokens', 'lnChars', 'sentenceEnd', 'endsColon', 'endsQuestion', 'capitalisedShare', 'upperShare',
  'lowerShare', 'digitShare', 'symbolShare', 'stopwordShare', 'noStopwordList', 'commaRate', 'separatorRate',
  'bullet', 'link', 'copyright', 'quote', 'repeated', 'proseBefore', 'proseAfter', 'proseMiddle',
  'lnTokensPrev', 'lnTokensNext', 'lnTokensPrev2', 'lnTokensNext2', 'lnRunOwn', 'lnRunNear', 'lnDistLongest',
  'relativePosition', 'titleOverlap', 'first', 'cueHeading', 'afterCue', 'afterCommentsCue', 'removedByRule',
  'pageShortShare', 'prevEndsColon', 'bulletRun', 'short', 'shortBetweenLong',
  'stopwordSharePrev', 'stopwordShareNext', 'sentenceEndPrev', 'sentenceEndNext', 'lnRepeats', 'countSuffix',
  'headlineShape', 'proseShare', 'afterRelatedCue', 'afterHeadline', 'lnAfterHeadline', 'isHeadline',
] as const;

/**
 * One feature name.
 *
 * @example
 * const name: FeatureName = 'lnTokens';
 */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The page as the extractor sees it.
 *
 * @example
 * const page: PageInput = { texts: ['Title', 'Body one.'], removed: [false, false], language: 'eng' };
 */
export interface PageInput {
  /** Each block's text as it reads after the inline rules. */
  texts: readonly string[];
  /** True where an earlier rule already removed the block. */
  removed: readonly boolean[];
  /** The article's language (ISO 639-3). */
  language: string;
}

/**
 * Features of every block of a page: the per-block stats and a function that writes block
 * i's feature vector into a buffer (vectors are not stored: a megabyte of one-character
 * lines is half a million blocks).
 *
 * @example
 * const features = pageFeatures({ texts: ['Home', 'A long sentence of the article body here.'], removed: [false, false], language: 'eng' });
 * const v = new Float64Array(FEATURE_NAMES.length);
 * features.fill(1, v); // v[0] === 1 (bias)
 */
export interface PageFeatures {
  stats: BlockStats[];
  cues: Array<CueKind | undefined>;
  /** Index of the cue heading each block follows (after the article's first substantial prose), or -1. */
  afterCue: Int32Array;
  /** The headline: the block that repeats the page title (the first block), or -1. */
  headline: number;
  /** Writes block i's feature vector (FEATURE_NAMES order) into `out`. */
  fill(i: number, out: Float64Array): void;
}

const LONG = 10;
// The headline must hold its own words mostly from the title and a good part of the title.
const MIN_HEADLINE_SCORE = 0.25;
// "Archives (113)", "Comments 12": a label followed by a count (archive and category lists).
const COUNT_SUFFIX = /[\p{L}][)\]]?\s*[([]?\d{1,6}[)\]]?\s*$/u;

// COUNT_SUFFIX in the last 40 characters. A match's end is fixed, read back from the end:
// the final spaces, a ")" or "]" if there is one, then a run of 1 to 6 ASCII digits with a
// character before it (no part can take a character of the part before it: a space, a
// bracket, a digit and a letter are none of the others). A line without them is ruled out
// without running the unanchored pattern over it; a line with them is left to the pattern.
function hasCountSuffix(text: string): boolean {
  const from = text.length > 40 ? text.length - 40 : 0;
  let j = text.length;
  while (j > from && isWhitespace(text.charCodeAt(j - 1))) j--;
  if (j > from && (text.charCodeAt(j - 1) === 41 || text.charCodeAt(j - 1) === 93)) j--;
  const digitsEnd = j;
  while (j > from && text.charCodeAt(j - 1) >= 48 && text.charCodeAt(j - 1) <= 57) j--;
  if (j === digitsEnd || digitsEnd - j > 6 || j === from) return false;
  return COUNT_SUFFIX.test(from ? text.slice(from) : text);
}

/**
 * How much a long block reads like prose: its tokens, halved when it ends no sentence, and
 * scaled by its stopword share where the language has a list (a tag cloud or a list of
 * names has few stopwords; running text a third or more).
 *
 * @example
 * proseMass(blockStats('The talks ended on Tuesday without a deal for the union.', stopwordsOf('eng')), 0.4) > 5; // true
 */
export function proseMass(s: BlockStats, share: number | undefined): number {
  return s.tokens * (s.sentenceEnd ? 1 : 0.5) * (share === undefined ? 1 : Math.min(1, 0.2 + 2.5 * share));
}

/**
 * The share of a block's tokens that are function words of the page's language: stopwords
 * where the language has a list; in Japanese, which has no spaces to split words at, the
 * share of hiragana among its unspaced characters (particles and endings); else undefined.
 *
 * @example
 * functionShare(blockStats('The talks ended.', stopwordsOf('eng')), stopwordsOf('eng'), 'eng'); // 1 / 3
 */
export function functionShare(
  s: BlockStats,
  stopwords: ReadonlySet<string> | undefined,
  language: string,
): number | undefined {
  if (stopwords) return s.stopwords / Math.max(1, s.tokens);
  if (language === 'jpn') return s.unspaced ? s.hiragana / s.unspaced : 0;
  return undefined;
}
// The article's prose starts at the first block below the headline with this share of the
// densest block's mass...
const PROSE_START_SHARE = 0.5;
// ... or this much prose mass (a paragraph of about 20 words that ends a sentence), so an
// article whose comments hold longer paragraphs than its own still starts at its own.
const PROSE_START_MASS = 20;
/**
 * The function-word share of a page's prose: the token-weighted mean share of its long
 * blocks that end a sentence (of all its long blocks when none does), or 0 when it has none.
 * Any per-block rate reads the same way (the prose's characters per token).
 * Prose runs at a share of its own per language (about a half in English and Portuguese, a
 * third in Russian); block shares divided by it compare across languages.
 *
 * @example
 * pageProseShare([0.5, 0], [{ tokens: 12, sentenceEnd: true }, { tokens: 2, sentenceEnd: false }]); // 0.5
 */
export function pageProseShare(
  shares: ArrayLike<number>,
  stats: ReadonlyArray<{ tokens: number; sentenceEnd: boolean }>,
): number {
  let sum = 0,
    weight = 0,
    anySum = 0,
    anyWeight = 0;
  for (let i = 0; i < shares.length; i++) {
    const t = stats[i]!.tokens;
    if (t < LONG) continue;
    anySum += t * shares[i]!;
    anyWeight += t;
    if (stats[i]!.sentenceEnd) {
      sum += t * shares[i]!;
      weight += t;
    }
  }
  return weight ? sum / weight : anyWeight ? anySum / anyWeight : 0;
}
// A block of nothing but function words ("Bom Dia") is capped at this many times the page's.
const MAX_RELATIVE_SHARE = 3;
const SHORT = 5;
const WORD = /[\p{L}\p{N}]+/gu;
/**
 * How many words a run of letters counts as in the headline's title overlap: one, or, for a
 * run in a script written without spaces (a Japanese title is one or two such runs), one per
 * two of its Han or Kana characters and per four Thai ones, as blockStats counts tokens.
 *
 * @example
 * wordWeight('harbour', 0, 7); // 1
 * wordWeight('会議は火曜日に終わった', 0, 11); // 6
 */
export function wordWeight(text: string, start: number, end: number): number {
  let unspaced = 0;
  let thai = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isUnspacedCode(c)) {
      unspaced++;
      if (isThaiCode(c)) thai++;
    }
  }
  return unspacedRunTokens(unspaced, thai);
}

// Math.log1p and Math.log of the small counts the features take logarithms of (tokens, run
// lengths, distances in blocks, repeats), tabled once: the same function of the same number,
// so the same value, without a call per block. Larger counts (and any non-integer) are computed.
const COUNT_TABLE_SIZE = 4096;
const LN_CHARS_MEMO = 512;
const LOG1P_COUNTS = Float64Array.from({ length: COUNT_TABLE_SIZE }, (_, k) => Math.log1p(k));
const LOG_COUNTS = Float64Array.from({ length: COUNT_TABLE_SIZE }, (_, k) => Math.log(k));
// (The counts are sums of non-negative integers from +0, never -0, which log1p keeps as -0.)
const isTabledCount = (x: number): boolean => x >= 0 && x < COUNT_TABLE_SIZE && (x | 0) === x;
const log1pOfCount = (x: number): number => (isTabledCount(x) ? LOG1P_COUNTS[x]! : Math.log1p(x));
const logOfCount = (x: number): number => (isTabledCount(x) ? LOG_COUNTS[x]! : Math.log(x));

/**
 * Computes what the feature vectors of a page need.
 *
 * @example
 * pageFeatures({ texts: ['Home', 'News'], removed: [false, false], language: 'eng' }).stats[0]!.tokens; // 1
 */
export function pageFeatures(page: PageInput): PageFeatures {
  const { texts, removed } = page;
  const n = texts.length;
  const stopwords = stopwordsOf(page.language);
  // A repeated line is read once (repeats.ts): its repeats share the first one's counts.
  const earlier = earlierSameText(n, (i) => texts[i]!);

  // Title overlap with the first block (the page title in scraped pages).
  const first = texts[0] ?? '';
  const titleWords = new Set((first.length > 300 ? '' : first).toLowerCase().match(WORD) ?? []);
  // (length, first code unit) of each title word: a word without a match there is no title
  // word, and is counted without making its string.
  const title = titleIndexOf(titleWords);
  let titleWeight = 0;
  for (const w of titleWords) titleWeight += wordWeight(w, 0, w.length);

  // Each text's counts, and, for a text the headline search reads (300 characters at most,
  // with a title to compare), its title words, counted in the same scan when it is ASCII
  // (titleCounts[3 * i ..]: words, title words, distinct title words' weight; NaN: not ASCII,
  // or not counted). The scan is readOncePerText's, written out for the title counts.
  const tally = titleWords.size ? new TitleTally(title) : undefined;
  const titleCounts = new Float64Array(3 * n).fill(NaN);
  const stats: BlockStats[] = [];
  for (let i = 0; i < n; i++) {
    if (earlier[i]! >= 0) {
      stats.push(stats[earlier[i]!]!);
      continue;
    }
    const text = texts[i]!;
    const counted = tally && text.length <= 300 ? tally : undefined;
    stats.push(scanBlock(text, stopwords, counted));
    if (counted?.ascii) {
      titleCounts[3 * i] = counted.words;
      titleCounts[3 * i + 1] = counted.hits;
      titleCounts[3 * i + 2] = counted.heldWeight;
    }
  }
  // Per-block numbers in typed arrays: a plain array's elements kind follows its values (all
  // whole numbers on one page, fractions on the next), and code compiled for one kind is
  // thrown away on the other; a Float64Array is one kind on every page.
  const tokens = new Float64Array(n);
  for (let i = 0; i < n; i++) tokens[i] = stats[i]!.tokens;
  // functionShare is a number for every block or for none (it depends on the language only).
  const hasShare = n > 0 && functionShare(stats[0]!, stopwords, page.language) !== undefined;
  const shares = new Float64Array(hasShare ? n : 0);
  for (let i = 0; i < shares.length; i++) shares[i] = functionShare(stats[i]!, stopwords, page.language)!;

  // Where the prose is: the prose mass (proseMass) of long lines before and after each
  // block, and the block with the most of it (the article's densest prose, not a tag cloud).
  const mass = new Float64Array(n);
  for (let i = 0; i < n; i++)
    mass[i] = stats[i]!.tokens >= LONG ? proseMass(stats[i]!, hasShare ? shares[i] : undefined) : 0;
  let totalProse = 0;
  for (let i = 0; i < n; i++) totalProse += mass[i]!;
  const proseBefore = new Float64Array(n);
  let running = 0;
  for (let i = 0; i < n; i++) {
    proseBefore[i] = totalProse ? running / totalProse : 0;
    running += mass[i]!;
  }
  let longest = 0;
  for (let i = 1; i < n; i++) if (mass[i]! > mass[longest]!) longest = i;

  // Runs of consecutive long lines: total tokens of the run each long block belongs to.
  const runOf = new Float64Array(n);
  for (let i = 0; i < n;) {
    if (tokens[i]! < LONG) {
      i++;
      continue;
    }
    let j = i;
    let sum = 0;
    while (j < n && tokens[j]! >= LONG) sum += tokens[j++]!;
    for (let k = i; k < j; k++) runOf[k] = sum;
    i = j;
  }

  // Lines repeated on the page (menus shown twice, "Share" rows); long lines cannot be menus.
  // Each block's key (lowered, digit runs as '#'; none over 80 characters) is counted under
  // the first block with that key: keyOf[i] is that block (-1: no key), repeats[j] its count.
  // A block that repeats an earlier text has that text's key, so only new texts are keyed.
  const seen = new Map<string, number>();
  const keyOf = new Int32Array(n);
  const repeats = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let at: number;
    if (earlier[i]! >= 0) at = keyOf[earlier[i]!]!;
    else {
      const t = texts[i]!;
      // (No digit run to replace when the scan met no digit: every ASCII digit is in a token.)
      const key = t.length > 80 ? '' : stats[i]!.digits ? t.toLowerCase().replace(/\d+/g, '#') : t.toLowerCase();
      if (!key) at = -1;
      else {
        const found = seen.get(key);
        if (found === undefined) seen.set(key, (at = i));
        else at = found;
      }
    }
    keyOf[i] = at;
    if (at >= 0) repeats[at]!++;
  }

  // Each block's overlap with the title: the share of its words that are title words, and
  // the share of the title's words it holds. The headline is the block that best does both
  // (the article's own title line under the menus): the body follows it. Computed when the
  // first vector is filled: inputs that are no whole page are never scored.
  let overlaps: Float64Array | undefined;
  let headline = -1;
  // Without a headline line, the title line (the first block) stands for it.
  let head = 0;
  const findHeadline = (): Float64Array => {
    const found = new Float64Array(n);
    let headlineScore = MIN_HEADLINE_SCORE;
    const counts = new Float64Array(3);
    for (let i = 1; i < n && titleWords.size; i++) {
      if (texts[i]!.length > 300) continue;
      // A repeated line overlaps the title as its first copy does and, scoring no higher, is
      // the headline only if that copy is (block 0, the title line itself, is not scored).
      if (earlier[i]! > 0) {
        found[i] = found[earlier[i]!]!;
        continue;
      }
      // An ASCII line was counted by its scan (a repeat of block 0's text by block 0's); any
      // other is lowered and counted here.
      const at = 3 * (earlier[i]! < 0 ? i : earlier[i]!);
      if (titleCounts[at] === titleCounts[at]) {
        counts[0] = titleCounts[at]!;
        counts[1] = titleCounts[at + 1]!;
        counts[2] = titleCounts[at + 2]!;
      } else countTitleWords(texts[i]!.toLowerCase(), title, counts);
      const words = counts[0]!;
      const heldWeight = counts[2]!;
      found[i] = words ? counts[1]! / words : 0;
      const score = found[i]! * (heldWeight / titleWeight);
      if (heldWeight >= 2 && score > headlineScore) {
        headline = i;
        headlineScore = score;
      }
    }
    head = Math.max(0, headline);
    return found;
  };

  // Which cue heading each block follows. The scan starts at the article's first substantial
  // prose below the headline (a block with half the prose mass of the densest one, or a
  // paragraph of PROSE_START_MASS),
  // so a related-stories list that outweighs a short article is still read as after it; with
  // the densest block above the headline (no headline found), at the densest block.
  const cues = readOncePerText(texts, earlier, cueKind);
  const afterCue = new Int32Array(n).fill(-1);
  const afterComments = new Uint8Array(n);
  const afterRelated = new Uint8Array(n);
  const scanCues = (): void => {
    overlaps ??= findHeadline();
    let start = longest;
    if (longest > head) {
      const enough = Math.min(PROSE_START_SHARE * mass[longest]!, PROSE_START_MASS);
      for (let i = head + 1; i < longest; i++)
        if (mass[i]! >= enough) {
          start = i;
          break;
        }
    }
    let lastCue = -1;
    let commentsSeen = false;
    let relatedSeen = false;
    for (let i = start + 1; i < n; i++) {
      afterCue[i] = lastCue;
      afterComments[i] = commentsSeen ? 1 : 0;
      afterRelated[i] = relatedSeen ? 1 : 0;
      if (cues[i]) {
        lastCue = i;
        if (cues[i] === 'comments') commentsSeen = true;
        if (cues[i] === 'related') relatedSeen = true;
      }
    }
    cuesScanned = true;
  };
  let cuesScanned = false;

  let shortBlocks = 0;
  for (const t of tokens) if (t < SHORT) shortBlocks++;
  const pageShortShare = n ? shortBlocks / n : 0;

  // Each is read five times. (A loop: Float64Array.from with a map function walks an iterator.)
  const lnTokenCounts = new Float64Array(n);
  for (let i = 0; i < n; i++) lnTokenCounts[i] = log1pOfCount(tokens[i]!);
  const lnTokens = (i: number) => (i >= 0 && i < n ? lnTokenCounts[i]! : 0);
  // Shares are read relative to the page's own prose (pageProseShare): the function words of
  // Russian or Indonesian prose are a smaller share of its tokens than English ones, and a
  // page in a language the model was not fitted on must not look like an English menu.
  const proseShareRef = hasShare ? pageProseShare(shares, stats) : 0;
  // Lengths in characters are read in units of the page's own prose token (its characters
  // per token): a Japanese token is two characters, a Russian one seven, and a short line of
  // either must not be scored by the length English words have.
  const charsPerTokenOf = new Float64Array(n);
  for (let i = 0; i < n; i++) charsPerTokenOf[i] = stats[i]!.chars / Math.max(1, stats[i]!.tokens);
  const charsPerToken = pageProseShare(charsPerTokenOf, stats) || 1;
  // log1p(chars / charsPerToken) by chars, for the short lengths most blocks have: the same
  // quotient, so the same value (NaN: not computed yet).
  const lnCharsByLength = new Float64Array(LN_CHARS_MEMO).fill(NaN);
  const lnChars = (chars: number): number => {
    if (chars >= LN_CHARS_MEMO) return Math.log1p(chars / charsPerToken);
    let value = lnCharsByLength[chars]!;
    if (value !== value) value = lnCharsByLength[chars] = Math.log1p(chars / charsPerToken);
    return value;
  };
  const stopShare = (i: number) =>
    i >= 0 && i < n && proseShareRef > 0 ? Math.min(MAX_RELATIVE_SHARE, shares[i]! / proseShareRef) : 0;
  const ends = (i: number) => (i >= 0 && i < n && stats[i]!.sentenceEnd ? 1 : 0);
  const fill = (i: number, v: Float64Array): void => {
    const s = stats[i]!;
    const t = Math.max(1, s.tokens);
    const before = proseBefore[i]!;
    const after = totalProse ? Math.max(0, 1 - before - mass[i]! / totalProse) : 0;
    if (!cuesScanned) scanCues();
    const overlap = overlaps![i]!;
    const near = Math.max(i > 0 ? runOf[i - 1]! : 0, i + 1 < n ? runOf[i + 1]! : 0);
    const short = s.tokens < SHORT ? 1 : 0;
    const bulletRun = s.bullet && ((i > 0 && stats[i - 1]!.bullet) || (i + 1 < n && stats[i + 1]!.bullet)) ? 1 : 0;
    let k = 0;
    v[k++] = 1;
    v[k++] = lnTokens(i);
    v[k++] = lnChars(s.chars);
    v[k++] = s.sentenceEnd ? 1 : 0;
    v[k++] = s.endsColon ? 1 : 0;
    v[k++] = s.endsQuestion ? 1 : 0;
    v[k++] = s.capitalised / t;
    v[k++] = s.upper / t;
    v[k++] = s.lower / t;
    v[k++] = s.digits / t;
    v[k++] = s.chars ? s.symbols / s.chars : 0;
    v[k++] = stopShare(i);
    v[k++] = hasShare ? 0 : 1;
    v[k++] = Math.min(1, s.commas / t);
    v[k++] = Math.min(1, s.separators / t);
    v[k++] = s.bullet ? 1 : 0;
    v[k++] = s.link ? 1 : 0;
    v[k++] = s.copyright ? 1 : 0;
    v[k++] = s.quote ? 1 : 0;
    const keyAt = keyOf[i]!;
    v[k++] = keyAt >= 0 && repeats[keyAt]! > 1 ? 1 : 0;
    v[k++] = before;
    v[k++] = after;
    v[k++] = 4 * before * after;
    v[k++] = lnTokens(i - 1);
    v[k++] = lnTokens(i + 1);
    v[k++] = lnTokens(i - 2);
    v[k++] = lnTokens(i + 2);
    v[k++] = log1pOfCount(runOf[i]!);
    v[k++] = log1pOfCount(near);
    v[k++] = log1pOfCount(Math.abs(i - longest));
    v[k++] = n > 1 ? i / (n - 1) : 0;
    v[k++] = overlap;
    v[k++] = i === 0 ? 1 : 0;
    v[k++] = cues[i] ? 1 : 0;
    v[k++] = afterCue[i]! >= 0 ? 1 : 0;
    v[k++] = afterComments[i]!;
    v[k++] = removed[i] ? 1 : 0;
    v[k++] = pageShortShare;
    v[k++] = i > 0 && stats[i - 1]!.endsColon ? 1 : 0;
    v[k++] = bulletRun;
    v[k++] = short;
    v[k++] = short && i > 0 && i + 1 < n && tokens[i - 1]! >= LONG && tokens[i + 1]! >= LONG ? 1 : 0;
    v[k++] = stopShare(i - 1);
    v[k++] = stopShare(i + 1);
    v[k++] = ends(i - 1);
    v[k++] = ends(i + 1);
    v[k++] = keyAt >= 0 ? logOfCount(repeats[keyAt]!) : 0;
    v[k++] = hasCountSuffix(texts[i]!) ? 1 : 0;
    v[k++] = !s.sentenceEnd && s.tokens >= 5 && s.tokens <= 20 ? 1 : 0;
    v[k++] = s.tokens >= LONG ? mass[i]! / s.tokens : 0;
    v[k++] = afterRelated[i]!;
    v[k++] = i > head ? 1 : 0;
    v[k++] = i > head ? log1pOfCount(i - head) : 0;
    v[k++] = i === head ? 1 : 0;
  };
  return {
    stats,
    cues,
    get afterCue() {
      if (!cuesScanned) scanCues();
      return afterCue;
    },
    get headline() {
      overlaps ??= findHeadline();
      return headline;
    },
    fill,
  };
}

/**
 * Every block's feature vector, stored (for training; the rule scores without storing).
 *
 * @example
 * featureVectors(pageFeatures(page)).length === page.texts.length; // true
 */
export function featureVectors(features: PageFeatures): Float64Array[] {
  return features.stats.map((_, i) => {
    const v = new Float64Array(FEATURE_NAMES.length);
    features.fill(i, v);
    return v;
  });
}
