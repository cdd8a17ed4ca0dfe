/**
 * translation/lone-first-person — the only first-person "I" of a third-person report, opening a
 * sentence in the middle of a paragraph with no quotation marks ("…subject to landslides. I am
 * also on alert the basins in the hills…"): translation read a verb's ending as "I" (Italian
 * and Spanish drop the subject pronoun; "sono" is "I am" and "they are"). Flagged, not
 * repaired: the subject cannot be recovered.
 *
 * Left alone: an "I" inside quotation marks, a paragraph that holds any quotation mark (the
 * quote may go on from the paragraph before), a paragraph that opens with "I" (a quoted
 * statement or a reader's letter set off as its own paragraph), and any article where the
 * writer speaks in the first person more than once (columns, essays, first-person reports:
 * "me", "my", "I’m" count too). Texts of fewer than five sentences are too short to tell.
 */
import type { Flag } from '../core/types.js';
import { quotedRegions } from '../clean/rules/flags/quoted-regions.js';

const RULE = 'translation/lone-first-person';
// "I" and a verb form after a sentence end inside the paragraph.
const SENTENCE_I = /(?<=[.!?]\s+)I\s+(?:am|was|have|had|will|would|can|could|must|should|do|did|\p{Ll}+(?:ed|s))\b/gu;
const FIRST_PERSON = /(?<![\p{L}\p{N}'’])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\p{L}\p{N}])/gu;
const QUOTE_MARK = /[“”"«»„‘]|(?<!\p{L})’|’(?!\p{L})/u;
const SENTENCE_END = /[.!?](?=\s|$)/g;
const MIN_SENTENCES = 5;

/**
 * Flags the lone first-person "I" of a third-person report (offsets in `text`; `rawStart`/`rawEnd`
 * equal to them).
 *
 * @example
 * const text = 'Rain fell all night. Rivers rose fast. Roads were closed. I am also on alert the basins in the hills. Schools shut.';
 * loneFirstPersonFlags(text)[0].text; // 'I am'
 */
export function loneFirstPersonFlags(text: string): Flag[] {
  if (!text.includes('I') || (text.match(SENTENCE_END)?.length ?? 0) < MIN_SENTENCES) return [];
  let firstPerson = 0;
  const candidates: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const inQuote = quotedRegions(line);
    FIRST_PERSON.lastIndex = 0;
    for (let m = FIRST_PERSON.exec(line); m; m = FIRST_PERSON.exec(line)) if (!inQuote(m.index)) firstPerson++;
    if (firstPerson > 1) return [];
    if (!QUOTE_MARK.test(line) && !/^\s*I\b/.test(line)) {
      SENTENCE_I.lastIndex = 0;
      for (let m = SENTENCE_I.exec(line); m; m = SENTENCE_I.exec(line)) {
        candidates.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length });
      }
    }
    lineStart += line.length + 1;
  }
  if (firstPerson !== 1 || candidates.length !== 1) return [];
  const { start, end } = candidates[0]!;
  return [
    {
      kind: 'lone-first-person',
      rule: RULE,
      category: 'grammar',
      confidence: 0.5,
      message: 'The only first-person "I" of a third-person report, outside quotes: a verb\'s person mistranslated',
      text: text.slice(start, end),
      start,
      end,
      rawStart: start,
      rawEnd: end,
    },
  ];
}
