/**
 * Month names of the languages the language detector knows, read from Intl data (no
 * hand-typed lists): the long and short forms, both as they stand alone ("Dezember",
 * "декабрь") and inside a date ("7 декабря", the genitive). Used to read datelines of pages
 * in other languages ("7. Dezember 2021", "7 de diciembre de 2021", "7 декабря 2021 г.").
 * Languages that write months as numbers (Chinese, Japanese, Korean, Vietnamese) have no
 * names here, nor Sinhala (see WITHOUT_NAMES). The full names of months and weekdays also
 * tell the entity stage that a capitalized word of a text in another language ("Oktober",
 * "Sonntag") is no name.
 *
 * The month table ships generated (localized-months.data.ts, written by
 * scripts/build-localized-months.ts with monthNamesFromIntl below): building it at module
 * load made 128 Intl.DateTimeFormat objects, ~230M instructions, about a third of importing
 * the clean stage. A test checks the shipped table against the runtime's Intl when the
 * runtime has the ICU version it was generated with. The calendar names of the entity stage
 * are still read from Intl, on first use.
 */
import { ISO_639_1 } from './language-codes.js';
import { LOCALIZED_MONTH_ENTRIES, LOCALIZED_WEEKDAY_NAMES } from './localized-months.data.js';
import { matchAnyPattern } from './pattern.js';

// Languages without names here: Chinese, Japanese and Korean write months as numbers; for
// Sinhala Intl (ICU 78, CLDR 48) gives the lunar months' names (දුරුතු, Duruthu, for January),
// not the Gregorian ones its news writes (ජනවාරි), in year-first dates no dateline pattern reads.
const WITHOUT_NAMES: ReadonlySet<string> = new Set(['cmn', 'jpn', 'kor', 'sin']);
const LOCALES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ISO_639_1).filter(([code]) => !WITHOUT_NAMES.has(code)),
);

// Languages of news pages whose month names datelines print, beyond the detector's (ISO_639_1):
// Finnish, Norwegian (Bokmål), Danish, Icelandic, Slovak, Slovene, Bosnian, Lithuanian, Latvian,
// Estonian, Malay, Filipino, Swahili. (Vietnamese writes "tháng 10", two words: a number.)
const MORE_MONTH_LOCALES: readonly string[] = [
  'fi',
  'nb',
  'da',
  'is',
  'sk',
  'sl',
  'bs',
  'lt',
  'lv',
  'et',
  'ms',
  'fil',
  'sw',
];

// The 15th of every month of 2021, and a week from Sunday 3 January 2021 (every weekday once).
const MONTH_DATES = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2021, m, 15)));
const WEEKDAY_DATES = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2021, 0, 3 + d)));

// What Intl writes for the month or weekday of each date in one format, lower case, trimmed
// ('' where it writes none); null for a runtime without this locale's data.
function intlNames(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  part: 'month' | 'weekday',
  dates: readonly Date[],
): string[] | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return null;
  }
  return dates.map(
    (date) =>
      format
        .formatToParts(date)
        .find((p) => p.type === part)
        ?.value.toLowerCase()
        .trim() ?? '',
  );
}

function monthNames(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  const formats = (['long', 'short'] as const).flatMap((month) => [{ month }, { day: 'numeric', month } as const]);
  const written = formats.map((options) => intlNames(locale, options, 'month', MONTH_DATES));
  if (written.some((w) => w === null)) return names; // a runtime without this locale's data
  for (let month = 1; month <= 12; month++) {
    for (const inFormat of written) {
      const name = inFormat![month - 1]!.replace(/\.$/, '').trim();
      // Only words: a numeric month ("12", "12月") is no name.
      if (name.length >= 3 && /^\p{L}[\p{L}\p{M}]*$/u.test(name) && !names.has(name)) names.set(name, month);
    }
  }
  return names;
}

/**
 * The full month names of one language (ISO 639-3), as they stand alone and inside a date,
 * lower case → month number, read from the runtime's Intl data when called (two formats:
 * call it once per language). Empty for a language without names or without Intl data.
 *
 * @example
 * longMonthNames('deu').get('juni'); // 6
 * longMonthNames('fra').get('juin'); // 6
 */
export function longMonthNames(language: string): Map<string, number> {
  const names = new Map<string, number>();
  const locale = LOCALES[language];
  if (!locale) return names;
  for (const options of [{ month: 'long' }, { day: 'numeric', month: 'long' }] as const) {
    const written = intlNames(locale, options, 'month', MONTH_DATES);
    written?.forEach((name, i) => {
      if (name.length >= 3 && /^\p{L}[\p{L}\p{M}]*$/u.test(name) && !names.has(name)) names.set(name, i + 1);
    });
  }
  return names;
}

/**
 * The month names of every language with names, read from the runtime's Intl data: lower-case
 * name or abbreviation (without its period) → month number; a name two languages give
 * different months is left out. What scripts/build-localized-months.ts writes to
 * localized-months.data.ts (LOCALIZED_MONTHS is that table).
 *
 * @example
 * monthNamesFromIntl().get('dezember'); // 12
 */
export function monthNamesFromIntl(): Map<string, number> {
  const all = new Map<string, number>();
  const conflicting = new Set<string>();
  for (const locale of [...Object.values(LOCALES), ...MORE_MONTH_LOCALES]) {
    for (const [name, month] of monthNames(locale)) {
      const known = all.get(name);
      if (known !== undefined && known !== month) conflicting.add(name);
      else all.set(name, month);
    }
  }
  for (const name of conflicting) all.delete(name);
  return all;
}

/**
 * The weekday names of every language with names and of MORE_MONTH_LOCALES, long and short
 * (without a period), lower case, read from the runtime's Intl data: what
 * scripts/build-localized-months.ts writes to localized-months.data.ts (LOCALIZED_WEEKDAYS is
 * that list). Names of two words stay ("thứ tư", "יום רביעי").
 *
 * @example
 * weekdayNamesFromIntl().has('mittwoch'); // true
 */
export function weekdayNamesFromIntl(): Set<string> {
  const all = new Set<string>();
  for (const locale of [...Object.values(LOCALES), ...MORE_MONTH_LOCALES, 'zh', 'ja', 'ko', 'vi']) {
    for (const weekday of ['long', 'short'] as const) {
      for (const name of intlNames(locale, { weekday }, 'weekday', WEEKDAY_DATES) ?? []) {
        const word = name.replace(/\.$/, '').trim();
        if (word.length >= 2 && /^\p{L}[\p{L}\p{M}]*(?: [\p{L}\p{M}]+)?$/u.test(word)) all.add(word);
      }
    }
  }
  return all;
}

/**
 * Lower-case weekday names, long and short (without their period), of every language with
 * names ("mittwoch", "onsdag", "الأربعاء", "星期三", "thứ tư").
 *
 * @example
 * isLocalizedWeekday('Onsdag'); // true
 * isLocalizedWeekday('Berlin'); // false
 */
export const LOCALIZED_WEEKDAYS: ReadonlySet<string> = new Set(LOCALIZED_WEEKDAY_NAMES);

/**
 * True when the word (or two words) is a weekday's name or abbreviation in a known language.
 *
 * @example
 * isLocalizedWeekday('Thứ Tư'); // true
 */
export function isLocalizedWeekday(name: string): boolean {
  return LOCALIZED_WEEKDAYS.has(name.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' '));
}

/**
 * Lower-case month name or abbreviation (without its period) → month number, over every
 * language with names; a name two languages give different months is left out.
 *
 * @example
 * LOCALIZED_MONTHS.get('dezember'); // 12
 * LOCALIZED_MONTHS.get('diciembre'); // 12
 */
export const LOCALIZED_MONTHS: ReadonlyMap<string, number> = new Map(LOCALIZED_MONTH_ENTRIES);

/**
 * The localized month names as a regex alternation (longest first; use with the 'i' and
 * 'u' flags), for building dateline patterns.
 *
 * @example
 * new RegExp(`^(?:${LOCALIZED_MONTH_PATTERN})$`, 'iu').test('Dezember'); // true
 */
export const LOCALIZED_MONTH_PATTERN = matchAnyPattern(LOCALIZED_MONTHS.keys());

/**
 * The month number of a month name in any known language, or undefined.
 *
 * @example
 * localizedMonth('Décembre'); // 12
 * localizedMonth('Sunday');   // undefined
 */
export function localizedMonth(name: string): number | undefined {
  return LOCALIZED_MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

// Full month and weekday names (no abbreviations: "Jan" and "Dom" are also names), built on first use.
let calendarNames: ReadonlySet<string> | undefined;

function buildCalendarNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const locale of Object.values(LOCALES)) {
    const written = [
      ...(intlNames(locale, { month: 'long' }, 'month', MONTH_DATES) ?? []),
      ...(intlNames(locale, { weekday: 'long' }, 'weekday', WEEKDAY_DATES) ?? []),
    ];
    for (const name of written) if (name.length >= 3 && /^\p{L}[\p{L}\p{M}-]*$/u.test(name)) names.add(name);
  }
  return names;
}

/**
 * True when the word is the full name of a month or a weekday in one of the known languages
 * (any case; abbreviations are not names here).
 *
 * @example
 * isCalendarName('Oktober'); // true
 * isCalendarName('Sonntag'); // true
 * isCalendarName('Jan');     // false
 */
export function isCalendarName(word: string): boolean {
  calendarNames ??= buildCalendarNames();
  return calendarNames.has(word.toLowerCase());
}
