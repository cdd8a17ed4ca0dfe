/**
 * Final overlap removal after our refiners widened spans (modifiers): of two
 * overlapping results the longer one stays, ties keep the earlier one.
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { getSpec } from '../timex.js';

/**
 * Length of a result without the commas and spaces chrono may take around it ("This weekend,",
 * ", Monday"): punctuation must not make a reading longer than ours.
 */
function wordLength(result: ParsingResult): number {
  return result.text.replace(/^[\s,]+|[\s,;:]+$/g, '').length;
}

/** 1 for a reading of chrono's own, 0 for one of our parsers. */
function fromChrono(result: ParsingResult): number {
  return getSpec(result.start)?.rule === 'chrono' ? 1 : 0;
}

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("in late January", { publishedAt: '2021-12-07' }); // ["late January → 2022-01 END"]
 */
export const overlapRemover = defineRefiner('overlap', (_context, results) => {
  // On equal index and length our results win (a span our refiners widened, "the end of" +
  // "the month", may now start where chrono's does); otherwise the order stays.
  const sorted = [...results].sort(
    (a, b) => a.index - b.index || wordLength(b) - wordLength(a) || fromChrono(a) - fromChrono(b),
  );
  const out: ParsingResult[] = [];
  for (const result of sorted) {
    const last = out[out.length - 1];
    if (last && result.index < last.index + last.text.length) {
      if (wordLength(result) > wordLength(last)) out[out.length - 1] = result;
      continue;
    }
    out.push(result);
  }
  return out;
});
