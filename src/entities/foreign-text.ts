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
 *
 * What the tagger runs together in another language is cut apart with the language's own words
 * (lexicon/foreign-name-words.ts): a title before a name is no part of it but the name's title
 * ("Almanya Başbakanı Olaf Scholz" → "Almanya", "Olaf Scholz" titled "Almanya Başbakanı";
 * "EU-Kommissionspräsidentin Ursula von der Leyen"), also when it stands right before the run
 * (Vietnamese "Thủ tướng Phạm Minh Chính"); a country's name in the language opening a run
 * before a title or a name is a name of its own ("Việt Nam Phạm Minh Chính", the country from
 * i18n-iso-countries: countries-localized.ts); a preposition opening a sentence is no part of
 * the name after it (Vietnamese "Theo"); and a body's name runs on where the language writes it
 * on past the capitals ("Bộ Tài chính", "Bundesagentur für Arbeit").
 */
import { isCalendarName } from '../lexicon/localized-months.js';
import { conjunctionsOf } from '../lexicon/conjunctions.js';
import { stopwordsOf } from '../language/stopwords.js';
import type { Candidate, TitleSpan } from './candidates.js';
import { isCityName } from './cities.js';
import { canonicalEntity } from './countries.js';
import type { Token } from './parse.js';
import { isGivenNameWord } from './vocabulary.js';
import { localizedCountry } from './countries-localized.js';
import { NAME_PARTICLES } from '../lexicon/name-parts.js';
import {
  LEADING_WORDS,
  ORGANIZATION_ENDINGS,
  ORGANIZATION_LINKS,
  ORGANIZATION_OPENERS,
  TITLE_ENDINGS,
  TITLE_PHRASES,
  headEndsWithOneOf,
  foreignBodyName,
  wordsOf,
} from '../lexicon/foreign-name-words.js';

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
  const leading = wordsOf(LEADING_WORDS, language);
  const read = readerOf(source, tokens, language);
  const out: Candidate[] = [];
  for (let [from, to] of parts) {
    while (from <= to && (stopwords?.has(lower(from)) || leading.includes(lower(from)))) from++;
    while (to >= from && stopwords?.has(lower(to))) to--;
    if (from > to) continue;
    for (const piece of read.pieces(from, to)) {
      const { first, body } = piece;
      const last = body ? read.bodyEnd(first, piece.last) : piece.last;
      // a body's name holding its link word ("Bundesamt für Statistik") needs no other evidence
      const whole =
        body === true && (last > piece.last || tokens.slice(first, last + 1).some((t) => LOWER_START.test(t.text)));
      if (first === last && !whole && !isNameWord(nameOf(tokens[first]!, suffixed), midEvidence, language)) continue;
      if (first < last && !whole && nounsCapitalized && !isNounCapitalName(source, tokens, first, last, language))
        continue;
      const suffix = suffixed ? SUFFIXED.exec(tokens[last]!.text) : null;
      const start = first === cand.first ? cand.start : tokens[first]!.start;
      const end = suffix ? tokens[last]!.start + suffix[1]!.length : last === cand.last ? cand.end : tokens[last]!.end;
      if (start === cand.start && end === cand.end && !piece.title) {
        out.push(cand);
        continue;
      }
      const part: Candidate = { first, last, start, end, text: source.slice(start, end) };
      if (piece.title) part.title = piece.title;
      else if (cand.title && first === cand.first) part.title = cand.title;
      out.push(part);
    }
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
function isNounCapitalName(
  source: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  language: string,
): boolean {
  if (first > 0 && NUMBER.test(tokens[first - 1]!.text)) return false;
  let lowerInside = false;
  for (let i = first + 1; i < last; i++) if (LOWER_START.test(tokens[i]!.text)) lowerInside = true;
  if (!lowerInside) return true;
  const text = source.slice(tokens[first]!.start, tokens[last]!.end);
  if (inGazetteer(text, language)) return true;
  for (let i = first; i <= last; i++) {
    const word = tokens[i]!.text;
    if (ACRONYM.test(word) || isGivenNameWord(word.toLowerCase())) return true;
  }
  return false;
}

/** A country, body, company or city of the gazetteers, or a country's name in the language, as written. */
const inGazetteer = (name: string, language: string): boolean =>
  Boolean(canonicalEntity(name)) || isCityName(name) || localizedCountry(name, language) !== null;

/** A single word that is a name whatever the language: see the module header. */
function isNameWord(word: string, capitalizedMid: ReadonlySet<string>, language: string): boolean {
  if (ACRONYM.test(word)) return true;
  if (isCalendarName(word)) return false;
  if (inGazetteer(word, language)) return true;
  return capitalizedMid.has(word.toLowerCase());
}

/** A piece of a run: a name, with the title written before it, or a body's name that may run on (`body`). */
interface Piece {
  first: number;
  last: number;
  title?: TitleSpan;
  body?: boolean;
}

const UPPER_START = /^\p{Lu}/u;
/** Longest country name, in words, looked for at a run's start ("Amerika Birleşik Devletleri"). */
const COUNTRY_WORDS = 4;

/**
 * The language's words around names over one text (see the module header): titles, a country
 * opening a run, bodies' heads and openers.
 */
function readerOf(source: string, tokens: readonly Token[], language: string) {
  const titleEndings = wordsOf(TITLE_ENDINGS, language);
  const titlePhrases = wordsOf(TITLE_PHRASES, language).map((p) => p.split(' '));
  const openers = wordsOf(ORGANIZATION_OPENERS, language).map((p) => p.split(' '));
  const orgEndings = wordsOf(ORGANIZATION_ENDINGS, language);
  const links = wordsOf(ORGANIZATION_LINKS, language);
  const lower = (i: number): string => tokens[i]!.text.toLowerCase();
  // only spaces between two tokens: no punctuation, no line break
  const spaced = (i: number): boolean =>
    i + 1 < tokens.length && /^[^\S\n]+$/.test(source.slice(tokens[i]!.end, tokens[i + 1]!.start));
  /** A title word ("Cumhurbaşkanı", "EU-Kommissionspräsidentin": the compound's head after a hyphen). */
  const isTitleWord = (i: number): boolean => titleEndings.length > 0 && headEndsWithOneOf(lower(i), titleEndings);
  /** Length in words of a phrase of `phrases` ending at token `end` (0 when none). */
  const phraseEndingAt = (end: number, phrases: ReadonlyArray<readonly string[]>): number => {
    for (const p of phrases) {
      const begin = end - p.length + 1;
      if (begin < 0) continue;
      let ok = true;
      for (let k = 0; k < p.length && ok; k++)
        ok = lower(begin + k) === p[k] && (k === p.length - 1 || spaced(begin + k));
      if (ok) return p.length;
    }
    return 0;
  };
  /** Last token of a country's name in the language opening at `from` and ending by `to`, or -1. */
  const countryAt = (from: number, to: number): number => {
    for (let end = Math.min(to, from + COUNTRY_WORDS - 1); end >= from; end--)
      if (localizedCountry(source.slice(tokens[from]!.start, tokens[end]!.end), language)) return end;
    return -1;
  };
  const span = (a: number, b: number): TitleSpan => ({
    text: source.slice(tokens[a]!.start, tokens[b]!.end),
    start: tokens[a]!.start,
    end: tokens[b]!.end,
    honorific: false,
  });
  /** The title written right before token `first`, past a country's name ("Tổng thống Mỹ | Joe Biden"). */
  const titleBefore = (first: number): TitleSpan | undefined => {
    let j = first - 1;
    if (j < 0 || !spaced(j)) return undefined;
    const end = j;
    for (let k = Math.max(0, j - COUNTRY_WORDS + 1); k <= j; k++)
      if (k > 0 && spaced(k - 1) && countryAt(k, j) === j) {
        j = k - 1;
        break;
      }
    if (j < 0 || (j !== end && !spaced(j))) return undefined;
    if (isTitleWord(j)) return span(j, end);
    const n = phraseEndingAt(j, titlePhrases);
    return n > 0 ? span(j - n + 1, end) : undefined;
  };
  /** Whether a body's name opens at `first`: an opener followed by a capitalized word. */
  const opensBody = (first: number): boolean =>
    openers.some(
      (p) =>
        first + p.length < tokens.length &&
        phraseEndingAt(first + p.length - 1, [p]) === p.length &&
        spaced(first + p.length - 1) &&
        UPPER_START.test(tokens[first + p.length]!.text),
    );
  const headsBody = (last: number): boolean => orgEndings.length > 0 && headEndsWithOneOf(lower(last), orgEndings);
  return {
    /**
     * The pieces of the run [from, to]: split at title words and after a country's name that
     * opens it before a title or a name.
     */
    pieces(from: number, to: number): Piece[] {
      const out: Piece[] = [];
      let title = titleBefore(from);
      for (let i = from; i <= to; i++) {
        // a title of several words opening inside the run and running past it ("Bộ | trưởng"): the run ends before it
        if (
          titlePhrases.some((p) => p.length > 1 && i + p.length - 1 > to && phraseEndingAt(i + p.length - 1, [p]) > 0)
        ) {
          to = i - 1;
          break;
        }
        if (!isTitleWord(i)) continue;
        // a country opening the words before the title is a name; the other words modify the title
        const c = i > from ? countryAt(from, i - 1) : -1;
        if (c >= 0) out.push({ first: from, last: c });
        title = span(c >= 0 ? c + 1 : from, i);
        from = i + 1;
      }
      if (from > to) return out;
      const c = countryAt(from, to);
      if (c >= 0 && c < to && (title || isGivenNameWord(lower(c + 1)))) {
        out.push({ first: from, last: c });
        from = c + 1;
      }
      const piece: Piece = { first: from, last: to };
      if (title) {
        piece.title = title;
        // a titled name runs on over its particles, which the tagger leaves out ("Ursula | von der Leyen")
        let k = to;
        while (spaced(k) && NAME_PARTICLES.has(lower(k + 1))) k++;
        if (k > to && spaced(k) && UPPER_START.test(tokens[k + 1]!.text)) piece.last = k + 1;
      }
      const words = tokens.slice(from, to + 1).map((t) => t.text.toLowerCase());
      if (opensBody(from) || headsBody(to) || foreignBodyName(words, language)) piece.body = true;
      out.push(piece);
      return out;
    },
    /**
     * Where a body's name [first, last] ends: in Vietnamese, each capitalized syllable past the
     * run takes at most one lower-case syllable ("Bộ Tài | chính", "Ngân | hàng Trung ương");
     * in German, a link word and the capitalized words after it ("Bundesagentur | für Arbeit").
     */
    bodyEnd(first: number, last: number): number {
      let end = last;
      if (openers.length > 0 && opensBody(first)) {
        while (spaced(end)) {
          const next = tokens[end + 1]!.text;
          if (UPPER_START.test(next) || (LOWER_START.test(next) && UPPER_START.test(tokens[end]!.text))) end++;
          else break;
        }
      } else if (links.length > 0 && headsBody(last) && spaced(last) && links.includes(lower(last + 1))) {
        let k = last + 1;
        while (spaced(k) && UPPER_START.test(tokens[k + 1]!.text)) k++;
        if (k > last + 1) end = k;
      }
      return end;
    },
  };
}
