/**
 * TIMEX3 specs for the results of chrono's locale parsers (German, French, Spanish, ...): the
 * language-neutral counterpart of the chrono-calendar refiner, which reads English words
 * (tense, "yesterday", "weeks") to place what a text leaves open.
 *
 * Dropped: a bare number read as an hour, and a reading that starts or ends inside a word.
 *
 * Here the values come from chrono's components alone. The engine is given local noon of the
 * publication day in the machine's zone (see resolve-dates.ts), so the days chrono computes
 * for "gestern", "il y a deux semaines" or "la semana próxima" are counted from that calendar
 * day in any machine time zone.
 * - anchor: 'absolute' when the year is written in the span, 'publication' otherwise;
 * - granularity from what chrono knows: a relative offset in weeks keeps its week
 *   ('2024-W11'), in months its month, in years its year; a month without a day → 'YYYY-MM';
 * - "now" in any language ("jetzt", "agora") → 'PRESENT_REF', as in English;
 * - a clock time → 'YYYY-MM-DDTHH:MM' (':SS' when written), a part of the day → 'TMO' ...;
 *   midnight is the end of its day ('T24:00'), as in English;
 * - tense is not read: a bare weekday ("am Dienstag", "mardi") is the nearest such day
 *   (chrono's reading, within three days either way), a month or month-day without a year
 *   the one chrono places (the nearest), since no word of the clause is understood; a weekday
 *   or a day of a month with a direction word beside it ("el lunes pasado", "am vergangenen
 *   Montag", "le 1er janvier prochain") is the one before or after the publication day.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { getSpec, publicationOf, setSpec, type ParsingContext, type TimexSpec } from '../timex.js';
import { resolveWeekday } from '../tense-placement.js';
import { formatDay, formatMonth, formatWeek, pad, toDayNumber, type CalendarDate } from '../calendar-math.js';
import { DATE_DIRECTION_WORDS } from '../../lexicon/date-prepositions.js';
import { isRealDate } from '../../core/errors.js';
import { PART_OF_DAY_CODES } from '../../lexicon/calendar-words.js';

/** chrono's casual tags for a part of the day, in the order a merged result is read (the later part wins). */
const PART_OF_DAY_TAGS: readonly [tag: string, part: string][] = [
  ['tonight', 'night'],
  ['night', 'night'],
  ['evening', 'evening'],
  ['afternoon', 'afternoon'],
  ['morning', 'morning'],
];

/**
 * True when the span writes the year chrono read ("2024", "'24", "24" of "05.03.24").
 *
 * @example
 * writesYear('am 5. März 2024', 2024); // true
 * writesYear('05.03.24', 2024);        // true
 * writesYear('am 24. März', 2024);     // false
 */
export function writesYear(text: string, year: number): boolean {
  if (text.includes(String(year))) return true;
  // a two-digit year closes a numeric date
  const short = pad(((year % 100) + 100) % 100);
  return new RegExp(`\\d[./-]\\d{1,2}[./-]${short}(?!\\d)`).test(text);
}

function dayOf(c: ParsingComponents): CalendarDate | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const date = { year, month, day };
  return isRealDate(date) ? date : null;
}

/**
 * The TIMEX3 spec of one chrono locale result, or null when it names no date chrono can place.
 *
 * @example
 * // "vor drei Tagen", reference 2024-03-07 → { type: 'DATE', value: '2024-03-04', anchor: 'publication' }
 */
export function localeSpec(result: ParsingResult): TimexSpec | null {
  const c = result.start;
  const tags = result.tags();
  // "jetzt", "agora": the moment of writing, as English "now"
  if (tags.has('casualReference/now'))
    return { type: 'DATE', value: 'PRESENT_REF', anchor: 'publication', rule: 'chrono-locale' };
  const certain = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'second') => c.isCertain(k);
  const day = dayOf(c);
  if (!day) return null;
  const anchor: TimexSpec['anchor'] = certain('year') && writesYear(result.text, day.year) ? 'absolute' : 'publication';
  const rule = 'chrono-locale';
  const date = (value: string): TimexSpec => ({ type: 'DATE', value, anchor, rule });
  if (tags.has('result/relativeDate') && !tags.has('result/relativeDateAndTime')) {
    // chrono assigns what the offset's unit names: days (and weekday) for days, the day alone for weeks
    if (certain('day')) return date(certain('weekday') ? formatDay(day) : formatWeek(day));
    if (certain('month')) return date(formatMonth(day.year, day.month));
    if (certain('year')) return date(String(day.year));
    return null;
  }
  // "vor drei Stunden": an offset in hours names the day it falls on
  if (tags.has('result/relativeDateAndTime')) return date(formatDay(day));
  const part = PART_OF_DAY_TAGS.find(([tag]) => tags.has(`casualReference/${tag}`));
  if (part) return { type: 'TIME', value: formatDay(day) + PART_OF_DAY_CODES[part[1]]!, anchor, rule };
  if (tags.has('casualReference/midnight')) return { type: 'TIME', value: `${formatDay(day)}T24:00`, anchor, rule };
  if (certain('hour')) {
    let value = `${formatDay(day)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    if (certain('second') && c.get('second')) value += `:${pad(c.get('second')!)}`;
    return { type: 'TIME', value, anchor, rule };
  }
  if (certain('day') || certain('weekday') || tags.has('casualReference/today')) return date(formatDay(day));
  if (certain('month')) return date(formatMonth(day.year, day.month));
  if (certain('year')) return date(String(day.year));
  return null;
}

/**
 * A number alone (at most one short word before it: French "a 12", Spanish "las 3") read
 * as a clock hour: nothing in it says time.
 */
const BARE_NUMBER = /^[\s,]*(?:\p{L}{1,3}\s+)?\d{1,2}[\s,]*$/u;

/** A letter of a script written with spaces between words (not Han, kana). */
const SPACED_LETTER = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}]$/u;

/**
 * True when the result starts or ends inside a word of a spaced script: chrono's locale
 * patterns end at ASCII word boundaries, so "Morgen früh" was read as "Morgen fr".
 *
 * @example
 * // text 'Morgen früh', result 'Morgen fr' (0–9) → true
 */
function cutsAWord(text: string, result: ParsingResult): boolean {
  const end = result.index + result.text.length;
  const inside = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && SPACED_LETTER.test(a) && SPACED_LETTER.test(b);
  return inside(text[result.index - 1], result.text[0]) || inside(result.text.at(-1), text[end]);
}

// A direction word beside a weekday or a day of a month (DATE_DIRECTION_WORDS) places it: the
// most recent such day before the publication day, or the first after. chrono's Spanish parser
// reads "pasado" as this week's day and the locales leave most of the others out of the span,
// so the nearest day was given ("le 1er janvier prochain" in March: the January gone).
const DIRECTION = new Map<string, -1 | 1>([
  ...DATE_DIRECTION_WORDS.past.map((w) => [w, -1] as const),
  ...DATE_DIRECTION_WORDS.future.map((w) => [w, 1] as const),
]);
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const WORD_AFTER = /^\s+(\p{L}+)/u;
const WORD_FIRST = /^(\p{L}+)\s/u;
const WORD_LAST = /\s(\p{L}+)$/u;
const direction = (m: RegExpExecArray | null): -1 | 1 | undefined =>
  m ? DIRECTION.get(m[1]!.toLowerCase()) : undefined;

// The day the span names, moved to the publication day's side its direction word says (no
// publication date: left as chrono read it); the span takes the word when it stood outside.
function readDirection(context: ParsingContext, result: ParsingResult, spec: TimexSpec): void {
  const c = result.start;
  const weekday = c.isCertain('weekday') && !c.isCertain('day');
  const monthDay = c.isCertain('day') && c.isCertain('month') && !c.isCertain('year');
  if (!weekday && !monthDay) return;
  const end = result.index + result.text.length;
  const before = WORD_BEFORE.exec(context.text.slice(Math.max(0, result.index - 20), result.index));
  const after = WORD_AFTER.exec(context.text.slice(end, end + 20));
  const outside = direction(before) !== undefined ? before : direction(after) !== undefined ? after : null;
  const way = direction(outside) ?? direction(WORD_FIRST.exec(result.text)) ?? direction(WORD_LAST.exec(result.text));
  if (way === undefined) return;
  const publication = publicationOf(context);
  if (!publication) return;
  let day: CalendarDate;
  if (weekday) day = resolveWeekday(publication, c.get('weekday')!, way < 0 ? 'last' : 'next');
  else {
    const at = (year: number): CalendarDate => ({ year, month: c.get('month')!, day: c.get('day')! });
    const same = at(publication.year);
    const sameIsBefore = toDayNumber(same) < toDayNumber(publication);
    const sameIsAfter = toDayNumber(same) > toDayNumber(publication);
    day = way < 0 ? (sameIsBefore ? same : at(publication.year - 1)) : sameIsAfter ? same : at(publication.year + 1);
    if (!isRealDate(day)) return; // 29 February of a year without it
  }
  spec.value = formatDay(day);
  if (outside === before && before) {
    const start = result.index - before[0].length;
    result.text = context.text.slice(start, end);
    result.index = start;
  } else if (outside === after && after) result.text = context.text.slice(result.index, end + after[0].length);
}

/**
 * The refiner of this module (see the header), the calendar step of the locale engines in
 * locale-engine.ts. Results a parser of ours already described keep their spec.
 *
 * @example
 * resolveDates('Das sagte er gestern.', { publishedAt: '2024-03-07', language: 'deu' }); // ["gestern → 2024-03-06"]
 */
export const localeCalendarResolver = defineRefiner('locale-calendar', (context, results) => {
  const out: ParsingResult[] = [];
  for (const result of results) {
    if (getSpec(result.start)) {
      out.push(result);
      continue;
    }
    if (BARE_NUMBER.test(result.text) || cutsAWord(context.text, result)) continue;
    const spec = localeSpec(result);
    if (!spec) continue;
    if (spec.value !== null && spec.type === 'DATE') readDirection(context, result, spec);
    setSpec(result.start, spec);
    out.push(result);
  }
  return out;
});
