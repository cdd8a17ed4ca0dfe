/**
 * translation/doubled-word — an article or a conjunction written twice ("by the the war",
 * "a a", "and and"): the second copy goes. Only words that English never doubles on
 * purpose are repaired; a doubled preposition can be right ("the house he lived in in
 * 1990") and other doubled words are left to flag/doubled-word.
 */
import type { InlineEdit, InlineRule } from '../../rule.js';

const NEVER_DOUBLED = new Set(['the', 'a', 'an', 'and']);
// Word, one space, the same word (any case); the word is checked against the set.
const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}{1,3}) (\p{L}{1,3})(?![\p{L}\p{N}'’-])/gu;

/**
 * Rule `translation/doubled-word`: "the the", "a a", "an an", "and and" lose the second copy.
 *
 * @example
 * clean('aggravated by the the war', { rules: [doubledWordRepairRule] }).text; // 'aggravated by the war'
 */
export const doubledWordRepairRule: InlineRule = {
  type: 'inline',
  id: 'translation/doubled-word',
  category: 'translation-repair',
  description: '"the the", "a a", "an an", "and and" lose the second copy',
  find(text) {
    const edits: InlineEdit[] = [];
    DOUBLED.lastIndex = 0;
    for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
      const first = m[1]!.toLowerCase();
      if (!NEVER_DOUBLED.has(first) || m[2]! !== m[2]!.toLowerCase() || m[2]! !== first) {
        DOUBLED.lastIndex = m.index + m[1]!.length; // the second word may start a pair
        continue;
      }
      const start = m.index + m[1]!.length;
      edits.push({ start, end: start + 1 + m[2]!.length, after: '' });
    }
    return edits;
  },
};
