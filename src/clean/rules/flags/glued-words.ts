/**
 * flag/glued-words — two words written as one, where machine translation or scraping lost
 * the space between them: "daystomorrow", "Ministryannounced", "Lombardiawhich", "theVeneto".
 * Flagged, not split: the split (lexicon/glued-words.ts, which says what counts as glue) is
 * almost always right, but a name we do not know ("Sánchezinsisted") could hide in either part.
 */
import { scanWords } from '../../../core/word-scan.js';
import type { FlagHit, FlagRule } from '../../rule.js';
import { GLUED_MIN_LENGTH, gluedSplit } from '../../../lexicon/glued-words.js';

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
    scanWords(paragraph, (start, end) => {
      if (end - start < GLUED_MIN_LENGTH) return;
      const word = paragraph.slice(start, end);
      // The split first (memoized; most words have none), then the places it does not count.
      const split = gluedSplit(word);
      if (!split) return;
      if (word.includes('’') || word.includes("'")) return; // quote marks: flag/quote-marks
      // a handle or hashtag ("@thenews"), a link, or the tail of a word broken by a hyphen ("can- didate")
      const before = paragraph.slice(Math.max(0, start - 2), start);
      if (/[@#/._]$/.test(before) || before === '- ' || /^[./_@]/.test(paragraph[end] ?? '')) return;
      hits.push({
        start,
        end,
        message: `"${word}" reads as "${split.left} ${split.right}": two words glued together`,
      });
    });
    return hits;
  },
};
