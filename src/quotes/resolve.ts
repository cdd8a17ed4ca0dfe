/**
 * Who stands behind a speaker phrase that is not a name: a document speaks for its author
 * ("the statement said" after "the ministry issued a statement"), a possessed speech noun for
 * its possessor ("Her answer was short: “…”"), a definite role for the person the article gave
 * that role ("the coach said" after "Bayern coach Thomas Weber"), and an indefinite role or a bare
 * plural is an anonymous source ("a senior official", "sources close to the talks").
 *
 * Every search is bounded (a few sentences back, a few dozen entity mentions), so resolution
 * stays linear in the text.
 */
import type { Entity } from '../core/types.js';
import { sentenceSubject } from './attribute.js';
import { TITLE_GENDERS } from '../lexicon/titles.js';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  ORGANIZATION_WORDS,
  PERSON_ROLES,
  PLACE_WORDS,
  POSSESSIVE_PRONOUNS,
  SPEECH_NOUNS,
} from './speaker-words.js';
import { NAME_PARTICLES, isKnownBodyName } from '../lexicon/name-parts.js';
import { phraseEndingAt, phraseStartingAt, type NounPhrase } from './noun-phrase.js';
import type { Sentence, Token } from './frame-tokens.js';

/**
 * A phrase of some sentence.
 *
 * @example
 * const p: PhraseAt = { sentence: 2, np: { from: 0, to: 1, kind: 'name' } };
 */
export interface PhraseAt {
  sentence: number;
  np: NounPhrase;
}

const DEFINITE = /^(the|this|that)$/u;
const SENTENCES_BACK = 5;

/** The head of a phrase: its last word, or the word before "of/for/by/from" when extended. */
export function headIndex(tokens: readonly Token[], np: NounPhrase): number {
  for (let k = np.from + 1; k <= np.to; k++) {
    if (/^(of|for|by|from|close|familiar)$/u.test(tokens[k]!.lower)) return k - 1;
  }
  return np.to;
}

/**
 * The possessor inside a phrase: "his statement" → the pronoun's token, "the ministry's
 * statement" → the phrase ending at "ministry's".
 */
function possessor(tokens: readonly Token[], np: NounPhrase, head: number): NounPhrase | null {
  for (let k = np.from; k < head; k++) {
    const t = tokens[k]!;
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return { from: k, to: k, kind: 'pronoun' };
    if (/['’]s$/u.test(t.lower) || tokens[k + 1]?.text === '’' || tokens[k + 1]?.text === "'") {
      const p = phraseEndingAt(tokens, k, false);
      if (p) return { ...p, to: k };
    }
  }
  return null;
}

/**
 * The author of a document phrase or the possessor of a speech noun, when the text gives one:
 * inside the phrase ("a statement by X", "an email from X", "X’s statement", "his answer"),
 * or for a definite document, the subject of the sentence that introduced it ("X issued a
 * statement …" … "the statement said").
 *
 * @example
 * // "The ministry issued a statement. “…,” the statement said."
 * authorOf(sentences, 1, { from: 1, to: 2, kind: 'nominal' }); // { sentence: 0, np: <The ministry> }
 */
export function authorOf(sentences: readonly Sentence[], si: number, np: NounPhrase): PhraseAt | null {
  if (np.kind !== 'nominal') return null;
  const tokens = sentences[si]!.tokens;
  const head = headIndex(tokens, np);
  const noun = tokens[head]!.lower.replace(/['’]s$/u, '');
  const document = DOCUMENT_NOUNS.has(noun);
  if (!document && !SPEECH_NOUNS.has(noun)) return null;
  // "a statement by X", "an email from X"
  const link = tokens[head + 1];
  if (document && link && (link.lower === 'by' || link.lower === 'from') && head + 1 < np.to) {
    const author = phraseStartingAt(tokens, head + 2);
    if (author) return { sentence: si, np: author };
  }
  const owner = possessor(tokens, np, head);
  if (owner) return { sentence: si, np: owner };
  // "the Kremlin readout", "a White House statement": the name before the noun is the author
  let k = head - 1;
  while (k >= np.from && /^\p{Lu}/u.test(tokens[k]!.text) && !DETERMINERS.has(tokens[k]!.lower)) k--;
  if (k < head - 1) return { sentence: si, np: { from: k + 1, to: head - 1, kind: 'name' } };
  if (!document || !DEFINITE.test(tokens[np.from]!.lower)) return null;
  // "the statement said": the sentence that brought the document in.
  for (let s = si - 1; s >= 0 && s >= si - SENTENCES_BACK; s--) {
    const ts = sentences[s]!.tokens;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      if (t.kind !== 'word' || t.lower.replace(/s$/u, '') !== noun.replace(/s$/u, '')) continue;
      const after = ts[k + 1];
      if (after && (after.lower === 'by' || after.lower === 'from')) {
        const author = phraseStartingAt(ts, k + 2);
        if (author && author.kind !== 'pronoun') return { sentence: s, np: author };
      }
      const subject = sentenceSubject(ts);
      if (subject && subject.to < k && !(subject.from <= k && k <= subject.to)) {
        const subjectHead = ts[subject.to]!.lower;
        if (!DOCUMENT_NOUNS.has(subjectHead)) return { sentence: s, np: subject };
      }
    }
  }
  return null;
}

/**
 * A definite phrase headed by a person's role ("the senator", "the president’s aide", "the
 * 53-year-old"): the role word, or null.
 *
 * @example
 * definiteRole(tokensOf('the coach'), { from: 0, to: 1, kind: 'nominal' }); // 'coach'
 */
export function definiteRole(tokens: readonly Token[], np: NounPhrase): string | null {
  if (np.kind !== 'nominal') return null;
  const first = tokens[np.from]!.lower;
  const possessed = np.to > np.from && /['’]s$/u.test(tokens[np.from]!.lower);
  if (!DEFINITE.test(first) && !possessed) return null;
  const head = tokens[headIndex(tokens, np)]!.lower;
  if (PERSON_ROLES.has(head) && !head.endsWith('s')) return head;
  if (/^\d+-year-old$/u.test(head)) return head;
  return null;
}

/**
 * True for an anonymous source phrase: an indefinite or bare role ("a senior US official",
 * "one diplomat", "officials", "sources close to the talks"), not a document.
 *
 * @example
 * isAnonymous(tokensOf('a senior US official'), { from: 0, to: 3, kind: 'nominal' }); // true
 */
export function isAnonymous(tokens: readonly Token[], np: NounPhrase): boolean {
  if (np.kind !== 'nominal') return false;
  const head = tokens[headIndex(tokens, np)]!.lower;
  if (!PERSON_ROLES.has(head)) return false;
  const first = tokens[np.from]!.lower;
  if (DEFINITE.test(first) || POSSESSIVE_PRONOUNS.has(first) || /['’]s$/u.test(first)) return false;
  return !DETERMINERS.has(first) || /^(a|an|one|some|several|two|three|another|many|other|few)$/u.test(first);
}

/** An entity mention, as the entity stage reports it. */
type EntityMention = { start: number; end: number; entity: Entity };

/**
 * The person a definite role refers to: the latest person before `position` whose title or
 * appositive carries the role ("Bayern coach Thomas Weber", "Sarah Kim, a spokeswoman for …"),
 * else the latest person mentioned in the two sentences before, else (no person there) the
 * latest entity of another type there that is written like a personal name (`nameShaped`,
 * see {@link isNameShaped}): a role word can only point back to a person, so it overrules
 * a doubtful type.
 *
 * @example
 * roleHolder(text, 'coach', 120, people, 60); // the Entity of Thomas Weber
 */
export function roleHolder(
  text: string,
  role: string,
  position: number,
  people: readonly EntityMention[],
  recentFrom: number,
  nameShaped: readonly EntityMention[] = [],
): Entity | null {
  const gender = TITLE_GENDERS.get(role) ?? (role === 'woman' ? 'female' : role === 'man' ? 'male' : undefined);
  const word = new RegExp(`(?:^|[^\\p{L}])${role.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:[^\\p{L}]|$)`, 'iu');
  let recent: Entity | null = null;
  for (let k = people.length - 1, steps = 0; k >= 0 && steps < 60; k--, steps++) {
    const m = people[k]!;
    if (m.end > position) continue;
    if (gender && m.entity.gender && m.entity.gender !== gender) continue;
    if ((m.entity.titles ?? []).some((t) => word.test(t))) return m.entity;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, Math.min(text.length, m.end + 60));
    const clause = /^,\s+(?:a|an|the|who is|who was)\s+([^,.;]{0,50})[,.;]/u.exec(after);
    const lead = before.split(/[,.;:!?]/u).pop()!;
    if (word.test(lead) || (clause && word.test(clause[1]!))) return m.entity;
    if (!recent && m.start >= recentFrom) recent = m.entity;
  }
  if (recent) return recent;
  for (let k = nameShaped.length - 1, steps = 0; k >= 0 && steps < 60; k--, steps++) {
    const m = nameShaped[k]!;
    if (m.start < recentFrom) break;
    if (m.end <= position) return m.entity;
  }
  return null;
}

/**
 * True for an entity that is not typed a person but is written like one's name: two to four
 * capitalized words or name particles (not all capitals), none an organization or place word, not a known
 * organization ("Xóchitl Gálvez" typed organization by a doubtful tagger; not "Goldman Sachs
 * Group", "NATO", "Red Sea").
 *
 * @example
 * isNameShaped({ id: 'organization:ana-ruiz', type: 'organization', name: 'Ana Ruiz', aliases: [], mentions: [] }); // true
 */
export function isNameShaped(entity: Entity): boolean {
  if (entity.type === 'person' || entity.type === 'place') return false;
  const words = entity.name.split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  if (isKnownBodyName(entity.name)) return false;
  return (
    /^\p{Lu}/u.test(words[0]!) &&
    words.every(
      (w) =>
        NAME_PARTICLES.has(w.toLowerCase()) ||
        (/^\p{Lu}\p{Ll}/u.test(w) && !ORGANIZATION_WORDS.has(w.toLowerCase()) && !PLACE_WORDS.has(w.toLowerCase())),
    )
  );
}
