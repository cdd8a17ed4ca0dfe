/**
 * translation/ordinal-period — German-style ordinal periods in translated dates: "the
 * 10th. January" → "the 10th January", "13. January" → "13 January", and "January 13. and"
 * (a day number whose period does not end the sentence) → "January 13 and".
 */
import type { InlineEdit, InlineRule } from '../../rule.js';
import { MONTH_PATTERN } from '../../shape.js';
import { MONTH_TABLE } from '../../../lexicon/calendar-words.js';
import { capitalize, matchAnyPattern } from '../../../lexicon/pattern.js';

const MONTH_FULL = `(?:${matchAnyPattern(MONTH_TABLE.map((m) => capitalize(m.name)))})`;
const DAY_BEFORE_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(\\.) ${MONTH_FULL}\\b`, 'g');
const DAY_AFTER_MONTH = new RegExp(`\\b${MONTH_PATTERN} \\d{1,2}(\\.) (?=\\p{Ll})`, 'gu');

// A necessary condition of a match of either pattern: ". " right after a digit, or after a
// digit and an ordinal suffix ("10th. "). Most paragraphs have none and skip both patterns.
function hasDayPeriod(text: string): boolean {
  for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 1)) {
    if (isDigitAt(text, at - 1)) return true;
    if (isDigitAt(text, at - 3) && ORDINAL_SUFFIXES.includes(text.slice(at - 2, at))) return true;
  }
  return false;
}

const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
const isDigitAt = (text: string, i: number) => i >= 0 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;

/**
 * Rule `translation/ordinal-period`: Periods after day numbers that do not end a sentence ("the 10th. January", "January 13. and").
 *
 * @example
 * clean("the talks on the 10th. January", { rules: [ordinalPeriodRule] }).text; // "the talks on the 10th January"
 */
export const ordinalPeriodRule: InlineRule = {
  type: 'inline',
  id: 'translation/ordinal-period',
  category: 'translation-repair',
  description: 'Periods after day numbers that do not end a sentence ("the 10th. January", "January 13. and")',
  requiresChars: ['.', '0123456789'],
  find(text) {
    if (!hasDayPeriod(text)) return [];
    const edits: InlineEdit[] = [];
    for (const pattern of [DAY_BEFORE_MONTH, DAY_AFTER_MONTH]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const at = m.index + m[0].indexOf('. ');
        edits.push({ start: at, end: at + 1, after: '' });
      }
    }
    return edits.sort((a, b) => a.start - b.start);
  },
};
