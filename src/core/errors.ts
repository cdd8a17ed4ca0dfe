/**
 * Argument checks shared by every public function.
 *
 * Bad input must fail at the door with a TypeError/RangeError that names the problem,
 * never deep inside a regex or a dependency. Unknown option names are rejected so a typo
 * ('publishedat') is not silently ignored.
 */

/**
 * Throws a TypeError unless `value` is a string.
 *
 * @example
 * assertText(raw, 'clean'); // TypeError: clean: expected text to be a string, got number
 */
export function assertText(value: unknown, fn: string, what = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: expected ${what} to be a string, got ${describe(value)}`);
  }
}

/**
 * Checks an options argument: undefined or a plain object whose keys are all known.
 * Returns the options as an object (empty when undefined).
 *
 * @example
 * const opts = checkOptions(options, ['publishedAt'], 'resolveDates');
 */
export function checkOptions<T extends object>(
  options: T | undefined,
  known: readonly string[],
  fn: string,
): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: expected options to be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(`${fn}: unknown option '${key}' (known options: ${known.join(', ')})`);
    }
  }
  return options;
}

/**
 * Throws a TypeError unless `value` is an array whose items are all plain objects (not null,
 * not arrays); `what` names the argument in the message ('options.entities').
 *
 * @example
 * assertObjectArray(options.entities, 'extractQuotes', 'options.entities');
 */
export function assertObjectArray(value: unknown, fn: string, what: string): asserts value is object[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: expected ${what} to be an array, got ${describe(value)}`);
  const bad = value.findIndex((item) => typeof item !== 'object' || item === null || Array.isArray(item));
  if (bad >= 0) throw new TypeError(`${fn}: expected ${what}[${bad}] to be an object, got ${describe(value[bad])}`);
}

/**
 * Throws a TypeError unless `value` is undefined or reads as an ISO 639-3 code (three
 * lower-case letters: 'eng', 'por'), naming the function and the option.
 *
 * @example
 * assertLanguageCode(options.language, 'extractEntities', 'options.language');
 */
export function assertLanguageCode(value: unknown, fn: string, what: string): asserts value is string | undefined {
  if (value !== undefined && (typeof value !== 'string' || !/^[a-z]{3}$/.test(value)))
    throw new TypeError(
      `${fn}: expected ${what} to be an ISO 639-3 code such as 'eng' or 'por', got ${JSON.stringify(value)}`,
    );
}

/**
 * Throws unless `value` is a whole number within [min, max]: a TypeError for a non-number,
 * a RangeError for NaN, a fraction or a number out of range.
 *
 * @example
 * assertInteger(start, 'countScripts', 'start', 0, text.length);
 */
export function assertInteger(
  value: unknown,
  fn: string,
  what: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: expected ${what} to be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${fn}: ${what} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
}

/**
 * Checks a list of spans handed back by a caller (entities' mentions, edits, flags): each an
 * object whose `fields` are whole numbers >= 0. Throws a TypeError/RangeError naming the item.
 *
 * @example
 * assertSpans(entity.mentions, 'extractQuotes', 'options.entities[0].mentions', ['start', 'end']);
 */
export function assertSpans(value: unknown, fn: string, what: string, fields: readonly string[]): void {
  assertObjectArray(value, fn, what);
  value.forEach((item, k) => {
    for (const field of fields) assertInteger((item as Record<string, unknown>)[field], fn, `${what}[${k}].${field}`);
  });
}

/**
 * Checks entities handed to a stage (as `extractEntities` returns them): objects with a
 * string `id` and `name`, a known `type` and `mentions` with whole-number offsets.
 *
 * @example
 * assertEntities(options.entities, 'extractQuotes', 'options.entities');
 */
export function assertEntities(value: unknown, fn: string, what: string): void {
  assertObjectArray(value, fn, what);
  value.forEach((item, k) => {
    const entity = item as Record<string, unknown>;
    for (const field of ['id', 'name'] as const) {
      if (typeof entity[field] !== 'string')
        throw new TypeError(`${fn}: expected ${what}[${k}].${field} to be a string, got ${describe(entity[field])}`);
    }
    if (!ENTITY_TYPES.includes(entity.type as string)) {
      throw new RangeError(
        `${fn}: ${what}[${k}].type must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(entity.type)}`,
      );
    }
    assertSpans(entity.mentions, fn, `${what}[${k}].mentions`, ['start', 'end']);
  });
}

// prettier-ignore
const ENTITY_TYPES: readonly string[] = ['person', 'organization', 'place'];

/**
 * A calendar date without a time zone.
 *
 * @example
 * const date: CalendarDate = { year: 2021, month: 12, day: 7 };
 */
export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/**
 * 'YYYY-MM-DD', optionally followed by an ISO time of day ('T' or one space, HH:MM, optional
 * :SS and fraction, optional 'Z' or ±HH:MM zone). Nothing else may follow: a string with
 * trailing words ('2021-12-07 not a date') is rejected, not cut down to its first ten characters.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/i;

/**
 * Parses a publication date given as 'YYYY-MM-DD', an ISO date-time or a Date into a
 * calendar date. The date part is taken as written (an ISO date-time is never shifted by
 * a zone; a Date uses its UTC calendar day), so the result is the same in any `TZ`.
 * Throws a RangeError naming the value when it is not a real date.
 *
 * @example
 * parsePublishedAt('2021-12-07T23:30:00-05:00', 'resolveDates'); // { year: 2021, month: 12, day: 7 }
 * parsePublishedAt('2021-12-07T25:99:99', 'resolveDates'); // RangeError: resolveDates: publishedAt "2021-12-07T25:99:99" is not a valid date ...
 */
export function parsePublishedAt(value: unknown, fn: string, name = 'publishedAt'): CalendarDate {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw new RangeError(`${fn}: ${name} is an invalid Date`);
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: expected ${name} to be a Date or a 'YYYY-MM-DD' string, got ${describe(value)}`);
  }
  const m = ISO_DATE.exec(value.trim());
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    // a time of day must exist too ('T25:99' is no time; '24:00' is the end of the day)
    const [hour, minute, second, zoneHour, zoneMinute] = [m[4], m[5], m[6], m[7], m[8]].map((x) =>
      x === undefined ? 0 : Number(x),
    );
    const timeOk =
      (hour! < 24 || (hour === 24 && minute === 0 && second === 0)) &&
      minute! < 60 &&
      second! < 60 &&
      zoneHour! <= 14 &&
      zoneMinute! < 60;
    if (timeOk && isRealDate(date)) return date;
  }
  throw new RangeError(
    `${fn}: ${name} ${JSON.stringify(value)} is not a valid date (expected 'YYYY-MM-DD' or an ISO date-time)`,
  );
}

/**
 * Formats a calendar date as YYYY-MM-DD.
 *
 * @example
 * formatCalendarDate({ year: 2021, month: 12, day: 7 }); // '2021-12-07'
 */
export function formatCalendarDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * True when year/month/day name a day that exists in the proleptic Gregorian calendar.
 *
 * @example
 * isRealDate({ year: 2021, month: 2, day: 29 }); // false
 */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = month === 2 && day === 29;
  if (leap) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= days;
}

/**
 * A value as an error message shows it: a primitive as written (`-1`, `NaN`, `abc`), anything
 * else by its kind (`an array`, `object`), since an object's own `toString` may be missing or throw.
 *
 * @example
 * showValue(-1); // '-1'
 * showValue({ toString: null }); // 'object'
 */
export function showValue(value: unknown): string {
  return (typeof value === 'object' && value !== null) || typeof value === 'function' ? describe(value) : String(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
