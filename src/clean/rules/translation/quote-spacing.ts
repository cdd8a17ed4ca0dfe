/**
 * translation/space-after-quote and translation/space-before-quote — spacing around
 * closing double quotes that machine translation breaks: 'measures”Said' → 'measures” Said',
 * 'whatever it wants ”.' → 'whatever it wants”.'. A ” counts as closing only when a “ is
 * open before it in the paragraph.
 */
import type { InlineEdit, InlineRule } from '../../rule.js';

const LETTER = /\p{L}/u;
const AFTER_CLOSING = /[.,;:!?)\]]/;
const HORIZONTAL = /[ \t\u00a0]/;

/** Positions of closing ” marks (a “ open before them). */
function closingQuotes(text: string): number[] {
  const positions: number[] = [];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”' && open) {
      positions.push(i);
      open = false;
    }
  }
  return positions;
}

/**
 * Rule `translation/space-after-quote`: Insert the missing space between a closing ” and the next word ("measures”Said").
 *
 * @example
 * clean("“strong measures”Said Jake Sullivan.", { rules: [spaceAfterQuoteRule] }).text; // "“strong measures” Said Jake Sullivan."
 */
export const spaceAfterQuoteRule: InlineRule = {
  type: 'inline',
  id: 'translation/space-after-quote',
  category: 'translation-repair',
  description: 'Insert the missing space between a closing ” and the next word ("measures”Said")',
  requiresChars: ['”'],
  find(text) {
    if (!text.includes('”')) return [];
    const edits: InlineEdit[] = [];
    for (const i of closingQuotes(text)) {
      const before = text[i - 1];
      if (before !== undefined && !/\s/.test(before) && LETTER.test(text[i + 1] ?? ''))
        edits.push({ start: i + 1, end: i + 1, after: ' ' });
    }
    return edits;
  },
};

/**
 * Rule `translation/space-before-quote`: Remove spaces before a closing ” that ends a clause ("wants ”." → "wants”.").
 *
 * @example
 * clean("“whatever it wants ”.", { rules: [spaceBeforeQuoteRule] }).text; // "“whatever it wants”."
 */
export const spaceBeforeQuoteRule: InlineRule = {
  type: 'inline',
  id: 'translation/space-before-quote',
  category: 'translation-repair',
  description: 'Remove spaces before a closing ” that ends a clause ("wants ”." → "wants”.")',
  requiresChars: ['”', ' \t\u00a0'],
  find(text) {
    if (!/[ \t\u00a0]”/.test(text)) return [];
    const edits: InlineEdit[] = [];
    for (const i of closingQuotes(text)) {
      const next = text[i + 1];
      if (!HORIZONTAL.test(text[i - 1] ?? '') || !(next === undefined || AFTER_CLOSING.test(next))) continue;
      let start = i - 1;
      while (start > 0 && HORIZONTAL.test(text[start - 1]!)) start--;
      if (start > 0) edits.push({ start, end: i, after: '' });
    }
    return edits;
  },
};
