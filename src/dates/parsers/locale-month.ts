/**
 * A month named alone after a preposition in languages other than English ("im Oktober",
 * "en juin", "em junho", "i juni"): chrono's German, French, Portuguese and Swedish locales
 * read a month only with its day. The month names are the language's full names from Intl
 * (no hand-typed lists); the prepositions those of lexicon/date-prepositions.ts. With a year
 * after it ("im Oktober 2023") the month is that year's; otherwise, as for every month
 * without a year in these languages, the nearest one to the publication date (tense is not
 * read). "janeiro de 2018" keeps its year (the joining word is in the lexicon).
 */
import { defineParser, type NewsParser } from './define-parser.js';
import { makeResult, publicationOf } from '../timex.js';
import { formatMonth } from '../calendar-math.js';
import { resolveYear } from '../tense-placement.js';
import { longMonthNames } from '../../lexicon/localized-months.js';
import { DATE_PREPOSITIONS, MONTH_YEAR_JOINERS } from '../../lexicon/date-prepositions.js';
import { matchAnyPattern } from '../../lexicon/pattern.js';

/**
 * The month parser of a locale engine for `language`, or null when the language has no month
 * names or no prepositions listed.
 *
 * @example
 * // localeMonthParser('fra') on 'examiné en juin', published 2024-03-07 → "juin" → '2024-06'
 */
export function localeMonthParser(language: string): NewsParser | null {
  const months = longMonthNames(language);
  const prepositions = DATE_PREPOSITIONS[language];
  if (months.size === 0 || !prepositions) return null;
  const joiners = MONTH_YEAR_JOINERS[language];
  const joiner = joiners ? `(?:${matchAnyPattern(joiners)})\\s+` : '';
  // 1: the expression (the month and a year after it), 2: the month, 3: the year
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${matchAnyPattern(prepositions)})\\s+((${matchAnyPattern(months.keys())})(?![\\p{L}\\p{M}])(?:\\s+${joiner}((?:1[6-9]|20)\\d\\d)(?!\\d))?)`,
    'iu',
  );
  return defineParser('month/locale', pattern, (context, match) => {
    const month = months.get(match[2]!.toLowerCase());
    if (month === undefined) return null;
    // (chrono scans on from the end of its last match, where the look-behind cannot see)
    if (/[\p{L}\p{M}]$/u.test(context.text.slice(Math.max(0, match.index! - 1), match.index!))) return null;
    const index = match.index! + match[0].length - match[1]!.length;
    const rule = 'month/locale';
    if (match[3]) {
      const value = formatMonth(Number(match[3]), month);
      return makeResult(context, index, match[1]!, { type: 'DATE', value, anchor: 'absolute', rule });
    }
    const pub = publicationOf(context);
    const value = pub ? formatMonth(resolveYear(pub, month, null, 'unknown'), month) : null;
    return makeResult(context, index, match[1]!, { type: 'DATE', value, anchor: 'publication', rule });
  });
}
