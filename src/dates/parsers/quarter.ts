/**
 * Fiscal and calendar quarters and halves: "the third quarter", "third-quarter profit",
 * "the fourth quarter of 1989", "1990's first half", "the last half of 1989", "the first
 * two quarters of 1991" (a half), "the latter half of last year", "Q3 2013", "2017 Q1",
 * "H1 2023", "2023 H2", "the June quarter" (ending in June),
 * "the July-September quarter", "the latest quarter",
 * "the year-earlier quarter", and reporting periods compared with it: "the year-ago
 * period", "the latest period", "the 1988 period", "this year's third quarter", "the
 * corresponding period last year".
 *
 * Without a year the quarter is placed the way business news uses it: a quarter later
 * in the year than the publication date is last year's unless the clause is future
 * ("fourth-quarter results" in a January article are the previous year's). "The
 * quarter" / "the latest quarter" / "the year-ago quarter" refer back to the quarter
 * under discussion (resolved by the anaphora refiner), falling back to the last
 * completed quarter.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf, type TimexSpec } from '../timex.js';
import { MONTHS, MONTH_NAME_PATTERN } from '../../lexicon/calendar-words.js';
import { parseOrdinal } from '../../lexicon/ordinals.js';
import { quarterOf } from '../calendar-math.js';
import { tenseAround } from '../tense.js';

const ORD = 'first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter|former';
const QUALIFIER =
  'year[\\s-]earlier|year[\\s-]ago|year[\\s-]before|prior[\\s-]year|comparable(?:\\s+year[\\s-](?:earlier|ago))?|corresponding|same|latest|current|recent|previous|preceding|prior|past|last|final|next|coming|this|fiscal|calendar|most\\s+recent|just[\\s-]ended|just[\\s-]completed';
const PATTERN = new RegExp(
  `(?:\\b((?:1[6-9]|20)\\d\\d(?:['’]s)?|(?:this|last|next)\\s+year['’]s)\\s+)?(?:\\b(the|this|that|its|their|his|her|our)\\s+)?(?:\\b((?:1[6-9]|20)\\d\\d)(?:['’]s)?\\s+)?(?:\\b(${QUALIFIER})\\s+)?(?:\\b(${ORD})[\\s-]+)?(?:(?:fiscal|calendar)[\\s-]+)?\\b(quarter|half|period|two\\s+quarters)\\b(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?((?:1[6-9]|20)\\d\\d|the\\s+year|this\\s+year|last\\s+year|next\\s+year)|\\s+(?:of\\s+)?(a\\s+year\\s+(?:earlier|ago|before)|last\\s+year|the\\s+(?:previous|prior)\\s+year))?` +
    `|\\b(?:Q([1-4])|([1-4])Q)(?:\\s*(?:of\\s+)?((?:1[6-9]|20)\\d\\d|['’]\\d\\d))?\\b` +
    `|\\b((?:1[6-9]|20)\\d\\d)[\\s-]?Q([1-4])\\b` +
    `|\\b(?:the\\s+)(${MONTH_NAME_PATTERN})(?:[-–](${MONTH_NAME_PATTERN}))?\\s+quarter\\b` +
    // "H1 2023", "2023 H2": a half written the way of financial reports, with its year ("H1" alone may be a visa)
    `|\\bH([12])\\s*(?:of\\s+)?((?:1[6-9]|20)\\d\\d)\\b|\\b((?:1[6-9]|20)\\d\\d)[\\s-]?H([12])\\b`,
  'i',
);

/**
 * Rule id of a comparison period with its own year ("the 1988 period", "the 1988 quarter"):
 * the anaphora refiner does not count later "year-ago" phrases back from it.
 *
 * @example
 * getSpec(result.start)?.rule === COMPARISON_RULE;
 */
export const COMPARISON_RULE = 'quarter/comparison';

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\b(?:quarters?|half|period|Q[1-4]|[1-4]Q|H[12])\b/i; // "the June quarter" contains "quarter" too

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("the third quarter", { publishedAt: '2021-12-07' }); // ["the third quarter → 2021-Q3"]
 */
export const quarterParser = defineAnchoredParser('quarter', CORE, PATTERN, (context, match) => {
  const text = context.text;
  let start = match.index!;
  if (glued(text, start)) return null;
  const pub = publicationOf(context);
  let span = match[0];
  const after = text.slice(start + span.length, start + span.length + 12);
  // "a quarter-century low": a span of 25 years, not a quarter
  if (/^-(?:century|mile|hour|inch|pound|point|final|finals)/i.test(after)) return null;
  let year: number | null = null;
  let n: number | null = null;
  let unit: 'Q' | 'H' = 'Q';
  let qualifier = '';
  /** "the quarter a year ago", "the corresponding period last year" */
  let trailingYearBack = false;
  if (match[16] || match[19]) {
    const half = match[16] ?? match[19]!;
    const value = `${match[17] ?? match[18]!}-H${half}`;
    return makeResult(context, start, span, { type: 'DATE', value, anchor: 'absolute', rule: 'quarter' });
  }
  if (match[14]) {
    // "the June quarter" (the quarter ending in June), "the July-September quarter"
    const last = MONTHS[(match[15] ?? match[14]).toLowerCase()]!;
    const first = MONTHS[match[14].toLowerCase()]!;
    if (match[15] && (last - first + 12) % 12 !== 2) return null;
    n = Math.ceil(last / 3);
    if (pub) {
      year = pub.year;
      if (n > quarterOf(pub.month) && tenseAround(text, start, start + span.length) !== 'future') year -= 1;
    }
    const value = year === null ? null : `${year}-Q${n}`;
    return makeResult(context, start, span, { type: 'DATE', value, anchor: 'publication', rule: 'quarter' });
  }
  if (match[9] || match[10] || match[13]) {
    n = Number(match[9] ?? match[10] ?? match[13]);
    const y = match[11] ?? match[12];
    if (y) year = y.length === 4 ? Number(y) : 1900 + Number(y.slice(1)) + (Number(y.slice(1)) < 50 ? 100 : 0);
  } else {
    const determiner = match[2]?.toLowerCase();
    qualifier = (match[4] ?? '').toLowerCase().replace(/\s+/g, ' ');
    let ordinal = match[5]?.toLowerCase();
    const unitWord = match[6]!.toLowerCase().replace(/\s+/g, ' ');
    // "the first two quarters of 1991" is the first half
    unit = unitWord === 'half' || unitWord === 'two quarters' ? 'H' : 'Q';
    if (unitWord === 'two quarters' && (!match[7] || !/^(?:first|last|final|second)$/.test(ordinal ?? qualifier)))
      return null;
    // "the last half of 1989", "the final quarter of 1990": with a half or a year, "last" is the ordinal
    if (!ordinal && (qualifier === 'last' || qualifier === 'final') && (unit === 'H' || match[7])) {
      ordinal = qualifier;
      qualifier = '';
    }
    // "the same period of last year" (the way Chinese and Korean statistics are translated) is
    // "the same period last year": the period under discussion a year back, not a period of that year
    const comparedYearBack =
      unitWord === 'period' && /^(?:same|corresponding)$/.test(qualifier) && /^last\s+year$/i.test(match[7] ?? '');
    const explicitYear = match[1] ?? match[3] ?? (comparedYearBack ? undefined : match[7]);
    // "the year-ago period", "the 1988 period": a period compared with the quarter under discussion
    // "the same period last year" compares too, but only with its trailing year
    if (
      unitWord === 'period' &&
      (ordinal ||
        (!explicitYear &&
          !/^(?:year|prior|comparable|corresponding|latest|most recent|just)/.test(qualifier) &&
          !(qualifier === 'same' && (match[8] || comparedYearBack))))
    )
      return null;
    if (match[8] || comparedYearBack) trailingYearBack = true;
    // "a quarter of the market", "three quarters", "half of the": fractions, not periods.
    if (!determiner && !qualifier && !ordinal && !match[1] && !match[3]) return null;
    if (/^\s+of\s+(?:a|an|the|its|their|all|those|these|his|her)\b/i.test(after) && !match[7]) return null;
    if (unit === 'H' && !ordinal) return null;
    // "the latter half-heartedly agreed", "a first half-hearted attempt": a compound word
    if (/^-\p{L}/u.test(after)) return null;
    // "the latter half of last year", "the former half": the second and first halves (of a half only)
    const ofTwo = ordinal === 'latter' || ordinal === 'former';
    if (ofTwo && unit !== 'H') return null;
    if (
      ordinal === 'final' ||
      ordinal === 'last' ||
      ordinal === 'latter' ||
      (unitWord === 'two quarters' && ordinal === 'second')
    )
      n = unit === 'Q' ? 4 : 2;
    else if (ordinal === 'former') n = 1;
    else if (ordinal) n = parseOrdinal(ordinal);
    if (explicitYear && /^\d/.test(explicitYear)) year = Number(explicitYear.slice(0, 4));
    else if (explicitYear && pub) {
      const rel = explicitYear.toLowerCase();
      year = rel.startsWith('last') ? pub.year - 1 : rel.startsWith('next') ? pub.year + 1 : pub.year;
    }
    // A possessive before the phrase belongs to its owner, not to the timex: start at the qualifier.
    if (determiner && determiner !== 'the' && determiner !== 'this' && determiner !== 'that') {
      const cut = span.toLowerCase().indexOf(determiner) + determiner.length;
      const rest = span.slice(cut);
      start += cut + (rest.length - rest.trimStart().length);
      span = rest.trimStart();
    }
  }
  const anchorYear = year !== null;
  let value: string | null = null;
  let spec: TimexSpec;
  if (n !== null) {
    if (year === null && pub) {
      const current = unit === 'Q' ? quarterOf(pub.month) : pub.month <= 6 ? 1 : 2;
      year = pub.year;
      if (n > current && tenseAround(text, start, start + span.length) !== 'future') year -= 1;
      if (
        qualifier === 'year earlier' ||
        qualifier === 'year-earlier' ||
        qualifier === 'year ago' ||
        qualifier === 'year-ago' ||
        qualifier === 'previous' ||
        qualifier === 'prior'
      )
        year -= 1;
      if (qualifier === 'next' || qualifier === 'coming') year = pub.year + (n <= current ? 1 : 0);
    }
    if (trailingYearBack && year !== null) year -= 1;
    value = year === null ? null : `${year}-${unit}${n}`;
    spec = { type: 'DATE', value, anchor: anchorYear ? 'absolute' : 'publication', rule: 'quarter' };
  } else {
    // no ordinal: the quarter under discussion
    let offset = 0;
    if (
      /^(?:year[\s-]earlier|year[\s-]ago|year[\s-]before|prior[\s-]year|comparable\s+year[\s-](?:earlier|ago))$/.test(
        qualifier,
      ) ||
      trailingYearBack
    )
      offset = -1;
    // "the 1988 quarter": the year is written, the quarter is the one just reported
    const explicit = year !== null;
    if (pub) {
      const current = quarterOf(pub.month);
      let q = current;
      let y = year ?? pub.year;
      if (/^(?:next|coming)$/.test(qualifier)) q += 1;
      else if (!/^(?:current|this)$/.test(qualifier)) q -= 1;
      if (q < 1) {
        q += 4;
        if (!explicit) y -= 1;
      }
      if (q > 4) {
        q -= 4;
        y += 1;
      }
      value = `${y + offset}-Q${q}`;
    }
    const anaphoric =
      !explicit &&
      !/^(?:next|coming|current|this|latest|most recent|just[\s-]ended|just[\s-]completed)$/.test(qualifier);
    spec = {
      // a period with its own year ("the 1988 period") is a comparison: it must not become
      // the quarter under discussion that later "year-ago" phrases count back from
      type: 'DATE',
      value,
      anchor: 'publication',
      rule: explicit ? COMPARISON_RULE : 'quarter',
      ...(anaphoric
        ? {
            anaphor: {
              unit: offset === 0 ? ('same' as const) : ('year' as const),
              offset,
              granularity: 'quarter' as const,
            },
          }
        : {}),
    };
  }
  return makeResult(context, start, span, spec);
});
