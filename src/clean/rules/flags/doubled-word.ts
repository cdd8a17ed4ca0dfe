/**
 * flag/doubled-word — one word written twice in a row ("the war war", "said said"), or on
 * both sides of "and/or", "or" or "and" ("erosion and/or erosion", "weary and weary."): machine translation rendered
 * two source words with one English word. Flagged: which copy or which missing word was
 * meant cannot be known. Articles doubled are repaired by translation/doubled-word.
 *
 * Left alone: words English doubles on purpose — intensifiers and interjections ("very
 * very", "no no", "bye bye"), "had had", "that that", a particle before a preposition ("the
 * house he lived in in 1990", "turned on on Monday") — names ("Duran Duran", "Walla Walla"),
 * "X and X" where English repeats for emphasis ("again and again", "talking and talking",
 * "three and three", "lie and lie and lie") or the second X goes on ("birth and birth
 * certificate"); "may or may not" is a choice.
 */
import { isLetterAt, isWhitespace, WORD_CHAR } from '../../../core/word-scan.js';
import type { FlagHit, FlagRule } from '../../rule.js';
import { FUNCTION_WORDS } from '../../../lexicon/closed-class.js';
import { paragraphWords } from './paragraph-words.js';

// prettier-ignore
const DOUBLED_ON_PURPOSE = new Set([
  'very', 'so', 'no', 'ha', 'bye', 'now', 'well', 'there', 'many', 'much', 'far', 'long', 'really', 'yeah', 'yes',
  'knock', 'tut', 'hush', 'boo', 'blah', 'la', 'ta', 'tsk', 'go', 'bang', 'tick', 'hip', 'beep', 'murmur', 'had',
  'that', 'is', 'was', 'in', 'on', 'up', 'out', 'off', 'down', 'by', 'for', 'with', 'to', 'over', 'through',
  'around', 'about', 'back', 'along', 'away', 'round', 'more', 'wait', 'please', 'never', 'ever', 'what', 'who',
  'why', 'how', 'same', 'night', 'sorry', 'come', 'hey', 'oh', 'ah', 'uh', 'um', 'oops', 'wow', 'beat', 'bla',
  'etc',
]);
// Around "or", a word with "not" after the second copy is a choice ("may or may not").
const OR_NOT = /^\s+not\b/;

const SPACES = /^\s+$/;
// Words English repeats around "and" for emphasis, and number words ("three and three").
// prettier-ignore
const EMPHATIC_AND = new Set([
  'again', 'over', 'round', 'through', 'more', 'less', 'neck', 'time', 'around', 'far', 'side', 'back', 'forth', 'much',
  'many', 'ever', 'now', 'then', 'here', 'there', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);
const WORD_AFTER = /^\s*([\p{L}]+)/u;

const isCapitalized = (w: string) => w[0] !== w[0]!.toLowerCase();

function adjacentHits(paragraph: string, hits: FlagHit[]): void {
  // Adjacent words of the scan with only spaces between them, equal in lowercase.
  const { spans, count } = paragraphWords(paragraph);
  for (let k = 1; k < count; k++) {
    const previousStart = spans[2 * k - 2]!;
    const previousEnd = spans[2 * k - 1]!;
    const start = spans[2 * k]!;
    const end = spans[2 * k + 1]!;
    if (end - start !== previousEnd - previousStart || !sameFirstLetter(paragraph, previousStart, start)) continue;
    const same =
      SPACES.test(paragraph.slice(previousEnd, start)) &&
      paragraph.slice(start, end).toLowerCase() === paragraph.slice(previousStart, previousEnd).toLowerCase();
    if (!same) continue;
    const first = paragraph.slice(previousStart, previousEnd);
    const second = paragraph.slice(start, end);
    const lower = first.toLowerCase();
    const boundary = /[\p{N}-]/u.test(paragraph[previousStart - 1] ?? '') || /[\p{N}-]/u.test(paragraph[end] ?? '');
    // intensifiers, articles (repaired elsewhere), names ("Duran Duran")
    if (
      !boundary &&
      !DOUBLED_ON_PURPOSE.has(lower) &&
      !['the', 'a', 'an', 'and'].includes(lower) &&
      !isCapitalized(second)
    ) {
      hits.push({
        start: previousStart,
        end,
        message: `"${first}" twice in a row: one source word translated twice, or a word lost`,
      });
    }
  }
}

// False only when the words at a and b cannot be equal in lowercase: both start with an ASCII
// letter (every word starts with a letter), and these differ in lowercase. (Only ASCII is
// read: other letters may lowercase to more than one character.)
function sameFirstLetter(text: string, a: number, b: number): boolean {
  const x = text.charCodeAt(a);
  const y = text.charCodeAt(b);
  return x >= 0x80 || y >= 0x80 || (x | 0x20) === (y | 0x20);
}

function conjunctionHits(paragraph: string, hits: FlagHit[]): void {
  // Each "and/or", "or" or "and" standing between spaces, with the same word on both sides
  // (found from the conjunction outward: a regex with a backreference tried at every word
  // start costs far more on long paragraphs). A conjunction between spaces is a word of the
  // paragraph's scan ("and/or" the word "and" before "/or"), so the words are read, not the
  // text searched for "or" and "and", which many words hold ("for", "more", "hand").
  const found: FlagHit[] = [];
  const { spans, count } = paragraphWords(paragraph);
  for (const conjunction of CONJUNCTIONS) {
    // (the word the conjunction opens with, and what follows that word in it: "/or" or nothing)
    const head = conjunction === 'or' ? 2 : 3;
    for (let k = 0; k < count; k++) {
      const at = spans[2 * k]!;
      if (spans[2 * k + 1]! - at !== head || !paragraph.startsWith(conjunction, at)) continue;
      const after = at + conjunction.length;
      if (!isSpaceAt(paragraph, at - 1) || !isSpaceAt(paragraph, after)) continue;
      const hit = conjunctionHit(paragraph, conjunction, at, after);
      if (hit) found.push(hit);
    }
  }
  hits.push(...found);
}

// The hit of the conjunction at `at` (ending at `after`, between spaces), if the same word
// stands on both sides of it.
function conjunctionHit(paragraph: string, conjunction: string, at: number, after: number): FlagHit | null {
  let firstEnd = at - 1;
  while (firstEnd > 0 && isSpaceAt(paragraph, firstEnd - 1)) firstEnd--;
  let start = firstEnd;
  while (start > 0 && isLetterAt(paragraph, start - 1)) start--;
  if (firstEnd - start < 3 || (start > 0 && WORD_CHAR.test(paragraph[start - 1]!))) return null;
  let second = after;
  while (second < paragraph.length && isSpaceAt(paragraph, second)) second++;
  const first = paragraph.slice(start, firstEnd);
  const end = second + first.length;
  if (!paragraph.startsWith(first, second) || (end < paragraph.length && WORD_CHAR.test(paragraph[end]!))) return null;
  if (isCapitalized(first)) return null;
  if (FUNCTION_WORDS.has(first) || OR_NOT.test(paragraph.slice(end, end + 5))) return null;
  if (conjunction === 'and' && !repeatedWithoutEmphasis(paragraph, start, end, first)) return null;
  return {
    start,
    end,
    message: `"${first} ${conjunction} ${first}": two different source words rendered as one`,
  };
}

// prettier-ignore
const CONJUNCTIONS = ['and/or', 'or', 'and'] as const;
// Whitespace as /\s/ reads it, at `i` (false outside the text); read by code, as the
// conjunctions' letters are found inside many words ("for", "more", "hand").
const isSpaceAt = (text: string, i: number) => i >= 0 && i < text.length && isWhitespace(text.charCodeAt(i));

// "X and X" is emphasis when X is a verb, a plural, a comparative or a number ("laughed and
// laughed", "years and years", "bigger and bigger"), when it runs on ("lie and lie and lie"), or
// when the second X modifies the next word ("birth and birth certificate"). What is left
// ("tired and tired.", "the authoritarianism and authoritarianism.") is two source words
// rendered as one.
function repeatedWithoutEmphasis(paragraph: string, start: number, end: number, word: string): boolean {
  if (EMPHATIC_AND.has(word) || (/(?:ed|ing|s|er)$/.test(word) && !/(?:ism|ness|ss)$/.test(word))) return false;
  if (
    /^\s+and\s/.test(paragraph.slice(end, end + 6)) ||
    paragraph.slice(Math.max(0, start - word.length - 6), start).endsWith(`${word} and `)
  )
    return false;
  const next = WORD_AFTER.exec(paragraph.slice(end, end + 30))?.[1];
  return (
    next === undefined || /^\s*[,.;:!?)]/.test(paragraph.slice(end, end + 2)) || FUNCTION_WORDS.has(next.toLowerCase())
  );
}

/**
 * Rule `flag/doubled-word`: One word twice in a row, or on both sides of "and/or" ("erosion and/or erosion").
 *
 * @example
 * clean('the risk of new erosion and/or erosion on the coast', { rules: [doubledWordRule] }).flags[0].text; // 'erosion and/or erosion'
 */
export const doubledWordRule: FlagRule = {
  type: 'flag',
  id: 'flag/doubled-word',
  flagKind: 'doubled-word',
  category: 'doubled-words',
  confidence: 0.8,
  description: 'One word twice in a row, or on both sides of "and/or" ("erosion and/or erosion")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    adjacentHits(paragraph, hits);
    conjunctionHits(paragraph, hits);
    return hits.sort((a, b) => a.start - b.start);
  },
};
