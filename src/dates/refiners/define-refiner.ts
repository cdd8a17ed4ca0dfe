/**
 * Shared shape of our chrono refiners: a stable id plus chrono's `refine`.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import type { ParsingContext } from '../timex.js';

/**
 * A chrono refiner with a stable id.
 *
 * @example
 * const refiner: NewsRefiner = defineRefiner('drop-empty', (context, results) => results.filter((r) => r.text));
 * refiner.id; // 'drop-empty'
 */
export interface NewsRefiner extends Refiner {
  readonly id: string;
}

/**
 * Builds a refiner from an id and a refine function (which must not mutate its input array).
 *
 * @example
 * const dropEmpty = defineRefiner('drop-empty', (context, results) => results.filter((r) => r.text));
 */
export function defineRefiner(
  id: string,
  refine: (context: ParsingContext, results: ParsingResult[]) => ParsingResult[],
): NewsRefiner {
  return Object.freeze({ id, refine });
}
