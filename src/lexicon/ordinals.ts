/**
 * Ordinals in words and figures ("third", "twenty-first", "3rd"): the date parsers read day
 * ordinals and centuries with them, and the entity rules tell a numbered sitting ("the
 * Twelfth Party Congress") from a body.
 */

/**
 * Ordinal words and suffixed numbers → number.
 *
 * @example
 * ORDINALS.twelfth; // 12
 * ORDINALS['3rd']; // 3
 */
export const ORDINALS: Readonly<Record<string, number>> = Object.freeze({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
});

/**
 * The ordinal words of ORDINALS as a regex alternation source ("first|second|…|twenty-first"),
 * for the patterns that read an ordinal word in place.
 *
 * @example
 * new RegExp(`^the (${ORDINAL_WORDS_PATTERN}) day$`, 'i').test('the Third day'); // true
 */
export const ORDINAL_WORDS_PATTERN: string = Object.keys(ORDINALS)
  .filter((word) => /^[a-z-]+$/.test(word))
  .join('|');

/**
 * Parses '3rd', 'third', '21st' into a number.
 *
 * @example
 * parseOrdinal('twenty-first'); // 21
 */
export function parseOrdinal(raw: string): number | null {
  const word = raw.toLowerCase();
  const known = ORDINALS[word];
  if (known !== undefined) return known;
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  return m ? Number(m[1]) : null;
}
