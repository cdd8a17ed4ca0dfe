/**
 * Names in a text that is not English. The tagger and compromise read English: in a
 * Portuguese or Indonesian article they still find the names ("Carlos Mendes", "Jakarta",
 * "PSDB"), but every capitalized word they do not know looks like one too: a verb or an
 * adverb opening a sentence ("Veja", "Bukan"), a button left on the page, a month ("Maret"),
 * a section heading. What English words tell the tagger, the language's own evidence tells
 * here:
 *
 * - two names joined by the language's "and" or "or" are two ("Sri Mulyani dan Prabowo";
 *   the words come from the runtime's CLDR list patterns), and a name ends at a sentence's end
 *   and, in Turkish and Azerbaijani, at a case ending behind an apostrophe ("Ankara’da", which
 *   is cut off);
 * - a name neither opens nor ends with one of the language's stopwords ("Segundo Carlos
 *   Mendes" → "Carlos Mendes"): stopwords-iso lists, as the page extractor reads them;
 * - a name of one word is kept only with evidence that holds in any language: an acronym,
 *   a country, body or city of the gazetteers, or the word capitalized in the middle of a
 *   sentence somewhere in the text (not only where a capital says nothing: a sentence
 *   start, a heading, a line of its own; and not in German, which capitalizes every noun) —
 *   and never when it is a stopword or a month's or weekday's full name in some language.
 *
 * Names of two words or more are otherwise kept as the tagger found them: a run of
 * capitalized words is a name in every language written with capitals — except where every
 * noun has a capital, and a run of them is as likely a noun phrase ("Kosten der Maßnahmen",
 * "800 Millionen Euro"): there a name of two words or more never follows a number, and one
 * holding a lower-case word ("der") needs a gazetteer entry, an acronym or a given name
 * ("Ursula von der Leyen").
 */
import { isCalendarName } from '../lexicon/localized-months.js';
import { conjunctionsOf } from '../lexicon/conjunctions.js';
import { stopwordsOf } from '../language/stopwords.js';
import type { Candidate } from './candidates.js';
import { isCityName } from './cities.js';
import { canonicalEntity } from './countries.js';
import type { Token } from './parse.js';
import { isGivenNameWord } from './vocabulary.js';

/**
 * Languages that write every noun with a capital (German, Luxembourgish): there a single
 * word capitalized mid-sentence ("Gesetz", "Pressekonferenz") is as likely a common noun.
 */
const CAPITALIZES_NOUNS: ReadonlySet<string> = new Set(['deu', 'ltz']);
const NO_WORDS: ReadonlySet<string> = new Set();

/** Two or more capitals and no lower-case letter: "PSDB", "EUA", "PT", "G20". */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}&.-]+$/u;

/**
 * The names a candidate of a text in `language` (ISO 639-3, not English) holds on evidence
 * that does not depend on English: split at the language's "and"/"or", the language's
 * stopwords trimmed off each part's edges, and a part of one word dropped without such
 * evidence (see the module header). `capitalizedMid` holds the lower-case forms of the
 * words the text capitalizes mid-sentence.
 *
 * @example
 * // "Veja como Carlos Mendes ...": "Veja", a verb opening the sentence, is no name
 * foreignTextCandidates(source, tokens, cand, 'por', capitalizedMid); // [] for "Veja"
 */
export function foreignTextCandidates(
  source: string,
  tokens: readonly Token[],
  cand: Candidate,
  language: string,
  capitalizedMid: ReadonlySet<string>,
): Candidate[] {
  const stopwords = stopwordsOf(language);
  const conjunctions = conjunctionsOf(language);
  // Where every noun takes a capital, a capital mid-sentence says nothing of a name.
  const nounsCapitalized = CAPITALIZES_NOUNS.has(language);
  const suffixed = APOSTROPHE_SUFFIX_LANGUAGES.has(language);
  const midEvidence = nounsCapitalized ? NO_WORDS : capitalizedMid;
  const lower = (i: number): string => tokens[i]!.text.toLowerCase();
  // The tagger's run is cut where a name ends: at the language's "and"/"or" (the word dropped),
  // after a word that ends a sentence, and after a word carrying a suffix (endsName).
  const parts: Array<[number, number]> = [];
  let from = cand.first;
  for (let i = cand.first; i < cand.last; i++) {
    if (i > cand.first && conjunctions.has(lower(i))) {
      parts.push([from, i - 1]);
      from = i + 1;
    } else if (endsName(tokens[i]!, suffixed)) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  parts.push([from, cand.last]);
  const out: Candidate[] = [];
  for (let [first, last] of parts) {
    while (first <= last && stopwords?.has(lower(first))) first++;
    while (last >= first && stopwords?.has(lower(last))) last--;
    if (first > last) continue;
    if (first === last && !isNameWord(nameOf(tokens[first]!, suffixed), midEvidence)) continue;
    if (first < last && nounsCapitalized && !isNounCapitalName(source, tokens, first, last)) continue;
    const suffix = suffixed ? SUFFIXED.exec(tokens[last]!.text) : null;
    const start = first === cand.first ? cand.start : tokens[first]!.start;
    const end = suffix ? tokens[last]!.start + suffix[1]!.length : last === cand.last ? cand.end : tokens[last]!.end;
    if (start === cand.start && end === cand.end) {
      out.push(cand);
      continue;
    }
    const part: Candidate = { first, last, start, end, text: source.slice(start, end) };
    if (cand.title && first === cand.first) part.title = cand.title;
    out.push(part);
  }
  return out;
}

// A capitalized word with a suffix behind an apostrophe: the suffix is no part of the name
// (Turkish "Ankara’da", "Macron’un"), and the name ends there. "O’Brien" has none.
// Only in the languages whose spelling puts a proper noun's case endings behind an apostrophe:
// elsewhere the apostrophe may be the name's own (Indonesian "Qur’an", "Syi’ah").
const SUFFIXED = /^(\p{Lu}[\p{L}\p{M}]*)['’]\p{Ll}+$/u;
const APOSTROPHE_SUFFIX_LANGUAGES: ReadonlySet<string> = new Set(['tur', 'aze']);
const nameOf = (token: Token, suffixed: boolean): string =>
  (suffixed ? SUFFIXED.exec(token.text)?.[1] : undefined) ?? token.text;

// Where a name ends inside the tagger's run: after a word of two letters or more followed by a
// full stop, question or exclamation mark (compromise reads English abbreviations into other
// languages' sentence ends, "hôm thứ Ba. Ngân hàng"; an initial, "J.", ends no sentence), and
// after a word carrying a suffix (SUFFIXED).
const TWO_LETTERS = /\p{L}[\p{M}]*\p{L}/u;
function endsName(token: Token, suffixed: boolean): boolean {
  return (/[.!?]/.test(token.post) && TWO_LETTERS.test(token.text)) || (suffixed && SUFFIXED.test(token.text));
}

// A run of two words or more in a language that capitalizes every noun (see the module header):
// no name right after a number; with a lower-case word inside, a name only on evidence.
const NUMBER = /^\d[\d.,]*$/;
const LOWER_START = /^\p{Ll}/u;
function isNounCapitalName(source: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (first > 0 && NUMBER.test(tokens[first - 1]!.text)) return false;
  let lowerInside = false;
  for (let i = first + 1; i < last; i++) if (LOWER_START.test(tokens[i]!.text)) lowerInside = true;
  if (!lowerInside) return true;
  const text = source.slice(tokens[first]!.start, tokens[last]!.end);
  if (inGazetteer(text)) return true;
  for (let i = first; i <= last; i++) {
    const word = tokens[i]!.text;
    if (ACRONYM.test(word) || isGivenNameWord(word.toLowerCase())) return true;
  }
  return false;
}

/** A country, body, company or city of the gazetteers, as written. */
const inGazetteer = (name: string): boolean => Boolean(canonicalEntity(name)) || isCityName(name);

/** A single word that is a name whatever the language: see the module header. */
function isNameWord(word: string, capitalizedMid: ReadonlySet<string>): boolean {
  if (ACRONYM.test(word)) return true;
  if (isCalendarName(word)) return false;
  if (inGazetteer(word)) return true;
  return capitalizedMid.has(word.toLowerCase());
}
