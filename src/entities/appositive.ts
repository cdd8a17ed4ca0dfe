/**
 * Appositive titles: a title written after the name, set off by a comma ("Pavlo Klimkin,
 * a Ukrainian Foreign Minister, explained", "Maxim Samorukov, a fellow at the Moscow
 * Carnegie Center, wrote", "Dmitry Peskov, Kremlin spokesman, said").
 *
 * Shape: `NAME , [a|an|the] MODIFIERS HEAD [at|of|for|with|from [the] Capitalized Name
 * [in|of|from Capitalized Name]]` and then a comma, a period or the end of the text
 * ("Mara Lintz, investment strategist at Harlow Partners in St. Louis."). MODIFIERS are title
 * modifiers ("deputy", "former"), nationality words ("Ukrainian"), capitalized words
 * ("Foreign", "Kremlin") and up to two lower-case nouns or adjectives ("investment");
 * HEAD is a title head ("minister", "fellow", "spokesman"; "chief executive"), not a
 * relation word ("counterpart", "wife"). The title must close the appositive: "Japan, the host nation,"
 * is not a title because "nation" is no title head.
 */
import { bare, boundaryBetween, type TitleSpan } from './candidates.js';
import { NAME_CONNECTORS } from '../lexicon/name-parts.js';
import { isAbbreviation } from '../lexicon/abbreviations.js';
import { RELATION_CUES, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { Token } from './parse.js';
import { isDemonymWord } from './vocabulary.js';

// prettier-ignore
/**
 * The articles, lower-case.
 *
 * @example
 * ARTICLES.has('an'); // true
 */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
// prettier-ignore
const TAIL_PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'from']);
/** A second phrase after the tail's name: "at Harlow Partners | in St. Louis". */
// prettier-ignore
const SECOND_TAIL = new Set(['in', 'of', 'from']);
const MAX_COMMON_MODIFIERS = 2;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const MAX_MODIFIERS = 5;

/**
 * The appositive title after the candidate ending at token `last`, or null.
 *
 * @example
 * // "Pavlo Klimkin, a Ukrainian Foreign Minister, explained"
 * appositiveTitleAfter(source, tokens, 1); // { text: 'Ukrainian Foreign Minister', after: true, ... }
 */
export function appositiveTitleAfter(source: string, tokens: readonly Token[], last: number): TitleSpan | null {
  const name = tokens[last];
  const firstWord = tokens[last + 1];
  if (!name || !firstWord || name.possessive) return null;
  // A single comma (and nothing else) between the name and the appositive.
  if (source.slice(name.end, firstWord.start).replace(/\s+/g, '') !== ',' || firstWord.pre.replace(/\s+/g, '') !== '')
    return null;
  let k = last + 1;
  if (ARTICLES.has(firstWord.text.toLowerCase())) k++;
  const from = k;
  let head = -1;
  let common = 0;
  while (k < tokens.length && k - from <= MAX_MODIFIERS) {
    if (k > from && boundaryBetween(source, tokens[k - 1]!, tokens[k]!)) break;
    const t = tokens[k]!;
    const w = bare(t);
    if (isHead(w) || (w === 'executive' && k > from && bare(tokens[k - 1]!) === 'chief')) {
      head = k;
      k++;
      continue;
    }
    if (TITLE_MODIFIERS.has(w) || isDemonymWord(t.text) || (UPPER_START.test(t.text) && !NAME_CONNECTORS.has(w))) {
      k++;
      continue;
    }
    // "investment strategist", "senior policy adviser": a lower-case noun or adjective before the head
    if (
      head < 0 &&
      common < MAX_COMMON_MODIFIERS &&
      /^\p{Ll}+$/u.test(t.text) &&
      !NAME_CONNECTORS.has(w) &&
      !ARTICLES.has(w) &&
      (t.tags.has('Noun') || t.tags.has('Adjective')) &&
      !t.tags.has('Pronoun') &&
      !t.tags.has('Verb')
    ) {
      common++;
      k++;
      continue;
    }
    break;
  }
  if (head < 0 || RELATION_CUES.has(bare(tokens[head]!))) return null;
  let end = head;
  if (!closes(source, tokens, end)) {
    end = tail(source, tokens, head);
    if (end < 0) return null;
  }
  const a = tokens[from]!;
  const b = tokens[end]!;
  return { text: source.slice(a.start, b.end), start: a.start, end: b.end, honorific: false, after: true };
}

function isHead(w: string): boolean {
  return TITLE_HEADS.has(w);
}

/** The appositive ends after token i: a comma, a period, a line break or the end of the text. */
function closes(source: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return true;
  const gap = source.slice(t.end, next.start);
  // "St. Louis": the period of an abbreviation closes nothing
  if (/^\.[^\S\n]*$/u.test(gap) && UPPER_START.test(next.text) && isAbbreviation(t.text) && t.text.length > 1)
    return false;
  return (!t.possessive && /^\s*[,.;]/.test(gap)) || gap.includes('\n');
}

/** "at the Moscow Carnegie Center": the index of the tail's last word when the tail closes the appositive, else -1. */
function tail(source: string, tokens: readonly Token[], head: number): number {
  let k = head + 1;
  const prep = tokens[k];
  if (!prep || !TAIL_PREPOSITIONS.has(prep.text) || boundaryBetween(source, tokens[head]!, prep)) return -1;
  k++;
  if (tokens[k]?.text === 'the') k++;
  let lastName = -1;
  let second = false;
  while (k < tokens.length && k - head <= 12) {
    const t = tokens[k]!;
    if (boundaryBetween(source, tokens[k - 1]!, t)) break;
    if (UPPER_START.test(t.text)) lastName = k;
    else if (SECOND_TAIL.has(t.text) && lastName === k - 1 && !second && UPPER_START.test(tokens[k + 1]?.text ?? ''))
      second = true;
    else if (!(NAME_CONNECTORS.has(t.text) && lastName === k - 1)) break;
    if (closes(source, tokens, k)) return UPPER_START.test(t.text) ? k : -1;
    k++;
  }
  return -1;
}

/**
 * A title set off before the name by commas ("The prime minister, Taro Hisakawa, said"; "the
 * senator, Kim, left"): `the|a [MODIFIERS] HEAD , NAME ,`. The article (or the start of a
 * sentence) before the title and the comma closing the name are both required.
 *
 * @example
 * // "The prime minister, Taro Hisakawa, said"
 * appositiveTitleBefore(source, tokens, 3, 4); // { text: 'prime minister', ... }
 */
export function appositiveTitleBefore(
  source: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): TitleSpan | null {
  const head = tokens[first - 1];
  const name = tokens[last];
  if (!head || !name || name.possessive) return null;
  if (
    source.slice(head.end, tokens[first]!.start).replace(/[^\S\n]+/g, '') !== ',' ||
    !/^,/.test(source.slice(name.end, name.end + 1))
  )
    return null;
  const w = bare(head);
  if (!isHead(w) || RELATION_CUES.has(w)) return null;
  // "the president, Okafor, Merrow and Hale": a list, not an apposition
  const after = tokens[last + 1];
  if (after && UPPER_START.test(after.text)) return null;
  let q = first - 1;
  let common = 0;
  while (q - 1 >= 0 && first - q <= MAX_MODIFIERS) {
    const t = tokens[q - 1]!;
    if (boundaryBetween(source, t, tokens[q]!) || ARTICLES.has(t.text.toLowerCase())) break;
    const b = bare(t);
    if (TITLE_MODIFIERS.has(b) || isDemonymWord(t.text) || (UPPER_START.test(t.text) && !t.sentenceStart)) {
      q--;
      continue;
    }
    if (
      common < MAX_COMMON_MODIFIERS &&
      /^\p{Ll}+$/u.test(t.text) &&
      (t.tags.has('Noun') || t.tags.has('Adjective')) &&
      !t.tags.has('Verb') &&
      !t.tags.has('Pronoun')
    ) {
      common++;
      q--;
      continue;
    }
    break;
  }
  const before = tokens[q - 1];
  const opened =
    tokens[q]!.sentenceStart ||
    (!!before && ARTICLES.has(before.text.toLowerCase()) && !boundaryBetween(source, before, tokens[q]!));
  if (!opened) return null;
  const a = tokens[q]!;
  return { text: source.slice(a.start, head.end), start: a.start, end: head.end, honorific: false };
}
