/**
 * `newsnorm/translation`: how much a cleaned article reads like broken machine translation.
 * Adds the checks that need the compromise parse or the entities to the clean stage's flags,
 * and sums the evidence up per article. Does not parse on its own: pass the parse.
 *
 * @example
 * import { assessTranslation } from 'newsnorm/translation';
 * const { quality } = assessTranslation(cleaned.text, { flags: cleaned.flags, edits: cleaned.edits });
 */
export { assessTranslation, countSentences, type TranslationAssessment, type TranslationInput } from './assess.js';
export { translatedStyleMarks, translationEvidence, translationQuality } from './quality.js';
export type { Flag, TranslationQuality } from '../core/types.js';
