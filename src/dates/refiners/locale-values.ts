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
 *   with a past marker beside it ("el lunes pasado", "am vergangenen Montag") is the one before.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { getSpec, setSpec, type ParsingContext, type TimexSpec } from '../timex.js';
import { addDays, formatDay, formatMonth, formatWeek, pad, weekdayOf, type CalendarDate } from '../calendar-math.js';
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

/**
 * Words that put a weekday in the week before ("el lunes pasado", "el pasado lunes", "lunedì
 * scorso", "am vergangenen Montag", "afgelopen maandag"): chrono's Spanish parser reads
 * "pasado" as this week's day and the others leave the word out, so the nearest day was given.
 */
const PAST_MARKER = /^(?:pasad[oa]|passad[oa]|scors[oa]|vergangenen|letzten|vorigen|vorige|afgelopen)$/iu;
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const WORD_AFTER = /^\s+(\p{L}+)/u;
const WORD_FIRST = /^(\p{L}+)\s/u;

// A weekday with a past marker next to it is the most recent such day before the publication
// day (the reference instant is local noon of it, see resolve-dates.ts); the span takes the word.
function readPastMarker(context: ParsingContext, result: ParsingResult, spec: TimexSpec): void {
  const before = WORD_BEFORE.exec(context.text.slice(Math.max(0, result.index - 20), result.index));
  const end = result.index + result.text.length;
  const after = WORD_AFTER.exec(context.text.slice(end, end + 20));
  const inside = WORD_FIRST.exec(result.text);
  const marker = before && PAST_MARKER.test(before[1]!) ? before : after && PAST_MARKER.test(after[1]!) ? after : null;
  if (!marker && !(inside && PAST_MARKER.test(inside[1]!))) return;
  const instant = context.reference.instant;
  const publication = { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() };
  const back = (weekdayOf(publication) - result.start.get('weekday')! + 7) % 7 || 7;
  spec.value = formatDay(addDays(publication, -back));
  if (!marker) return; // the span already holds it ("pasado lunes")
  if (marker === before) {
    const start = result.index - marker[0].length;
    result.text = context.text.slice(start, end);
    result.index = start;
  } else result.text = context.text.slice(result.index, end + marker[0].length);
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
    if (spec.value !== null && result.start.isCertain('weekday') && !result.start.isCertain('day'))
      readPastMarker(context, result, spec);
    setSpec(result.start, spec);
    out.push(result);
  }
  return out;
});
