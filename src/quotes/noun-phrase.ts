/**
 * A light noun-phrase chunker for speakers, over frame tokens and without a tagger.
 *
 * A speaker is a pronoun ("he"), a name run with optional titles ("Kremlin spokesman Dmitry
 * Peskov"), or a nominal headed by a role noun ("a military source", "the White House",
 * "officials"). Phrases are read backwards from a cue ("X said") or forwards after an inverted
 * cue ("said X"), stop at function words and punctuation, and skip an appositive between
 * commas ("Pavlo Klimkin, a Ukrainian Foreign Minister, explained"). Every walk is bounded by
 * a small token window, so the chunker stays linear in the text.
 */
import {
  BARE_SPEAKER_NOUNS,
  BETWEEN_SUBJECT_AND_CUE,
  DETERMINERS,
  DOCUMENT_NOUNS,
  NP_STOP,
  PERSON_ROLES,
  PRONOMINAL_QUANTIFIERS,
  PRONOUNS,
  ROLE_NOUNS,
  SETTING_HEADS,
} from './speaker-words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar-words.js';
import { isListedGivenName } from '../lexicon/given-names.js';
import { NAME_PARTICLES, ORG_HEADS } from '../lexicon/name-parts.js';
import { CUE_WORDS } from '../lexicon/speech-verbs.js';
import type { Token } from './frame-tokens.js';

/**
 * A speaker phrase: token range [from, to] inclusive, and what kind of phrase it is.
 *
 * @example
 * // "Kremlin spokesman Dmitry Peskov" = tokens 1..4 of '“We will respond,” Kremlin spokesman Dmitry Peskov said.'
 * const np: NounPhrase = { from: 1, to: 4, kind: 'name' };
 */
export interface NounPhrase {
  from: number;
  to: number;
  kind: 'pronoun' | 'name' | 'nominal';
  /** For "X, who said …": the token of "who", the mention as written (the phrase names it). */
  relative?: number;
}

const MAX_NP = 9;

/**
 * A pronoun with a contracted auxiliary written as one token: "He’s claiming", "they've said".
 *
 * @example
 * CONTRACTED_PRONOUN.test('he’s'); // true
 */
export const CONTRACTED_PRONOUN = /^(?:he|she|they|it|we|i)['’](?:s|re|ve|d|ll|m)$/u;
/**
 * The longest appositive between a speaker and a cue, in tokens: long enough for one naming a
 * role, two bodies and a relative clause. The chunker skips at most this many tokens back to
 * the comma that opens it, and the cue finder (attribute.ts) looks this far past a speaker.
 *
 * @example
 * MAX_APPOSITIVE_TOKENS; // 32
 */
export const MAX_APPOSITIVE_TOKENS = 32;

const NO_TOKEN: Token = { kind: 'punct', text: '', lower: '', start: 0, end: 0 };

function isCapitalized(t: Token): boolean {
  return t.kind === 'word' && /^[\p{Lu}]/u.test(t.text) && !CAPITAL_ADJECTIVE.test(t.text) && !commonByTags(t);
}

/**
 * With tags: a capitalized word the parse reads as a verb, an adverb or a time word is not a
 * name ("Speaking at …", "Hours later", "Meanwhile").
 */
function commonByTags(t: Token): boolean {
  const tags = t.tags;
  if (!tags || tags.has('ProperNoun') || tags.has('Person') || tags.has('Acronym') || tags.has('Organization'))
    return false;
  return tags.has('Date') || tags.has('Duration') || tags.has('Adverb') || (tags.has('Verb') && !tags.has('Noun'));
}

/** A person's role or title word ("judge", "general", "spokesman"). */
function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (ROLE_NOUNS.has(t.lower) || PERSON_ROLES.has(t.lower));
}

/** With tags: a word the parse reads as a verb (not also a noun) or an adverb cannot be inside a speaker phrase. */
function verbOrAdverbByTags(t: Token): boolean {
  const tags = t.tags;
  if (!tags || tags.has('Noun') || tags.has('ProperNoun') || tags.has('Person')) return false;
  // the parse is wrong about some speaker nouns ("sources close to …" as a verb)
  if (
    BARE_SPEAKER_NOUNS.has(t.lower) ||
    ROLE_NOUNS.has(t.lower) ||
    PERSON_ROLES.has(t.lower) ||
    DOCUMENT_NOUNS.has(t.lower)
  )
    return false;
  // a bare or present form is as often a noun ("think tank", "sources"): only past and -ing forms count
  return (
    (tags.has('Verb') && (tags.has('PastTense') || tags.has('Gerund') || tags.has('Participle'))) || tags.has('Adverb')
  );
}

/** "Moscow-based", "Kremlin-backed", "Saudi-led": a capitalized compound adjective, not a name. */
const CAPITAL_ADJECTIVE =
  /^\p{Lu}[\p{L}.'’]*-(?:based|born|bred|led|backed|owned|run|made|controlled|funded|linked|allied|aligned|affiliated|style|era|area|registered|listed|headquartered)$/u;

function isNpWord(t: Token | undefined, prev?: Token, next?: Token): boolean {
  if (!t || t.kind !== 'word') return false;
  // a day or month name between a determiner and a noun modifies the noun ("a Wednesday editorial")
  if (NP_STOP.has(t.lower) && !(/^\p{Lu}/u.test(t.text) && prev && DETERMINERS.has(prev.lower) && nounFollows(next)))
    return false;
  if (PRONOUNS.has(t.lower)) return false;
  // a participle right after a determiner, right before a role or a person noun, or right after
  // a cue before a title, a name or a noun modifies the noun ("an elected official", "the retired
  // general", "Retired teachers said", "said retired Army Lt. Gen. X", "said retired neurosurgeon
  // X"); an -ing form does so before a noun ("a visiting professor", "the ruling party"), not
  // before a verb ("the meeting said")
  const modifies =
    (prev !== undefined && DETERMINERS.has(prev.lower)) ||
    isRoleWord(next) ||
    next?.tags?.has('Actor') === true ||
    (prev !== undefined &&
      CUE_WORDS.has(prev.lower) &&
      next !== undefined &&
      (isCapitalized(next) || nounFollows(next)));
  const participle = /ed$/u.test(t.lower) || (/ing$/u.test(t.lower) && nounFollows(next));
  if (verbOrAdverbByTags(t) && !(participle && modifies)) return false;
  // A cue word ends a phrase unless a determiner makes it a noun ("the report said").
  if (CUE_WORDS.has(t.lower) && !isCapitalized(t) && !(prev && DETERMINERS.has(prev.lower))) return false;
  return !(t.lower.length > 4 && t.lower.endsWith('ly') && !isCapitalized(t));
}

/** True when `t` is a word that reads as a noun: no cue, no stop word, not a verb or adverb by its tags. */
function nounFollows(t: Token | undefined): boolean {
  return t?.kind === 'word' && !CUE_WORDS.has(t.lower) && !NP_STOP.has(t.lower) && !verbOrAdverbByTags(t);
}

/** Classifies the token range as a speaker phrase, or null when its head is not a plausible speaker. */
/**
 * Where the person's name starts at the end of a role phrase extended over "of" (from `after`,
 * the first token past the link, through `to`), or -1 when the phrase does not end in one.
 * Translated news writes the role and the name without a comma: "the chair of the board
 * Liv Ekdal", "the head of the Varnian Commission Ursula van der Lind", "Minister of
 * Fisheries and Water Omar Tazi". The name is the capitalized run after a lower-case word
 * ("board Liv Ekdal"), or, inside a run of capitals, the part from a listed given name
 * that follows a word which is not one ("Commission Ursula …", not "Mary Ann …"), when no
 * organization's head word follows it ("the director of the Harvard Kennedy School" is a role).
 */
function trailingPersonName(tokens: readonly Token[], after: number, to: number): number {
  if (!isCapitalized(tokens[to]!)) return -1;
  let run = to;
  while (run - 1 >= after && isNameToken(tokens[run - 1]!)) run--;
  for (let g = run + 1; g < to; g++) {
    if (!isListedGivenName(tokens[g]!.lower) || isListedGivenName(tokens[g - 1]!.lower)) continue;
    let organization = false;
    for (let k = g + 1; k <= to; k++) if (ORG_HEADS.has(tokens[k]!.lower)) organization = true;
    if (!organization && to - g < 4) return g;
  }
  const before = tokens[run - 1];
  const lowerWord =
    before !== undefined &&
    run - 1 >= after &&
    before.kind === 'word' &&
    !isCapitalized(before) &&
    !DETERMINERS.has(before.lower) &&
    !/^(?:and|or|of|for|by|from|to|with|in|at|on)$/u.test(before.lower);
  return lowerWord && to > run ? run : -1;
}

function classify(tokens: readonly Token[], from: number, to: number, extended = false): NounPhrase | null {
  // Start at the last determiner (a determiner inside a name run is rare: "the" in "the Kremlin");
  // a phrase extended over of/for/by ("the head of the Foreign Office") keeps its first word.
  let start = from;
  if (extended) {
    if (!classify(tokens, from, to, false)) return null;
    // "the head of the Foreign Office" is a role (nominal); "the minister of economy Juan Pérez" a name
    let link = from + 1;
    while (link < to && !/^(of|for|by|from|to|with)$/u.test(tokens[link]!.lower)) link++;
    const first = DETERMINERS.has(tokens[from]!.lower) ? from + 1 : from;
    const tail = tokens[link + 1];
    const name =
      isCapitalized(tokens[to]!) &&
      (isCapitalized(tokens[first]!) || (tail !== undefined && !DETERMINERS.has(tail.lower)));
    const person = trailingPersonName(tokens, link + 1, to);
    if (person >= 0) return { from: person, to, kind: 'name' };
    return { from, to, kind: name ? 'name' : 'nominal' };
  }
  for (let k = from; k <= to; k++) if (DETERMINERS.has(tokens[k]!.lower)) start = k;
  if (start === to && DETERMINERS.has(tokens[to]!.lower)) {
    // "Some chanted “…”", "Many said": a quantifier standing for people, right before a cue
    const next = tokens[to + 1];
    const standsForPeople =
      PRONOMINAL_QUANTIFIERS.has(tokens[to]!.lower) && next !== undefined && CUE_WORDS.has(next.lower);
    return standsForPeople ? { from: start, to, kind: 'nominal' } : null;
  }
  const head = tokens[to]!;
  // A possessive works as a determiner: "Scott's niece", "Clinton’s campaign".
  let possessive = false;
  for (let k = start; k < to; k++) if (/['’]s$/u.test(tokens[k]!.lower)) possessive = true;
  const hasDeterminer = DETERMINERS.has(tokens[start]!.lower) || possessive;
  if (isCapitalized(head)) {
    if (hasDeterminer && start === to) return null;
    // A lone adjective of nationality or party is not a speaker ("Republican claims").
    if (start === to && /(?:ican|ic|ese|ish)$/u.test(head.lower)) return null;
    return { from: start, to, kind: 'name' };
  }
  const lower = head.lower.replace(/['’]s$/u, '');
  if (hasDeterminer && start < to) return { from: start, to, kind: 'nominal' };
  // a noun the parse knows as a person noun ("union teachers", "two nurses")
  if (head.tags?.has('Actor')) return { from: start, to, kind: 'nominal' };
  if (BARE_SPEAKER_NOUNS.has(lower) || ROLE_NOUNS.has(lower)) {
    // A bare role noun needs a modifier or a plural form to be a speaker ("officials", "Kremlin spokesman").
    if (BARE_SPEAKER_NOUNS.has(lower) || start < to) return { from: start, to, kind: 'nominal' };
  }
  return null;
}

/**
 * Skips adverbs and auxiliaries leftwards from `i` ("Peskov also has said").
 *
 * @example
 * skipBetweenLeft(tokensOf('Peskov also has said'), 2); // 0
 */
export function skipBetweenLeft(tokens: readonly Token[], i: number): number {
  let k = i;
  let steps = 0;
  let settings = 0;
  while (k >= 0 && steps < 4) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    const adverb = t.lower.length > 4 && t.lower.endsWith('ly') && !isCapitalized(t);
    if (!BETWEEN_SUBJECT_AND_CUE.has(t.lower) && !adverb) {
      // one phrase of time or setting between the subject and its verb ("Lind on Monday called",
      // "who has in the past described", "Lind in an interview said")
      const pp = settings === 0 ? settingBefore(tokens, k) : -1;
      if (pp < 0) break;
      k = pp - 1;
      settings++;
      continue;
    }
    k--;
    steps++;
  }
  return k;
}

// The start of a phrase of time or setting that ends at token `end` (a preposition, at most a
// determiner and one modifier, and a setting head or a weekday or month name), or -1.
function settingBefore(tokens: readonly Token[], end: number): number {
  const head = tokens[end]!.lower;
  if (!SETTING_HEADS.has(head) && WEEKDAYS[head] === undefined && MONTHS[head] === undefined) return -1;
  for (let j = end - 1; j >= 0 && end - j <= 3; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return -1;
    if (SETTING_PREPOSITIONS.has(t.lower)) return j;
  }
  return -1;
}

const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'over', 'since']);

/**
 * The speaker phrase that ends at token `i` (reading leftwards), skipping an appositive or a
 * parenthesis before the cue.
 *
 * @example
 * // tokens of "Kremlin spokesman Dmitry Peskov" → { from: 0, to: 3, kind: 'name' }
 */
export function phraseEndingAt(tokens: readonly Token[], i: number, allowAppositive = true): NounPhrase | null {
  const k = i;
  if (k < 0) return null;
  const t = tokens[k]!;
  if (t.kind === 'punct' && t.text === ')') {
    // "Sen. Tom Ward (R-Ore.) said": skip the parenthesis.
    let m = k - 1;
    while (m >= 0 && k - m < MAX_APPOSITIVE_TOKENS && tokens[m]!.text !== '(' && tokens[m]!.kind !== 'quote') m--;
    if (m < 0 || tokens[m]!.text !== '(') return null;
    return phraseEndingAt(tokens, m - 1, allowAppositive);
  }
  if (t.kind === 'punct' && t.text === ',' && allowAppositive) {
    // "X, a fellow at the Carnegie Center, wrote": find the comma that opens the appositive.
    let m = k - 1;
    while (m >= 0 && k - m < MAX_APPOSITIVE_TOKENS) {
      const u = tokens[m]!;
      if (u.kind === 'quote' || (u.kind === 'punct' && /[.;:!?]/u.test(u.text))) return null;
      if (u.kind === 'punct' && u.text === ',') break;
      m--;
    }
    if (m < 0 || tokens[m]!.text !== ',' || m === k - 1) return null;
    const inner = tokens[m + 1]!;
    const np = phraseEndingAt(tokens, m - 1, false);
    const named = phraseEndingAt(tokens, k - 1, false);
    // "Another critic, Mara J. Holt, said", "Lee's cousin, city councillor Ana Ruiz, said": a name
    // in apposition to a role names the speaker.
    if (np && np.kind === 'nominal' && named && named.kind === 'name' && named.from > m) return named;
    // An appositive opens with a determiner, a relative pronoun, a title or a lower-case word;
    // "Moscow, Washington said" is a list, not an appositive.
    if (
      isCapitalized(inner) &&
      !DETERMINERS.has(inner.lower) &&
      inner.lower !== 'who' &&
      named &&
      named.kind === 'name'
    )
      return null;
    return np && np.kind !== 'pronoun' ? np : null;
  }
  if (t.kind !== 'word') return null;
  if (PRONOUNS.has(t.lower) || CONTRACTED_PRONOUN.test(t.lower)) return { from: k, to: k, kind: 'pronoun' };
  let j = k;
  while (
    j >= 0 &&
    k - j < MAX_NP &&
    (isNpWord(tokens[j], tokens[j - 1], tokens[j + 1]) || DETERMINERS.has(tokens[j]!.lower))
  ) {
    if (DETERMINERS.has(tokens[j]!.lower)) {
      j--;
      break;
    }
    j--;
  }
  let from = j + 1;
  if (from > k) return null;
  // "a spokesman for the campaign": extend over of/for after a role noun.
  const link = tokens[from - 1];
  if (link && (link.lower === 'of' || link.lower === 'for') && from - 2 >= 0) {
    const before = phraseEndingAt(tokens, from - 2, false);
    const beforeHead = tokens[from - 2]!;
    // "a spokesman for the campaign", "the Association of Flight Attendants"
    // a person role extends over a phrase with its own determiner ("the head of the Foreign Office"),
    // not over a name ("the minister of economy Juan Pérez" is Juan Pérez)
    const roleLink =
      ROLE_NOUNS.has(beforeHead.lower) || (PERSON_ROLES.has(beforeHead.lower) && DETERMINERS.has(tokens[from]!.lower));
    if (
      before &&
      ((before.kind === 'nominal' && roleLink) ||
        (before.kind === 'name' && isCapitalized(beforeHead) && isCapitalized(tokens[from]!)))
    )
      from = before.from;
  }
  // "an email from the airline", "a statement by the ministry": the document with its author.
  if (
    link &&
    (link.lower === 'by' || link.lower === 'from') &&
    from - 2 >= 0 &&
    DOCUMENT_NOUNS.has(tokens[from - 2]!.lower)
  ) {
    const before = phraseEndingAt(tokens, from - 2, false);
    if (before && before.kind === 'nominal') from = before.from;
  }
  // "sources close to the investigation", "people familiar with the talks"
  const pre = tokens[from - 2];
  if (
    link &&
    pre &&
    ((link.lower === 'to' && pre.lower === 'close') || (link.lower === 'with' && pre.lower === 'familiar')) &&
    from - 3 >= 0
  ) {
    const before = phraseEndingAt(tokens, from - 3, false);
    if (before && before.kind === 'nominal') from = before.from;
  }
  return classify(tokens, from, k, from < j + 1);
}

/**
 * The speaker phrase that starts at token `i` (reading rightwards), for inverted cues
 * ("said National Security Advisor Jake Sullivan", "added the military source").
 *
 * @example
 * // tokens of "the military source shortly after" → { from: 0, to: 2, kind: 'nominal' }
 */
export function phraseStartingAt(tokens: readonly Token[], i: number): NounPhrase | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.lower)) return { from: i, to: i, kind: 'pronoun' };
  let k = i;
  if (DETERMINERS.has(t.lower)) k++;
  let last = -1;
  while (
    k < tokens.length &&
    k - i < MAX_NP &&
    isNpWord(tokens[k], tokens[k - 1], tokens[k + 1]) &&
    !DETERMINERS.has(tokens[k]!.lower)
  ) {
    last = k;
    k++;
  }
  if (last < 0) return null;
  // Keep a name run whole: stop the phrase at the last capitalized word when a name is inside
  // ("said Jake Sullivan shortly after"), unless a cue follows the whole phrase ("the mayor's former
  // press secretary said").
  let to = last;
  const first = DETERMINERS.has(t.lower) ? i + 1 : i;
  let sawCap = false;
  // (a day or month name is no name: "a Wednesday editorial")
  for (let m = last; m >= first; m--)
    if (isCapitalized(tokens[m]!) && !NP_STOP.has(tokens[m]!.lower)) {
      sawCap = true;
      break;
    }
  const beforeCue = tokens[last + 1] !== undefined && CUE_WORDS.has(tokens[last + 1]!.lower);
  if (sawCap && !beforeCue) {
    while (to > first && !isCapitalized(tokens[to]!) && !ROLE_NOUNS.has(tokens[to]!.lower)) to--;
    if (/['’]s$/u.test(tokens[to]!.lower) && to < last) to = last; // "Scott's niece"
  }
  // "a spokesman for the campaign", "the head of the Foreign Office", "a statement by the ministry"
  const link = tokens[to + 1];
  const head = tokens[to]!.lower;
  const unextended = to;
  if (
    link &&
    (((link.lower === 'for' || link.lower === 'of') && (ROLE_NOUNS.has(head) || PERSON_ROLES.has(head))) ||
      ((link.lower === 'by' || link.lower === 'from') && DOCUMENT_NOUNS.has(head)))
  ) {
    const after = phraseStartingAt(tokens, to + 2);
    if (after && after.kind !== 'pronoun') to = after.to;
    // "Minister of Fisheries and Water Omar Tazi": a portfolio of two capitalized nouns.
    if (
      after &&
      after.kind === 'name' &&
      tokens[to + 1]?.lower === 'and' &&
      isCapitalized(tokens[to + 2] ?? NO_TOKEN)
    ) {
      const more = phraseStartingAt(tokens, to + 2);
      if (more && more.kind === 'name') to = more.to;
    }
  }
  return classify(tokens, i, to, to !== unextended);
}

/**
 * True for a token that can sit inside a name run: capitalized, or a particle ("von").
 *
 * @example
 * isNameToken({ kind: 'word', text: 'von', lower: 'von', start: 0, end: 3 }); // true
 */
export function isNameToken(t: Token): boolean {
  return isCapitalized(t) || NAME_PARTICLES.has(t.lower);
}
