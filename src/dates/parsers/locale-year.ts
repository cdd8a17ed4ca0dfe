/**
 * Bare years in languages other than English ("em 2019", "la saison 2023", "в 2015 году"):
 * chrono's locales read a year only inside a date, and the English year parser (year.ts)
 * decides by English words. Without understanding the words around it, a four-digit number
 * is taken as a year only where that is nearly always true in news:
 * - 1900–2099 (an older year is as often a count: "1694 kcal");
 * - not part of a longer number, an amount or a code ("$2019", "2.019", "2019%", "12 2019 34",
 *   "Nr. 2019");
 * - a round hundred (1900, 2000) only after a preposition of the language ("im Jahr 2000"
 *   is missed, "à 2000 habitants" is not a year; "en 2000" is): round numbers are counts as often.
 * A span of years ("2018/2019", "2014–15") gives each year written in full.
 */
import { defineParser, type NewsParser } from './define-parser.js';
import { makeResult } from '../timex.js';
import { datePrepositionPattern } from '../../lexicon/date-prepositions.js';

const PATTERN =
  /(?<![\p{L}\p{N}\p{M}])((?:19|20)\d\d)(?![\p{N}]|[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])/u;

/**
 * Before the year: a currency or number sign, "No." in its European spellings ("Nr.", "n°",
 * "núm."), or the digits and separators of a longer number.
 */
const AMOUNT_BEFORE = /(?:[$€£¥₽₹#№]\s*|(?<![\p{L}\p{M}])(?:no|nr|n[º°o]|núm|num)\.?\s*|\d[\d.,:]*[.,:]?\s?|\d\s)$/iu;
/** After the year: more digits, a decimal or a percent sign ("2019,5", "2019 %", "2019 34"). */
const AMOUNT_AFTER = /^(?:[.,:]\d|\s*%|\s?\d)/u;

/**
 * The bare-year parser of a locale engine for `language` (its prepositions decide round
 * hundreds).
 *
 * @example
 * // localeYearParser('por') on 'campeão em 2019' → "2019" → { type: 'DATE', value: '2019' }
 */
export function localeYearParser(language: string): NewsParser {
  const preposition = datePrepositionPattern(language);
  // a preposition and the spaces after it, ending right before the year
  const prepositionBefore = preposition
    ? new RegExp(`(?:^|[^\\p{L}\\p{M}])${preposition.source.slice(1)}$`, 'iu')
    : null;
  return defineParser('year/locale', PATTERN, (context, match) => {
    const start = match.index!;
    const year = match[1]!;
    const before = context.text.slice(Math.max(0, start - 24), start);
    const after = context.text.slice(start + 4, start + 12);
    // (chrono scans on from the end of its last match, where the look-behind cannot see)
    if (/[\p{L}\p{N}\p{M}]$/u.test(before) || AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after)) return null;
    if (year.endsWith('00') && !prepositionBefore?.test(before)) return null;
    return makeResult(context, start, year, { type: 'DATE', value: year, anchor: 'absolute', rule: 'year/locale' });
  });
}
