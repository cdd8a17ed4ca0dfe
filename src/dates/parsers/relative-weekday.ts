/**
 * Weekdays with a qualifier: "last Friday" (strictly before the publication day),
 * "next Monday" (strictly after), "this Tuesday" / "this coming Sunday" (by tense; without
 * one, the day of the publication's week, Monday to Sunday), and the weekday of a named week:
 * "Wednesday last week", "Friday next week", "Monday of this week".
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { addDays, formatDay, weekdayOf } from '../calendar-math.js';
import { resolveWeekday } from '../tense-placement.js';
import { tenseAround } from '../tense.js';
import { WEEKDAYS, WEEKDAY_PATTERN } from '../../lexicon/calendar-words.js';

const PATTERN = new RegExp(
  `\\b(last|next|this|past|coming|this\\s+past|this\\s+coming)\\s+(${WEEKDAY_PATTERN})\\b` +
    `|\\b(${WEEKDAY_PATTERN})\\s+(?:of\\s+)?(last|next|this)\\s+week\\b`,
  'i',
);

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("last Friday", { publishedAt: '2021-12-07' }); // ["last Friday → 2021-12-03"]
 */
export const relativeWeekdayParser = defineParser('relative-weekday', PATTERN, (context, match) => {
  if (glued(context.text, match.index!)) return null;
  const pub = publicationOf(context);
  const rule = 'relative-weekday';
  if (!pub)
    return makeResult(context, match.index!, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
  // "Wednesday last week", "Friday next week", "Monday of this week": that weekday of that
  // week (Monday to Sunday), whatever the day of publication
  if (match[3]) {
    const week = { last: -1, this: 0, next: 1 }[match[4]!.toLowerCase() as 'last' | 'this' | 'next'];
    const monday = addDays(pub, -((weekdayOf(pub) + 6) % 7) + week * 7);
    const day = addDays(monday, (WEEKDAYS[match[3].toLowerCase()]! + 6) % 7);
    return makeResult(context, match.index!, match[0], {
      type: 'DATE',
      value: formatDay(day),
      anchor: 'publication',
      rule,
    });
  }
  const which = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const weekday = WEEKDAYS[match[2]!.toLowerCase()]!;
  const mode =
    which === 'last' || which === 'past' || which === 'this past'
      ? 'last'
      : which === 'next'
        ? 'next'
        : which === 'coming' || which === 'this coming'
          ? 'future'
          : tenseAround(context.text, match.index!, match.index! + match[0].length);
  // "goes to the polls this Sunday" (present or no tense): the day of this week, Monday to Sunday
  const day =
    which === 'this' && (mode === 'present' || mode === 'unknown')
      ? addDays(pub, ((weekday + 6) % 7) - ((weekdayOf(pub) + 6) % 7))
      : resolveWeekday(pub, weekday, mode);
  return makeResult(context, match.index!, match[0], {
    type: 'DATE',
    value: formatDay(day),
    anchor: 'publication',
    rule,
  });
});
