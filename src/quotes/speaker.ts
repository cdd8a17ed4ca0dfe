/**
 * Speaker naming and resolution: turns a speaker phrase into the mention span as written plus
 * a canonical name, and resolves pronouns to the most recent compatible person or organization.
 *
 * With `options.entities` (from the entities stage) a mention overlapping an entity mention,
 * or equal to one of its aliases, takes the entity's name and id, and the entity's type and
 * gender decide what a pronoun can refer to. Without entities a small registry built from the
 * text's own capitalized name runs stands in: "Russian President Vladimir Putin" registers
 * Vladimir Putin, so a later "Putin said" is named Vladimir Putin.
 */
import type { Entity } from '../core/types.js';
import { DETERMINERS, NP_STOP, ORGANIZATION_WORDS, POSSESSIVE_PRONOUNS, PRONOUNS } from './speaker-words.js';
import { NAME_PARTICLES, ORG_HEADS, SEATS_OF_POWER } from '../lexicon/name-parts.js';
import { SPEAKER_TITLES as TITLES, TITLE_GENDERS } from '../lexicon/titles.js';
import { isNameToken, type NounPhrase } from './noun-phrase.js';
import type { Token } from './frame-tokens.js';

/**
 * What a speaker mention refers to, as far as the text shows.
 *
 * @example
 * const referent: Referent = 'organization'; // "Kremlin" in "the Kremlin said"
 */
export type Referent = 'person' | 'organization' | 'group' | 'unknown';

/**
 * A speaker mention before pronoun resolution.
 *
 * @example
 * // text = '“We will respond,” Kremlin spokesman Dmitry Peskov said.', np = { from: 1, to: 4, kind: 'name' }
 * nameSpeaker(text, s.tokens, np, buildRegistry(text, sentences), null);
 * // { start: 37, end: 50, name: 'Dmitry Peskov', referent: 'person', gender: 'male' }
 */
export interface SpeakerMention {
  start: number;
  end: number;
  name: string;
  referent: Referent;
  pronoun?: string;
  entityId?: string;
  gender?: 'male' | 'female';
  /** Anonymous nominal speakers ("a military source") never resolve to an entity. */
  nominal?: boolean;
  /** An unnamed source kept as described ("a senior US official"). */
  anonymous?: boolean;
}

/**
 * A mention a pronoun may refer back to.
 *
 * @example
 * // text = '“We will respond,” Kremlin spokesman Dmitry Peskov said. “It is too early,” he added.'
 * const candidates: Antecedent[] = buildRegistry(text, sentences).mentions;
 * // [{ start: 19, name: 'Kremlin', referent: 'organization' },
 * //  { start: 37, name: 'Dmitry Peskov', referent: 'person', gender: 'male' }]
 * resolvePronoun('he', 76, candidates); // { start: 37, name: 'Dmitry Peskov', referent: 'person', gender: 'male' }
 */
export interface Antecedent {
  start: number;
  name: string;
  referent: Referent;
  entityId?: string;
  gender?: 'male' | 'female';
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/u, '');
}

/** True for a title or role word, singular or plural ("President", "Presidents", "Sen."). */
function isTitle(word: string): boolean {
  const w = bare(word);
  return TITLES.has(w) || (w.endsWith('s') && TITLES.has(w.slice(0, -1)));
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}.&-]+$/u.test(word) && word.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

/**
 * Organization when a word says so ("House", "Ministry") or the run is an acronym ("NATO").
 *
 * @example
 * looksLikeOrganization(['White', 'House']); // true
 */
export function looksLikeOrganization(words: readonly string[]): boolean {
  return words.some((w) => ORGANIZATION_WORDS.has(bare(w).replace(/['’]s$/u, '')) || isAcronym(w));
}

interface NameRun {
  from: number;
  to: number;
  /** Gender hinted by a stripped title (Mr., spokeswoman). */
  gender?: 'male' | 'female';
  titled: boolean;
}

/**
 * The name inside a run of capitalized tokens ending at `to`: titles and roles before the
 * name are dropped ("National Security Advisor Jake Sullivan" → "Jake Sullivan").
 *
 * @example
 * nameRun(tokens, 0, 4); // { from: 3, to: 4, titled: true } for "National Security Advisor Jake Sullivan"
 */
export function nameRun(tokens: readonly Token[], from: number, to: number): NameRun | null {
  let r = to;
  while (
    r - 1 >= from &&
    isNameToken(tokens[r - 1]!) &&
    !DETERMINERS.has(tokens[r - 1]!.lower) &&
    !NP_STOP.has(tokens[r - 1]!.lower) &&
    !PRONOUNS.has(tokens[r - 1]!.lower)
  )
    r--;
  while (r < to && NAME_PARTICLES.has(tokens[r]!.lower)) r++;
  let gender: 'male' | 'female' | undefined;
  let titled = false;
  // Title words just before the run (lower-case roles: "Kremlin spokesman Dmitry Peskov").
  for (let k = Math.max(from, r - 3); k < r; k++) {
    const w = bare(tokens[k]!.text);
    gender = TITLE_GENDERS.get(w) ?? gender;
    if (isTitle(w)) titled = true;
  }
  let start = r;
  for (let k = r; k < to; k++) {
    const w = bare(tokens[k]!.text);
    if (isTitle(w)) {
      start = k + 1;
      titled = true;
      gender = TITLE_GENDERS.get(w) ?? gender;
    }
  }
  // "Secretary of State Antony Blinken": the office's "of X" is not part of the name.
  if (start === r && r - 2 >= 0 && tokens[r - 1]!.lower === 'of' && isTitle(tokens[r - 2]!.text) && to - r >= 2) {
    start = r + 1;
    titled = true;
  }
  // "Ukrainian Volodymyr Zelensky": a nationality before a two-word name.
  if (start === r && to - r >= 2 && /(?:ian|ese|ish)$/u.test(tokens[r]!.lower)) start = r + 1;
  if (start > to) return null;
  return { from: start, to, gender, titled };
}

/** The text of tokens [from, to], as written. */
function spanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to]!.end);
}

/**
 * Entity lookups for speaker naming.
 *
 * @example
 * const index: EntityIndex = indexEntities([{ id: 'place:kremlin', type: 'place', name: 'Kremlin', aliases: ['Kremlin'], mentions: [] }]);
 * index.byAlias.get('kremlin')?.id; // 'place:kremlin'
 * index.mentions; // [] (the entity lists no mentions)
 */
export interface EntityIndex {
  /** Entity mentions sorted by start. */
  mentions: { start: number; end: number; entity: Entity }[];
  byAlias: Map<string, Entity>;
  bySurname: Map<string, Entity>;
  /**
   * People by their titles and the word-final parts of them ("greek prime minister", "prime
   * minister", "minister"), for "the prime minister said".
   */
  byTitle: Map<string, Entity[]>;
  /**
   * A person written with a one-letter slip of an earlier person's name (machine translation:
   * "Olaf Scholtz" after "Olaf Scholz") → that earlier person.
   */
  sameAs: Map<Entity, Entity>;
}

/** One insertion, deletion, substitution or swap of neighbours apart (and not equal). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Pairs of people whose names differ by a slip in the surname (at least five letters) with the
 * same first name or none: the later-mentioned one is the earlier one.
 */
function misspelledPeople(entities: readonly Entity[]): Map<Entity, Entity> {
  const people = entities
    .filter((e) => e.type === 'person')
    .map((e) => ({
      e,
      parts: e.name.toLowerCase().split(/\s+/u),
      first: Math.min(...e.mentions.map((m) => m.start), Infinity),
    }))
    .sort((x, y) => x.first - y.first);
  const out = new Map<Entity, Entity>();
  for (let k = 1; k < people.length && k < 400; k++) {
    const later = people[k]!;
    const surname = later.parts[later.parts.length - 1]!;
    if (surname.length < 5) continue;
    for (let j = 0; j < k && j < 400; j++) {
      const earlier = people[j]!;
      const other = earlier.parts[earlier.parts.length - 1]!;
      const firstsAgree = later.parts.length === 1 || earlier.parts.length === 1 || later.parts[0] === earlier.parts[0];
      if (firstsAgree && oneEditApart(surname, other)) {
        out.set(later.e, out.get(earlier.e) ?? earlier.e);
        break;
      }
    }
  }
  return out;
}

/**
 * Indexes the entities given in the options.
 *
 * @example
 * indexEntities([{ id: 'place:kremlin', type: 'place', name: 'Kremlin', aliases: ['Kremlin'], mentions: [] }]);
 */
export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const mentions: EntityIndex['mentions'] = [];
  const byAlias = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  const byTitle = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type === 'person') {
      for (const title of e.titles ?? []) {
        for (const key of titleKeys(title.toLowerCase().split(/\s+/u).filter(Boolean))) {
          const list = byTitle.get(key) ?? [];
          if (!list.includes(e)) list.push(e);
          byTitle.set(key, list);
        }
      }
    }
    for (const m of e.mentions ?? []) mentions.push({ start: m.start, end: m.end, entity: e });
    for (let k = -1; k < (e.aliases?.length ?? 0); k++) {
      const key = aliasKey(k < 0 ? e.name : e.aliases![k]!);
      if (!byAlias.has(key)) byAlias.set(key, e);
    }
    if (e.type === 'person') {
      const parts = e.name.split(/\s+/u);
      if (parts.length >= 2) bySurname.set(parts[parts.length - 1]!.toLowerCase(), e);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, byAlias, bySurname, byTitle, sameAs: misspelledPeople(entities) };
}

/** An alias as looked up: lower-case, without a leading "the". */
function aliasKey(alias: string): string {
  const lower = alias.toLowerCase();
  return lower.startsWith('the') ? lower.replace(/^the\s+/u, '') : lower;
}

function overlappingEntity(index: EntityIndex, start: number, end: number): Entity | undefined {
  // Binary search the first mention that could overlap, then scan a few.
  let lo = 0;
  let hi = index.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.mentions[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: Entity | undefined;
  let bestOverlap = 0;
  for (let k = Math.max(0, lo - 8); k < index.mentions.length && k < lo + 16; k++) {
    const m = index.mentions[k]!;
    if (m.start >= end) break;
    const overlap = Math.min(m.end, end) - Math.max(m.start, start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = m.entity;
    }
  }
  return best;
}

/**
 * The ways a title is referred back to: the whole and its word-final parts ("greek prime
 * minister", "prime minister", "minister"); for "X of Y" the whole and the parts of X
 * ("minister of economy", "minister"), never the bare "economy".
 *
 * @example
 * titleKeys(['greek', 'prime', 'minister']); // ['greek prime minister', 'prime minister', 'minister']
 * titleKeys(['minister', 'of', 'economy']);  // ['minister of economy', 'minister']
 */
export function titleKeys(words: readonly string[]): string[] {
  const of = words.indexOf('of');
  const head = of > 0 ? words.slice(0, of) : words;
  const keys = of > 0 ? [words.join(' ')] : [];
  for (let k = 0; k < head.length; k++) keys.push(head.slice(k).join(' '));
  return keys;
}

/** The person holding this title whose latest mention before `position` is the closest. */
function personByTitle(index: EntityIndex, title: string, position: number): Entity | undefined {
  const holders = index.byTitle.get(title);
  if (!holders) return undefined;
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of holders) {
    for (const m of e.mentions)
      if (m.end <= position && m.start > bestAt) {
        bestAt = m.start;
        best = e;
      }
  }
  return best;
}

/** Nouns that stand for a business named without its kind ("Acme … the company said"). */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation']);
/** How far back, in characters, "the ministry" looks for the organization it stands for. */
const ORGANIZATION_NOUN_REACH = 2000;

/**
 * The organization a definite noun stands for: the one mentioned last before `position`
 * (within ORGANIZATION_NOUN_REACH) whose name holds that noun ("the ministry" → "Foreign
 * Ministry of Ruritania", "the party" → "Labour Party"); for a business noun ("the company"), the
 * organization mentioned last, whatever its name. None when the noun is no organization head.
 */
function organizationByNoun(index: EntityIndex, noun: string, position: number): Entity | undefined {
  const business = BUSINESS_NOUNS.has(noun);
  if (!business && !ORG_HEADS.has(noun)) return undefined;
  for (let k = index.mentions.length - 1; k >= 0; k--) {
    const { start, end, entity } = index.mentions[k]!;
    if (end > position) continue;
    if (start < position - ORGANIZATION_NOUN_REACH) break;
    if (entity.type !== 'organization') continue;
    if (business || entity.name.toLowerCase().split(/\s+/u).includes(noun)) return entity;
  }
  return undefined;
}

/**
 * What an entity can be as a speaker: a person, or a body that speaks. A seat of power is a place
 * ("the Kremlin", SEATS_OF_POWER) that speaks for the body inside it, so it speaks as an organization.
 *
 * @example
 * referentOf({ id: 'place:kremlin', type: 'place', name: 'Kremlin', aliases: [], mentions: [] }); // 'organization'
 * referentOf({ id: 'place:moscow', type: 'place', name: 'Moscow', aliases: [], mentions: [] }); // 'unknown'
 */
export function referentOf(entity: Entity): Referent {
  if (entity.type === 'person') return 'person';
  if (entity.type === 'organization' || (entity.type === 'place' && SEATS_OF_POWER.has(entity.name.toLowerCase())))
    return 'organization';
  return 'unknown';
}

/**
 * A speaker mention at [start, end) that names `entity`: its name, id and gender, read as
 * `referent` (by default what the entity's type makes it, see `referentOf`).
 *
 * @example
 * entityMention({ id: 'person:dmitry-peskov', type: 'person', name: 'Dmitry Peskov', aliases: [], mentions: [] }, 0, 6).name; // 'Dmitry Peskov'
 */
export function entityMention(
  entity: Entity,
  start: number,
  end: number,
  referent: Referent = referentOf(entity),
): SpeakerMention {
  const mention: SpeakerMention = { start, end, name: entity.name, referent, entityId: entity.id };
  if (entity.gender) mention.gender = entity.gender;
  return mention;
}

/**
 * Names a speaker phrase: the mention span as written and its canonical name.
 *
 * @example
 * // "Kremlin spokesman Dmitry Peskov" → { name: 'Dmitry Peskov', start/end of "Dmitry Peskov" }
 */
export function nameSpeaker(
  text: string,
  tokens: readonly Token[],
  np: NounPhrase,
  entities: EntityIndex | null,
): SpeakerMention | null {
  if (np.kind === 'pronoun') {
    const t = tokens[np.from]!;
    const bareLength = /^[\p{L}]+/u.exec(t.text)![0].length; // "He’s" → "He"
    return {
      start: t.start,
      end: t.start + bareLength,
      name: t.text.slice(0, bareLength),
      referent: 'unknown',
      pronoun: t.lower.slice(0, bareLength),
    };
  }
  if (np.kind === 'nominal') {
    // the determiner goes from the name, unless it is the whole phrase ("Some chanted")
    const from = DETERMINERS.has(tokens[np.from]!.lower) && np.from < np.to ? np.from + 1 : np.from;
    const start = tokens[np.from]!.start;
    const end = tokens[np.to]!.end;
    const name = spanText(text, tokens, from, np.to);
    const entity = entities ? overlappingEntity(entities, tokens[from]!.start, end) : undefined;
    const words = name.split(/\s+/u);
    const referent: Referent = /s$/u.test(words[words.length - 1]!)
      ? 'group'
      : looksLikeOrganization(words)
        ? 'organization'
        : 'person';
    // Only a nominal made of a proper name ("the Kremlin") takes the entity; "a Kremlin source" stays anonymous.
    if (entity && referentOf(entity) === 'organization' && words.every((w) => /^\p{Lu}/u.test(w))) {
      return { start: tokens[from]!.start, end, name: entity.name, referent: 'organization', entityId: entity.id };
    }
    // "the prime minister said" after "Prime Minister Kyriakos Mitsotakis": a definite title
    // names the person last mentioned with it ("a minister" stays anonymous)
    if (tokens[np.from]!.lower === 'the') {
      const title = name.toLowerCase();
      const titled = entities ? personByTitle(entities, title, start) : undefined;
      if (titled) {
        const mention: SpeakerMention = { start, end, name: titled.name, referent: 'person', entityId: titled.id };
        if (titled.gender) mention.gender = titled.gender;
        return mention;
      }
    }
    // "the ministry said" after "the Foreign Ministry", "the company said" after "Acme": a definite
    // organization noun names the organization the text last mentioned of that kind
    if (tokens[np.from]!.lower === 'the' && from === np.to && entities) {
      const named = organizationByNoun(entities, tokens[from]!.lower, start);
      if (named) return { start, end, name: named.name, referent: 'organization', entityId: named.id };
    }
    return { start, end, name, referent, nominal: true };
  }
  const run = nameRun(tokens, np.from, np.to);
  if (!run) return null;
  const start = tokens[run.from]!.start;
  const end = tokens[run.to]!.end;
  const written = text.slice(start, end).replace(/['’]s$/u, '');
  const words = written.split(/\s+/u);
  if (entities) {
    const found =
      overlappingEntity(entities, start, end) ??
      entities.byAlias.get(written.toLowerCase()) ??
      (words.length === 1 ? entities.bySurname.get(written.toLowerCase()) : undefined);
    const entity = found && (entities.sameAs.get(found) ?? found);
    if (entity) return entityMention(entity, start, end);
  }
  if (looksLikeOrganization(words)) return { start, end, name: written, referent: 'organization' };
  const mention: SpeakerMention = {
    start,
    end,
    name: written,
    referent: run.titled || words.length >= 2 ? 'person' : 'unknown',
  };
  if (run.gender) mention.gender = run.gender;
  return mention;
}

/**
 * Resolves a pronoun to the most recent compatible antecedent before `position`.
 * `candidates` is sorted by start; mentions inside quotations are excluded by the caller.
 *
 * @example
 * resolvePronoun('he', 120, candidates); // { name: 'Dmitry Peskov', ... } or null
 */
export function resolvePronoun(
  pronoun: string,
  position: number,
  candidates: readonly Antecedent[],
): Antecedent | null {
  // a possessor ("were his words") stands for its subject pronoun
  const kind = PRONOUNS.get(POSSESSIVE_PRONOUNS.get(pronoun) ?? pronoun);
  if (!kind || kind === 'first') return null;
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1, steps = 0; k >= 0 && steps < 80; k--, steps++) {
    const c = candidates[k]!;
    if (position - c.start > 3000) break;
    if (kind === 'male' || kind === 'female') {
      if (c.referent !== 'person') continue;
      if (c.gender && c.gender !== kind) continue;
      return c;
    }
    if (kind === 'neuter' && c.referent === 'organization') return c;
    if (kind === 'plural' && (c.referent === 'organization' || c.referent === 'group')) return c;
  }
  return null;
}
