/**
 * translation/doubled-word — an article or a conjunction written twice ("during the the crisis",
 * "a a", "and and"): the second copy goes. Only words that English never doubles on
 * purpose are repaired; a doubled preposition can be right ("the house he lived in in
 * 1990") and other doubled words are left to flag/doubled-word.
 */
import { charBefore, WORD_CHAR } from '../../../core/word-scan.js';
import type { InlineEdit, InlineRule } from '../../rule.js';

// One of the words, one space, the same word in lowercase ("The the" too); not after a word
// character (WORD_CHAR_CI, tested in code: a lookbehind here cost a test at every position).
const DOUBLED = /(the|an?|and) (the|an?|and)(?![\p{L}\p{N}'’-])/giu;
// WORD_CHAR read as the lookbehind read it, under DOUBLED's i flag (case folding also lets
// it match a few marks that fold to a letter, such as U+0345).
const WORD_CHAR_CI = new RegExp(WORD_CHAR.source, 'iu');

// True when `word` (lowercase) stands at `at` as a whole word, in any case.
function wordAt(text: string, at: number, word: string): boolean {
  if (at < 0 || text.slice(at, at + word.length).toLowerCase() !== word) return false;
  return !WORD_CHAR.test(text[at + word.length] ?? ' ') && !WORD_CHAR.test(text[at - 1] ?? ' ');
}

// A necessary condition of an edit, so that most paragraphs skip DOUBLED (a case-insensitive
// Unicode alternation tried at every position): an edit's pair is the first copy in any ASCII
// case (no other character matches these letters under the i flag), a space, and the same
// word in lowercase (it equals the first copy lowercased), followed by no letter, digit,
// apostrophe or hyphen (ASCII ones here: a subset of DOUBLED's lookahead class). The whole
// first word is asked for: its last letter alone ("since the", "said and", "in an") is in
// most paragraphs.
const DOUBLED_CUE = /(?:[tT][hH][eE] the|[aA] a|[aA][nN] an|[aA][nN][dD] and)(?![A-Za-z0-9'’-])/;

/**
 * Rule `translation/doubled-word`: "the the", "a a", "an an", "and and" lose the second copy.
 *
 * @example
 * clean('prices rose during the the crisis', { rules: [doubledWordRepairRule] }).text; // 'prices rose during the crisis'
 */
export const doubledWordRepairRule: InlineRule = {
  type: 'inline',
  id: 'translation/doubled-word',
  category: 'translation-repair',
  description: '"the the", "a a", "an an", "and and" lose the second copy',
  find(text) {
    const edits: InlineEdit[] = [];
    if (!DOUBLED_CUE.test(text)) return edits;
    DOUBLED.lastIndex = 0;
    for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
      if (WORD_CHAR_CI.test(charBefore(text, m.index))) {
        DOUBLED.lastIndex = m.index + 1; // as the lookbehind failing here would
        continue;
      }
      const first = m[1]!.toLowerCase();
      const end = m.index + m[0].length;
      // A run of three or more ("a a a") is no translation slip: leave it.
      const run =
        (text[end] === ' ' && wordAt(text, end + 1, first)) ||
        (text[m.index - 1] === ' ' && wordAt(text, m.index - 1 - first.length, first));
      if (m[2]! !== first || run) {
        DOUBLED.lastIndex = m.index + m[1]!.length; // the second word may start a pair
        continue;
      }
      const start = m.index + m[1]!.length;
      edits.push({ start, end: start + 1 + m[2]!.length, after: '' });
    }
    return edits;
  },
};
