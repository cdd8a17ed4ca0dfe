/**
 * Drops chrono results that are not dates in news text, before chrono's own overlap
 * removal so a correct shorter reading (ours) can survive:
 * - prices and decimals read as times ("$1.35 a share"), bare numbers as hours;
 * - weekday abbreviations ("Sun Microsystems", the verb "sat", "Wed"), and chrono's "weekend"
 *   (a Saturday) and "weekday" (some weekday);
 * - greetings and programmes ("Good evening", "the morning talk show");
 * - "today" and "tomorrow" naming an age, not a day ("today's youth", "the people of tomorrow");
 * - slash fractions without a year ("1/2");
 * - month names used as names or nouns ("Theresa May", "the March on Washington");
 * - chrono's "for/within/after 5 days", "5 days later", past-tense "in two weeks", "in a few
 *   days" (a vague amount) and "in two hours" (an offset from an unknown hour): durations,
 *   which our parsers report; "the first time in five years" (the span since the last time);
 *   and "in the day" read as tomorrow;
 * - a unit in a comparison compound ("the quarter-to-quarter comparison", "year-over-year");
 * - "Now," opening a sentence, a discourse marker (see parsers/reference-word.ts);
 * - a reading of ours with a preposition in front ("on Monday" over our "Monday"), a part of
 *   the day inside our clock time ("morning on Tuesday" in "five in the morning on Tuesday"),
 *   and a relative period inside one of ours ("next month" in "the 2nd of next month at 9
 *   o'clock");
 * - a part of day before "of <date>" ("the night of Oct. 23"): chrono's merge of the two
 *   keeps neither date component (it resolved to the publication day); TimeBank and
 *   AQUAINT tag the date alone there, so the date result is kept on its own; the night of an
 *   event ("the night of the attack", "on the night he died") is not the publication day's.
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { getSpec } from '../timex.js';
import { tenseAround } from '../tense.js';
import { isDiscourseNow } from '../parsers/reference-word.js';
import {
  MONTH_ABBREVIATIONS,
  MONTH_TABLE,
  WEEKDAY_ABBREVIATION_PATTERN,
  WEEKDAY_TABLE,
} from '../../lexicon/calendar-words.js';
import { capitalize, matchAnyPattern } from '../../lexicon/pattern.js';

const AMBIGUOUS_MONTH_PATTERN = matchAnyPattern(MONTH_TABLE.filter((m) => m.ambiguous).map((m) => m.name));
const MONTH_ABBREVIATION_PATTERN = matchAnyPattern(MONTH_ABBREVIATIONS);
/** Weekday and month names, capitalized. */
// A superlative after a determiner, with up to two words between it and "in" ("the lowest in",
// "its biggest monthly drop in"): what follows is the span since the last such, not a date ahead.
const SUPERLATIVE_BEFORE =
  /\b(?:the|its|their|his|her|our|my|your)\s+(?:[a-z]{2,}est|worst|best|most|least)(?:\s+[a-z-]+){0,2}\s+$/i;
// Nouns that end in "est" and are no superlative: "hold the protest in two years".
const EST_NOUN_BEFORE =
  /\b(?:the|its|their|his|her|our|my|your)\s+(?:interest|forest|west|protest|request|test|rest|harvest|arrest|contest|quest|guest|chest|nest|crest|vest|zest|conquest|inquest|manifest|digest|pest|behest)s?\b/i;
const CAPITALIZED_CALENDAR_NAMES = [...WEEKDAY_TABLE, ...MONTH_TABLE].map((d) => capitalize(d.name)).join('|');

// ("3pm", "3.00pm": the meridiem may follow the digits without a space)
const TIME_EVIDENCE =
  /:\d\d|(?<!\p{L})[ap]\.?m\.?(?![\p{L}])|o['’]clock|\bnoon\b|\bmid-?day\b|\bmidnight\b|\b(?:morning|afternoon|evening|night|tonight)\b/iu;
const WEEKDAY_ABBREVIATION = new RegExp(`^(?:on\\s+)?(?:${WEEKDAY_ABBREVIATION_PATTERN})\\.?$`, 'i');
/** Months that alone may be something else: names that are words or given names, and abbreviations. */
const MONTH_ONLY_NAMES = new RegExp(
  `^(?:in\\s+)?(?:${AMBIGUOUS_MONTH_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\\.?$`,
  'i',
);
const MONTH_ABBREVIATION_ONLY = new RegExp(`^(?:in\\s+)?(?:${MONTH_ABBREVIATION_PATTERN})\\.?$`, 'i');
const NAME_BEFORE = /(?:^|[^.!?\s]\s+)(?:[A-Z][\p{L}'’-]+)\s+$/u;
const NOT_NAMES = new RegExp(
  `\\b(?:In|On|By|Since|Until|Till|From|Through|During|Last|Next|This|Early|Late|Mid|Of|And|Or|The|Each|Every|Before|After|Between|${CAPITALIZED_CALENDAR_NAMES})\\s+$`,
);

/** A period named relative to publication, as our readings of a day contain it ("the 2nd of next month"). */
const MONTH_COMMA_NUMBER = /^(?:in\s+)?\p{L}+\.?,\s*\d{1,2}$/u;
const QUANTITY_AFTER = /^\s*(?:%|per\s?cent\b|[a-z])/;
const RELATIVE_UNIT = /^(?:(?:the\s+)?(?:next|last|this|previous|current|following|coming)\s+(?:week|month|year))$/i;

/** Nouns of an age or a population: "today's youth", "the people of tomorrow" name no day. */
const GENERIC_NOUNS =
  'world|youth|young|society|societies|generations?|children|kids|teenagers|students|economy|economies|technology|technologies|computers|cars|consumers|families|parents|culture|politics|media|standards|people|leaders|women|men|workers|citizens|cities|jobs|voters|athletes|artists|musicians|scientists|engineers';
const GENERIC_AFTER_POSSESSIVE = new RegExp(`^['’]s\\s+(?:[a-z]+\\s+)?(?:${GENERIC_NOUNS})\\b`, 'i');
const GENERIC_BEFORE_OF = new RegExp(`\\b(?:${GENERIC_NOUNS})\\s+of\\s+$`, 'i');

// "March, 52" → "March": the result shrinks to the month name before the comma (chrono took the
// number for its day or year); the year is then placed like any month's (the implied one only
// keeps the components a valid date for chrono's filters).
function keepMonthAlone(result: ParsingResult): void {
  result.text = result.text.slice(0, result.text.indexOf(','));
  result.start.delete(['day', 'year']);
  result.start.imply('day', 1);
  result.start.imply('year', result.reference.instant.getUTCFullYear());
}

// Where the run of non-space characters that ends at `end` starts, looking back at most 200
// characters (a backward scan: a /\S*$/ over the slice would try every position of it).
function tokenStart(text: string, end: number): number {
  const limit = Math.max(0, end - 200);
  let i = end;
  while (i > limit && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("He met Sun Microsystems executives on Monday.", { publishedAt: '2021-12-07' }); // ["Monday → 2021-12-06"]
 */
export const falsePositiveFilter = defineRefiner('drop-false-positives', (context, results) => {
  const text = context.text;
  const starts = new Set(results.map((r) => r.index));
  const mine = results.filter((r) => getSpec(r.start));
  const ourSpans = mine.map((r) => [r.index, r.index + r.text.length] as const);
  const ours = new Set(ourSpans.map(([from, to]) => `${from}:${to}`));
  const ourTimes = mine
    .filter((r) => getSpec(r.start)!.type === 'TIME')
    .map((r) => [r.index, r.index + r.text.length] as const);
  return results.filter((result) => {
    // inside a URL or a file path ("…/2021/12/07/…")
    const token = text.slice(tokenStart(text, result.index), result.index);
    if (/(?:\/\/|www\.|\/\d*$)/i.test(token)) return false;
    // inside a word ("INDEC" is no "DEC")
    if (/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, result.index - 1), result.index)) && /^\p{L}/u.test(result.text))
      return false;
    // "28 October Street", "25th March Square": a street named after a date
    if (
      /^\s+(?:Street|St\.?|Avenue|Ave\.?|Square|Boulevard|Blvd\.?|Road|Rd\.?|Bridge|Stadium|Park|Metro|Station)\b/.test(
        text.slice(result.index + result.text.length, result.index + result.text.length + 12),
      )
    )
      return false;
    // "the quarter-to-quarter comparison", "year-over-year gains": a unit in a comparison
    // compound names a kind of period, not one ("year-to-date" is a period and stays)
    if (
      /^-(?:to|over|on|by|after)-(?!date\b)\p{L}/iu.test(
        text.slice(result.index + result.text.length, result.index + result.text.length + 10),
      )
    )
      return false;
    if (getSpec(result.start)) return true;
    // chrono's "on Monday" over our "Monday" in "on Monday and Tuesday nights": the same words
    // once the preposition is off, and ours carries the reading
    const preposition = /^on\s+/i.exec(result.text);
    if (
      preposition &&
      result.start.isOnlyWeekdayComponent() &&
      ours.has(`${result.index + preposition[0].length}:${result.index + result.text.replace(/[\s,]+$/, '').length}`)
    )
      return false;
    // "on the 2nd of next month at 9 o'clock": chrono's "next month", inside our reading of the
    // day, would be merged with the clock time into a longer month reading
    if (
      RELATIVE_UNIT.test(result.text.trim()) &&
      ourSpans.some(
        ([from, to]) =>
          result.index >= from && result.index + result.text.trimEnd().length <= to && to - from > result.text.length,
      )
    )
      return false;
    // "at five in the morning on Tuesday": chrono's "morning on Tuesday" reads the part of the
    // day our clock time already holds (the day stays, read on its own)
    if (
      /^(?:in\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)\b/i.test(result.text) &&
      ourTimes.some(([from, to]) => result.index > from && result.index < to)
    )
      return false;
    // "In March, 52 percent of voters …", "in March, 12 stores reported": the number after the
    // comma opens the next clause as a quantity, not the month's day or year: the month stays,
    // read alone (and judged below as a month alone)
    if (
      MONTH_COMMA_NUMBER.test(result.text.trim()) &&
      result.start.isCertain('month') &&
      QUANTITY_AFTER.test(text.slice(result.index + result.text.length, result.index + result.text.length + 30))
    )
      keepMonthAlone(result);
    const t = result.text.trim();
    const start = result.start;
    const before = text.slice(Math.max(0, result.index - 30), result.index);
    const after = text.slice(result.index + result.text.length, result.index + result.text.length + 30);
    const hasTime = start.isCertain('hour');
    if (/^now$/i.test(t) && isDiscourseNow(text, result.index, result.index + t.length)) return false;
    // "The festival lasts until Sunday": the verb, not "last s[econd]"
    if (/^lasts?$/i.test(t)) return false;
    const hasDate =
      start.isCertain('day') || start.isCertain('month') || start.isCertain('year') || start.isCertain('weekday');
    if (hasTime && !hasDate && !TIME_EVIDENCE.test(t)) return false;
    if (hasTime && /[$€£¥]\s*$/.test(before)) return false;
    if (hasTime && /^\d+[.,]\d+\s*a$/i.test(t)) return false;
    // "Good evening", "the morning talk show", "evening news": a greeting or a programme, not a time
    if (
      /^(?:morning|afternoon|evening|night)$/i.test(t) &&
      (/\bgood\s+$/i.test(before) ||
        /^\s+(?:talk\s+)?(?:show|news|newscast|program|programme|edition|paper|newspaper|prayers?|star|anchor)\b/i.test(
          after,
        ))
    )
      return false;
    // "today's youth", "the computers of tomorrow": the present or future age, not a day
    if (
      /^(?:today|tomorrow)$/i.test(t) &&
      (GENERIC_AFTER_POSSESSIVE.test(after) || (/^\s*(?:$|[,.;:!?)])/.test(after) && GENERIC_BEFORE_OF.test(before)))
    )
      return false;
    // "High Noon", "high noon comes today": the idiom, not a clock time
    if (/^noon$/i.test(t) && /\bhigh\s+$/i.test(before)) return false;
    // "the night of Oct. 23": the date carries the value; see the header
    if (/^(?:morning|afternoon|evening|night)$/i.test(t)) {
      const of = /^\s+of\s+/i.exec(after);
      const dateStart = result.index + result.text.length + (of ? of[0].length : 0);
      if (of && starts.has(dateStart)) return false;
      // "the night of the attack", "from the night the plane went down": the night of an event
      // we cannot date (chrono would give it the publication day)
      if (/\bthe\s+$/i.test(before) && !(of && starts.has(dateStart))) {
        if (/^\s+of\s+(?:the|a|an|his|her|their|its|that|this)\s/i.test(after)) return false;
        if (
          /\b(?:from|on|since|until|of)\s+the\s+$/i.test(before) &&
          /^\s+(?:the|he|she|they|we|I|you|it|his|her|their|[A-Z][\p{L}'’-]+)\s+\p{L}/u.test(after)
        )
          return false;
      }
    }
    // "Super Tuesday", "Bloody Sunday": a capitalized word glued before a weekday names an
    // occasion, not the weekday of the article's week (named holidays are the holiday parser's)
    if (
      start.isOnlyWeekdayComponent() &&
      /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[,;:.]*$/.test(t) &&
      /(?:^|[^.!?:\s]\s|["“‘'])(?:Super|Bloody|Black|Cyber|Good|Holy|Ash|Palm|Easter|Maundy|Giving|Small\s+Business|Mad|Blue|Freaky|Casual|Manic|Fat|Red|Green)\s$/.test(
        before,
      )
    )
      return false;
    // chrono reads "weekend" as a Saturday and "weekday" as some weekday: "a weekend of talks",
    // "on weekdays" name no day, and "this weekend", "the weekend" are the relative-period parser's
    if (start.isCertain('weekday') && /\bweek(?:end|day)s?\b/i.test(t)) return false;
    // "Sun Microsystems", "Sun, Hewlett-Packard and others": an abbreviation alone is a name or a verb
    if (start.isOnlyWeekdayComponent() && WEEKDAY_ABBREVIATION.test(t.replace(/[,;:]+$/, ''))) return false;
    if (/^\d{1,2}\/\d{1,2}$/.test(t)) return false;
    if (/^\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$/.test(t) && !start.isCertain('year')) return false;
    const monthOnly = start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year');
    // "the March of the Silent Mothers": a march, not the month
    if (monthOnly && /^march\s+of$/i.test(t) && /^\s+(?:the\s+)?[A-Z]/.test(after)) return false;
    // "arrested at this march", "this may be": written in lower case, the verb or the noun
    if (monthOnly && /\b(?:march|may)\b/.test(t) && !/\b(?:March|May|MARCH|MAY)\b/.test(t)) return false;
    if (monthOnly && MONTH_ONLY_NAMES.test(t)) {
      if (MONTH_ABBREVIATION_ONLY.test(t) && !/^[A-Z]/.test(t.replace(/^in\s+/i, ''))) return false;
      if (NAME_BEFORE.test(before) && !NOT_NAMES.test(before)) return false;
      if (
        /^\s+[A-Z][\p{L}'’-]+/u.test(after) &&
        !/^\s+(?:\d|of\b)/.test(after) &&
        !/\b(?:in|on|by|since|until|during|from|through|last|next|this|early|late|mid|of)\s+$/i.test(before)
      )
        return false;
      // (but "The March accession": a capitalized month before its event noun is the month)
      if (
        /^march$/i.test(t) &&
        ((/\bthe\s+$/i.test(before) &&
          !(
            /^March$/.test(t) &&
            /^\s+(?!(?:of|on|to|against|for|from|through|toward|towards|in|across|and|was|is|will|had|has)\b)[a-z]/.test(
              after,
            )
          )) ||
          /^\s+(?:on|to|against|for|from|through|toward|towards)\s+[A-Z]/.test(after))
      )
        return false;
      if (/^may$/i.test(t) && /^may$/.test(t)) return false;
    }
    // "over the past day", "in the next hour": a span (our duration parser), not a day
    if (result.tags().has('result/relativeDate') && /^(?:past|last|next|coming)\s+(?:day|hour)$/i.test(t)) return false;
    // "the strike will last a week": the verb "last" with a duration, not a date last week
    if (
      result.tags().has('result/relativeDate') &&
      /^last\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|a\s+few)\b/i.test(t)
    )
      return false;
    if (result.tags().has('result/relativeDate')) {
      // "for/within/after 5 days" are durations (our duration parser reports the amount);
      // chrono reads "in the day", "in the years" as one day/year from now
      if (/^(?:for|within|after)\s/i.test(t) || /^in\s+the\s/i.test(t)) return false;
      // "for the first time in five years", "the highest level in ten years": the span since
      // the last time (a DURATION, the duration parser's), not a date five years from now
      if (/^in\s/i.test(t) && /\b(?:time|level|rate|pace|high|low|figure)\s+$/i.test(before)) return false;
      // … and after a superlative: "the lowest in six years", "its biggest monthly drop in a decade"
      if (/^in\s/i.test(t) && SUPERLATIVE_BEFORE.test(before) && !EST_NOUN_BEFORE.test(before)) return false;
      // "his second letter in two weeks was published": in past narration "in N units" is a span, not a future date
      if (/^in\s/i.test(t) && tenseAround(text, result.index, result.index + result.text.length) === 'past')
        return false;
      // "in a few days", "in several weeks": a vague amount names no day (chrono counts "a few"
      // as three); "in two hours": an offset from an hour of publication we do not know. The
      // duration parser reports the amount (PXD, PT2H), as TimeML does
      if (
        /^(?:in|within)\s+(?:(?:about|around|roughly|approximately|just|only)\s+)?(?:a\s+few|few|several|some|a\s+couple)\b/i.test(
          t,
        )
      )
        return false;
      if (/^(?:in|within)\s.*\b(?:hours?|minutes?|seconds?)$/i.test(t)) return false;
    }
    // chrono reads "a quarter" as three months from now; quarters are ours
    if (result.tags().has('result/relativeDate') && /quarter/i.test(t)) return false;
    // "two hours before the talks", "seven days later": TimeML reads the amount as a
    // DURATION (our parsers) and leaves the signal word outside
    if (/\s(?:before|after)$/i.test(t) && /^\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z])/.test(after))
      return false;
    if (result.tags().has('result/relativeDate') && /\s(?:later|after|before)$/i.test(t)) return false;
    // "about an hour earlier": a clock offset from an event we cannot place (the ago parser reads the amount)
    if (result.tags().has('result/relativeDate') && /\b(?:hours?|minutes?|seconds?)\s+earlier$/i.test(t)) return false;
    return true;
  });
});
