/**
 * flag/sentence-break — a sentence boundary lost or misplaced by translation:
 * - a capitalized sentence opener after a lowercase word, with no punctuation between them
 *   ("last month Together He promised them", "said The government"): the period before it was
 *   lost, or a name was translated as a common word. Openers followed by a capital ("told
 *   The Associated Press", "in The Hague") are names and are left alone;
 * (A missing space after a period, "flooded.The river", is repaired by translation/sentence-space.)
 * - a sentence that ends inside a quotation and goes on in lowercase ('within a week.”
 *   to write a new charter'), where translation moved the period or the quote mark.
 *   '?” he asked' and '!” she said' are correct English and are left alone.
 */
import { charBefore } from '../../../core/word-scan.js';
import type { FlagHit, FlagRule } from '../../rule.js';
import { isAbbreviationPeriod } from '../../../lexicon/sentences.js';
import { englishBand } from '../../../lexicon/english-words.js';
import { quotedRegions } from './quoted-regions.js';

// After a word, with a lowercase word after it; the word before is checked in code, and so
// is the lowercase letter before the space (a lookbehind here cost a test at every position).
const OPENER_AFTER_WORD = / (He|She|They|We|The|This|These|Those|However|Meanwhile|According) (?=\p{Ll})/gu;
const LOWERCASE = /\p{Ll}/u;
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])([\p{L}'’]+)$/u;

// The word before an opener: lowercase ("said The"), or a capitalized common English word
// ("month Together He", a translated name). A capitalized rare word is a name ("Zhou He");
// a word with digits a dateline ("May 3rd According").
function breaksBefore(paragraph: string, at: number): boolean {
  const word = WORD_BEFORE.exec(paragraph.slice(Math.max(0, at - 30), at))?.[1];
  if (!word) return false;
  if (word[0] === word[0]!.toLowerCase()) return true;
  return word.slice(1) === word.slice(1).toLowerCase() && englishBand(word.toLowerCase()) >= 5;
}
const PERIOD_QUOTE_LOWER = /\.[”"] (\p{Ll}+)/gu;
// After '.”' a speech tag in lowercase is the writer's comma slip, not translation damage.
const SPEECH_TAG = /^(?:he|she|they|we|i|it|said|says|added|asked|told|according|wrote|explained|noted)$/;

/**
 * Rule `flag/sentence-break`: A sentence break lost or misplaced ("last month Together He promised").
 *
 * @example
 * clean('Last month Together He promised them support.', { rules: [sentenceBreakRule] }).flags[0].text; // 'He'
 */
export const sentenceBreakRule: FlagRule = {
  type: 'flag',
  id: 'flag/sentence-break',
  flagKind: 'sentence-break',
  category: 'grammar',
  confidence: 0.75,
  description: 'A sentence break lost or misplaced ("last month Together He promised")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    let inQuote: ((offset: number) => boolean) | null = null;
    OPENER_AFTER_WORD.lastIndex = 0;
    for (let m = OPENER_AFTER_WORD.exec(paragraph); m; m = OPENER_AFTER_WORD.exec(paragraph)) {
      if (!LOWERCASE.test(charBefore(paragraph, m.index))) {
        OPENER_AFTER_WORD.lastIndex = m.index + 1; // as the lookbehind failing here would
        continue;
      }
      if (!breaksBefore(paragraph, m.index)) continue;
      inQuote ??= quotedRegions(paragraph);
      if (inQuote(m.index)) continue; // a quoted title ("a song called “Love Is All He Needs”")
      const start = m.index + 1;
      hits.push({
        start,
        end: start + m[1]!.length,
        message: `"${m[1]}" opens a sentence inside one: a period was lost before it`,
      });
    }
    PERIOD_QUOTE_LOWER.lastIndex = 0;
    for (let m = PERIOD_QUOTE_LOWER.exec(paragraph); m; m = PERIOD_QUOTE_LOWER.exec(paragraph)) {
      if (SPEECH_TAG.test(m[1]!) || /^(?:https?|www)$/.test(m[1]!) || isAbbreviationPeriod(paragraph, m.index))
        continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: 'The sentence ends inside the quotation and goes on in lowercase: a misplaced period or quote mark',
        confidence: 0.65,
      });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
