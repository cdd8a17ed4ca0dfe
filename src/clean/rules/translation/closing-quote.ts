/**
 * translation/closing-quote — an opening double quote “ written where the closing one
 * belongs: right after a word, with a quotation open before it and nothing or punctuation
 * after it ('before the winter“.', 'the leadership of the party“, he added').
 * It becomes ”. With no quotation open, the mark is left to flag/quote-marks.
 */
import type { InlineEdit, InlineRule } from '../../rule.js';

const ENDS_AFTER = /^(?:[\s,.;:!?)\]…]|$)/u;
const WORD_BEFORE = /[\p{L}\p{N}.,!?…)]/u;

/**
 * Rule `translation/closing-quote`: “ used as a closing mark after an open quotation becomes ”.
 *
 * @example
 * clean('“the bridge will reopen before the winter“.', { rules: [closingQuoteRule] }).text; // '“the bridge will reopen before the winter”.'
 */
export const closingQuoteRule: InlineRule = {
  type: 'inline',
  id: 'translation/closing-quote',
  category: 'translation-repair',
  description: '“ used as a closing mark after an open quotation becomes ”',
  requiresChars: ['“'],
  find(text) {
    const first = text.indexOf('“');
    if (first < 0 || text.indexOf('“', first + 1) < 0) return [];
    const edits: InlineEdit[] = [];
    let open = false;
    for (let i = first; i < text.length; i++) {
      const c = text[i];
      if (c === '”') open = false;
      else if (c === '“') {
        const closes = open && WORD_BEFORE.test(text[i - 1] ?? ' ') && ENDS_AFTER.test(text.slice(i + 1, i + 2));
        if (closes) {
          edits.push({ start: i, end: i + 1, after: '”' });
          open = false;
        } else open = true;
      }
    }
    return edits;
  },
};
