/**
 * Days of the month written as a bare ordinal, the way Korean, Japanese and Chinese wires
 * (and their machine translations) date events: "on the 5th", "from the 9th to the 12th",
 * "until the 8th", and with the month named relatively: "the 24th of last month", "the 30th
 * of this month", "the 1st of next month" ("the first of the month", a habit as often as a
 * date, is left alone).
 *
 * A bare ordinal is a day only where a date can stand: after a preposition of time ("on",
 * "from", "until", "since", ...) and not before a noun ("on the 5th floor", "the 69th
 * anniversary", "from the 2nd to the 4th place"). Its month is the one the sentence names
 * ("between March 3 and the 5th", "from the 9th to the 12th of March"), else the month of
 * publication — or, in past narration, the previous month when that day has not come yet
 * this month ("on the 28th" in a story of July 1 is June 28); in future statements the next
 * month when the day is already past.
 */
import { defineAnchoredParser } from './define-parser.js';
import { DAY_LIST } from './day-pair.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { addMonths, daysInMonth, formatDay, type CalendarDate } from '../calendar-math.js';
import { isRealDate } from '../../core/errors.js';
import { resolveYear } from '../tense-placement.js';
import { tenseAround, type Tense } from '../tense.js';
import { sentenceAround } from '../../lexicon/sentences.js';
import { MONTHS, MONTH_PATTERN } from '../../lexicon/calendar-words.js';
import { ORDINAL_WORDS_PATTERN, parseOrdinal } from '../../lexicon/ordinals.js';
import { TIME_ZONE_ABBREVIATIONS } from '../../lexicon/time-zones.js';

/**
 * The words that name a month relative to publication before "month" ("of last month", "of the
 * following month"); `relativeMonthOffset` reads them.
 */
export const RELATIVE_MONTH_WORD = String.raw`last|this|next|the\s+previous|the\s+current|the\s+following|the\s+coming`;

const PATTERN = new RegExp(
  `\\b(?:(the)\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS_PATTERN})\\b` +
    `(?:\\s+of\\s+(${RELATIVE_MONTH_WORD})\\s+month\\b)?`,
  'i',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS_PATTERN})\\b`, 'i');

/**
 * Words before a bare ordinal that make it a day: "on the 5th", "from the 5th", "and the 8th",
 * "planned for the 25th" (a schedule: "for the 5th time" alone is a count),
 * and a part of the day it belongs to: "on the afternoon of the 7th", "the early hours of the 3rd".
 */
const LEAD =
  /\b(?:on|from|until|till|to|through|since|by|before|after|between|around|and|or|as\s+of|starting|beginning|effective|dated|(?:morning|afternoon|evening|night|dawn|hours)\s+of|(?:planned|scheduled|set|slated|due|postponed|delayed|moved|fixed|called)\s+for)\s+$/i;

/**
 * What may follow a bare ordinal day: punctuation, the end, or a word that cannot be the
 * ordinal's noun (a preposition, conjunction, pronoun or "local time").
 */
const FOLLOWER =
  /^(?:\s*$|\s*[,.;:!?)\]–—-]|\s*\(|\s+(?:and|or|to|until|till|through|at|in|on|when|while|that|after|before|with|from|for|by|as|during|amid|against|under|near|outside|inside|across|along|around|behind|where|which|but|because|despite|following|local|he|she|they|it|we|i|you|his|her|their|its|this|last|next)\b)/i;

/** A city's clock after the day: "on the evening of the 10th Beijing time" (case-sensitive: a name). */
const CITY_TIME = /^\s+\p{Lu}\p{Ll}+\s+time\b/u;
/** A zone after the day: "at 2 p.m. on the 12th KST" (case-sensitive: an abbreviation). */
const ZONE_AFTER = new RegExp(`^\\s+(?:${[...TIME_ZONE_ABBREVIATIONS].join('|')})\\b`);
/**
 * The first end of a range of days right before a second ordinal written without "the":
 * "from the 20th to 21st", "the 5th-7th".
 */
const RANGE_FIRST_BEFORE = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\s*(?:to|until|till|through|and|or|-|–)\s*$/i;

/** Nouns of ranks and sequences that follow a pair of ordinals: "to the 3rd in the standings". */
const RANKING =
  /\b(?:place|position|spot|rank(?:ed|ing|ings)?|standings|seed|table|league|poll\s+position|podium|lap)\b/i;

/**
 * A second ordinal after a range word, and the word after it: "to the 8th place" (not a clock
 * time: "on the 5th until 2 a.m.", "from the 5th to 10:30").
 */
const PARTNER =
  /^\s+(?:and|or|to|until|till|through|-|–)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:[ap]\.?m\b|o['’]clock\b|h\b|hrs?\b|hours\b))(\s+of\s+(?:last|this|next)\s+month\b)?/i;
const PARTNER_MONTH = new RegExp(
  `^${DAY_LIST}\\s+(?:and|or|to|until|till|through|-|–)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?![\\p{L}])`,
  'iu',
);
const PARTNER_RELATIVE =
  /^\s+(?:and|or|to|until|till|through|-|–)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+of\s+(last|this|next)\s+month\b/i;

/** A month-day named earlier in the sentence: "between March 3 and the 5th". */
const MONTH_DAY_BEFORE = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?![\\p{L}])`,
  'giu',
);

/** The month of the last month-day written in `part`, if any. */
function lastMonthNamed(part: string): number | undefined {
  let month: number | undefined;
  for (const m of part.matchAll(MONTH_DAY_BEFORE)) month = monthOf(m[1] ?? m[2]!) ?? month;
  return month;
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/**
 * The months from publication's month to the month a relative month word (RELATIVE_MONTH_WORD) names.
 *
 * @example
 * relativeMonthOffset('the previous'); // -1
 * relativeMonthOffset('this'); // 0
 */
export function relativeMonthOffset(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'the previous') return -1;
  if (w === 'next' || w === 'the following' || w === 'the coming') return 1;
  return 0;
}

/**
 * The month of a bare day N told against the publication date: this month, or the previous
 * one in past narration when day N is still ahead, or the next one in a future statement
 * when day N is already past.
 *
 * @example
 * monthForDay({ year: 2023, month: 7, day: 1 }, 28, 'past'); // { year: 2023, month: 6 }
 * monthForDay({ year: 2024, month: 4, day: 11 }, 5, 'past'); // { year: 2024, month: 4 }
 */
export function monthForDay(pub: CalendarDate, day: number, tense: Tense): { year: number; month: number } {
  if (tense === 'future')
    return day >= pub.day ? { year: pub.year, month: pub.month } : addMonths(pub.year, pub.month, 1);
  if (day <= pub.day) return { year: pub.year, month: pub.month };
  // the most recent month that has that day
  for (let back = 1; back <= 3; back++) {
    const m = addMonths(pub.year, pub.month, -back);
    if (day <= daysInMonth(m.year, m.month)) return m;
  }
  return addMonths(pub.year, pub.month, -1);
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The survey ran from the 9th to the 12th.', { publishedAt: '2024-04-15' });
 * // ["the 5th → 2024-04-05", "the 8th → 2024-04-08"]
 * resolveDates('He spoke at a rally on the 24th of last month.', { publishedAt: '2023-05-03' });
 * // ["the 24th of last month → 2023-04-24"]
 */
export const dayOrdinalParser = defineAnchoredParser('day-ordinal', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  if (glued(text, start)) return null;
  // without "the", an ordinal is a day only as the second end of a range of days ("from the
  // 20th to 21st"); "on 5th March" and "the 5th" alone are other parsers' and this one's
  const secondEnd = !match[1];
  if (secondEnd) {
    // (and the first end a day: after a preposition of time, as below)
    const first = /^\d/.test(match[2]!) ? RANGE_FIRST_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
    const firstAt = first ? start - first[0].length : 0;
    if (!first || !LEAD.test(text.slice(Math.max(0, firstAt - 16), firstAt))) return null;
  }
  const day = parseOrdinal(match[2]!);
  if (day === null || day < 1 || day > 31) return null;
  const pub = publicationOf(context);
  const rule = 'day-ordinal';
  const relative = match[3];
  if (relative !== undefined) {
    if (!pub) return makeResult(context, start, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
    const m = addMonths(pub.year, pub.month, relativeMonthOffset(relative));
    const date = { ...m, day };
    if (!isRealDate(date)) return null;
    return makeResult(context, start, match[0], { type: 'DATE', value: formatDay(date), anchor: 'publication', rule });
  }
  // a bare ordinal: only digits ("the first" is too often no day), after a preposition of time
  if (!/^\d/.test(match[2]!)) return null;
  if (!secondEnd && !LEAD.test(text.slice(Math.max(0, start - 16), start))) return null;
  const after = text.slice(end, end + 40);
  if (!FOLLOWER.test(after) && !CITY_TIME.test(after) && !ZONE_AFTER.test(after)) return null;
  // "from the 2nd to the 4th place": the partner's noun makes both ranks, not days
  const partner = PARTNER.exec(after);
  if (partner && !partner[1] && !FOLLOWER.test(after.slice(partner[0].length)) && !PARTNER_MONTH.test(after))
    return null;
  // "rose from the 5th to the 3rd in the standings": a pair of ranks
  if (RANKING.test(text.slice(end, end + (partner ? partner[0].length : 0) + 30))) return null;
  if (!pub) return makeResult(context, start, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
  const tense = tenseAround(text, start, end);
  let date: CalendarDate | null = null;
  const partnerMonth = PARTNER_MONTH.exec(after);
  const partnerRelative = PARTNER_RELATIVE.exec(after);
  if (partnerRelative) {
    date = { ...addMonths(pub.year, pub.month, relativeMonthOffset(partnerRelative[1]!)), day };
  } else if (partnerMonth) {
    const month = monthOf(partnerMonth[1]!)!;
    date = { year: resolveYear(pub, month, day, tense), month, day };
  } else {
    // the month the sentence is about: "between March 3 and the 5th"
    const sentence = sentenceAround(text, start, end);
    const month = lastMonthNamed(text.slice(sentence.start, start));
    date =
      month !== undefined
        ? { year: resolveYear(pub, month, day, tense), month, day }
        : { ...monthForDay(pub, day, tense), day };
  }
  if (!isRealDate(date)) return null;
  return makeResult(context, start, match[0], { type: 'DATE', value: formatDay(date), anchor: 'publication', rule });
});
