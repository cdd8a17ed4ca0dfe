/**
 * flag/article-agreement — "a" before a vowel sound or "an" before a consonant sound ('an
 * “strong economy”', 'a economic crisis'): translation chose the article before the word that
 * now follows it. Decided by spelling, with the exceptions spelling gets wrong: "a one-off",
 * "a European", "a university", "an hour", "an honest"; words with a capital inside ("an
 * iPhone", "a mRNA") and capitalized words (acronyms and names: "an FBI agent", "a Uber")
 * are left alone.
 */
import { charBefore, WORD_CHAR } from '../../../core/word-scan.js';
import type { FlagHit, FlagRule } from '../../rule.js';
import { mayHaveLetterPastAscii, paragraphWords } from './paragraph-words.js';

// Not after a word character (tested in code: a lookbehind here cost a test at every position).
const ARTICLE_WORD = /(a|an|A|An) [“"‘(]?(\p{Ll}[\p{Ll}'’-]*)(?![\p{L}\p{N}])/gu;
const CONSONANT_SOUND_VOWEL =
  /^(?:one|once|eu|ewe|uni(?:on|que|t|vers|form|f|lat|corn|sex|son)|us[aeu]|ut(?:il|op)|ur[ai]n|ubiq|uku|unanim|u-)/;
const SILENT_H = /^(?:hour|honest|honou?r|heir|herb)/;
// a-z: 1 for the consonant letters but h
const CONSONANT_NOT_H = Uint8Array.from('abcdefghijklmnopqrstuvwxyz', (c) =>
  'bcdfgjklmnpqrstvwxyz'.includes(c) ? 1 : 0,
);

function wantsAn(word: string): boolean | null {
  // Most words start with a consonant letter other than h, which none of the patterns below
  // but the last can match: answered without them.
  const first = word.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a && CONSONANT_NOT_H[first - 0x61] === 1) return false;
  if (SILENT_H.test(word)) return true;
  if (CONSONANT_SOUND_VOWEL.test(word)) return false;
  if (/^[aeio]/.test(word)) return true;
  if (/^un/.test(word)) return true; // "an unclear", "an unidentified"
  if (/^u/.test(word)) return null; // "an upper", "a urologist": spelling cannot tell
  if (/^[bcdfgjklmnpqrstvwxyzh]/.test(word)) return false;
  return null;
}

// ARTICLE_WORD tried at one place (a word of the scan).
const ARTICLE_AT = new RegExp(ARTICLE_WORD.source, 'uy');

// The hit of an article and the word after it (a match of ARTICLE_WORD), if they disagree.
function judge(paragraph: string, m: RegExpExecArray, hits: FlagHit[]): void {
  const article = m[1]!.toLowerCase();
  const word = m[2]!;
  if (
    word.length < 2 ||
    ((m[1] === 'A' || m[1] === 'An') &&
      m.index > 0 &&
      !/[.!?]["”’]?\s+$|^\s*$/.test(paragraph.slice(Math.max(0, m.index - 4), m.index)))
  )
    return;
  const an = wantsAn(word);
  if (an === null || an === (article === 'an')) return;
  if (article === 'an' && word[0] === 'h') return; // "an historic": old but not broken
  hits.push({
    start: m.index,
    end: m.index + m[0].length,
    message: `"${m[1]}" before "${word}": the article does not fit the word that follows`,
  });
}

/**
 * Rule `flag/article-agreement`: "a" before a vowel sound or "an" before a consonant sound.
 *
 * @example
 * clean('They promise an “strong economy” for all.', { rules: [articleAgreementRule] }).flags[0].text; // 'an “strong'
 */
export const articleAgreementRule: FlagRule = {
  type: 'flag',
  id: 'flag/article-agreement',
  flagKind: 'article-agreement',
  category: 'grammar',
  confidence: 0.75,
  description: '"a" before a vowel sound or "an" before a consonant sound',
  find(paragraph) {
    const hits: FlagHit[] = [];
    if (mayHaveLetterPastAscii(paragraph)) {
      ARTICLE_WORD.lastIndex = 0;
      for (let m = ARTICLE_WORD.exec(paragraph); m; m = ARTICLE_WORD.exec(paragraph)) {
        if (WORD_CHAR.test(charBefore(paragraph, m.index))) {
          ARTICLE_WORD.lastIndex = m.index + 1; // as the lookbehind failing here would
          continue;
        }
        ARTICLE_WORD.lastIndex = m.index + m[1]!.length; // the word may be an article itself
        judge(paragraph, m, hits);
      }
      return hits;
    }
    // Letters in ASCII only: a match the loop above takes (no letter, digit, apostrophe or
    // hyphen before it) opens a word of the paragraph's scan, and that word is the article
    // ("a", "an", "A", "An") with a space after it. So the pattern is tried there only, not at
    // every "a" (words ending in "a" or "an" before a space: "Russia said", "than").
    const { spans, count } = paragraphWords(paragraph);
    for (let k = 0; k < count; k++) {
      const start = spans[2 * k]!;
      const length = spans[2 * k + 1]! - start;
      if (length > 2 || (paragraph.charCodeAt(start) | 0x20) !== 0x61) continue;
      // (the space read only inside the text: a read past its end sends optimized code back)
      const end = start + length;
      if ((length === 2 && paragraph.charCodeAt(start + 1) !== 0x6e) || end === paragraph.length) continue;
      if (paragraph.charCodeAt(end) !== 0x20) continue;
      if (WORD_CHAR.test(charBefore(paragraph, start))) continue;
      ARTICLE_AT.lastIndex = start;
      const m = ARTICLE_AT.exec(paragraph);
      if (m) judge(paragraph, m, hits);
    }
    return hits;
  },
};
