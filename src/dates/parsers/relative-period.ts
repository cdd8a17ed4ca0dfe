/**
 * Periods relative to the publication date: "this week" ('2021-W49'), "last week",
 * "next month" ('2022-01'), "last year", "this weekend", "the past year", "the current
 * fiscal year", "this calendar year", "during the week", "in the course of the week" (the
 * German, Italian and Spanish idiom in translation), "by the end of the week" (this week),
 * "within the week", "within the month" (this week, this month, in a statement not told in the
 * past), "within the day", "in the course of the day" (the publication day, as translations write
 * it; "later in the day" is left alone), "in the new year" (the coming year from
 * September on), "this decade" and "the end of the decade" ('201'), "the year before last"
 * and "the week after next" (two steps away).
 *
 * chrono resolves these to a single day; TIMEX3 wants the period's own granularity.
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  quarterOf,
  weekdayOf,
  type CalendarDate,
} from '../calendar-math.js';
import { tenseAround } from '../tense.js';

const PATTERN =
  /(?:\b(the)\s+)?\b(this|last|next|past|coming|current|previous|this\s+past|this\s+coming|the\s+past)\s+(?:(?:fiscal|calendar|financial)\s+)?(week|weekend|month|year|quarter)\b|\b(the)\s+(?:long\s+|holiday\s+)?(weekend)\b|\b(the)\s+(new\s+year)\b(?!['’]s)|\b(the)\s+(week)\b(?!\s+(?:before\s+last|after\s+next)\b)|\b(the)\s+(day)\b|\b(this)\s+(decade)\b|\b(the)\s+(decade)\b|\b(the)\s+(week|month|year)\s+(before\s+last|after\s+next)\b|\b(the)\s+(month)\b/i;

/**
 * What must stand right before "the week", "the day" and "the decade" for them to be this
 * week, day or decade. Tested on a bounded slice before the match, not as a lookbehind
 * (a lookbehind with `\s+` rescans every whitespace run at every position: quadratic).
 */
const LEAD_FOR_WEEK =
  /\b(?:during|throughout|later\s+in|earlier\s+in|(?:end|beginning|start|middle)\s+of|(?:in|over)\s+the\s+course\s+of)\s+$/i;
/** "within the week", "within the month": this one, in a statement not told in the past. */
const WITHIN = /\bwithin\s+$/i;
const LEAD_FOR_MONTH = /\b(?:(?:in|over)\s+the\s+course\s+of)\s+$/i;
const LEAD_FOR_DAY = /\b(?:within|(?:in|over)\s+the\s+course\s+of)\s+$/i;
const LEAD_FOR_DECADE = /\b(?:end|beginning|start|rest|middle|turn)\s+of\s+$/i;
/** How far back the lead words are looked for (longer whitespace runs are no phrase). */
const LEAD_WINDOW = 24;

function weekendOf(day: CalendarDate): string {
  const saturday = addDays(day, (6 - weekdayOf(day) + 7) % 7);
  return `${formatWeek(saturday)}-WE`;
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("this week", { publishedAt: '2021-12-07' }); // ["this week → 2021-W49"]
 */
export const relativePeriodParser = defineParser('relative-period', PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  const lead = text.slice(Math.max(0, start - LEAD_WINDOW), start);
  // "the project will be finished within the month"; past narration ("within the week, he had
  // resigned") counts from the event told, not from publication
  const within = (match[9] || match[20]) && WITHIN.test(lead);
  if (within && tenseAround(text, start, start + match[0].length) === 'past') return null;
  if (match[9] && !within && !LEAD_FOR_WEEK.test(lead)) return null;
  if (match[20] && !within && !LEAD_FOR_MONTH.test(lead)) return null;
  // "the end of the week of talks", "the week-long festival": an event's week, not this one
  // (and "within the month of Ramadan")
  if (
    (match[9] || match[20]) &&
    /^(?:-|\s+of\b)/.test(text.slice(start + match[0].length, start + match[0].length + 4))
  )
    return null;
  if (match[11] && !LEAD_FOR_DAY.test(lead)) return null;
  if (match[15] && !LEAD_FOR_DECADE.test(lead)) return null;
  // a show's name, "This Week With Ida Renn": a capitalized title, not the current week
  if (
    /^This Week$/.test(match[0]) &&
    (/["“'‘`]\s*$/.test(text.slice(Math.max(0, start - 2), start)) ||
      /^\s+(?:[Ww]ith\s+)?[A-Z]/.test(text.slice(start + 9, start + 20)))
  )
    return null;
  const the = Boolean(match[1]) || /^the\s/i.test(match[2] ?? '');
  // "the weekend" is this weekend, placed by tense; "during the week" is this week
  const which =
    match[5] || match[9] || match[11] || match[13] || match[15] || match[20]
      ? 'this'
      : match[7]
        ? 'new'
        : (match[2] ?? match[18]!).toLowerCase().replace(/\s+/g, ' ');
  const unit = (
    match[3] ??
    match[5] ??
    match[9] ??
    match[11] ??
    match[13] ??
    match[15] ??
    match[17] ??
    match[20] ??
    'year'
  ).toLowerCase();
  // "the next week" / "the previous year" are anaphoric (anaphora parser); "the coming week" is not.
  if (the && (which === 'next' || which === 'previous')) return null;
  const after = text.slice(start + match[0].length, start + match[0].length + 16);
  if (/^\s*(?:['’]s)?\s*(?:or\s+(?:so|two)|and\s+a\s+half)\b/i.test(after)) return null;
  const pub = publicationOf(context);
  const rule = 'relative-period';
  if (!pub) return makeResult(context, start, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
  let offset = 0;
  if (/^(?:last|past|previous|this past|the past)$/.test(which)) offset = -1;
  // "in the new year": from autumn on, the coming year; in its first months, the current one
  else if (which === 'new') offset = pub.month >= 9 ? 1 : 0;
  else if (/^(?:next|coming|this coming)$/.test(which)) offset = 1;
  // "the year before last", "the week after next": two steps away
  else if (which === 'before last') offset = -2;
  else if (which === 'after next') offset = 2;
  let value: string;
  switch (unit) {
    case 'week':
      // "the last week", "the past week": the seven days up to publication, named by the
      // week that holds most of them (the week of their middle day); "last week" is the
      // calendar week before this one
      value = formatWeek(addDays(pub, the && offset === -1 ? -3 : offset * 7));
      break;
    case 'weekend': {
      const dow = weekdayOf(pub);
      const back = dow === 0 ? 1 : (dow - 6 + 7) % 7; // days back to the latest Saturday (Sunday → yesterday)
      const forward = dow === 0 ? -1 : (6 - dow + 7) % 7;
      if (offset < 0) value = weekendOf(addDays(pub, -(back === 0 ? 7 : back)));
      else if (offset > 0) value = weekendOf(addDays(pub, forward <= 0 ? forward + 7 : forward));
      else
        value = weekendOf(addDays(pub, tenseAround(text, start, start + match[0].length) === 'past' ? -back : forward));
      break;
    }
    case 'month': {
      const m = addMonths(pub.year, pub.month, offset);
      value = formatMonth(m.year, m.month);
      break;
    }
    case 'quarter': {
      const index = pub.year * 4 + quarterOf(pub.month) - 1 + offset;
      value = `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
      break;
    }
    // "within the day", "later in the day": the publication day
    case 'day':
      value = formatDay(pub);
      break;
    // "this decade", "the end of the decade": the decade of publication ('201')
    case 'decade':
      value = String(Math.floor(pub.year / 10));
      break;
    default:
      value = String(pub.year + offset);
  }
  return makeResult(context, start, match[0], { type: 'DATE', value, anchor: 'publication', rule });
});
