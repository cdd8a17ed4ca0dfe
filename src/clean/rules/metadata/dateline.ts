/**
 * metadata/dateline — a line that is only a date (and maybe a time or "Published"/"Updated"
 * label): "December 07, 2021", "Published: 7 Dec 2021 14:30 GMT", "2021-12-07". A
 * publication date (not an update date) goes to `metadata.publishedAt`.
 */
import type { BlockRule } from '../../rule.js';
import { MONTH_PATTERN, readDate } from '../../shape.js';

const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const LABEL = '(?:(?:published|posted|updated|last updated|modified|date|first published)(?:\\s+on)?\\s*:?\\s*)?';
const TIME = '(?:\\s*(?:[,|•·-]|at)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:[A-Z]{2,5}|UTC[+-]\\d{1,2}(?::\\d{2})?|GMT[+-]\\d{1,2})?)?';
const DATE = `(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH_PATTERN},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})`;
const DATELINE = new RegExp(`^${LABEL}${WEEKDAY}(${DATE})${TIME}(?:\\s*[|•·]\\s*\\d+\\s*min(?:ute)?s?\\s+read)?\\.?$`, 'i');
const UPDATE_LABEL = /^(?:updated|last updated|modified)/i;

export const datelineRule: BlockRule = {
  type: 'block',
  id: 'metadata/dateline',
  category: 'dateline',
  description: 'A line that is only a date or date-time; the publication date goes to metadata.publishedAt',
  match(block) {
    if (block.text.length > 100) return null;
    const m = DATELINE.exec(block.text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
    if (!m) return null;
    const date = readDate(m[1]!);
    return date && !UPDATE_LABEL.test(block.text) ? { metadata: { publishedAt: date } } : {};
  },
};
