/**
 * metadata/store-stamp — the date stamp a page store writes before the page text
 * (" date 2023-04-22 " at the very start of the page). It is no page text: it goes, so the
 * line it was glued to is judged on its own (a section label, a timestamp, the headline).
 */
import type { InlineRule } from '../../rule.js';

const STAMP = /^date \d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?Z?)?\s+(?=\S)/;

/**
 * Rule `metadata/store-stamp`: A store's "date YYYY-MM-DD" stamp opening the page is removed.
 *
 * @example
 * clean(" date 2023-04-22 Putin spoke.", { rules: [storeStampRule] }).text; // "Putin spoke."
 */
export const storeStampRule: InlineRule = {
  type: 'inline',
  id: 'metadata/store-stamp',
  category: 'metadata',
  description: 'A store\'s "date YYYY-MM-DD" stamp opening the page is removed',
  find(text, context) {
    if (!context.isFirst || !text.startsWith('date ')) return [];
    const m = STAMP.exec(text);
    return m ? [{ start: 0, end: m[0].length, after: '' }] : [];
  },
};
