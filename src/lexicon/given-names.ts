/**
 * Given names beyond compromise's lexicon: about 60,000 first names of the US, English,
 * French, Spanish, Italian, German and Turkish name registers (generated from the
 * `gender-detection-from-name` package by scripts/build-given-names.ts, which drops the names
 * that read as an English word, a place or a company: "Summer", "London", "Tesla").
 *
 * The entity stage asks it whether the first word of a name is a given name, so that "Caden
 * Brill, 24," is read as a person though neither word is in compromise's lexicon.
 */
import { GIVEN_NAMES_DATA } from './given-names.data.js';

let names: ReadonlySet<string> | null = null;

/** Decodes the front-coded list (see the build script): one capital gives the shared prefix length. */
function decode(data: string): Set<string> {
  const out = new Set<string>();
  let previous = '';
  let start = 0;
  for (let i = 1; i <= data.length; i++) {
    const code = i < data.length ? data.charCodeAt(i) : 65;
    if (code < 65 || code > 90) continue;
    previous = previous.slice(0, data.charCodeAt(start) - 65) + data.slice(start + 1, i);
    out.add(previous);
    start = i;
  }
  return out;
}

/**
 * True when the lower-case word is a listed given name (the list is decoded at the first call).
 *
 * @example
 * isListedGivenName('caden'); // true
 * isListedGivenName('summer'); // false (an English word first)
 * isListedGivenName('london'); // false (a place first)
 */
export function isListedGivenName(lower: string): boolean {
  names ??= decode(GIVEN_NAMES_DATA);
  return names.has(lower);
}
