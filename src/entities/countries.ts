/**
 * Canonical names for entities that many articles name in many ways: countries (from the
 * ISO table in countries-data.ts, generated from i18n-iso-countries), a compact list of
 * international organizations, the cities and regions news spells in several ways, and
 * well-known companies (companies-data.ts). "US", "U.S.", "USA", "America" and "United States"
 * are one country with one id, `place:united-states`, in every article; "VW" and "Volkswagen AG"
 * are one company, `organization:volkswagen`.
 *
 * Codes written in capitals ("US", "UK", "UAE") match only as written; names match in any
 * case but must start with a capital ("us" is a pronoun, "turkey" a bird). A leading "the"
 * is ignored ("the Netherlands", "the United States").
 */
import { boundedMemo } from '../core/memo.js';
import { COUNTRY_ROWS, NATIONALITY_ROWS } from './countries-data.js';
import { COMPANY_ROWS } from './companies-data.js';
import { AGENCY_NAME_ROWS } from '../lexicon/news-agencies.js';
import { COMPANY_DESIGNATORS } from './context-words.js';
import { isCityName } from './cities.js';
import { regionCountry } from './regions.js';
import type { Token } from './parse.js';
import { lexiconTags } from './vocabulary.js';

/**
 * A known entity: its canonical name and the type it has.
 *
 * @example
 * const us: KnownEntity = canonicalEntity('U.S.', 'place')!; // { name: 'United States', type: 'place', code: 'US' }
 */
export interface KnownEntity {
  readonly name: string;
  readonly type: 'place' | 'organization';
  /** ISO 3166-1 alpha-2 code for a country. */
  readonly code?: string;
  /** True for a company of companies-data.ts (an organization, but no international body). */
  readonly company?: boolean;
}

/**
 * International organizations news names by acronym and full name: [canonical name,
 * ...other written forms]. Acronyms are matched as written (in capitals).
 */
// prettier-ignore
const ORGANIZATION_ROWS: ReadonlyArray<readonly string[]> = [
  ['United Nations', 'UN', 'U.N.', 'UNO'],
  ['European Union', 'EU', 'E.U.'],
  ['North Atlantic Treaty Organization', 'NATO', 'Nato', 'North Atlantic Treaty Organisation'],
  ['Organization for Security and Co-operation in Europe', 'OSCE', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO', 'World Trade Organisation'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC', 'Organisation of the Petroleum Exporting Countries'],
  ['African Union', 'AU'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['United Nations Educational, Scientific and Cultural Organization', 'UNESCO'],
  ["United Nations Children's Fund", 'UNICEF'],
  ['United Nations High Commissioner for Refugees', 'UNHCR'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['International Committee of the Red Cross', 'ICRC'],
  ['Interpol'],
  ['European Commission'],
  ['European Parliament'],
  ['European Central Bank', 'ECB'],
  ['European Space Agency', 'ESA'],
  ['Europol'],
  ['Frontex'],
  ['Council of Europe'],
  ['Federal Reserve', 'Fed', 'U.S. Federal Reserve', 'US Federal Reserve', 'Federal Reserve Board'],
  ['Organisation for Economic Co-operation and Development', 'OECD', 'Organization for Economic Cooperation and Development'],
  ['International Olympic Committee', 'IOC'],
  ['FIFA'],
  ['UEFA'],
  ['Arab League', 'League of Arab States'],
  ['Gulf Cooperation Council', 'GCC'],
  ['Commonwealth of Independent States', 'CIS'],
  ['Collective Security Treaty Organization', 'CSTO'],
  ['Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'],
  ['Amnesty International'],
  ['Human Rights Watch', 'HRW'],
  ['Doctors Without Borders', 'MSF', 'Médecins Sans Frontières'],
  ['World Economic Forum', 'WEF'],
  ['Group of Seven', 'G7', 'G-7'],
  ['Group of 20', 'G20', 'G-20', 'Group of Twenty'],
  ['Asia-Pacific Economic Cooperation', 'APEC'],
  ['Organization of American States', 'OAS', 'Organisation of American States'],
  ['Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'],
  ['International Energy Agency', 'IEA'],
  ['International Labour Organization', 'ILO', 'International Labor Organization'],
  ['Food and Agriculture Organization', 'FAO'],
  ['World Food Programme', 'WFP', 'World Food Program'],
  ['United Nations Development Programme', 'UNDP'],
  ['Asian Development Bank'],
  ['European Bank for Reconstruction and Development', 'EBRD'],
  ['Mercosur', 'MERCOSUR'],
  ['Greenpeace'],
  ['Transparency International'],
  ['Reporters Without Borders', 'Reporters Sans Frontières'],
  ['Committee to Protect Journalists', 'CPJ'],
  // armed groups that world news names across borders, under several spellings
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
  ['al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida', 'al Qaida', 'Al Qaida'],
  ['al-Shabaab', 'Al-Shabaab', 'al Shabaab', 'Al Shabaab', 'al-Shabab', 'Al-Shabab', 'Al Shabab'],
  ['Hezbollah', 'Hizbollah', 'Hizbullah', 'Hizballah'],
  ['Hamas'],
  ['Taliban'],
];

/**
 * Cities and regions news writes under more than one name — a transliteration from Russian
 * beside the Ukrainian one, a colonial name beside today's: [canonical name, ...other forms].
 * The canonical name is the one wire services use today, so every article's "Kiev" and "Kyiv"
 * share the id `place:kyiv`. Only names no other well-known place shares ("Odessa" is also a
 * city in Texas, "Canton" one in Ohio and a Swiss state: left out).
 */
// prettier-ignore
const PLACE_ROWS: ReadonlyArray<readonly string[]> = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Lviv', 'Lvov'],
  ['Mykolaiv', 'Nikolaev', 'Nikolayev'],
  ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporizhzhya'],
  ['Dnipro', 'Dnipropetrovsk', 'Dnepropetrovsk'],
  ['Luhansk', 'Lugansk'],
  ['Donbas', 'Donbass'],
  ['Chernihiv', 'Chernigov'],
  ['Chisinau', 'Kishinev'],
  ['Almaty', 'Alma-Ata'],
  ['Mumbai', 'Bombay'],
  ['Kolkata', 'Calcutta'],
  ['Chennai', 'Madras'],
  ['Bengaluru', 'Bangalore'],
  ['Yangon', 'Rangoon'],
];

const ACRONYM = /^(?:[\p{Lu}\d]\.?){2,8}$/u;
/** A word of four capitals or more without periods or digits: a name written in capitals, not a code. */
const SHOUTED_NAME = /^\p{Lu}{4,}$/u;

interface Table {
  /** Lower-case written form (names) -> entity. */
  readonly byName: ReadonlyMap<string, KnownEntity>;
  /** Written form as is (acronyms and codes in capitals) -> entity. */
  readonly byCode: ReadonlyMap<string, KnownEntity>;
  /** Longest form in words. */
  readonly maxWords: number;
  /** Lower-case first words of every form (a cheap test before any lookup). */
  readonly firstWords: ReadonlySet<string>;
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const byName = new Map<string, KnownEntity>();
  const byCode = new Map<string, KnownEntity>();
  let maxWords = 1;
  const firstWords = new Set<string>();
  const add = (form: string, entity: KnownEntity): void => {
    const f = form.replace(/^the\s+/i, '');
    const words = f.split(/\s+/);
    maxWords = Math.max(maxWords, words.length);
    firstWords.add(words[0]!.toLowerCase());
    if (ACRONYM.test(f)) {
      if (!byCode.has(f)) byCode.set(f, entity);
    } else if (!byName.has(f.toLowerCase())) byName.set(f.toLowerCase(), entity);
    // "Democratic Republic of Congo": news drops the article inside a long form too
    if (/ of the /i.test(f)) add(f.replace(/ of the /i, ' of '), entity);
  };
  for (const [code, name, ...forms] of COUNTRY_ROWS) {
    const entity: KnownEntity = { name: name!, type: 'place', code: code! };
    add(name!, entity);
    for (const f of forms) add(f, entity);
  }
  for (const [name, ...forms] of PLACE_ROWS) {
    const entity: KnownEntity = { name: name!, type: 'place' };
    add(name!, entity);
    for (const f of forms) add(f, entity);
  }
  for (const [name, ...forms] of ORGANIZATION_ROWS) {
    const entity: KnownEntity = { name: name!, type: 'organization' };
    add(name!, entity);
    for (const f of forms) add(f, entity);
  }
  for (const [name, ...forms] of AGENCY_NAME_ROWS) {
    const entity: KnownEntity = { name: name!, type: 'organization' };
    add(name!, entity);
    for (const f of forms) add(f, entity);
  }
  // a company's name is one of its forms only where the row lists it ("Apple Inc", not "Apple")
  for (const [name, forms] of COMPANY_ROWS) {
    const entity: KnownEntity = { name, type: 'organization', company: true };
    for (const f of forms.split('|')) add(f, entity);
  }
  table = { byName, byCode, maxWords, firstWords };
  return table;
}

// canonicalEntity's answers by the form as written: the rules ask about the same few names many
// times per text, and the tables never change once loaded.
const knownByWritten = boundedMemo((written: string): KnownEntity | null => {
  const form = written.replace(/\s+/g, ' ').trim().replace(/^the /i, '');
  return lookup(form) ?? companyBeforeDesignator(form) ?? null;
});

/**
 * The known entity a written name stands for, or null. With a type, only an entity of
 * that type is returned. A company is found with or without a legal designator or "Group"
 * after its name ("Volkswagen AG", "Tata Motors Ltd.").
 *
 * @example
 * canonicalEntity('U.S.')?.name; // 'United States'
 * canonicalEntity('the Netherlands')?.name; // 'Netherlands'
 * canonicalEntity('OSCE')?.name; // 'Organization for Security and Co-operation in Europe'
 * canonicalEntity('VW')?.name; // 'Volkswagen'
 * canonicalEntity('Volkswagen AG')?.name; // 'Volkswagen'
 * canonicalEntity('us'); // null (a pronoun, not a code)
 */
export function canonicalEntity(written: string, type?: 'place' | 'organization'): KnownEntity | null {
  const hit = knownByWritten(written);
  if (!hit || (type && hit.type !== type)) return null;
  return hit;
}

function lookup(form: string): KnownEntity | undefined {
  const t = load();
  let hit: KnownEntity | undefined;
  const code = ACRONYM.test(form);
  if (code) hit = t.byCode.get(form);
  // a name in capitals ("JAPAN" on a headline) is the name, where no code is written so
  if (!hit && /^\p{Lu}/u.test(form) && (!code || SHOUTED_NAME.test(form)))
    hit = t.byName.get(form.toLowerCase().replace(/[’‘`´]/g, "'"));
  return hit;
}

// "Apple Inc.", "Volkswagen AG", "Tata Motors Ltd.", "Adani Group": the company of the form
// without its designator's period, or of the name before the designator
function companyBeforeDesignator(form: string): KnownEntity | undefined {
  const withoutPeriod = form.endsWith('.') ? lookup(form.slice(0, -1)) : undefined;
  if (withoutPeriod?.company) return withoutPeriod;
  // the last word, a designator with or without its period, after the name and its comma
  const space = form.lastIndexOf(' ');
  if (space < 1) return undefined;
  const last = form.endsWith('.') ? form.slice(space + 1, -1) : form.slice(space + 1);
  if (!COMPANY_DESIGNATORS.has(last.toLowerCase())) return undefined;
  const hit = lookup(form.slice(0, form[space - 1] === ',' ? space - 1 : space));
  return hit?.company ? hit : undefined;
}

/**
 * A known entity written in the text: tokens first..last.
 *
 * @example
 * const k: KnownSpan = { first: 3, last: 4, entity: { name: 'United States', type: 'place', code: 'US' } };
 */
export interface KnownSpan {
  first: number;
  last: number;
  entity: KnownEntity;
}

/**
 * The known countries, international bodies and companies written in a token list (only
 * those of `type` when given), longest match first, never across punctuation or a line break.
 *
 * @example
 * const parsed = parseText('Talks in the United States and the OSCE.');
 * knownSpans(parsed.text, parsed.tokens).map((k) => k.entity.name);
 * // ['United States', 'Organization for Security and Co-operation in Europe']
 */
export function knownSpans(source: string, tokens: readonly Token[], type?: 'place' | 'organization'): KnownSpan[] {
  const t = load();
  const out: KnownSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: KnownSpan | null = null;
    const word = tokens[i]!.text;
    if (/^[\p{Lu}\p{Lt}]/u.test(word) && t.firstWords.has(word.toLowerCase())) {
      for (let n = Math.min(t.maxWords, tokens.length - i); n >= 1 && !found; n--) {
        const a = tokens[i]!;
        const b = tokens[i + n - 1]!;
        if (n > 1 && /[\n,;:()"“”]/.test(source.slice(a.end, b.start))) continue;
        const hit = canonicalEntity(source.slice(a.start, b.end), type);
        if (hit) found = { first: i, last: i + n - 1, entity: hit };
      }
    }
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else i++;
  }
  return out;
}

/**
 * Marks the tokens inside a country name or code: 'B' on the first word, 'I' on the
 * others, '' elsewhere (a feature of the tagger). Longest match first.
 *
 * @example
 * const parsed = parseText('Talks in the United States and UK.');
 * countryMatches(parsed.text, parsed.tokens); // ['', '', '', 'B', 'I', '', 'B']
 */
export function countryMatches(source: string, tokens: readonly Token[]): string[] {
  const out = new Array<string>(tokens.length).fill('');
  for (const k of knownSpans(source, tokens, 'place')) {
    out[k.first] = 'B';
    for (let j = k.first + 1; j <= k.last; j++) out[j] = 'I';
  }
  return out;
}

let nationalities: ReadonlyMap<string, string> | null = null;

/**
 * The country (ISO 3166-1 alpha-2) a nationality adjective names, from the i18n-nationality
 * table in countries-data.ts, or its plural as the noun for the people ("Australians",
 * "Israelis"), or null. Written with a capital, as news writes it.
 *
 * @example
 * countryOfNationality('Lebanese'); // 'LB'
 * countryOfNationality('Australians'); // 'AU'
 * countryOfNationality('lebanese'); // null
 */
export function countryOfNationality(word: string): string | null {
  nationalities ??= new Map(NATIONALITY_ROWS.map(([code, adjective]) => [adjective, code]));
  return nationalities.get(word) ?? (word.endsWith('s') ? (nationalities.get(word.slice(0, -1)) ?? null) : null);
}

// isKnownPlaceName by the name as written, remembered: four look-ups, asked of each candidate by many rules.
const placeByWritten = boundedMemo(
  (name: string): boolean =>
    canonicalEntity(name, 'place') !== null ||
    isCityName(name) ||
    regionCountry(name) !== null ||
    lexiconTags(name.toLowerCase()).some((t) => t === 'Country' || t === 'Region' || t === 'City'),
);

/**
 * True when a name is a known place: a country of the table, a city or a region of the
 * gazetteers, or a country, region or city in compromise's lexicon ("South Dakota").
 *
 * @example
 * isKnownPlaceName('South Dakota'); // true
 * isKnownPlaceName('Varco'); // false
 */
export function isKnownPlaceName(name: string): boolean {
  return placeByWritten(name);
}
