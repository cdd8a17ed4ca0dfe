/**
 * A part of a day named relative to the publication day, the way translated wires write it:
 * "the day before yesterday evening", "the day after tomorrow morning" (Korean 그저께 저녁,
 * Chinese 前天晚上, German vorgestern Abend), "the night before last" (British) and "last
 * evening" (as "last night": yesterday's).
 *
 * chrono reads only "yesterday evening" inside "the day before yesterday evening", a day off;
 * "the night before last" it reads as tonight. Each is one TIME, the day with its part
 * ('2024-03-12TEV'). "the night before last week's vote", "his last evening in Paris" and
 * "the last evening of the festival" name no such day and are left alone.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { addDays, formatDay } from '../calendar-math.js';
import { PART_OF_DAY_CODES } from '../../lexicon/calendar-words.js';
import { qualifiesNextWord } from './postposed-next-last.js';

const PATTERN =
  /\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)\s+(morning|afternoon|evening|night)|the\s+night\s+before\s+last|last\s+evening)\b/i;

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\b(?:(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|before\s+last|last\s+evening)\b/i;

/** A word before "last evening" that makes "last" an adjective: "his last evening", "the last evening". */
const OWNER_BEFORE = /\b(?:the|a|his|her|their|its|our|my|your|one|every|each|that|this)\s+$/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The fire broke out the day before yesterday evening.', { publishedAt: '2024-03-14' });
 * // ["the day before yesterday evening → 2024-03-12TEV"]
 * resolveDates('Shells fell on the city the night before last.', { publishedAt: '2024-03-14' });
 * // ["the night before last → 2024-03-12TNI"]
 */
export const relativeDayPartParser = defineAnchoredParser('relative-day-part', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  const end = start + match[0].length;
  if (glued(text, start)) return null;
  const phrase = match[0].toLowerCase();
  const lastEvening = phrase.startsWith('last');
  if (lastEvening && OWNER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
  if (!match[1] && !lastEvening && qualifiesNextWord(text.slice(end, end + 24))) return null;
  const shift = lastEvening ? -1 : match[1] ? (/^before/i.test(match[1]) ? -2 : 2) : -2;
  const part = PART_OF_DAY_CODES[match[2]?.toLowerCase() ?? (lastEvening ? 'evening' : 'night')]!;
  const pub = publicationOf(context);
  const rule = 'relative-day-part';
  return makeResult(context, start, match[0], {
    type: 'TIME',
    value: pub ? formatDay(addDays(pub, shift)) + part : null,
    anchor: 'publication',
    rule,
  });
});
