/**
 * National bodies (central banks, legislatures and their chambers, ministries, armed forces,
 * courts, election commissions, main parties) under one canonical name each, so that a body
 * has one id in every article however the article writes it.
 *
 * News names such a body in two ways. A full name, in one of several spellings or languages
 * ("Banque du Liban", "Central Bank of Lebanon", "BdL"), means the body in any article. A
 * generic short form ("the Central Bank", "Parliament", "Labor", "the Liberals") means it only
 * in an article about its country; the entity stage passes the article's country (the
 * country it names most, see merge-mentions.ts). A form that two bodies share is dropped from
 * the full names: it is generic, or ambiguous.
 *
 * The table (national-bodies-data.ts) was written from general knowledge for about seventy
 * countries with the same fields for each (see its header); canonical names are the English
 * Wikipedia titles without their disambiguation.
 */
import { NATIONAL_BODY_ROWS } from './national-bodies-data.js';
import { COUNTRY_ROWS, NATIONALITY_ROWS } from './countries-data.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { escapeRegExp } from '../lexicon/pattern.js';
import { pushTo } from '../core/multimap.js';
import { ORG_HEADS } from '../lexicon/name-parts.js';

/**
 * A national body: its canonical name and its country (ISO 3166-1 alpha-2).
 *
 * @example
 * const body: NationalBody = { name: 'Banque du Liban', country: 'LB', shared: false };
 */
export interface NationalBody {
  readonly name: string;
  readonly country: string;
  /** True when bodies of two countries share the name (the id then carries the country). */
  readonly shared: boolean;
}

interface Index {
  readonly full: ReadonlyMap<string, NationalBody>;
  readonly generic: ReadonlyMap<string, NationalBody>;
  /** Every generic form of any country (form keys). */
  readonly genericForms: ReadonlySet<string>;
}
let index: Index | null = null;

const formKey = (form: string): string =>
  form
    .normalize('NFC')
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /iu, '')
    .toLowerCase();

function load(): Index {
  if (index) return index;
  const countriesOf = new Map<string, Set<string>>();
  for (const [country, name] of NATIONAL_BODY_ROWS) {
    const set = countriesOf.get(name) ?? new Set<string>();
    set.add(country);
    countriesOf.set(name, set);
  }
  // generic form -> the canonical names (with country) that use it
  const genericOwners = new Map<string, Set<string>>();
  for (const [country, name, genericList] of NATIONAL_BODY_ROWS) {
    for (const g of split(genericList)) {
      const k = formKey(g);
      genericOwners.set(k, (genericOwners.get(k) ?? new Set()).add(`${country}|${name}`));
    }
  }
  const fullOwners = new Map<string, NationalBody[]>();
  const generic = new Map<string, NationalBody>();
  const genericForms = new Set<string>();
  for (const [country, name, genericList, fullList] of NATIONAL_BODY_ROWS) {
    const body: NationalBody = { name, country, shared: countriesOf.get(name)!.size > 1 };
    // A canonical name made of generic words ("Department of the Treasury", "Coalition") means
    // the body only in an article about its country; one that names the country ("Reserve Bank
    // of Australia", "Bank of Korea") or has a word English lacks ("Bundestag") means it anywhere.
    const distinctive =
      namesCountry(name, country) ||
      name.split(/[\s-]+/u).some((w) => /^\p{Lu}/u.test(w) && !isEnglishWord(w.replace(/['’]s?$/u, '')));
    for (const form of distinctive ? [name, ...split(fullList)] : split(fullList)) {
      const k = formKey(form);
      pushTo(fullOwners, k, body);
    }
    for (const form of [name, ...split(genericList)]) {
      genericForms.add(formKey(form));
      const k = `${country}|${formKey(form)}`;
      if (!generic.has(k)) generic.set(k, body);
    }
  }
  const full = new Map<string, NationalBody>();
  for (const [k, owners] of fullOwners) {
    const body = owners[0]!;
    const genericFor = genericOwners.get(k);
    // one owner, and no other body's generic form ("Senate" is France's and Australia's)
    if (
      owners.length === 1 &&
      (!genericFor || (genericFor.size === 1 && genericFor.has(`${body.country}|${body.name}`)))
    ) {
      full.set(k, body);
    }
  }
  index = { full, generic, genericForms };
  return index;
}

let countryWords: ReadonlyMap<string, readonly string[]> | null = null;

// True when the name contains one of the country's names or its nationality adjective.
function namesCountry(name: string, country: string): boolean {
  if (!countryWords) {
    const words = new Map<string, string[]>();
    for (const [code, ...forms] of COUNTRY_ROWS) words.set(code!, [...forms]);
    for (const [code, adjective] of NATIONALITY_ROWS) pushTo(words, code, adjective);
    countryWords = words;
  }
  return (countryWords.get(country) ?? []).some((w) =>
    new RegExp(`(?:^|[\\s(])${escapeRegExp(w)}(?:$|[\\s),'’])`, 'u').test(name),
  );
}

function split(list: string): string[] {
  return list
    ? list
        .split('|')
        .map((f) => f.trim())
        .filter(Boolean)
    : [];
}

/**
 * The national body a written name stands for: by a full name in any article, by a generic
 * form only in an article about the body's country (ISO 3166-1 alpha-2), or null. A party whose
 * name has no head noun is also written with "Party" after it ("the Likud Party").
 *
 * @example
 * nationalBody('Central Bank of Lebanon')?.name; // 'Banque du Liban'
 * nationalBody('the Central Bank', 'LB')?.name;   // 'Banque du Liban'
 * nationalBody('the Central Bank');               // null (whose?)
 * nationalBody('Likud Party')?.name;              // 'Likud'
 */
export function nationalBody(written: string, country?: string): NationalBody | null {
  const { full, generic } = load();
  const find = (k: string): NationalBody | null =>
    full.get(k) ?? (country ? (generic.get(`${country}|${k}`) ?? null) : null);
  const k = formKey(written);
  const bare = k.replace(/ party$/u, '');
  return find(k) ?? (bare !== k && !ORG_HEADS.has(bare.split(' ').pop()!) ? find(bare) : null);
}

/**
 * True when a written name is a national body's full name or the generic form of some
 * country's body ("Parliament", "the Central Bank"), whatever the article's country.
 *
 * @example
 * isNationalBodyForm('Central Bank of Lebanon'); // true
 * isNationalBodyForm('Parliament'); // true
 * isNationalBodyForm('Summer Reading Challenge'); // false
 */
export function isNationalBodyForm(written: string): boolean {
  const { full, genericForms } = load();
  const k = formKey(written);
  return full.has(k) || genericForms.has(k);
}
