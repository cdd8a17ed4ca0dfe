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
import { DETERMINERS, NP_STOP, ORGANIZATION_WORDS, PLACE_WORDS, PRONOUNS } from './speaker-words.js';
import { NAME_PARTICLES } from '../lexicon/name-parts.js';
import { SPEAKER_TITLES as TITLES, TITLE_GENDERS } from '../lexicon/titles.js';
import { isNameToken, type NounPhrase } from './noun-phrase.js';
import type { Sentence, Token } from './frame-tokens.js';

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
  while (r - 1 >= from && isNameToken(tokens[r - 1]!) && !DETERMINERS.has(tokens[r - 1]!.lower)
    && !NP_STOP.has(tokens[r - 1]!.lower) && !PRONOUNS.has(tokens[r - 1]!.lower)) r--;
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
 * Registry of person names seen in the text: surname → full name, plus every mention.
 *
 * @example
 * // text = '“We will respond,” Kremlin spokesman Dmitry Peskov said.'
 * const registry: NameRegistry = buildRegistry(text, segment(text, scanQuotes(text)));
 * registry.fullNames.get('peskov'); // { name: 'Dmitry Peskov', gender: 'male' }
 */
export interface NameRegistry {
  fullNames: Map<string, { name: string; gender?: 'male' | 'female' }>;
  mentions: Antecedent[];
  /**
   * Titled mentions by the title and its word-final parts ("prime minister", "minister"),
   * in text order, for "the prime minister said" when no entities were given.
   */
  byTitle: Map<string, { start: number; name: string; gender?: 'male' | 'female' }[]>;
}

/**
 * Builds the person-name registry from the frame tokens of every sentence.
 *
 * @example
 * buildRegistry(text, sentences).fullNames.get('putin'); // { name: 'Vladimir Putin' }
 */
export function buildRegistry(text: string, sentences: readonly Sentence[]): NameRegistry {
  const fullNames = new Map<string, { name: string; gender?: 'male' | 'female' }>();
  const runs: { start: number; words: string[]; run: NameRun; title: string[] }[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    let k = 0;
    while (k < t.length) {
      if (!isCap(t[k]!)) { k++; continue; }
      let e = k;
      while (e + 1 < t.length && (isCap(t[e + 1]!) || (NAME_PARTICLES.has(t[e + 1]!.lower) && t[e + 2] && isCap(t[e + 2]!)))) e++;
      // Include lower-case titles just before ("spokesman") for gender hints.
      const run = nameRun(t, Math.max(0, k - 2), e);
      if (run) {
        const words = t.slice(run.from, run.to + 1).map((x) => x.text);
        // the title words right before the name: "Prime Minister", "Kremlin spokesman"
        let ts = run.from;
        while (ts - 1 >= Math.max(0, k - 2) && (isTitle(bare(t[ts - 1]!.text)) || isCap(t[ts - 1]!))) ts--;
        const title = run.titled ? t.slice(ts, run.from).map((x) => x.lower) : [];
        runs.push({ start: t[run.from]!.start, words, run, title });
        const personLike = words.length >= 2 && words.length <= 4 && !looksLikeOrganization(words)
          && !words.some((w) => PLACE_WORDS.has(w.toLowerCase()));
        if (personLike) {
          const key = words[words.length - 1]!.toLowerCase();
          const prev = fullNames.get(key);
          const name = spanText(text, t, run.from, run.to);
          if (!prev) fullNames.set(key, run.gender ? { name, gender: run.gender } : { name });
          else if (!prev.gender && run.gender) prev.gender = run.gender;
        }
      }
      k = e + 1;
    }
  }
  const mentions: Antecedent[] = [];
  const byTitle: NameRegistry['byTitle'] = new Map();
  for (const r of runs) {
    const key = r.words[r.words.length - 1]!.toLowerCase();
    const known = fullNames.get(key);
    if (known && r.title.length) {
      for (const titleKey of titleKeys(r.title)) {
        const list = byTitle.get(titleKey) ?? [];
        list.push(known.gender ? { start: r.start, name: known.name, gender: known.gender } : { start: r.start, name: known.name });
        byTitle.set(titleKey, list);
      }
    }
    if (known) {
      mentions.push(known.gender ? { start: r.start, name: known.name, referent: 'person', gender: known.gender }
        : { start: r.start, name: known.name, referent: 'person' });
    } else if (looksLikeOrganization(r.words)) {
      mentions.push({ start: r.start, name: r.words.join(' '), referent: 'organization' });
    }
  }
  return { fullNames, mentions, byTitle };
}

function isCap(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !NP_STOP.has(t.lower) && !DETERMINERS.has(t.lower)
    && !PRONOUNS.has(t.lower);
}

/**
 * Entity lookups for speaker naming.
 *
 * @example
 * const index: EntityIndex = indexEntities([{ id: 'org:kremlin', type: 'organization', name: 'Kremlin', aliases: ['Kremlin'], mentions: [] }]);
 * index.byAlias.get('kremlin')?.id; // 'org:kremlin'
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
}

/**
 * Indexes the entities given in the options.
 *
 * @example
 * indexEntities([{ id: 'org:kremlin', type: 'organization', name: 'Kremlin', aliases: ['Kremlin'], mentions: [] }]);
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
    for (const a of [e.name, ...(e.aliases ?? [])]) {
      const key = a.toLowerCase().replace(/^the\s+/u, '');
      if (!byAlias.has(key)) byAlias.set(key, e);
    }
    if (e.type === 'person') {
      const parts = e.name.split(/\s+/u);
      if (parts.length >= 2) bySurname.set(parts[parts.length - 1]!.toLowerCase(), e);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, byAlias, bySurname, byTitle };
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
    if (overlap > bestOverlap) { bestOverlap = overlap; best = m.entity; }
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
    for (const m of e.mentions) if (m.end <= position && m.start > bestAt) { bestAt = m.start; best = e; }
  }
  return best;
}

function referentOf(entity: Entity): Referent {
  return entity.type === 'person' ? 'person' : entity.type === 'organization' ? 'organization' : 'unknown';
}

/**
 * Names a speaker phrase: the mention span as written and its canonical name.
 *
 * @example
 * // "Kremlin spokesman Dmitry Peskov" → { name: 'Dmitry Peskov', start/end of "Dmitry Peskov" }
 */
export function nameSpeaker(
  text: string, tokens: readonly Token[], np: NounPhrase, registry: NameRegistry, entities: EntityIndex | null,
): SpeakerMention | null {
  if (np.kind === 'pronoun') {
    const t = tokens[np.from]!;
    const bareLength = /^[\p{L}]+/u.exec(t.text)![0].length; // "He’s" → "He"
    return { start: t.start, end: t.start + bareLength, name: t.text.slice(0, bareLength), referent: 'unknown', pronoun: t.lower.slice(0, bareLength) };
  }
  if (np.kind === 'nominal') {
    const from = DETERMINERS.has(tokens[np.from]!.lower) ? np.from + 1 : np.from;
    const start = tokens[np.from]!.start;
    const end = tokens[np.to]!.end;
    const name = spanText(text, tokens, from, np.to);
    const entity = entities ? overlappingEntity(entities, tokens[from]!.start, end) : undefined;
    const words = name.split(/\s+/u);
    const referent: Referent = /s$/u.test(words[words.length - 1]!) ? 'group'
      : looksLikeOrganization(words) ? 'organization' : 'person';
    // Only a nominal made of a proper name ("the Kremlin") takes the entity; "a Kremlin source" stays anonymous.
    if (entity && entity.type === 'organization' && words.every((w) => /^\p{Lu}/u.test(w))) {
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
      const seen = (registry.byTitle.get(title) ?? []).filter((m) => m.start < start).pop();
      if (seen) {
        const mention: SpeakerMention = { start, end, name: seen.name, referent: 'person' };
        if (seen.gender) mention.gender = seen.gender;
        return mention;
      }
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
    const entity = overlappingEntity(entities, start, end)
      ?? entities.byAlias.get(written.toLowerCase())
      ?? (words.length === 1 ? entities.bySurname.get(written.toLowerCase()) : undefined);
    if (entity) {
      const mention: SpeakerMention = { start, end, name: entity.name, referent: referentOf(entity), entityId: entity.id };
      if (entity.gender) mention.gender = entity.gender;
      return mention;
    }
  }
  const known = registry.fullNames.get(words[words.length - 1]!.toLowerCase());
  if (looksLikeOrganization(words)) return { start, end, name: written, referent: 'organization' };
  if (known) {
    const mention: SpeakerMention = { start, end, name: known.name, referent: 'person' };
    const gender = run.gender ?? known.gender;
    if (gender) mention.gender = gender;
    return mention;
  }
  const mention: SpeakerMention = { start, end, name: written, referent: run.titled || words.length >= 2 ? 'person' : 'unknown' };
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
export function resolvePronoun(pronoun: string, position: number, candidates: readonly Antecedent[]): Antecedent | null {
  const kind = PRONOUNS.get(pronoun);
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
