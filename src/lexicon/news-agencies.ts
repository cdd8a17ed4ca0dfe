/**
 * Wire agencies: the services whose copy other outlets carry under their credit ("By Jane
 * Doe, Reuters", "(AFP) –"). Used to tell an agency credit (`metadata.agency`) from the
 * outlet that publishes the page (`metadata.outlet`). Names as the credits print them.
 */
import { matchAnyPattern } from './pattern.js';

/**
 * Wire agency names and their common short forms.
 *
 * @example
 * WIRE_AGENCIES.includes('Reuters'); // true
 */
export const WIRE_AGENCIES: readonly string[] = Object.freeze([
  'Reuters',
  'Thomson Reuters',
  'AP',
  'Associated Press',
  'The Associated Press',
  'AFP',
  'Agence France-Presse',
  'Agence France Presse',
  'dpa',
  'DPA',
  'EFE',
  'Europa Press',
  'ANSA',
  'Xinhua',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Sputnik',
  'Yonhap',
  'Kyodo',
  'Kyodo News',
  'Jiji Press',
  'Anadolu',
  'Anadolu Agency',
  'PTI',
  'IANS',
  'ANI',
  'UNI',
  'Bernama',
  'Antara',
  'PA',
  'PA Media',
  'Press Association',
  'UPI',
  'United Press International',
  'Bloomberg',
  'AAP',
  'The Canadian Press',
  'CP',
  'Lusa',
  'Agência Brasil',
  'Notimex',
  'Télam',
  'Belga',
  'ANP',
  'APA',
  'BTA',
  'MTI',
  'PAP',
  'ČTK',
  'CTK',
  'Ukrinform',
  'UNIAN',
  'KUNA',
  'QNA',
  'WAM',
  'SPA',
  'IRNA',
  'NNA',
  'PNA',
  'Central News Agency',
  'CNA',
  'KCNA',
  'SANA',
  'MENA',
  'Keystone-SDA',
  'SDA',
  'NTB',
  'TT',
  'Ritzau',
  'STT',
]);

/**
 * Agencies and state outlets news names by more than one form, for the entity stage's table of
 * known names (entities/countries.ts): [canonical name, ...other written forms]. Every form is
 * one organization with one id ("Xinhua" and "Xinhua News Agency" are `organization:xinhua`), and
 * a long form stays one name where a headline in Title Case would cut it. From general knowledge:
 * the agencies' own names in English; a form that is also a common acronym is left out ("CCTV" is
 * closed-circuit television too, "CNS" a nervous system). A site keeps its own row: an agency's
 * site is a body of its own to annotators ("Xinhuanet" beside "Xinhua News Agency").
 *
 * @example
 * AGENCY_NAME_ROWS.find((r) => r[0] === 'Xinhua'); // ['Xinhua', 'Xinhua News Agency', 'New China News Agency']
 */
// prettier-ignore
export const AGENCY_NAME_ROWS: ReadonlyArray<readonly string[]> = Object.freeze([
  ['Xinhua', 'Xinhua News Agency', 'New China News Agency'],
  ['Xinhuanet', 'Xinhuanet.com', 'Xinhua Net'],
  ['China News Service', 'Chinanews.com', 'Chinanews', 'China News Network'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['Kyodo', 'Kyodo News', 'Kyodo News Agency'],
  ['Yonhap', 'Yonhap News Agency', 'Yonhap News'],
  ['Anadolu', 'Anadolu Agency', 'Anadolu News Agency'],
  ['Vietnam News Agency', 'VNA'],
  ['Bernama', 'Malaysian National News Agency'],
  ['KCNA', 'Korean Central News Agency'],
]);

/**
 * The agency names as a regex alternation (longest first), for building credit patterns.
 *
 * @example
 * new RegExp(`^(?:${WIRE_AGENCY_PATTERN})$`).test('Associated Press'); // true
 */
export const WIRE_AGENCY_PATTERN = matchAnyPattern(WIRE_AGENCIES);

const AGENCY_SET: ReadonlySet<string> = new Set(WIRE_AGENCIES.map((a) => a.toLowerCase()));

/**
 * True when a credit names a wire agency ('Reuters', 'AFP', 'The Associated Press').
 *
 * @example
 * isWireAgency('afp');  // true
 * isWireAgency('CNN');  // false
 */
export function isWireAgency(name: string): boolean {
  return AGENCY_SET.has(name.trim().toLowerCase());
}
