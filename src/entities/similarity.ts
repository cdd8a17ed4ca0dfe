/**
 * Spelling-variant test for names written through different transliterations
 * ("Zelensky"/"Zelenskiy", "Kiev"/"Kyiv", "Donbass"/"Donbas", "Lugansk"/"Luhansk").
 *
 * Two names are variants when they share their first letter, their consonant skeletons
 * match (vowels and y collapse to one symbol, doubled letters to one, kh/h and gh/h are
 * merged) and their edit distance is small relative to their length. The rule is general;
 * no pair of names is listed anywhere.
 */
import { editDistance } from '../core/edit-distance.js';
import { boundedMemo } from '../core/memo.js';

/**
 * The consonant skeleton of a word.
 *
 * @example
 * skeleton('Zelenskiy') === skeleton('Zelensky'); // true
 * skeleton('Centre') === skeleton('Center'); // true
 */
export function skeleton(word: string): string {
  return skeletons(word);
}

// a pure function of the word, asked again for every mention of a name: remembered
const skeletons = boundedMemo((word: string): string => wordSkeleton(word), 10_000);

function wordSkeleton(word: string): string {
  const folded = fold(word);
  return (folded.length >= 5 ? americanSpelling(folded) : folded)
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'h')
    .replace(/(?<=[aeiouy])g(?=[aeiouy])/g, 'h')
    .replace(/[aeiouy]+/g, 'V')
    .replace(/(.)\1+/g, '$1');
}

/**
 * True when two single words are transliteration variants of one name.
 *
 * @example
 * isSpellingVariant('Donbass', 'Donbas'); // true
 * isSpellingVariant('Paris', 'Peres'); // false (distance 2, no transliteration y)
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  if (x.length < 4 || y.length < 4 || x[0] !== y[0]) return false;
  if (x.length >= 5 && y.length >= 5 && americanSpelling(x) === americanSpelling(y)) return true;
  if (skeleton(x) !== skeleton(y)) return false;
  const limit = Math.min(x.length, y.length) >= 6 ? 2 : 1;
  return editDistance(x, y, limit) <= limit || sameLettersIgnoringVowelOrder(x, y);
}

// Letters and digits: "G7" and "G20" are two names, not one spelled two ways.
function fold(w: string): string {
  return w
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]/g, '');
}

/**
 * A word in American spelling: British endings and their American forms ("centre"/"center",
 * "organisation"/"organization", "defence"/"defense", "programme"/"program", "harbour"/"harbor"),
 * so that a translation writing a name both ways ("Quarantine Centre", "Quarantine Center") names
 * one thing.
 */
function americanSpelling(w: string): string {
  return w
    .replace(/(?<=[^aeiou])re$/, 'er')
    .replace(/(?<=\p{L}{2})is(?=e$|ed$|ation$)/u, 'iz')
    .replace(/(?<=\p{L}{2})our$/u, 'or')
    .replace(/(?<=\p{L})ence$/u, 'ense')
    .replace(/amme$/, 'am');
}

/** "kiev"/"kyiv": the same consonants, the vowels re-spelled with a transliteration y. */
function sameLettersIgnoringVowelOrder(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1 || !/y/.test(x + y)) return false;
  const consonants = (w: string): string => w.replace(/[aeiouy]/g, '');
  return consonants(x) === consonants(y) && x.length <= 6;
}
