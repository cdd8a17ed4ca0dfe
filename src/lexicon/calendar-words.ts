/**
 * Calendar words of news English: months with their abbreviations, weekdays, parts of the
 * day and seasons with their TIMEX3 codes. One table per concept; every regex source below
 * is derived from these tables, so a word added here is read by every stage (the date
 * parsers, the cleaner's dateline rules, the entity and quote stop lists).
 *
 * Holidays have their own module (`holidays.ts`).
 */
import { capitalize, matchAnyPattern } from './pattern.js';

/**
 * A month: its lower-case name, its number and its abbreviations.
 *
 * @example
 * const march: Month = { name: 'march', number: 3, abbreviations: ['mar'], abbreviationNeedsPeriod: true, ambiguous: true };
 */
export interface Month {
  readonly name: string;
  /** 1 = January ... 12 = December. */
  readonly number: number;
  /** Lower-case abbreviations, without their period. */
  readonly abbreviations: readonly string[];
  /** The abbreviation is also a word or a name ("Mar", "Jun"): read as a month only with its period. */
  readonly abbreviationNeedsPeriod?: boolean;
  /** The name alone is also an ordinary word or a given name ("may", "march", "june"). */
  readonly ambiguous?: boolean;
}

/**
 * The twelve months.
 *
 * @example
 * MONTH_TABLE[8]!.abbreviations; // ['sept', 'sep']
 */
export const MONTH_TABLE: readonly Month[] = Object.freeze([
  { name: 'january', number: 1, abbreviations: ['jan'] },
  { name: 'february', number: 2, abbreviations: ['feb'] },
  { name: 'march', number: 3, abbreviations: ['mar'], abbreviationNeedsPeriod: true, ambiguous: true },
  { name: 'april', number: 4, abbreviations: ['apr'], ambiguous: true },
  { name: 'may', number: 5, abbreviations: [], ambiguous: true },
  { name: 'june', number: 6, abbreviations: ['jun'], abbreviationNeedsPeriod: true, ambiguous: true },
  { name: 'july', number: 7, abbreviations: ['jul'], abbreviationNeedsPeriod: true },
  { name: 'august', number: 8, abbreviations: ['aug'], ambiguous: true },
  { name: 'september', number: 9, abbreviations: ['sept', 'sep'] },
  { name: 'october', number: 10, abbreviations: ['oct'] },
  { name: 'november', number: 11, abbreviations: ['nov'] },
  { name: 'december', number: 12, abbreviations: ['dec'] },
]);

/**
 * Month name or abbreviation (lower case) → month number.
 *
 * @example
 * MONTHS['sept']; // 9
 * MONTHS.dec; // 12
 */
export const MONTHS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(MONTH_TABLE.flatMap((m) => [[m.name, m.number], ...m.abbreviations.map((a) => [a, m.number])])),
);

/** Every month abbreviation, lower case ("jan" ... "dec", with "sept" and "sep"). */
export const MONTH_ABBREVIATIONS: readonly string[] = Object.freeze(MONTH_TABLE.flatMap((m) => m.abbreviations));

/**
 * Full month names only, lower case (use with the 'i' flag; abbreviations are too ambiguous
 * without a day number).
 *
 * @example
 * new RegExp(`^(?:${MONTH_NAME_PATTERN})$`, 'i').test('March'); // true
 * new RegExp(`^(?:${MONTH_NAME_PATTERN})$`, 'i').test('Mar.'); // false
 */
export const MONTH_NAME_PATTERN = matchAnyPattern(MONTH_TABLE.map((m) => m.name));

/**
 * Month names and abbreviations, lower case (use with the 'i' flag); an abbreviation that is
 * also a word ("Mar", "Jun", "Jul") needs its period.
 *
 * @example
 * new RegExp(`^(?:${MONTH_PATTERN})$`, 'i').test('Sept.'); // true
 * new RegExp(`^(?:${MONTH_PATTERN})$`, 'i').test('Mar'); // false ('Mar' needs its period)
 */
export const MONTH_PATTERN = [
  MONTH_NAME_PATTERN,
  ...MONTH_TABLE.flatMap((m) =>
    [...m.abbreviations]
      .sort((a, b) => b.length - a.length)
      .map((a) => (m.abbreviationNeedsPeriod ? `${a}\\.` : `${a}\\.?`)),
  ),
].join('|');

/**
 * A capitalized month name or abbreviation with an optional period, as sites print them in
 * datelines and embeds (case-sensitive; a group, ready to be embedded).
 *
 * @example
 * new RegExp(`^${CAPITALIZED_MONTH_PATTERN}$`).test('Sept.'); // true
 * new RegExp(`^${CAPITALIZED_MONTH_PATTERN}$`).test('december'); // false
 */
export const CAPITALIZED_MONTH_PATTERN = `(?:${matchAnyPattern(
  MONTH_TABLE.flatMap((m) => [m.name, ...m.abbreviations].map(capitalize)),
)})\\.?`;

/**
 * A weekday: its lower-case name, its number (0 = Sunday, chrono's numbering) and its abbreviations.
 *
 * @example
 * const friday: Weekday = { name: 'friday', number: 5, abbreviations: ['fri'] };
 */
export interface Weekday {
  readonly name: string;
  readonly number: number;
  readonly abbreviations: readonly string[];
}

/**
 * The seven weekdays, Sunday first.
 *
 * @example
 * WEEKDAY_TABLE[4]!.abbreviations; // ['thu', 'thur', 'thurs']
 */
export const WEEKDAY_TABLE: readonly Weekday[] = Object.freeze([
  { name: 'sunday', number: 0, abbreviations: ['sun'] },
  { name: 'monday', number: 1, abbreviations: ['mon'] },
  { name: 'tuesday', number: 2, abbreviations: ['tue', 'tues'] },
  { name: 'wednesday', number: 3, abbreviations: ['wed'] },
  { name: 'thursday', number: 4, abbreviations: ['thu', 'thur', 'thurs'] },
  { name: 'friday', number: 5, abbreviations: ['fri'] },
  { name: 'saturday', number: 6, abbreviations: ['sat'] },
]);

/**
 * Weekday name (lower case) → 0 = Sunday ... 6 = Saturday.
 *
 * @example
 * WEEKDAYS.friday; // 5
 * WEEKDAYS.sunday; // 0
 */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(WEEKDAY_TABLE.map((d) => [d.name, d.number])),
);

/**
 * Full weekday names, lower case (use with the 'i' flag).
 *
 * @example
 * new RegExp(`^(?:${WEEKDAY_PATTERN})$`, 'i').test('Friday'); // true
 * new RegExp(`^(?:${WEEKDAY_PATTERN})$`, 'i').test('Fri'); // false
 */
export const WEEKDAY_PATTERN = matchAnyPattern(WEEKDAY_TABLE.map((d) => d.name));

/**
 * Weekday abbreviations, lower case (use with the 'i' flag): "Sun", "Tues", "Thurs".
 *
 * @example
 * new RegExp(`^(?:${WEEKDAY_ABBREVIATION_PATTERN})$`, 'i').test('Thurs'); // true
 */
export const WEEKDAY_ABBREVIATION_PATTERN = matchAnyPattern(WEEKDAY_TABLE.flatMap((d) => d.abbreviations));

/**
 * A part of the day and its TIMEX3 code; `alsoWritten` are other words for it ("tonight").
 *
 * @example
 * const night: PartOfDay = { name: 'night', code: 'TNI', alsoWritten: ['tonight', 'overnight'] };
 */
export interface PartOfDay {
  readonly name: string;
  readonly code: string;
  readonly alsoWritten: readonly string[];
}

/**
 * The parts of the day, in the order of the day.
 *
 * @example
 * PARTS_OF_DAY.map((p) => p.code); // ['TMO', 'TAF', 'TEV', 'TNI']
 */
export const PARTS_OF_DAY: readonly PartOfDay[] = Object.freeze([
  { name: 'morning', code: 'TMO', alsoWritten: [] },
  { name: 'afternoon', code: 'TAF', alsoWritten: [] },
  { name: 'evening', code: 'TEV', alsoWritten: [] },
  { name: 'night', code: 'TNI', alsoWritten: ['tonight', 'overnight'] },
]);

/**
 * TIMEX3 codes of the parts of the day, by name.
 *
 * @example
 * PART_OF_DAY_CODES.night; // 'TNI'
 */
export const PART_OF_DAY_CODES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(PARTS_OF_DAY.map((p) => [p.name, p.code])),
);

/**
 * A season, its TIMEX3 code and the month it starts in (winter belongs to the year it starts in).
 *
 * @example
 * const fall: Season = { name: 'fall', code: 'FA', firstMonth: 9 };
 */
export interface Season {
  readonly name: string;
  readonly code: string;
  readonly firstMonth: number;
}

/**
 * The seasons ("fall" and "autumn" are one).
 *
 * @example
 * SEASONS.find((s) => s.name === 'autumn')!.code; // 'FA'
 */
export const SEASONS: readonly Season[] = Object.freeze([
  { name: 'spring', code: 'SP', firstMonth: 3 },
  { name: 'summer', code: 'SU', firstMonth: 6 },
  { name: 'fall', code: 'FA', firstMonth: 9 },
  { name: 'autumn', code: 'FA', firstMonth: 9 },
  { name: 'winter', code: 'WI', firstMonth: 12 },
]);

/**
 * Season names, lower case (use with the 'i' flag).
 *
 * @example
 * new RegExp(`^(?:${SEASON_PATTERN})$`, 'i').test('Autumn'); // true
 */
export const SEASON_PATTERN = matchAnyPattern(SEASONS.map((s) => s.name));
