/**
 * Named holidays and festivals of news English, with the rule that dates each one.
 *
 * One table serves every stage: the date stage resolves the holidays that have a `date`
 * ("Thanksgiving" → the fourth Thursday of November), the entity stage never takes a holiday
 * for a name ("Christmas", "Ramadan"), and a year after a holiday is still a date
 * ("Christmas 1989"). The Chinese lunisolar festivals ("Lunar New Year", "Mid-Autumn Festival")
 * are dated from the Chinese calendar; holidays of other lunar calendars (Ramadan, Diwali,
 * Passover) have no `date`: they are known names, but computing them is out of scope.
 */
import { matchAnyPattern } from './pattern.js';

/**
 * How to find a holiday's date in a given year:
 * - `{ month, day }`: a fixed date;
 * - `{ month, weekday, nth, offset? }`: the nth (1-based; -1 = last) weekday (0 = Sunday) of
 *   a month, plus `offset` days;
 * - `{ easterOffset }`: days after Easter Sunday (Gregorian computus), negative before;
 * - `{ chineseMonth, chineseDay }`: a day of the Chinese calendar, in the Chinese year that
 *   begins in the given year.
 *
 * @example
 * const thanksgiving: HolidayDate = { month: 11, weekday: 4, nth: 4 };
 * const goodFriday: HolidayDate = { easterOffset: -2 };
 */
export type HolidayDate =
  | { readonly month: number; readonly day: number }
  | { readonly month: number; readonly weekday: number; readonly nth: number; readonly offset?: number }
  | { readonly easterOffset: number }
  | { readonly chineseMonth: number; readonly chineseDay: number };

/**
 * A holiday: a stable key, the ways it is written (capitalized, before an optional "Day";
 * an apostrophe matches ' and ’, a space any whitespace), and its date rule if computable.
 *
 * @example
 * const labor: Holiday = { key: 'labor', forms: ['Labor', 'Labour'], needsDay: 'always', date: { month: 9, weekday: 1, nth: 1 } };
 */
export interface Holiday {
  readonly key: string;
  readonly forms: readonly string[];
  /**
   * When "Day" must follow: `'always'` ("Labor Day"; "Labor" alone is a party or a noun),
   * `'as-date'` (the date stage resolves "New Year's Day", not "the New Year"), `'as-name'`
   * ("St. Patrick" alone is the saint, "St. Patrick's" alone still dates a parade).
   */
  readonly needsDay?: 'always' | 'as-date' | 'as-name';
  readonly date?: HolidayDate;
}

/**
 * The holidays, most specific first where one name extends another ("Easter Monday", "Easter").
 *
 * @example
 * HOLIDAYS.find((h) => h.key === 'christmas')!.date; // { month: 12, day: 25 }
 */
export const HOLIDAYS: readonly Holiday[] = Object.freeze([
  { key: 'new year', forms: ['New Year', "New Year's"], needsDay: 'as-date', date: { month: 1, day: 1 } },
  { key: 'new year eve', forms: ['New Year Eve', "New Year's Eve"], date: { month: 12, day: 31 } },
  { key: 'christmas', forms: ['Christmas'], date: { month: 12, day: 25 } },
  { key: 'christmas eve', forms: ['Christmas Eve'], date: { month: 12, day: 24 } },
  { key: 'boxing', forms: ['Boxing'], needsDay: 'always', date: { month: 12, day: 26 } },
  { key: 'independence', forms: ['Independence'], needsDay: 'always', date: { month: 7, day: 4 } },
  { key: 'fourth of july', forms: ['Fourth of July', 'July Fourth', 'July 4th'], date: { month: 7, day: 4 } },
  { key: 'halloween', forms: ['Halloween'], date: { month: 10, day: 31 } },
  { key: 'valentine', forms: ['Valentine', "Valentine's"], needsDay: 'always', date: { month: 2, day: 14 } },
  { key: 'veterans', forms: ['Veterans', "Veterans'"], needsDay: 'always', date: { month: 11, day: 11 } },
  { key: 'armistice', forms: ['Armistice'], needsDay: 'always', date: { month: 11, day: 11 } },
  { key: 'st patrick', forms: ['St. Patrick', "St. Patrick's"], needsDay: 'as-name', date: { month: 3, day: 17 } },
  { key: 'bastille', forms: ['Bastille'], needsDay: 'always', date: { month: 7, day: 14 } },
  { key: 'thanksgiving', forms: ['Thanksgiving'], date: { month: 11, weekday: 4, nth: 4 } },
  { key: 'memorial', forms: ['Memorial'], needsDay: 'always', date: { month: 5, weekday: 1, nth: -1 } },
  { key: 'labor', forms: ['Labor', 'Labour'], needsDay: 'always', date: { month: 9, weekday: 1, nth: 1 } },
  {
    key: 'martin luther king',
    forms: ['Martin Luther King', 'Martin Luther King Jr.', 'Martin Luther King Jr'],
    needsDay: 'always',
    date: { month: 1, weekday: 1, nth: 3 },
  },
  {
    key: 'presidents',
    forms: ['Presidents', "Presidents'"],
    needsDay: 'always',
    date: { month: 2, weekday: 1, nth: 3 },
  },
  { key: 'mothers', forms: ["Mother's"], needsDay: 'always', date: { month: 5, weekday: 0, nth: 2 } },
  { key: 'fathers', forms: ["Father's"], needsDay: 'always', date: { month: 6, weekday: 0, nth: 3 } },
  // US federal elections: the Tuesday after the first Monday of November
  { key: 'election', forms: ['Election'], needsDay: 'always', date: { month: 11, weekday: 1, nth: 1, offset: 1 } },
  { key: 'easter sunday', forms: ['Easter Sunday'], date: { easterOffset: 0 } },
  { key: 'easter monday', forms: ['Easter Monday'], date: { easterOffset: 1 } },
  { key: 'easter', forms: ['Easter'], date: { easterOffset: 0 } },
  { key: 'good friday', forms: ['Good Friday'], date: { easterOffset: -2 } },
  { key: 'palm sunday', forms: ['Palm Sunday'], date: { easterOffset: -7 } },
  { key: 'holy thursday', forms: ['Holy Thursday', 'Maundy Thursday'], date: { easterOffset: -3 } },
  { key: 'ash wednesday', forms: ['Ash Wednesday'], date: { easterOffset: -46 } },
  { key: 'fat tuesday', forms: ['Fat Tuesday'], date: { easterOffset: -47 } },
  { key: 'black friday', forms: ['Black Friday'], date: { month: 11, weekday: 4, nth: 4, offset: 1 } },
  { key: 'cyber monday', forms: ['Cyber Monday'], date: { month: 11, weekday: 4, nth: 4, offset: 4 } },
  // the big US primary day: the first Tuesday of March since 2012
  { key: 'super tuesday', forms: ['Super Tuesday'], date: { month: 3, weekday: 2, nth: 1 } },
  { key: 'inauguration', forms: ['Inauguration'], needsDay: 'always', date: { month: 1, day: 20 } },
  // the Chinese lunisolar calendar (Korea's Seollal and Vietnam's Tet, counted from other
  // meridians, fall a day apart in some years and are left undated)
  {
    key: 'lunar new year',
    forms: ['Lunar New Year', "Lunar New Year's", 'Chinese New Year', "Chinese New Year's", 'Spring Festival'],
    date: { chineseMonth: 1, chineseDay: 1 },
  },
  { key: 'lantern festival', forms: ['Lantern Festival'], date: { chineseMonth: 1, chineseDay: 15 } },
  { key: 'dragon boat festival', forms: ['Dragon Boat Festival'], date: { chineseMonth: 5, chineseDay: 5 } },
  { key: 'mid-autumn festival', forms: ['Mid-Autumn Festival'], date: { chineseMonth: 8, chineseDay: 15 } },
  // Known names without a computed date (lunar or lunisolar calendars, or not resolved yet).
  { key: 'ramadan', forms: ['Ramadan'] },
  { key: 'eid', forms: ['Eid', 'Eid al-Fitr', 'Eid al-Adha', 'Eid ul-Fitr', 'Eid ul-Adha'] },
  { key: 'hanukkah', forms: ['Hanukkah'] },
  { key: 'passover', forms: ['Passover'] },
  { key: 'diwali', forms: ['Diwali'] },
  { key: 'lent', forms: ['Lent'] },
  { key: 'advent', forms: ['Advent'] },
  { key: 'pentecost', forms: ['Pentecost'] },
  { key: 'yom kippur', forms: ['Yom Kippur'] },
  { key: 'rosh hashanah', forms: ['Rosh Hashanah'] },
] satisfies Holiday[]);

/**
 * Holiday surface form (lower case, apostrophes dropped, spaces collapsed) → its holiday.
 *
 * @example
 * holidayByForm("New Year’s Eve")!.key; // 'new year eve'
 * holidayByForm('Labour')!.key; // 'labor'
 */
export function holidayByForm(form: string): Holiday | undefined {
  return HOLIDAY_BY_FORM.get(formKey(form));
}

function formKey(form: string): string {
  return form.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim();
}

const HOLIDAY_BY_FORM: ReadonlyMap<string, Holiday> = new Map(
  HOLIDAYS.flatMap((h) => h.forms.map((f) => [formKey(f), h] as const)),
);

/**
 * Every holiday form, as a case-sensitive regex alternation (longest first). Forms of
 * holidays that need "Day" are included without it: add `(?:\s+Day)?` where used.
 *
 * @example
 * new RegExp(`^(?:${HOLIDAY_FORM_PATTERN})$`).test('Good Friday'); // true
 */
export const HOLIDAY_FORM_PATTERN = matchAnyPattern(HOLIDAYS.flatMap((h) => h.forms));

/**
 * Forms of the holidays the date stage can compute (those with a `date`).
 *
 * @example
 * new RegExp(`^(?:${DATED_HOLIDAY_FORM_PATTERN})$`).test('Ramadan'); // false (no computed date)
 */
export const DATED_HOLIDAY_FORM_PATTERN = matchAnyPattern(HOLIDAYS.filter((h) => h.date).flatMap((h) => h.forms));

/**
 * A whole holiday name as written in running text: a form, with "Day" where it needs one
 * ("Labor Day", "Christmas", "Christmas Day", "New Year's Eve"). Anchor it where used.
 *
 * @example
 * new RegExp(`^(?:${HOLIDAY_NAME_PATTERN})$`).test('Labor Day'); // true
 * new RegExp(`^(?:${HOLIDAY_NAME_PATTERN})$`).test('Labor'); // false
 */
export const HOLIDAY_NAME_PATTERN = [
  `(?:${matchAnyPattern(HOLIDAYS.filter((h) => nameNeedsDay(h)).flatMap((h) => h.forms))})\\s+Day`,
  `(?:${matchAnyPattern(HOLIDAYS.filter((h) => !nameNeedsDay(h)).flatMap((h) => h.forms))})(?:\\s+Day)?`,
].join('|');

/**
 * True when the date stage resolves this holiday only with "Day" after it.
 *
 * @example
 * dateNeedsDay(holidayByForm("New Year's")!); // true
 * dateNeedsDay(holidayByForm('Christmas')!); // false
 */
export function dateNeedsDay(holiday: Holiday): boolean {
  return holiday.needsDay === 'always' || holiday.needsDay === 'as-date';
}

function nameNeedsDay(holiday: Holiday): boolean {
  return holiday.needsDay === 'always' || holiday.needsDay === 'as-name';
}
