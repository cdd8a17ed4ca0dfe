/**
 * The words for "and" and "or" in the languages the detector knows, read from the runtime's
 * Intl data (CLDR list patterns: "A dan B", "A e B", "A und B", "A или B"), not typed by
 * hand. The entity stage splits "Sri Mulyani dan Prabowo" in a text of another language at
 * them, as it splits English names at "and".
 */
import { ISO_639_1 } from './language-codes.js';

const CACHE = new Map<string, ReadonlySet<string>>();

/**
 * Lower-case words that join the last two items of a list ("and", "or") in a language
 * (ISO 639-3); empty when the runtime has no data for it or the language joins with marks.
 *
 * @example
 * conjunctionsOf('ind').has('dan'); // true
 * conjunctionsOf('por').has('ou');  // true
 */
export function conjunctionsOf(language: string): ReadonlySet<string> {
  let words = CACHE.get(language);
  if (!words) {
    words = readConjunctions(ISO_639_1[language]);
    CACHE.set(language, words);
  }
  return words;
}

function readConjunctions(locale: string | undefined): ReadonlySet<string> {
  const words = new Set<string>();
  if (!locale) return words;
  for (const type of ['conjunction', 'disjunction'] as const) {
    let joined: string;
    try {
      joined = new Intl.ListFormat(locale, { type, style: 'long' }).format(['\u0001', '\u0002']);
    } catch {
      continue; // a runtime without this locale's data
    }
    const between = joined.slice(joined.indexOf('\u0001') + 1, joined.indexOf('\u0002'));
    for (const word of between.toLowerCase().split(/[\s,]+/u)) if (/^\p{L}+$/u.test(word)) words.add(word);
  }
  return words;
}
