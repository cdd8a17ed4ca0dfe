/**
 * Seasons: "this summer", "last fall", "the winter of 1998" (or "of nineteen ninety-eight"),
 * "spring 2013", "the summer of last year", "in the fall", "the winter of 2021-22" (the year it
 * starts in).
 *
 * TIMEX3 values 'YYYY-SP', 'YYYY-SU', 'YYYY-FA', 'YYYY-WI' (winter belongs to the year it
 * starts in). "fall" is also a verb and a noun ("the fall of Kabul"), so a season needs a
 * determiner, a year, a temporal preposition, or an article and adjective before it with the
 * season as the noun ("a difficult winter", not "a winter coat"; never "a sharp fall" or "a hot
 * spring").
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { tenseAround } from '../tense.js';
import { toDayNumber } from '../calendar-math.js';
import { SEASONS, SEASON_PATTERN } from '../../lexicon/calendar-words.js';
import { SPELLED_YEAR_PATTERN, spelledYear } from './spelled-year.js';

const PATTERN = new RegExp(
  `(?:\\b(this|last|next|past|coming|the|early|late|the\\s+early|the\\s+late|this\\s+past|this\\s+coming)\\s+)?\\b(${SEASON_PATTERN})\\b(?:\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d|${SPELLED_YEAR_PATTERN})\\b|\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?`,
  'i',
);
const CODES: Record<string, [string, number]> = Object.fromEntries(
  SEASONS.map((season) => [season.name, [season.code, season.firstMonth]]),
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = new RegExp(`\\b(?:${SEASON_PATTERN})\\b`, 'i');

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("this summer", { publishedAt: '2021-12-07' }); // ["this summer → 2021-SU"]
 */
export const seasonParser = defineAnchoredParser('season', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  const written = match[1]?.toLowerCase().replace(/\s+/g, ' ');
  // "the early summer", "the late spring": the article makes the season a noun, as "the summer"
  // does ("the late Summer Jones" is a person)
  const withArticle = written === 'the early' || written === 'the late';
  if (withArticle && /^\p{Lu}/u.test(match[2]!)) return null;
  const qualifier = withArticle ? written.slice(4) : written;
  const [code, firstMonth] = CODES[match[2]!.toLowerCase()]!;
  const pubYear = publicationOf(context)?.year;
  // "the summer of last year", "winter this year": the year is named relative to publication
  const relativeYear =
    match[4] && pubYear !== undefined
      ? pubYear + (/^last$/i.test(match[4]) ? -1 : /^next$/i.test(match[4]) ? 1 : 0)
      : null;
  // "the winter of 1994", "the summer of nineteen eighty-one" (broadcast transcripts)
  const explicit = match[3] ? (/^\d/.test(match[3]) ? Number(match[3]) : spelledYear(match[3])) : relativeYear;
  const before = text.slice(Math.max(0, start - 30), start);
  const prepositional = /\b(?:in|during|by|until|till|since|through|over|before|after|for)\s+$/i.test(before);
  // "faces a difficult winter", "after a long, hot summer.": an article and an adjective before
  // the season used as a noun (not "a winter coat")
  // "the warmest spring since record-keeping began": after a superlative any season is one
  const superlative = !qualifier && /\bthe\s+(?:[a-z]+est|worst|best)\s+$/i.test(before);
  const described =
    !qualifier &&
    (/^(?:winter|summer|autumn)$/i.test(match[2]!) || superlative) &&
    /\b(?:a|an|the|another)\s+["“]?[a-z]+,?\s+(?:[a-z]+\s+)?$/i.test(before) &&
    /^(?:\s*["”’',.;:!?)]|\s+(?:of|in|for|ahead|to|and|with|as|at|on|since|ever|yet|so)\b)/.test(
      text.slice(start + match[0].length, start + match[0].length + 8),
    );
  if (!qualifier && !explicit && !prepositional && !described) return null;
  if (qualifier === 'early' || qualifier === 'late') {
    if (!explicit && !prepositional && !withArticle) return null;
  }
  const after = text.slice(start + match[0].length, start + match[0].length + 30);
  if (!explicit && /^\s+of\s+(?!\d)/i.test(after)) return null; // "the fall of Rome"
  if (
    !explicit &&
    /^\s*(?:[-–]\s*)?(?:collection|line|wheat|crops?|semester|session|term|fashion|camp|school|olympics|games|palace)\b/i.test(
      after,
    ) &&
    qualifier === 'the'
  )
    return null;
  // "the next Summer Games", "the Winter Olympics", "the Spring Festival" (the Lunar New Year):
  // the event, not the season
  if (
    /^[A-Z]/.test(match[2]!) &&
    /^\s+(?:Games|Olympics|Olympic|Paralympics|Paralympic|Universiade|X\s+Games|Classic|Series|Meetings?|Festival)\b/.test(
      after,
    )
  )
    return null;
  // "early"/"late" belong to the modifier refiner; start the span at the season then.
  const ownQualifier = qualifier && qualifier !== 'early' && qualifier !== 'late';
  const spanStart = ownQualifier ? start : start + match[0].toLowerCase().indexOf(match[2]!.toLowerCase());
  // "the winter of 2021-22", "winter 2021/2022": a season across New Year, named by both years
  const acrossYears =
    explicit !== null && match[3] && /^\d/.test(match[3]) ? /^[-–/]((?:1[6-9]|20)?\d\d)\b/.exec(after) : null;
  const nextYear =
    acrossYears && Number(acrossYears[1]) % 100 === (explicit! + 1) % 100 && !/^[-–/]\d+[-–/.]/.test(after);
  const spanText = text.slice(spanStart, start + match[0].length + (nextYear ? acrossYears![0].length : 0));
  if (explicit !== null)
    return makeResult(context, spanStart, spanText, {
      type: 'DATE',
      value: `${explicit}-${code}`,
      anchor: 'absolute',
      rule: 'season',
    });
  const pub = publicationOf(context);
  if (!pub)
    return makeResult(context, spanStart, spanText, {
      type: 'DATE',
      value: null,
      anchor: 'publication',
      rule: 'season',
    });
  const pubDay = toDayNumber(pub);
  const startOf = (year: number) => toDayNumber({ year, month: firstMonth, day: 1 });
  const endOf = (year: number) => startOf(year) + 91;
  let year = pub.year;
  const candidates = [pub.year - 2, pub.year - 1, pub.year, pub.year + 1];
  if (qualifier === 'this' || qualifier === 'current') {
    const year = code === 'WI' && pub.month <= 2 ? pub.year - 1 : pub.year;
    return makeResult(context, spanStart, spanText, {
      type: 'DATE',
      value: `${year}-${code}`,
      anchor: 'publication',
      rule: 'season',
    });
  }
  const mode =
    qualifier === 'last' || qualifier === 'past' || qualifier === 'this past'
      ? 'last'
      : qualifier === 'next' || qualifier === 'coming' || qualifier === 'this coming'
        ? 'next'
        : tenseAround(text, spanStart, spanStart + spanText.length);
  if (mode === 'last') year = Math.max(...candidates.filter((y) => endOf(y) <= pubDay));
  else if (mode === 'next') year = Math.min(...candidates.filter((y) => startOf(y) > pubDay));
  else if (mode === 'past') year = Math.max(...candidates.filter((y) => startOf(y) <= pubDay));
  else if (mode === 'future') year = Math.min(...candidates.filter((y) => endOf(y) > pubDay));
  else year = candidates.filter((y) => startOf(y) <= pubDay).pop()!;
  if (mode !== 'last' && mode !== 'next' && mode !== 'past' && mode !== 'future' && code === 'WI' && pub.month >= 3)
    year = pub.year;
  return makeResult(context, spanStart, spanText, {
    type: 'DATE',
    value: `${year}-${code}`,
    anchor: 'publication',
    rule: 'season',
  });
});
