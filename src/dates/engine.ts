/**
 * The date engine: a clone of chrono's English casual configuration with our news
 * parsers in front (so they win ties against chrono's generic readings) and our
 * refiners around chrono's own ones. Built once at module load; never mutates chrono's
 * shared `casual` instance.
 *
 * Order of refiners, and why:
 * 1. drop-false-positives — before chrono's overlap removal, so a dropped chrono
 *    reading ("for 5 days" as a date) does not hide our shorter correct one;
 * 2. set-aside — our results skip chrono's refiners (they carry their spec already);
 *    keep-apart — a time and a date that a comma joins as two references wait there too;
 * 3. chrono's refiners (overlap removal, date+time merge, ranges, ...), then restore;
 * 4. split-ranges — TimeML annotates each end of a range;
 * 5. chrono-calendar — chrono components → TIMEX3 specs (tense-aware);
 * 6. modifiers — "late", "the end of", "about" ... widen the span and set `mod`;
 *    compound-durations — "two years and three months" is one DURATION (P2Y3M);
 * 7. date-offsets — "the day before <date>", "the week of <date>" shift or widen a day;
 * 8. overlap — widened spans may now overlap;
 * 9. anaphora — "the next day" against the previous date, in text order.
 */
import { casual, type Chrono } from 'chrono-node/en';
import type { NewsParser } from './parsers/define-parser.js';
import type { NewsRefiner } from './refiners/define-refiner.js';
import { yearParser } from './parsers/year.js';
import { decadeParser } from './parsers/decade.js';
import { spelledDecadeParser } from './parsers/spelled-decade.js';
import { businessPeriodParser } from './parsers/business-period.js';
import { centuryParser } from './parsers/century.js';
import { quarterParser } from './parsers/quarter.js';
import { seasonParser } from './parsers/season.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { midPeriodParser } from './parsers/mid-period.js';
import { vagueOffsetParser } from './parsers/vague-offset.js';
import { relativeMonthParser } from './parsers/relative-month.js';
import { relativeWeekdayParser } from './parsers/relative-weekday.js';
import { postposedNextLastParser } from './parsers/postposed-next-last.js';
import { agoParser, inFortnightsParser } from './parsers/ago.js';
import { agoDayParser } from './parsers/ago-day.js';
import { relativeDayPartParser } from './parsers/relative-day-part.js';
import { durationParser } from './parsers/duration.js';
import { setParser } from './parsers/set.js';
import { referenceWordParser } from './parsers/reference-word.js';
import { dayMonthParser } from './parsers/day-month.js';
import { dayOrdinalParser } from './parsers/day-ordinal.js';
import { relativeMonthDaysParser } from './parsers/relative-month-days.js';
import { nightBetweenParser } from './parsers/night-between.js';
import { dayPairParser } from './parsers/day-pair.js';
import { holidayParser } from './parsers/holiday.js';
import { spelledYearParser } from './parsers/spelled-year.js';
import { dottedTimeParser } from './parsers/dotted-time.js';
import { clockRangeStartParser, spelledTimeParser } from './parsers/spelled-time.js';
import { bareMayParser } from './parsers/bare-may.js';
import { shortNumericDateParser } from './parsers/short-numeric-date.js';
import { anaphoraParser } from './parsers/anaphoric-phrase.js';
import { copularDayParser } from './parsers/copular-day.js';
import { falsePositiveFilter } from './refiners/false-positives.js';
import { restoreOurs, setAsideOurs } from './refiners/set-aside.js';
import { keepApart } from './refiners/keep-apart.js';
import { rangeSplitter } from './refiners/split-ranges.js';
import { calendarResolver } from './refiners/chrono-values.js';
import { modifierRefiner } from './refiners/modifiers.js';
import { compoundDurationRefiner } from './refiners/compound-durations.js';
import { dateOffsetRefiner } from './refiners/date-offsets.js';
import { overlapRemover } from './refiners/overlap.js';
import { anaphoraResolver } from './refiners/resolve-anaphora.js';

/**
 * Our parsers, in priority order (earlier wins a tie of equal length).
 *
 * @example
 * NEWS_PARSERS[0].id; // 'anaphora' (tried first)
 * NEWS_PARSERS.at(-1)!.id; // 'year' (tried last)
 */
export const NEWS_PARSERS: readonly NewsParser[] = Object.freeze([
  anaphoraParser,
  copularDayParser,
  nightBetweenParser,
  relativeDayPartParser,
  agoDayParser,
  vagueOffsetParser,
  agoParser,
  inFortnightsParser,
  relativeMonthParser,
  relativeWeekdayParser,
  postposedNextLastParser,
  relativePeriodParser,
  midPeriodParser,
  holidayParser,
  spelledYearParser,
  dottedTimeParser,
  spelledTimeParser,
  clockRangeStartParser,
  bareMayParser,
  shortNumericDateParser,
  dayMonthParser,
  dayPairParser,
  dayOrdinalParser,
  relativeMonthDaysParser,
  quarterParser,
  businessPeriodParser,
  seasonParser,
  centuryParser,
  decadeParser,
  spelledDecadeParser,
  setParser,
  durationParser,
  referenceWordParser,
  yearParser,
]);

/**
 * Refiners that run before chrono's own.
 *
 * @example
 * NEWS_PRE_REFINERS.map((r) => r.id); // ['drop-false-positives', 'set-aside', 'keep-apart']
 */
export const NEWS_PRE_REFINERS: readonly NewsRefiner[] = Object.freeze([falsePositiveFilter, setAsideOurs, keepApart]);

/**
 * Refiners that run after chrono's own, in order.
 *
 * @example
 * NEWS_POST_REFINERS.map((r) => r.id);
 * // ['restore', 'split-ranges', 'chrono-calendar', 'modifiers', 'compound-durations', 'date-offsets', 'overlap', 'anaphora']
 */
export const NEWS_POST_REFINERS: readonly NewsRefiner[] = Object.freeze([
  restoreOurs,
  rangeSplitter,
  calendarResolver,
  modifierRefiner,
  compoundDurationRefiner,
  dateOffsetRefiner,
  overlapRemover,
  anaphoraResolver,
]);

/**
 * Builds a fresh engine: chrono's casual configuration with our parsers and refiners
 * (plain chrono, the evaluation baseline, is `casual` itself).
 *
 * @example
 * const engine = createEngine();
 * engine.parse('held a summit Tuesday', { instant: new Date(Date.UTC(2021, 11, 7, 12)), timezone: 0 });
 */
export function createEngine(): Chrono {
  const engine = casual.clone();
  engine.parsers = [...NEWS_PARSERS, ...engine.parsers];
  engine.refiners = [...NEWS_PRE_REFINERS, ...engine.refiners, ...NEWS_POST_REFINERS];
  return engine;
}

/**
 * The shared engine (immutable after construction: parse() keeps no state on it).
 *
 * @example
 * const option: NewsParsingOption = { newsnorm: { publication: { year: 2021, month: 12, day: 7 }, setAside: [] } };
 * const [result] = engine.parse('The talks lasted two hours.', { instant: new Date(Date.UTC(2021, 11, 7, 12)), timezone: 0 }, option as never);
 * getSpec(result!.start); // { type: 'DURATION', value: 'PT2H', rule: 'duration' }
 */
export const engine: Chrono = createEngine();
