/**
 * Evidence for the type of one candidate: person, organization or place.
 *
 * Each rule adds to a score; the document-level step (merge-mentions.ts) sums the scores of
 * every mention of the same name before deciding, so one strong clue ("Mr. Biden",
 * "the Carnegie Endowment") types every mention of that name. Rules, strongest first:
 *
 * - known seats of power / wire services and places missing from compromise (src/lexicon/name-parts.ts);
 * - a title or honorific written next to the name (person);
 * - head nouns: "... Council/Ministry/Center" (organization), "Bank of ...",
 *   "... Sea/River/Province", "Mount ...", "Eastern Europe" (place);
 * - compromise's lexicon and tags (Country, City, Region, FirstName, LastName, Organization);
 * - context: "eastern X" is a place, "shares of X" a company, "the X" is rarely a person, "X said" is usually one, "in X" is often a
 *   place, "X news agency" an organization, "X region" a place;
 * - shape: an acronym is usually an organization, two or three unknown capitalized words
 *   are usually a person's name;
 * - layout: a name followed by figures on a result row is a competitor (organization),
 *   unless it sits in parentheses as a detail of the row (a scorer: person), the table
 *   lists people (most names open with a given name) or the word is a repeated field
 *   label ("Halftime", "Attendance"); a name in parentheses after a person is the
 *   person's affiliation ("Luis Figo ( Barcelona )"), a country there stays a place;
 * - what is none of our types: a name right before a product or facility noun ("Nord
 *   Stream 2 pipeline", see ARTIFACT_NOUNS_AFTER), a time word ("PM"), "Group A", a holiday
 *   ("Christmas"), a currency code before an amount ("USD 44,000"), the rest of a lower-case
 *   office ("the ministry of Economy"); a lone
 *   word shaped like an abstract noun ("Cooperation") is never a person by default.
 */
import type { EntityType } from '../core/types.js';
import { bare, boundaryBetween, isAllCaps, opensSentence, type Candidate } from './candidates.js';
import { ARTIFACT_NOUNS_AFTER, COMPANY_NOUNS_BEFORE, COMPANY_POSSESSIONS, ORG_NOUNS_AFTER, PLACE_NOUNS_AFTER } from './context-words.js';
import {
  DIRECTIONS, KNOWN_ORGANIZATIONS as KNOWN_ORGS, KNOWN_PLACES, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, ORG_OPENERS, PLACE_HEADS,
  PLACE_OPENERS,
} from '../lexicon/name-parts.js';
import { HOLIDAY_NAME_PATTERN } from '../lexicon/holidays.js';
import { SPEAKER_VERBS as SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { HONORIFICS } from '../lexicon/titles.js';
import type { Token } from './parse.js';
import { isNumberToken, type Layout } from './layout.js';
import { isDemonymWord, lexiconTags, type Vocabulary } from './vocabulary.js';

/**
 * What classification reads about the whole text.
 *
 * @example
 * const { tokens } = parseText(text);
 * const doc: DocContext = { source: text, tokens, vocab: buildVocabulary(tokens), layout: computeLayout(text, tokens) };
 */
export interface DocContext {
  source: string;
  tokens: readonly Token[];
  vocab: Vocabulary;
  layout: Layout;
  /**
   * True when most multi-word names on the text's result rows open with a given name
   * ("132 Des Terblanche 65 67", "133 Mark McNulty 72 61"): the rows list people, so an
   * unknown two-word name there is a person too (see `listsPeople`).
   */
  peopleRows?: boolean;
}

/**
 * True when at least half of the multi-word candidates on result rows open with a given
 * name or an initial: such a table ranks people (golf, athletics), not clubs.
 *
 * @example
 * listsPeople(tokens, layout, candidates); // true for a golf leaderboard
 */
export function listsPeople(tokens: readonly Token[], layout: Layout, cands: readonly Candidate[]): boolean {
  let rows = 0;
  let people = 0;
  for (const c of cands) {
    if (!layout.resultRow[c.first] || layout.fixtureRow[c.first] || c.last === c.first) continue;
    rows++;
    const first = tokens[c.first]!;
    if (GIVEN_TAGS.some((x) => first.tags.has(x)) || /^\p{Lu}\.?$/u.test(first.text)) people++;
  }
  return rows >= 4 && people * 2 >= rows;
}

/**
 * Additive evidence per type.
 *
 * @example
 * // classify's evidence for "Dmitry Peskov" in 'Kremlin spokesman Dmitry Peskov said.'
 * // (with its title "Kremlin spokesman" attached, as extractEntities does)
 * const scores: TypeScores = { person: 14, organization: 0, place: 0 };
 */
export type TypeScores = Record<EntityType, number>;

/**
 * A candidate with its evidence.
 *
 * @example
 * // "Kremlin" in 'Kremlin spokesman Dmitry Peskov said.' (a known name, so its type is fixed)
 * const c: Classified = classify(doc, candidate);
 * // { first: 0, last: 0, start: 0, end: 7, text: 'Kremlin', key: 'kremlin', fixed: 'organization',
 * //   scores: { person: 0, organization: 0, place: 0 }, weak: false, unknown: false, weakStart: false }
 */
export interface Classified extends Candidate {
  /** Normalized name used to group mentions of the same name. */
  key: string;
  scores: TypeScores;
  /** A type no other evidence can override (a known name). */
  fixed?: EntityType;
  /** True when the candidate is probably not a name at all (an ordinary capitalized word). */
  weak: boolean;
  /** True when compromise or the context says nothing (a bare unknown capitalized word). */
  unknown: boolean;
  /** A lone unknown word opening a sentence or line ("Attendance", "Scorers"): a name only if evidence elsewhere says so. */
  weakStart: boolean;
  /** A name right before a product or facility noun ("Nord Stream pipeline"): not one of our types by itself. */
  artifact?: boolean;
  /**
   * A competitor or affiliation: a name followed by figures in a result row, or in
   * parentheses after a person ("Luis Figo ( Barcelona )"). A city named so stands for a
   * club or company, and keeps that reading everywhere in the article (except a dateline).
   */
  competitor?: boolean;
  /** The place opening a dateline ("BARCELONA 1996-12-06"). */
  dateline?: boolean;
  /** A word shaped like an abstract English noun ("Cooperation", "Attendance"): never a person by default. */
  notPerson?: boolean;
}

const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'from', 'to', 'across', 'outside', 'into', 'throughout', 'toward', 'towards', 'via',
  'around', 'inside', 'across', 'visit', 'visited', 'visiting', 'entered', 'invade', 'invaded', 'annexed',
]);
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const GIVEN_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const ORG_TAGS = ['Organization', 'SportsTeam'];
const ACRONYM = /^(?:[\p{Lu}\d&]\.?){2,6}$/u;
const NAME_LEXICON_TAGS = [...PLACE_TAGS, ...PERSON_TAGS, ...ORG_TAGS];
/**
 * Endings of abstract English nouns ("Cooperation", "Agreement", "Attendance", "Security"):
 * a lone capitalized word shaped like this is not a person's name without a title.
 * Short words are left alone ("Clement", "Vance").
 */
/** Holidays and festivals: dates, not entities. */
const HOLIDAY_NAMES = new RegExp(`^(?:${HOLIDAY_NAME_PATTERN})$`, 'u');
/** Currency codes and abbreviations written before an amount. */
const CURRENCY_CODES = /^(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|RUB|UAH|TRY|AUD|CAD|HKD|SGD|BRL|ARS|MXN|ZAR|KRW|SEK|NOK|DKK|PLN|HUF|CZK|ILS|SAR|AED|Rs|Rs\.|Dh|Dhs)$/u;
const ABSTRACT_NOUN = /^\p{Lu}[\p{Ll}]{3,}(?:tion|sion|ness|ity|ism|ship|ment|ance|ancy|ency|ture|ings)$/u;

/**
 * Normalized grouping key: lower case, diacritics removed, "the " and spaces collapsed.
 *
 * @example
 * nameKey('The  Kremlin'); // 'kremlin'
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/**
 * Scores one candidate.
 *
 * @example
 * // "Dmitry Peskov" in 'Kremlin spokesman Dmitry Peskov said.', its title attached as extractEntities does
 * const c = classify({ source, tokens, vocab, layout, peopleRows: false }, candidate);
 * c.scores; // { person: 14, organization: 0, place: 0 }
 */
export function classify(doc: DocContext, cand: Candidate): Classified {
  const { source, tokens, vocab, layout } = doc;
  const scores: TypeScores = { person: 0, organization: 0, place: 0 };
  const words = tokensOf(tokens, cand).filter((t) => !NAME_CONNECTORS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text));
  const key = nameKey(cand.text);
  const out: Classified = { ...cand, key, scores, weak: false, unknown: false, weakStart: false };
  if (!words.length) return { ...out, weak: true };
  // A lone initial ("G", "C.") is never a mention on its own.
  if (words.length === 1 && /^\p{Lu}\.?$/u.test(words[0]!.text)) return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };
  const firstW = bare(words[0]!);
  const lastW = bare(words[words.length - 1]!);
  const allTokens = tokensOf(tokens, cand);

  // Only Latin-script names are read by these English rules ("Путиным" is not an organization).
  if (/(?!\p{Script=Latin})\p{L}/u.test(cand.text)) return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };
  // A web address names a site: "Skai.gr", "Infobae.com".
  if (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|gr|ru|ua|uk|de|fr|es|it|info|gov|edu|io|co)$/iu.test(cand.text)) scores.organization += 5;

  // Known names.
  if (KNOWN_ORGS.has(key)) return { ...out, fixed: 'organization' };
  if (KNOWN_PLACES.has(key)) return { ...out, fixed: 'place' };
  if (words.length > 1 && DIRECTIONS.has(firstW)) {
    const rest = nameKey(words.slice(1).map((t) => t.text).join(' '));
    if (KNOWN_PLACES.has(rest) || lexiconTags(rest).some((t) => PLACE_TAGS.includes(t))) return { ...out, fixed: 'place' };
  }

  // A lone word compromise reads as a time ("PM", "EST") or an exclamation ("Postponed :") is no name.
  if (words.length === 1 && !lexiconTags(key).length && ['Time', 'Expression'].some((x) => words[0]!.tags.has(x)) && !words[0]!.tags.has('ProperNoun')) {
    return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };
  }
  // "Group A", "Pool B", "Section C": an ordinary noun plus a letter labels a part of a list.
  if (words.length === 2 && /^\p{Lu}$/u.test(words[1]!.text) && source[words[1]!.end] !== '.' && (vocab.isCommonWord(words[0]!.text) || ORG_HEADS.has(firstW)) &&
    !PERSON_TAGS.some((x) => words[0]!.tags.has(x))) {
    return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };
  }
  // Holidays ("Christmas", "Ramadan", "New Year") and currency codes before an amount ("USD
  // 44,000 million", "Rs 450-crore") are none of our types.
  if (HOLIDAY_NAMES.test(cand.text)) return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };
  if (words.length === 1 && CURRENCY_CODES.test(words[0]!.text) && /^\.?\s*[\d$€£]/u.test(source.slice(words[0]!.end, words[0]!.end + 3))) {
    return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };
  }
  // "the ministry of Economy", "minister for Health": the rest of an office written in lower case
  if (words.length === 1 && /\b(?:ministry|minister|department|secretary|office|portfolio)\s+(?:of|for)\s+(?:the\s+)?$/u.test(source.slice(Math.max(0, cand.start - 30), cand.start))) {
    return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };
  }
  // Demonyms ("Russian", "Ukrainian-Russian", "Ukrainians") are not entities.
  if (words.length === 1 && isDemonym(words[0]!)) return { ...out, weak: true, scores: { person: -9, organization: -9, place: -9 } };

  // Title or honorific next to the name.
  // (An appositive title after the name is a little weaker: "Japan, the champion".)
  if (cand.title) scores.person += cand.title.honorific ? 8 : cand.title.after ? 4 : 6;

  // "Mr. Post", "Dr. Times": an honorific written inside the name makes a person whatever follows
  const honorificFirst = words.length > 1 && HONORIFICS.has(firstW);
  if (honorificFirst) scores.person += 8;
  // Head nouns.
  if (words.length > 1 && ORG_HEADS.has(lastW) && !honorificFirst) scores.organization += 5;
  else if (words.length === 1 && ORG_HEADS.has(lastW)) scores.organization += 1;
  if (allTokens.length > 2 && ORG_OPENERS.has(firstW) && ['of', 'for'].includes(bare(allTokens[1]!))) scores.organization += 5;
  if (words.length > 1 && PLACE_HEADS.has(lastW) && !ORG_HEADS.has(lastW)) scores.place += 3;
  // "People's Republic of China", "Kingdom of Saudi Arabia", "Isle of Man": a place head before "of"
  const ofAt = allTokens.findIndex((t, k) => k > 0 && bare(t) === 'of');
  if (ofAt > 0 && PLACE_HEADS.has(bare(allTokens[ofAt - 1]!)) && !ORG_HEADS.has(bare(allTokens[ofAt - 1]!))) scores.place += 6;
  if (words.length > 1 && PLACE_OPENERS.has(firstW)) scores.place += 2;

  // Layout: a dateline opens with a place; a name followed by figures in a result row is a
  // competitor or a listed company (a country keeps its place reading).
  const atLineStart = layout.lineFirst[cand.first] === cand.first;
  if (atLineStart && layout.datelineStart[cand.first]) scores.place += 6;
  const after = tokens[cand.last + 1];
  const inResultRow = layout.fixtureRow[cand.first] === true || (layout.resultRow[cand.first] === true && !!after &&
    isNumberToken(after) && neighbour(source, tokens, cand.last, cand.last + 1));
  const phraseTags = lexiconTags(key);
  const isCountry = phraseTags.includes('Country') || KNOWN_PLACES.has(key);
  // A name in parentheses right after a name: "Sodigraf ( Zaire )", "Tony Rominger ( Switzerland )"
  // give a country (place); "Luis Figo ( Barcelona )", "Vitor Baia ( Barcelona , Spain )" give a
  // person's affiliation (club, party, company), an organization unless it is a country.
  let affiliation = false;
  const inParens = parenthesized(source, cand);
  if (inParens) {
    const before = tokens[cand.first - 1];
    if (before && /^\p{Lu}/u.test(before.text)) {
      if (isCountry) scores.place += 2;
      else if (personBefore(tokens, cand.first - 1)) affiliation = true;
      else scores.place += 2;
    }
  }
  const firstIsGiven = ['FirstName', 'MaleName', 'FemaleName'].some((x) => words[0]!.tags.has(x)) || /^\p{Lu}\.?$/u.test(words[0]!.text);
  const label = layout.labelRow[cand.first] === true && cand.first === cand.last;
  // "Willem II Tilburg 2 ( Konterman 45 , Van der Vegt 77 )": a name with a figure inside
  // parentheses on a result row is a detail of the row (a scorer), not a competitor.
  const detail = inResultRow && !layout.fixtureRow[cand.first] && insideParentheses(source, tokens[layout.lineFirst[cand.first]!]!.start, cand.start);
  if (detail && !isCountry) scores.person += 2;
  const teamLike = (inResultRow && !detail && !label && !isCountry && !(words.length > 1 && (firstIsGiven || doc.peopleRows))) || affiliation;
  if (teamLike) scores.organization += 3.5;

  // compromise's lexicon and tags.
  if (phraseTags.some((t) => ORG_TAGS.includes(t))) scores.organization += 4;
  if (phraseTags.some((t) => PLACE_TAGS.includes(t)) && !teamLike) scores.place += 4;
  if (phraseTags.some((t) => PERSON_TAGS.includes(t))) scores.person += 2;
  // An initial ("M." in "M. Waugh") is no ordinary word.
  const common = words.map((t) => !/^\p{Lu}$/u.test(t.text) && vocab.isCommonWord(t.text));
  if (words.length === 1) {
    const t = words[0]!;
    // Tags compromise guessed from context count only for words that are not ordinary English.
    if (!phraseTags.length && !common[0]) {
      if (PERSON_TAGS.some((x) => t.tags.has(x))) scores.person += 1.5;
      if (PLACE_TAGS.some((x) => t.tags.has(x))) scores.place += 1.5;
      if (ORG_TAGS.some((x) => t.tags.has(x))) scores.organization += 1.5;
    }
  } else {
    const f = words[0]!;
    if (['FirstName', 'MaleName', 'FemaleName'].some((x) => f.tags.has(x)) && !PLACE_TAGS.some((x) => f.tags.has(x))) scores.person += 3;
    if (words.some((t) => t.tags.has('LastName'))) scores.person += 1;
    if (words.every((t) => PLACE_TAGS.some((x) => t.tags.has(x)))) scores.place += 3;
    // "Atletico Madrid", "London Newsroom", "Munich Re": a place word inside a longer name that is not a place.
    else if (!phraseTags.length && !firstIsGiven && words.some((t) => lexiconTags(t.text.toLowerCase()).some((x) => PLACE_TAGS.includes(x)))) scores.organization += 2;
    if (DIRECTIONS.has(firstW)) scores.place += 2;
    if (words.some((t) => ORG_TAGS.some((x) => t.tags.has(x)))) scores.organization += 1.5;
    if (allTokens.some((t) => NAME_PARTICLES.has(t.text.toLowerCase()) && t.text === t.text.toLowerCase())) scores.person += 1;
  }

  // Acronyms.
  const acronym = words.length === 1 && ACRONYM.test(words[0]!.text) && !isAllCapsLine(tokens, cand.first);
  if (acronym && !phraseTags.some((t) => PLACE_TAGS.includes(t))) scores.organization += 2.5;

  // Context.
  const prev = neighbour(source, tokens, cand.first - 1, cand.first);
  const next = neighbour(source, tokens, cand.last, cand.last + 1) ? tokens[cand.last + 1] : undefined;
  const prevWord = prev ? bare(tokens[cand.first - 1]!) : '';
  if (prevWord === 'the') {
    scores.person -= 2;
    scores.organization += 0.5;
  }
  if (next && SPEECH_VERBS.has(next.text.toLowerCase()) && prevWord !== 'the') scores.person += 2.5;
  if (prev && PLACE_PREPOSITIONS.has(prevWord) && !layout.fixtureRow[cand.first]) scores.place += 1.5;
  // "eastern Zaire", "north Kosovo": a direction written in lower case before a name.
  if (prev && DIRECTIONS.has(prevWord) && tokens[cand.first - 1]!.text === prevWord) scores.place += 3;
  // "shares of Elf", "a stake in Heineken", "a takeover bid for Newmont": a company.
  const prev2 = tokens[cand.first - 2];
  if (prev && prev2 && ['of', 'in', 'for'].includes(prevWord) && neighbour(source, tokens, cand.first - 2, cand.first - 1) &&
    COMPANY_NOUNS_BEFORE.has(prev2.text)) scores.organization += 3;
  // "Elf 's shares", "Heineken's chairman": only a company owns these.
  const owned = tokens[cand.last + 1];
  if (tokens[cand.last]!.possessive && owned && COMPANY_POSSESSIONS.has(owned.text)) scores.organization += 3;
  let artifact = false;
  if (next && next.text === next.text.toLowerCase()) {
    const n = bare(next);
    if (ORG_NOUNS_AFTER.has(n)) scores.organization += 3;
    if (PLACE_NOUNS_AFTER.has(n)) scores.place += 3;
    artifact = ARTIFACT_NOUNS_AFTER.has(n) && !phraseTags.some((t) => NAME_LEXICON_TAGS.includes(t));
  }
  // "the Nord Stream 2 pipeline": a number between the name and the artifact noun.
  const afterNumber = tokens[cand.last + 2];
  if (!artifact && next && isNumberToken(next) && afterNumber && neighbour(source, tokens, cand.last + 1, cand.last + 2)) {
    artifact = ARTIFACT_NOUNS_AFTER.has(bare(afterNumber)) && !phraseTags.some((t) => NAME_LEXICON_TAGS.includes(t));
  }

  // Shape.
  if (words.length >= 2 && words.length <= 3 && common.every((c) => !c) && !acronymLike(words)) scores.person += 1.5;
  if (words.length >= 2 && common.some((c) => c) && !words.some((t) => PERSON_TAGS.some((x) => t.tags.has(x)))) scores.organization += 1;
  // "the Army said", "the Union": a lone organization head word names a body, never a person
  if (words.length === 1 && !cand.title && ORG_HEADS.has(lastW)) scores.person = Math.min(scores.person, 0) - 3;
  const weak = words.length === 1 && common[0] === true && !acronym;
  const weakStart = words.length === 1 && !acronym && !cand.title && opensSentence(doc, cand.first) &&
    !phraseTags.some((t) => PLACE_TAGS.includes(t) || ORG_TAGS.includes(t) || PERSON_TAGS.includes(t));
  const unknown = scores.person === 0 && scores.organization === 0 && scores.place === 0;
  const notPerson = words.length === 1 && !cand.title && ABSTRACT_NOUN.test(words[0]!.text) && !phraseTags.some((t) => PERSON_TAGS.includes(t));
  const result: Classified = { ...out, weak, unknown, weakStart };
  if (teamLike) result.competitor = true;
  if (atLineStart && layout.datelineStart[cand.first]) result.dateline = true;
  if (artifact) result.artifact = true;
  if (notPerson) result.notPerson = true;
  return result;
}

/** True when an unclosed "(" stands between `from` and `at` (bounded look-back on one line). */
function insideParentheses(source: string, from: number, at: number): boolean {
  let depth = 0;
  for (let k = Math.max(from, at - 400); k < at; k++) {
    const ch = source[k];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** "( X )" or "( X , Country )": the candidate is the first name inside parentheses. */
function parenthesized(source: string, cand: Candidate): boolean {
  if (!/\(\s*$/.test(source.slice(Math.max(0, cand.start - 3), cand.start))) return false;
  const rest = source.slice(cand.end, cand.end + 40);
  return /^\s*\)/.test(rest) || /^\s*,\s*\p{Lu}[\p{L} .-]*\)/u.test(rest);
}

/** The token at i ends a person's name: a person tag, or two capitalized words ("Paulinho Santos"). */
function personBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (PERSON_TAGS.some((x) => t.tags.has(x)) && !PLACE_TAGS.some((x) => t.tags.has(x))) return true;
  const p = tokens[i - 1];
  const capital = (x: Token): boolean => /^\p{Lu}\p{Ll}/u.test(x.text) && !PLACE_TAGS.some((y) => x.tags.has(y)) && !ORG_TAGS.some((y) => x.tags.has(y));
  return !!p && capital(t) && capital(p) && p.end < t.start && !/\n/.test(p.post);
}

function tokensOf(tokens: readonly Token[], cand: Candidate): Token[] {
  return tokens.slice(cand.first, cand.last + 1);
}

function neighbour(source: string, tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return !!x && !!y && !boundaryBetween(source, x, y);
}

function isDemonym(t: Token): boolean {
  return t.text.split('-').every((p) => isDemonymWord(p));
}

function acronymLike(words: Token[]): boolean {
  return words.every((t) => isAllCaps(t.text) && t.text.length <= 6);
}

function isAllCapsLine(tokens: readonly Token[], i: number): boolean {
  // Look at the words around i on the same line: in a headline every word is in capitals.
  let caps = 0;
  let all = 0;
  for (let k = Math.max(0, i - 4); k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence || !/\p{L}{2}/u.test(t.text)) continue;
    all++;
    if (isAllCaps(t.text)) caps++;
  }
  return all >= 3 && caps / all >= 0.7;
}
