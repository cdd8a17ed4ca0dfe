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
