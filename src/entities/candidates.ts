/**
 * The shapes of a name candidate and the token tests the entity stage shares: what a
 * candidate and a title written next to it look like, whether punctuation or a line break
 * separates two tokens, whether a word opens a sentence, and a lower-case title right before
 * a name ("Kremlin spokesman | Dmitry Peskov").
 *
 * Candidates themselves come from the learned tagger (tagger/) and the span corrections of
 * spans.ts.
 */
import { NEVER_NAME_WORDS, isCompanyKindNoun, isOperatorField } from './context-words.js';
import { HONORIFICS, RELATION_CUES, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { Token } from './parse.js';

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
 * // "Dmitry Peskov" in 'Kremlin spokesman Dmitry Peskov said.'
 * const c: Candidate = { first: 2, last: 3, start: 18, end: 31, text: 'Dmitry Peskov' };
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

// prettier-ignore
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam'];
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIALS = /^(?:\p{Lu}\.?)+$/u;
const NON_SPACE = /\S/;

/**
 * True for a word in lower case: letters, with the hyphens, dashes and apostrophes of a
 * compound or a contraction ("well-known", "doesn’t"). A name has no such word at its
 * edges; a lower-case word before a capital tells the capital is a name.
 *
 * @example
 * isLowerWord('doesn’t'); // true
 * isLowerWord('Lind'); // false
 */
export function isLowerWord(text: string): boolean {
  return LOWER_WORD.test(text);
}
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{Pd}'’]*$/u;

/**
 * True for a word in Title Case: one capital, then lower-case letters only ("Varco"; not
 * "VARCO", "McKay", "Jean-Marie" or "Varco's").
 *
 * @example
 * isTitleCaseWord('Energy'); // true
 * isTitleCaseWord('NATO'); // false
 */
export function isTitleCaseWord(text: string): boolean {
  return TITLE_CASE_WORD.test(text);
}
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

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

function isAbbreviation(t: Token): boolean {
  return INITIALS.test(t.text) || t.tags.has('Abbreviation') || t.tags.has('Honorific') || HONORIFICS.has(bare(t));
}

/**
 * The first token of each token's line: a line ends where the text between two tokens holds a
 * line break.
 *
 * @example
 * const text = 'Putin spoke.\nBiden left';
 * lineStarts(text, parseText(text).tokens); // [0, 0, 2, 2]
 */
export function lineStarts(source: string, tokens: readonly Token[]): number[] {
  const out = new Array<number>(tokens.length);
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && source.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) first = i;
    out[i] = first;
  }
  return out;
}

/**
 * True when exactly one plain space separates `left` from `right` in `source`: the two are written as one phrase
 * ("New York"), not across a line break, a comma or a double space. Works on tokens and on candidate spans alike.
 *
 * @example
 * const text = 'New York, Paris';
 * const { tokens } = parseText(text);
 * oneSpaceBetween(text, tokens[0]!, tokens[1]!); // true
 * oneSpaceBetween(text, tokens[1]!, tokens[2]!); // false (a comma between)
 */
export function oneSpaceBetween(source: string, left: { end: number }, right: { start: number }): boolean {
  return right.start - left.end === 1 && source.charCodeAt(left.end) === 32;
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
 * The 's written after a name, and what follows it when the 's is the name's own, not an owner's
 * ("Kestrel 's was sold", "rated A1 by Varco 's .", "ordered Kestrel 's to pay"): a stop, a comma,
 * a colon, a spaced dash, or a verb or "to" that no possessive is followed by. A line break
 * (a line wrapped after an owner), a closing parenthesis ("( Varnia 's ) stand") or "and"
 * ("Hale 's and Ode 's times") tells nothing. Nor does a name the text also writes bare: "such as
 * Taylor's." leaves a noun out after an owner.
 */
const OWN_POSSESSIVE = /^\s*['’‘][sS](?=\s*[.,;:](?!\d)|[ \t]+[-–][ \t]|[ \t]+(?:was|were|has|had|to)\b)/u;

/**
 * The names of a text whose 's is part of the name (a firm or a place named after a founder or a
 * saint: "Kestrel's", "St. Oda's"), by the name's last word: the text writes the 's once where no
 * owner's 's can stand (`OWN_POSSESSIVE`). Every "Name 's" of that word in the text is then the
 * name with its 's ("Kestrel 's stock"): one name, one spelling per text.
 *
 * @example
 * const source = "Kestrel 's was sold . Kestrel 's stock rose .";
 * ownPossessiveNames(source, parseText(source).tokens); // Set { 'Kestrel' }
 */
export function ownPossessiveNames(source: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens)
    if (t.possessive && /^\p{Lu}/u.test(t.text) && OWN_POSSESSIVE.test(source.slice(t.end, t.end + 12)))
      out.add(t.text);
  // A name the text also writes without its 's is an owner's ("Taylor said … such as Taylor's."):
  // the 's before the stop stands for a noun left out.
  if (out.size > 0) for (const t of tokens) if (!t.possessive && out.has(t.text)) out.delete(t.text);
  return out;
}

/**
 * The length of the 's after token `t` when it is part of the name (`ownPossessiveNames`), else 0.
 *
 * @example
 * ownPossessiveLength(source, tokens[0], new Set(['Kestrel'])); // 3 for "Kestrel 's stock"
 */
export function ownPossessiveLength(source: string, t: Token, own: ReadonlySet<string>): number {
  if (!t.possessive || !own.has(t.text)) return 0;
  return /^\s*['’‘][sS]/u.exec(source.slice(t.end, t.end + 4))?.[0].length ?? 0;
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
  // "vehicle-maker Lind", "the retailer Tessa": a kind of company, not a person's title
  if (isCompanyKindNoun(bare(head))) return null;
  // "the grid operator Varco": an operator of a field is a company (isOperatorField)
  const field = tokens[p - 1];
  if (bare(head) === 'operator' && field && !UPPER_START.test(field.text) && isOperatorField(bare(field))) return null;
  // "leaders Udinese", "rivals Arsenal": a plural role before a name names a group, not a title.
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
  const span: TitleSpan = {
    text: source.slice(tokens[q]!.start, head.end),
    start: tokens[q]!.start,
    end: head.end,
    honorific: false,
  };
  if (RELATION_CUES.has(bare(head))) span.relation = true;
  return span;
}
