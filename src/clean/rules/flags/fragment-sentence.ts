/**
 * flag/fragment-sentence — a one-word "sentence" after another sentence in the same
 * paragraph ("… in the east. Department."): a translation fragment whose meaning is lost.
 * Flagged, never removed: only a reader can tell what it was. One-word replies that are
 * real sentences ("Yes.", "Exactly.") are not flagged.
 */
import type { FlagHit, FlagRule } from '../../rule.js';
import { isAbbreviation } from '../../../lexicon/abbreviations.js';
import { isAbbreviationPeriod } from '../../../lexicon/sentences.js';

// Starts at the sentence end before the fragment, so the scan only tries at . ! and ?.
const FRAGMENT = /[.!?]["”’]?\s+(\p{Lu}\p{Ll}+\.)(?=\s|$)/gu;
// prettier-ignore
const REAL_ONE_WORD_SENTENCES = new Set(['yes', 'no', 'indeed', 'exactly', 'right', 'thanks', 'absolutely', 'never', 'nothing', 'again', 'period', 'sure', 'okay', 'correct', 'true', 'false', 'agreed', 'enough', 'finally', 'none', 'nobody', 'silence', 'perhaps', 'maybe', 'certainly', 'definitely', 'still', 'ok', 'yep', 'yeah', 'nope', 'wow', 'well', 'oh', 'sorry', 'please', 'why', 'how', 'what', 'really', 'seriously', 'done', 'fine', 'good', 'great', 'listen', 'look', 'wait', 'imagine', 'remember', 'think', 'stop', 'enjoy', 'huh', 'alas', 'sad', 'gone', 'wrong', 'amen']);

/**
 * Rule `flag/fragment-sentence`: One-word sentences inside a paragraph (likely translation fragments).
 *
 * @example
 * clean("They support Kiev in the east. Department.", { rules: [fragmentSentenceRule] }).flags[0].text; // "Department."
 */
export const fragmentSentenceRule: FlagRule = {
  type: 'flag',
  id: 'flag/fragment-sentence',
  flagKind: 'fragment-sentence',
  category: 'grammar',
  confidence: 0.6,
  description: 'One-word sentences inside a paragraph (likely translation fragments)',
  find(paragraph) {
    const hits: FlagHit[] = [];
    FRAGMENT.lastIndex = 0;
    for (let m = FRAGMENT.exec(paragraph); m; m = FRAGMENT.exec(paragraph)) {
      const word = m[1]!;
      const start = m.index + m[0].length - word.length;
      FRAGMENT.lastIndex = start + word.length - 1; // the fragment's own period may end the next sentence
      if (REAL_ONE_WORD_SENTENCES.has(word.slice(0, -1).toLowerCase()) || /ly\.$/.test(word)) continue; // "Easily."
      // "Mr. Biden." or "Sens. Warren.": the period before the word closes an abbreviation or
      // an initial, not a sentence; "… in the east. Sen. Warren": the word is an abbreviation.
      if (isAbbreviationPeriod(paragraph, m.index) || isAbbreviation(word.slice(0, -1))) continue;
      // A series of one-word sentences is style ("Bigot. Racist. Psychopath.", "Tennis. Boating.").
      if (
        /(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\.\s*$/u.test(paragraph.slice(Math.max(0, m.index - 20), m.index + 1)) ||
        /^\s+\p{Lu}\p{Ll}+\.(?:\s|$)/u.test(paragraph.slice(start + word.length, start + word.length + 20))
      )
        continue;
      hits.push({
        start,
        end: start + word.length,
        message: `One-word sentence "${word}": likely a machine-translation fragment`,
      });
    }
    return hits;
  },
};
