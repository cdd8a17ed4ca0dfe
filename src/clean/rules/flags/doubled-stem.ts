/**
 * flag/doubled-stem — two adjacent words built on one stem with different endings
 * ("“colossal” colossus"): machine translation rendered one word twice. Flagged, because
 * which of the two was meant cannot be known.
 */
import type { FlagHit, FlagRule } from '../../rule.js';
import { paragraphWords } from './paragraph-words.js';

const MIN_SHARED = 5;
// Only spaces and quote marks may stand between the two words.
const GAP = /^[”"’]?\s+[“"‘]?$/;

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Rule `flag/doubled-stem`: Adjacent words sharing a stem with different endings ("colossal colossus").
 *
 * @example
 * clean("It would be a “colossal” colossus.", { rules: [doubledStemRule] }).flags[0].text; // "“colossal” colossus"
 */
export const doubledStemRule: FlagRule = {
  type: 'flag',
  id: 'flag/doubled-stem',
  flagKind: 'doubled-stem',
  category: 'doubled-words',
  confidence: 0.7,
  description: 'Adjacent words sharing a stem with different endings ("colossal colossus")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    const { spans, count } = paragraphWords(paragraph);
    // Each word with the one before it.
    for (let k = 1; k < count; k++) {
      const previousStart = spans[2 * k - 2]!;
      const previousEnd = spans[2 * k - 1]!;
      const start = spans[2 * k]!;
      const end = spans[2 * k + 1]!;
      const candidate =
        end - start > MIN_SHARED &&
        previousEnd - previousStart > MIN_SHARED &&
        samePrefix(paragraph, previousStart, start);
      if (candidate) {
        const first = paragraph.slice(previousStart, previousEnd).toLowerCase();
        const second = paragraph.slice(start, end).toLowerCase();
        const shared = sharedPrefix(first, second);
        // Same stem, two short different endings, neither a verb form ("president presided").
        const endings = [first.slice(shared), second.slice(shared)];
        const doubled =
          endings.every((e) => e.length >= 1 && e.length <= 3) &&
          !/(?:ed|ing)$/.test(first) &&
          !/(?:ed|ing)$/.test(second) &&
          !/^\p{Lu}/u.test(paragraph.slice(start, end)); // names ("France’s Francois")
        if (doubled && GAP.test(paragraph.slice(previousEnd, start))) {
          const from =
            previousStart > 0 && /[“"‘]/.test(paragraph[previousStart - 1]!) ? previousStart - 1 : previousStart;
          hits.push({
            start: from,
            end,
            message: `"${paragraph.slice(previousStart, previousEnd)}" and "${paragraph.slice(start, end)}" share a stem: likely one word translated twice`,
          });
        }
      }
    }
    return hits;
  },
};

// Case-insensitive comparison of the first MIN_SHARED characters of two words, without slicing.
function samePrefix(text: string, a: number, b: number): boolean {
  for (let i = 0; i < MIN_SHARED; i++) {
    const x = text.charCodeAt(a + i);
    const y = text.charCodeAt(b + i);
    if (x !== y && (x | 0x20) !== (y | 0x20)) return false;
  }
  return true;
}
