/**
 * Countries by their names in other languages ("Almanya", "Vereinigte Staaten", "Việt Nam"),
 * from countries-localized-data.ts (generated from i18n-iso-countries). Read only for a text
 * whose language is given and is not English (foreign-text.ts, the rule
 * `known/country-in-language`): in English text these forms are no evidence.
 *
 * German declines the adjective of a country's name ("in den Vereinigten Staaten", "im
 * Vereinigten Königreich"): a name of several words matches there whatever the endings of its
 * words (-e, -en, -em, -er, -es).
 */
import { LOCALIZED_COUNTRIES } from './countries-localized-data.js';

const TABLES = new Map<string, ReadonlyMap<string, string>>();
/** Languages that decline the adjectives of a name (see the module header). */
const DECLINING: ReadonlySet<string> = new Set(['deu']);
const DECLENSION = /e[nmrs]?$/u;

const keyOf = (name: string, language: string): string => {
  const words = name.split(/\s+/);
  return DECLINING.has(language) && words.length > 1 ? words.map((w) => w.replace(DECLENSION, '')).join(' ') : name;
};

function tableOf(language: string): ReadonlyMap<string, string> | undefined {
  const cached = TABLES.get(language);
  if (cached) return cached;
  if (!Object.prototype.hasOwnProperty.call(LOCALIZED_COUNTRIES, language)) return undefined;
  const map = new Map<string, string>();
  for (const line of LOCALIZED_COUNTRIES[language]!.split('\n')) {
    const [code, ...forms] = line.split('\t');
    for (const form of forms) if (!map.has(keyOf(form, language))) map.set(keyOf(form, language), code!);
  }
  TABLES.set(language, map);
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code of the country `name` names in `language` (ISO 639-3), as
 * written (case matters), or null.
 *
 * @example
 * localizedCountry('Almanya', 'tur'); // 'DE'
 * localizedCountry('Vereinigten Staaten', 'deu'); // 'US'
 * localizedCountry('Almanya', 'eng'); // null
 */
export function localizedCountry(name: string, language: string): string | null {
  return tableOf(language)?.get(keyOf(name, language)) ?? null;
}
