/**
 * Numbers and punctuation that translation broke.
 *
 * flag/number-words — French and Belgian counting rendered word by word: a tens word followed
 * by a ten or a teen ("eighty – ten senators" for quatre-vingt-dix, "sixty-fifteen" for
 * soixante-quinze). "twenty-ten" is a year and is left alone.
 *
 * flag/broken-number — a decimal number split around its separator ("+1 , 4%", "(+1, 4%)"), or two
 * sentence periods in a row ("+ 2.6%. ." → "2.6%..") that are no ellipsis.
 *
 * flag/broken-hyphen — a hyphen with a space after it inside a compound ("co- founder");
 * suspended hyphens ("pre- and post-war", "first- or second-round") are right.
 */
import type { FlagHit, FlagRule } from '../../rule.js';

const TENS = 'thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUMBER_WORDS = new RegExp(`\\b(?:${TENS})(?:\\s*[-–—]\\s*|\\s+)(?:${TEENS})\\b`, 'giu');
// What every match holds: a tens word ends in "ty", then a space or a dash. Most paragraphs
// have none, and skip the pattern's alternations tried at every word. Where one has ("city ",
// "party "), the letters before "ty" must end a tens word too: thir, for, fif, six, seven,
// eigh, nine (in ASCII case: no other character matches these letters under the i flag).
const TENS_END = /ty[\s\-–—]/i;
const TENS_STEM_END = /(?:ir|or|f|x|en|gh|ne)ty[\s\-–—]/i;

/**
 * Rule `flag/number-words`: Counting words of another language rendered word by word ("sixty – twelve").
 *
 * @example
 * clean('a bill backed by sixty – twelve senators', { rules: [numberWordsRule] }).flags[0].text; // 'sixty – twelve'
 */
export const numberWordsRule: FlagRule = {
  type: 'flag',
  id: 'flag/number-words',
  flagKind: 'number-words',
  category: 'numbers',
  confidence: 0.9,
  description: 'Counting words of another language rendered word by word ("sixty – twelve")',
  requiresChars: ['tT', 'yY'],
  find(paragraph) {
    if (!TENS_END.test(paragraph) || !TENS_STEM_END.test(paragraph)) return [];
    const hits: FlagHit[] = [];
    NUMBER_WORDS.lastIndex = 0;
    for (let m = NUMBER_WORDS.exec(paragraph); m; m = NUMBER_WORDS.exec(paragraph)) {
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${m[0]}" is no English number: another language's counting translated word by word`,
      });
    }
    return hits;
  },
};

// "0 , 7", or after the space before the comma is gone, a signed share split at its decimal
// comma ("(+1, 4%)"); "March 3, 5% of voters" has no sign or bracket before the number.
const SPLIT_DECIMAL = /(?<=\d) [,.] (?=\d)|(?<=[(+−][ ]?\d{1,3})[,.] (?=\d{1,2}%)/g;
// Not before a lowercase word: "Uh.. your plan" is an informal ellipsis.
const DOUBLE_PERIOD = /(?<=[\p{L}\p{N}%)])\.\.(?!\.|\s+\p{Ll})/gu;
// (Both alternatives read a digit: a paragraph without one is ruled out by a single scan.)
const hasSplitDecimalCue = (text: string) =>
  /\d/.test(text) && (text.includes(' , ') || text.includes(' . ') || text.includes('%'));
const hasDoublePeriodCue = (text: string) => text.includes('..');

/**
 * Rule `flag/broken-number`: A number split around its decimal separator ("0 , 7"), or a doubled period ("2.6%..").
 *
 * @example
 * clean('fresh produce (+1 , 4%).', { rules: [brokenNumberRule] }).flags[0].text; // ' , '
 */
export const brokenNumberRule: FlagRule = {
  type: 'flag',
  id: 'flag/broken-number',
  flagKind: 'broken-number',
  category: 'numbers',
  confidence: 0.8,
  description: 'A number split around its decimal separator ("0 , 7"), or a doubled period ("2.6%..")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    for (const [pattern, message, cue] of [
      [
        SPLIT_DECIMAL,
        'A number split around its separator: the decimal point or comma lost its place',
        hasSplitDecimalCue,
      ],
      [DOUBLE_PERIOD, 'Two periods in a row: a sentence ended twice', hasDoublePeriodCue],
    ] as const) {
      if (!cue(paragraph)) continue; // the look-behind patterns are tried at every position: only where they can match
      pattern.lastIndex = 0;
      for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) {
        // A period that ends an abbreviation ("U.S..") or follows a number ("2.6%..") stays
        // one mark too many; an ellipsis of two ("wait..") in a quote is informal, not damage.
        hits.push({ start: m.index, end: m.index + m[0].length, message });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

const BROKEN_HYPHEN = /(?<=\p{L}{2})- (\p{Ll}{2,})/gu;
const SUSPENDED = /^(?:and|or|to|nor|but|versus|vs)$/;

/**
 * Rule `flag/broken-hyphen`: A space after a hyphen inside a compound ("co- founder").
 *
 * @example
 * clean('She is a co- founder of the firm.', { rules: [brokenHyphenRule] }).flags[0].text; // '- founder'
 */
export const brokenHyphenRule: FlagRule = {
  type: 'flag',
  id: 'flag/broken-hyphen',
  flagKind: 'broken-hyphen',
  category: 'punctuation',
  confidence: 0.7,
  description: 'A space after a hyphen inside a compound ("co- founder")',
  find(paragraph) {
    if (!paragraph.includes('- ')) return [];
    const hits: FlagHit[] = [];
    BROKEN_HYPHEN.lastIndex = 0;
    for (let m = BROKEN_HYPHEN.exec(paragraph); m; m = BROKEN_HYPHEN.exec(paragraph)) {
      if (SUSPENDED.test(m[1]!)) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `A hyphen with a space after it: "${m[0].replace('- ', '-')}" was meant`,
      });
    }
    return hits;
  },
};
