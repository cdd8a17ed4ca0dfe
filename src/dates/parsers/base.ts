/**
 * Shared shape of our chrono parsers: a constant case-insensitive pattern plus an
 * `extract` that returns a result with a TIMEX3 spec, or null to reject the match.
 *
 * Patterns are non-global constants (no lastIndex state), so a parser object is
 * immutable and safe to share between calls, like chrono's own parsers.
 */
import type { Parser, ParsingResult } from 'chrono-node/en';
import type { ParsingContext } from '../timex.js';

/** A chrono parser with a stable id. */
export interface NewsParser extends Parser {
  readonly id: string;
}

/**
 * Builds a parser from an id, a pattern and an extract function.
 *
 * @example
 * const p = defineParser('year', /\b\d{4}\b/i, (context, match) => null);
 */
export function defineParser(
  id: string,
  pattern: RegExp,
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null,
): NewsParser {
  if (pattern.global || pattern.sticky) throw new Error(`parser ${id}: pattern must not be global or sticky`);
  return Object.freeze({ id, pattern: () => pattern, extract });
}
