/**
 * metadata/alternation — a large alternation of words written grouped by first letter, for the
 * metadata rules' /iu patterns: "a(?:pril|ugust|br)|d(?:ezember|ec)|…" instead of hundreds of
 * alternatives each tried in turn at a position where none can match. The same matches as the
 * flat alternation: groups never open with letters that fold together (so at most one group can
 * match at a position), and inside a group the words keep their order (longest first stays).
 */
import { matchAnyPattern } from '../../../lexicon/pattern.js';

// A letter's key for grouping under the 'i' flag, with or without 'u': letters that fold together
// share it. Upper then lower case joins every pair the flags fold (k, K and the Kelvin sign; s, S
// and ſ; σ and ς) except where a case mapping gives several letters (ß, whose capital ẞ folds to
// it): those share MANY_KEY, whose group is written unfactored.
const MANY_KEY = '';
function foldKey(letter: string): string {
  const upper = letter.toUpperCase();
  if (upper.length > letter.length || letter.toLowerCase().toUpperCase().length > letter.length) return MANY_KEY;
  return upper.toLowerCase();
}

// A first character that is regex syntax (an escape, a class, a group): such a list stays flat.
const SYNTAX = /^[\\^$.|?*+()[\]{}]/;

/**
 * The alternatives (regex sources, in the order they are to be tried) as one alternation grouped
 * by first letter, keeping the order inside each group; no group is added around the whole: wrap
 * it in `(?:…)` where it is used, as with `matchAnyPattern`. A list with an alternative that opens
 * with regex syntax is returned flat.
 *
 * @example
 * groupedAlternation(['september', 'sept', 'sep', 'oct']); // 's(?:eptember|ept|ep)|oct'
 */
export function groupedAlternation(alternatives: readonly string[]): string {
  if (alternatives.some((word) => word === '' || SYNTAX.test(word))) return alternatives.join('|');
  const groups = new Map<string, string[]>();
  for (const word of alternatives) {
    const key = foldKey(String.fromCodePoint(word.codePointAt(0)!));
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups]
    .map(([key, group]) => {
      const first = String.fromCodePoint(group[0]!.codePointAt(0)!);
      if (group.length === 1 || key === MANY_KEY || group.some((word) => !word.startsWith(first)))
        return group.join('|');
      return `${first}(?:${group.map((word) => word.slice(first.length)).join('|')})`;
    })
    .join('|');
}

/**
 * `matchAnyPattern(words)` (longest first, each space any whitespace) grouped by first letter:
 * the same matches under the 'i' flag as the flat alternation, or without it.
 *
 * @example
 * groupedMatchAny(['sep', 'september', 'oct']); // 's(?:eptember|ep)|oct'
 */
export function groupedMatchAny(words: Iterable<string>): string {
  const list = [...words];
  const flat = matchAnyPattern(list);
  // matchAnyPattern writes no '|' but between words (a '|' in a word comes escaped): kept flat.
  return list.some((word) => word.includes('|')) ? flat : groupedAlternation(flat.split('|'));
}
