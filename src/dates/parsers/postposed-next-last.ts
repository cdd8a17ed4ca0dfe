/**
 * "next" and "last" written after the day, the British and translated order: "Monday next",
 * "on Friday last", "on 5 March last", "in May next" (French "lundi prochain", Italian "venerdì
 * scorso", Spanish "el lunes pasado" rendered word by word). Each is one expression valued as
 * the usual order ("next Monday", "last Friday", "last March 5", "next May"), its span
 * including the qualifier.
 *
 * Not when "next"/"last" qualifies the word after it: "Friday last week" (the relative-weekday
 * parser's), "in May next year", "on Friday last year's winner", "Monday next to the station".
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { formatDay, formatMonth } from '../calendar-math.js';
import { isRealDate } from '../../core/errors.js';
import { resolveWeekday } from '../tense-placement.js';
import { yearOfMonth, yearOfMonthDay } from './relative-month.js';
import { MONTHS, MONTH_NAME_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from '../../lexicon/calendar-words.js';

const PATTERN = new RegExp(
  `\\b(?:(${WEEKDAY_PATTERN})|(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${MONTH_NAME_PATTERN}))\\s+(next|last)\\b`,
  'i',
);

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\b(?:next|last)\b/i;

/** Units of time and occasions "last" or "next" can qualify (then it belongs to them). */
const QUALIFIED_NOUN =
  /^(?:night|day|week|weekend|month|year|season|time|summer|winter|spring|autumn|fall|round|match|game|minute|hour|morning|afternoon|evening|door|one)s?$/i;

/**
 * True when the "last" or "next" just read is a determiner of the word after it: a unit of
 * time, a name (a weekday, a month, a holiday) or a possessive ("last week's vote", "last
 * Sunday", "last year's final"), or "next to" (a preposition).
 *
 * @example
 * qualifiesNextWord(" week's vote"); // true
 * qualifiesNextWord(' in a warehouse'); // false
 */
export function qualifiesNextWord(after: string, word = 'last'): boolean {
  const m = /^\s+([\p{L}]+)(['’]s\b)?/u.exec(after);
  if (!m) return false;
  if (word.toLowerCase() === 'next' && m[1]!.toLowerCase() === 'to') return true;
  return m[2] !== undefined || /^\p{Lu}/u.test(m[1]!) || QUALIFIED_NOUN.test(m[1]!);
}

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The summit opens on Monday next.', { publishedAt: '2024-03-14' }); // ["Monday next → 2024-03-18"]
 * resolveDates('The pact was signed on 5 March last.', { publishedAt: '2024-03-14' }); // ["5 March last → 2024-03-05"]
 */
export const postposedNextLastParser = defineAnchoredParser('postposed-next-last', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  if (glued(text, start)) return null;
  const monthWord = match[3];
  // "they may last", "the march next": in lower case the verb or the noun
  if (monthWord && /^(?:march|may)$/.test(monthWord)) return null;
  const which = match[4]!.toLowerCase() as 'next' | 'last';
  if (qualifiesNextWord(text.slice(end, end + 24), which)) return null;
  const pub = publicationOf(context);
  const rule = 'postposed-next-last';
  if (!pub) return makeResult(context, start, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
  let value: string;
  if (match[1]) {
    value = formatDay(resolveWeekday(pub, WEEKDAYS[match[1].toLowerCase()]!, which));
  } else {
    const month = MONTHS[monthWord!.toLowerCase()]!;
    if (match[2]) {
      const day = Number(match[2]);
      const date = { year: yearOfMonthDay(pub, month, day, which, false), month, day };
      if (!isRealDate(date)) return null;
      value = formatDay(date);
    } else {
      value = formatMonth(yearOfMonth(pub, month, which), month);
    }
  }
  return makeResult(context, start, match[0], { type: 'DATE', value, anchor: 'publication', rule });
});
