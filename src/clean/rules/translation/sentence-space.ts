/**
 * translation/sentence-space — a sentence glued to the next one by its period ("operations.These
 * figures", "flooded.The river"): a space goes after the period. Only
 * between a lowercase word of two letters or more and a capitalized word that opens
 * sentences, so abbreviations ("U.S.The"), domains ("example.com") and decimals are left alone.
 * A typographic repair: no word changes.
 */
import type { InlineEdit, InlineRule } from '../../rule.js';

const OPENER = 'He|She|They|We|The|This|These|Those|In|It|But|And|However|After|According|Meanwhile';
const GLUED = new RegExp(
  `(?<=(?<![\\p{L}\\p{N}.@/])\\p{Ll}[\\p{Ll}’']*\\p{Ll}[.!?])(?=(?:${OPENER})\\b(?![.@/]))`,
  'gu',
);
// What every GLUED match has around it, found without its lookbehind at each position:
// most paragraphs have none and are not scanned again.
const PERIOD_OPENER = new RegExp(`[.!?](?:${OPENER})\\b`);

/**
 * Rule `translation/sentence-space`: A space after a period that glues two sentences ("operations.These").
 *
 * @example
 * clean('The river flooded.The town was evacuated.', { rules: [sentenceSpaceRule] }).text; // 'The river flooded. The town was evacuated.'
 */
export const sentenceSpaceRule: InlineRule = {
  type: 'inline',
  id: 'translation/sentence-space',
  category: 'typography',
  description: 'A space after a period that glues two sentences ("operations.These")',
  find(text) {
    const edits: InlineEdit[] = [];
    if (!PERIOD_OPENER.test(text)) return edits;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
      edits.push({ start: m.index, end: m.index, after: ' ' });
      GLUED.lastIndex = m.index + 1;
    }
    return edits;
  },
};
