/**
 * Stopwords per language, from the maintained stopwords-iso lists (see stopwords-data.ts):
 * a line of running prose is full of them, a menu, a byline or a tag list has few. The
 * page-level extractor reads the share as evidence of prose in the article's language.
 */
import { scanWords } from '../core/word-scan.js';
import { STOPWORD_LISTS } from './stopwords-data.js';

const SETS = new Map<string, ReadonlySet<string>>();

/**
 * The stopwords of a language (ISO 639-3), lowercase, or undefined when none are known
 * (languages written without spaces, or not a news language we list).
 *
 * @example
 * stopwordsOf('por')?.has('que'); // true
 * stopwordsOf('jpn');             // undefined
 */
export function stopwordsOf(language: string): ReadonlySet<string> | undefined {
  let set = SETS.get(language);
  if (!set) {
    const list = Object.prototype.hasOwnProperty.call(STOPWORD_LISTS, language) ? STOPWORD_LISTS[language] : undefined;
    if (list === undefined) return undefined;
    set = new Set(list.split(' '));
    SETS.set(language, set);
  }
  return set;
}

/**
 * Languages with a stopword list.
 *
 * @example
 * STOPWORD_LANGUAGES.includes('eng'); // true
 */
export const STOPWORD_LANGUAGES: readonly string[] = Object.freeze(Object.keys(STOPWORD_LISTS));

/**
 * The share of `text`'s words that are stopwords of `language` (0 without a list or words):
 * evidence that a short line is written in that language, for languages the function-word
 * lists (function-words.ts) do not cover.
 *
 * @example
 * stopwordShare('O governo disse que a lei entra em vigor no ano que vem', 'por') > 0.4; // true
 * stopwordShare('Regional bank cuts prime lending rate', 'por'); // 0
 */
export function stopwordShare(text: string, language: string): number {
  const stopwords = stopwordsOf(language);
  if (!stopwords) return 0;
  let words = 0;
  let hits = 0;
  scanWords(text, (start, end) => {
    words++;
    if (stopwords.has(text.slice(start, end).toLowerCase())) hits++;
  });
  return words ? hits / words : 0;
}
