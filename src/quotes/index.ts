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
import { assertEntities, assertLanguageCode, assertText, checkOptions } from '../core/errors.js';
import type { Entity, Quote, QuoteExplanation, Speaker } from '../core/types.js';
import {
  namedInApposition,
  sentenceSubject,
  subjectOfCue,
  verbFollows,
  type Attribution,
  type SentenceCues,
} from './attribute.js';
import type { NounPhrase } from './noun-phrase.js';
import { extractEntitiesFromParse } from '../entities/extract.js';
import { parseText, type ParsedText } from '../entities/parse.js';
import { attributeText, tagLookup, type QuoteRecord } from './pass.js';
import { rankOf, weightOf } from './rules.js';
import { authorOf, definiteRole, isAnonymous, isNameShaped, roleHolder } from './resolve.js';
import { attributeInLanguage, hasLanguageCues, type LanguageAttribution } from './languages.js';
import { opensCapitalized } from './kind.js';
import { scanQuotes, type ScannedQuote } from './scan.js';
import type { Sentence } from './frame-tokens.js';
import {
  entityMention,
  indexEntities,
  nameSpeaker,
  resolvePronoun,
  referentOf,
  type Antecedent,
  type EntityIndex,
  type SpeakerMention,
} from './speaker.js';

export type { Entity, Quote, QuoteExplanation, Speaker, Span } from '../core/types.js';

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
  /**
   * The compromise parse of the same text (`parseText(text)` from the entities stage): its
   * part-of-speech tags guide the speaker phrases. Default: the text is parsed here, and its
   * entities extracted from that parse when `entities` is not given either.
   */
  parsed?: ParsedText;
  /** Add `explain` to each quote: the rules that proposed a speaker, ranked, and how it was resolved (default false). */
  explain?: boolean;
  /**
   * The text's language, ISO 639-3 (default 'eng'; `normalizeArticle` passes the language
   * `clean` found). Quotes are found by their marks in any language. In French ('fra'),
   * Spanish ('spa'), Portuguese ('por'), Italian ('ita'), German ('deu') and Dutch ('nld')
   * the language's own reporting cues attribute them too ("«…», a déclaré le ministre X",
   * "Sánchez afirmó: «…»", "laut X „…“"): the speaker is the entity beside the cue, a role
   * ("le ministre") or a pronoun, and a quote with such a cue is kept even when short. Any
   * other speaker is read with English cues and grammar, and in a text of another language
   * it is kept only when it is one of the text's entities (or a label such as "Name: ...").
   *
   * @example
   * extractQuotes('«Nous devons agir vite», a déclaré Paul Verdier.', { language: 'fra' })[0]?.cue; // 'a déclaré'
   */
  language?: string;
}

// prettier-ignore
const KNOWN_OPTIONS = ['entities', 'parsed', 'explain', 'language'] as const;

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
  if (opts.entities !== undefined) assertEntities(opts.entities, 'extractQuotes', 'options.entities');
  if (
    opts.parsed !== undefined &&
    (typeof opts.parsed !== 'object' || opts.parsed === null || !Array.isArray(opts.parsed.tokens))
  ) {
    throw new TypeError('extractQuotes: expected options.parsed to be a parse from parseText(text)');
  }
  if (opts.explain !== undefined && typeof opts.explain !== 'boolean') {
    throw new TypeError('extractQuotes: expected options.explain to be a boolean');
  }
  assertLanguageCode(opts.language, 'extractQuotes', 'options.language');
  const language = opts.language ?? 'eng';
  const english = language === 'eng';
  const ownCues = !english && hasLanguageCues(language);
  if (opts.parsed !== undefined && opts.parsed.text !== text) {
    throw new RangeError('extractQuotes: options.parsed is the parse of another text (parse the text given)');
  }
  const marks = scanQuotes(text);
  if (marks.length === 0) return []; // no quotation: no need to parse
  const parsed = opts.parsed ?? parseText(text);
  const entities = opts.entities ?? extractEntitiesFromParse(parsed, { language: opts.language ?? 'eng' });
  const { scanned, sentences, records, cuesOf } = attributeText(text, tagLookup(parsed), marks);
  if (records.length === 0) return [];

  // 4. Name speakers and resolve pronouns in document order.
  const entityIndex = indexEntities(entities);
  const antecedents = entityAntecedents(entityIndex, scanned);
  const resolvedSpeakers: Antecedent[] = [];
  const subjects = subjectAntecedents(text, sentences, scanned, entityIndex, cuesOf);
  const people = entityIndex.mentions.filter((m) => m.entity.type === 'person' && !insideQuote(scanned, m.start));
  const shaped = new Map<Entity, boolean>(); // isNameShaped once per entity, not per mention
  const nameShapedEntity = (e: Entity): boolean => {
    let is = shaped.get(e);
    if (is === undefined) shaped.set(e, (is = isNameShaped(e)));
    return is;
  };
  const nameShaped = entityIndex.mentions.filter((m) => nameShapedEntity(m.entity) && !insideQuote(scanned, m.start));
  const named = new Map<Attribution, Speaker | null>();
  const resolutions = new Map<Attribution, string>();
  const quotes: Quote[] = [];
  for (const r of records) {
    // in a language with cues of its own, they attribute the quote first
    const own = ownCues && !r.label ? attributeInLanguage(text, r.scanned, language, entityIndex) : null;
    if (!r.kind && !own) continue;
    let speaker: Speaker | null = null;
    let cue: string | undefined;
    const a = r.label || own ? null : r.attribution;
    let { start, end } = r.scanned;
    if (r.label) {
      const labelText = text.slice(r.label.start, r.label.end);
      speaker = {
        text: labelText,
        start: r.label.start,
        end: r.label.end,
        rawStart: r.label.start,
        rawEnd: r.label.end,
        name: labelText,
      };
      start = r.label.end + 1;
      while (start < end && /\s/u.test(text[start]!)) start++;
    }
    if (a) {
      if (named.has(a)) speaker = named.get(a)!;
      else {
        const tokens = sentences[a.sentence]!.tokens;
        let mention = nameSpeaker(text, tokens, a.np, entityIndex);
        resolutions.set(
          a,
          a.np.kind === 'pronoun'
            ? 'pronoun'
            : a.np.kind === 'name'
              ? 'name'
              : mention?.entityId
                ? 'resolved'
                : 'nominal',
        );
        if (mention && a.np.kind === 'nominal' && !mention.entityId) {
          mention = behindNominal(text, sentences, a, mention, entityIndex, people, nameShaped);
          resolutions.set(a, mention.anonymous ? 'anonymous' : mention.nominal ? 'nominal' : 'resolved');
        }
        if (mention && a.np.relative !== undefined) {
          const who = tokens[a.np.relative]!;
          mention = { ...mention, start: who.start, end: who.end };
        }
        speaker = mention ? toSpeaker(text, mention, antecedents, resolvedSpeakers, subjects) : null;
        // English cues and grammar proposed it: in another language only a known name holds
        if (speaker && !english && !speaker.entityId) speaker = null;
        named.set(a, speaker);
      }
      if (a.cue) {
        const tokens = sentences[a.sentence]!.tokens;
        cue = text.slice(tokens[a.cue.at]!.start, tokens[a.cue.at + a.cue.length - 1]!.end);
      }
    }
    if (own) {
      const from = sentences[Math.max(0, r.sentence - 2)]!.start;
      speaker = ownSpeaker(text, own, from, people, nameShaped, antecedents, resolvedSpeakers, subjects);
      cue = text.slice(own.cue.start, own.cue.end);
    }
    const quote: Quote = {
      text: text.slice(start, end),
      start,
      end,
      rawStart: start,
      rawEnd: end,
      speaker,
      kind: r.kind ?? (opensCapitalized(text.slice(start, end)) ? 'direct' : 'partial'),
    };
    if (cue !== undefined) quote.cue = cue;
    if (opts.explain === true)
      quote.explain = explanation(
        text,
        sentences,
        r,
        speaker,
        r.label ? 'label' : own ? 'language' : a ? (resolutions.get(a) ?? 'name') : 'none',
      );
    quotes.push(quote);
  }
  return quotes;
}

/**
 * The author, possessor or role holder behind a nominal speaker phrase (see `resolve.ts`); the
 * mention keeps its span, and takes the name and id of who stands behind it.
 */
function behindNominal(
  text: string,
  sentences: readonly Sentence[],
  a: Attribution,
  mention: SpeakerMention,
  entityIndex: EntityIndex,
  people: readonly { start: number; end: number; entity: Entity }[],
  nameShaped: readonly { start: number; end: number; entity: Entity }[],
): SpeakerMention {
  const tokens = sentences[a.sentence]!.tokens;
  const author = authorOf(sentences, a.sentence, a.np);
  if (author) {
    const by = nameSpeaker(text, sentences[author.sentence]!.tokens, author.np, entityIndex);
    if (!by) return mention;
    const out: SpeakerMention = { ...by, start: mention.start, end: mention.end };
    if (by.pronoun)
      out.pronoun = by.pronoun
        .replace(/^his$/u, 'he')
        .replace(/^her$/u, 'she')
        .replace(/^their$/u, 'they')
        .replace(/^its$/u, 'it');
    delete out.nominal;
    return out;
  }
  const role = definiteRole(tokens, a.np);
  if (role) {
    const from = sentences[Math.max(0, a.sentence - 2)]!.start;
    const holder = roleHolder(text, role, mention.start, people, from, nameShaped);
    return holder ? entityMention(holder, mention.start, mention.end, 'person') : mention;
  }
  if (isAnonymous(tokens, a.np)) return { ...mention, anonymous: true };
  return mention;
}

/**
 * The speaker of an attribution in the text's own language (`languages.ts`): a definite role
 * ("le ministre") names the person the article gave that role, as in English; a pronoun
 * resolves against the text's people and speakers.
 */
function ownSpeaker(
  text: string,
  own: LanguageAttribution,
  recentFrom: number,
  people: readonly { start: number; end: number; entity: Entity }[],
  nameShaped: readonly { start: number; end: number; entity: Entity }[],
  antecedents: readonly Antecedent[],
  resolvedSpeakers: Antecedent[],
  subjects: (position: number) => Antecedent[],
): Speaker | null {
  let mention = own.speaker;
  if (!mention) return null;
  if (mention.nominal && !mention.anonymous) {
    const role = mention.name.split(' ').pop()!.toLowerCase();
    const holder = roleHolder(text, role, mention.start, people, recentFrom, nameShaped);
    if (holder) mention = entityMention(holder, mention.start, mention.end, 'person');
  }
  return toSpeaker(text, mention, antecedents, resolvedSpeakers, subjects);
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
    const referent = referentOf(m.entity);
    const a: Antecedent = { start: m.start, name: m.entity.name, referent, entityId: m.entity.id };
    if (m.entity.gender) a.gender = m.entity.gender;
    out.push(a);
  }
  return out;
}

/** The explain trace of a quote: its candidates in rank order and how the winner was named. */
function explanation(
  text: string,
  sentences: readonly Sentence[],
  r: QuoteRecord,
  speaker: Speaker | null,
  resolution: string,
): QuoteExplanation {
  const candidates = r.candidates
    .slice()
    .sort((x, y) => rankOf(x.variant) - rankOf(y.variant))
    .map((c) => {
      const tokens = sentences[c.sentence]!.tokens;
      return {
        rule: c.id,
        variant: c.variant,
        phrase: text.slice(tokens[c.np.from]!.start, tokens[c.np.to]!.end),
        weight: weightOf(c.variant),
      };
    });
  return { candidates, resolution: speaker ? resolution : 'none' };
}

/** How far back (in characters) a subject outranks a later plain mention for a pronoun. */
const SUBJECT_REACH = 250;

/**
 * The people and groups that are the subject of a clause (a verb follows them in the parse) or
 * the source of a speech cue, outside quotes, in text order: what a "he" or "they" most often
 * refers back to. Only the sentences within `2 × SUBJECT_REACH` before a pronoun can matter
 * (see `toSpeaker`), so they are found per sentence on demand and cached.
 */
function subjectAntecedents(
  text: string,
  sentences: readonly Sentence[],
  scanned: readonly ScannedQuote[],
  entityIndex: EntityIndex,
  cuesOf: (i: number) => SentenceCues,
): (position: number) => Antecedent[] {
  const cache = new Map<number, Antecedent[]>();
  const ofSentence = (si: number): Antecedent[] => {
    const cached = cache.get(si);
    if (cached) return cached;
    const s = sentences[si]!;
    const phrases: NounPhrase[] = [];
    const subject = sentenceSubject(s.tokens);
    if (subject && verbFollows(s.tokens, subject.to + 1)) {
      // "The mayor of Ruda, Paul Gray, declared …": the name in apposition to a role
      const named = namedInApposition(s.tokens, subject);
      if (named.kind === 'name') phrases.push(named);
    }
    for (const cue of cuesOf(si).cues) {
      if (cue.strength !== 'reporting' || cue.according) continue;
      const np = subjectOfCue(s.tokens, cue);
      if (np && np.kind === 'name') phrases.push(np);
    }
    const out: Antecedent[] = [];
    for (const np of phrases) {
      const m = nameSpeaker(text, s.tokens, np, entityIndex);
      if (!m || insideQuote(scanned, m.start) || (m.referent !== 'person' && m.referent !== 'organization')) continue;
      const a: Antecedent = { start: m.start, name: m.name, referent: m.referent };
      if (m.entityId) a.entityId = m.entityId;
      if (m.gender) a.gender = m.gender;
      out.push(a);
    }
    out.sort((x, y) => x.start - y.start);
    cache.set(si, out);
    return out;
  };
  return (position) => {
    // the last sentence starting before the position, then back while within reach
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start < position) lo = mid + 1;
      else hi = mid;
    }
    const from = position - SUBJECT_REACH * 2;
    let first = lo;
    while (first > 0 && sentences[first - 1]!.end > from) first--;
    const out: Antecedent[] = [];
    for (let si = first; si < lo; si++) out.push(...ofSentence(si));
    return out;
  };
}

function toSpeaker(
  text: string,
  mention: SpeakerMention,
  antecedents: readonly Antecedent[],
  resolved: Antecedent[],
  subjects: (position: number) => Antecedent[],
): Speaker {
  let name = mention.name;
  let entityId = mention.entityId;
  let referent = mention.referent;
  let gender = mention.gender;
  if (mention.pronoun) {
    const fromText = resolvePronoun(mention.pronoun, mention.start, antecedents);
    const fromSpeakers = resolvePronoun(mention.pronoun, mention.start, resolved);
    let best = !fromText
      ? fromSpeakers
      : !fromSpeakers
        ? fromText
        : fromSpeakers.start >= fromText.start
          ? fromSpeakers
          : fromText;
    // A subject or a speech cue's source nearby outranks a later mention that is neither:
    // "…, commented Angelo Russo, strategist at Bellwether Partners. “…,” he said."
    const fromSubjects = resolvePronoun(mention.pronoun, mention.start, subjects(mention.start));
    if (
      fromSubjects &&
      (!best ||
        (fromSubjects.start >= best.start - SUBJECT_REACH &&
          fromSubjects.start < best.start &&
          mention.start - fromSubjects.start < SUBJECT_REACH * 2))
    )
      best = fromSubjects;
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
    text: text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
    rawStart: mention.start,
    rawEnd: mention.end,
    name,
  };
  if (entityId) speaker.entityId = entityId;
  if (mention.anonymous && !entityId) speaker.anonymous = true;
  return speaker;
}
