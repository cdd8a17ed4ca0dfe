/**
 * Is a quotation speech, and is it a whole quoted sentence (`direct`) or a quoted phrase
 * inside reported speech (`partial`)?
 *
 * General rules, no phrase lists:
 * - a quoted sentence starts with a capital and either ends in . ! ? , or runs several words;
 * - a quote opening its sentence, or following a colon, comma, cue or "that", is direct when it
 *   reads as a sentence; anything else with a cue is partial;
 * - a short phrase used as a name inside a noun phrase ("any “red line” point", "a “colossal”
 *   colossus", "so-called “destructive stance”") and a quoted title in Title Case are not
 *   speech unless a reporting clause sits right beside them;
 * - without any cue, only a full quoted sentence counts as speech (a scare quote has no cue).
 */
import { classAt, joinedWordEnd } from '../core/word-scan.js';
import { DETERMINERS, NP_STOP } from './speaker-words.js';
import { CUE_WORDS } from '../lexicon/speech-verbs.js';
import type { AttributionRule } from './attribute.js';
import type { Token } from './frame-tokens.js';

/**
 * Words of a quote (letters or digits).
 *
 * @example
 * wordCount("It's a red line."); // 4
 * wordCount("It's a red line.", 2); // 2 (counting stops at the limit)
 */
export function wordCount(text: string, limit = Infinity): number {
  let n = 0;
  let i = 0;
  while (n < limit && i < text.length) {
    if (classAt(text, i, 'LN') === 0) i++;
    else {
      i = joinedWordEnd(text, i, 'LN', "'’-");
      n++;
    }
  }
  return n;
}

/** The decisions below never look past this many words, so long quotes are not counted to the end. */
const ENOUGH_WORDS = 9;

/**
 * True when the quoted words read as a sentence of speech.
 *
 * @example
 * isSentenceLike('Russia has never planned to attack anyone,'); // true
 * isSentenceLike('red line'); // false
 */
export function isSentenceLike(text: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text);
  if (!first || !/[\p{Lu}\p{N}]/u.test(first[0])) return false;
  const words = wordCount(text, ENOUGH_WORDS);
  if (/[.!?…,]["”’]?$/u.test(text)) return words >= 2;
  return words >= 6 && !isTitleCase(text);
}

/** Words a title leaves lower-case. */
const TITLE_FUNCTION_WORDS = new Set('a an the and or but nor of in on at to for by with from as is'.split(' '));

/**
 * True for a quoted title ("The Art of the Deal", "Full US Support"): most words capitalized.
 *
 * @example
 * isTitleCase('The Art of the Deal'); // true
 */
export function isTitleCase(text: string): boolean {
  // words: a letter, then letters, apostrophes and hyphens (at most 9 are read)
  const words: string[] = [];
  let i = 0;
  while (i < text.length && words.length <= 8) {
    if (classAt(text, i, 'L') === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      const n = classAt(text, i, 'L');
      if (n > 0) i += n;
      else if (text[i] === "'" || text[i] === '’' || text[i] === '-') i++;
      else break;
    }
    words.push(text.slice(start, i));
  }
  const content = words.filter((w) => !TITLE_FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || content.length < 2 || words.length > 8) return false;
  return content.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * True when a short phrase is used as a term inside a noun phrase: after "so-called", or after
 * a determiner or possessive with the noun phrase going on after it ("any “red line” point",
 * "a “breefing” that took place"). "described it as a “crazy system”." stays a quote.
 */
function isTermUse(tokens: readonly Token[], qi: number, text: string): boolean {
  if (wordCount(text, 3) > 2) return false;
  // Punctuation inside the marks ends the phrase: “strong leader,” is not a modifier of what follows.
  if (/[,.;:!?]["”’]?$/u.test(text)) return false;
  const prev = tokens[qi - 1];
  if (!prev) return false;
  if (prev.lower === 'so-called') return true;
  // The noun phrase goes on after the quote ("point", "that took place" does not: a clause).
  const next = tokens[qi + 1];
  if (!next || next.kind !== 'word' || NP_STOP.has(next.lower)) return false;
  if (prev.kind === 'punct' && (prev.text === "'" || prev.text === '’')) return /s$/u.test(tokens[qi - 2]?.lower ?? ''); // countries' “curtailed”
  if (prev.kind !== 'word') return false;
  return (
    DETERMINERS.has(prev.lower) || prev.lower === 'so-called' || prev.lower.endsWith('’s') || prev.lower.endsWith("'s")
  );
}

/**
 * True when a quote's first letter or digit is a capital or a digit: it opens a sentence
 * ("“We will respond,” …"), where a lower-case one continues the writer's ("called it “a farce”").
 *
 * @example
 * opensCapitalized('“We will respond,”'); // true
 * opensCapitalized('a farce'); // false
 */
export function opensCapitalized(text: string): boolean {
  return OPENS_CAPITALIZED.test(text);
}
const OPENS_CAPITALIZED = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;

/**
 * Decides whether a quote is speech and its kind. Returns null for a scare quote or title.
 * `sentenceLike` is `isSentenceLike(text)`, for a caller who has it already.
 *
 * @example
 * quoteKind('Russia has never planned to attack anyone,', tokens, 0, 'after'); // 'direct'
 */
export function quoteKind(
  text: string,
  tokens: readonly Token[],
  qi: number,
  rule: AttributionRule | null,
  sentenceLike = isSentenceLike(text),
): 'direct' | 'partial' | null {
  const words = wordCount(text, ENOUGH_WORDS);
  if (rule === null) {
    return sentenceLike && words >= 4 && (/[.!?…]["”’]?$/u.test(text) || words >= 8) ? 'direct' : null;
  }
  if (rule === 'continuation' || rule === 'context') return sentenceLike ? 'direct' : null;
  // A Title Case phrase after a word ("on “Face the Nation,”", "called it “Lyin' Ted.”") is a title or a name.
  const afterWord =
    tokens[qi - 1]?.kind === 'word' &&
    tokens[qi - 1]!.lower !== 'that' &&
    CUE_WORDS.get(tokens[qi - 1]!.lower) !== 'reporting';
  if (isTitleCase(text) && (afterWord || (rule !== 'after' && !/[.!?,]$/u.test(text)))) return null;
  if (rule !== 'after' && isTermUse(tokens, qi, text)) return null;
  const prev = tokens[qi - 1];
  const capital = opensCapitalized(text);
  // “It would be crazy”, a source told …: a capitalized quote before its reporting clause is a sentence.
  if (rule === 'after' && capital && (!prev || prev.kind !== 'word')) return 'direct';
  if (!sentenceLike) return 'partial';
  const opensClause =
    !prev || prev.kind !== 'word' || prev.lower === 'that' || CUE_WORDS.get(prev.lower) === 'reporting';
  return opensClause ? 'direct' : 'partial';
}
