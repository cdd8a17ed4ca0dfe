/**
 * Centuries: "the 20th century" → '19', "the early twenty-first century" → '20' START.
 */
import { defineAnchoredParser } from './define-parser.js';
import { glued, makeResult } from '../timex.js';
import { ORDINAL_WORDS_PATTERN, parseOrdinal } from '../../lexicon/ordinals.js';
import type { TimexMod } from '../../core/types.js';

const PATTERN = new RegExp(
  `(?:\\bthe\\s+)?(?:\\b(early|mid|late)[\\s-]+)?\\b(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS_PATTERN})[\\s-]+century\\b`,
  'i',
);
const MODS: Record<string, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };

/** The token every match contains; the full pattern runs only around it. */
const CORE = /\bcentury\b/i;

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("the 20th century", { publishedAt: '2021-12-07' }); // ["the 20th century → 19"]
 */
export const centuryParser = defineAnchoredParser('century', CORE, PATTERN, (context, match) => {
  if (glued(context.text, match.index!)) return null;
  const n = parseOrdinal(match[2]!);
  if (n === null || n < 1 || n > 22) return null;
  const mod = match[1] ? MODS[match[1].toLowerCase()] : undefined;
  return makeResult(context, match.index!, match[0], {
    type: 'DATE',
    value: String(n - 1).padStart(2, '0'),
    ...(mod ? { mod } : {}),
    anchor: 'absolute',
    rule: 'century',
    modDone: Boolean(mod),
  });
});
