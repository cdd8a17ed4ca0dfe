/**
 * translation/sentence-space — a sentence glued to the next one by its period ("operations.These
 * figures", "flooded.The river"): a space goes after the period. Only
 * between a lowercase word of two letters or more and a capitalized word that opens
 * sentences, so abbreviations ("U.S.The"), domains ("example.com") and decimals are left alone
 * (`gluedSentenceBreaks`, shared with the entity tokenizer). A typographic repair: no word changes.
 */
import type { InlineRule } from '../../rule.js';
import { gluedSentenceBreaks } from '../../../lexicon/sentences.js';

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
  requiresChars: ['.!?'],
  find(text) {
    return gluedSentenceBreaks(text).map((at) => ({ start: at, end: at, after: ' ' }));
  },
};
