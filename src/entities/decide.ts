/**
 * One type per name per article, from the evidence of every mention of the name.
 *
 * A mention's evidence is the tagger's score per type ('model') plus the declared rules
 * that fire on it (rules.ts). The evidence of all mentions with the same key is summed, so
 * one strong clue ("Mr. Biden", "the Carnegie Endowment", a known country) types every
 * mention of the name, and a surname inherits the person evidence of the full name it
 * ends ("Biden" <- "Joe Biden"), and the short form of a company's name inherits from the
 * full name ("Granite Ridge" <- "Granite Ridge Mining Corp"), a club's name from its name with
 * a designator ("Northtown" <- "FC Northtown"). A name whose strongest evidence is 'none' (a nationality
 * word, a holiday, a title without a name, something the model calls a miscellaneous
 * name) is dropped, and so is a name of common English words written once in prose that
 * only the tagger calls an organization, by a small margin (a heading or a product feature).
 * A one-word name no list knows as a person's, which the tagger reads as a person, is a firm when
 * the article writes it as one ("its" going back to it, "a spokesperson for X": rules.ts `cue/firm-*`)
 * and gives no cue of a person.
 */
import type { EntityType } from '../core/types.js';
import { isTitleCaseWord, type Candidate } from './candidates.js';
import {
  CHINESE_FAMILY_NAMES,
  CLUB_DESIGNATORS,
  DIRECTIONS,
  KNOWN_PLACES,
  KOREAN_FAMILY_NAMES,
  NAME_CONNECTORS,
  WORD_GIVEN_NAMES,
} from '../lexicon/name-parts.js';
import { isCityName } from './cities.js';
import { isKnownPlaceName } from './countries.js';
import { regionCountry } from './regions.js';
import { COMPANY_DESIGNATORS } from './context-words.js';
import { isSpellingVariant, skeleton } from './similarity.js';
import { isNationalBodyForm } from './national-bodies.js';
import { englishBand } from '../lexicon/english-words.js';
import { familyLast } from './name-order.js';
import { isPersonNameWord } from './vocabulary.js';
import type { Evidence, EvidenceType } from './rules.js';

/**
 * A candidate with its evidence.
 *
 * @example
 * const m: Evidenced = { ...candidate, key: 'dmitry peskov', evidence: [{ rule: 'model', type: 'person', weight: 83 }] };
 */
export interface Evidenced extends Candidate {
  /** Normalized name used to group mentions of the same name (nameKey). */
  key: string;
  evidence: Evidence[];
}

/**
 * A mention whose type is decided, with the summed evidence of its name.
 *
 * @example
 * decideTypes(evidenced).map((m: TypedMention) => [m.text, m.type]); // [['Kremlin', 'organization'], ...]
 */
export interface TypedMention extends Evidenced {
  type: EntityType;
  /** The summed evidence per type of every mention of the name. */
  totals: Record<EvidenceType, number>;
}

// prettier-ignore
const TYPES: readonly EvidenceType[] = ['person', 'organization', 'place', 'none'];
const INITIAL = /^\p{Lu}\.?$/u;
/** What the short form of a company's name gets from the full name ("Granite Ridge" <- "Granite Ridge Mining Corp"). */
const COMPANY_PREFIX = 200;
/** What each mention of a surname inherits from the full name it ends ("Biden" <- "Joe Biden"). */
const SURNAME_INHERITANCE = 100;
/** What each mention of a two-word name inherits from its surname written alone as a person. */
const FULL_NAME_INHERITANCE = 60;
/**
 * How much the other mentions of a name (their mean evidence) count next to a mention's own evidence: enough to
 * type a mention the model is unsure of from a clear mention elsewhere, not so much that a
 * city's team ("NEW YORK 5 Boston 3") and the city ("in New York") must share one type.
 * Chosen on CoNLL-2003 dev: 1 → 0.5 took exact F1 93.0 → 93.6 (tp 4639 → 4663; anything
 * from 0 to 0.5 scores within 4 tp), the gain all in cities that name both a club and a
 * place; bench/pages and the fixtures are the same at 0.5 and 1.
 */
const DOCUMENT_WEIGHT = 0.5;

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
 * A club's name without its designator, as a name key ("FC Northtown Rovers" -> "northtown
 * rovers"), or null when the name has none.
 *
 * @example
 * clubBase('Northtown FC'); // 'northtown'
 * clubBase('Northtown Rovers'); // null
 */
export function clubBase(text: string): string | null {
  const words = text.split(/\s+/);
  if (words.length < 2) return null;
  if (CLUB_DESIGNATORS.has(words[0]!)) return nameKey(words.slice(1).join(' '));
  if (CLUB_DESIGNATORS.has(words[words.length - 1]!)) return nameKey(words.slice(0, -1).join(' '));
  return null;
}

/**
 * Name words without connectors and initials ("Andrew S Weiss" -> Andrew, Weiss).
 *
 * @example
 * nameWords('Charles de Gaulle'); // ['Charles', 'Gaulle']
 */
export function nameWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()) && !INITIAL.test(w));
}

/**
 * One representative key per group of single-word keys that are spelling variants of each
 * other (similarity.ts), compared within buckets of one consonant skeleton (linear).
 */
function variantGroups(keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const buckets = new Map<string, string[]>();
  for (const key of new Set(keys)) {
    if (key.includes(' ')) continue;
    const b = `${key[0]}|${skeleton(key)}`;
    const reps = buckets.get(b) ?? [];
    const rep = reps.find((r) => isSpellingVariant(r, key));
    if (rep) out.set(key, rep);
    else {
      reps.push(key);
      buckets.set(b, reps);
    }
  }
  return out;
}

/** How common a word must be (english-words band, 9 = the commonest) to be no one's name alone (4: the English bench/clean bodies lose a dozen junk people at 4, CoNLL dev holds). */
const COMMON_BAND = 4;

// "the Speed and Comfort section", "a play called Ruin", "Good Fortune, the ballad": one or
// two common English words written as a name, with no title, nobody's name to compromise and
// no evidence of a person but the tagger's, are a heading or a title of a work, not a person
// (the caller also asks that no longer name of the article ends with them).
function isLoneCommonWord(c: Evidenced, type: 'person' | 'place' = 'person'): boolean {
  if (c.title || c.last - c.first > 1) return false;
  const words = c.text.split(' ');
  if (words.length !== c.last - c.first + 1) return false;
  for (const w of words) {
    if (!isTitleCaseWord(w) || englishBand(w) < COMMON_BAND || isPersonNameWord(w.toLowerCase())) return false;
  }
  // "Bill Gates": a given name spelled like a word opens a person's name of two words
  if (type === 'person' && words.length === 2 && WORD_GIVEN_NAMES.has(words[0]!.toLowerCase())) return false;
  return !c.evidence.some((e) => e.type === type && e.rule !== 'model' && e.weight > 0);
}

// "Technology", "Hope", "Customs" read as places: one common English word that no gazetteer
// knows as a place, with nothing but the tagger behind it, is a heading or a label in prose.
// Compass words stay ("the West").
function isLoneCommonPlaceWord(c: Evidenced): boolean {
  if (c.last !== c.first || DIRECTIONS.has(c.text.toLowerCase())) return false;
  if (
    isKnownPlaceName(c.text) ||
    KNOWN_PLACES.has(c.text.toLowerCase()) ||
    isCityName(c.text) ||
    regionCountry(c.text) !== null
  )
    return false;
  return isLoneCommonWord(c, 'place');
}

/**
 * How far the tagger's score for organization must lead every other type (and 0) to keep a
 * name of common English words written once in prose on which no rule fired. The
 * tagger learned from 1996 newswire that a capital mid-sentence is a name; modern web copy
 * also capitalizes headings, product features and events ("the new Pulse Sense mode"), which
 * it then calls organizations by a small margin. Chosen on the web and MT dev sets (micro F1
 * 77.5 -> 77.8 and 88.3 -> 88.5: nine false organizations dropped, two true ones lost;
 * anything from 30 to 80 scores within 0.1); CoNLL-2003 dev (95.8 / 94.8) and bench/pages unchanged.
 */
const WEAK_ORGANIZATION_MARGIN = 40;

// "Summer Reading Challenge", "Customer Care": one mention in prose, every word a common English
// word in Title Case, no word shared with another name of the article (no short or full form of
// a name written elsewhere), no national body's name or generic form ("Parliament": the
// article's country makes it a body later), no rule fired (the tagger's score is the only
// evidence), and organization ahead of the runner-up by a small margin.
function isWeakCommonWordsOrganization(
  c: Evidenced,
  mixed: Record<EvidenceType, number>,
  sharedWord: (word: string) => boolean,
): boolean {
  if (c.evidence.some((e) => e.rule !== 'model' && e.weight !== 0)) return false;
  const words = c.text.split(' ');
  if (!words.every((w) => isTitleCaseWord(w) && englishBand(w) >= COMMON_BAND)) return false;
  if (c.key.split(' ').some(sharedWord) || isNationalBodyForm(c.text)) return false;
  let runnerUp = 0;
  for (const t of TYPES) if (t !== 'organization' && mixed[t] > runnerUp) runnerUp = mixed[t];
  return mixed.organization - runnerUp < WEAK_ORGANIZATION_MARGIN;
}

/**
 * How far the tagger's person score must lead its other scores on some mention of a one-word
 * name nobody's-name list knows for the tagger alone to make it a person (`isUnsupportedLoneName`).
 * Chosen on the web and MT dev sets with CoNLL-2003 as the guard: at 20 web person false
 * positives 88 -> 71 (one true person lost), MT 38 -> 35 (two lost), CoNLL-2003 dev two false
 * positives fewer and train unchanged; 25 and 30 drop a few more web false positives but cost
 * train 3 and 6 true persons (surnames the tagger knows less well), 15 gains less.
 */
const LONE_PERSON_MARGIN = 20;
/** The weight from which a rule for a body alone makes an unsupported lone name a firm (`hasFirmCue`). */
const FIRM_RULE_WEIGHT = 60;
/** One capitalized word with a lower-case letter ("Zendly", "TrovLink", "Ana-Lise"), no acronym. */
const LONE_NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/** The tagger's person score minus its best other score on one mention. */
function personMargin(c: Evidenced): number {
  const model = { person: 0, organization: 0, place: 0, none: 0 };
  for (const e of c.evidence) if (e.rule === 'model') model[e.type] += e.weight;
  return model.person - Math.max(model.organization, model.place, model.none);
}

/** True for a word (or a part of a hyphenated one) that our lists know as someone's name. */
function isKnownNamePart(word: string): boolean {
  return word
    .toLowerCase()
    .split(/[-'’]/u)
    .some((w) => isPersonNameWord(w) || CHINESE_FAMILY_NAMES.has(w) || KOREAN_FAMILY_NAMES.has(w));
}

// "a firm like Zendly", "the app Corvanta", "reported by Newsly": a one-word name that no list of
// given and family names knows, written with no title, no given name before it (the caller asks
// that no longer name ends with it), no rule or cue for a person (he or she after it, a verb of
// saying, "the X administration": rules.ts `cue/*`) and that the tagger reads as a person on
// every mention by a small margin only, is a company, an outlet or a product, not a person.
function isUnsupportedLoneName(mentions: readonly Evidenced[]): boolean {
  return mentions.every((c) => isLoneNameWithoutPersonCue(c) && personMargin(c) < LONE_PERSON_MARGIN);
}

/**
 * What a one-word name the tagger reads as a person is, from all its mentions: no person when it is
 * unsupported (`isUnsupportedLoneName`) and nothing reads it as a body (null), an organization when a
 * rule for a body or a firm's cue does; and, whatever the tagger's margin ("Varco doubled its
 * prices", "a spokesperson for Varco"), an organization when a firm's cue fired and no person's cue
 * did (but a short line's); else a person.
 */
function loneNameVerdict(mentions: readonly Evidenced[]): 'person' | 'organization' | null {
  if (isUnsupportedLoneName(mentions)) return hasBodyRule(mentions) || hasFirmCue(mentions) ? 'organization' : null;
  if (mentions.every((m) => isLoneNameWithoutPersonCue(m, FIRM_OUTWEIGHS)) && hasFirmCue(mentions))
    return 'organization';
  return 'person';
}

/**
 * One unknown capitalized word, no title, and no rule or cue for a person on this mention (but those
 * in `ignored`).
 */
function isLoneNameWithoutPersonCue(c: Evidenced, ignored: ReadonlySet<string> = NO_RULES): boolean {
  return (
    c.first === c.last &&
    !c.title &&
    LONE_NAME_WORD.test(c.text) &&
    !isKnownNamePart(c.text) &&
    !c.evidence.some((e) => e.type === 'person' && e.rule !== 'model' && e.weight >= 0 && !ignored.has(e.rule))
  );
}
const NO_RULES: ReadonlySet<string> = new Set();
/** Person cues a firm's cue outweighs: a name alone on a short line (a heading, a link) is a person in a table only. */
const FIRM_OUTWEIGHS: ReadonlySet<string> = new Set(['cue/row-line']);

/** True when a rule that reads a body (a firm's cue, a company's kind before it) fired on some mention. */
function hasBodyRule(mentions: readonly Evidenced[]): boolean {
  return mentions.some((m) => m.evidence.some((e) => e.type === 'organization' && e.rule !== 'model' && e.weight > 0));
}

/**
 * True when a firm's cue (rules.ts `cue/firm-*`) or a strong rule for a body fired on some mention, one
 * that reads the name, not one line of a table (`local`).
 */
function hasFirmCue(mentions: readonly Evidenced[]): boolean {
  return mentions.some((m) =>
    m.evidence.some(
      (e) =>
        e.type === 'organization' &&
        e.rule !== 'model' &&
        !e.local &&
        (e.rule.startsWith('cue/') || e.weight >= FIRM_RULE_WEIGHT),
    ),
  );
}

function argmax(s: Record<EvidenceType, number>): EvidenceType {
  let best: EvidenceType = 'person';
  for (const t of TYPES) if (s[t] > s[best]) best = t;
  return best;
}

/**
 * Decides the type of every candidate from the evidence of all mentions of its name.
 *
 * @example
 * decideTypes(evidenced).map((m) => [m.text, m.type]);
 */
export function decideTypes(
  cands: readonly Evidenced[],
  options: {
    prose?: boolean;
    /** The text is English, where the rules' person cues read it (`isUnsupportedLoneName` asks for them). */
    english?: boolean;
  } = {},
): TypedMention[] {
  const sums = new Map<string, Record<EvidenceType, number>>();
  const add = (key: string, type: EvidenceType, w: number): void => {
    let cur = sums.get(key);
    if (!cur) {
      cur = { person: 0, organization: 0, place: 0, none: 0 };
      sums.set(key, cur);
    }
    cur[type] += w;
  };
  // Spelling variants of one name ("Donbass"/"Donbas", "Lugansk"/"Luhansk") share their evidence.
  const group = variantGroups(cands.map((c) => c.key));
  const keyOf = (c: Evidenced): string => group.get(c.key) ?? c.key;
  // the mentions of each name: how many there are, and the questions asked of all of them
  const mentionsOf = new Map<string, Evidenced[]>();
  for (const c of cands) {
    const list = mentionsOf.get(keyOf(c));
    if (list) list.push(c);
    else mentionsOf.set(keyOf(c), [c]);
    for (const e of c.evidence) if (!e.local) add(keyOf(c), e.type, e.weight);
  }
  // A surname inherits the person evidence of the full names it ends, in every mention
  // ("Kishida" in "the Kishida cabinet" <- "Fumio Kishida"); a two-word full name inherits
  // from its surname written alone as a person ("Elon Musk's takeover" <- "Musk said").
  const decided = new Map<string, EvidenceType>();
  for (const [key, s] of sums) decided.set(key, argmax(s));
  const bonus = new Map<string, number>();
  for (const c of cands) {
    const words = familyLast(nameWords(c.text));
    if (words.length < 2 || bonus.has(c.key)) continue;
    const surname = keyOf({ key: nameKey(words[words.length - 1]!) } as Evidenced);
    if (!sums.has(surname) || surname === c.key) continue;
    // (a name no type scores above 0, "Ousted Varco", is no one's full name and is dropped later)
    if (decided.get(c.key) === 'person' && sums.get(c.key)!.person > 0) bonus.set(surname, SURNAME_INHERITANCE);
    else if (decided.get(surname) === 'person' && words.length === 2) bonus.set(c.key, FULL_NAME_INHERITANCE);
  }
  for (const [key, w] of bonus) add(key, 'person', w);
  // the last words of the article's longer names: a word alone there may be a surname
  const endsLongerName = new Set<string>();
  for (const c of cands) {
    const words = familyLast(nameWords(c.text));
    if (words.length > 1) endsLongerName.add(keyOf({ key: nameKey(words[words.length - 1]!) } as Evidenced));
  }
  // A company's name without its designator, or a shorter form of it ("Granite Ridge" <- "Granite
  // Ridge Mining Corp", "Marcelli" <- "Marcelli Inc"), is the company wherever the article writes it.
  const prefixes = new Set<string>();
  for (const c of cands) {
    const words = c.key.split(' ');
    if (
      words.length < 2 ||
      !COMPANY_DESIGNATORS.has(words[words.length - 1]!.replace(/\.$/, '')) ||
      argmax(sums.get(c.key)!) !== 'organization'
    )
      continue;
    // "China Railway Signal Co., Ltd.": a known place opening a company's name names the place
    // still ("China", "Shanghai" alone), as a place before any head noun does; the comma before a
    // designator is no part of the short form ("Marcelli, Inc." -> "Marcelli")
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ').replace(/,$/, '');
      if (!isKnownPlaceName(c.text.split(/\s+/).slice(0, n).join(' '))) prefixes.add(prefix);
    }
  }
  // A club's name without its designator ("Northtown" <- "FC Northtown") is the club.
  for (const c of cands) {
    const base = clubBase(c.text);
    if (base !== null && argmax(sums.get(keyOf(c))!) === 'organization') prefixes.add(base);
  }
  for (const c of cands) {
    if (prefixes.has(c.key) && !c.evidence.some((e) => e.rule === 'company-prefix')) {
      c.evidence = [...c.evidence, { rule: 'company-prefix', type: 'organization', weight: COMPANY_PREFIX }];
      add(c.key, 'organization', COMPANY_PREFIX);
    }
  }
  // how many mentions hold each word of a name key
  const wordCounts = new Map<string, number>();
  for (const c of cands) for (const w of new Set(c.key.split(' '))) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const sharedWord = (w: string): boolean => (wordCounts.get(w) ?? 0) > 1;
  const out: TypedMention[] = [];
  const loneNameVerdicts = new Map<string, 'person' | 'organization' | null>();
  for (const c of cands) {
    const totals = sums.get(keyOf(c))!;
    const own = { person: 0, organization: 0, place: 0, none: 0 };
    const shared = { person: 0, organization: 0, place: 0, none: 0 };
    for (const e of c.evidence) {
      own[e.type] += e.weight;
      if (!e.local) shared[e.type] += e.weight;
    }
    const mixed = { person: 0, organization: 0, place: 0, none: 0 };
    const others = Math.max(1, mentionsOf.get(keyOf(c))!.length - 1);
    const inherits = bonus.get(keyOf(c)) ?? 0;
    // In prose a name is one thing throughout the article: every mention takes the name's
    // summed evidence (plus its own local evidence). In tables and sports copy a city may be
    // the place in one line and its club in the next, so a mention's own evidence counts most.
    if (options.prose) for (const t of TYPES) mixed[t] = totals[t] + own[t] - shared[t];
    else {
      for (const t of TYPES)
        mixed[t] = own[t] + (DOCUMENT_WEIGHT * (totals[t] - shared[t] - (t === 'person' ? inherits : 0))) / others;
      mixed.person += inherits;
    }
    const t = argmax(mixed);
    if (t === 'none' || mixed[t] <= 0) continue;
    if (options.prose && t === 'person' && !endsLongerName.has(keyOf(c)) && isLoneCommonWord(c)) continue;
    if (options.prose && t === 'place' && isLoneCommonPlaceWord(c)) continue;
    if (
      options.prose &&
      t === 'organization' &&
      mentionsOf.get(keyOf(c))!.length === 1 &&
      isWeakCommonWordsOrganization(c, mixed, sharedWord)
    )
      continue;
    let type: EvidenceType = t;
    const key = keyOf(c);
    if (options.english && t === 'person' && !endsLongerName.has(key) && !bonus.has(key)) {
      // one verdict per name, read once from all its mentions
      let verdict = loneNameVerdicts.get(key);
      if (verdict === undefined) loneNameVerdicts.set(key, (verdict = loneNameVerdict(mentionsOf.get(key)!)));
      if (verdict === null) continue;
      type = verdict;
    }
    out.push({ ...c, type, totals });
  }
  return out;
}
