/**
 * Time-zone abbreviations written after a clock time in news copy ("14.30 GMT", "9 a.m. EST").
 *
 * One table for every stage: the date stage reads a zone after a clock time as part of the
 * TIME, and the entity stage never takes one for an organization ("8AM PST" is no "PST").
 * Only abbreviations news wires use; ambiguous ones ("IST": India or Ireland) are kept since
 * either way they are zones after a clock time.
 */

// prettier-ignore
const ZONES = [
  'GMT', 'UTC', 'BST', 'IST', 'WET', 'WEST', 'CET', 'CEST', 'EET', 'EEST', 'MSK',
  'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST',
  'AST', 'ADT', 'NST', 'NDT', 'JST', 'KST', 'HKT', 'SGT', 'PHT', 'WIB', 'AEST', 'AEDT',
  'ACST', 'ACDT', 'AWST', 'NZST', 'NZDT', 'GST', 'PKT', 'BRT', 'ART', 'SAST', 'WAT', 'EAT', 'CAT',
] as const;

/**
 * Time-zone abbreviations, upper case.
 *
 * @example
 * TIME_ZONE_ABBREVIATIONS.has('PST'); // true
 * TIME_ZONE_ABBREVIATIONS.has('NATO'); // false
 */
export const TIME_ZONE_ABBREVIATIONS: ReadonlySet<string> = new Set(ZONES);

// The end of a clock time: a digit, "a.m."/"PM" (also glued to the digits: "8AM"), noon, midnight.
const CLOCK_TIME_END = /(?:\d|(?:\b|(?<=\d))[AaPp]\.?[Mm]\.?|\bnoon|\bmidnight)\s*$/;

/**
 * True when `word` is a time-zone abbreviation written right after a clock time: `before` is
 * the text just before it ("8AM ", "14.30 ", "5 p.m. ").
 *
 * @example
 * isZoneAfterClockTime('PST', 'opens at 8AM '); // true
 * isZoneAfterClockTime('PST', 'The union '); // false
 */
export function isZoneAfterClockTime(word: string, before: string): boolean {
  return TIME_ZONE_ABBREVIATIONS.has(word) && CLOCK_TIME_END.test(before);
}
