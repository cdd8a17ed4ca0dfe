/**
 * Capitalized phrases of running text that name no person, body or place, read from the words
 * right around them (never the whole text):
 *
 * - common words capitalized as the modifiers of a plural noun ("the Housing, Transit and Budget
 *   committees", "the Water and Power boards"): the noun after the list is the head, the
 *   capitalized words say which ones, as "the finance and budget committees" would;
 * - the two parties of a court case ("Lenmark v. Tessaro"): the case is named, not the parties
 *   (annotators of news leave a case out, as they leave out laws).
 *
 * The tagger, trained on wire copy where a capital mid-sentence is a name, reads each as a body
 * or a person. The rules `none/listed-common-modifiers` and `none/court-case-party` (rules.ts) ask
 * these questions.
 */
import { englishBand } from '../lexicon/english-words.js';
import { isTitleCaseWord } from './candidates.js';
import type { ListAround } from './coordination.js';

/** How common a word must be (english-words band, 9 = the commonest) to read as a modifier in a list. */
const MODIFIER_BAND = 3;

/** A phrase of Title Case common English words ("Rules", "Federal"). */
function isCommonTitleCasePhrase(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= 3 && words.every((w) => isTitleCaseWord(w) && englishBand(w) >= MODIFIER_BAND);
}

/**
 * True when a name of common words stands in a list of such names right before a plural noun
 * in lower case ("Housing, Transit and Budget committees"): the list says which ones of the
 * noun it means. `isName` tells the phrases that do name something wherever they stand (a body's
 * generic name, a place, a known body): a list holding one of them is a list of names
 * ("the Senate and House committees", "the Lenmark and Varnia governments").
 *
 * @example
 * const list = listAround('the Housing, Transit and Budget committees met', 4, 11);
 * isListedCommonModifier('Housing', list, () => false); // true
 * isListedCommonModifier('Housing', listAround('the Housing and Budget met', 4, 11), () => false); // false
 */
export function isListedCommonModifier(text: string, list: ListAround, isName: (phrase: string) => boolean): boolean {
  if (list.items.length === 0 || !/^\p{Ll}{3,}s$/u.test(list.wordAfter) || englishBand(list.wordAfter) < 0)
    return false;
  // an item read with "of" before it ("Members of the Housing") is the words after "of"
  const items = list.items.map((item) => item.split(/ of (?:the )?/u).pop()!);
  return [text, ...items].every((phrase) => isCommonTitleCasePhrase(phrase) && !isName(phrase));
}

/** " v. " between the parties of a court case (a match report writes "v" or "vs."). */
const CASE_VERSUS_AFTER = /^ v\. \p{Lu}/u;
const CASE_VERSUS_BEFORE = /\p{Lu}[\p{L}.'’-]* v\. $/u;

/**
 * True when the name at [start, end) of `source` is a party of a court case: right before or
 * right after " v. " between two capitalized words ("Lenmark v. Tessaro", "Ada Lind v. Board of
 * Trustees").
 *
 * @example
 * isCourtCaseParty('the ruling in Lenmark v. Tessaro stands', 14, 21); // true
 * isCourtCaseParty('the ruling in Lenmark v. Tessaro stands', 25, 32); // true
 * isCourtCaseParty('Lenmark vs. Tessaro kicks off at noon', 0, 7); // false
 */
export function isCourtCaseParty(source: string, start: number, end: number): boolean {
  if (CASE_VERSUS_AFTER.test(source.slice(end, end + 5))) return /\p{L}/u.test(source[end - 1] ?? '');
  const before = source.slice(Math.max(0, start - 40), start);
  return before.endsWith(' v. ') && CASE_VERSUS_BEFORE.test(before) && /^\p{Lu}/u.test(source[start] ?? '');
}
