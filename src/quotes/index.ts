/**
 * `newsnorm/quotes`: quoted speech with its speakers.
 *
 * Pipeline, all linear in the text: scan the quotation marks (`scan.ts`) → cut the frame
 * text into sentences with each quotation as one token (`frame-tokens.ts`) → find cues and
 * speaker phrases (`attribute.ts`, `noun-phrase.ts`) → carry speakers over continued
 * paragraphs and follow-up quotes → decide speech vs scare quote and direct vs partial
 * (`kind.ts`) → name speakers and resolve pronouns against `options.entities` or the text's
 * own names (`speaker.ts`). Loads no NLP library, so it stays light.
 *
 * Anonymous nominal speakers are named by the phrase without its article ("a military
 * source" → name "military source", span "a military source"), so "a military source" and
 * "the military source" get the same name; they never carry an entity id. A follow-up or
 * continued quote inherits the speaker mention and the cue of the quote it continues; a quote
 * attributed without a cue word (a colon, a dash, a transcript label) has no `cue`.
 */
import { assertText, checkOptions } from '../core/errors.js';
import type { Entity, Quote, Speaker } from '../core/types.js';
import { attributeQuote, findCues, sentenceSubject, subjectOfCue, type Attribution, type SentenceCues } from './attribute.js';
import { isSentenceLike, quoteKind } from './kind.js';
import { scanQuotes, type ScannedQuote } from './scan.js';
import { segment, type Sentence, type Token } from './frame-tokens.js';
import {
  buildRegistry, indexEntities, nameSpeaker, resolvePronoun, type Antecedent, type EntityIndex, type SpeakerMention,
} from './speaker.js';

export type { Entity, Quote, Speaker, Span } from '../core/types.js';

/**
 * Options of {@link extractQuotes}.
 *
 * @example
 * extractQuotes(text, { entities: extractEntities(text) });
 */
export interface QuoteOptions {
  /**
   * Entities of the same text (from `extractEntities`): speakers take their canonical
   * names and ids, and pronouns resolve by their type and gender (default: none; the text's
   * own capitalized names are used).
   */
  entities?: Entity[];
}

const KNOWN_OPTIONS = ['entities'] as const;

/** "PENCE: Well, …", "MR. SMITH: …": an upper-case speaker label opening a transcript turn. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,38}\p{Lu}\.?):\s+\S/u;

interface QuoteRecord {
  scanned: ScannedQuote;
  /** A transcript label opening the quote ("PENCE: Well, …"): the speaker, inside the marks. */
  label?: { start: number; end: number };
  sentence: number;
  token: number;
  attribution: Attribution | null;
  kind: 'direct' | 'partial' | null;
}

/**
 * Extracts quoted speech in document order. Each quote's `text` is the quoted words without
 * the marks (`text.slice(start, end) === quote.text`); `speaker` is the mention as written
 * (a name or a pronoun) with the canonical name, or null when no speaker is found.
 *
 * @example
 * extractQuotes('“Russia has never planned to attack anyone,” Kremlin spokesman Dmitry Peskov said.');
 * // [{ text: 'Russia has never planned to attack anyone,', kind: 'direct', cue: 'said',
 * //    speaker: { text: 'Dmitry Peskov', name: 'Dmitry Peskov', ... }, ... }]
 */
export function extractQuotes(text: string, options?: QuoteOptions): Quote[] {
  assertText(text, 'extractQuotes');
  const opts = checkOptions(options, KNOWN_OPTIONS, 'extractQuotes');
  if (opts.entities !== undefined && !Array.isArray(opts.entities)) {
    throw new TypeError('extractQuotes: expected options.entities to be an array of entities');
  }
  const scanned = scanQuotes(text);
  if (scanned.length === 0) return [];
  const sentences = segment(text, scanned);
  const cueCache = new Map<number, SentenceCues>();
  const cuesOf = (i: number): SentenceCues => {
    let c = cueCache.get(i);
    if (!c) { c = findCues(sentences[i]!.tokens); cueCache.set(i, c); }
    return c;
  };

  // 1. Attribute every quote inside its own sentence.
  const records: QuoteRecord[] = [];
  sentences.forEach((s, si) => {
    s.tokens.forEach((t, ti) => {
      if (t.kind !== 'quote') return;
      const cues = cuesOf(si);
      const sq = scanned[t.quote!]!;
      const like = isSentenceLike(text.slice(sq.start, sq.end));
      const attribution = attributeQuote(s, ti, cues, si, like);
      const record: QuoteRecord = { scanned: sq, sentence: si, token: ti, attribution, kind: null };
      const label = TRANSCRIPT_LABEL.exec(text.slice(sq.start, Math.min(sq.end, sq.start + 60)));
      if (label) record.label = { start: sq.start, end: sq.start + label[1]!.length };
      records.push(record);
    });
  });

  // 2. A quotation continued over paragraphs shares one speaker.
  shareAlongContinuations(records);

  // 3. Decide speech and kind; quotes without a cue inherit from the quote before them or
  //    from a speaker named in the previous sentence.
  let previous: QuoteRecord | null = null;
  for (const r of records) {
    if (!r.attribution) {
      const inherited = inherit(r, previous, sentences, cuesOf);
      if (inherited) r.attribution = inherited;
    }
    if (r.label) {
      r.kind = 'direct';
      previous = r;
      continue;
    }
    const s = sentences[r.sentence]!;
    r.kind = quoteKind(text.slice(r.scanned.start, r.scanned.end), s.tokens, r.token, r.attribution?.rule ?? null);
    if (r.kind) previous = r;
  }

  // 4. Name speakers and resolve pronouns in document order.
  const entityIndex = opts.entities ? indexEntities(opts.entities) : null;
  const registry = buildRegistry(text, sentences);
  const antecedents = entityIndex ? entityAntecedents(entityIndex, scanned) : registry.mentions;
  const resolvedSpeakers: Antecedent[] = [];
  const named = new Map<Attribution, Speaker | null>();
  const quotes: Quote[] = [];
  for (const r of records) {
    if (!r.kind) continue;
    let speaker: Speaker | null = null;
    let cue: string | undefined;
    const a = r.label ? null : r.attribution;
    let { start, end } = r.scanned;
    if (r.label) {
      const labelText = text.slice(r.label.start, r.label.end);
      speaker = { text: labelText, start: r.label.start, end: r.label.end, rawStart: r.label.start, rawEnd: r.label.end, name: labelText };
      start = r.label.end + 1;
      while (start < end && /\s/u.test(text[start]!)) start++;
    }
    if (a) {
      if (named.has(a)) speaker = named.get(a)!;
      else {
        const tokens = sentences[a.sentence]!.tokens;
        const mention = nameSpeaker(text, tokens, a.np, registry, entityIndex);
        speaker = mention ? toSpeaker(text, mention, antecedents, resolvedSpeakers) : null;
        named.set(a, speaker);
      }
      if (a.cue) {
        const tokens = sentences[a.sentence]!.tokens;
        cue = text.slice(tokens[a.cue.at]!.start, tokens[a.cue.at + a.cue.length - 1]!.end);
      }
    }
    const quote: Quote = { text: text.slice(start, end), start, end, rawStart: start, rawEnd: end, speaker, kind: r.kind };
    if (cue !== undefined) quote.cue = cue;
    quotes.push(quote);
  }
  return quotes;
}

function shareAlongContinuations(records: QuoteRecord[]): void {
  let chainStart = 0;
  for (let k = 1; k <= records.length; k++) {
    if (k < records.length && records[k]!.scanned.continues) continue;
    const chain = records.slice(chainStart, k);
    const source = chain.find((r) => r.attribution)?.attribution;
    if (source && chain.length > 1) {
      for (const r of chain) if (!r.attribution) r.attribution = { ...source, rule: 'continuation' };
    }
    chainStart = k;
  }
}

/** A follow-up quote inherits the previous quote's speaker; otherwise a speaker named in the previous sentence. */
function inherit(
  r: QuoteRecord, previous: QuoteRecord | null, sentences: readonly Sentence[], cuesOf: (i: number) => SentenceCues,
): Attribution | null {
  const here = sentences[r.sentence]!;
  // Only a quote standing on its own (not a phrase after a word: "toward “Russia's escalation …”")
  // continues the quote before it, and only a quoted sentence is continued.
  const prevToken = here.tokens[r.token - 1];
  // A coordinated phrase shares its neighbour's attribution: as a “con artist” and a “spoiled brat”.
  if (previous?.attribution && previous.sentence === r.sentence && previous.kind && coordinated(here.tokens, previous.token, r.token)) {
    return previous.attribution;
  }
  if (prevToken && prevToken.kind === 'word') return null;
  if (previous?.attribution && previous.kind === 'direct') {
    const there = sentences[previous.sentence]!;
    const near = r.sentence - previous.sentence <= 2 && here.paragraph - there.paragraph <= 1;
    if (near) return { ...previous.attribution, rule: 'continuation' };
  }
  const before = sentences[r.sentence - 1];
  if (!before || here.paragraph - before.paragraph > 1) return null;
  const cues = cuesOf(r.sentence - 1);
  for (const strength of ['reporting', 'framing']) {
    for (const cue of cues.cues) {
      if (cue.strength !== strength) continue;
      const np = subjectOfCue(before.tokens, cue);
      if (np) return { sentence: r.sentence - 1, np, cue, rule: 'context' };
    }
  }
  const last = before.tokens[before.tokens.length - 1];
  if (last && last.text === ':') {
    const np = sentenceSubject(before.tokens);
    if (np) return { sentence: r.sentence - 1, np, cue: null, rule: 'context' };
  }
  return null;
}

/** True when the quote at `qi` follows the quote at `pi` through "and" / "or" and at most a determiner. */
function coordinated(tokens: readonly Token[], pi: number, qi: number): boolean {
  let k = qi - 1;
  if (tokens[k] && /^(a|an|the)$/u.test(tokens[k]!.lower)) k--;
  if (!tokens[k] || !/^(and|or)$/u.test(tokens[k]!.lower)) return false;
  k--;
  if (tokens[k]?.kind === 'punct' && tokens[k]!.text === ',') k--;
  return k === pi;
}

function insideQuote(scanned: readonly ScannedQuote[], pos: number): boolean {
  let lo = 0;
  let hi = scanned.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scanned[mid]!.open <= pos) lo = mid + 1;
    else hi = mid;
  }
  const q = scanned[lo - 1];
  return q !== undefined && pos < q.close;
}

function entityAntecedents(index: EntityIndex, scanned: readonly ScannedQuote[]): Antecedent[] {
  const out: Antecedent[] = [];
  for (const m of index.mentions) {
    if (insideQuote(scanned, m.start)) continue;
    const referent = m.entity.type === 'person' ? 'person' : m.entity.type === 'organization' ? 'organization' : 'unknown';
    const a: Antecedent = { start: m.start, name: m.entity.name, referent, entityId: m.entity.id };
    if (m.entity.gender) a.gender = m.entity.gender;
    out.push(a);
  }
  return out;
}

function toSpeaker(text: string, mention: SpeakerMention, antecedents: readonly Antecedent[], resolved: Antecedent[]): Speaker {
  let name = mention.name;
  let entityId = mention.entityId;
  let referent = mention.referent;
  let gender = mention.gender;
  if (mention.pronoun) {
    const fromText = resolvePronoun(mention.pronoun, mention.start, antecedents);
    const fromSpeakers = resolvePronoun(mention.pronoun, mention.start, resolved);
    const best = !fromText ? fromSpeakers : !fromSpeakers ? fromText : fromSpeakers.start >= fromText.start ? fromSpeakers : fromText;
    if (best) {
      name = best.name;
      entityId = best.entityId;
      referent = best.referent;
      gender = best.gender;
    }
  }
  const antecedent: Antecedent = { start: mention.start, name, referent };
  if (entityId) antecedent.entityId = entityId;
  if (gender) antecedent.gender = gender;
  // Keep the speaker list sorted by position (speakers arrive almost in order).
  let k = resolved.length;
  while (k > 0 && resolved[k - 1]!.start > antecedent.start) k--;
  resolved.splice(k, 0, antecedent);
  const speaker: Speaker = {
    text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end,
    rawStart: mention.start, rawEnd: mention.end, name,
  };
  if (entityId) speaker.entityId = entityId;
  return speaker;
}
