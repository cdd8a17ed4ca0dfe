/**
 * Bare and prepositional years: "since 2014", "in 2015", "the 2015 Minsk agreement",
 * "fiscal 1989", "mid-1996" (the modifier refiner adds MID), "post-1959" (AFTER), "pre-1990"
 * (BEFORE), and each year of a span: "2020-2023", "the 2022/23 season" (the first year only
 * when the second is written with two digits).
 *
 * chrono has no bare-year parser (a four-digit number is too ambiguous for a general
 * parser); in news a 4-digit number between 1600 and 2099 (and 2100 after "by", "in", "the
 * year" …) is a year unless its context
 * says it is a quantity ("$2000", "2000 troops", "about 2000", "near 2000", "2,000", "2000%"),
 * a name ("Orion 1980", "Expo 2020") or a model year ("the 2013 Chevrolet Malibu").
 */
import { defineParser } from './define-parser.js';
import { glued, gluedAfter, makeResult } from '../timex.js';
import { MONTH_TABLE, SEASONS, WEEKDAY_TABLE } from '../../lexicon/calendar-words.js';
import { HOLIDAYS } from '../../lexicon/holidays.js';
import { TIME_ZONE_ABBREVIATIONS } from '../../lexicon/time-zones.js';
import { capitalize, matchAnyPattern } from '../../lexicon/pattern.js';

// (and 2100, the horizon of climate and population projections, after "the year", "by", "until",
// "before", "in" or "of": "by 2100", "the year 2100" — not "2100 people")
const PATTERN =
  /(?:\b(fiscal|calendar|FY|model|school)[\s-]*(?:year\s+)?)?\b((?:1[6-9]|20)\d\d|(?<=\b(?:year|by|until|till|before|in|of)\s)2100)\b/i;

/** A zone or "local time" after four digits: a wire clock ("(1800 local time)", "0530 CET"), never a year. */
const CLOCK_AFTER = new RegExp(`^\\s*(?:(?:${[...TIME_ZONE_ABBREVIATIONS].join('|')})\\b|local\\s+time\\b)`);
/** Two years joined by a hyphen, dash or slash: "2020-2023", "2022/23", "2014–15". */
const YEAR_SPAN_AFTER = /^[-–/]((?:1[6-9]|20)\d\d|\d\d)\b(?![-–/.,:]?\d)/;
const YEAR_SPAN_BEFORE = /(?:^|[^\d.,/:-])((?:1[6-9]|20)\d\d)[-–/]$/;

/**
 * The end year of a span that starts with `year` ("-2023", "/23"), or null: a later year
 * within a few decades ("1990-1985", "2020/2" and "2020-75" are no spans).
 *
 * @example
 * yearSpanEnd('/23 season', 2022); // 2023
 * yearSpanEnd('-10 score', 2020);  // null
 */
export function yearSpanEnd(after: string, year: number): number | null {
  const m = YEAR_SPAN_AFTER.exec(after);
  if (!m) return null;
  const end = m[1]!.length === 4 ? Number(m[1]) : Math.floor(year / 100) * 100 + Number(m[1]);
  return end > year && end - year <= 30 ? end : null;
}

/** True when `year` ends a span of years written before it ("2020-" before "2023"). */
function yearSpanStart(before: string, year: number): boolean {
  const m = YEAR_SPAN_BEFORE.exec(before);
  return m !== null && yearSpanEnd(`-${year}`, Number(m[1])) === year;
}

/** Quantity words that make a following number a count, not a year. */
const QUANTITY_BEFORE =
  /\b(?:about|around|approximately|nearly|almost|some|over|than|only|just|least|most|total|of|to|and|by|with|another|additional|extra|estimated|roughly|up|near|above|below)\s+$/i;

/** Car makers: "the redesigned 2013 Chevrolet Malibu" is a model year, part of a product name. */
const CAR_MAKERS =
  /^\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|BMW|Mercedes(?:-Benz)?|Audi|Volkswagen|VW|Nissan|Hyundai|Kia|Tesla|Jeep|Dodge|Chrysler|Buick|Cadillac|GMC|Lexus|Subaru|Mazda|Volvo|Porsche|Ferrari|Jaguar|Land\s+Rover|Mitsubishi|Fiat|Peugeot|Renault|Skoda|Lincoln|Acura|Infiniti|Pontiac|Saturn|Oldsmobile|Plymouth|Mini|Bentley|Lamborghini|Maserati|Rolls-Royce)\b/;

/**
 * A capitalized word right before the year, inside a sentence: "a venture called Orion
 * 1980", "Expo 2020", "Vision 2030" name things; the year is part of the name.
 */
const NAME_BEFORE = /[^.!?:;\n"“(\s][ \t]+[A-Z][\p{L}-]*[ \t]+$/u;
/** Calendar words, capitalized: months and their abbreviations, weekdays, seasons, one-word holidays. */
const CALENDAR_WORDS = matchAnyPattern([
  ...MONTH_TABLE.flatMap((m) => [m.name, ...m.abbreviations]).map(capitalize),
  ...WEEKDAY_TABLE.map((d) => capitalize(d.name)),
  ...SEASONS.map((season) => capitalize(season.name)),
  ...HOLIDAYS.filter((h) => h.needsDay !== 'always' && h.needsDay !== 'as-name')
    .flatMap((h) => h.forms)
    .filter((f) => !/\s/.test(f)),
]);
/** Capitalized words a year still follows as a date ("January 1990", "Christmas 1989"). */
const NOT_A_NAME = new RegExp(
  `^(?:${CALENDAR_WORDS}|Early|Late|Mid|Fiscal|Calendar|FY|Q[1-4]|H[12]|In|Since|By|Until|Through|During|From|Before|After|Of|And|Or|The|For|To|At|On|Circa|About|Around|Year|Class)$`,
);

/** Subject pronouns: a clause starts after the number, which counts nothing. */
const SUBJECT_PRONOUN = /^(?:it|he|she|they|we|you|i)$/i;

/** Plural nouns that still follow a year ("2014 elections"). */
// prettier-ignore
const YEAR_NOUNS = new Set(['elections', 'games', 'olympics', 'levels', 'results', 'earnings', 'figures', 'talks', 'protests', 'riots', 'attacks', 'accords', 'models', 'sales', 'profits', 'revenues', 'rates', 'prices', 'agreements', 'negotiations', 'events', 'polls', 'standards', 'budgets', 'estimates', 'forecasts', 'plans', 'sanctions', 'hostilities', 'clashes', 'hearings', 'minutes', 'accounts', 'statements', 'numbers', 'losses', 'gains', 'championships', 'finals', 'midterms', 'primaries', 'uprisings', 'invasions', 'negotiation']);

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("since 2014", { publishedAt: '2021-12-07' }); // ["2014 → 2014"]
 */
export const yearParser = defineParser('year', PATTERN, (context, match) => {
  const text = context.text;
  const yearAt = match.index! + match[0].length - match[2]!.length;
  const start = match.index!;
  if (glued(text, start)) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(yearAt + 4, yearAt + 40);
  // "2020-2023", "the 2022/23 season", "in 2014–15": each year of a span of years is a year
  const year = Number(match[2]);
  const spanStart = yearSpanEnd(after, year) !== null;
  const spanEnd = !match[1] && yearSpanStart(before, year);
  if (
    !spanEnd &&
    !spanStart &&
    /[$€£¥#№]\s*$|\d[\d.,/:-]*$|\bNo\.\s*$|\b(?:page|room|flight|route|highway|number|code|rule|resolution|article|section|chapter|bus|tel|phone|ext|box|suite|unit|model)\s*$/i.test(
      before,
    )
  )
    return null;
  if (
    (!spanStart &&
      /^(?:[.,:/]\d|-\d|\s*%|\s*(?:percent|per\s*cent|pc)\b|\s*[a-z]?\d|\s*(?:a\.?m|p\.?m)\b|\s*(?:hours|hrs|GMT|UTC)\b)/i.test(
        after,
      )) ||
    CLOCK_AFTER.test(after)
  )
    return null;
  if (gluedAfter(text, yearAt + 4)) return null;
  // "post-1959 politics", "pre-1990 levels": the prefix makes it a year whatever follows
  const prefix = /\b(pre|post)-$/i.exec(before);
  if (prefix && !match[1]) {
    const from = start - prefix[0].length;
    return makeResult(context, from, text.slice(from, yearAt + 4), {
      type: 'DATE',
      value: match[2]!,
      mod: prefix[1]!.toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER',
      modDone: true,
      anchor: 'absolute',
      rule: 'year',
    });
  }
  if (!match[1] && NAME_BEFORE.test(before) && !NOT_A_NAME.test(/(\S+)\s+$/.exec(before)![1]!)) return null;
  if (!match[1] && CAR_MAKERS.test(after)) return null;
  const next = /^\s+([\p{L}]+)/u.exec(after)?.[1] ?? '';
  const nextIsCountNoun = /^[a-z]+s$/.test(next) && !YEAR_NOUNS.has(next);
  if (nextIsCountNoun) return null;
  // ("in 2020 and 2021": a year right after another year is a year too)
  const afterYear = /\b(?:1[6-9]|20)\d\d\s*(?:,|and|or|to|-|–)\s*$/.test(before);
  if (
    !afterYear &&
    QUANTITY_BEFORE.test(before) &&
    /^[a-z]/.test(next) &&
    !/^(?:and|or|to|when|after|before|as|with|until|the|in|on|from|at|for|levels?)$/.test(next) &&
    // "by 1992 it intended …": a subject pronoun after the number starts a clause; a count
    // needs a noun after it
    !SUBJECT_PRONOUN.test(next)
  )
    return null;
  // "the index ended the year near 2000": a level, not a year
  if (/\b(?:near|above|below)\s+$/i.test(before)) return null;
  if (
    /^\s*(?:people|men|women|troops|soldiers|workers|jobs|units|cars|homes|miles|km|feet|tons|tonnes|barrels|shares|votes|dollars|euros|yuan|rubles|pounds)\b/i.test(
      after,
    )
  )
    return null;
  const value = match[2]!;
  return makeResult(context, start, match[0], { type: 'DATE', value, anchor: 'absolute', rule: 'year' });
});
