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
