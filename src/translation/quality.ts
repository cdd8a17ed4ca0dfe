/**
 * The per-article translation-quality summary: how much an article reads like broken
 * machine translation, from the flags raised on it and the translation repairs made to it.
 *
 * Evidence is weighed by its confidence and counted per 100 sentences, so a long native
 * article with one doubtful flag scores low and a short page with five glued words scores
 * high. The score maps that density to 0..1 with a saturating curve; the threshold of
 * `likelyMachineTranslated` was chosen on the development pages (see docs/translation.md).
 */
import type { Edit, Flag, TranslationQuality } from '../core/types.js';

/** Weight of a flag that carries no confidence. */
const DEFAULT_CONFIDENCE = 0.5;
/** Weight of one translation repair (a safe fix still shows the text was damaged). */
const REPAIR_WEIGHT = 0.6;
/** Weighted evidence per 100 sentences at which the score reaches 1 - 1/e (about 0.63). */
const SCALE = 6;
/** Score from which an article is called machine-translated. */
const THRESHOLD = 0.5;

/**
 * Weighted evidence of translation damage: the sum of flag confidences plus the repairs.
 *
 * @example
 * translationEvidence([{ kind: 'glued-words', message: '', text: 'hourstoday', start: 0, end: 10, rawStart: 0, rawEnd: 10, confidence: 0.9 }], []); // 0.9
 */
export function translationEvidence(flags: readonly Flag[], edits: readonly Edit[]): number {
  let evidence = 0;
  for (const flag of flags) evidence += flag.confidence ?? DEFAULT_CONFIDENCE;
  for (const edit of edits) if (edit.category === 'translation-repair') evidence += REPAIR_WEIGHT;
  return evidence;
}

/**
 * The summary for an article of `sentences` sentences.
 *
 * @example
 * translationQuality([], [], 20); // { score: 0, likelyMachineTranslated: false, flagsPer100Sentences: 0 }
 */
export function translationQuality(flags: readonly Flag[], edits: readonly Edit[], sentences: number): TranslationQuality {
  const count = flags.length + edits.filter((e) => e.category === 'translation-repair').length;
  const per100 = sentences > 0 ? (100 * count) / sentences : 0;
  const density = sentences > 0 ? (100 * translationEvidence(flags, edits)) / Math.max(sentences, 5) : 0;
  const score = round(1 - Math.exp(-density / SCALE));
  return { score, likelyMachineTranslated: score >= THRESHOLD, flagsPer100Sentences: round(per100, 1) };
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
