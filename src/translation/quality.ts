/**
 * The per-article translation-quality summary: how much an article reads like broken
 * machine translation, from the flags raised on it, the translation repairs made to it and
 * a few marks of translated style.
 *
 * Evidence: each distinct flag (one rule on one piece of text; "co- founder" twice is
 * one mistake repeated) counts its confidence times how specific its category is to machine
 * translation (a lost hyphen space is a typo anywhere; a glued word or a reordered name is
 * translation damage); each distinct translation repair counts REPAIR_WEIGHT; each mark of
 * translated style (a day of the month given as a bare ordinal, "on the 4th", the way Korean,
 * Japanese and Chinese dates are rendered) counts STYLE_WEIGHT, at most MAX_STYLE of them.
 * The evidence per 100 sentences (at least MIN_SENTENCES) maps to 0..1 with a saturating
 * curve. The constants were chosen on the development pages (docs/translation.md).
 */
import { assertInteger, assertObjectArray } from '../core/errors.js';
import type { Edit, Flag, TranslationQuality } from '../core/types.js';

/** Weight of a flag that carries no confidence. */
const DEFAULT_CONFIDENCE = 0.5;
/** How specific each flag category is to machine translation (default 1). */
const CATEGORY_WEIGHT: Readonly<Record<string, number>> = {
  punctuation: 0.3,
  'markup-residue': 0.5,
  'quote-marks': 0.8,
  'doubled-words': 0.8,
};
/** Weight of one translation repair (a safe fix still shows the text was damaged). */
const REPAIR_WEIGHT = 0.6;
const STYLE_WEIGHT = 0.4;
const MAX_STYLE = 4;
const MIN_SENTENCES = 5;
/** Weighted evidence per 100 sentences at which the score reaches 1 - 1/e (about 0.63). */
const SCALE = 6;
/** Score from which an article is called machine-translated. */
const THRESHOLD = 0.5;

// "on the 4th", "from the 9th to the 12th", "on the 24th of last month": a day without its month.
const BARE_ORDINAL_DAY =
  /\b(?:on|from|to|until|till|since|by|before|after) the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=(\s+\S+(?:\s+\S+)?)?)/giu;
// What may follow a bare day: punctuation, the end, a preposition or conjunction, "of last month";
// a noun ("the 18th hole", "the 21st century") or a month ("the 4th of July") may not.
const AFTER_BARE_DAY =
  /^(?:\s*$|\s*[,.;:)]|\s+(?:to|and|or|until|till|through|at|in|when|,)\b|\s+of\s+(?:last|this|next|the same)\s+month\b)/i;

/**
 * Marks of translated style in a text (not errors, so not flags): bare ordinal days.
 *
 * @example
 * translatedStyleMarks('The poll ran from the 9th to the 12th.'); // 2
 */
export function translatedStyleMarks(text: string): number {
  if (typeof text !== 'string' || !/\d(?:st|nd|rd|th)\b/.test(text)) return 0;
  let marks = 0;
  BARE_ORDINAL_DAY.lastIndex = 0;
  for (let m = BARE_ORDINAL_DAY.exec(text); m; m = BARE_ORDINAL_DAY.exec(text)) {
    const end = m.index + m[0].length;
    if (AFTER_BARE_DAY.test(text.slice(end, end + 24))) marks++;
  }
  return marks;
}

/**
 * Weighted evidence of translation damage in flags and edits (see the module comment).
 *
 * @example
 * translationEvidence([{ kind: 'glued-words', category: 'glued-words', message: '', text: 'daystomorrow', start: 0, end: 10, rawStart: 0, rawEnd: 10, confidence: 0.9 }], []); // 0.9
 */
export function translationEvidence(flags: readonly Flag[], edits: readonly Edit[], styleMarks = 0): number {
  let evidence = 0;
  const seen = new Set<string>();
  for (const flag of flags) {
    const key = `${flag.rule ?? flag.kind}\u0000${flag.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence += (flag.confidence ?? DEFAULT_CONFIDENCE) * (CATEGORY_WEIGHT[flag.category ?? ''] ?? 1);
  }
  for (const edit of edits) {
    if (edit.category !== 'translation-repair') continue;
    const key = `${edit.rule}\u0000${edit.before}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence += REPAIR_WEIGHT;
  }
  return evidence + STYLE_WEIGHT * Math.min(MAX_STYLE, Math.max(0, styleMarks));
}

/**
 * The summary for an article of `sentences` sentences.
 *
 * @example
 * translationQuality([], [], 20); // { score: 0, likelyMachineTranslated: false, flagsPer100Sentences: 0 }
 */
export function translationQuality(
  flags: readonly Flag[],
  edits: readonly Edit[],
  sentences: number,
  styleMarks = 0,
): TranslationQuality {
  assertObjectArray(flags, 'translationQuality', 'flags');
  assertObjectArray(edits, 'translationQuality', 'edits');
  assertInteger(sentences, 'translationQuality', 'sentences');
  assertInteger(styleMarks, 'translationQuality', 'styleMarks');
  const count = flags.length + edits.filter((e) => e.category === 'translation-repair').length;
  const per100 = sentences > 0 ? (100 * count) / sentences : 0;
  const density =
    sentences > 0 ? (100 * translationEvidence(flags, edits, styleMarks)) / Math.max(sentences, MIN_SENTENCES) : 0;
  const score = round(1 - Math.exp(-density / SCALE));
  return { score, likelyMachineTranslated: score >= THRESHOLD, flagsPer100Sentences: round(per100, 1) };
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
