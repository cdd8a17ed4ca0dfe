/**
 * Clock times said the way translations and spoken reports write them, which chrono misses or
 * misreads: an hour in words with "o'clock" ("at eight o'clock" → T08:00), with a part of the
 * day ("at five in the morning" → T05:00, "at ten at night" → T22:00, "at seven thirty in the
 * evening" → T19:30; digits too where chrono reads "7:30 in the evening" as 07:30), with
 * a.m./p.m. ("at five a.m."), or with minutes before it ("half past seven" → T07:30, "a quarter
 * to six in the morning" → T05:45, "twenty minutes past eight").
 *
 * The first end of a range of hours takes the half of the day written after the second
 * ("between 9 and 11 p.m." → 9 is T21:00, "between 9:30 and 11 p.m.", "from nine to eleven in
 * the evening"; chrono misses the first end after "between" and reads "9:30" as morning) —
 * `clockRangeStartParser`.
 *
 * The part of the day decides the half of the day, and an hour it cannot have is no clock
 * time ("ten in the morning" is 10:00, "ten in the afternoon" is nothing). A bare hour in
 * words ("at seven") stays out: it is as often an age or a count. "at five this morning",
 * "at nine tomorrow evening" take their day from the day word; the others are clock times
 * without a date, which the anaphora refiner moves to the date they are told against ("at
 * five in the morning on Tuesday").
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, gluedAfter, makeResult, publicationOf, type ParsingContext } from '../timex.js';
import { addDays, formatDay, pad } from '../calendar-math.js';
import { TWO_DIGIT_WORD_PATTERN, UNIT_WORD_PATTERN, parseNumber } from '../quantities.js';

const HOUR = `(?:1[0-2]|0?[1-9]|${UNIT_WORD_PATTERN}|ten|eleven|twelve)`;
const MINUTES = `(?:${TWO_DIGIT_WORD_PATTERN}|${UNIT_WORD_PATTERN}|[1-5]?\\d)`;
/**
 * Minutes before "past"/"to": "half", "a quarter", "twenty-five minutes", and a bare number
 * before "past" ("twenty past eight"); before "to" a bare number is a range ("from seven to
 * nine in the evening").
 */
const BEFORE_HOUR = `half|(?:a\\s+)?quarter|${MINUTES}\\s+minutes?|${MINUTES}(?=\\s+past\\b)`;
const PART =
  `in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|[ap]\\.m\\.|[ap]m\\b` +
  `|(?:this|tomorrow|yesterday)\\s+(?:morning|afternoon|evening)|tonight`;

// groups: 1 minutes before the hour, 2 past/to, 3 that hour; 4 an hour, 5 its minutes in
// digits, 6 in words; 7 o'clock; 8 the part of the day
const PATTERN = new RegExp(
  `\\b(?:(${BEFORE_HOUR})\\s+(past|to)\\s+(${HOUR})|(${HOUR}|1[3-9]|2[0-3]|00)(?:[:.]([0-5]\\d)|\\s+(${TWO_DIGIT_WORD_PATTERN}))?)` +
    `(\\s+o['’]clock)?(?:\\s+(${PART}))?`,
  'i',
);

/**
 * A word every match has; the full pattern runs only around them. Not "to", which nearly every
 * sentence has: a time "to" the hour says its minutes first ("half", "a quarter", "minutes").
 */
const CORE =
  /\b(?:o['’]clock|past|half|quarter|minutes?|morning|afternoon|evening|night|tonight|[ap]\.m\.|[ap]m)(?![\p{L}])/iu;

/** Words before a clock time: "at five in the morning", "until ten at night", "It was five in the morning". */
const CLOCK_BEFORE =
  /\b(?:at|around|about|by|until|till|from|to|before|after|since|between|and|approximately|roughly|nearly|was)\s+$/i;
/** What after a number makes it a count, not a clock time: "a quarter to nine million", "half past two percent". */
const COUNT_AFTER = /^\s*(?:%|-\w|(?:million|billion|trillion|thousand|hundred|percent|per\s+cent|points?)\b)/i;
/** "the six o'clock news": a name of a programme, not a time. */
const NAME_BEFORE = /\bthe\s+$/i;

const DAY_SHIFT: Readonly<Record<string, number>> = { this: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

/**
 * The 24-hour hour of an hour said with a part of the day, or null when that part of the day
 * has no such hour ("twelve in the morning", "ten in the afternoon").
 *
 * @example
 * hourOfDay(7, 'evening'); // 19
 * hourOfDay(2, 'night');   // 2 (the small hours)
 * hourOfDay(9, 'afternoon'); // null
 */
export function hourOfDay(hour: number, part: string | null): number | null {
  if (part === null) return hour;
  if (hour > 12 || hour === 0) return null;
  switch (part) {
    case 'am':
      return hour % 12;
    case 'pm':
      return (hour % 12) + 12;
    case 'morning':
      return hour < 12 ? hour : null;
    case 'afternoon':
      return hour === 12 ? 12 : hour <= 6 ? hour + 12 : null;
    case 'evening':
      return hour >= 4 && hour < 12 ? hour + 12 : null;
    default: // night
      return hour >= 6 && hour < 12 ? hour + 12 : hour <= 4 ? hour : null;
  }
}

/** A number said in digits or words ("twenty-five", "oh five"). */
function numberOf(words: string): number | null {
  return parseNumber(words.replace(/^oh[\s-]/i, ''));
}

/** The part of the day a matched phrase names ('am', 'pm', 'morning', ...), and the day shift of its day word. */
function partOf(phrase: string | undefined): { part: string | null; shift: number | null } {
  if (phrase === undefined) return { part: null, shift: null };
  const words = phrase.toLowerCase();
  if (/^[ap]\.?m/.test(words)) return { part: words[0] === 'a' ? 'am' : 'pm', shift: null };
  if (words === 'tonight') return { part: 'night', shift: 0 };
  const part = /(morning|afternoon|evening|night)$/.exec(words)![1]!;
  const day = /^(this|tomorrow|yesterday)\b/.exec(words);
  return { part, shift: day ? DAY_SHIFT[day[1]!]! : null };
}

/**
 * The clock time of a match as 'Thh:mm' and its day shift (null: no day word), or null when
 * the words make no clock time.
 */
function clockOf(match: RegExpMatchArray): { clock: string; shift: number | null } | null {
  const { part, shift } = partOf(match[8]);
  if (match[3] !== undefined) {
    const before = match[1]!.toLowerCase().replace(/\s+minutes?$/, '');
    const minutes = before === 'half' ? 30 : /quarter$/.test(before) ? 15 : numberOf(before);
    if (minutes === null || minutes < 1 || minutes > 30 || (minutes === 30 && match[2]!.toLowerCase() === 'to'))
      return null;
    const named = hourOfDay(numberOf(match[3])!, part);
    if (named === null) return null;
    const total = named * 60 + (match[2]!.toLowerCase() === 'past' ? minutes : -minutes);
    if (total < 0) return null;
    return { clock: `T${pad(Math.floor(total / 60))}:${pad(total % 60)}`, shift };
  }
  const hour = numberOf(match[4]!)!;
  const minutes = match[5] !== undefined ? Number(match[5]) : match[6] !== undefined ? numberOf(match[6]) : 0;
  if (minutes === null || minutes > 59) return null;
  const hours = hourOfDay(hour, part);
  if (hours === null || hours > 23) return null;
  return { clock: `T${pad(hours)}:${pad(minutes)}`, shift };
}

/** Whether the match is a clock time by its shape and its neighbours (see the header). */
function isClock(text: string, start: number, end: number, match: RegExpMatchArray): boolean {
  const oclock = match[7] !== undefined;
  const part = match[8] !== undefined;
  const lead = text.slice(Math.max(0, start - 16), start);
  if (COUNT_AFTER.test(text.slice(end, end + 12))) return false;
  if (match[3] !== undefined) {
    // "half past seven", "a quarter to six", "ten minutes to nine": a clock time as said;
    // "twenty past eight" after a word of clock time, or with o'clock or a part of the day
    if (/^(?:half|(?:a\s+)?quarter)$/i.test(match[1]!) || /minutes?$/i.test(match[1]!)) return true;
    return oclock || part || CLOCK_BEFORE.test(lead);
  }
  const digits = /^\d/.test(match[4]!);
  // a digit hour alone, or with o'clock only, is chrono's ("at 8 o'clock"), so is "7 a.m."
  if (digits && (!part || /^[ap]\.?m/i.test(match[8]!)) && match[5] === undefined) return false;
  if (digits && match[6] !== undefined) return false;
  if (/^(?:1[3-9]|2[0-3]|00)$/.test(match[4]!) && (part || !oclock)) return false;
  if (!oclock && !part) return false;
  // "seven thirty" only with its part of the day ("seven thirty in the evening")
  if (match[6] !== undefined && !part) return false;
  if (oclock && NAME_BEFORE.test(lead)) return false;
  return oclock || CLOCK_BEFORE.test(lead) || /^[ap]\.?m/i.test(match[8]!);
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The fire broke out at five in the morning on Tuesday.', { publishedAt: '2023-03-15' });
 * // ["five in the morning → 2023-03-14T05:00", "Tuesday → 2023-03-14"]
 */
export const spelledTimeParser = defineAnchoredParser('spelled-time', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  if (glued(text, start) || gluedAfter(text, end) || /[.,$€£¥:]$/.test(text.slice(Math.max(0, start - 1), start)))
    return null;
  if (!isClock(text, start, end, match)) return null;
  const time = clockOf(match);
  if (!time) return null;
  return timeResult(context, start, match[0], time.clock, time.shift);
});

/** A TIME on the day its day word names, or without a day (the anaphora refiner gives it one). */
function timeResult(context: ParsingContext, start: number, span: string, clock: string, shift: number | null) {
  const pub = publicationOf(context);
  return makeResult(context, start, span, {
    type: 'TIME',
    value: pub ? formatDay(addDays(pub, shift ?? 0)) + clock : null,
    anchor: 'publication',
    rule: 'spelled-time',
    ...(pub && shift === null ? { timeOfDay: true } : {}),
  });
}

/** "between 9 and 11 p.m.", "from nine to eleven in the evening": groups 1 hour, 2 minutes, 3 hour, 4 minutes, 5 the part of the day. */
const RANGE_PATTERN = new RegExp(
  `\\b(?:between|from)\\s+(${HOUR})(?:[:.]([0-5]\\d))?\\s*(?:and|to|-|–)\\s*(${HOUR})(?:[:.]([0-5]\\d))?(?:\\s+o['’]clock)?\\s+(${PART})`,
  'i',
);
const RANGE_CORE = /\b(?:between|from)\s/i;

/**
 * The first end of a range of hours with the half of the day written after the second (see the header).
 *
 * @example
 * resolveDates('The raid happened between 9 and 11 p.m.', { publishedAt: '2024-03-13' });
 * // ["9 → 2024-03-13T21:00", "11 p.m. → 2024-03-13T23:00"]
 */
export const clockRangeStartParser = defineAnchoredParser(
  'clock-range-start',
  RANGE_CORE,
  RANGE_PATTERN,
  (context, match) => {
    const text = context.text;
    const end = match.index! + match[0].length;
    if (glued(text, match.index!) || gluedAfter(text, end)) return null;
    const { part, shift } = partOf(match[5]);
    const last = hourOfDay(numberOf(match[3]!)!, part);
    let first = hourOfDay(numberOf(match[1]!)!, part);
    if (first === null || last === null) return null;
    // "between 11 and 1 p.m.": the first end is the morning's
    if (first > last && first >= 12 && part !== 'night') first -= 12;
    // (the span is the first end alone, after "between"/"from" and its spaces)
    const start = match.index! + /^\S+\s+/.exec(match[0])![0].length;
    const span = text.slice(start, start + match[1]!.length + (match[2] !== undefined ? match[2].length + 1 : 0));
    return timeResult(context, start, span, `T${pad(first)}:${match[2] ?? '00'}`, shift);
  },
);
