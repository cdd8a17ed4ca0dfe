/**
 * Titles around a name the tagger found: "President | Joe Biden", "Kremlin spokesman |
 * Dmitry Peskov", "Secretary of State | Antony Blinken", "Mr. | Biden", "Pavlo Klimkin, |
 * a former foreign minister". The title is not part of the mention; it types the name
 * (a person), is listed in `Entity.titles` and gives the titled alias ("President Biden").
 *
 * - `titleBefore`: capitalized or lower-case title words right before the name (no
 *   punctuation between, except an honorific's period);
 * - title words the tagger included in a span are split out by spans.ts (`splitTitles`);
 * - appositive titles after the name are in appositive.ts.
 */
import { bare, boundaryBetween, lowercaseTitleBefore, type TitleSpan } from './candidates.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { DIRECTIONS } from '../lexicon/name-parts.js';
import { ADJECTIVE_TITLES, HONORIFICS, RELATION_CUES, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { Token } from './parse.js';
import { isDemonymWord, isPersonNameWord, lexiconTags } from './vocabulary.js';
import { canonicalEntity } from './countries.js';

const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const MAX_TITLE_WORDS = 6;

function isHead(t: Token): boolean {
  const w = bare(t);
  return (TITLE_HEADS.has(w) && !RELATION_CUES.has(w)) || singularTitle(t.text) !== null;
}

/**
 * "a General Waiver", "the Major Leagues": a title that is also an adjective, before a common
 * English word that is nobody's name, is an adjective in a phrase and says nothing of a person.
 *
 * @example
 * const { tokens } = parseText('a General Waiver and General Patton');
 * isAdjectiveTitlePhrase(tokens[1]!, tokens[2]!); // true
 * isAdjectiveTitlePhrase(tokens[4]!, tokens[5]!); // false
 */
export function isAdjectiveTitlePhrase(title: Token, word: Token): boolean {
  return ADJECTIVE_TITLES.has(bare(title)) && isEnglishWord(word.text) && !isPersonNameWord(bare(word));
}

function isModifier(t: Token): boolean {
  const w = bare(t);
  return TITLE_MODIFIERS.has(w) || DIRECTIONS.has(w);
}

/**
 * The title written right before the token `first`, or null. `taken(i)` is true for
 * tokens inside another name (a title never swallows a name: "Kremlin" in "Kremlin
 * spokesman" is its own mention, but the title text still reads "Kremlin spokesman").
 *
 * @example
 * // 'U.S. Secretary of State Antony Blinken said'
 * titleBefore(source, tokens, 4)?.text; // 'U.S. Secretary of State'
 */
export function titleBefore(source: string, tokens: readonly Token[], first: number): TitleSpan | null {
  const k = first - 1;
  const head = tokens[k];
  if (!head) return null;
  const w = bare(head);
  // Honorific: "Mr. Biden", "Dr Smith".
  if (HONORIFICS.has(w) && UPPER_START.test(head.text) && !boundaryOrPeriod(source, head, tokens[first]!)) {
    let end = head.end;
    if (source[end] === '.') end++;
    return { text: source.slice(head.start, end), start: head.start, end, honorific: true, word: w };
  }
  if (boundaryBetween(source, head, tokens[first]!)) return null;
  if (!UPPER_START.test(head.text)) return lowercaseTitleBefore(source, tokens, first);
  // "Secretary of State Antony Blinken": HEAD of X right before the name.
  let from = -1;
  if (isHead(head)) {
    if (isAdjectiveTitlePhrase(head, tokens[first]!)) return null;
    from = k;
  } else if (
    k >= 2 &&
    tokens[k - 1]!.text === 'of' &&
    isHead(tokens[k - 2]!) &&
    !boundaryBetween(source, tokens[k - 2]!, tokens[k - 1]!) &&
    !boundaryBetween(source, tokens[k - 1]!, head)
  )
    from = k - 2;
  if (from < 0) return null;
  let q = from;
  while (q - 1 >= 0 && from - (q - 1) < MAX_TITLE_WORDS) {
    const t = tokens[q - 1]!;
    if (boundaryBetween(source, t, tokens[q]!)) break;
    // "Russian | President Vladimir Putin", "US | Undersecretary of State": a nationality or a country is not part of the title
    if (
      isDemonymWord(t.text) ||
      canonicalEntity(t.text, 'place') ||
      /["“”«»]/u.test(t.text) ||
      (!isHead(t) &&
        lexiconTags(t.text.toLowerCase()).some((g) => g === 'PastTense' || g === 'PresentTense' || g === 'Infinitive'))
    )
      break;
    if (
      isHead(t) ||
      isModifier(t) ||
      (UPPER_START.test(t.text) && !t.sentenceStart) ||
      (UPPER_START.test(t.text) && t.sentenceStart && isModifier(t))
    ) {
      q--;
      if (t.sentenceStart) break;
      continue;
    }
    break;
  }
  return { text: source.slice(tokens[q]!.start, head.end), start: tokens[q]!.start, end: head.end, honorific: false };
}

/**
 * The singular of a plural title head ("Presidents" -> "President", "Ministers" ->
 * "Minister"), or null when the word is no plural title.
 *
 * @example
 * singularTitle('Presidents'); // 'President'
 * singularTitle('President'); // null
 */
export function singularTitle(word: string): string | null {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s') || TITLE_HEADS.has(lower) || HONORIFICS.has(lower)) return null;
  const singular = word.slice(0, -1);
  return TITLE_HEADS.has(singular.toLowerCase()) && !RELATION_CUES.has(singular.toLowerCase()) ? singular : null;
}

// An honorific is followed by its period or by a space only ("Mr. Biden", "Mr Biden").
function boundaryOrPeriod(source: string, a: Token, b: Token): boolean {
  const gap = source.slice(a.end, b.start).replace(/\s+/g, '');
  return !(gap === '' || gap === '.') || source.slice(a.end, b.start).includes('\n');
}
