/**
 * Candidate mentions: capitalized word sequences, cleaned up and with titles split off.
 *
 * compromise tags words (Person, City, Organization, ...) but its own people()/places()
 * spans carry punctuation, titles and sentence-initial junk ("Mr. President,”", "And
 * Pavlo Klimkin"), and miss names outside its lexicon. So we chunk the text ourselves:
 *
 * 1. a chunk is a run of name-like words with no punctuation between them, optionally
 *    joined by connectors ("Bank of England", "Organization for Security and Cooperation
 *    in Europe", "Charles de Gaulle"); in ALL-CAPS headlines only words that are not
 *    ordinary English count as name-like;
 * 2. leading words that are never names ("And", "But", "The") and a sentence-initial
 *    ordinary word ("Despite Japan") are dropped;
 * 3. a title is split off ("Deputy Secretary of State | Wendy Sherman", "Russian |
 *    President | Vladimir Putin"), also when written in lower case just before the name
 *    ("Kremlin spokesman | Dmitry Peskov");
 * 4. connectors that do not belong to an organization or place name split the chunk
 *    ("Eugene Rumer and Andrew S Weiss"); a plural title applies to every name it lists
 *    ("Presidents Joe Biden and Vladimir Putin": "President" for both), and names no one
 *    when a single name follows ("leaders Vicenza": a group noun);
 * 5. on table rows, ALL-CAPS words before a figure are names ("NY RANGERS 14 11 3"), and
 *    two names run together without a separator are split (splitJoinedNames).
 */
import { NEVER_NAME_WORDS } from './context-words.js';
import { DIRECTIONS, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, ORG_OPENERS, PLACE_HEADS, PLACE_OPENERS } from '../lexicon/name-parts.js';
import { HONORIFICS, RELATION_CUES, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { Token } from './parse.js';
import { isDemonymWord, lexiconTags, type Vocabulary } from './vocabulary.js';

/**
 * A title written next to a name.
 *
 * @example
 * // text = 'Kremlin spokesman Dmitry Peskov said.'; "Dmitry" is token 2
 * lowercaseTitleBefore(text, tokens, 2); // { text: 'Kremlin spokesman', start: 0, end: 17, honorific: false }
 */
export interface TitleSpan {
  text: string;
  start: number;
  end: number;
  /** True for Mr./Mrs./Dr. and the like (kept for gender and aliases, not listed as a title). */
  honorific: boolean;
  /** Lower-case honorific word ('mr', 'mrs', ...) when `honorific`. */
  word?: string;
  /** True for a relation word ("counterpart", "wife"): a person cue, not a title. */
  relation?: boolean;
  /**
   * The title as listed in `titles` when it differs from the written text: a plural title
   * shared by several names ("Presidents Joe Biden and Vladimir Putin") is listed in the
   * singular ("President") on each of them.
   */
  listed?: string;
  /** True when one written title serves several names (plural "Presidents ... and ..."). */
  shared?: boolean;
  /** True when the title follows the name as an appositive ("Pavlo Klimkin, a Ukrainian Foreign Minister"). */
  after?: boolean;
}

/**
 * A name-shaped span before its type is decided.
 *
 * @example
 * const text = 'Kremlin spokesman Dmitry Peskov said.';
 * const { tokens } = parseText(text);
 * findCandidates(text, tokens, buildVocabulary(tokens))[1];
 * // { first: 2, last: 3, start: 18, end: 31, text: 'Dmitry Peskov' }
 */
export interface Candidate {
  /** Index of the first and last token (inclusive) in the token list. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  title?: TitleSpan;
}

const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam'];
const LEADING_JUNK = new Set(['senior', 'former', 'acting', 'then', 'ex', 'top', 'late', 'veteran']);
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIALS = /^(?:\p{Lu}\.?)+$/u;
const NON_SPACE = /\S/;

/**
 * True for a word written in capitals only ("NATO", "AL-AIN").
 *
 * @example
 * isAllCaps('NATO'); // true
 * isAllCaps('AL-AIN'); // true
 * isAllCaps('Nato'); // false
 * isAllCaps('2021'); // false (no letters)
 */
export function isAllCaps(text: string): boolean {
  return HAS_LETTER.test(text) && !HAS_LOWER.test(text);
}

/**
 * True when compromise tags the token as a name (person, place or organization).
 *
 * @example
 * parseText('Kremlin spokesman Dmitry Peskov said.').tokens.map(hasNameTag);
 * // [false, false, true, true, false]
 */
export function hasNameTag(token: Token): boolean {
  return NAME_TAGS.some((t) => token.tags.has(t));
}

/**
 * The lower-case word without a trailing period ("Gen." -> "gen").
 *
 * @example
 * bare(parseText('Gen. Smith agreed.').tokens[0]!); // 'gen'
 */
export function bare(token: Token): string {
  return token.text.toLowerCase().replace(/\.$/, '');
}

function isTitleHead(token: Token): boolean {
  const w = bare(token);
  return TITLE_HEADS.has(w) || (w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1))) || HONORIFICS.has(w);
}

/**
 * Finds the candidate mentions of a parsed text.
 *
 * @example
 * const text = 'Kremlin spokesman Dmitry Peskov said.';
 * const { tokens } = parseText(text);
 * findCandidates(text, tokens, buildVocabulary(tokens)).map((c) => c.text); // ['Kremlin', 'Dmitry Peskov']
 */
export function findCandidates(source: string, tokens: readonly Token[], vocab: Vocabulary, tableRow: (i: number) => boolean = () => false): Candidate[] {
  const shouting = shoutingSentences(tokens, vocab, tableRow);
  const standalone = new Set(tokens.filter((t) => t.parts === 1 && UPPER_START.test(t.text)).map((t) => t.text.toLowerCase()));
  const ctx: Context = { source, tokens, vocab, shouting, bodyNames: bodyNames(tokens, shouting), standalone, tableRow };
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameLike(ctx, i)) {
      i++;
      continue;
    }
    const members: number[] = [i];
    let k = i;
    for (;;) {
      const n = k + 1;
      if (n < tokens.length && (!boundary(ctx, k, n) || possessiveInName(ctx, k, n)) && nameLike(ctx, n)) {
        members.push(n);
        k = n;
        continue;
      }
      // connector(s) then a name-like word: "of", "of the", "and", "de", "bin"
      let c = n;
      while (c < tokens.length && c - n < 2 && !boundary(ctx, c - 1, c) && isConnector(ctx, c)) c++;
      if (c > n && c < tokens.length && !boundary(ctx, c - 1, c) && nameLike(ctx, c)) {
        for (let m = n; m <= c; m++) members.push(m);
        k = c;
        continue;
      }
      break;
    }
    out.push(...processChunk(ctx, members));
    i = k + 1;
  }
  return out;
}

/**
 * "People's Bank of China", "Panhellenic Seamen's Federation": a possessive inside a name,
 * before the head word of an organization or a place.
 */
function possessiveInName(ctx: Context, k: number, n: number): boolean {
  const a = ctx.tokens[k]!;
  const b = ctx.tokens[n]!;
  if (!a.possessive || !UPPER_START.test(a.text) || !UPPER_START.test(b.text) || ctx.shouting.has(k)) return false;
  if (!/^['’]s\s+$/u.test(ctx.source.slice(a.end, b.start))) return false;
  // "Israel's Army", "Putin's Party": a named owner keeps its own mention
  if (['Person', 'FirstName', 'LastName', 'Country', 'City', 'Place', 'Region'].some((x) => a.tags.has(x))) return false;
  const head = bare(b);
  return ORG_HEADS.has(head) || PLACE_HEADS.has(head);
}

interface Context {
  source: string;
  tokens: readonly Token[];
  vocab: Vocabulary;
  /** Token indexes on lines written mostly in capitals (headlines, table headers). */
  shouting: ReadonlySet<number>;
  /** Lower-case forms of capitalized words used mid-sentence on ordinary lines. */
  bodyNames: ReadonlySet<string>;
  /** Lower-case forms of capitalized words written on their own (not hyphened). */
  standalone: ReadonlySet<string>;
  /** True for tokens on a result row (names and figures only). */
  tableRow: (i: number) => boolean;
}

/** Capitalized words seen mid-sentence outside headlines: what an ALL-CAPS word may be. */
function bodyNames(tokens: readonly Token[], shouting: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (shouting.has(i) || t.sentenceStart || !UPPER_START.test(t.text)) return;
    out.add(t.text.toLowerCase());
  });
  return out;
}


/**
 * Lines where capitals say nothing: ALL-CAPS lines (headlines, table headers) and
 * Title-Case headlines ("Putin and Biden Hold Virtual Summit Amid Ukraine Invasion Fears").
 */
function shoutingSentences(tokens: readonly Token[], vocab: Vocabulary, tableRow: (i: number) => boolean): Set<number> {
  const count = new Map<number, { caps: number; all: number; titled: number; common: number }>();
  // A row of names and figures ("Racing Santander 0 Real Sociedad 0") is no Title-Case headline.
  const rows = new Set<number>();
  let line = -1;
  const lineOf: number[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.sentenceStart) line++;
    lineOf.push(line);
    if (tableRow(i)) rows.add(line);
    if (!HAS_LETTER.test(t.text) || t.text.length < 2 || NAME_CONNECTORS.has(t.text.toLowerCase())) continue;
    const c = count.get(line) ?? { caps: 0, all: 0, titled: 0, common: 0 };
    c.all++;
    if (isAllCaps(t.text)) c.caps++;
    if (UPPER_START.test(t.text)) {
      c.titled++;
      if (!hasNameTag(t) && vocab.isCommonWord(t.text)) c.common++;
    }
    count.set(line, c);
  }
  const lines = new Set<number>();
  for (const [l, c] of count) {
    if (c.all >= 2 && c.caps / c.all >= 0.7) lines.add(l);
    else if (c.all >= 4 && c.titled === c.all && c.common >= 2 && !rows.has(l)) lines.add(l);
  }
  const out = new Set<number>();
  lineOf.forEach((l, idx) => {
    if (lines.has(l)) out.add(idx);
  });
  return out;
}

function nameLike(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  const text = t.text;
  if (!HAS_LETTER.test(text)) return false;
  if (t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Pronoun')) return false;
  if (ctx.shouting.has(i)) {
    // In a headline a capital says nothing: only names the lexicon or the article's body knows.
    const w = text.toLowerCase();
    if (text.length < 2 || NAME_CONNECTORS.has(w)) return false;
    if (ctx.bodyNames.has(w)) return true;
    // "NY RANGERS 14 11 3": on a row of names and figures, the words before a figure are a name.
    if (ctx.tableRow(i) && isAllCaps(text) && /[\p{L}]{2}/u.test(text) && rowNameBeforeFigure(ctx, i)) return true;
    const named = (phrase: string): boolean => {
      const tags = lexiconTags(phrase);
      return !tags.includes('Abbreviation') && tags.some((x) => NAME_TAGS.includes(x) || x === 'ProperNoun');
    };
    if (named(w)) return true;
    // "NEW YORK", "ST LOUIS": a word that is a name only together with its neighbour.
    const prev = ctx.tokens[i - 1];
    const next = ctx.tokens[i + 1];
    return (!!next && named(`${w} ${next.text.toLowerCase()}`)) || (!!prev && named(`${prev.text.toLowerCase()} ${w}`)) ||
      (!!next && ctx.bodyNames.has(`${w} ${next.text.toLowerCase()}`));
  }
  if (UPPER_START.test(text)) {
    // "Russian-backed", "Kremlin-friendly": a capitalized prefix on an ordinary word.
    if (t.parts > 1) {
      const lastPart = text.slice(text.lastIndexOf('-') + 1);
      // ... but "Co-operation", "Non-Proliferation": a bound prefix, one word
      const bound = /^(?:co|re|pre|non|anti|inter|post|sub|multi|trans|counter)-/i.test(text);
      if (lastPart && !UPPER_START.test(lastPart) && !/\d/.test(lastPart) && !bound) return false;
    }
    return true;
  }
  // "al-Assad", "bin-Laden", "de-Gaulle": a lower-case particle hyphened to a name.
  const dash = text.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(text.slice(0, dash).toLowerCase()) && UPPER_START.test(text.slice(dash + 1));
}

/** The word is followed, on its row and without punctuation, by more capitals and then a figure. */
function rowNameBeforeFigure(ctx: Context, i: number): boolean {
  for (let k = i + 1; k < ctx.tokens.length && k <= i + 4; k++) {
    const t = ctx.tokens[k]!;
    if (boundaryBetween(ctx.source, ctx.tokens[k - 1]!, t)) return false;
    if (/^[+-]?\d/.test(t.text)) return true;
    if (!isAllCaps(t.text)) return false;
  }
  return false;
}

function isConnector(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  const w = t.text.toLowerCase();
  if (!NAME_CONNECTORS.has(w)) return false;
  return t.text === w || ctx.shouting.has(i) || t.text === '&';
}

function isAbbreviation(t: Token): boolean {
  return INITIALS.test(t.text) || t.tags.has('Abbreviation') || t.tags.has('Honorific') || HONORIFICS.has(bare(t));
}

/**
 * True when punctuation or a line/sentence break separates tokens a and b.
 *
 * @example
 * const text = 'He said. She left';
 * const { tokens } = parseText(text);
 * boundaryBetween(text, tokens[0]!, tokens[1]!); // false ('He said')
 * boundaryBetween(text, tokens[1]!, tokens[2]!); // true (the period after 'said')
 */
export function boundaryBetween(source: string, a: Token, b: Token): boolean {
  if (a.possessive || NON_SPACE.test(b.pre)) return true;
  const gap = source.slice(a.end, b.start);
  if (gap.includes('\n')) return true;
  // compromise may end a sentence after an initial ("G. Blewett"): an initial never ends a name.
  if (b.sentenceStart && !/^\p{Lu}$/u.test(a.text)) return true;
  const punct = gap.replace(/\s+/g, '');
  if (punct === '') return false;
  if (punct === '.' && isAbbreviation(a)) return false;
  return true;
}

function boundary(ctx: Context, a: number, b: number): boolean {
  return boundaryBetween(ctx.source, ctx.tokens[a]!, ctx.tokens[b]!);
}

/**
 * Splits a candidate on a table row (figures and names only) made of two names the article
 * also writes on their own, run together where the table has no separators ("28-1 Real Madrid Barcelona", "4-1 Barcelona Barcelona").
 * A split needs both halves to be candidates elsewhere in the text and the whole to occur
 * only once, so "Santa Fe Pacific Gold Corp" next to "Santa Fe" stays whole; a name
 * opening with a given name ("Rob Howley" next to "Rob" and "Howley") stays whole too.
 *
 * @example
 * splitJoinedNames(source, tokens, candidates, (i) => layout.resultRow[i]); // "Real Madrid Barcelona" -> "Real Madrid", "Barcelona"
 */
export function splitJoinedNames(source: string, tokens: readonly Token[], cands: readonly Candidate[], inTable: (i: number) => boolean): Candidate[] {
  const count = new Map<string, number>();
  for (const c of cands) count.set(c.text, (count.get(c.text) ?? 0) + 1);
  const out: Candidate[] = [];
  for (const c of cands) {
    const given = ['FirstName', 'MaleName', 'FemaleName'].some((x) => tokens[c.first]!.tags.has(x));
    if (c.title || c.last === c.first || given || !inTable(c.first) || count.get(c.text)! > 1) {
      out.push(c);
      continue;
    }
    let split: Candidate[] | null = null;
    for (let j = c.first + 1; j <= c.last && !split; j++) {
      const left = source.slice(c.start, tokens[j - 1]!.end);
      const right = source.slice(tokens[j]!.start, c.end);
      if (count.has(left) && count.has(right) && /^\p{Lu}/u.test(right)) {
        split = [
          { first: c.first, last: j - 1, start: c.start, end: tokens[j - 1]!.end, text: left },
          { first: j, last: c.last, start: tokens[j]!.start, end: c.end, text: right },
        ];
      }
    }
    out.push(...(split ?? [c]));
  }
  return out;
}

/** Splits one raw chunk into clean candidates. */
function processChunk(ctx: Context, members: number[]): Candidate[] {
  let m = members.slice();
  const toks = (): Token[] => m.map((i) => ctx.tokens[i]!);
  // Words that are never part of a name at the edges ("And", "But", "The", "of").
  while (m.length && !isInitial(ctx, m, 0) && (NEVER_NAME_WORDS.has(bare(ctx.tokens[m[0]!]!)) || isConnector(ctx, m[0]!))) m.shift();
  while (m.length && isConnector(ctx, m[m.length - 1]!)) m.pop();
  if (!m.length) return [];
  const out: Candidate[] = [];
  const title = findTitle(ctx, m);
  if (title) {
    const before = m.slice(0, title.from);
    if (before.length) out.push(...processChunk(ctx, before));
    const rest = m.slice(title.to + 1);
    // "Mr. President": only titles, no name.
    if (rest.every((i) => isTitleHead(ctx.tokens[i]!))) return out;
    const spans = splitConnectors(ctx, rest, true);
    const written = titleSpan(ctx, m[title.from]!, m[title.to]!);
    // "Presidents Joe Biden and Vladimir Putin": a plural title belongs to every name it lists.
    const plural = pluralTitle(ctx.tokens[m[title.to]!]!);
    spans.forEach((span, idx) => {
      const c = toCandidate(ctx, span);
      if (!c) return;
      // "leaders Vicenza", "champions Juventus": a plural role before one name names a group.
      if (plural && spans.length === 1) {
        out.push(c);
        return;
      }
      if (plural) c.title = { ...written, listed: `${written.text.slice(0, written.text.length - plural.length)}${plural.singular}`, shared: true };
      else if (idx === 0) c.title = written;
      out.push(c);
    });
    return out;
  }
  // An ordinary word opening a sentence is not part of the name ("Despite Japan", "Police").
  const head = ctx.tokens[m[0]!]!;
  if (opensSentence(ctx, m[0]!) && !isInitial(ctx, m, 0) && ctx.vocab.isCommonWord(head.text) && !hasNameTag(head) && !isKnownPhrase(toks())) {
    m.shift();
    while (m.length && isConnector(ctx, m[0]!)) m.shift();
    if (!m.length) return [];
  }
  while (m.length > 1 && LEADING_JUNK.has(bare(ctx.tokens[m[0]!]!))) m.shift();
  // "the French Emmanuel Macron": a nationality before a name is not part of it
  // (but "Russian Foreign Ministry", "Russian Orthodox Church" keep it).
  const endsWithHead = (ids: number[]): boolean => {
    const tail = bare(ctx.tokens[ids[ids.length - 1]!]!);
    return ORG_HEADS.has(tail) || PLACE_HEADS.has(tail);
  };
  while (m.length > 1 && isDemonymWord(ctx.tokens[m[0]!]!.text) && !endsWithHead(m)) {
    m.shift();
    // "the Russian and Turkish leaders": the connector goes with the nationality before it
    while (m.length && isConnector(ctx, m[0]!)) m.shift();
  }
  // nationality words alone ("Turkish", "Russian and Turkish") name no one
  if (!m.length || m.every((i) => isDemonymWord(ctx.tokens[i]!.text) || isConnector(ctx, i))) return out;
  // "a Ukrainian Foreign Minister": only nationality and title words, no name.
  if (m.some((i) => isTitleHead(ctx.tokens[i]!)) && m.every((i) => isTitleWord(ctx.tokens[i]!) || isDemonymWord(ctx.tokens[i]!.text))) return out;
  for (const span of splitConnectors(ctx, m, false)) {
    out.push(...splitHyphenNames(ctx, span));
  }
  return out;
}

/**
 * The singular of a plural title head ("Presidents" -> "President", "Ministers" ->
 * "Minister"), with the length of the written plural, or null when the head is singular.
 */
function pluralTitle(head: Token): { singular: string; length: number } | null {
  const w = head.text;
  const lower = w.toLowerCase();
  if (!lower.endsWith('s') || TITLE_HEADS.has(lower) || HONORIFICS.has(lower)) return null;
  const singular = w.slice(0, -1);
  return TITLE_HEADS.has(singular.toLowerCase()) ? { singular, length: w.length } : null;
}

/**
 * The k-th chunk word is an initial: one capital letter written with its period and
 * followed by more of the name ("C. Cairns", "A. Parore"; not the article "A Parore").
 */
function isInitial(ctx: Context, m: number[], k: number): boolean {
  const t = ctx.tokens[m[k]!]!;
  return k + 1 < m.length && /^\p{Lu}$/u.test(t.text) && ctx.source[t.end] === '.';
}

function isTitleWord(t: Token): boolean {
  const w = bare(t);
  return isTitleHead(t) || TITLE_MODIFIERS.has(w);
}

/**
 * "Putin-Biden", "Russia-US": a single hyphened word whose parts are each names known on
 * their own (lexicon or the article's body) is two mentions, not one name.
 */
function splitHyphenNames(ctx: Context, m: number[]): Candidate[] {
  const whole = toCandidate(ctx, m);
  if (!whole) return [];
  if (m.length !== 1) return [whole];
  const t = ctx.tokens[m[0]!]!;
  if (t.parts < 2) return [whole];
  const pieces = t.text.split('-');
  const known = (p: string): boolean => {
    const w = p.toLowerCase();
    return UPPER_START.test(p) && p.length > 1 && (ctx.standalone.has(w) || lexiconTags(w).some((x) => NAME_TAGS.includes(x)));
  };
  if (!pieces.every(known)) return [whole];
  const out: Candidate[] = [];
  let offset = t.start;
  for (const p of pieces) {
    out.push({ first: m[0]!, last: m[0]!, start: offset, end: offset + p.length, text: p });
    offset += p.length + 1;
  }
  return out;
}

/**
 * The word starts a sentence, a line, a quotation or follows a colon.
 *
 * @example
 * const source = 'Gen. Smith agreed: "No."';
 * const { tokens } = parseText(source);
 * tokens.map((t, i) => opensSentence({ source, tokens }, i)); // [true, false, false, true]
 */
export function opensSentence(ctx: { source: string; tokens: readonly Token[] }, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.sentenceStart) return true;
  if (/["“‘«(]/.test(t.pre)) return true;
  const prev = ctx.tokens[i - 1];
  if (!prev) return true;
  const gap = ctx.source.slice(prev.end, t.start);
  return /[:"“”«»;]|\s[-–—]\s/.test(gap);
}

function isKnownPhrase(tokens: Token[]): boolean {
  if (tokens.length < 2) return false;
  return lexiconTags(tokens.map((t) => t.text.toLowerCase()).join(' ')).length > 0;
}

/**
 * A title inside a chunk: modifiers and heads ending in a head, optionally with an
 * "of X" tail ("Secretary of State"), followed by at least one name word.
 */
function findTitle(ctx: Context, m: number[]): { from: number; to: number } | null {
  const toks = m.map((i) => ctx.tokens[i]!);
  if (isKnownPhrase(toks)) return null;
  for (let s = 0; s < toks.length - 1; s++) {
    let k = s;
    let lastHead = -1;
    while (k < toks.length - 1) {
      const t = toks[k]!;
      const w = bare(t);
      if (isTitleHead(t)) {
        lastHead = k;
        k++;
        if (k + 1 < toks.length - 1 && bare(toks[k]!) === 'of' && isConnector(ctx, m[k]!)) {
          lastHead = k + 1;
          k += 2;
        }
        continue;
      }
      if (TITLE_MODIFIERS.has(w) || DIRECTIONS.has(w)) {
        k++;
        continue;
      }
      break;
    }
    if (lastHead < 0) continue;
    const rest = toks.slice(lastHead + 1);
    if (!rest.length || isConnector(ctx, m[lastHead + 1]!)) continue;
    // "General Motors", "Prince Edward Island", "Foreign Ministry": the rest is a name with a head noun.
    const tail = bare(rest[rest.length - 1]!);
    if (rest.length === 1 && (ORG_HEADS.has(tail) || PLACE_HEADS.has(tail))) continue;
    if (rest.length > 1 && (ORG_HEADS.has(tail) || PLACE_HEADS.has(tail)) && !HONORIFICS.has(bare(toks[lastHead]!))) continue;
    return { from: s, to: lastHead };
  }
  return null;
}

function titleSpan(ctx: Context, from: number, to: number): TitleSpan {
  const a = ctx.tokens[from]!;
  const b = ctx.tokens[to]!;
  const word = bare(a);
  const honorific = from === to && HONORIFICS.has(word);
  let end = b.end;
  if (honorific && ctx.source[end] === '.') end++;
  const span: TitleSpan = { text: ctx.source.slice(a.start, end), start: a.start, end, honorific };
  if (honorific) span.word = word;
  return span;
}

/** Splits a chunk at connectors that do not belong to an organization or place name. */
function splitConnectors(ctx: Context, m: number[], personal: boolean): number[][] {
  if (m.length < 3) return [m];
  const toks = m.map((i) => ctx.tokens[i]!);
  if (isKnownPhrase(toks)) return [m];
  const firstWord = bare(toks[0]!);
  const orgShaped =
    !personal &&
    (ORG_OPENERS.has(firstWord) || ORG_HEADS.has(firstWord) || PLACE_OPENERS.has(firstWord)) &&
    toks.length > 2 &&
    ['of', 'for', 'on', 'in'].includes(bare(toks[1]!));
  const parts: number[][] = [];
  let current: number[] = [];
  for (let j = 0; j < m.length; j++) {
    const t = toks[j]!;
    if (!isConnector(ctx, m[j]!)) {
      current.push(m[j]!);
      continue;
    }
    const w = bare(t);
    const left = bare(toks[j - 1] ?? t);
    const keep =
      w === '&' ||
      (NAME_PARTICLES.has(w) && w !== 'the') ||
      orgShaped ||
      (!personal && ['of', 'for', 'the'].includes(w) &&
        (ORG_OPENERS.has(left) || ORG_HEADS.has(left) || PLACE_OPENERS.has(left) || PLACE_HEADS.has(left) ||
          (w === 'the' && j > 0 && ['of', 'for'].includes(left))));
    if (keep) {
      current.push(m[j]!);
      continue;
    }
    if (current.length) parts.push(current);
    current = [];
  }
  if (current.length) parts.push(current);
  return parts.map((p) => {
    let q = p;
    while (q.length && isConnector(ctx, q[0]!)) q = q.slice(1);
    while (q.length && isConnector(ctx, q[q.length - 1]!)) q = q.slice(0, -1);
    return q;
  }).filter((p) => p.length > 0);
}

function toCandidate(ctx: Context, m: number[]): Candidate | null {
  if (!m.length) return null;
  const a = ctx.tokens[m[0]!]!;
  const b = ctx.tokens[m[m.length - 1]!]!;
  return { first: m[0]!, last: m[m.length - 1]!, start: a.start, end: b.end, text: ctx.source.slice(a.start, b.end) };
}

/**
 * A lower-case title right before a candidate ("Kremlin spokesman", "State Department
 * spokesman", "U.S. national security adviser", "goalkeeper"), or null.
 *
 * @example
 * lowercaseTitleBefore(source, tokens, 2); // { text: 'Kremlin spokesman', ... }
 */
export function lowercaseTitleBefore(source: string, tokens: readonly Token[], first: number): TitleSpan | null {
  const p = first - 1;
  const head = tokens[p];
  if (!head || boundaryBetween(source, head, tokens[first]!)) return null;
  if (UPPER_START.test(head.text)) return null;
  if (!isTitleHead(head) && !head.tags.has('Actor')) return null;
  // "leaders Vicenza", "rivals Arsenal": a plural role before a name names a group, not a title.
  if (pluralTitle(head)) return null;
  if (NEVER_NAME_WORDS.has(bare(head))) return null;
  let q = p;
  while (q - 1 >= 0 && p - (q - 1) <= 5) {
    const t = tokens[q - 1]!;
    if (boundaryBetween(source, t, tokens[q]!)) break;
    const w = bare(t);
    if (NEVER_NAME_WORDS.has(w) || !HAS_LETTER.test(t.text)) break;
    if (TITLE_MODIFIERS.has(w) || UPPER_START.test(t.text) || (t.tags.has('Adjective') && !t.tags.has('Noun'))) {
      q--;
      continue;
    }
    break;
  }
  const span: TitleSpan = { text: source.slice(tokens[q]!.start, head.end), start: tokens[q]!.start, end: head.end, honorific: false };
  if (RELATION_CUES.has(bare(head))) span.relation = true;
  return span;
}
