/**
 * Builds regex sources from word lists, so a pattern can never drift from the dictionary it
 * reads (chrono-node's `matchAnyPattern` style): the list is the data, the regex is derived.
 *
 * Pure string work: importing this module loads nothing else.
 */

/**
 * Escapes a string for use inside a regex source.
 *
 * @example
 * escapeRegExp('St. Patrick'); // 'St\\. Patrick'
 */
export function escapeRegExp(text: string): string {
  // Only syntax characters: "\-" would be an error under the 'u' flag.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A phrase as a regex source: each space matches any run of whitespace and each apostrophe
 * matches both ' and ’ ("New Year's" matches "New  Year’s").
 *
 * @example
 * new RegExp(`^${phrasePattern("New Year's")}$`).test('New Year’s'); // true
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
}

/**
 * An alternation of the given words or phrases, longest first so that a regex prefers
 * "September" to "Sept" and "Easter Monday" to "Easter". No group is added: wrap it in
 * `(?:…)` where it is used.
 *
 * @example
 * matchAnyPattern(['sept', 'september', 'sep']); // 'september|sept|sep'
 * new RegExp(`^(?:${matchAnyPattern(["New Year's"])})$`).test('New Year’s'); // true
 */
export function matchAnyPattern(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map(phrasePattern).join('|');
}

// Grouped alternations: a large list written grouped by first letter ("a(?:pril|ugust)|d(?:ec)")
// instead of hundreds of alternatives each tried in turn at a position where none can match. The
// same matches as the flat alternation: groups never open with letters that fold together (so at
// most one group can match at a position), and inside a group the words keep their order.

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

/**
 * Splits a whitespace-separated list into its words (for writing long lists compactly).
 *
 * @example
 * words(`say says
 *   said`); // ['say', 'says', 'said']
 */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/**
 * The word with its first letter upper-cased ("january" → "January").
 *
 * @example
 * capitalize('sept'); // 'Sept'
 */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A text without its combining marks (accents, diacritics): "Sánchez" → "Sanchez". Letters
 * that are no base letter plus a mark ("ø", "ł", "ß") stay as they are.
 *
 * @example
 * stripMarks('Andalucía'); // 'Andalucia'
 */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
