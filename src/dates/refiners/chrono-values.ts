/**
 * Turns chrono's own results (explicit dates, month names, weekdays, times, "today",
 * "yesterday", relative offsets) into TIMEX3 specs, resolving what the text leaves open
 * the way a news reader does:
 * - a weekday alone → by the tense of its clause (past narration and a possessive
 *   "Friday's close" → the most recent one, the publication day included; future → the
 *   coming one);
 * - a month or month-day without a year → by tense (past → not after publication,
 *   future → not before it, otherwise the closest);
 * - month granularity when no day is written ('2022-01', never a made-up day 1); a month in
 *   a sentence of habit ("usually peaks in February") is 'XXXX-02';
 * - numeric dates day-first when dotted ("07.12.2021") or, slashed, when only that reading
 *   is near the publication date (chrono reads them month-first);
 * - times of day as 'YYYY-MM-DDTHH:MM' (':SS' when written; midnight as the end of its day,
 *   'T24:00', except "after midnight"), parts of day as 'TMO'/'TAF'/'TEV'/'TNI'.
 * Values come from chrono's known components and our calendar arithmetic, never from
 * `Date` local getters, so they do not depend on the machine's time zone.
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { getSpec, publicationOf, setSpec, type ParsingContext, type TimexSpec } from '../timex.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  pad,
  toDayNumber,
  weekdayOf,
  type CalendarDate,
} from '../calendar-math.js';
import { resolveWeekday, resolveYear, resolveYearSince } from '../tense-placement.js';
import { SINCE_BEFORE, tenseAround, type Tense } from '../tense.js';
import { sentenceAround } from '../../lexicon/sentences.js';
import { isRealDate } from '../../core/errors.js';
import { RANGE_END_TAG } from './split-ranges.js';
import { PARTS_OF_DAY } from '../../lexicon/calendar-words.js';

/** Each part of the day with the words that name it; the later parts first ("Tuesday night" wins over "morning"). */
const PART_OF_DAY: [RegExp, string][] = [...PARTS_OF_DAY]
  .reverse()
  .map((p) => [new RegExp(`\\b(?:${[p.name, ...p.alsoWritten].join('|')})\\b`, 'i'), p.code]);
const PART_OF_DAY_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  PARTS_OF_DAY.map((p) => [p.name, p.code]),
);

/** Determiners before an attributive date ("the Oct. 23 slaying", "their June summit"). */
const DETERMINER_BEFORE = /\b(?:the|their|his|her|its|our|this|that|last)\s+$/i;
/** Words after a date that show it is not a noun modifier ("the May 5 of ...", "the June 3 and 4"). */
const NOT_A_HEAD_NOUN =
  /^(?:of|and|or|to|in|on|at|for|by|with|from|through|until|till|when|as|that|which|who|is|are|was|were|will|would|has|have|had|be|been|this|next|last|deadline|date|meeting|session|vote|election|elections|hearing|trial|summit|talks|launch|release|opening|start|target|auction)$/i;

/**
 * True when [start, end) is a month (and day) used as a noun modifier after a
 * determiner: "the Oct. 23 slaying", "their June summit" (but not "the June 3 and 4").
 * Scheduling nouns ("the Jan. 10 deadline", "the June summit" is ambiguous) are left to
 * the tense of the clause.
 *
 * @example
 * attributive('since the Oct. 23 slaying', 10, 17); // true
 * attributive('the June 3 and 4 talks', 4, 10);     // false
 */
export function attributive(text: string, start: number, end: number): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const next = /^\s+([a-z][\p{L}-]*)/u.exec(text.slice(end, end + 24));
  return next !== null && !NOT_A_HEAD_NOUN.test(next[1]!);
}

/** "07.12.2021", "07/12/2021": two numbers that could each be the month. */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/;

/**
 * True when a numeric date chrono read month-first ("07/12/2021" → July 12) is day-first:
 * dotted dates always are (European and machine-translated sites write "07.12.2021"); a
 * slashed one when the day-first reading lies within a month of the publication date and
 * the month-first one does not (otherwise chrono's US reading stays).
 *
 * @example
 * dayFirst('07.12.2021', 7, 12, 2021, null); // true
 * dayFirst('07/12/2021', 7, 12, 2021, { year: 2021, month: 12, day: 7 }); // true
 * dayFirst('12/7/2021', 12, 7, 2021, { year: 2021, month: 12, day: 7 }); // false
 */
export function dayFirst(
  text: string,
  month: number,
  day: number,
  year: number | null,
  pub: CalendarDate | null,
): boolean {
  const m = NUMERIC_DATE.exec(text);
  if (!m || Number(m[1]) !== month || Number(m[3]) !== day || day > 12) return false;
  if (m[2] === '.') return true;
  if (!pub) return false;
  const y = year ?? pub.year;
  const distance = (mm: number, dd: number) =>
    Math.abs(toDayNumber({ year: y, month: mm, day: dd }) - toDayNumber(pub));
  // only a clear case: the day-first reading within a month of publication, the other not
  return distance(day, month) <= 31 && distance(month, day) > 31;
}

/** The weekday read last in this text, so a coordinated one ("on Wednesday and Thursday") reads the same way. */
interface WeekdayMemory {
  end: number;
  mode: Tense | 'last' | 'next';
  /** The weekday's result and day, so the end of a range can move its start ("from Tuesday to Thursday"). */
  result: ParsingResult;
  day: CalendarDate;
}

/** What the calendar refiner remembers while it walks the results of one text. */
interface CalendarMemory {
  weekday: WeekdayMemory | null;
  /** The last month-day read, the start of a range whose end follows. */
  dayBefore?: CalendarDate;
}

/**
 * The year a sentence names for a month-day written without one: "Last year, the event was
 * held on December 17", "on Nov. 11 last year" (one of last/this/next year, and only one,
 * before the date or right after it).
 */
function yearNamedInSentence(text: string, start: number, end: number, pub: CalendarDate): number | null {
  const sentence = sentenceAround(text, start, end);
  // before the date, or right after it ("Nov. 11 last year"); a later "down from … last year"
  // compares another figure, and "plans for next year" names what the plans are for, not when
  const right = /^\s+(?:last|this|next)\s+year\b/i.exec(text.slice(end, end + 16));
  const scope = text.slice(sentence.start, right ? end + right[0].length : start);
  const named = new Set(
    [...scope.matchAll(/(?<!\bfor\s)\b(last|this|next)\s+year\b(?!['’]s)/gi)].map((m) => m[1]!.toLowerCase()),
  );
  if (named.size !== 1) return null;
  const which = [...named][0];
  return which === 'last' ? pub.year - 1 : which === 'next' ? pub.year + 1 : pub.year;
}

/** chrono's "end of this/next/last week|month|year" (ENEndOfPeriodRefiner). */
const RELATIVE_PERIOD = /\b(this|last|past|next)\s*(week|month|year)\b/i;

/** Words of habit: a month in such a sentence recurs every year ('XXXX-02'). */
const HABITUAL =
  /\b(?:usually|typically|normally|traditionally|generally|customarily|tends?\s+to|each\s+year|every\s+year|annually|every\s+(?:spring|summer|fall|autumn|winter))\b/i;

/** What may join two weekdays of one schedule: "Wednesday and Thursday", "Friday, Saturday or on Sunday". */
const WEEKDAY_COORDINATION = /^\s*,?\s*(?:and|or|to|until|till|through|thru|-|–|&)?\s*(?:on\s+)?$/i;
/** What joins the two ends of a range of weekdays: "from Monday to Friday", "Tuesday-Thursday". */
const WEEKDAY_RANGE = /^\s*(?:to|until|till|through|thru|-|–)\s*$/i;

/**
 * The two ends of a weekday range read by tense may come out in the wrong order ("will run
 * from Monday to Friday" read as the coming Monday and the Friday of this week; "were shut
 * from Tuesday to Thursday" as this Tuesday and last Thursday): the range ends after it
 * starts, within a week. In past narration the start moves a week back (the end cannot lie
 * after publication), otherwise the end moves a week ahead. Returns the end's day.
 *
 * @example
 * // published Wednesday 2024-03-13, future: Monday 03-18 to Friday 03-15 → Friday 03-22
 */
function orderWeekdayRange(
  start: WeekdayMemory,
  end: CalendarDate,
  pub: CalendarDate,
  mode: Tense | 'last' | 'next',
): CalendarDate {
  if (toDayNumber(end) >= toDayNumber(start.day)) return end;
  const later = addDays(end, 7);
  if (mode === 'past' && toDayNumber(later) > toDayNumber(pub)) {
    const spec = getSpec(start.result.start);
    if (spec?.rule === 'chrono' && spec.value === formatDay(start.day))
      setSpec(start.result.start, { ...spec, value: formatDay(addDays(start.day, -7)) });
    return end;
  }
  return later;
}

function specFor(context: ParsingContext, result: ParsingResult, memory: CalendarMemory): TimexSpec | null {
  const c = result.start;
  const text = result.text;
  const tags = result.tags();
  const pub = publicationOf(context);
  const rule = 'chrono';
  const certain = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'second') => c.isCertain(k);
  const tense = () => {
    const found = tenseAround(context.text, result.index, result.index + text.length);
    // "the Oct. 23 slaying", "their June summit": a date used as a modifier of an event
    // noun names an event the reader already knows of — behind us unless the clause is future
    return found !== 'future' && attributive(context.text, result.index, result.index + text.length) ? 'past' : found;
  };
  // "has raised $63 million since April": the starting point is behind us
  const since = () => SINCE_BEFORE.test(context.text.slice(Math.max(0, result.index - 30), result.index));
  let day: CalendarDate | null = null;
  let anchor: TimexSpec['anchor'] = 'absolute';
  let granularity: 'day' | 'month' | 'year' | 'week' = 'day';
  let mod: TimexSpec['mod'];
  let timeOfDay = false;

  const casual = [...tags].find((t) => t.startsWith('casualReference/'))?.slice('casualReference/'.length);
  if (tags.has('result/relativeDate')) {
    anchor = 'publication';
    if (!pub) return { type: 'DATE', value: null, anchor, rule };
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (y === null || m === null || d === null) return null;
    day = { year: y, month: m, day: d };
    if (/\bweeks?\b/i.test(text)) granularity = 'week';
    else if (/\bmonths?\b/i.test(text)) granularity = 'month';
    else if (/\b(?:years?|quarters?)\b/i.test(text)) granularity = 'year';
    else if (/\b(?:hours?|minutes?|seconds?)\b/i.test(text))
      return { type: 'TIME', value: formatDay(day), anchor, rule };
  } else if (
    tags.has('parser/ENCasualDateParser') ||
    casual === 'today' ||
    casual === 'yesterday' ||
    casual === 'tomorrow' ||
    casual === 'tonight' ||
    casual === 'now' ||
    (/\b(?:today|yesterday|tomorrow|tonight)\b/i.test(text) && !certain('month'))
  ) {
    // chrono computes these days from the reference instant in the machine's local time
    // ("last night" even from its local hour), so the day is taken from the publication date
    anchor = 'publication';
    if (casual === 'now') return { type: 'DATE', value: 'PRESENT_REF', anchor, rule };
    if (!pub)
      return {
        type: certain('hour') || /\b(?:night|tonight|evening|morning|afternoon)\b/i.test(text) ? 'TIME' : 'DATE',
        value: null,
        anchor,
        rule,
      };
    const shift = /\byesterday\b|\blast\s*night\b/i.test(text)
      ? -1
      : /\bovermorrow\b/i.test(text)
        ? 2
        : /\b(?:tomorrow|tmrw?)\b/i.test(text)
          ? 1
          : 0;
    day = addDays(pub, shift);
  } else if (
    tags.has('parser/ENEndOfCurrentMonthParser') ||
    (tags.has('refiner/ENEndOfPeriodRefiner') && RELATIVE_PERIOD.test(text))
  ) {
    // "the end of the month", "the end of next week": chrono counts from its reference
    // instant; the period is taken from the publication date instead
    anchor = 'publication';
    mod = 'END';
    if (!pub) return { type: 'DATE', value: null, anchor, rule, mod, modDone: true };
    const period = RELATIVE_PERIOD.exec(text);
    const offset = !period ? 0 : /^next$/i.test(period[1]!) ? 1 : /^(?:last|past)$/i.test(period[1]!) ? -1 : 0;
    const unit = period ? period[2]!.toLowerCase() : 'month';
    if (unit === 'week') {
      granularity = 'week';
      day = addDays(pub, offset * 7);
    } else if (unit === 'year') {
      granularity = 'year';
      day = { year: pub.year + offset, month: 1, day: 1 };
    } else {
      granularity = 'month';
      day = { ...addMonths(pub.year, pub.month, offset), day: 1 };
    }
  } else if (certain('day') && certain('month')) {
    let month = c.get('month')!;
    let d = c.get('day')!;
    if (dayFirst(text, month, d, c.isCertain('year') ? c.get('year')! : null, pub)) [month, d] = [d, month];
    if (certain('year')) day = { year: c.get('year')!, month, day: d };
    else {
      anchor = 'publication';
      if (!pub)
        return {
          type: 'DATE',
          value: null,
          anchor,
          rule,
          ...(tags.has('refiner/ENEndOfPeriodRefiner') ? { mod: 'END' as const, modDone: true } : {}),
        };
      day = {
        year:
          yearNamedInSentence(context.text, result.index, result.index + text.length, pub) ??
          (since() ? resolveYearSince(pub, month, d) : resolveYear(pub, month, d, tense())),
        month,
        day: d,
      };
      // "Monday 1 July": the weekday written picks the year (the nearest one where it falls so)
      if (certain('weekday') && weekdayOf(day) !== c.get('weekday')) {
        const fits = [0, -1, 1]
          .map((k) => ({ ...day!, year: day!.year + k }))
          .find((x) => weekdayOf(x) === c.get('weekday'));
        if (fits && Math.abs(toDayNumber(fits) - toDayNumber(pub)) < 366) day = fits;
      }
    }
    // "from November 1 to March 31": a range ends after it starts
    if (
      !certain('year') &&
      tags.has(RANGE_END_TAG) &&
      memory.dayBefore &&
      toDayNumber(day) < toDayNumber(memory.dayBefore)
    )
      day = { ...day, year: day.year + 1 };
    if (!isRealDate(day)) return null;
    memory.dayBefore = day;
    if (tags.has('refiner/ENEndOfPeriodRefiner') || tags.has('parser/ENEndOfCurrentMonthParser')) {
      granularity = /\bweek\b/i.test(text) ? 'week' : /\byear\b/i.test(text) ? 'year' : 'month';
      mod = 'END';
    }
  } else if (certain('month')) {
    granularity = 'month';
    const month = c.get('month')!;
    if (certain('year')) day = { year: c.get('year')!, month, day: 1 };
    else {
      anchor = 'publication';
      if (!pub) return { type: 'DATE', value: null, anchor, rule };
      // "Flu activity usually peaks in February": a habit names no particular year
      const sentence = sentenceAround(context.text, result.index, result.index + text.length);
      if (HABITUAL.test(context.text.slice(sentence.start, sentence.end)))
        return { type: 'DATE', value: `XXXX-${pad(month)}`, anchor, rule };
      day = {
        year:
          yearNamedInSentence(context.text, result.index, result.index + text.length, pub) ??
          (since() ? resolveYearSince(pub, month, null) : resolveYear(pub, month, null, tense())),
        month,
        day: 1,
      };
    }
  } else if (certain('year')) {
    granularity = 'year';
    day = { year: c.get('year')!, month: 1, day: 1 };
  } else if (certain('weekday')) {
    anchor = 'publication';
    if (!pub) return { type: certain('hour') ? 'TIME' : 'DATE', value: null, anchor, rule };
    const words = context.text.slice(Math.max(0, result.index - 12), result.index).toLowerCase();
    const lastNext = /\blast\s+$/.test(words) || /^last\s/i.test(text) ? 'last' : /^next\s/i.test(text) ? 'next' : null;
    // "Friday's close", "Wednesday's ruling": a possessive weekday names an event already reported
    const possessive =
      /^['’]s\b/.test(context.text.slice(result.index + text.length, result.index + text.length + 3)) ||
      /['’]s$/.test(text);
    const previous = memory.weekday;
    const coordinated =
      !lastNext &&
      previous !== null &&
      result.index >= previous.end &&
      result.index - previous.end <= 12 &&
      WEEKDAY_COORDINATION.test(context.text.slice(previous.end, result.index));
    let weekdayTense: Tense | 'last' | 'next' = coordinated
      ? previous!.mode
      : (lastNext ?? (possessive ? 'past' : tense()));
    // "The next contests are in Kansas on Saturday": a copula in the present sets a schedule
    if (weekdayTense === 'present') {
      // (the copula in the weekday's own clause, a few words before it)
      const sentence = sentenceAround(context.text, result.index, result.index + text.length);
      const clause = context.text
        .slice(Math.max(sentence.start, result.index - 60), result.index)
        .split(/[,;:()"“”`]|\b(?:that|which|who|but)\b/)
        .pop()!;
      if (/\b(?:is|are)\b/i.test(clause) && !/\b(?:says?|said|told|tells)\b/i.test(clause)) weekdayTense = 'future';
    }
    day = resolveWeekday(pub, c.get('weekday')!, weekdayTense);
    if (coordinated && WEEKDAY_RANGE.test(context.text.slice(previous!.end, result.index)))
      day = orderWeekdayRange(previous!, day, pub, weekdayTense);
    // "will meet on Monday and Friday", "on Tuesday, Wednesday and Thursday": a schedule lists
    // its days in order, so a later day of the list is not before an earlier one (read alone,
    // the coming Friday of a Wednesday story comes before the coming Monday)
    else if (
      coordinated &&
      (weekdayTense === 'future' || weekdayTense === 'next') &&
      toDayNumber(day) < toDayNumber(previous!.day)
    )
      day = addDays(day, 7);
    memory.weekday = { end: result.index + text.length, mode: weekdayTense, result, day };
  } else if (certain('hour') || casual) {
    anchor = 'publication';
    if (!pub) return { type: 'TIME', value: null, anchor, rule };
    day = pub;
    // a clock time, or a bare part of day ("in the morning", not "this morning" or
    // "tonight"), is told against the day under discussion (see the anaphora refiner)
    timeOfDay = certain('hour') || /^(?:in\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)$/i.test(text);
  } else {
    return null;
  }

  let value: string;
  if (granularity === 'week') value = formatWeek(day);
  else if (granularity === 'month') value = formatMonth(day.year, day.month);
  else if (granularity === 'year') value = String(day.year);
  else value = formatDay(day);
  let type: TimexSpec['type'] = 'DATE';
  if (granularity === 'day') {
    if (certain('hour')) {
      type = 'TIME';
      // "the midnight deadline", "midnight Friday": the end of the day (TIMEX3 'T24:00');
      // "shortly after midnight" is the start of it
      // (chrono's merge of "midnight" with "tonight" turns hour 0 into 12 with tonight's p.m.)
      const hour = tags.has('casualReference/midnight') ? 0 : c.get('hour')!;
      const endOfDay =
        /\bmidnight\b/i.test(text) &&
        hour === 0 &&
        (c.get('minute') ?? 0) === 0 &&
        !/\b(?:after|past|since)\s+(?:the\s+)?$/i.test(
          context.text.slice(Math.max(0, result.index - 20), result.index),
        );
      value += endOfDay ? 'T24:00' : `T${pad(hour)}:${pad(c.get('minute') ?? 0)}`;
      if (certain('second') && c.get('second')) value += `:${pad(c.get('second')!)}`;
    } else {
      for (const [re, code] of PART_OF_DAY) {
        if (re.test(text)) {
          type = 'TIME';
          value += code;
          break;
        }
      }
      if (
        type === 'DATE' &&
        (casual === 'morning' || casual === 'afternoon' || casual === 'evening' || casual === 'night')
      ) {
        type = 'TIME';
        value += PART_OF_DAY_CODES[casual]!;
      }
    }
  }
  return {
    type,
    value,
    anchor,
    rule,
    ...(mod ? { mod, modDone: true } : {}),
    ...(timeOfDay && type === 'TIME' ? { timeOfDay: true } : {}),
  };
}

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("The summit will take place on Thursday.", { publishedAt: '2021-12-07' }); // ["Thursday → 2021-12-09"]
 */
export const calendarResolver = defineRefiner('chrono-calendar', (context, results) => {
  const out: ParsingResult[] = [];
  const memory: CalendarMemory = { weekday: null };
  for (const result of results) {
    if (getSpec(result.start)) {
      out.push(result);
      continue;
    }
    const spec = specFor(context, result, memory);
    if (!spec) continue;
    // "on Nov. 11 last year": the year phrase belongs to the date (one TIMEX3)
    const yearAfter = /^\s+(?:last|this|next)\s+year\b(?!['’]s)/i.exec(
      context.text.slice(result.index + result.text.length, result.index + result.text.length + 16),
    );
    if (
      yearAfter &&
      spec.value &&
      /^\d{4}-\d{2}(?:-\d{2})?$/.test(spec.value) &&
      result.start.isCertain('month') &&
      !result.start.isCertain('year')
    ) {
      result.text = context.text.slice(result.index, result.index + result.text.length + yearAfter[0].length);
    }
    // "earlier in the evening": TimeML keeps the article inside ("the evening")
    if (
      /^(?:morning|afternoon|evening|night)$/i.test(result.text) &&
      /\bthe\s$/i.test(context.text.slice(Math.max(0, result.index - 4), result.index))
    ) {
      result.index -= 4;
      result.text = context.text.slice(result.index, result.index + 4 + result.text.length);
    }
    setSpec(result.start, spec);
    out.push(result);
  }
  return out;
});
