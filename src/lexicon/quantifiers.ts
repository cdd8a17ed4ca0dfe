/**
 * Quantifiers and determiners that take a plural noun ("many states", "these reports"): the
 * translation stage flags a singular after one, and the quote stage reads a cue form after one
 * as the plural noun, not the verb.
 */

/**
 * Words before a plural noun.
 *
 * @example
 * PLURAL_QUANTIFIERS.has('several'); // true
 * PLURAL_QUANTIFIERS.has('the'); // false
 */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set([
  'all',
  'many',
  'several',
  'various',
  'numerous',
  'multiple',
  'both',
  'few',
  'fewer',
  'these',
  'those',
]);
