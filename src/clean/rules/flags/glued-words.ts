/**
 * flag/glued-words — two words written as one, where machine translation or scraping lost
 * the space between them: "daystomorrow", "Ministryannounced", "Lombardiawhich", "theVeneto".
 * Flagged, not split: the split (lexicon/glued-words.ts, which says what counts as glue) is
 * almost always right, but a name we do not know ("Sánchezinsisted") could hide in either part.
 */
import type { FlagHit, FlagRule } from '../../rule.js';
import { GLUED_MIN_LENGTH, gluedSplit } from '../../../lexicon/glued-words.js';
import { BoundedKeySet } from '../../../core/word-scan.js';
import { paragraphWords } from './paragraph-words.js';

/**
 * Rule `flag/glued-words`: Two words written as one ("daystomorrow", "Ministryannounced", "theVeneto").
 *
 * @example
 * clean('Rescuers worked for three daystomorrow and more.', { rules: [gluedWordsRule] }).flags[0].text; // 'daystomorrow'
 */
export const gluedWordsRule: FlagRule = {
  type: 'flag',
  id: 'flag/glued-words',
  flagKind: 'glued-words',
  category: 'glued-words',
  confidence: 0.85,
  description: 'Two words written as one ("daystomorrow", "Ministryannounced", "theVeneto")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    const { spans, count } = paragraphWords(paragraph);
    for (let k = 0; k < count; k++) {
      const start = spans[2 * k]!;
      const end = spans[2 * k + 1]!;
      if (end - start < GLUED_MIN_LENGTH) continue;
      const key = shortWordKey(paragraph, start, end);
      if (NO_SPLIT.has(key)) continue;
      const word = paragraph.slice(start, end);
      // The split first (memoized; most words have none), then the places it does not count.
      const split = gluedSplit(word);
      if (!split) {
        NO_SPLIT.add(key);
        continue;
      }
      if (word.includes('’') || word.includes("'")) continue; // quote marks: flag/quote-marks
      // a handle or hashtag ("@thenews"), a link, or the tail of a word broken by a hyphen ("can- didate")
      const before = paragraph.slice(Math.max(0, start - 2), start);
      if (/[@#/._]$/.test(before) || before === '- ' || /^[./_@]/.test(paragraph[end] ?? '')) continue;
      hits.push({
        start,
        end,
        message: `"${word}" reads as "${split.left} ${split.right}": two words glued together`,
      });
    }
    return hits;
  },
};

// A word of at most MAX_KEY_LETTERS ASCII letters, lowercase but perhaps its first, as a
// number: its letters lowercased in base 32 (a = 1), doubled, plus 1 when the first is a
// capital (below 2^51: exact), so two such words have the same number only when they are the
// same word. -1 for any other word (a capital inside, a letter past ASCII, a longer word).
const MAX_KEY_LETTERS = 10;
function shortWordKey(text: string, start: number, end: number): number {
  if (end - start > MAX_KEY_LETTERS) return -1;
  let c = text.charCodeAt(start);
  const capital = c >= 0x41 && c <= 0x5a ? 1 : 0;
  c |= capital << 5;
  if (c < 0x61 || c > 0x7a) return -1;
  let key = c - 0x60;
  for (let i = start + 1; i < end; i++) {
    c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return -1;
    key = key * 32 + (c - 0x60);
  }
  return key * 2 + capital;
}

// The short words seen to have no split, by shortWordKey: most words of a paragraph are
// looked up here without becoming a string (gluedSplit is a pure function of the word, so
// its answer for a word seen before is the one remembered). Bounded: emptied when half full,
// like gluedSplit's own memo.
const NO_SPLIT = new BoundedKeySet(15);
