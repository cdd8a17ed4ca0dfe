/**
 * One compromise parse per text, turned into a flat list of word tokens with exact offsets.
 *
 * compromise is run once (`nlp(text)`); this stage's rules read the tokens built from that
 * parse instead of parsing again, and a caller may reuse one parse for several calls
 * (`extractEntitiesFromParse`). We only read compromise's output: no plugins, words or
 * tags are ever registered in its global world.
 *
 * Tokens differ from compromise terms in four ways that matter for names:
 * - hyphen-joined terms are one token ("AL-AIN", "NATO-Russia", "Jean-Marie"), as in
 *   newswire tokenization, except an outlet's name glued to the end of a headline line
 *   ("...heroes-Lotusnet");
 * - a term holding two words with no space between is cut in two: sentences glued by their
 *   period ("forum.The"), names joined by a slash ("Evening News/Kite News") and two words
 *   glued where a space was lost ("theVarnak", lexicon/glued-words.ts);
 * - a possessive suffix ('s, ’s, ‘s) is cut off the token and remembered as a boundary;
 * - punctuation-only terms (", \"" in tokenized text) and empty contraction terms are
 *   dropped and act as boundaries.
 */
import nlp from 'compromise';
import { assertText } from '../core/errors.js';
import { pieceBounds } from './guard.js';
import { tagText } from './compromise-tags.js';
import { lexiconTags } from './vocabulary.js';
import { GLUED_MIN_LENGTH, gluedSplit } from '../lexicon/glued-words.js';
import { gluedSentenceBreaks } from '../lexicon/sentences.js';

/**
 * The compromise document type (a View of the whole text).
 *
 * @example
 * const { doc } = parseText(text); doc.sentences().length;
 */
export type CompromiseDoc = ReturnType<typeof nlp>;

/**
 * One word of the text as this stage sees it.
 *
 * @example
 * parseText('Iran‘s plan').tokens[0]; // { text: 'Iran', possessive: true, ... }
 */
export interface Token {
  /** The word as written, without possessive suffix: `source.slice(start, end) === text`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** compromise tags of the word (union over hyphen-joined parts). */
  readonly tags: ReadonlySet<string>;
  /** compromise tags of the first and last hyphen-joined part. */
  readonly firstTags: ReadonlySet<string>;
  readonly lastTags: ReadonlySet<string>;
  /** Number of hyphen-joined parts (1 for a plain word). */
  readonly parts: number;
  /** Punctuation written before / after the word (compromise's pre/post, plus 's). */
  readonly pre: string;
  readonly post: string;
  /** Index of the compromise sentence holding the word. */
  readonly sentence: number;
  /** True when the word is the first word of its sentence (or of a line). */
  readonly sentenceStart: boolean;
  /** True when a possessive 's followed the word (cut off `text`). */
  readonly possessive: boolean;
}

/**
 * A parsed text: the source string, compromise's document and our word tokens. Treat it
 * as opaque outside this stage; `doc` is exposed for callers who want compromise's own
 * views of the same parse (no newsnorm stage reads it).
 *
 * @example
 * const parsed = parseText('Kremlin spokesman Dmitry Peskov said.');
 * parsed.tokens.map((t) => t.text); // ['Kremlin', 'spokesman', 'Dmitry', 'Peskov', 'said']
 */
export interface ParsedText {
  readonly text: string;
  /**
   * compromise's document of the first piece (the whole text for an ordinary article;
   * see `pieces` and guard.ts). Read it; do not mutate it.
   */
  readonly doc: CompromiseDoc;
  /**
   * The parse in pieces, each with its offset in `text`: whole lines grouped up to
   * PIECE_LIMIT characters, and no sentence longer than SENTENCE_LIMIT (guard.ts), so that
   * parsing is linear on any input. One piece for a text under PIECE_LIMIT characters; of a
   * text in several pieces, a piece's document but the first is parsed again when first read
   * (memory).
   */
  readonly pieces: ReadonlyArray<{ readonly start: number; readonly doc: CompromiseDoc }>;
  readonly tokens: readonly Token[];
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

const POSSESSIVE = /['’‘`´]s$/i;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHE_END = /['’‘`´]$/;

/**
 * Parses a text with compromise once and returns its word tokens.
 *
 * @example
 * const parsed = parseText("Iran‘s nuclear program");
 * parsed.tokens[0]; // { text: 'Iran', possessive: true, ... }
 */
export function parseText(text: string): ParsedText {
  assertText(text, 'parseText');
  const pieces: Array<{ start: number; doc: CompromiseDoc }> = [];
  const tokens: Token[] = [];
  const bounds = pieceBounds(text);
  const intern = tagInterner();
  const glued = gluedSentenceBreaks(text);
  let sentenceBase = 0;
  for (const [start, end] of bounds) {
    const doc = tagText(start === 0 && end === text.length ? text : text.slice(start, end));
    doc.compute('offset');
    // A text of several pieces keeps only the first piece's compromise document (`doc`) in
    // memory (the tokens hold all this stage reads): another piece's document is parsed again
    // if a caller reads it.
    pieces.push(pieces.length === 0 ? { start, doc } : lazyPiece(text, start, end));
    const sentences = (doc as unknown as { document: RawTerm[][] }).document;
    sentences.forEach((terms, index) => {
      const sentence = sentenceBase + index;
      let first = true;
      let i = 0;
      while (i < terms.length) {
        let j = i;
        while (
          j + 1 < terms.length &&
          terms[j]!.post === '-' &&
          terms[j + 1]!.pre === '' &&
          adjacent(terms[j]!, terms[j + 1]!) &&
          !isOutletSuffix(text, start, terms, j)
        )
          j++;
        const token = makeToken(text, terms, i, j, sentence, first, start, intern);
        if (token) {
          tokens.push(...cutGlued(token, glued, intern));
          first = false;
        }
        i = j + 1;
      }
    });
    sentenceBase += sentences.length;
  }
  return { text, doc: pieces[0]!.doc, pieces, tokens: markLineStarts(text, tokens) };
}

/** One parsed piece whose compromise document is made again on first read (and kept). */
function lazyPiece(text: string, start: number, end: number): { start: number; doc: CompromiseDoc } {
  let doc: CompromiseDoc | undefined;
  return {
    start,
    get doc(): CompromiseDoc {
      if (!doc) {
        doc = tagText(text.slice(start, end));
        doc.compute('offset');
      }
      return doc;
    },
  };
}

/**
 * One shared, frozen-by-convention tag set per distinct list of tags: tokens do not keep
 * compromise's terms alive, and a megabyte of repeated words holds a few hundred sets, not
 * hundreds of thousands.
 */
function tagInterner(): (tags: Iterable<string>) => ReadonlySet<string> {
  const seen = new Map<string, ReadonlySet<string>>();
  return (tags) => {
    let key = '';
    for (const t of tags) key += `${t}|`;
    let set = seen.get(key);
    if (!set) {
      set = new Set(tags);
      seen.set(key, set);
    }
    return set;
  };
}

function adjacent(a: RawTerm, b: RawTerm): boolean {
  if (!a.offset || !b.offset) return false;
  return a.offset.start + a.offset.length + 1 === b.offset.start;
}

function makeToken(
  source: string,
  terms: RawTerm[],
  i: number,
  j: number,
  sentence: number,
  first: boolean,
  base: number,
  intern: (tags: Iterable<string>) => ReadonlySet<string>,
): Token | null {
  const a = terms[i]!;
  const b = terms[j]!;
  if (!a.offset || !b.offset) return null;
  const start = base + a.offset.start;
  let end = base + b.offset.start + b.offset.length;
  if (end <= start || end > source.length) return null;
  let word = source.slice(start, end);
  if (!HAS_WORD_CHAR.test(word)) return null;
  let post = b.post;
  let possessive = false;
  if (POSSESSIVE.test(word) && word.length > 2) {
    end -= 2;
    word = source.slice(start, end);
    post = source.slice(end, end + 2) + post;
    possessive = true;
  } else if (terms[j + 1]?.text === 's' && APOSTROPHE_END.test(terms[j + 1]!.pre)) {
    // Tokenized possessive: "Bitar 's" -> the next term is "s" with pre "'".
    possessive = true;
  }
  // A bare "s" after an apostrophe is the tail of a tokenized possessive, not a word.
  if (word === 's' && APOSTROPHE_END.test(a.pre)) return null;
  const all: string[] = [];
  for (let k = i; k <= j; k++) for (const t of terms[k]!.tags) all.push(t);
  const tags = intern(all);
  return {
    text: word,
    start,
    end,
    tags,
    firstTags: i === j ? tags : intern(a.tags),
    lastTags: i === j ? tags : intern(b.tags),
    parts: j - i + 1,
    pre: a.pre,
    post,
    sentence,
    sentenceStart: first,
    possessive,
  };
}

/**
 * A compromise term that holds two words with no space between, cut in two, each part with
 * its dictionary tags (the term's own tags describe neither): two sentences glued by their
 * period ("forum.The", at the offsets of `gluedSentenceBreaks`), and two names joined by a
 * slash ("Evening News/Kite News"; not "CDU/CSU", "and/or" or an address).
 */
function cutGlued(
  token: Token,
  glued: readonly number[],
  intern: (tags: Iterable<string>) => ReadonlySet<string>,
): Token[] {
  if (token.parts !== 1) return [token];
  const cut = nextCut(token, glued);
  if (!cut) return [token];
  const left = token.text.slice(0, cut.leftEnd - token.start);
  const right = token.text.slice(cut.rightStart - token.start);
  const leftTags = intern(lexiconTags(left.toLowerCase()));
  const rightTags = intern(lexiconTags(right.toLowerCase()));
  const mark = token.text.slice(cut.leftEnd - token.start, cut.rightStart - token.start);
  return [
    {
      ...token,
      text: left,
      end: cut.leftEnd,
      tags: leftTags,
      firstTags: leftTags,
      lastTags: leftTags,
      post: mark,
      possessive: false,
    },
    ...cutGlued(
      {
        ...token,
        text: right,
        start: cut.rightStart,
        tags: rightTags,
        firstTags: rightTags,
        lastTags: rightTags,
        pre: '',
        sentenceStart: cut.sentence,
      },
      glued,
      intern,
    ),
  ];
}

/** Prefixes that a hyphen joins to a name as one word ("anti-Western", "pro-Kremlin", "ex-Soviet"). */
const NAME_PREFIXES =
  /^(?:anti|pro|non|ex|post|pre|mid|neo|pan|inter|trans|sub|super|ultra|semi|multi|counter|quasi|all)$/;

/**
 * True for a prefix that a hyphen joins to a name as one word, in any case ("anti" in
 * "anti-Western", "Pro" in "Pro-Kremlin").
 *
 * @example
 * isNamePrefix('Anti'); // true
 * isNamePrefix('Lenmark'); // false
 */
export function isNamePrefix(word: string): boolean {
  return NAME_PREFIXES.test(word.toLowerCase());
}

/**
 * "... pays tribute to the heroes-Lotusnet" at the end of a headline line: the outlet's name
 * glued by a hyphen to the last word of the title (a `<title>` "Headline - Outlet" whose
 * spaces were lost). The name stays a word of its own: a lower-case word, a hyphen, a
 * capitalized last part, and at most three capitalized words more before the end of the line.
 */
function isOutletSuffix(text: string, base: number, terms: readonly RawTerm[], j: number): boolean {
  const [word, name, after] = [terms[j]!, terms[j + 1]!, terms[j + 2]];
  if (!/^\p{Ll}{3,}$/u.test(word.text) || isNamePrefix(word.text) || !/^\p{Lu}/u.test(name.text)) return false;
  if (after && name.post === '-' && after.pre === '') return false;
  if (!name.offset) return false;
  const end = base + name.offset.start + name.offset.length;
  return /^(?:[^\S\n]+\p{Lu}[\p{L}.]*){0,3}[^\S\n]*(?:\n|$)/u.test(text.slice(end, end + 60));
}

const NAME_SLASH = /\p{Ll}\/(?=\p{Lu}\p{Ll})/u;

/** The first cut inside a token: [leftEnd, rightStart) is the mark between its two words. */
function nextCut(
  token: Token,
  glued: readonly number[],
): { leftEnd: number; rightStart: number; sentence: boolean } | null {
  let lo = 0;
  let hi = glued.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (glued[mid]! <= token.start + 1) lo = mid + 1;
    else hi = mid;
  }
  const at = glued[lo];
  const sentence = at !== undefined && at < token.end ? at : Infinity;
  const slash = /[.:@]/.test(token.text) ? null : NAME_SLASH.exec(token.text);
  const slashAt = slash ? token.start + slash.index + 1 : Infinity;
  if (sentence === Infinity && slashAt === Infinity) return gluedWordsCut(token);
  return sentence < slashAt
    ? { leftEnd: sentence - 1, rightStart: sentence, sentence: true }
    : { leftEnd: slashAt, rightStart: slashAt + 1, sentence: false };
}

/**
 * Two words glued without a space ("theVeneto", "Lombardiawhich": lexicon/glued-words.ts)
 * are two tokens, so a name is not read with a word of the sentence stuck to it. Not a
 * handle or hashtag, and not a word with an apostrophe or figures.
 */
function gluedWordsCut(token: Token): { leftEnd: number; rightStart: number; sentence: boolean } | null {
  if (token.text.length < GLUED_MIN_LENGTH || /[@#]$/.test(token.pre) || /['’\d.]/.test(token.text)) return null;
  const split = gluedSplit(token.text);
  if (!split) return null;
  const at = token.start + split.left.length;
  // "FridayThe": a capitalized left part splits only before a sentence opener
  return { leftEnd: at, rightStart: at, sentence: /^\p{Lu}/u.test(split.left) && /^\p{Lu}/u.test(split.right) };
}

/** A word right after a newline (a headline, a dateline, a table row) also starts a "sentence". */
function markLineStarts(source: string, tokens: Token[]): Token[] {
  return tokens.map((t, k) => {
    if (t.sentenceStart || k === 0) return t.sentenceStart ? t : { ...t, sentenceStart: true };
    const gap = source.slice(tokens[k - 1]!.end, t.start);
    return gap.includes('\n') ? { ...t, sentenceStart: true } : t;
  });
}
