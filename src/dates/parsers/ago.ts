/**
 * Offsets: "three years ago", "two weeks ago", "a week or so ago", "a year earlier", "two days later",
 * "six months before", "a week from now", "several years ago" and "decades ago" (PAST_REF);
 * "in a fortnight" in a present or future clause, the one offset chrono's "in two weeks" does
 * not read (its unit table has no fortnight).
 *
 * "N units later/after/before" is a DURATION of the amount alone (TimeML leaves the
 * signal outside: "Three days later" → "Three days", P3D).
 * "ago"/"from now" count from the publication date; "earlier"
 * counts from the date under discussion (the anaphora refiner resolves them, falling back
 * to the publication date). The value has the unit's granularity ("six weeks ago" is a
 * week, '1998-W02'). "A year ago/earlier" in business news compares periods, so it
 * follows a quarter under discussion when there is one ('1988-Q3').
 */
import { defineParser } from './define-parser.js';
import type { ParsingResult } from 'chrono-node/en';
import { glued, makeResult, publicationOf, type AnaphorUnit, type ParsingContext } from '../timex.js';
import { tenseAround } from '../tense.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, quarterOf } from '../calendar-math.js';
import { NUMBER_WORD_PATTERN, VAGUE_QUANTITY_PATTERN, durationValue, parseNumber, unitOf } from '../quantities.js';

/** A unit and the word that makes it an offset (groups 3 and 4 of PATTERN): what every match holds. */
const UNIT_AND_SIGNAL =
  '(days?|weeks?|fortnights?|months?|quarters?|years?|decades?|hours?|minutes?)\\s+(?:or\\s+so\\s+)?(ago|earlier|later|before|after|from\\s+now|hence|back|previously)';
const PATTERN = new RegExp(
  `\\b(?:(?:(\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN})|(${VAGUE_QUANTITY_PATTERN}))[\\s-]+)?${UNIT_AND_SIGNAL}\\b`,
  'i',
);
/** Most texts have no unit before "ago" or "later": they are not scanned with the numbers in front. */
const NEEDS = new RegExp(UNIT_AND_SIGNAL, 'i');

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'hour' | 'minute';

function extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  const unitWord = match[3]!.toLowerCase().replace(/s$/, '');
  // a fortnight is two weeks
  const fortnight = unitWord === 'fortnight';
  const unit = (fortnight ? 'week' : unitWord) as Unit;
  const direction = match[4]!.toLowerCase().replace(/\s+/g, ' ');
  const backwards = /^(?:ago|earlier|before|back|previously)$/.test(direction);
  const fromPublication = /^(?:ago|from now|hence|back)$/.test(direction);
  // "a day after the summit" is a signal + event, not a date on its own.
  if (
    (direction === 'after' || direction === 'before') &&
    /^\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|I)\b/i.test(
      text.slice(start + match[0].length, start + match[0].length + 8),
    )
  )
    return null;
  const rule = 'ago';
  // "decades ago", "Years ago,": a bare plural unit is the vague past (PAST_REF); other bare
  // units ("days later", "months before the vote") are left to the duration parser
  if (match[1] === undefined && match[2] === undefined) {
    if (direction !== 'ago' || !/s$/i.test(match[3]!) || /^(?:hours|minutes)$/i.test(match[3]!)) return null;
    return makeResult(context, start, match[0], { type: 'DATE', value: 'PAST_REF', anchor: 'publication', rule });
  }
  // "three days later", "a month after the vote", "30 days before": TimeML annotates the
  // amount as a DURATION and leaves the signal word outside ("earlier" and "ago" stay dates).
  // "three months earlier this year": "earlier" opens the next expression; "an hour earlier":
  // a clock offset we cannot place, so both are the amount (a DURATION) too
  const signalOpensNext =
    (direction === 'earlier' || direction === 'later') &&
    /^\s+(?:(?:this|that)\s+(?:year|month|week|morning|afternoon|evening|quarter|season)|in\s+the\s+(?:day|week|month|year|season))\b/i.test(
      text.slice(start + match[0].length, start + match[0].length + 24),
    );
  if (
    direction === 'later' ||
    direction === 'after' ||
    direction === 'before' ||
    signalOpensNext ||
    (direction === 'earlier' && (unit === 'hour' || unit === 'minute'))
  ) {
    const unitCode = unitOf(match[3]!)!;
    const amountText = match[1] ?? match[2]!;
    const amount = match[1] ? parseNumber(match[1]) : null;
    if (match[1] && amount === null) return null;
    const span = match[0].slice(0, match[0].length - match[4]!.length).trimEnd();
    return makeResult(context, start, span, {
      type: 'DURATION',
      value: durationValue(amount, unitCode, amountText),
      rule,
    });
  }
  if (match[2]) {
    return makeResult(context, start, match[0], {
      type: 'DATE',
      value: backwards ? 'PAST_REF' : 'FUTURE_REF',
      anchor: 'publication',
      rule,
    });
  }
  const written = parseNumber(match[1]!);
  if (written === null || !Number.isInteger(written)) return null;
  const amount = fortnight ? written * 2 : written;
  const n = backwards ? -amount : amount;
  const pub = publicationOf(context);
  let value: string | null = null;
  if (pub) {
    switch (unit) {
      case 'day':
      case 'hour':
      case 'minute':
        value = formatDay(addDays(pub, unit === 'day' ? n : 0));
        break;
      case 'week':
        value = formatWeek(addDays(pub, n * 7));
        break;
      case 'month': {
        const m = addMonths(pub.year, pub.month, n);
        value = formatMonth(m.year, m.month);
        break;
      }
      case 'quarter': {
        const i = pub.year * 4 + quarterOf(pub.month) - 1 + n;
        value = `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
        break;
      }
      // "a decade ago" is a point ten years back ('2003'), like "ten years ago"
      case 'decade':
        value = String(pub.year + n * 10);
        break;
      default:
        value = String(pub.year + n);
    }
  }
  const anaphorUnit: AnaphorUnit | null = unit === 'hour' || unit === 'minute' || unit === 'decade' ? null : unit;
  const quarterStyle = unit === 'year' && amount === 1;
  const anaphor =
    anaphorUnit === null
      ? undefined
      : quarterStyle
        ? { unit: 'year' as const, offset: n, granularity: 'quarter' as const }
        : fromPublication
          ? undefined
          : { unit: anaphorUnit, offset: n };
  return makeResult(context, start, match[0], {
    type: 'DATE',
    value,
    anchor: 'publication',
    rule,
    ...(anaphor ? { anaphor } : {}),
    ...(/\bor\s+so\b/i.test(match[0]) ? { mod: 'APPROX' as const } : {}),
  });
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("three years ago", { publishedAt: '2021-12-07' }); // ["three years ago → 2018"]
 */
export const agoParser = defineParser('ago', PATTERN, extract, NEEDS);

/** "in a fortnight", "in two fortnights": the amount (group 1) after "in", then the unit. */
const IN_FORTNIGHTS = new RegExp(`\\bin\\s+(an?|${NUMBER_WORD_PATTERN}|\\d+)\\s+fortnights?\\b`, 'i');

function extractInFortnights(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const text = context.text;
  // the span is the amount, as chrono's "in two weeks('s time)" gives "two weeks"
  const start = match.index! + match[0].indexOf(match[1]!);
  const end = match.index! + match[0].length;
  // "his second letter in a fortnight was sent": in past narration a span (the duration parser's)
  if (tenseAround(text, start, end) === 'past') return null;
  const count = /^an?$/i.test(match[1]!) ? 1 : parseNumber(match[1]!);
  if (count === null || !Number.isInteger(count) || count < 1) return null;
  const pub = publicationOf(context);
  return makeResult(context, start, text.slice(start, end), {
    type: 'DATE',
    value: pub ? formatWeek(addDays(pub, count * 14)) : null,
    anchor: 'publication',
    rule: 'in-fortnights',
  });
}

/**
 * "in a fortnight", "in two fortnights' time" (a present or future clause): the week two weeks after publication, as chrono
 * reads "in two weeks"; in past narration the duration parser reports the amount.
 *
 * @example
 * resolveDates("The vote will be held in a fortnight.", { publishedAt: '2026-03-10' }); // ["a fortnight → 2026-W13"]
 */
export const inFortnightsParser = defineParser('in-fortnights', IN_FORTNIGHTS, extractInFortnights, /fortnight/i);
