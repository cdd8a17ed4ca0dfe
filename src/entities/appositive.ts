/**
 * Appositive titles: a title written after the name, set off by a comma ("Pavlo Klimkin,
 * a Ukrainian Foreign Minister, explained", "Maxim Samorukov, a fellow at the Moscow
 * Carnegie Center, wrote", "Dmitry Peskov, Kremlin spokesman, said").
 *
 * Shape: `NAME , [a|an|the] MODIFIERS HEAD [at|of|for|with [the] Capitalized Name]` and then
 * a comma, a period or the end of the text. MODIFIERS are title modifiers ("deputy",
 * "former"), nationality words ("Ukrainian") and capitalized words ("Foreign", "Kremlin");
 * HEAD is a title head ("minister", "fellow", "spokesman"), not a relation word
 * ("counterpart", "wife"). The title must close the appositive: "Japan, the host nation,"
 * is not a title because "nation" is no title head.
 */
import { bare, boundaryBetween, type TitleSpan } from './candidates.js';
import { NAME_CONNECTORS } from '../lexicon/name-parts.js';
import { RELATION_CUES, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { Token } from './parse.js';
import { isDemonymWord } from './vocabulary.js';

const ARTICLES = new Set(['a', 'an', 'the']);
const TAIL_PREPOSITIONS = new Set(['at', 'of', 'for', 'with']);
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
  if (source.slice(name.end, firstWord.start).replace(/\s+/g, '') !== ',' || firstWord.pre.replace(/\s+/g, '') !== '') return null;
  let k = last + 1;
  if (ARTICLES.has(firstWord.text.toLowerCase())) k++;
  const from = k;
  let head = -1;
  while (k < tokens.length && k - from <= MAX_MODIFIERS) {
    if (k > from && boundaryBetween(source, tokens[k - 1]!, tokens[k]!)) break;
    const t = tokens[k]!;
    const w = bare(t);
    if (isHead(w)) {
      head = k;
      k++;
      continue;
    }
    if (TITLE_MODIFIERS.has(w) || isDemonymWord(t.text) || (UPPER_START.test(t.text) && !NAME_CONNECTORS.has(w))) {
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
  return !t.possessive && /^\s*[,.;]/.test(gap) || gap.includes('\n');
}

/** "at the Moscow Carnegie Center": the index of the tail's last word when the tail closes the appositive, else -1. */
function tail(source: string, tokens: readonly Token[], head: number): number {
  let k = head + 1;
  const prep = tokens[k];
  if (!prep || !TAIL_PREPOSITIONS.has(prep.text) || boundaryBetween(source, tokens[head]!, prep)) return -1;
  k++;
  if (tokens[k]?.text === 'the') k++;
  let lastName = -1;
  while (k < tokens.length && k - head <= 10) {
    const t = tokens[k]!;
    if (boundaryBetween(source, tokens[k - 1]!, t)) break;
    if (UPPER_START.test(t.text)) lastName = k;
    else if (!(NAME_CONNECTORS.has(t.text) && lastName === k - 1)) break;
    if (closes(source, tokens, k)) return UPPER_START.test(t.text) ? k : -1;
    k++;
  }
  return -1;
}
