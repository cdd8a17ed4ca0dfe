/**
 * Month names with a relative qualifier: "next January" (the first January after the
 * publication month), "last May", "this September", "June last year", "January this year".
 * "march" and "may" count only capitalized ("this march" is a demonstration).
 */
import { defineParser } from './define-parser.js';
import { glued, makeResult, publicationOf } from '../timex.js';
import { formatMonth } from '../calendar-math.js';
import { MONTHS, MONTH_NAME_PATTERN } from '../../lexicon/calendar-words.js';

const PATTERN = new RegExp(
  `\\b(?:(last|next|this|past|coming|this\\s+past|this\\s+coming)\\s+(${MONTH_NAME_PATTERN})|(${MONTH_NAME_PATTERN})\\s+(?:of\\s+)?(this|last|next)\\s+year)\\b`,
  'i',
);

/**
 * The parser of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("next January", { publishedAt: '2021-12-07' }); // ["next January → 2022-01"]
 */
export const relativeMonthParser = defineParser('relative-month', PATTERN, (context, match) => {
  if (glued(context.text, match.index!)) return null;
  // "arrested at this march", "the last may": in lower case the noun or the verb
  if (/^(?:march|may)$/.test(match[2] ?? match[3]!)) return null;
  const pub = publicationOf(context);
  const rule = 'relative-month';
  if (!pub)
    return makeResult(context, match.index!, match[0], { type: 'DATE', value: null, anchor: 'publication', rule });
  let year: number;
  let month: number;
  if (match[2]) {
    month = MONTHS[match[2].toLowerCase()]!;
    const which = match[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (which === 'next' || which === 'coming' || which === 'this coming')
      year = month > pub.month ? pub.year : pub.year + 1;
    else if (which === 'last' || which === 'past' || which === 'this past')
      year = month < pub.month ? pub.year : pub.year - 1;
    else year = pub.year;
  } else {
    month = MONTHS[match[3]!.toLowerCase()]!;
    const which = match[4]!.toLowerCase();
    year = which === 'last' ? pub.year - 1 : which === 'next' ? pub.year + 1 : pub.year;
  }
  return makeResult(context, match.index!, match[0], {
    type: 'DATE',
    value: formatMonth(year, month),
    anchor: 'publication',
    rule,
  });
});
