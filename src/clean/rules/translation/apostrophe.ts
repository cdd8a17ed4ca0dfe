/**
 * translation/apostrophe — a left single quote, acute accent or backtick used as an
 * apostrophe ("Iran‘s", "the United States‘ support", "don´t") becomes ’. Only where it
 * cannot open a quotation: right after a letter, and (for the plural possessive "States‘ ")
 * only when no single quotation is open in the paragraph.
 */
import type { InlineEdit, InlineRule } from '../../rule.js';

const LETTER = /\p{L}/u;

/**
 * Rule `translation/apostrophe`: ‘ ´ ` used as an apostrophe after a letter become ’.
 *
 * @example
 * clean("Iran‘s nuclear program", { rules: [apostropheRule] }).text; // "Iran’s nuclear program"
 */
export const apostropheRule: InlineRule = {
  type: 'inline',
  id: 'translation/apostrophe',
  category: 'translation-repair',
  description: '‘ ´ ` used as an apostrophe after a letter become ’',
  requiresChars: ['‘´`'],
  find(text) {
    if (!/[‘´`]/.test(text)) return [];
    const edits: InlineEdit[] = [];
    let singleOpen = false; // a ‘ that opens a quotation (after a space or start) is pending
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '’') {
        singleOpen = false;
        continue;
      }
      if (c !== '‘' && c !== '´' && c !== '`') continue;
      const before = text[i - 1];
      const after = text[i + 1];
      const afterLetter = before !== undefined && LETTER.test(before);
      if (!afterLetter) {
        if (c === '‘') singleOpen = true;
        continue;
      }
      const intoWord = after !== undefined && LETTER.test(after);
      const pluralPossessive = before === 's' && (after === ' ' || after === undefined) && !singleOpen;
      if (intoWord || pluralPossessive) {
        edits.push({ start: i, end: i + 1, after: '’' });
        singleOpen = false; // as the repaired text reads: a ’ closes any open quotation
      } else if (c === '‘') singleOpen = false; // a misused closing mark
    }
    return edits;
  },
};
