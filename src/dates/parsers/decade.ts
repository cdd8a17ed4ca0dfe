/**
 * Decades: "the 1990s", "the late 1970s" (value '197', mod END), "the '90s", "the mid-80s".
 *
 * TIMEX3 writes a decade as its first three digits. Two-digit decades take the century
 * that puts them in the past of the publication date (1900s when no date is given). A bare
 * two-digit "the 50s" near a temperature ("highs will climb into the 50s") is a reading.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import type { TimexMod } from '../../core/types.js';

const PATTERN = /(?:\bthe\s+)?(?:\b(early|mid|late)[\s-]+)?(?:\b((?:1[6-9]|20)\d)0|['’]([0-9])0|\b([2-9])0)['’]?s\b/i;
const MODS: Record<string, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\d0['’]?s\b/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("the 1990s", { publishedAt: '2021-12-07' }); // ["the 1990s → 199"]
 */
export const decadeParser = defineAnchoredParser('decade', CORE, PATTERN, (context, match) => {
  const start = match.index!;
  if (glued(context.text, start) && !match[0].startsWith("'") && !match[0].startsWith('’')) return null;
  let value: string;
  if (match[2]) value = match[2];
  else {
    const digit = match[3] ?? match[4]!;
    // A bare "80s" needs "the" or a modifier before it ("in their 80s" is an age).
    if (!match[3] && !/^the\s/i.test(match[0]) && !match[1]) return null;
    if (
      !match[3] &&
      /\b(?:their|his|her|its|my|our|your|early|late|mid)\s+$/i.test(context.text.slice(Math.max(0, start - 8), start))
    )
      return null;
    // "temperatures will climb into the 50s", "highs in the upper 40s": readings, not decades
    if (
      !match[3] &&
      (/\b(?:into|reach|reached|reaching|near|upper|lower|low|high|highs|lows|hit|top|topped|in\s+the\s+(?:upper|lower|high|low|mid))\s+(?:the\s+)?(?:(?:upper|lower|high|low|mid)[\s-]+)?$/i.test(
        context.text.slice(Math.max(0, start - 24), start),
      ) ||
        /\b(?:temperatures?|degrees?|highs?|lows?|thermometers?|readings?|forecast|mercury|wind\s*chills?|fahrenheit|celsius)\b/i.test(
          context.text.slice(Math.max(0, start - 80), start + match[0].length + 40),
        ))
    )
      return null;
    value = pastDecade(context, Number(digit));
  }
  return decadeResult(context, start, match[0], value, match[1], 'decade');
});

/**
 * The decade a digit names without its century ("the '90s", "the nineties"): the one that
 * puts it in the past of the publication date, the 1900s when no date is given.
 *
 * @example
 * // in a parser, with the publication date 2021-12-07:
 * // pastDecade(context, 9) → '199'; pastDecade(context, 1) → '201'
 */
export function pastDecade(context: ParsingContext, digit: number): string {
  const pubYear = publicationOf(context)?.year ?? 1999;
  const recent = 200 + digit;
  return recent * 10 <= pubYear ? String(recent) : String(190 + digit);
}

/**
 * A decade's result: its value and, from "early" / "mid" / "late" before it, its mod.
 *
 * @example
 * // in a parser: decadeResult(context, match.index!, match[0], '197', 'late', 'decade') → 197, mod END
 */
export function decadeResult(
  context: ParsingContext,
  start: number,
  text: string,
  value: string,
  modWord: string | undefined,
  rule: string,
): ParsingResult {
  const mod = modWord ? MODS[modWord.toLowerCase()] : undefined;
  return makeResult(context, start, text, {
    type: 'DATE',
    value,
    ...(mod ? { mod } : {}),
    anchor: 'absolute',
    rule,
    modDone: Boolean(mod),
  });
}
