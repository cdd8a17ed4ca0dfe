/**
 * metadata/crawl-stamp — the stamp a crawl store writes before the page it stored:
 * "date 2024-06-03 " opening the first line, glued to the page's first line. It is not page
 * text and not the article's date (it is when the page was stored), so it goes and lifts
 * nothing; the line after it (often the headline) is then read as it stands on the page.
 */
import type { InlineContext, InlineEdit, InlineRule } from '../../rule.js';

// Exactly the store's shape: lower-case "date", an ISO day, then a space or the line's end.
const STAMP = /^date \d{4}-\d{2}-\d{2}(?: |$)/;

/**
 * Rule `metadata/crawl-stamp`: The crawl store's "date YYYY-MM-DD " stamp opening the page; removed, never read as the publication date.
 *
 * @example
 * clean('date 2024-06-03 Storm closes ports\n\nThe storm closed every port on the coast on Monday morning, officials said.', { rules: [crawlStampRule] }).text.slice(0, 18); // 'Storm closes ports'
 */
export const crawlStampRule: InlineRule = {
  type: 'inline',
  id: 'metadata/crawl-stamp',
  category: 'dateline',
  description:
    'The crawl store\'s "date YYYY-MM-DD " stamp opening the page; removed, never read as the publication date',
  find(text: string, context: InlineContext): InlineEdit[] {
    if (!context.isFirst) return [];
    const m = STAMP.exec(text);
    return m ? [{ start: 0, end: m[0].length, after: '' }] : [];
  },
};
