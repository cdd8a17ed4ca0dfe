/**
 * Final overlap removal after our refiners widened spans (modifiers): of two
 * overlapping results the longer one stays, ties keep the earlier one.
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("in late January", { publishedAt: '2021-12-07' }); // ["late January → 2022-01 END"]
 */
export const overlapRemover = defineRefiner('overlap', (_context, results) => {
  // Stable sort: on equal index and length our results (restored first) win.
  const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: ParsingResult[] = [];
  for (const result of sorted) {
    const last = out[out.length - 1];
    if (last && result.index < last.index + last.text.length) {
      if (result.text.length > last.text.length) out[out.length - 1] = result;
      continue;
    }
    out.push(result);
  }
  return out;
});
