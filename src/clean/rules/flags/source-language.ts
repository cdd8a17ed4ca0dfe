/**
 * Words of the source language left in an English translation.
 *
 * flag/source-script — letters of another script inside English prose ("an incompetent group (无能)"):
 * Han, Hangul, Kana, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari. A single Greek letter
 * is a symbol ("α-synuclein"), not a leftover. Whole paragraphs in another language are
 * removed by foreign-language/passage; this flags what is left inside English paragraphs.
 *
 * flag/source-language-word — a Latin-script word English does not have and the source
 * language does:
 * - an elided article or preposition glued to a lowercase English word ("L’unemployment"), a
 *   French or Italian habit English never has; names ("D’Angelo", "L’Oréal", "O’Brien") have a
 *   capital after the mark, and "coup d’état" is a loan;
 * - a function word of French, Spanish, German, Italian, Dutch or Portuguese that English does
 *   not have ("und", "della", "les"), when no capitalized word stands beside it (then it is a
 *   name particle: "Piero della Francesca", "Los Angeles"), or when it ends a hyphenated
 *   compound ("Schmidt-Aus");
 * - a lowercase word with marks of Spanish, Portuguese, Italian or Central European spelling,
 *   unknown as English even without them ("dirección", "município"; French loans such as
 *   "crudité" and "café" keep their marks in English and are left alone).
 */
import { AsciiKeySet, lowercaseWordKey, asciiWordKeys, charBefore, isLetterAt } from '../../../core/word-scan.js';
import type { FlagHit, FlagRule } from '../../rule.js';
import { FOREIGN_FUNCTION_WORDS } from '../../../lexicon/closed-class.js';
import { englishBand } from '../../../lexicon/english-words.js';
import { stripMarks } from '../../../lexicon/pattern.js';
import { mayHaveLetterPastAscii, paragraphWords } from './paragraph-words.js';

// Runs of letters in scripts English prose does not use (with the spaces between them).
const SCRIPT_RUN =
  /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}](?:[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{M}]|\s(?=[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]))*/gu;
const SINGLE_SYMBOL = /^[\p{Script=Greek}\p{Script=Cyrillic}]$/u;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Rule `flag/source-script`: Letters of another script inside English prose ("(无能)").
 *
 * @example
 * clean('He called them an incompetent group (无能), not a party.', { rules: [sourceScriptRule] }).flags[0].text; // '无能'
 */
export const sourceScriptRule: FlagRule = {
  type: 'flag',
  id: 'flag/source-script',
  flagKind: 'source-script',
  category: 'untranslated',
  confidence: 0.7,
  description: 'Letters of another script inside English prose ("(无能)")',
  find(paragraph) {
    if (!/[^\u0000-\u024f\u2000-\u206f]/.test(paragraph) || !LATIN_LETTER.test(paragraph)) return [];
    const hits: FlagHit[] = [];
    SCRIPT_RUN.lastIndex = 0;
    for (let m = SCRIPT_RUN.exec(paragraph); m; m = SCRIPT_RUN.exec(paragraph)) {
      if (SINGLE_SYMBOL.test(m[0])) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${m[0]}" is in another script: source-language text left in the translation`,
      });
    }
    return hits;
  },
};

// The elided word, not inside a longer word: the character before it is no letter or digit
// (NOT_AFTER, tested in code on each match: a lookbehind here cost a test at every position).
const ELIDED = /(?:[LlDd]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all|[Qq]u|[Uu]n)['’](\p{L}{3,})/gu;
const NOT_AFTER = /[\p{L}\p{N}]/u;
// What every ELIDED match holds: the last letter of one of its words (l, d, u, n; L, D), the
// mark and three letters. Most paragraphs have marks only in "’s" and "n’t", and skip ELIDED's
// alternation tried at every position.
const ELIDED_CUE = /[LlDdun]['’]\p{L}{3}/u;
// prettier-ignore
const LOAN_TAILS = new Set(['état', 'etat', 'oeuvre', 'oeuvres', 'œuvre', 'œuvres', 'hôte', 'hote', 'être', 'etre', 'honneur', 'affaires']);
// Marks English loans do not carry (French loans keep é, è, ê, à, ç, ô: "crudité", "façade").
const FOREIGN_MARKS = /[ñãõßøåłęąőűřčšžěůığşáíóúì]/u;

const isCapitalized = (w: string) => w.length > 0 && w[0] !== w[0]!.toLowerCase();

function elisionHits(paragraph: string, hits: FlagHit[]): void {
  if ((!paragraph.includes('’') && !paragraph.includes("'")) || !ELIDED_CUE.test(paragraph)) return;
  ELIDED.lastIndex = 0;
  for (let m = ELIDED.exec(paragraph); m; m = ELIDED.exec(paragraph)) {
    if (NOT_AFTER.test(charBefore(paragraph, m.index))) {
      ELIDED.lastIndex = m.index + 1; // as the lookbehind failing here would
      continue;
    }
    const tail = m[1]!;
    if (LOAN_TAILS.has(tail.toLowerCase())) continue;
    // A lowercase English word after the mark: an article glued to a translated word
    // (a capital after it is a name: "D’Angelo", "d’Alembert").
    if (tail !== tail.toLowerCase() || englishBand(tail) < 1) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" keeps the source language's elided article: untranslated`,
    });
  }
}

// The word before `start` and the word after `end` (letters only), or ''.
function neighbours(paragraph: string, start: number, end: number): [string, string] {
  let b = start - 1;
  while (b >= 0 && !isLetterAt(paragraph, b)) b--;
  let bs = b;
  while (bs >= 0 && isLetterAt(paragraph, bs)) bs--;
  let a = end;
  while (a < paragraph.length && !isLetterAt(paragraph, a)) a++;
  let ae = a;
  while (ae < paragraph.length && isLetterAt(paragraph, ae)) ae++;
  return [b >= 0 ? paragraph.slice(bs + 1, b + 1) : '', paragraph.slice(a, ae)];
}

// The function words written in a-z, by asciiWordKey: a word of a-z letters only (most words
// of English prose) can hit nothing else (FOREIGN_MARKS are none of them), so it is looked up
// by number and no string is made for it.
const FOREIGN_KEYS = new AsciiKeySet(asciiWordKeys(FOREIGN_FUNCTION_WORDS.keys()));

// The function words by their first two letters (a-z), as a bit per length (2 to 12 letters:
// wordHits reads no other word). A cheap necessary condition of a word being one of them.
const FOREIGN_PREFIXES = new Uint16Array(26 * 26);
for (const word of FOREIGN_FUNCTION_WORDS.keys()) {
  const slot = prefixSlot(word, 0);
  if (slot >= 0 && word.length <= 12) FOREIGN_PREFIXES[slot]! |= 1 << word.length;
}
// The slot of the two letters at `at` when both are a-z, else -1.
function prefixSlot(text: string, at: number): number {
  const a = text.charCodeAt(at) - 0x61;
  const b = text.charCodeAt(at + 1) - 0x61;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

function wordHits(paragraph: string, hits: FlagHit[]): void {
  const { spans, count } = paragraphWords(paragraph);
  // In a paragraph of ASCII letters a word opening in lowercase hits only as a function word
  // (FOREIGN_MARKS are past ASCII): one whose first two letters and length are a function word's.
  const asciiLetters = !mayHaveLetterPastAscii(paragraph);
  for (let k = 0; k < count; k++) {
    const start = spans[2 * k]!;
    const end = spans[2 * k + 1]!;
    if (end - start < 2 || end - start > 12) continue;
    const first = paragraph.charCodeAt(start);
    if (first >= 0x41 && first <= 0x5a && paragraph[start - 1] !== '-') continue; // a name or a sentence start
    if (asciiLetters && first >= 0x61 && first <= 0x7a) {
      const slot = prefixSlot(paragraph, start);
      if (slot < 0 || (FOREIGN_PREFIXES[slot]! & (1 << (end - start))) === 0) continue;
    }
    const key = lowercaseWordKey(paragraph, start, end);
    if (key >= 0 && !FOREIGN_KEYS.has(key)) continue;
    const word = paragraph.slice(start, end);
    if (first >= 0x41 && first <= 0x5a) {
      // Capitalized: a name or a sentence start, unless it ends a hyphenated compound with a
      // source-language word ("Schmidt-Aus", German "the end of Schmidt").
      const language =
        paragraph[start - 1] === '-' && start > 1 && isLetterAt(paragraph, start - 2)
          ? FOREIGN_FUNCTION_WORDS.get(word.toLowerCase())
          : undefined;
      // ("University of Nevada-Las Vegas": a capitalized word after it continues a name)
      if (
        language &&
        !isLetterAt(paragraph, end) &&
        paragraph[end] !== '-' &&
        !/^\s+\p{Lu}/u.test(paragraph.slice(end, end + 3))
      ) {
        hits.push({
          start,
          end,
          message: `"${word}" is a ${language} word ending a compound: untranslated`,
          confidence: 0.6,
        });
      }
      continue;
    }
    const language = FOREIGN_FUNCTION_WORDS.get(word);
    if (language) {
      const [before, after] = neighbours(paragraph, start, end);
      if (isCapitalized(before) || isCapitalized(after) || before === '' || after === '') continue;
      hits.push({ start, end, message: `"${word}" is a ${language} function word: untranslated`, confidence: 0.6 });
      continue;
    }
    if (
      word.length >= 4 &&
      FOREIGN_MARKS.test(word) &&
      !LOAN_TAILS.has(word.slice(Math.max(word.lastIndexOf('’'), word.lastIndexOf("'")) + 1)) &&
      word === word.toLowerCase() &&
      englishBand(word) < 0 &&
      englishBand(stripMarks(word)) < 0
    ) {
      hits.push({ start, end, message: `"${word}" is no English word: likely left untranslated`, confidence: 0.5 });
    }
  }
}

/**
 * Rule `flag/source-language-word`: Source-language words left in English ("L’unemployment", "und").
 *
 * @example
 * clean('L’unemployment keeps rising, the agency said.', { rules: [sourceLanguageWordRule] }).flags[0].text; // 'L’unemployment'
 */
export const sourceLanguageWordRule: FlagRule = {
  type: 'flag',
  id: 'flag/source-language-word',
  flagKind: 'source-language-word',
  category: 'untranslated',
  confidence: 0.8,
  description: 'Source-language words left in English ("L’unemployment", "und")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    elisionHits(paragraph, hits);
    wordHits(paragraph, hits);
    return hits.sort((a, b) => a.start - b.start);
  },
};
