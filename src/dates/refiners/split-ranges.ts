/**
 * Splits chrono's merged ranges ("Jan. 5 to Jan. 10", "2014-2015") back into two
 * expressions: TimeML annotates each end point as its own TIMEX3.
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';

/**
 * Tag on the second end of a split range.
 *
 * @example
 * result.start.tags().has(RANGE_END_TAG); // true for "March 31" in "from November 1 to March 31"
 */
export const RANGE_END_TAG = 'newsnorm/range-end';

const CONNECTOR =
  /\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b|–|—|~|\s-\s|-(?=\s*[A-Za-z])|(?<=\d{4})-(?=\d))\s*/i;

/**
 * A range splitter that cuts chrono's merged ranges at `connector` (the words and dashes
 * between the two ends, with the spaces around them); a range with no connector found stays
 * one expression, its start.
 *
 * @example
 * const splitter = rangeSplitterAt(/\s*(?:\bbis\b|–)\s*\/i, 'split-ranges/deu');
 */
export function rangeSplitterAt(connector: RegExp, id = 'split-ranges') {
  return defineRefiner(id, (context, results) => {
    const out: ParsingResult[] = [];
    for (const result of results) {
      if (!result.end) {
        out.push(result);
        continue;
      }
      const m = connector.exec(result.text);
      if (!m || m.index === 0) {
        result.end = undefined;
        out.push(result);
        continue;
      }
      const first = result.clone();
      first.end = undefined;
      first.text = result.text.slice(0, m.index);
      const secondIndex = result.index + m.index + m[0].length;
      const second = context.createParsingResult(secondIndex, result.text.slice(m.index + m[0].length), result.end);
      // the calendar refiner keeps the end after the start ("from November 1 to March 31")
      second.start.addTag(RANGE_END_TAG);
      out.push(first);
      if (second.text.length > 0) out.push(second);
    }
    return out;
  });
}

/**
 * The English engine's range splitter (see the header).
 *
 * @example
 * resolveDates("Jan. 5 to Jan. 10", { publishedAt: '2021-12-07' }); // ["Jan. 5 → 2022-01-05","Jan. 10 → 2022-01-10"]
 */
export const rangeSplitter = rangeSplitterAt(CONNECTOR);
