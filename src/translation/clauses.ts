/**
 * Clause checks on the compromise parse (filled in below).
 */
import type { Flag } from '../core/types.js';
import type { ParsedText } from '../entities/parse.js';

/**
 * Flags on clauses of the parsed text.
 *
 * @example
 * clauseFlags(parseText('It rained.')); // []
 */
export function clauseFlags(parse: ParsedText): Flag[] {
  void parse;
  return [];
}
