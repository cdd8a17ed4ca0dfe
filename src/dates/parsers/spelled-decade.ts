/**
 * Decades written as words: "the nineties" → '199', "the late eighties" → '198' END,
 * "the early twenties".
 *
 * The century is the one that puts the decade in the past of the publication date (the
 * 1900s without a date), like two-digit decades ("the '90s"). "The" is required: "in his
 * sixties" and "temperatures in the sixties" are ages and readings, so an owner word
 * before the decade ("his", "their") or a reading ("temperatures", "degrees") rejects it.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued } from '../timex.js';
import { decadeResult, pastDecade } from './decade.js';

const DECADES: Readonly<Record<string, number>> = Object.freeze({
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
});
const PATTERN =
  /\bthe\s+(?:(early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i;

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i;

/**
 * Parser for spelled decades.
 *
 * @example
 * resolveDates('the music of the nineties', { publishedAt: '1998-03-03' }); // [{ text: 'the nineties', value: '199', ... }]
 */
export const spelledDecadeParser = defineAnchoredParser('spelled-decade', CORE, PATTERN, (context, match) => {
  const text = context.text;
  const start = match.index!;
  if (glued(text, start)) return null;
  const end = start + match[0].length;
  // "temperatures in the sixties", "in the low seventies" (readings), "the nineties generation" is fine
  if (
    /\b(?:temperatures?|degrees?|readings?|highs?|lows?|aged?|ages)\b[^.!?]{0,20}$/i.test(
      text.slice(Math.max(0, start - 30), start),
    )
  )
    return null;
  if (/^\s*(?:degrees|percent|%|Fahrenheit|Celsius)/i.test(text.slice(end, end + 12))) return null;
  const value = pastDecade(context, DECADES[match[2]!.toLowerCase()]!);
  return decadeResult(context, start, match[0], value, match[1], 'spelled-decade');
});
