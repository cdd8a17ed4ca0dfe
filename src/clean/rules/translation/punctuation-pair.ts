/**
 * translation/punctuation-pair — doubled punctuation from translation: "him., in" →
 * "him, in", "in 2018., according" → "in 2018, according", "Lesvos., where" → "Lesvos,
 * where", "said,." → "said.", and at the end of a paragraph "months.," → "months.".
 * Abbreviations keep their period ("U.S., and", "etc., and", "Inc., the", "Calif., and"; the
 * shared list in `src/lexicon/abbreviations.ts`).
 *
 * Linear: every ".," is found with indexOf and the word before it is read backwards over
 * at most MAX_WORD characters.
 */
import { regexEdits, type InlineEdit, type InlineRule } from '../../rule.js';
import { isAbbreviation } from '../../../lexicon/abbreviations.js';

const COMMA_PERIOD = /,\.(?!\.)/g;
const MAX_WORD = 40;

/**
 * Rule `translation/punctuation-pair`: ".," and ",." pairs become one mark (abbreviations keep their period; ".," ending a paragraph becomes ".").
 *
 * @example
 * clean("in front of him., in a room", { rules: [punctuationPairRule] }).text; // "in front of him, in a room"
 */
export const punctuationPairRule: InlineRule = {
  type: 'inline',
  id: 'translation/punctuation-pair',
  category: 'translation-repair',
  description:
    '".," and ",." pairs become one mark (abbreviations keep their period; ".," ending a paragraph becomes ".")',
  requiresChars: ['.', ','],
  find(text) {
    if (!text.includes('.,') && !text.includes(',.')) return [];
    const edits: InlineEdit[] = [];
    for (let at = text.indexOf('.,'); at >= 0; at = text.indexOf('.,', at + 2)) {
      const edit = periodCommaEdit(text, at);
      if (edit) edits.push(edit);
    }
    const commaPeriod = regexEdits(COMMA_PERIOD, text, () => '.').filter(
      (e) => !edits.some((p) => p.start < e.end && e.start < p.end),
    );
    return [...edits, ...commaPeriod].sort((a, b) => a.start - b.start);
  },
};

// The edit for the ".," at `at`: the comma goes at the end of the paragraph; elsewhere the
// period goes after a word that is not an abbreviation or a number.
function periodCommaEdit(text: string, at: number): InlineEdit | null {
  if (text[at + 2] === '.' || text[at + 2] === ',') return null; // ".,." or ".,," runs: leave them
  if (text.length - at <= 5 && /^[\s”"’)]*$/u.test(text.slice(at + 2))) {
    return { start: at + 1, end: at + 2, after: '' }; // "months.," at the end → "months."
  }
  let start = at;
  while (start > 0 && at - start < MAX_WORD && /[\p{L}\p{N}’'-]/u.test(text[start - 1]!)) start--;
  if (start === at || at - start >= MAX_WORD) return null;
  const word = text.slice(start, at);
  if (text[start - 1] === '.') return null; // "U.S.," "e.g.,"
  if (/^\d+$/.test(word)) return { start: at, end: at + 2, after: ',' }; // "2018.," → "2018,"
  if (!/^\p{L}[\p{L}’'-]*$/u.test(word) || word.length < 2 || isAbbreviation(word)) return null;
  // A capitalised word must be long enough not to be an abbreviation ("Lesvos", not "Conn").
  const capitalised = word !== word.toLowerCase();
  if (capitalised && (word.length < 5 || word === word.toUpperCase())) return null;
  return { start: at, end: at + 2, after: ',' };
}
