/**
 * Resolves anaphoric expressions ("the next day", "the same year", "a year earlier",
 * "the year-ago quarter") against the previous date in the text (anchor
 * 'previous-date'), and clock times written without a date ("at 10 p.m.") against the
 * date they are told against (see dayForTime). Without a usable antecedent the publication-based fallback the
 * parser computed stays (anchor 'publication').
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { discourseOf, getSpec, publicationOf, setSpec, type TimexSpec } from '../timex.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekStart,
  shiftDay,
  weekdayOf,
} from '../calendar-math.js';
import { tenseAround } from '../tense.js';
import { sentenceAround } from '../../lexicon/sentences.js';
import { COMPARISON_RULE } from '../parsers/quarter.js';
import { sameInYear } from '../parsers/anaphoric-phrase.js';

type Parsed = { year: number; month?: number; day?: number; quarter?: number; week?: number };

function parseValue(value: string): Parsed | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { year: +m[1]!, month: +m[2]! };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { year: +m[1]!, quarter: +m[2]! };
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) return { year: +m[1]!, week: +m[2]! };
  if ((m = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(value))) return { year: +m[1]! };
  return null;
}

function resolve(antecedent: Parsed, anaphor: NonNullable<TimexSpec['anaphor']>, timeSuffix: string): string | null {
  const { unit, offset, granularity } = anaphor;
  if (anaphor.weekday !== undefined) {
    if (antecedent.day === undefined) return null;
    let day = { year: antecedent.year, month: antecedent.month!, day: antecedent.day };
    do day = addDays(day, offset < 0 ? -1 : 1);
    while (weekdayOf(day) !== anaphor.weekday);
    return formatDay(day) + timeSuffix;
  }
  if (granularity === 'quarter' && unit !== 'quarter' && unit !== 'same') {
    // "sales in December rose 5 percent from a year earlier": a month compares with its month
    if (
      antecedent.quarter === undefined &&
      antecedent.month !== undefined &&
      antecedent.day === undefined &&
      unit === 'year'
    ) {
      return formatMonth(antecedent.year + offset, antecedent.month);
    }
    if (antecedent.quarter === undefined) return null;
    const index =
      antecedent.year * 4 +
      antecedent.quarter -
      1 +
      (unit === 'year' ? offset * 4 : unit === 'month' ? Math.trunc(offset / 3) : 0);
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  // "the same month last year", "the same day a year earlier": that month (day) a year back
  if (unit === 'year' && (granularity === 'month' || granularity === 'day')) {
    const value = sameInYear(antecedent, offset, granularity);
    return value && granularity === 'day' ? value + timeSuffix : value;
  }
  const target = unit === 'same' ? (granularity ?? 'day') : unit;
  const shift = unit === 'same' ? 0 : offset;
  switch (target) {
    case 'day': {
      // "last October ... that same day": the day is unknown but its month is not
      if (
        antecedent.day === undefined &&
        shift === 0 &&
        antecedent.quarter === undefined &&
        antecedent.week === undefined
      ) {
        return antecedent.month !== undefined
          ? `${formatMonth(antecedent.year, antecedent.month)}-XX`
          : `${antecedent.year}-XX-XX`;
      }
      if (antecedent.day === undefined) return null;
      return (
        formatDay(addDays({ year: antecedent.year, month: antecedent.month!, day: antecedent.day }, shift)) + timeSuffix
      );
    }
    case 'week': {
      let day =
        antecedent.day !== undefined ? { year: antecedent.year, month: antecedent.month!, day: antecedent.day } : null;
      if (!day && antecedent.week !== undefined) day = isoWeekStart(antecedent.year, antecedent.week);
      return day ? formatWeek(addDays(day, shift * 7)) : null;
    }
    case 'month': {
      if (antecedent.month === undefined) return null;
      const m = addMonths(antecedent.year, antecedent.month, shift);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const q =
        antecedent.quarter ?? (antecedent.month !== undefined ? Math.floor((antecedent.month - 1) / 3) + 1 : undefined);
      if (q === undefined) return null;
      const index = antecedent.year * 4 + q - 1 + shift;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    default:
      return String(antecedent.year + shift);
  }
}

/**
 * What may stand between a clock time and the date it belongs to: a zone ("9:20 a.m.
 * (0620 GMT) Tuesday", "9 p.m. local time Monday", "3 a.m. Moscow time on Friday", "7 p.m.
 * Eastern Standard Time Thursday"), a comma, "on", "of" ("at six in the morning of the 14th"),
 * "early on", "late on" ("at 3 a.m. local time early on the 28th").
 */
const TIME_TO_DATE_GAP =
  /^[\s,]*(?:[A-Z]{2,4}\s*)?(?:(?:local|[A-Z][a-z]+)(?:\s+(?:[Ss]tandard|[Dd]aylight))?\s+[Tt]ime\s*)?(?:\([^()]{0,24}\)\s*)?(?:,\s*)?(?:(?:early|late)\s+)?(?:on\s+|of\s+)?$/;
/** What joins the two ends of a range of clock times: "from 6 a.m. to 6 p.m.", "between 9 and 11 a.m.". */
const CLOCK_RANGE = /^\s*(?:to|until|till|through|and|-|–)\s*$/;
/** The longest such gap ("local time (0140 GMT) on "). */
const TIME_TO_DATE_GAP_MAX = 44;

/** The day written right after a clock time (see dayForTime), or null. */
function dayWrittenAfter(text: string, result: ParsingResult, next: ParsingResult | undefined): string | null {
  if (!next) return null;
  const nextSpec = getSpec(next.start);
  const gap = text.slice(result.index + result.text.length, next.index);
  if (
    nextSpec?.value &&
    nextSpec.type === 'DATE' &&
    /^\d{4}-\d{2}-\d{2}$/.test(nextSpec.value) &&
    gap.length <= TIME_TO_DATE_GAP_MAX &&
    TIME_TO_DATE_GAP.test(gap)
  )
    return nextSpec.value;
  // "at 6 in the evening (6 p.m. CET Wednesday)": a parenthetical restatement names the day
  if (nextSpec?.value && /^\d{4}-\d{2}-\d{2}T/.test(nextSpec.value) && /^\s*\(\s*$/.test(gap))
    return nextSpec.value.slice(0, 10);
  return null;
}

/**
 * True when two clock times are the two ends of one range written out ("from 10 p.m. to 5
 * a.m.", "22:00-06:00", "between 11 p.m. and 4 a.m."; not "at 10 p.m. and 5 a.m.", two times).
 */
function clockRange(text: string, first: ParsingResult, second: ParsingResult): boolean {
  const gap = text.slice(first.index + first.text.length, second.index);
  if (!CLOCK_RANGE.test(gap)) return false;
  return !/\band\b/.test(gap) || /\bbetween\s+$/i.test(text.slice(Math.max(0, first.index - 10), first.index));
}

/** True when a range of clock times ends at or before its start: it runs past midnight ("from 10 p.m. to 5 a.m."). */
function overMidnight(startValue: string, endValue: string): boolean {
  return endValue.slice(10) <= startValue.slice(10);
}

/**
 * The day a clock time written without a date belongs to: a day-valued date right after
 * it ("at about 9:20 a.m. (0620 GMT) Tuesday") or a dated time restating it in parentheses
 * ("at 6 in the evening (6 p.m. CET Wednesday)"), a date right before it ("7 Dec 2021 14.30
 * GMT", "Friday's 5 p.m. deadline"), in a future clause the last coming day named ("will begin at 11:00" after "the
 * funeral … on Wednesday"), else — in past narration — the last
 * day-valued date of the same or the previous sentence ("The guard was hurt on Nov. 4. He
 * died at 10 p.m."). Null keeps the publication date.
 */
function dayForTime(
  text: string,
  result: ParsingResult,
  next: ParsingResult | undefined,
  previousDay: { value: string; end: number } | null,
  futureDay: string | null,
): string | null {
  const end = result.index + result.text.length;
  const written = dayWrittenAfter(text, result, next);
  if (written) return written;
  // "The funeral will take place on Wednesday. … The service will begin at 11:00": a clock
  // time in a future clause belongs to the coming day (within a week) the story is about
  if (
    futureDay &&
    !(previousDay && result.index - previousDay.end <= 6) &&
    tenseAround(text, result.index, end) === 'future'
  )
    return futureDay;
  if (!previousDay) return null;
  // "Tue 7 Dec 2021 14.30 GMT", "on Dec. 7, at 14.30", "Friday's 5 p.m. deadline": the date right before it
  if (
    result.index - previousDay.end <= 6 &&
    /^(?:['’]s)?[\s,]*(?:at\s+)?$/.test(text.slice(previousDay.end, result.index))
  )
    return previousDay.value;
  const own = sentenceAround(text, result.index, end);
  // the previous sentence, across a paragraph break if need be
  let last = own.start - 1;
  while (last > 0 && /\s/.test(text[last]!)) last--;
  const before = last > 0 ? sentenceAround(text, last, last + 1).start : own.start;
  if (previousDay.end <= before) return null;
  return tenseAround(text, result.index, end) === 'past' ? previousDay.value : null;
}

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("since 2014, the same year", { publishedAt: '2021-12-07' }); // ["2014 → 2014","the same year → 2014"]
 */
export const anaphoraResolver = defineRefiner('anaphora', (context, results) => {
  // a long text is parsed in chunks: start from where the previous chunk left off
  const discourse = discourseOf(context);
  let previous: Parsed | null = discourse?.previous ?? null;
  let previousQuarter: Parsed | null = discourse?.previousQuarter ?? null;
  let previousDay: { value: string; end: number } | null = null;
  let previousHoliday: string | null = discourse?.previousHoliday ?? null;
  // the last day after publication named so far (a coming event)
  const pub = publicationOf(context);
  const pubValue = pub ? formatDay(pub) : null;
  const weekAhead = pub ? formatDay(addDays(pub, 7)) : null;
  let futureDay: string | null = null;
  let lastDay: Parsed | null = null;
  const out: ParsingResult[] = [];
  /** Clock times followed by an anaphoric day ("2 a.m. the next day"), and that day's result. */
  const timesBeforeAnaphor: [ParsingResult, ParsingResult][] = [];
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    const spec = getSpec(result.start);
    if (!spec) {
      out.push(result);
      continue;
    }
    if (spec.timeOfDay && spec.value) {
      const next = results[i + 1];
      let day = dayForTime(context.text, result, next, previousDay, futureDay);
      // "from 6 a.m. to 6 p.m. on the 10th": the first end of a range of clock times is on the
      // day the second end is (a date right after it)
      const partner = next && getSpec(next.start);
      if (
        partner?.type === 'TIME' &&
        partner.value &&
        /T\d\d:\d\d$/.test(partner.value) &&
        CLOCK_RANGE.test(context.text.slice(result.index + result.text.length, next!.index))
      ) {
        // (the second end's own day: "from 6 a.m. to 6 p.m. on the 5th", "to 4 a.m. Saturday")
        const endDay = partner.timeOfDay
          ? dayForTime(context.text, next!, results[i + 2], null, null)
          : partner.value.slice(0, 10);
        // (past midnight, "between 11 p.m. and 4 a.m. on Saturday": the evening before that day)
        if (endDay)
          day =
            overMidnight(spec.value, partner.value) && clockRange(context.text, result, next!)
              ? shiftDay(endDay, -1)
              : endDay;
      }
      // "from 10 p.m. (on Friday) to 5 a.m.": the second end of a range is on the first's day,
      // or the next day when the range runs past midnight (unless a day is written after it)
      const first = out[out.length - 1];
      const firstValue = first && getSpec(first.start)?.value;
      if (
        first &&
        firstValue &&
        /^\d{4}-\d{2}-\d{2}T\d\d:\d\d$/.test(firstValue) &&
        clockRange(context.text, first, result) &&
        !dayWrittenAfter(context.text, result, next)
      ) {
        const rangeDay = overMidnight(firstValue, spec.value)
          ? shiftDay(firstValue.slice(0, 10), 1)
          : firstValue.slice(0, 10);
        // (the publication day it already has stays told against publication)
        if (day !== null || rangeDay !== spec.value.slice(0, 10)) day = rangeDay;
      }
      const { timeOfDay: _done, ...rest } = spec;
      setSpec(result.start, day ? { ...rest, value: day + spec.value.slice(10), anchor: 'previous-date' } : rest);
      // "at 2 a.m. the next day", "at 6 p.m. the same day": the day the anaphor is resolved to below
      if (
        partner?.anaphor &&
        !partner.anaphor.event &&
        !partner.anaphor.holiday &&
        (partner.anaphor.unit === 'day' ||
          (partner.anaphor.unit === 'same' && partner.anaphor.granularity === 'day')) &&
        TIME_TO_DATE_GAP.test(context.text.slice(result.index + result.text.length, next!.index))
      )
        timesBeforeAnaphor.push([result, next!]);
      out.push(result);
      continue;
    }
    if (spec.anaphor?.holiday) {
      // "before the holiday" after "Christmas": that holiday, or nothing when none was named
      if (previousHoliday) {
        setSpec(result.start, { type: 'DATE', value: previousHoliday, anchor: 'previous-date', rule: spec.rule });
        out.push(result);
      }
      continue;
    }
    if (spec.anaphor?.event) {
      // "April 30, the day before the holiday": the date in apposition; "the day after his
      // death": a day from the last day named; nothing to count from: no date
      const apposition = previousDay && /^\s*,\s*$/.test(context.text.slice(previousDay.end, result.index));
      const value = apposition ? previousDay!.value : lastDay ? resolve(lastDay, spec.anaphor, '') : null;
      if (value) {
        const { anaphor: _ignored, ...rest } = spec;
        setSpec(result.start, { ...rest, value, anchor: 'previous-date' });
        out.push(result);
      }
      continue;
    }
    if (spec.anaphor) {
      const quarterMode = spec.anaphor.granularity === 'quarter' && spec.anaphor.unit !== 'quarter';
      // a comparison ("a year earlier") counts back from the quarter under discussion, or from
      // a month when no quarter was named ("sales in December rose from a year earlier")
      const monthOnly = previous && previous.month !== undefined && previous.day === undefined ? previous : null;
      let antecedent =
        quarterMode || spec.rule === 'quarter' ? (previousQuarter ?? (quarterMode ? monthOnly : null)) : previous;
      // "on Tuesday, its biggest fall since 2018. The previous day, …": a day counts from the
      // last day named, not from a year mentioned in passing
      if (spec.anaphor.unit === 'day' && antecedent && antecedent.day === undefined && lastDay) antecedent = lastDay;
      const suffix = spec.type === 'TIME' && spec.value ? spec.value.replace(/^[^T]*/, '') : '';
      if (spec.anaphor.monthNamed && (antecedent?.month === undefined || antecedent.day !== undefined))
        antecedent = null;
      const value = antecedent ? resolve(antecedent, spec.anaphor, suffix) : null;
      const { anaphor: _ignored, ...rest } = spec;
      const resolved: TimexSpec =
        value !== null ? { ...rest, value, anchor: 'previous-date' } : { ...rest, anchor: 'publication' };
      setSpec(result.start, resolved);
      out.push(result);
      continue;
    }
    if ((spec.type === 'DATE' || spec.type === 'TIME') && spec.value) {
      const parsed = parseValue(spec.value);
      if (spec.rule === 'holiday') previousHoliday = spec.value;
      if (parsed) {
        previous = parsed;
        if (parsed.day !== undefined) {
          previousDay = { value: spec.value.slice(0, 10), end: result.index + result.text.length };
          lastDay = parsed;
        }
        // (within a week: the coming event of the story, not a far deadline)
        if (
          parsed.day !== undefined &&
          pubValue &&
          weekAhead &&
          spec.value.slice(0, 10) > pubValue &&
          spec.value.slice(0, 10) <= weekAhead
        )
          futureDay = spec.value.slice(0, 10);
        if (parsed.quarter !== undefined && spec.rule !== COMPARISON_RULE) previousQuarter = parsed;
      }
    }
    out.push(result);
  }
  for (const [time, anaphor] of timesBeforeAnaphor) {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(getSpec(anaphor.start)?.value ?? '')?.[0];
    const spec = getSpec(time.start)!;
    if (day && spec.value) setSpec(time.start, { ...spec, value: day + spec.value.slice(10), anchor: 'previous-date' });
  }
  if (discourse) Object.assign(discourse, { previous, previousQuarter, previousHoliday });
  return out;
});
