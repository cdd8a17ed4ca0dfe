/**
 * Keeps our results out of chrono's own refiners and brings them back afterwards.
 *
 * chrono's refiners are written for chrono's components: they would drop a bare year as
 * "just digits", glue "two hours, from 6:08 p.m." into one result, or merge "2014. Tuesday".
 * Our results already carry their TIMEX3 spec, so they wait in the per-call holding area
 * of the parsing option (created fresh by every resolveDates call) and rejoin the list
 * after chrono's refiners; overlaps between the two sets are settled by the overlap refiner.
 */
import type { ParsingResult } from 'chrono-node/en';
import { defineRefiner } from './define-refiner.js';
import { getSpec, setAsideOf } from '../timex.js';

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("since 2014", { publishedAt: '2021-12-07' }); // ["2014 → 2014"]
 */
export const setAsideOurs = defineRefiner('set-aside', (context, results) => {
  const holding = setAsideOf(context);
  if (!holding) return results;
  const chronoResults: ParsingResult[] = [];
  for (const result of results) (getSpec(result.start) ? holding : chronoResults).push(result);
  return chronoResults;
});

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates("since 2014", { publishedAt: '2021-12-07' }); // ["2014 → 2014"]
 */
export const restoreOurs = defineRefiner('restore', (context, results) => {
  const holding = setAsideOf(context);
  if (!holding || holding.length === 0) return results;
  const merged = [...holding.splice(0, holding.length), ...results];
  return merged.sort((a, b) => a.index - b.index);
});
