/**
 * flag/fragment-sentence — a one-word "sentence" after another sentence in the same
 * paragraph ("… in the east. Department."): a translation fragment whose meaning is lost.
 * Flagged, never removed: only a reader can tell what it was. One-word replies that are
 * real sentences ("Yes.", "Exactly.") are not flagged.
 */
import type { FlagHit, FlagRule } from '../../rule.js';

// Starts at the sentence end before the fragment, so the scan only tries at . ! and ?.
const FRAGMENT = /[.!?]["”’]?\s+(\p{Lu}\p{Ll}+\.)(?=\s|$)/gu;
const REAL_ONE_WORD_SENTENCES = new Set(['yes', 'no', 'indeed', 'exactly', 'right', 'thanks', 'absolutely', 'never', 'nothing', 'again', 'period', 'sure', 'okay', 'correct', 'true', 'false', 'agreed', 'enough', 'finally', 'none', 'nobody', 'silence', 'perhaps', 'maybe', 'certainly', 'definitely', 'still', 'ok', 'yep', 'yeah', 'nope', 'wow', 'well', 'oh', 'sorry', 'please', 'why', 'how', 'what', 'really', 'seriously', 'done', 'fine', 'good', 'great']);

// A capitalized abbreviation is no one-word sentence: "… the paper. Mr. Trump said" or
// "Sens. Jeff Merkley". Until the shared abbreviation list lands (src/lexicon), this list.
const ABBREVIATION_WORD = /^(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Drs|Prof|St|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Govs|Sen|Sens|Rep|Reps|Rev|Fr|Jr|Sr|No|Nos|Vol|Fig|Art|Sec|Pres|Amb|Maj|Mt|Ft|Corp|Inc|Ltd|Co|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Ave|Blvd|Hon|Supt|Atty|Insp|Det|Cpl|Pvt|Brig)\.$/;

// "Mr. Biden." or "Gen. Smith.": the period before the word closes an abbreviation or an
// initial, not a sentence.
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Fr|Jr|Sr|No|Vol|Fig|Art|Sec|Pres|Amb|Maj|Mt|Ft|U\.S|U\.K|U\.N|a\.m|p\.m|[A-Z])\.["”’]?\s+$/;

function afterAbbreviation(paragraph: string, wordStart: number): boolean {
  return ABBREVIATION_BEFORE.test(paragraph.slice(Math.max(0, wordStart - 12), wordStart));
}

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
  description: 'One-word sentences inside a paragraph (likely translation fragments)',
  find(paragraph) {
    const hits: FlagHit[] = [];
    FRAGMENT.lastIndex = 0;
    for (let m = FRAGMENT.exec(paragraph); m; m = FRAGMENT.exec(paragraph)) {
      const word = m[1]!;
      const start = m.index + m[0].length - word.length;
      FRAGMENT.lastIndex = start + word.length - 1; // the fragment's own period may end the next sentence
      if (REAL_ONE_WORD_SENTENCES.has(word.slice(0, -1).toLowerCase()) || ABBREVIATION_WORD.test(word)) continue;
      if (afterAbbreviation(paragraph, start)) continue;
      hits.push({ start, end: start + word.length, message: `One-word sentence "${word}": likely a machine-translation fragment` });
    }
    return hits;
  },
};
