/**
 * General corrections of the tagger's name spans, each a small pure step over the list:
 *
 * - `knownOverride`: a known multi-word name (a country, an international body, a company)
 *   replaces tagger spans that cut it ("Organization for Security and" + "Co-operation" + "in
 *   Europe", "Marks" + "Spencer"), unless one tagger span holds it whole ("People's Republic of
 *   China");
 * - `acronymExpansions`: the words an acronym in parentheses spells are one name, also
 *   across commas and lower-case connectors ("Unión, Trabajo y Futuro (UTF)");
 * - `splitTitles`: a title inside a span is no part of a name ("US Undersecretary of State
 *   Wendy" + "Sherman" -> "US", title, "Wendy Sherman"; "Mr. Post" -> title, "Post");
 * - `joinNames`: "People's" + "Bank of China", "Kingdom of" + "Saudi Arabia": a name whose
 *   head noun opens or follows a possessive or "of" joins its neighbour; a nationality
 *   joins the body after it ("Syrian" + "Foreign Ministry");
 * - `fieldsBeforeAnd`: a body named by two fields is one name where the tagger read only the
 *   second ("Customs and" + "Harbour Protection");
 * - `extendSpans`: a given name before a person's span joins it ("Maxim" + "Samorukov"),
 *   a compass word before a place ("Eastern" + "Europe");
 * - `joinHeadNouns`: the pieces of a name cut before its head noun are one name ("Lagos" +
 *   "Transport Ministry", "Green Future" + "Party", "National" + "Council", "Congress" +
 *   "of Delegates", "FC" + "Northtown Rovers", "Al Karim" + "Stadium");
 * - `splitAtPossessive`: "CNN's Ida Renn" is two names; "Seamen's Federation" one;
 * - `splitHyphenNames`: "Putin-Biden" is two names when each part is a name on its own.
 *
 * Every span that changes is scored again from the tagger's emission scores
 * (`spanEvidence`) and typed by its best evidence.
 */
import { bare, boundaryBetween, isLowerWord, isTitleCaseWord, oneSpaceBetween } from './candidates.js';
import { isCityName } from './cities.js';
import { regionCountry } from './regions.js';
import { COMPANY_DESIGNATORS, DEVICE_NOUNS_AFTER, PLACE_NOUNS_AFTER, SITE_NOUNS_AFTER } from './context-words.js';
import { englishBand } from '../lexicon/english-words.js';
import { COMPANY_OFFICERS, isModelWord, isProductLineWord, isSlashedCodes } from './rules.js';
import { isProductMaker, productAfterMaker } from './products.js';
import { canonicalEntity, countryOfNationality, isKnownPlaceName, type KnownSpan } from './countries.js';
import { isNationalBodyForm } from './national-bodies.js';
import {
  BODY_NAMES,
  CLUB_DESIGNATORS,
  DIRECTIONS,
  DISTRICT_HEADS,
  EVENT_HEADS,
  FOREIGN_NAME_CONNECTORS,
  INQUIRY_KINDS,
  KNOWN_ORGANIZATIONS,
  KNOWN_PLACES,
  SEATS_OF_POWER,
  isKnownBodyName,
  NAMESAKE_HEADS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_OPENERS,
  OUTLET_HEADS,
  PLACE_HEADS,
  PLACE_OPENERS,
  PUBLIC_BODY_HEADS,
  SUBUNIT_HEADS,
  TOPIC_OPENERS,
  UNIT_HEADS,
} from '../lexicon/name-parts.js';
import { GENERATIONAL_SUFFIXES } from '../lexicon/abbreviations.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar-words.js';
import { LINE_START_POSITION_CODES, POSITION_CODES } from '../lexicon/sports-positions.js';
import {
  BYLINE_TITLES,
  HONORIFIC_OPENERS,
  HONORIFICS,
  MONARCH_TITLES,
  RELATION_CUES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../lexicon/titles.js';
import type { Token } from './parse.js';
import { FUNCTION_WORDS } from '../lexicon/closed-class.js';
import { spanEvidence, type TaggedSpan } from './tagger/model.js';
import { isFamilyFirstName } from './name-order.js';
import { singularTitle } from './titles.js';
import {
  hasGivenNameTag,
  isDemonymWord,
  isGivenNameWord,
  isPersonNameWord,
  lexiconTags,
  type Vocabulary,
} from './vocabulary.js';
import { isEnglishWord } from '../lexicon/english-words.js';

// prettier-ignore
const SPAN_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;

/**
 * Marks the tokens inside any of the spans (1) and the others (0): which words a step may still
 * take, or which belong to a known name.
 *
 * @example
 * coveredTokens(4, [{ first: 1, last: 2 }]); // Uint8Array [0, 1, 1, 0]
 */
export function coveredTokens(length: number, spans: Iterable<{ first: number; last: number }>): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) out.fill(1, s.first, s.last + 1);
  return out;
}

/**
 * What the span steps read.
 *
 * @example
 * const ctx: SpanContext = { source, tokens, scores, lineStart: lineStarts(source, tokens), known: knownSpans(source, tokens), vocab, lineTitle, seenCapitalMid };
 */
export interface SpanContext {
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly scores: Float32Array;
  /** The first token of each token's line (candidates.ts `lineStarts`). */
  readonly lineStart: readonly number[];
  /** The known countries, international bodies and companies written in the text (countries.ts `knownSpans`). */
  readonly known: readonly KnownSpan[];
  /** Ordinary English words of this text (words.ts). */
  readonly vocab: Vocabulary;
  /** Per token: its line is a Title-Case headline (tagger/features.ts). */
  readonly lineTitle: readonly boolean[];
  /** Lower-case forms of words the text capitalizes mid-sentence on ordinary lines. */
  readonly seenCapitalMid: ReadonlySet<string>;
}

/**
 * A span over tokens first..last typed by its best evidence, or by `type` when given.
 *
 * @example
 * typedSpan(ctx, 2, 3); // { first: 2, last: 3, type: 'PER', evidence: {...} }
 */
export function typedSpan(ctx: SpanContext, first: number, last: number, type?: TaggedSpan['type']): TaggedSpan {
  const evidence = spanEvidence(ctx.scores, first, last);
  const best = SPAN_TYPES.reduce((a, b) => (evidence[b] > evidence[a] ? b : a), 'PER' as TaggedSpan['type']);
  return { first, last, type: type ?? best, evidence };
}

/**
 * Members' titles of parliaments written as capitals after the constituency ("Lenmark West TD
 * Ida Renn", "Brenford MLA Sean Tully"): a title like "MP", case-sensitive ("td" is no title).
 */
const MEMBER_CODES: ReadonlySet<string> = new Set(['TD', 'MLA', 'MSP', 'MHK', 'MPP', 'MNA', 'MHA']);
const isHead = (t: Token): boolean => {
  const w = bare(t);
  return (TITLE_HEADS.has(w) && !RELATION_CUES.has(w)) || singularTitle(t.text) !== null || MEMBER_CODES.has(t.text);
};
const isHonorific = (t: Token): boolean => HONORIFICS.has(bare(t)) && UPPER_START.test(t.text);
const isHonorificAt = (tokens: readonly Token[], k: number): boolean => !!tokens[k] && isHonorific(tokens[k]!);
const joined = (ctx: SpanContext, a: number, b: number): boolean =>
  !boundaryBetween(ctx.source, ctx.tokens[a]!, ctx.tokens[b]!);

/**
 * Known multi-word names override the tagger spans that cut them.
 *
 * @example
 * knownOverride(ctx, spans); // "Organization for Security and Co-operation in Europe" as one ORG span
 */
export function knownOverride(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const known = ctx.known.filter(
    (k) =>
      k.last > k.first &&
      !spans.some((s) => s.first <= k.first && s.last >= k.last && s.last - s.first > k.last - k.first),
  );
  if (!known.length) return spans.slice();
  const out = spans.filter((s) => !known.some((k) => s.first <= k.last && k.first <= s.last));
  for (const k of known) {
    const span = typedSpan(ctx, k.first, k.last, k.entity.type === 'place' ? 'LOC' : 'ORG');
    // the tagger's scores against a known name it passed over ("Group of 20": "of" and "20" read
    // as no name) are no evidence against it
    span.evidence[span.type] = Math.max(span.evidence[span.type], 0);
    out.push(span);
  }
  return out.sort((a, b) => a.first - b.first);
}

/** An acronym written in parentheses right after the name it stands for. */
const BRACKETED_ACRONYM = /^\p{Lu}{2,8}$/u;
/** The longest expansion searched for, in words. */
const MAX_EXPANSION_WORDS = 12;

/**
 * The name an acronym in parentheses stands for is one span: the words before "(", back to
 * the first whose capitalized words spell the acronym letter by letter, with commas and
 * lower-case connectors between them ("the group Unión, Trabajo y Futuro (UTF)": the tagger
 * cut the list at its commas), a connector's letter too where the acronym spells it ("Ministry
 * of Water, Land and Energy (MOWLE)"). Typed a place when the model reads a place, else a body.
 *
 * @example
 * acronymExpansions(ctx, spans); // "Unión, Trabajo y Futuro" as one ORG span
 */
export function acronymExpansions(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  let out = spans.slice();
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i]!;
    if (!BRACKETED_ACRONYM.test(a.text) || !a.pre.includes('(') || !a.post.startsWith(')')) continue;
    const first = expansionStart(tokens, i, a.text);
    if (first === null) continue;
    const last = i - 1;
    if (out.some((s) => s.first === first && s.last === last)) continue;
    if (out.some((s) => (s.first < first && s.last >= first) || (s.first <= last && s.last > last))) continue;
    const span = typedSpan(ctx, first, last);
    span.type = span.evidence.LOC > span.evidence.ORG ? 'LOC' : 'ORG';
    out = [...out.filter((s) => s.last < first || s.first > last), span].sort((x, y) => x.first - y.first);
  }
  return out;
}

/**
 * The first token of the words before `end` whose capitalized words spell `acronym` (accents
 * folded: "É" is E), a connector's letter counted where the acronym has it, or null.
 */
function expansionStart(tokens: readonly Token[], end: number, acronym: string): number | null {
  // how many of the acronym's last letters the words read so far spell, each way of reading
  // them (a connector's letter counted or not)
  let matched = new Set([0]);
  const spells = (n: number, letter: string): boolean => acronym[acronym.length - 1 - n] === letter;
  for (let k = end - 1; k >= Math.max(0, end - MAX_EXPANSION_WORDS); k--) {
    const t = tokens[k]!;
    // only commas inside the name; a sentence end or a bracket closes it
    if (k < end - 1 && /[^\s,]/u.test(t.post)) return null;
    if (k === end - 1 && /[^\s(]/u.test(t.post.replace(/\s*\($/, ''))) return null;
    if (/[()"“”]/u.test(t.pre)) return null;
    const next = new Set<number>();
    if (UPPER_START.test(t.text)) {
      const letter = t.text.normalize('NFD')[0]!.toUpperCase();
      for (const n of matched) if (n < acronym.length && spells(n, letter)) next.add(n + 1);
      if (next.has(acronym.length)) return end - k >= 2 ? k : null;
    } else if (NAME_CONNECTORS.has(t.text.toLowerCase()) || FOREIGN_NAME_CONNECTORS.has(t.text)) {
      // a connector's letter where the acronym spells it ("Ministry of Trade and Energy (MOTE)")
      for (const n of matched) {
        next.add(n);
        if (n < acronym.length - 1 && spells(n, t.text[0]!.toUpperCase())) next.add(n + 1);
      }
    } else return null;
    if (next.size === 0) return null;
    matched = next;
  }
  return null;
}

// prettier-ignore
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'in', 'on', '&', 'at', 'to']);
// "Both Renn and Hale", "Each Varco plant": a determiner or quantifier opening a sentence
// is no part of the name after it
// prettier-ignore
const OPENING_ARTICLES = new Set(['A', 'An', 'Both', 'Each', 'Every', 'Either', 'Neither', 'Several', 'Many', 'Most', 'Some', 'Few']);
/** A stance on a name before a body's name, lower case before its hyphen: "pro-Hale", "anti-Varco". */
const STANCE_WORD = /^(?:pro|anti)-/u;
/** Capitalized words that open a sentence and are no part of a name after an abbreviation's period. */
// prettier-ignore
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'I', 'His', 'Her', 'Its', 'Their', 'Our', 'But', 'And', 'So', 'Yet', 'When', 'While', 'If', 'After', 'Before']);

// a designator with its period ("Corp.", "Inc.") after a name, before a capitalized word that
// is no designator ("Kestrel Co. Ltd." is one name)
function endsCompany(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    COMPANY_DESIGNATORS.has(bare(t)) &&
    /^\p{Lu}/u.test(t.text) &&
    t.post.startsWith('.') &&
    !!next &&
    /^\p{Lu}/u.test(next.text) &&
    !COMPANY_DESIGNATORS.has(bare(next))
  );
}

/**
 * A name neither opens nor ends with a lower-case connector ("Kingdom of" -> "Kingdom"), and
 * ends in no lower-case word ("Lancet magazine" -> "Lancet").
 *
 * @example
 * trimConnectors(ctx, spans);
 */
export function trimConnectors(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let { first, last } = s;
    // "Baltimore, MD. The police said": compromise reads "MD." as an abbreviation and goes on,
    // but a word that opens sentences after a period starts a new one; the span ends before it
    // and what follows is a span of its own (kept after this one: the list stays in text order)
    let rest: TaggedSpan[] = [];
    for (let k = first + 1; k <= last; k++) {
      if (tokens[k - 1]!.post.trimStart().startsWith('.') && SENTENCE_OPENERS.has(tokens[k]!.text)) {
        if (k + 1 <= last) rest = trimConnectors(ctx, [typedSpan(ctx, k + 1, last, s.type)]);
        last = k - 1;
        break;
      }
      // "the Norvale Corp. Harbour Regatta": a company's name ends at its designator written
      // with a period; the capitalized words after it are a name of their own
      if (endsCompany(tokens, k - 1)) {
        rest = trimConnectors(ctx, [typedSpan(ctx, k, last)]);
        last = k - 1;
        break;
      }
    }
    // "the Tenants' Association in Brenford": a body's name ends at its head noun before "in" and a
    // place; the place is a name of its own ("Sisters in Crime" has no head before "in")
    for (let k = first + 1; k < last; k++) {
      if (tokens[k]!.text !== 'in' || !ORG_HEADS.has(bare(tokens[k - 1]!)) || !UPPER_START.test(tokens[k - 1]!.text))
        continue;
      const place = ctx.source.slice(tokens[k + 1]!.start, tokens[last]!.end);
      if (last - k > 3 || !tokens.slice(k + 1, last + 1).every((t) => UPPER_START.test(t.text))) break;
      if (!isCityName(place) && !isKnownPlaceName(place) && last - k > 1) break;
      rest = [...trimConnectors(ctx, [typedSpan(ctx, k + 1, last, 'LOC')]), ...rest];
      last = k - 1;
      break;
    }
    while (first <= last && CONNECTORS.has(tokens[first]!.text)) first++;
    // "A Varco spokesperson said": an article opening a sentence is no part of the name after
    // it (a city of the gazetteer that opens with one, "A Coruña", stays whole)
    if (first < last && OPENING_ARTICLES.has(tokens[first]!.text) && tokens[first]!.sentenceStart) {
      if (!isCityName(ctx.source.slice(tokens[first]!.start, tokens[last]!.end))) first++;
    }
    // "the pro-Varco Growers Union", "A pro-Hale Kestrel Action PAC": a stance on a name opening a
    // span (also after an article dropped above) says what the body backs; it is no word of its name
    while (first < last && STANCE_WORD.test(tokens[first]!.text)) first++;
    // "The Lancet magazine published": a name never ends in a lower-case word; the word after it
    // is context ("magazine" says what the name is), not part of it
    const endsName = (t: Token): boolean => !CONNECTORS.has(t.text) && !(last > first && isLowerWord(t.text));
    while (last >= first && !endsName(tokens[last]!)) last--;
    // "the chair of the Varco Assembly Rt. Hon. Ida Renn": the word that opens an honorific after
    // the name belongs to the honorific
    while (last > first && HONORIFIC_OPENERS.has(bare(tokens[last]!)) && isHonorificAt(tokens, last + 1)) last--;
    if (first <= last) out.push(first === s.first && last === s.last ? s : typedSpan(ctx, first, last, s.type));
    out.push(...rest);
  }
  return out;
}

/**
 * Splits titles out of spans: the words before a title stay a span of their own, the
 * title goes, the words after it are the name (and join an adjacent span after them).
 *
 * @example
 * // "US Undersecretary of State Wendy" + "Sherman"
 * splitTitles(ctx, spans); // "US" (LOC), "Wendy Sherman" (PER)
 */
export function splitTitles(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const out: TaggedSpan[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    let h = -1;
    for (let k = span.first; k <= span.last && h < 0; k++) if (isHead(tokens[k]!) || isHonorific(tokens[k]!)) h = k;
    // a title needs a name after it ("General Motors", "Prince Edward Island" end in a head noun)
    if (h < 0) {
      out.push(span);
      continue;
    }
    // "the Mayor's Office of Kestby": a possessive title before a body's head names the office
    // that serves the officer, no person
    if (
      tokens[h]!.possessive &&
      span.type !== 'PER' &&
      tokens.slice(h + 1, span.last + 1).some((t) => ORG_HEADS.has(bare(t)))
    ) {
      out.push(span);
      continue;
    }
    let titleEnd = h;
    while (
      titleEnd + 1 <= span.last &&
      (isHead(tokens[titleEnd + 1]!) || TITLE_MODIFIERS.has(bare(tokens[titleEnd + 1]!)))
    )
      titleEnd++;
    if (
      titleEnd + 2 <= span.last &&
      tokens[titleEnd + 1]!.text === 'of' &&
      UPPER_START.test(tokens[titleEnd + 2]!.text)
    )
      titleEnd += 2;
    let nameEnd = span.last;
    const next = spans[s + 1];
    // the person right after joins the name, unless an organization's head noun ends this span
    // ("the Arts Foundation | Gao Lifang")
    const mergeNext =
      !!next &&
      next.first === span.last + 1 &&
      next.type === 'PER' &&
      joined(ctx, span.last, next.first) &&
      !ORG_HEADS.has(bare(tokens[span.last]!));
    if (mergeNext) nameEnd = next.last;
    if (titleEnd >= nameEnd) {
      out.push(span);
      continue;
    }
    const tail = tokens.slice(titleEnd + 1, nameEnd + 1);
    const lastWord = bare(tokens[nameEnd]!);
    // "Queens Vale Rovers": a plural title names several people ("Presidents Tom Hale and Sam
    // Ode"); before one name that the tagger reads as no person it opens the name
    if (span.type !== 'PER' && singularTitle(tokens[h]!.text) !== null && !tail.some((t) => t.text === 'and')) {
      out.push(span);
      continue;
    }
    // "Martin Luther King Jr.": a title word between a name and a generational suffix is a surname
    if (h > span.first && !isHonorific(tokens[h]!) && tail.every((t) => GENERATIONAL_SUFFIXES.has(bare(t)))) {
      out.push(span);
      continue;
    }
    // "General Motors", "Prince Edward Island": a head noun ends an organization or place (but "Mr. Post" is a person)
    if (
      !tail.some((t) => UPPER_START.test(t.text)) ||
      (!isHonorific(tokens[h]!) && (ORG_HEADS.has(lastWord) || PLACE_HEADS.has(lastWord)))
    ) {
      out.push(span);
      continue;
    }
    let titleStart = h;
    // "Lenmark West TD": a member's title after the constituency, a place with its compass word
    const member = MEMBER_CODES.has(tokens[h]!.text);
    while (
      !member &&
      titleStart - 1 >= span.first &&
      (TITLE_MODIFIERS.has(bare(tokens[titleStart - 1]!)) || DIRECTIONS.has(bare(tokens[titleStart - 1]!)))
    )
      titleStart--;
    if (titleStart > span.first) out.push(typedSpan(ctx, span.first, titleStart - 1, member ? 'LOC' : undefined));
    out.push(typedSpan(ctx, titleEnd + 1, nameEnd, 'PER'));
    if (mergeNext) s++;
  }
  return out;
}

/**
 * Joins two neighbouring spans the tagger cut out of one name (the kinds are the `JOINS`
 * table): "People's" + "Bank of China" and "Kingdom of" + "Saudi Arabia" (a possessive, or
 * "of", "of the", "for", where the words at the join are the head of one organization or place
 * name), "Ministry of Mines" + "Energy" (a body's field goes on past "and"), "Transport" +
 * "Housing Bureau" (two fields of one body), "Varnak" + "Police Department" (a place's
 * body), "Kestrel Co." + "Ltd." (an Asian company's
 * designator), "South" + "Java Sea" (a compass word), "Tomás Ignacio" + "Ferro Lujan" (two
 * family names), "Pablo" + "Arco" over "del" (a name particle) and "Syrian" + "Foreign Ministry" (a nationality's body).
 *
 * @example
 * joinNames(ctx, spans); // "People's Bank of China" as one span
 */
export function joinNames(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const type = prev ? joinType(ctx, prev, span) : null;
    if (prev && type) out[out.length - 1] = typedSpan(ctx, prev.first, span.last, type);
    else out.push(span);
  }
  return out;
}

/** Two neighbouring spans as `joinNames` reads them: the text between them and their words. */
interface JoinPair {
  readonly ctx: SpanContext;
  readonly prev: TaggedSpan;
  readonly span: TaggedSpan;
  /** The text between the two spans. */
  readonly gap: string;
  /** The last word of the first span. */
  readonly a: Token;
  readonly words: (s: TaggedSpan) => readonly Token[];
}

/**
 * The joins of `joinNames`, in the order they are tried: each names the type of the joined
 * span, or null when it does not apply.
 */
const JOINS: ReadonlyArray<{ id: string; join: (p: JoinPair) => TaggedSpan['type'] | null }> = [
  {
    // "People's" + "Bank of China", "Northland Growers '" + "Union": an owner's possessive (also
    // a plural's bare apostrophe) before a name with an organization or place head
    id: 'possessive-head',
    join: ({ prev, span, gap, a, words }) =>
      prev.type !== 'PER' &&
      span.type !== 'PER' &&
      span.first === prev.last + 1 &&
      ((a.possessive && /^['’]s\s+$/u.test(gap)) || (/\p{Ll}s$/u.test(a.text) && /^\s?['’]\s+$/u.test(gap))) &&
      words(span).some((t) => ORG_HEADS.has(bare(t)) || PLACE_HEADS.has(bare(t)))
        ? span.type
        : null,
  },
  {
    // "Order" + "of the" + "Vale": one word the tagger read as a body, "of the" and a body's short
    // name it also read so are one name (a body named after what it belongs to)
    id: 'body-of-the-body',
    join: ({ prev, span, gap }) =>
      prev.type === 'ORG' &&
      span.type === 'ORG' &&
      prev.first === prev.last &&
      span.last - span.first < 2 &&
      gap === ' of the '
        ? 'ORG'
        : null,
  },
  {
    // "Health Commission" + "of" + "Varnia", "Standing Committee" + "of the" + "Central Committee":
    // a public body's name goes on to the country it serves or the body it belongs to
    // (PUBLIC_BODY_HEADS). A mission ends before the place that hosts it, as CoNLL-2003 writes it
    // ("the [Varnian] embassy in [Lenford]"): "Varnian Embassy" + "in" + "Lyon" stay two
    id: 'body-of-country',
    join: ({ ctx, prev, span, gap, a }) => {
      // no name runs to ten words (extract.ts drops such a run as no mention)
      if (prev.type === 'PER' || span.type === 'PER' || span.last - prev.first >= 9) return null;
      const words = ctx.tokens.slice(prev.first, prev.last + 1);
      // "Ministry of Ports and Harbours" + "of Varnia": a public body named by its fields
      const fieldBody =
        PUBLIC_BODY_HEADS.has(bare(words[0]!)) &&
        words[1]?.text === 'of' &&
        words.filter((t) => t.text === 'of' || t.text === 'the').length === 1;
      if (!PUBLIC_BODY_HEADS.has(bare(a)) && !fieldBody) return null;
      const text = ctx.source.slice(ctx.tokens[span.first]!.start, ctx.tokens[span.last]!.end);
      const country = span.type === 'LOC' && canonicalEntity(text, 'place') !== null;
      // one "of" per name: "Affairs Office of the State Council" + "of Varnia" stays apart
      const hasOf = words.some((t) => t.text === 'of');
      if (/^ of (?:the )?$/u.test(gap) && country && (!hasOf || fieldBody)) return 'ORG';
      if (!PUBLIC_BODY_HEADS.has(bare(a))) return null;
      if (
        gap === ' of the ' &&
        span.type === 'ORG' &&
        ORG_HEADS.has(bare(ctx.tokens[span.last]!)) &&
        !namedInFull(ctx, span) &&
        !headAlone(ctx, span)
      )
        return 'ORG';
      return null;
    },
  },
  {
    // "Kingdom of" + "Saudi Arabia", "Center for" + "Contemporary Art", "Trade Office of the" +
    // "State Council" (a body of a body), "Center for the" + "Study of Poverty" (a body's purpose):
    // a head or opener of at most three words before "of"/"for"
    id: 'head-of',
    join: ({ ctx, prev, span, gap, a }) => {
      if (prev.type === 'PER' || span.type === 'PER' || prev.last - prev.first >= 3) return null;
      const w = bare(a);
      if (!ORG_OPENERS.has(w) && !PLACE_HEADS.has(w) && !PLACE_OPENERS.has(w)) return null;
      const ofThe =
        span.type === 'ORG' &&
        ORG_OPENERS.has(w) &&
        /^\s+(?:of|for)\s+the\s+$/u.test(gap) &&
        !namedInFull(ctx, span) &&
        !headAlone(ctx, span);
      const of =
        span.first === prev.last + 2 &&
        /^(?:of|for)$/u.test(ctx.tokens[prev.last + 1]!.text) &&
        /^\s+(?:of|for)\s+$/u.test(gap);
      if (!ofThe && !of) return null;
      return prev.type === 'LOC' || span.type === 'LOC' ? 'LOC' : 'ORG';
    },
  },
  {
    // "Tomás Ignacio" + "Ferro Lujan": two person spans with only a space between are one name
    // with two family names (two people are never written side by side without a mark)
    id: 'two-family-names',
    join: ({ ctx, prev, span, gap, a }) =>
      prev.type === 'PER' &&
      span.type === 'PER' &&
      span.first === prev.last + 1 &&
      joined(ctx, prev.last, span.first) &&
      gap === ' ' &&
      span.last - prev.first < 5 &&
      !a.possessive
        ? 'PER'
        : null,
  },
  {
    // "KLU" + "VPR" in "KLU / VPR": party codes joined by a spaced slash are one alliance, as
    // when written "KLU/VPR" (rules.ts, isSlashedCodes)
    id: 'slashed-codes',
    join: ({ ctx, prev, span, gap }) =>
      prev.first === prev.last &&
      span.first === span.last &&
      prev.type === 'ORG' &&
      span.type === 'ORG' &&
      /^ ?\/ ?$/.test(gap) &&
      isSlashedCodes(`${ctx.tokens[prev.first]!.text}/${ctx.tokens[span.first]!.text}`)
        ? 'ORG'
        : null,
  },
  {
    // "Pablo" + "Arco" in "Pablo del Arco": a person's name goes on over a name particle (one or
    // two: "van der") to the family name after it, whatever the tagger read there
    id: 'particle-surname',
    join: ({ ctx, prev, span, gap }) => {
      if (prev.type !== 'PER' || span.last > span.first + 1 || span.last - prev.first > 5) return null;
      const between = ctx.tokens.slice(prev.last + 1, span.first);
      return between.length >= 1 &&
        between.length <= 2 &&
        between.every((t) => NAME_PARTICLES.has(t.text)) &&
        /^(?: \p{Ll}+)+ $/u.test(gap) &&
        /^\p{Lu}\p{Ll}/u.test(ctx.tokens[span.first]!.text)
        ? 'PER'
        : null;
    },
  },
  {
    // "Ministry of Mines" + "Energy": a body's field named after "of" goes on past "and" over a
    // word or two of ordinary English (no name, no place, no body's head: "the Department of
    // Justice and Treasury officials" are two bodies), which name no entity alone
    id: 'field-after-and',
    join: ({ ctx, prev, span, gap, words }) =>
      prev.type === 'ORG' &&
      span.last - span.first < 2 &&
      /^ (?:and|&) $/u.test(gap) &&
      words(prev).some((t) => t.text === 'of') &&
      words(span).every((t) => isHeadlessFieldWord(ctx, t))
        ? 'ORG'
        : null,
  },
  {
    // "Norvale Water, Rail, and" + "Transport", "Ministry of Ports, Fisheries and" + "Tourism": a
    // body's fields listed with commas go on to the last one after "and", each a word of ordinary
    // English with no head of its own (a list of bodies has heads or names: "Varco Bank, Lund
    // Motors and Ode Group")
    id: 'field-list',
    join: ({ ctx, prev, span, a }) => {
      if (prev.type !== 'ORG' || span.type === 'PER' || prev.last === prev.first || !isHeadlessFieldWord(ctx, a))
        return null;
      const end = listedFieldsEnd(ctx, prev.last);
      return end !== null && span.last <= end ? 'ORG' : null;
    },
  },
  {
    // "Kestrin Attorney's Office" + "for the" + "Northern District": an office's name goes on to
    // the district it serves (DISTRICT_HEADS, servesDistrict); the district's place after "of"
    // goes on with it ("... District" + "of" + "Norland")
    id: 'body-for-district',
    join: ({ ctx, prev, span, gap, words }) => {
      if (prev.type !== 'ORG' || span.type === 'PER') return null;
      const { tokens } = ctx;
      if (gap === ' for the ' && words(prev).some((t) => ORG_HEADS.has(bare(t))) && span.last === span.first + 1)
        return DISTRICT_HEADS.has(bare(tokens[span.last]!)) && isTitleCaseWord(tokens[span.first]!.text) ? 'ORG' : null;
      return gap === ' of ' && span.type === 'LOC' && servesDistrict(tokens, prev) ? 'ORG' : null;
    },
  },
  {
    // "Kestrin Electronics Group" + "14th" + "Institute": a body's numbered institute the tagger
    // read apart (numberedInstituteEnd; extendSpans takes it where the tagger read nothing)
    id: 'numbered-institute',
    join: ({ ctx, prev, span }) =>
      prev.type === 'ORG' &&
      span.type === 'ORG' &&
      span.first === prev.last + 2 &&
      numberedInstituteEnd(ctx, prev.last) === span.last
        ? 'ORG'
        : null,
  },
  {
    // "Kestrel Holding Co." + "Ltd.": an Asian company's full designator is one name
    id: 'co-ltd',
    join: ({ ctx, prev, span, gap, a }) =>
      prev.type === 'ORG' &&
      span.first === span.last &&
      span.first === prev.last + 1 &&
      bare(a) === 'co' &&
      /^(?:ltd|limited)$/u.test(bare(ctx.tokens[span.first]!)) &&
      /^\.?,\s?$/u.test(gap)
        ? 'ORG'
        : null,
  },
  {
    // "Transport" + "and" + "Housing Bureau": two fields of one body, its head noun at the end,
    // also after the place whose body it is ("Varnak Transport" + "and" + "Housing Bureau")
    id: 'two-fields',
    join: ({ ctx, prev, span, gap, words }) =>
      span.type === 'ORG' &&
      prev.type !== 'PER' &&
      span.last > span.first &&
      ORG_HEADS.has(bare(ctx.tokens[span.last]!)) &&
      /^ (?:and|&) $/u.test(gap) &&
      fieldsAfterPlace(ctx, words(prev)) &&
      words(span)
        .slice(0, -1)
        .every((t) => isFieldWord(ctx, t))
        ? 'ORG'
        : null,
  },
  {
    // "Varnak" + "Police Department", "Gansu" + "Satellite TV": a place's name opens the name of
    // the body it has (a city's police, a province's broadcaster) where the tagger read the
    // place apart; the body's name is two words or more and ends in a body's head noun. A place
    // in capitals ("LONDON Stock Exchange" of a dateline line) stays apart.
    id: 'place-body',
    join: ({ ctx, prev, span, gap, a }) =>
      prev.type === 'LOC' &&
      span.type === 'ORG' &&
      prev.first === prev.last &&
      span.first === prev.last + 1 &&
      span.last > span.first &&
      gap === ' ' &&
      isTitleCaseWord(a.text) &&
      ORG_HEADS.has(bare(ctx.tokens[span.last]!))
        ? 'ORG'
        : null,
  },
  {
    // "South" + "Java Sea", "North" + "Holland": a compass word the tagger read as a place of
    // its own, right before a place, is the first word of that place's name
    id: 'compass-word',
    join: ({ prev, span, gap, a }) =>
      prev.type === 'LOC' &&
      span.type === 'LOC' &&
      prev.first === prev.last &&
      span.first === prev.last + 1 &&
      UPPER_START.test(a.text) &&
      /\p{Ll}/u.test(a.text) &&
      DIRECTIONS.has(bare(a)) &&
      gap === ' '
        ? 'LOC'
        : null,
  },
  {
    // "High School Affiliated" + "to" + "Lenmark University": a body affiliated to another, as
    // Chinese institutions are named in English, is one name to the end of the other's
    id: 'affiliated-to',
    join: ({ prev, span, gap, a }) =>
      prev.type === 'ORG' && span.type === 'ORG' && /^(?:Affiliated|Attached)$/u.test(a.text) && gap === ' to '
        ? 'ORG'
        : null,
  },
  {
    // "Society for Aid" + "to" + "Lost Hikers": a body named for its
    // purpose goes on past "to" to whom the purpose serves, a name that is no known place or
    // body of its own
    id: 'purpose-to',
    join: ({ ctx, prev, span, gap, a }) => {
      const { tokens, source } = ctx;
      if (prev.type !== 'ORG' || span.type === 'PER' || gap !== ' to ' || ORG_HEADS.has(bare(a))) return null;
      if (!tokens.slice(prev.first, prev.last).some((t) => t.text === 'for')) return null;
      const text = source.slice(tokens[span.first]!.start, tokens[span.last]!.end);
      const known = canonicalEntity(text) !== null || isKnownPlaceName(text) || ORG_HEADS.has(bare(tokens[span.last]!));
      return known ? null : 'ORG';
    },
  },
  {
    // "Free" + "Democrat" ("the Free Democrat chairman"): a party's name in the form
    // of its member, the party's plural name less its "s", is one name
    id: 'party-member-form',
    join: ({ ctx, prev, span, gap, a }) =>
      prev.type !== 'PER' &&
      prev.first === prev.last &&
      span.first === span.last &&
      gap === ' ' &&
      /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[span.first]!.text) &&
      isNationalBodyForm(`${a.text} ${ctx.tokens[span.first]!.text}s`)
        ? 'ORG'
        : null,
  },
  {
    // "Tomas Brandt" + "University of Lenford": a person's name right before an institution
    // named in full ("University of", NAMESAKE_HEADS) is the first words of the institution's
    // name (no text writes a person and a body side by side without a mark)
    id: 'namesake-institution',
    join: ({ ctx, prev, span, gap, a }) =>
      prev.type === 'PER' &&
      span.type === 'ORG' &&
      prev.last > prev.first &&
      gap === ' ' &&
      !a.possessive &&
      NAMESAKE_HEADS.has(bare(ctx.tokens[span.first]!)) &&
      ctx.tokens[span.first + 1]?.text === 'of' &&
      span.last > span.first + 1
        ? 'ORG'
        : null,
  },
  {
    // "University of Norland" + "at" + "Kestby", "University of Norland" + "," + "Kestby" + ",":
    // a university named after its state or country goes on to its campus's town (after a
    // comma, a town of the gazetteer closed by a comma or the sentence's end)
    id: 'university-campus',
    join: ({ ctx, prev, span, gap, words }) => {
      const { tokens, source } = ctx;
      const body = words(prev);
      if (prev.type !== 'ORG' || bare(body[0]!) !== 'university' || body[1]?.text !== 'of' || body.length < 3)
        return null;
      if (gap === ' at ') return span.type === 'LOC' ? 'ORG' : null;
      const town = source.slice(tokens[span.first]!.start, tokens[span.last]!.end);
      const closed = /^[,.]/u.test(tokens[span.last]!.post);
      return gap === ', ' &&
        span.type !== 'ORG' &&
        closed &&
        isCityName(town) &&
        isKnownPlaceName(source.slice(tokens[prev.first + 2]!.start, tokens[prev.last]!.end))
        ? 'ORG'
        : null;
    },
  },
  {
    // "Tomas" + "and" + "Ilse Brandt Foundation": a body named after two people who share a
    // family name, the first by a given name alone (an initial may follow it: "Tomas J.")
    id: 'namesakes-and',
    join: ({ prev, span, gap, words }) => {
      const given = words(prev);
      const body = words(span);
      return span.type === 'ORG' &&
        /^\.? and $/u.test(gap) &&
        given.length <= 2 &&
        isGivenNameWord(bare(given[0]!)) &&
        UPPER_START.test(given[0]!.text) &&
        given.slice(1).every((t) => /^\p{Lu}\.?$/u.test(t.text)) &&
        body.length >= 3 &&
        isGivenNameWord(bare(body[0]!)) &&
        NAMESAKE_HEADS.has(bare(body[body.length - 1]!))
        ? 'ORG'
        : null;
    },
  },
  {
    // "Syrian" + "Foreign Ministry": a nationality before a body names whose body it is
    id: 'nationality-body',
    join: ({ ctx, prev, span, a }) =>
      prev.type === 'MISC' &&
      prev.first === prev.last &&
      span.type === 'ORG' &&
      span.first === prev.last + 1 &&
      isDemonymWord(a.text) &&
      joined(ctx, prev.last, span.first) &&
      ORG_HEADS.has(bare(ctx.tokens[span.last]!))
        ? 'ORG'
        : null,
  },
];

/**
 * Whether a body's span is named in full, its own head noun going on over "of" or "for" ("Ministry
 * of Public Security", "Varnian Federation of Marketing Cooperatives"): after "of the" such a body
 * is one of its own, not the end of the name before it ("the Press Office" + "of the" + "Ministry of
 * Foreign Affairs" are two bodies; "the Trade Office of the State Council" one name).
 */
function namedInFull(ctx: SpanContext, span: { first: number; last: number }): boolean {
  const { tokens } = ctx;
  for (let k = span.first; k < span.last - 1; k++) {
    const w = bare(tokens[k]!);
    if ((ORG_HEADS.has(w) || ORG_OPENERS.has(w)) && /^(?:of|for)$/u.test(tokens[k + 1]!.text)) return true;
  }
  return false;
}

/**
 * Whether a span is a body's head noun alone ("the Party", "the Government"): after "of the" it
 * names the body the text means, no name to go on into ("the Central Committee of the Party" is
 * the Central Committee). A body's one-word name ("the Politburo", BODY_NAMES) is a name.
 */
function headAlone(ctx: SpanContext, span: TaggedSpan): boolean {
  const w = bare(ctx.tokens[span.first]!);
  return span.first === span.last && ORG_HEADS.has(w) && !BODY_NAMES.has(w);
}

function joinType(ctx: SpanContext, prev: TaggedSpan, span: TaggedSpan): TaggedSpan['type'] | null {
  const a = ctx.tokens[prev.last]!;
  const pair: JoinPair = {
    ctx,
    prev,
    span,
    a,
    gap: ctx.source.slice(a.end, ctx.tokens[span.first]!.start),
    words: (s) => ctx.tokens.slice(s.first, s.last + 1),
  };
  for (const { join } of JOINS) {
    const type = join(pair);
    if (type) return type;
  }
  return null;
}

/**
 * One or two field words, after the place whose body it is or alone ("Transport", "Varnak
 * Transport"): the first side of `two-fields`.
 */
function fieldsAfterPlace(ctx: SpanContext, words: readonly Token[]): boolean {
  const place = words.length > 1 && isKnownPlaceName(words[0]!.text);
  const fields = place ? words.slice(1) : words;
  // a side with a head of its own is a body of its own ("Varnian Navy" + "and" + "Air Corps")
  return fields.length <= 3 && fields.every((t) => isHeadlessFieldWord(ctx, t));
}

/** A capitalized word of ordinary English that names no person or place ("Energy", "Human"). */
function isFieldWord(ctx: SpanContext, t: Token): boolean {
  return (
    UPPER_START.test(t.text) &&
    /\p{Ll}/u.test(t.text) &&
    (ctx.vocab.isCommonWord(t.text) || isEnglishWord(t.text)) &&
    !isPersonNameWord(t.text.toLowerCase()) &&
    !isKnownPlaceName(t.text) &&
    !isCityName(t.text)
  );
}

/** No body lists more fields between its first and its last ("Ministry of Ports, Fisheries, Rail and Tourism"). */
const MAX_LISTED_FIELDS = 2;

/**
 * The index of the last field of a comma list of fields that goes on after the field word at
 * `from` (", Rail, and Shipping", ", Fisheries and Tourism"), or null: each field a headless field
 * word (`field-list`). After a field that is itself listed (a comma before it), the list may end
 * at once (", and Shipping").
 */
function listedFieldsEnd(ctx: SpanContext, from: number): number | null {
  const { tokens, source } = ctx;
  const gap = (k: number): string => source.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
  const field = (k: number): boolean => !!tokens[k] && isHeadlessFieldWord(ctx, tokens[k]!);
  let k = from;
  let listed = 0;
  while (listed < MAX_LISTED_FIELDS && gap(k) === ', ' && field(k + 1)) {
    k++;
    listed++;
  }
  const listedBefore = from > 0 && gap(from - 1) === ', ';
  if (listed === 0 && !listedBefore) return null;
  if (!/^,? $/u.test(gap(k)) || !/^(?:and|&)$/u.test(tokens[k + 1]?.text ?? '') || gap(k + 1) !== ' ') return null;
  return field(k + 2) ? k + 2 : null;
}

/**
 * Whether an office's span ends in the district it serves, "for the" before it ("Attorney's Office for
 * the Northern District", "District Court for the District"): the district's place after "of" is
 * still the body's name.
 */
function servesDistrict(tokens: readonly Token[], span: { first: number; last: number }): boolean {
  const last = span.last;
  if (last - span.first < 3 || !DISTRICT_HEADS.has(bare(tokens[last]!))) return false;
  // "for the District", "for the Northern District"
  const the = tokens[last - 1]!.text === 'the' ? last - 1 : last - 2;
  return the - 1 > span.first && tokens[the]!.text === 'the' && tokens[the - 1]!.text === 'for';
}

/** The lower-case words inside a body's purpose ("for the Prevention of Harm to Birds"). */
const PURPOSE_LINKS = new Set(['of', 'to', 'and']);
/** No body's name with its purpose takes more words ("Royal Society for the Prevention of Harm to Birds"). */
const MAX_PURPOSE_NAME = 10;

/**
 * The index of the "for" or "on" inside a span that links an opener to the body's purpose or
 * subject ("Center for Lost Pets", "Committee on Ports"), or -1.
 */
function purposeLinkAt(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    const opener = bare(tokens[k - 1]!);
    const link = tokens[k]!.text;
    if ((link === 'for' && ORG_OPENERS.has(opener)) || (link === 'on' && TOPIC_OPENERS.has(opener))) return k;
  }
  return -1;
}

/** A month's or a weekday's name ("on Tuesday", "on March 3" date what is said). */
function isCalendarWord(t: Token): boolean {
  const w = bare(t);
  return MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined;
}

/** A field word that is no body's head noun ("Energy", "Housing"; not "Bureau"): a field goes on, a head ends a name. */
function isHeadlessFieldWord(ctx: SpanContext, t: Token): boolean {
  return isFieldWord(ctx, t) && !ORG_HEADS.has(bare(t));
}

/** The word for a company after partners' names and "&" or "and": "Hale & Co", "Ida Hale and Company". */
const PARTNERS_COMPANY: ReadonlySet<string> = new Set(['Co', 'Co.', 'Company']);

/** No firm's partners take more words before "& Co" ("Hale Ode Lund Varco & Co"); a cap keeps a long line linear. */
const MAX_PARTNER_WORDS = 6;

/**
 * A firm named after its partners ("Hale & Co", "Hale Ode and Co Inc", "Ida Hale and Company") is
 * one organization from the first partner's name to the designator, where the tagger reads a
 * person and leaves out "& Co", or reads "Co Inc" (or "Company", a place) alone: the capitalized
 * words right before "& Co" or "and Co" up to a break, then "Co" and a designator after it ("Inc", "Ltd").
 *
 * @example
 * partnersFirms(ctx, spans); // ORG "Hale Ode & Co Inc" for PER "Hale Ode" + ORG "Co Inc"
 */
export function partnersFirms(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const found: Array<[number, number]> = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!PARTNERS_COMPANY.has(tokens[i]!.text)) continue;
    // "& Co": the ampersand is no token; "and Co": the word is
    let k = i - 1;
    const gap = source.slice(tokens[k]!.end, tokens[i]!.start);
    if (tokens[k]!.text === 'and' && gap === ' ') {
      k--;
      if (k < 0 || !oneSpaceBetween(source, tokens[k]!, tokens[k + 1]!)) continue;
    } else if (!/^ ?& ?$/.test(gap)) continue;
    let first = k;
    // a partner's name, not a word of the sentence ("He and Co. workers")
    if (!UPPER_START.test(tokens[first]!.text) || ctx.vocab.isCommonWord(tokens[first]!.text)) continue;
    while (
      first > 0 &&
      k - first < MAX_PARTNER_WORDS - 1 &&
      UPPER_START.test(tokens[first - 1]!.text) &&
      joined(ctx, first - 1, first)
    )
      first--;
    first = commaPartnersBefore(ctx, first);
    let last = i;
    const next = tokens[last + 1];
    if (next && UPPER_START.test(next.text) && COMPANY_DESIGNATORS.has(bare(next)) && joined(ctx, last, last + 1))
      last++;
    found.push([first, last]);
  }
  if (found.length === 0) return spans.slice();
  // each firm reads only its own tokens
  const owner = spanOwners(tokens.length, spans);
  const drop = new Set<TaggedSpan>();
  const out: TaggedSpan[] = [];
  for (const [first, last] of found) {
    const inside = new Set<TaggedSpan>();
    for (let k = first; k <= last; k++) if (owner[k]! >= 0) inside.add(spans[owner[k]!]!);
    if ([...inside].some((x) => x.first < first || x.last > last)) continue;
    for (const x of inside) drop.add(x);
    out.push(typedSpan(ctx, first, last, 'ORG'));
  }
  return [...spans.filter((x) => !drop.has(x)), ...out].sort((a, b) => a.first - b.first);
}

/** Per token, the index of the span that holds it, or -1 (spans do not overlap). */
function spanOwners(length: number, spans: readonly TaggedSpan[]): Int32Array {
  const owner = new Int32Array(length).fill(-1);
  spans.forEach((x, n) => owner.fill(n, x.first, x.last + 1));
  return owner;
}

/** No firm lists more partners before its last one, each after a comma ("Hale, Ode, Lund & Co"). */
const MAX_COMMA_PARTNERS = 2;

/**
 * The first token of a firm's name whose partners before the last are listed with commas
 * ("Hale, Ode & Co" from "Ode"): each a single capitalized name, no common word ("Meanwhile,
 * Hale & Co"), no place ("In Lenford, Hale & Co") and no part of a longer name before the comma.
 */
function commaPartnersBefore(ctx: SpanContext, first: number): number {
  const { tokens, source } = ctx;
  for (let n = 0; n < MAX_COMMA_PARTNERS && first > 0; n++) {
    const partner = tokens[first - 1]!;
    if (!/^ ?, $/.test(source.slice(partner.end, tokens[first]!.start))) break;
    if (!isTitleCaseWord(partner.text) || ctx.vocab.isCommonWord(partner.text) || isKnownPlaceName(partner.text)) break;
    if (first > 1 && UPPER_START.test(tokens[first - 2]!.text) && joined(ctx, first - 2, first - 1)) break;
    first--;
  }
  return first;
}

/** Designators a company's name may take after a comma ("Lenmark Research, Inc."); "Co" and "Group" are words too. */
const COMMA_DESIGNATORS = new Set(['inc', 'incorporated', 'ltd', 'llc']);

/**
 * A company's designator written after a comma ("Lenmark Research, Inc.", newswire's "Hale &
 * Sons , Inc") is the end of the company's name: the span before the comma takes it in, as an
 * organization, where the tagger ended the name at the comma (or read the name as a person's).
 *
 * @example
 * commaDesignators(ctx, spans); // ORG "Lenmark Research, Inc." for ORG "Lenmark Research"
 */
export function commaDesignators(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    // the designator already read as a span of its own after the name
    if (prev && span.first === span.last && span.first === prev.last + 1 && isCommaDesignator(ctx, span.first)) {
      out[out.length - 1] = typedSpan(ctx, prev.first, span.last, 'ORG');
      continue;
    }
    const d = span.last + 1;
    if (d < tokens.length && isCommaDesignator(ctx, d) && !spans.some((x) => x.first <= d && x.last >= d))
      out.push(typedSpan(ctx, span.first, d, 'ORG'));
    else out.push(span);
  }
  return out;
}

/** Token `i` is a designator after a comma that ends a name ("Inc" of "Lenmark, Inc. said"; not "Inc Magazine"). */
function isCommaDesignator(ctx: SpanContext, i: number): boolean {
  const { tokens, source } = ctx;
  const t = tokens[i]!;
  if (i === 0 || !COMMA_DESIGNATORS.has(bare(t)) || !UPPER_START.test(t.text)) return false;
  if (!/^ ?, $/.test(source.slice(tokens[i - 1]!.end, t.start))) return false;
  const after = tokens[i + 1];
  return !after || !UPPER_START.test(after.text) || !joined(ctx, i, i + 1);
}

/** A monarch's or a pope's number after the name, II to XXIX ("Henry VIII", "Leo XIV"); "I" is read apart. */
const REGNAL_NUMBER = /^X{0,2}(?:IX|IV|V?I{1,3}|V)$/;

/**
 * A monarch's or a pope's number written after the name is the name's ("Henry VIII", "Queen
 * Elizabeth I", "Leopold III"), where the tagger ended the person at the name or read the
 * number alone as a body: the person's span (or a given name the tagger left out) takes the
 * number in. A lone "I" counts only after a monarch's title ("Queen Elizabeth I"; "told Tom I
 * would" has the pronoun).
 *
 * @example
 * regnalNumbers(ctx, spans); // PER "Henry VIII" for ORG "VIII"
 */
export function regnalNumbers(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const owner = spanOwners(tokens.length, spans);
  const drop = new Set<TaggedSpan>();
  const added: TaggedSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const num = tokens[i]!;
    if (!REGNAL_NUMBER.test(num.text) || !joined(ctx, i - 1, i) || !isTitleCaseWord(tokens[i - 1]!.text)) continue;
    // the person's span, or a given name alone (the tagger may have read it with the number as a body)
    const before = owner[i - 1]! >= 0 ? spans[owner[i - 1]!]! : null;
    const person = before?.type === 'PER' && before.last === i - 1 ? before : null;
    const lone = !before || (before.first === i - 1 && before.last === i - 1);
    if (!person && !(lone && isGivenNameWord(tokens[i - 1]!.text.toLowerCase()))) continue;
    const first = person?.first ?? i - 1;
    const title = tokens[first - 1];
    if (num.text === 'I' && !(title && MONARCH_TITLES.has(bare(title)) && joined(ctx, first - 1, first))) continue;
    const own = owner[i]! >= 0 ? spans[owner[i]!]! : null;
    if (own && (own.first !== i || own.last !== i)) continue;
    if (before) drop.add(before);
    if (own) drop.add(own);
    added.push(typedSpan(ctx, first, i, 'PER'));
  }
  if (added.length === 0) return spans.slice();
  return [...spans.filter((x) => !drop.has(x)), ...added].sort((a, b) => a.first - b.first);
}

/**
 * Extends spans over a neighbour the tagger left out: a given name before a person
 * ("Maxim" + "Samorukov") or a hyphenated one after a family name written first ("Kang" +
 * "Min-jun"), a compass word before a place ("Eastern" + "Europe"); head
 * nouns after a name are joined by `joinHeadNouns`.
 *
 * @example
 * extendSpans(ctx, spans);
 */
export function extendSpans(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const taken = coveredTokens(tokens.length, spans);
  return spans.map((s) => {
    let { first, last } = s;
    if (s.type === 'PER') {
      // a given name, or an unknown capitalized word opening the sentence ("Aung" + "San Suu Kyi")
      const extends_ = (t: Token): boolean =>
        hasGivenNameTag(t.tags) || (t.sentenceStart && !ctx.vocab.isCommonWord(t.text) && /\p{Ll}/u.test(t.text));
      while (
        first > 0 &&
        !taken[first - 1] &&
        joined(ctx, first - 1, first) &&
        UPPER_START.test(tokens[first - 1]!.text) &&
        extends_(tokens[first - 1]!) &&
        !isHead(tokens[first - 1]!) &&
        !isHonorific(tokens[first - 1]!)
      )
        first--;
      // "He Dayi", "Tan Wei-ming": a Chinese or Korean family name that is also an English word
      // (the parser reads "He" as the pronoun), before a given name read as a person
      const family = tokens[first - 1];
      if (
        first === last &&
        family &&
        !taken[first - 1] &&
        /^ $/u.test(ctx.source.slice(family.end, tokens[first]!.start)) &&
        isFamilyFirstName([family.text, tokens[first]!.text])
      )
        first--;
      // an initial before the name ("C. Cairns"), even where the parser ended a sentence at its period
      const p = tokens[first - 1];
      if (
        p &&
        !taken[first - 1] &&
        /^\p{Lu}$/u.test(p.text) &&
        /^\.\s+$/u.test(ctx.source.slice(p.end, tokens[first]!.start))
      )
        first--;
      // "Kang" + "Min-jun": a family name the tagger took alone, before the hyphenated given
      // name it is written with family name first
      const given = tokens[last + 1];
      if (
        first === last &&
        given &&
        !taken[last + 1] &&
        /^ $/u.test(ctx.source.slice(tokens[last]!.end, given.start)) &&
        given.text.includes('-') &&
        isFamilyFirstName([tokens[last]!.text, given.text])
      )
        last++;
    } else if (s.type === 'ORG') {
      // "the 12th Rifle Corps", "the No. 5 Rescue Center": a unit's number opens its name
      first -= unitNumberBefore(ctx, s, taken);
      // "Kestrin Electronics Group 14th Institute": a body's numbered institute after its name
      last += numberedInstituteAfter(ctx, s, taken);
    } else if (s.type === 'LOC') {
      // "Eastern Europe", "Central Asia": a capitalized compass word before a place makes a larger place
      if (
        first > 0 &&
        !taken[first - 1] &&
        joined(ctx, first - 1, first) &&
        UPPER_START.test(tokens[first - 1]!.text) &&
        DIRECTIONS.has(bare(tokens[first - 1]!))
      )
        first--;
    }
    return first === s.first && last === s.last ? s : typedSpan(ctx, first, last, s.type);
  });
}

/** A unit's number written as an ordinal in figures ("71st", "3rd"). */
const ORDINAL_FIGURE = /^\d+(?:st|nd|rd|th)$/u;

/** The index of the first token `word` from `from` to `to` (both included), or -1: a scan of the span alone. */
function wordIndex(tokens: readonly Token[], word: string, from: number, to: number): number {
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) if (tokens[k]!.text === word) return k;
  return -1;
}

/**
 * How many tokens of a unit's number stand right before a body's span: an ordinal in figures
 * before a military unit ("the 12th" + "Rifle Corps", UNIT_HEADS), "No." and a number before a
 * body with its head noun ("the No. 5" + "Rescue Coordination Center"); 0 when none. A sitting's
 * number ("the 19th" + "Central Committee") is no part of the name.
 */
function unitNumberBefore(ctx: SpanContext, s: TaggedSpan, taken: Uint8Array): number {
  const { tokens, source } = ctx;
  const spaced = (a: number, b: number): boolean => oneSpaceBetween(source, tokens[a]!, tokens[b]!);
  const n = tokens[s.first - 1];
  if (!n || taken[s.first - 1] || !spaced(s.first - 1, s.first)) return 0;
  const of = wordIndex(tokens, 'of', s.first, s.last);
  const words = tokens.slice(s.first, of < 0 ? s.last + 1 : of);
  if (ORDINAL_FIGURE.test(n.text)) return words.some((t) => UNIT_HEADS.has(bare(t))) ? 1 : 0;
  if (!words.some((t) => ORG_HEADS.has(bare(t)))) return 0;
  const no = tokens[s.first - 2];
  if (/^\d+$/u.test(n.text) && no && !taken[s.first - 2] && /^No\.?$/u.test(source.slice(no.start, n.start).trim()))
    return 2;
  return 0;
}

/** No numbered institute's name after the ordinal runs longer ("14th Research Institute"). */
const MAX_INSTITUTE_WORDS = 2;

/**
 * The last token of a numbered institute right after a body's name that ends at `last` in its head
 * noun ("Kestrin Electronics Group" + "14th Institute", "… Corporation" + "3rd Research
 * Institute", as Chinese institutes are named in English): an ordinal in figures and one or two
 * Title-Case words ending in a head noun; -1 when none.
 */
function numberedInstituteEnd(ctx: SpanContext, last: number): number {
  const { tokens, source } = ctx;
  const spaced = (a: number): boolean => !!tokens[a + 1] && oneSpaceBetween(source, tokens[a]!, tokens[a + 1]!);
  const n = last + 1;
  if (!ORG_HEADS.has(bare(tokens[last]!)) || !tokens[n] || !ORDINAL_FIGURE.test(tokens[n]!.text) || !spaced(last))
    return -1;
  for (let k = n + 1; k <= n + MAX_INSTITUTE_WORDS && tokens[k] && spaced(k - 1); k++) {
    if (!isTitleCaseWord(tokens[k]!.text)) return -1;
    if (ORG_HEADS.has(bare(tokens[k]!))) return k;
  }
  return -1;
}

/** How many tokens of a numbered institute no span holds stand right after a body's span (numberedInstituteEnd). */
function numberedInstituteAfter(ctx: SpanContext, s: TaggedSpan, taken: Uint8Array): number {
  const end = numberedInstituteEnd(ctx, s.last);
  return end > s.last && !taken.subarray(s.last + 1, end + 1).some((x) => x === 1) ? end - s.last : 0;
}

/** A capitalized head noun written in lower case after its capital ("Ministry", not "MINISTRY" of a shouted line). */
const headType = (t: Token): 'ORG' | 'LOC' | null => {
  if (!UPPER_START.test(t.text) || !/\p{Ll}/u.test(t.text)) return null;
  const w = bare(t);
  return ORG_HEADS.has(w) ? 'ORG' : PLACE_HEADS.has(w) ? 'LOC' : null;
};
const isDesignatorSpan = (tokens: readonly Token[], s: TaggedSpan): boolean =>
  tokens.slice(s.first, s.last + 1).every((t) => CLUB_DESIGNATORS.has(t.text));
/** A line in capitals ("AS ENGLAND WIN") has no designators: "AS" is a word there. */
const shouted = (tokens: readonly Token[], s: TaggedSpan): boolean =>
  tokens.slice(s.first, s.last + 1).every((t) => !/\p{Ll}/u.test(t.text));
/** Words that never open a name where a sentence opens ("Yesterday", "Arrest", "They"). */
// prettier-ignore
const NOT_MODIFIER_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Date', 'QuestionWord',
  'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula'];
/** Words of the calendar: never part of a name ("September" + "Treasury" figures). */
const DATE_TAGS = ['Date', 'Month', 'WeekDay', 'Holiday'];
/**
 * A capitalized word that may stand before the head of an organization's name ("National",
 * "Lagos"): no nationality ("Jewish", a name of its own), no "Boston-based", no month, no
 * honorific, no verb or function word opening a sentence ("Yesterday", "Arrest").
 */
const nameModifier = (t: Token): boolean =>
  CLUB_DESIGNATORS.has(t.text) ||
  (UPPER_START.test(t.text) &&
    !isHonorific(t) &&
    !isDemonymWord(t.text) &&
    t.text.split('-').every((p) => UPPER_START.test(p)) &&
    !lexiconTags(t.text.toLowerCase()).some(
      (g) => DATE_TAGS.includes(g) || (t.sentenceStart && NOT_MODIFIER_TAGS.includes(g)),
    ) &&
    !(t.sentenceStart && NOT_MODIFIER_TAGS.some((g) => t.tags.has(g))));
/** Most words an organization's name takes before its head ("National Council"). */
const MAX_HEAD_NAME = 5;

/**
 * Openers of institutions named after their seat ("University of Lenford", "Bank of Varnia",
 * "Museum of Kestby", "the Port of Varnholm", a port authority): before "of" and a place they open
 * the institution's name. No public bodies ("the Ministry of Health of Varnia" ends before its
 * country) and no houses or orders. A town named so ("Port of Spain") stays a town (`isCityName`).
 */
const INSTITUTION_OPENERS: ReadonlySet<string> = new Set(
  'university college institute academy school hospital museum library bank chamber foundation society conservatory observatory polytechnic seminary port'.split(
    ' ',
  ),
);

/**
 * Joins the pieces of an organization or place name that the tagger cut before its head
 * noun. Two spans with one space between them are one name when the second ends in an
 * organization head ("Lagos" + "Transport Ministry", "Green" + "Future Party") or is a lone
 * head noun ("Al Karim" + "Stadium"), or when one is a club designator ("FC" + "Northtown
 * Rovers"); a name extends over capitalized words the tagger left out: a head noun after it
 * ("Ruritania" + "Navy"), a modifier before an organization ending in its head ("National"
 * + "Council", never on a Title-Case headline or with a verb opening the sentence), and
 * "of" + capitalized words after an organization's opener ("Congress" + "of Delegates"),
 * "for" + ordinary words ("Center" + "for Contemporary Art"), and "and" + ordinary words
 * after a field named with "of" ("Bureau of Crop Inspection" + "and Control").
 * A person's span never joins; a lower-case word never joins ("the ruling Party").
 *
 * @example
 * joinHeadNouns(ctx, spans); // "Lagos" (LOC) + "Transport Ministry" (ORG) -> "Lagos Transport Ministry" (ORG)
 */
export function joinHeadNouns(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const adjacent = (a: TaggedSpan, b: TaggedSpan): boolean =>
    b.first === a.last + 1 &&
    joined(ctx, a.last, b.first) &&
    /^ $/.test(source.slice(tokens[a.last]!.end, tokens[b.first]!.start));
  // "Manhattan District Attorney": a head noun before a title is part of the title
  const titleAfter = (i: number): boolean => {
    const n = tokens[i + 1];
    return !!n && isHead(n) && joined(ctx, i, i + 1);
  };
  // 1. adjacent spans
  const merged: TaggedSpan[] = [];
  for (const span of spans) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      prev.type !== 'PER' &&
      span.type !== 'PER' &&
      adjacent(prev, span) &&
      (prev.type !== 'MISC' || isDesignatorSpan(tokens, prev)) &&
      nameModifier(tokens[prev.last]!)
    ) {
      const head = headType(tokens[span.last]!);
      const designator =
        (isDesignatorSpan(tokens, prev) && !shouted(tokens, span)) ||
        (isDesignatorSpan(tokens, span) && !shouted(tokens, prev));
      const loneHead = span.first === span.last && head !== null && !titleAfter(span.last);
      // "Varnia" + "Chamber of Commerce": a place's name before an institution named in full
      // ("Chamber of", INSTITUTION_OPENERS) is the institution's first word
      const seat =
        prev.type === 'LOC' &&
        prev.first === prev.last &&
        span.first < span.last &&
        INSTITUTION_OPENERS.has(bare(tokens[span.first]!)) &&
        /^\p{Lu}\p{Ll}/u.test(tokens[span.first]!.text) &&
        tokens[span.first + 1]!.text === 'of';
      if (seat && span.last - prev.first < MAX_HEAD_NAME + 3) {
        merged[merged.length - 1] = typedSpan(ctx, prev.first, span.last, 'ORG');
        continue;
      }
      if (span.last - prev.first < MAX_HEAD_NAME + 1 && (designator || head === 'ORG' || loneHead)) {
        merged[merged.length - 1] = typedSpan(ctx, prev.first, span.last, designator ? 'ORG' : (head ?? 'ORG'));
        continue;
      }
    }
    merged.push(span);
  }
  // 2. words the tagger left out
  const taken = coveredTokens(tokens.length, merged);
  const free = (i: number): boolean => i >= 0 && i < tokens.length && !taken[i] && !ctx.lineTitle[i];
  // spans by their first token, and the ones an opener's "of/for" phrase takes in (dropped below)
  const startsAt = new Map<number, TaggedSpan>(merged.map((sp) => [sp.first, sp]));
  const absorbed = new Set<TaggedSpan>();
  // "Institute for" + "Marine Studies": a span of capitalized common words, or of a body, after an
  // opener's link is the rest of the opener's name, whatever type the tagger gave it
  const restOfName = (k: number, place = false): TaggedSpan | undefined => {
    const sp = startsAt.get(k);
    if (!sp || (sp.type === 'LOC' && !place) || ctx.lineTitle[k]) return undefined;
    for (let i = sp.first; i <= sp.last; i++) {
      const t = tokens[i]!;
      if (!UPPER_START.test(t.text) || (sp.type === 'PER' && !ctx.vocab.isCommonWord(t.text))) return undefined;
    }
    return sp;
  };
  // the opener before a span's "for (the)" or "of the" link, free and written as a name, or -1:
  // the span must read as a name's rest (first and last word capitalized, few words)
  // "University of" + "Lenford" (a place): an institution's opener with "of" right before a place
  // names the institution after it (INSTITUTION_OPENERS), not a body's purpose
  const openerBefore = (first: number, last: number, place = false): number => {
    let link = first - 1;
    const the = tokens[link]?.text === 'the';
    if (the) link--;
    const linker = tokens[link]?.text;
    if (place ? linker !== 'of' || the : !(linker === 'for' || (linker === 'of' && the))) return -1;
    const o = link - 1;
    const word = tokens[o];
    const opens = (w: string): boolean => (place ? INSTITUTION_OPENERS.has(w) : ORG_OPENERS.has(w));
    if (!word || !free(o) || !free(link) || !opens(bare(word)) || !/^\p{Lu}\p{Ll}/u.test(word.text)) return -1;
    if (bare(word) === 'port' && isCityName(ctx.source.slice(word.start, tokens[last]!.end))) return -1;
    if (!UPPER_START.test(tokens[first]!.text) || !UPPER_START.test(tokens[last]!.text) || last - o > MAX_HEAD_NAME + 3)
      return -1;
    for (let k = o; k < first; k++) if (!joined(ctx, k, k + 1)) return -1;
    return o;
  };
  const out = merged.map((s) => {
    if (absorbed.has(s)) return s;
    if (s.type === 'PER') return s;
    let { first, last } = s;
    let type = s.type;
    // a head noun after the name
    while (free(last + 1) && joined(ctx, last, last + 1) && last + 1 - first < MAX_HEAD_NAME) {
      const n = tokens[last + 1]!;
      const head = CLUB_DESIGNATORS.has(n.text) && !shouted(tokens, s) ? 'ORG' : headType(n);
      if (!head || (head === 'LOC' && s.type !== 'LOC') || titleAfter(last + 1)) break;
      last++;
      type = head;
    }
    // "of" + capitalized words after an organization's opener; "for" + ordinary words (its field:
    // "Center" + "for Contemporary Art"), also where the tagger made them a span of their own;
    // "on" + ordinary words after a body named for its subject ("Commission" + "on Presidential
    // Debates"; "the Committee on Tuesday" is a date)
    const opener = tokens[last]!;
    const linker = tokens[last + 1]?.text;
    const topic = linker === 'on' && TOPIC_OPENERS.has(bare(opener));
    if (
      UPPER_START.test(opener.text) &&
      ((ORG_OPENERS.has(bare(opener)) && (linker === 'of' || linker === 'for')) || topic)
    ) {
      let k = last + 2;
      // "the" after "of"/"for" is the name's; after "on" it opens a subject, no body's name
      // ("a report of the Central Committee on the Harbour Reforms")
      if (tokens[k]?.text === 'the' && !topic) k++;
      let end = last;
      const taking: TaggedSpan[] = [];
      // "Select Committee on Varnia": a committee set up for one matter may sit on a place
      const placeTopic = topic && tokens.slice(first, last).some((t) => INQUIRY_KINDS.has(bare(t)));
      // after "and", fields of the same name, not a body of its own ("... and Senate Leaders")
      const fields = (sp: TaggedSpan): boolean =>
        tokens.slice(sp.first, sp.last + 1).every((t) => isHeadlessFieldWord(ctx, t));
      while (
        k < tokens.length &&
        k - first < MAX_HEAD_NAME + 2 &&
        joined(ctx, k - 1, k) &&
        joined(ctx, last, last + 1)
      ) {
        const rest = free(k) ? undefined : restOfName(k, placeTopic && k === last + 2);
        const afterAnd = tokens[k - 1]!.text === 'and';
        if (rest && rest.last - first < MAX_HEAD_NAME + 2 && (!afterAnd || fields(rest))) {
          taking.push(rest);
          end = rest.last;
          k = rest.last + 1;
          continue;
        }
        const word = tokens[k]!;
        // "Program on Energy and Water Policy": a subject or a purpose goes on past "and" to the
        // next capitalized word
        const next = tokens[k + 1];
        if (
          (linker === 'for' || topic) &&
          end === k - 1 &&
          word.text === 'and' &&
          free(k) &&
          !!next &&
          UPPER_START.test(next.text) &&
          joined(ctx, k, k + 1)
        ) {
          k++;
          continue;
        }
        if (!free(k) || word.sentenceStart || !UPPER_START.test(word.text)) break;
        if (linker === 'for' && !isFieldWord(ctx, word)) break;
        if (topic && (!isFieldWord(ctx, word) || isCalendarWord(word))) break;
        end = k++;
      }
      if (end > last && free(last + 1)) {
        for (const sp of taking) absorbed.add(sp);
        last = end;
        type = 'ORG';
      }
    }
    // "Kestrin District Court for the District" + "of" + "Norland": a court's district goes on to
    // its place (as `body-for-district` where the tagger read the district)
    const place = startsAt.get(last + 2);
    if (
      type === 'ORG' &&
      place?.type === 'LOC' &&
      free(last + 1) &&
      tokens[last + 1]!.text === 'of' &&
      joined(ctx, last, last + 1) &&
      joined(ctx, last + 1, last + 2) &&
      servesDistrict(tokens, { first, last })
    ) {
      absorbed.add(place);
      last = place.last;
    }
    // "Center for Lost & Stray" + "Animals", "Society for the Prevention" + "of Harm to Birds": a
    // purpose the tagger cut goes on over the ordinary words after it, also over "of", "to" or
    // "and" between them (no title, no date: "the Center for Lost Pets Director")
    if (type === 'ORG' && purposeLinkAt(tokens, first, last) >= 0) {
      const purposeWord = (k: number): boolean =>
        free(k) &&
        joined(ctx, k - 1, k) &&
        !tokens[k]!.sentenceStart &&
        isHeadlessFieldWord(ctx, tokens[k]!) &&
        !TITLE_HEADS.has(bare(tokens[k]!)) &&
        !isCalendarWord(tokens[k]!);
      const linked = (k: number): boolean => free(k) && PURPOSE_LINKS.has(tokens[k]!.text) && purposeWord(k + 1);
      while (last + 1 - first < MAX_PURPOSE_NAME) {
        if (purposeWord(last + 1)) last++;
        else if (last + 2 - first < MAX_PURPOSE_NAME && linked(last + 1) && joined(ctx, last, last + 1)) last += 2;
        else break;
      }
    }
    // a body's field after "of" goes on past "and" over a word or two of ordinary English the
    // tagger left out ("Bureau of Disease Prevention" + "and Control"), as in `field-after-and`
    if (type === 'ORG' && tokens.slice(first, last).some((t) => t.text === 'of') && tokens[last + 1]?.text === 'and') {
      let k = last + 2;
      while (
        free(k) &&
        k - last <= 3 &&
        !tokens[k]!.sentenceStart &&
        joined(ctx, k - 1, k) &&
        isHeadlessFieldWord(ctx, tokens[k]!) &&
        !TITLE_HEADS.has(bare(tokens[k]!))
      )
        k++;
      // the field ends the name: no capitalized word goes on after it (a title is no field: "and Minister of ...")
      const after = tokens[k];
      const goesOn = !!after && joined(ctx, k - 1, k) && UPPER_START.test(after.text);
      if (k > last + 2 && free(last + 1) && joined(ctx, last, last + 1) && !goesOn) last = k - 1;
    }
    // "Center for the" + "Study of Poverty", "the National Office of the" + "Budget Reform": an
    // opener the tagger left out, with its link, before the body's purpose or field
    const openerAt = openerBefore(first, last, type === 'LOC');
    if (openerAt >= 0) {
      first = openerAt;
      while (free(first - 1) && joined(ctx, first - 1, first) && last - first < MAX_HEAD_NAME + 3) {
        const t = tokens[first - 1]!;
        if (!/\p{Ll}/u.test(t.text) || isHead(t) || !nameModifier(t) || t.sentenceStart) break;
        first--;
      }
      type = 'ORG';
    }
    // "the Farmers’ Council for Fair Trade": a group of people owning a body named in full
    // opens its name (a plural's bare apostrophe); so does it before a lone head noun ("the
    // Tenants' Association")
    const owner = tokens[first - 1];
    if (
      type === 'ORG' &&
      owner &&
      free(first - 1) &&
      ORG_OPENERS.has(bare(tokens[first]!)) &&
      (first < last || ORG_HEADS.has(bare(tokens[first]!))) &&
      isTitleCaseWord(owner.text) &&
      /^['’] $/u.test(source.slice(owner.end, tokens[first]!.start)) &&
      isPeopleWord(bare(owner))
    )
      first--;
    // a club designator before the club's name ("FC" + "Northtown")
    if (
      free(first - 1) &&
      CLUB_DESIGNATORS.has(tokens[first - 1]!.text) &&
      /\p{Ll}/u.test(tokens[first]!.text) &&
      joined(ctx, first - 1, first)
    ) {
      first--;
      type = 'ORG';
    }
    // a modifier before an organization ending in its head
    if (headType(tokens[last]!) === 'ORG' && type !== 'LOC') {
      while (free(first - 1) && joined(ctx, first - 1, first) && last - first + 1 < MAX_HEAD_NAME) {
        const t = tokens[first - 1]!;
        if (!CLUB_DESIGNATORS.has(t.text) && (!/\p{Ll}/u.test(t.text) || isHead(t) || !nameModifier(t))) break;
        first--;
        type = 'ORG';
      }
    }
    return first === s.first && last === s.last && type === s.type ? s : typedSpan(ctx, first, last, type);
  });
  return absorbed.size ? out.filter((sp) => !absorbed.has(sp)) : out;
}

/**
 * On a Title-Case headline ("Putin and Biden Hold Virtual Summit Amid Ukraine Invasion
 * Fears") a capital says nothing: spans there keep only words known as names, from the
 * article's body (capitalized mid-sentence there), compromise's lexicon or the country
 * table, which leaves the names ("Biden", "Ukraine").
 *
 * @example
 * titleCaseHeadlines(ctx, spans);
 */
export function titleCaseHeadlines(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  if (!spans.some((sp) => ctx.lineTitle[sp.first])) return spans.slice();
  const { lineStart } = ctx;
  // the words of a known name ("European Union") stay together whatever their own reading
  const known = coveredTokens(tokens.length, ctx.known);
  const headline = new Map<number, boolean>();
  const isHeadline = (i: number): boolean => {
    const a = lineStart[i]!;
    if (!headline.has(a)) headline.set(a, headlineLine(ctx, a));
    return headline.get(a)!;
  };
  return spans.flatMap((span) => {
    if (!ctx.lineTitle[span.first] || !isHeadline(span.first)) return [span];
    const out: TaggedSpan[] = [];
    let from = -1;
    for (let i = span.first; i <= span.last + 1; i++) {
      const w = i <= span.last ? tokens[i]!.text.toLowerCase() : '';
      const ordinary =
        i <= span.last &&
        !known[i] &&
        !ctx.seenCapitalMid.has(w) &&
        !lexiconTags(w).some((x) => NAME_TAGS.includes(x)) &&
        !canonicalEntity(tokens[i]!.text) &&
        !(tokens[i]!.text.length > 1 && !/\p{Ll}/u.test(tokens[i]!.text));
      if (i <= span.last && !ordinary) {
        if (from < 0) from = i;
        continue;
      }
      if (from >= 0) out.push(from === span.first && i - 1 === span.last ? span : typedSpan(ctx, from, i - 1));
      from = -1;
    }
    return out;
  });
}

// prettier-ignore
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];
// prettier-ignore
const PHRASE_TAGS = ['Verb', 'Infinitive', 'PastTense', 'PresentTense', 'Preposition', 'Adverb', 'Adjective', 'Conjunction', 'Determiner'];

/** Capitalized function words inside a line that show its Title Case ("Lenmark Mayor Warns Of Floods In The Valley."). */
const MIN_TITLED_FUNCTION_WORDS = 2;

/**
 * The lines in Title Case of a text, for the span steps: the tagger's (`lineTitle`, every long
 * word capitalized and no closing period) and those that end in a period but capitalize
 * function words inside the line ("Lenmark Mayor Warns Of Floods In The Valley."), which no
 * sentence does. The words seen with a capital inside a sentence then leave those lines out.
 *
 * @example
 * const { lineTitle, seenCapitalMid } = titleLines(tokens, lineStarts(source, tokens), context.lineTitle, context.seenCapitalMid);
 */
export function titleLines(
  tokens: readonly Token[],
  lineStart: readonly number[],
  lineTitle: readonly boolean[],
  seenCapitalMid: ReadonlySet<string>,
): { lineTitle: readonly boolean[]; seenCapitalMid: ReadonlySet<string> } {
  let out: boolean[] | null = null;
  let a = 0;
  while (a < tokens.length) {
    let b = a;
    while (b + 1 < tokens.length && lineStart[b + 1] === a) b++;
    if (!lineTitle[a] && periodTitleLine(tokens, a, b)) {
      out ??= lineTitle.slice();
      for (let k = a; k <= b; k++) out[k] = true;
    }
    a = b + 1;
  }
  if (!out) return { lineTitle, seenCapitalMid };
  const titled = out;
  const seen = new Set<string>();
  tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (!t.sentenceStart && !titled[i] && UPPER_START.test(t.text) && seenCapitalMid.has(w)) seen.add(w);
  });
  return { lineTitle: titled, seenCapitalMid: seen };
}

/**
 * On a text's first line, the words of four letters or more (all capitalized) and among them the
 * common English words that make it a headline.
 */
const MIN_HEADLINE_LONG_WORDS = 5;
const MIN_HEADLINE_COMMON_WORDS = 2;

/**
 * Tokens a..b, one line, in Title Case though they end in a period: every word of four letters
 * or more capitalized (each part of a hyphenated one: "Hard-Won"), no figures, and function words
 * capitalized inside the line ("And", "The", "In") where no sentence starts. The text's first
 * line, with more text below it, is its headline's place: there five such words are enough, two of
 * them common English words and no one's name ("Dock Workers Rally Behind Lenmark Mayor as Strike
 * Widens."): a sentence writes its verbs and nouns in lower case (a line of people's names is no
 * headline).
 */
function periodTitleLine(tokens: readonly Token[], a: number, b: number): boolean {
  if (!/[.!?]$/.test(tokens[b]!.post.trim())) return false;
  let functionWords = 0;
  let long = 0;
  let common = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!.text;
    if (/\d/.test(t)) return false;
    if (t.length > 3 && /^\p{L}/u.test(t)) {
      if (!t.split('-').every((part) => isTitleCaseWord(part))) return false;
      long++;
      if (englishBand(t) >= HEADLINE_WORD_BAND && !isPersonNameWord(t.toLowerCase())) common++;
    }
    if (k > a && !tokens[k]!.sentenceStart && UPPER_START.test(t) && FUNCTION_WORDS.has(t.toLowerCase()))
      functionWords++;
  }
  if (long < 3) return false;
  if (functionWords >= MIN_TITLED_FUNCTION_WORDS) return true;
  const headlinePlace = a === 0 && tokens[b]!.post.includes('\n');
  return headlinePlace && long >= MIN_HEADLINE_LONG_WORDS && common >= MIN_HEADLINE_COMMON_WORDS;
}

/**
 * A Title-Case line starting at token a reads as a headline, not a list of names: at most
 * one comma, and at least one capitalized word that is a verb, preposition or adjective in
 * compromise's lexicon ("Hold", "Amid", "Virtual").
 */
function headlineLine(ctx: SpanContext, a: number): boolean {
  const { tokens, source } = ctx;
  let commas = 0;
  let phrase = false;
  for (let k = a; k < tokens.length; k++) {
    const gap = k > a ? source.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    if (gap.includes('\n')) break;
    // the comma between two words, also spaced as in tokenized wire copy ("Hale , Ode")
    if (gap.includes(',')) commas++;
    // "Abandoned Sunday : Northtown v Eastfield": sides joined by "v" make a fixture line
    if ((tokens[k]!.text === 'v' || tokens[k]!.text === 'vs') && k > a && UPPER_START.test(tokens[k - 1]!.text))
      return false;
    if (
      UPPER_START.test(tokens[k]!.text) &&
      lexiconTags(tokens[k]!.text.toLowerCase()).some((t) => PHRASE_TAGS.includes(t))
    )
      phrase = true;
  }
  return commas <= 1 && phrase;
}

/**
 * "Donetsk and Luhansk": two names joined by "and" in one span are two names when each
 * side is a name on its own (found alone elsewhere in the text, a known country, a city of
 * the gazetteer, or a name in compromise's lexicon), when each side is a body named in full, or
 * when the first ends in a company's designator. "Trinidad and Tobago" and "Procter and Gamble"
 * stay whole.
 *
 * @example
 * splitCoordinated(ctx, spans);
 */
export function splitCoordinated(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const alone = new Set(spans.map((s) => source.slice(tokens[s.first]!.start, tokens[s.last]!.end)));
  const isName = (a: number, b: number): boolean => {
    const text = source.slice(tokens[a]!.start, tokens[b]!.end);
    return (
      alone.has(text) ||
      canonicalEntity(text) !== null ||
      isCityName(text) ||
      lexiconTags(text.toLowerCase()).some((x) => NAME_TAGS.includes(x))
    );
  };
  // "Varnak County Police Department and Varnak City Fire Department", "Lenmark Media University and
  // Varnak Academy of Fine Arts": two bodies named in full, three words or more each, both ending in
  // a body's head or going on from one over "of" ("Bank and Trust Company" stays whole)
  const isBody = (a: number, b: number): boolean =>
    b - a >= 2 && (ORG_HEADS.has(bare(tokens[b]!)) || namedInFull(ctx, { first: a, last: b }));
  // "the Bank of Varnia and Tessalink": a body named after its place ends at the place; the fields
  // a body's name joins with "and" are common words ("Ministry of Fisheries and Tourism")
  const endsInPlace = (a: number, b: number): boolean =>
    b - a >= 2 && tokens.slice(a + 1, b).some((t) => t.text === 'of') && isKnownPlaceName(tokens[b]!.text);
  // "Lenmark Holdings and Varco": a designator ends a company's name, before another name
  // ("Barnes and Noble Inc" has it after the "and", "Lenmark Corp and Subsidiaries" ordinary
  // words after it: each stays whole)
  const endsInDesignator = (a: number, b: number): boolean =>
    b > a && COMPANY_DESIGNATORS.has(bare(tokens[b]!)) && UPPER_START.test(tokens[b]!.text);
  const ordinaryWords = (a: number, b: number): boolean =>
    tokens.slice(a, b + 1).every((t) => ctx.vocab.isCommonWord(t.text) || isEnglishWord(t.text));
  // "Lyon, Vaucresse and Grenoble": after a list's first items the "and" closes the list
  const closesList = (first: number): boolean =>
    first >= 1 &&
    /^\s*,\s*$/.test(source.slice(tokens[first - 1]!.end, tokens[first]!.start)) &&
    UPPER_START.test(tokens[first - 1]!.text);
  return spans.flatMap((s) => {
    if (canonicalEntity(source.slice(tokens[s.first]!.start, tokens[s.last]!.end))) return [s];
    for (let k = s.first + 1; k < s.last; k++) {
      if (tokens[k]!.text !== 'and') continue;
      if (
        (isName(s.first, k - 1) && isName(k + 1, s.last)) ||
        (isBody(s.first, k - 1) && isBody(k + 1, s.last)) ||
        endsInPlace(s.first, k - 1) ||
        (endsInDesignator(s.first, k - 1) && !ordinaryWords(k + 1, s.last) && !ORG_HEADS.has(bare(tokens[s.last]!))) ||
        (closesList(s.first) && (isName(s.first, k - 1) || isName(k + 1, s.last)))
      )
        return [typedSpan(ctx, s.first, k - 1), typedSpan(ctx, k + 1, s.last)];
    }
    return [s];
  });
}

/** A noun of a field of work ("Protection", "Enforcement", "Security"): it may end a body named by its fields. */
const FIELD_NOUN = /\p{Ll}(?:tion|sion|ment|ance|ence|ity|ing)$/u;
/** No body's name holds more field words before its "and" ("Food, Health and Safety"). */
const MAX_FIELDS_BEFORE_AND = 2;

/**
 * "Customs and Harbour Protection", "the Culture and Youth Bureau": a body named by two fields
 * joined by "and", where the tagger read only the second field with the head noun, is one name
 * from the first field on. The second side is a body's span of two words or more ending in a
 * head noun or a field noun, its other words fields too; the first side is one or two field words
 * (capitalized ordinary English, no head noun, no name, no place),
 * optionally after a place's name ("U.S. Customs and Harbour Protection") and not after another
 * name or a list's comma. "the Treasury and Federal Reserve" (a head noun) and "Labour and
 * Liberal Democrats" (no head, no field noun) stay apart. Where the tagger read the fields after
 * "and" with the head ("Fisheries and Tourism Committee"), the fields listed with commas before
 * it open the name ("the Ports, Rail, Fisheries and Tourism Committee").
 *
 * @example
 * fieldsBeforeAnd(ctx, spans); // ORG "Customs and Harbour Protection" for ORG "Harbour Protection"
 */
export function fieldsBeforeAnd(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const owner = spanOwners(ctx.tokens.length, spans);
  const drop = new Set<TaggedSpan>();
  const out = spans.map((s) => {
    const before = fieldsStart(ctx, s);
    const start = before ?? listedFieldsStart(ctx, s);
    if (start === null) return s;
    // the words taken in (up to "and", or to the span after a list's comma) are no place of
    // their own (a place's name may open them), and a span over them (the tagger's read of the
    // first field) holds no other word
    const end = before === null ? s.first : s.first - 1;
    for (let k = start; k < end; k++) {
      const o = spans[owner[k]!];
      if (!o) continue;
      if (o.first < start || o.last >= end || (o.type === 'LOC' && k > start)) return s;
      drop.add(o);
    }
    return typedSpan(ctx, start, s.last, 'ORG');
  });
  return drop.size ? out.filter((x) => !drop.has(x)) : out;
}

/** Where the first field of `fieldsBeforeAnd` opens, or null when the span has none before it. */
function fieldsStart(ctx: SpanContext, s: TaggedSpan): number | null {
  const { tokens, source } = ctx;
  const and = s.first - 1;
  if (s.type !== 'ORG' || s.last === s.first || and < 1 || tokens[and]!.text !== 'and') return null;
  const lastWord = tokens[s.last]!;
  if (!ORG_HEADS.has(bare(lastWord)) && !(isFieldWord(ctx, lastWord) && FIELD_NOUN.test(lastWord.text))) return null;
  // a field is no function word and no nationality ("the European Union" is a name, not a field)
  const field = (t: Token): boolean =>
    isHeadlessFieldWord(ctx, t) && !FUNCTION_WORDS.has(bare(t)) && !isDemonymWord(t.text);
  if (!tokens.slice(s.first, s.last).every(field)) return null;
  if (!/^ and $/u.test(source.slice(tokens[and - 1]!.end, tokens[s.first]!.start))) return null;
  let start = and;
  while (start > 0 && and - start < MAX_FIELDS_BEFORE_AND && field(tokens[start - 1]!)) {
    if (start < and && !joined(ctx, start - 1, start)) break;
    start--;
  }
  // "the United Nations and ...": a known name is a body of its own
  if (start === and || canonicalEntity(source.slice(tokens[start]!.start, tokens[and - 1]!.end)) !== null) return null;
  const before = tokens[start - 1];
  if (!before) return start;
  const gap = source.slice(before.end, tokens[start]!.start);
  // "U.S. Customs and Harbour Protection": the place whose body it is opens the name
  if (/^ $/u.test(gap) && isKnownPlaceName(before.text)) return start - 1;
  // after another name ("Varco Energy and Mining Corp") or in a list of fields ("Agriculture,
  // Fisheries and Food Ministry") the fields are not the body's first words
  if (UPPER_START.test(before.text) && /^ $/u.test(gap) && !SENTENCE_OPENERS.has(before.text)) return null;
  if (/^,\s*$/u.test(gap) && field(before)) return null;
  return start;
}

/**
 * Where the comma list of fields before a body's span named by fields joined with "and" opens
 * ("Ports, Rail," + "Fisheries and Tourism Committee"), or null: each listed field one headless
 * field word, the first no sentence's opener and after no other capitalized word.
 */
function listedFieldsStart(ctx: SpanContext, s: TaggedSpan): number | null {
  const { tokens, source } = ctx;
  if (s.type !== 'ORG' || s.last - s.first < 3 || !ORG_HEADS.has(bare(tokens[s.last]!))) return null;
  const inner = tokens.slice(s.first, s.last);
  const field = (t: Token): boolean =>
    isHeadlessFieldWord(ctx, t) && !FUNCTION_WORDS.has(bare(t)) && !isDemonymWord(t.text);
  if (!inner.some((t) => t.text === 'and') || !inner.every((t) => t.text === 'and' || field(t))) return null;
  let start = s.first;
  while (
    start > 0 &&
    s.first - start < MAX_LISTED_FIELDS &&
    source.slice(tokens[start - 1]!.end, tokens[start]!.start) === ', ' &&
    field(tokens[start - 1]!)
  )
    start--;
  if (start === s.first || tokens[start]!.sentenceStart) return null;
  const before = tokens[start - 1];
  return before && UPPER_START.test(before.text) ? null : start;
}

/**
 * A person's name written twice with nothing between ("Lena Varga Lena Varga", "Lena Varga
 * Lena Maria Varga": a photo's alt text and its caption run together by the crawler) is two
 * mentions: a span whose first word comes back after two words or more, where the part before
 * is written again there or ends with the same family name as the whole, is cut there.
 *
 * @example
 * splitRepeatedNames(ctx, spans);
 */
export function splitRepeatedNames(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  return spans.flatMap((s) => {
    if (s.type !== 'PER' || s.last - s.first < 3) return [s];
    const word = (i: number) => tokens[i]!.text;
    for (let k = s.first + 2; k < s.last; k++) {
      if (word(k) !== word(s.first)) continue;
      const length = k - s.first;
      const writtenAgain =
        k + length - 1 <= s.last && [...Array(length).keys()].every((j) => word(s.first + j) === word(k + j));
      if (writtenAgain || word(k - 1) === word(s.last))
        return [typedSpan(ctx, s.first, k - 1), typedSpan(ctx, k, s.last)];
    }
    return [s];
  });
}

/**
 * A name the tagger found once is the same name where the text writes it again and the
 * tagger left it out ("Bitar" at a sentence start, in a headline): exact repeats of a
 * found name (same words, same capitals, not inside another name) become spans of the
 * same type. Lone words of one or two letters are left alone.
 *
 * @example
 * repeatNames(ctx, spans);
 */
export function repeatNames(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const found = new Map<string, TaggedSpan['type']>();
  let longest = 1;
  for (const s of spans) {
    if (s.type === 'MISC' || s.last - s.first > 3) continue;
    const text = source.slice(tokens[s.first]!.start, tokens[s.last]!.end);
    if (s.first === s.last && text.length < 3) continue;
    if (!found.has(text)) found.set(text, s.type);
    longest = Math.max(longest, s.last - s.first + 1);
  }
  if (!found.size) return spans.slice();
  const taken = coveredTokens(tokens.length, spans);
  const added: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !UPPER_START.test(tokens[i]!.text)) continue;
    for (let n = longest; n >= 1; n--) {
      const j = i + n - 1;
      if (j >= tokens.length) continue;
      let free = true;
      for (let k = i; k <= j; k++) if (taken[k] || (k > i && !joined(ctx, k - 1, k))) free = false;
      if (!free) continue;
      const type = found.get(source.slice(tokens[i]!.start, tokens[j]!.end));
      if (!type) continue;
      // not part of a longer capitalized name ("Smith" inside "Smith Barney")
      if (
        (i > 0 && UPPER_START.test(tokens[i - 1]!.text) && joined(ctx, i - 1, i) && !tokens[i]!.sentenceStart) ||
        (j + 1 < tokens.length && UPPER_START.test(tokens[j + 1]!.text) && joined(ctx, j, j + 1))
      )
        break;
      added.push(typedSpan(ctx, i, j, type));
      for (let k = i; k <= j; k++) taken[k] = 1;
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : spans.slice();
}

/** How common a word may be (english-words band, 9 = the commonest) and still be read as a company before its officer. */
const OFFICER_BODY_BAND = 3;

/**
 * "Varco general manager Ida Renn": a word the tagger left out right before a company officer's
 * title and the person who holds it is the company's name, when it is written as a name and is no
 * common English word ("Former general manager ..." stays out). One word, with nothing but spaces
 * up to the person; the type is the rules' to decide (context/officer-after).
 *
 * @example
 * officerBodies(ctx, spans); // adds "Varco" before "general manager Ida Renn"
 */
export function officerBodies(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const taken = coveredTokens(tokens.length, spans);
  const added: TaggedSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    const head = s.first - 1;
    if (head < 1 || !COMPANY_OFFICERS.has(tokens[head]!.text)) continue;
    let k = head - 1;
    for (let n = 0; n < 3 && k >= 0 && TITLE_MODIFIERS.has(tokens[k]!.text); n++) k--;
    const t = tokens[k];
    if (!t || taken[k] || !isTitleCaseWord(t.text) || englishBand(t.text.toLowerCase()) > OFFICER_BODY_BAND) continue;
    if (source.slice(t.end, tokens[s.first]!.start).trim().split(/\s+/).length !== s.first - k - 1) continue;
    added.push(typedSpan(ctx, k, k, 'ORG'));
    taken[k] = 1;
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : spans.slice();
}

/**
 * The surnames of a text: the last words, written as names ("King", not "KING" or "Li"), of
 * the person spans of two words or more.
 *
 * @example
 * personSurnames(tokens, spans); // Set { 'King' } for PER "Ann King"
 */
export function personSurnames(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    const last = tokens[s.last]!.text;
    if (s.type === 'PER' && s.last > s.first && last.length >= MIN_SURNAME_LETTERS && /^\p{Lu}\p{Ll}/u.test(last))
      out.add(last);
  }
  return out;
}

/**
 * The bodies a text names in one word: the words of its one-word organization spans, written
 * as names ("Varco", "KTV"; not "varco"). A product line is named after its maker's name
 * ("the Varco Nimbus"), which the text also writes alone.
 *
 * @example
 * loneBodies(tokens, spans); // Set { 'Varco' } for ORG "Varco"
 */
export function loneBodies(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    const word = tokens[s.first]!.text;
    if (s.type === 'ORG' && s.last === s.first && /^\p{Lu}/u.test(word)) out.add(word);
  }
  return out;
}

/**
 * The makers and product lines a text names together: the words of each span that a span step
 * typed MISC right after a body's span ("Varco" + "Nimbus": `maker-product`,
 * `unknownMakerProducts`) and of that body's span. The text may name the line alone later ("the
 * Nimbus"), and the maker alone is the company ("on Varco").
 *
 * @example
 * makerProducts(source, tokens, spans); // { makers: Set { 'Varco' }, lines: Set { 'Nimbus' } }
 */
export function makerProducts(
  source: string,
  tokens: readonly Token[],
  spans: readonly TaggedSpan[],
): { makers: Set<string>; lines: Set<string> } {
  const makers = new Set<string>();
  const lines = new Set<string>();
  const text = (s: TaggedSpan): string => source.slice(tokens[s.first]!.start, tokens[s.last]!.end);
  spans.forEach((s, k) => {
    const maker = spans[k - 1];
    if (s.type !== 'MISC' || maker?.type !== 'ORG' || maker.last !== s.first - 1) return;
    if (!oneSpaceBetween(source, tokens[maker.last]!, tokens[s.first]!)) return;
    makers.add(text(maker));
    lines.add(text(s));
  });
  return { makers, lines };
}

/** A surname has at least this many letters ("Ode", not "Li": two letters are often initials). */
const MIN_SURNAME_LETTERS = 3;

/** A plural noun for people, written with its "s" ("citizens", "farmers"; not "Americans", a nationality). */
const isPeopleWord = (w: string): boolean => {
  const tags = lexiconTags(w);
  return w.endsWith('s') && tags.includes('Actor') && !tags.includes('Demonym');
};

/** A plural noun for a group of people ("people", "workers"; not "Americans", a nationality). */
const isGroupNoun = (w: string): boolean => {
  const tags = lexiconTags(w);
  return tags.includes('Actor') && tags.includes('Plural') && !tags.includes('Demonym');
};

/** A word of English this common or commoner (lexicon/english-words.ts bands) is a headline's word, not a name's. */
const HEADLINE_WORD_BAND = 4;

/**
 * "JAPAN VOTE RESULT", "U.N. TALKS": on a line in capitals a known name opening a span runs into
 * the headline's words after it; the span is cut to the known name where every word after it is
 * common English and no head of a body, a place or an event ("CHINA DAILY", "JAPAN AIRLINES" and
 * "U.S. OPEN" stay whole), and where the tagger read the span as what the known name is (a place
 * opening a body's name, "USA TODAY", stays whole).
 *
 * @example
 * capsHeadlineNames(ctx, spans); // LOC "JAPAN" for LOC "JAPAN VOTE RESULT"
 */
export function capsHeadlineNames(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  if (!spans.some((s) => s.last > s.first && shouted(tokens, s))) return spans.slice();
  const knownAt = new Map(ctx.known.map((k) => [k.first, k]));
  const headlineWord = (t: Token): boolean => {
    const w = bare(t);
    return (
      !ORG_HEADS.has(w) &&
      !PLACE_HEADS.has(w) &&
      !EVENT_HEADS.has(w) &&
      !COMPANY_DESIGNATORS.has(w) &&
      englishBand(w) >= HEADLINE_WORD_BAND
    );
  };
  return spans.map((s) => {
    const k = knownAt.get(s.first);
    if (!k || k.last >= s.last || !shouted(tokens, s)) return s;
    // a place opening what the tagger reads as a body names the body ("USA TODAY")
    const type = k.entity.type === 'place' ? 'LOC' : 'ORG';
    if (type !== s.type) return s;
    for (let i = k.last + 1; i <= s.last; i++) if (!headlineWord(tokens[i]!)) return s;
    return typedSpan(ctx, k.first, k.last, type);
  });
}

/** The chambers of a legislature, which a side or a post may follow in one run of capitals ("Senate Majority Leader"). */
const CHAMBERS = new Set(['senate', 'house', 'congress', 'parliament', 'assembly']);
/** A chamber's sides and their posts: what follows a chamber's name without being part of it. */
// prettier-ignore
const CHAMBER_SIDES = new Set(['majority', 'minority', 'republican', 'republicans', 'democrat', 'democrats', 'democratic',
  'gop', 'conservative', 'conservatives', 'liberal', 'liberals', 'leader', 'leaders', 'whip', 'whips', 'leadership']);

/**
 * "Senate Majority (Leader)", "Senate Republicans", "House Minority Whip": a chamber's name and
 * the side or post that follows it are the chamber, and a side or a post of it; the span is cut
 * to the chamber ("Senate").
 *
 * @example
 * chamberSides(ctx, spans); // ORG "Senate" for ORG "Senate Republicans"
 */
export function chamberSides(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  return spans.map((s) => {
    if (s.type !== 'ORG' || s.last === s.first || !CHAMBERS.has(bare(tokens[s.first]!))) return s;
    for (let k = s.first + 1; k <= s.last; k++) if (!CHAMBER_SIDES.has(bare(tokens[k]!))) return s;
    return typedSpan(ctx, s.first, s.first, 'ORG');
  });
}

/**
 * "(Xinhua Zhou Weiming, ...)", "the Arts Foundation Gao Lifang": a Chinese or Korean name
 * written family name first at the end of a longer span is a person of its own; the words
 * before it are another name (a reporter's agency, the body a speaker chairs).
 *
 * @example
 * splitFamilyFirstTail(ctx, spans); // "Xinhua" + "Zhou Weiming" (PER)
 */
export function splitFamilyFirstTail(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const n = span.last - span.first + 1;
    const tail = [tokens[span.last - 1]?.text ?? '', tokens[span.last]!.text];
    if (n < 3 || !isFamilyFirstName(tail) || !joined(ctx, span.last - 1, span.last)) {
      out.push(span);
      continue;
    }
    out.push(typedSpan(ctx, span.first, span.last - 2), typedSpan(ctx, span.last - 1, span.last, 'PER'));
  }
  return out;
}

/**
 * "CNN's Ida Renn", "Musk's Twitter": a possessive ends a name unless the words after
 * it are the head of the same name ("Seamen's Federation") or it opens the name, or a name after
 * "the" inside it, with a group of people ("People's Power", "Rifle Corps of the People's Army").
 * A person the text names ("Ida Renn ... Renn's Varco Holdings") owns the body after it.
 *
 * @example
 * splitAtPossessive(ctx, spans);
 */
export function splitAtPossessive(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const people = familyNames(tokens, spans);
  return spans.flatMap((span) => {
    const out: TaggedSpan[] = [];
    let from = span.first;
    for (let i = span.first; i < span.last; i++) {
      if (!tokens[i]!.possessive) continue;
      const after = tokens.slice(i + 1, span.last + 1).map(bare);
      const person = i === from && people.has(tokens[i]!.text) && twoCapitalizedWords(ctx, i + 1, span.last);
      if (
        after.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w)) &&
        !person &&
        !ownerOfNamedBody(ctx, from, i, span.last)
      )
        continue;
      // "People's Power", "Workers' Voice": a group of people opening a span, or a name inside it
      // ("of the People's Army"), owns no one in it
      if ((i === span.first || tokens[i - 1]!.text === 'the') && isGroupNoun(bare(tokens[i]!))) continue;
      out.push(typedSpan(ctx, from, i));
      from = i + 1;
    }
    if (from === span.first) return [span];
    out.push(typedSpan(ctx, from, span.last));
    return out;
  });
}

/** The kinds of division a place's name may end in as an owner ("Anhui Province's", "Lenmark County's"). */
const DIVISION_OWNER_HEADS = new Set([
  'province',
  'county',
  'city',
  'prefecture',
  'region',
  'district',
  'state',
  'municipality',
]);

/**
 * "ESA's European Astronaut Centre", "Ohio's Department of Public Safety": an
 * owner that is a name of its own (an acronym, a known country or city, a name with its own
 * head noun, a chamber) before a body of two or more capitalized words. "Seamen's Federation" (one word
 * after) and "People's Bank of China" (a group of people, see splitAtPossessive) stay whole.
 */
function ownerOfNamedBody(ctx: SpanContext, first: number, possessive: number, last: number): boolean {
  const { tokens } = ctx;
  if (!twoCapitalizedWords(ctx, possessive + 1, last)) return false;
  const owner = tokens.slice(first, possessive + 1);
  const text = owner.map((t) => t.text.replace(/['’]s?$/u, '')).join(' ');
  // "NVSA's", "NORVALE NOW's": a name in capitals (an acronym, an outlet's masthead)
  if (owner.every((t) => /^\p{Lu}{2,}(?:['’]s?)?$/u.test(t.text))) return true;
  if (owner.some((t) => ORG_HEADS.has(bare(t).replace(/['’]s?$/u, '')))) return true;
  // "the House's Standing Committee on Ports": a chamber of a legislature owns its committees
  if (owner.length === 1 && CHAMBERS.has(text.toLowerCase())) return true;
  // "Anhui Province's Department of Transport": a known place with its kind of division after it
  const kind = owner.length > 1 ? text.slice(text.lastIndexOf(' ') + 1) : '';
  if (DIVISION_OWNER_HEADS.has(kind.toLowerCase()) && isKnownPlaceName(text.slice(0, -kind.length - 1))) return true;
  return canonicalEntity(text) !== null || isKnownPlaceName(text);
}

/**
 * Whether the tokens from `first` to `last` hold two capitalized words or more: after a possessive, a
 * body named after its owner, not a head alone ("Seamen's Federation"); after "of the", a body named.
 */
function twoCapitalizedWords(ctx: SpanContext, first: number, last: number): boolean {
  let n = 0;
  for (let k = first; k <= last; k++) if (UPPER_START.test(ctx.tokens[k]!.text) && ++n === 2) return true;
  return false;
}

/**
 * The family names of the people a text names in full: the last word of a person's span of two
 * words or more, the first where the name is written family name first ("Xi" of "Xi Jinping").
 */
function familyNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.last === s.first) continue;
    const words = tokens.slice(s.first, s.last + 1).map((t) => t.text);
    out.add(isFamilyFirstName(words) ? words[0]! : words[words.length - 1]!);
  }
  return out;
}

/** One span cut in parts (`splitNamedParts`): the parts, or null when the step does not apply. */
type SpanSplit = (ctx: SpanContext, span: TaggedSpan) => TaggedSpan[] | null;

/**
 * The steps of `splitNamedParts`, in the order they run: each cuts one span that names two
 * things into the names, or leaves it.
 */
const SPLITS: ReadonlyArray<{ id: string; split: SpanSplit }> = [
  {
    // "former Varnian Navy DIVERS Tomas Brandt": a body of two words or more (its last word a
    // head noun or an acronym) run into a member's given and family name are two names
    id: 'body-then-member',
    split: (ctx, span) => {
      const { tokens } = ctx;
      const given = span.last - 1;
      if (span.type !== 'ORG' || given - span.first < 2) return null;
      const end = tokens[given - 1]!;
      const g = tokens[given]!;
      const family = tokens[span.last]!;
      const named = (t: Token): boolean =>
        isTitleCaseWord(t.text) && !ORG_HEADS.has(bare(t)) && !PLACE_HEADS.has(bare(t));
      return !end.possessive &&
        (ORG_HEADS.has(bare(end)) || /^\p{Lu}{2,}s?$/u.test(end.text)) &&
        named(g) &&
        named(family) &&
        isGivenNameWord(bare(g)) &&
        !ctx.vocab.isCommonWord(g.text)
        ? [typedSpan(ctx, span.first, given - 1, 'ORG'), typedSpan(ctx, given, span.last, 'PER')]
        : null;
    },
  },
  {
    // "the UN Climate Change Conference": an event named after the body that holds it mentions
    // the body; the event itself is none of our types. A span of three or more words ending in
    // an event head (EVENT_HEADS) and opening with a known body becomes the body alone.
    id: 'event-owner',
    split: (ctx, span) => {
      const { tokens } = ctx;
      if (span.last - span.first < 2 || !EVENT_HEADS.has(bare(tokens[span.last]!))) return null;
      const owner = tokens[span.first]!.text;
      const type = seatOrBodyType(owner) ?? (canonicalEntity(owner, 'organization') !== null ? 'ORG' : null);
      return type ? [typedSpan(ctx, span.first, span.first, type)] : null;
    },
  },
  {
    // "the Sculpture Department of Lenmark Academy of Fine Arts": a body of two words or more
    // ending in its head, "of" (or "of the") and a body named in full (namedInFull) are two
    // bodies, as joinNames leaves them where the tagger cut there
    id: 'body-of-named-body',
    split: (ctx, span) => {
      const { tokens } = ctx;
      if (span.type !== 'ORG') return null;
      const of = wordIndex(tokens, 'of', span.first + 1, span.last - 1);
      if (of < 0 || of - span.first < 2 || !ORG_HEADS.has(bare(tokens[of - 1]!))) return null;
      const next = tokens[of + 1]!.text === 'the' ? of + 2 : of + 1;
      if (
        next > span.last ||
        !UPPER_START.test(tokens[next]!.text) ||
        !namedInFull(ctx, { first: next, last: span.last })
      )
        return null;
      return [typedSpan(ctx, span.first, of - 1, 'ORG'), typedSpan(ctx, next, span.last, 'ORG')];
    },
  },
  {
    // "the TXBP Lenford office", "a NVSA Corvale plant": a body's acronym, the city of one of its
    // sites and a noun for the site (SITE_NOUNS_AFTER) are two names, the body and the place (the
    // city's name is a modifier of the noun, as "the Lenford office")
    id: 'acronym-site-city',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      const after = tokens[span.last + 1];
      if (span.type !== 'ORG' || span.first === span.last || span.last - span.first > 3) return null;
      if (!/^\p{Lu}{2,5}$/u.test(tokens[span.first]!.text) || !after || !SITE_NOUNS_AFTER.has(after.text)) return null;
      if (tokens[span.last]!.post.trim() !== '') return null;
      if (!isCityName(source.slice(tokens[span.first + 1]!.start, tokens[span.last]!.end))) return null;
      return [typedSpan(ctx, span.first, span.first, 'ORG'), typedSpan(ctx, span.first + 1, span.last, 'LOC')];
    },
  },
  {
    // "the 12th Rifle Corps of the Varnian People's Army": a unit named by its number is a name of
    // its own before "of the" and the body it belongs to (two capitalized words or more)
    id: 'numbered-unit-of-body',
    split: (ctx, span) => {
      const { tokens } = ctx;
      if (span.type !== 'ORG' || !ORDINAL_FIGURE.test(tokens[span.first]!.text)) return null;
      const of = wordIndex(tokens, 'of', span.first + 2, span.last - 2);
      if (of < 0 || tokens[of + 1]!.text !== 'the' || !ORG_HEADS.has(bare(tokens[of - 1]!))) return null;
      if (!twoCapitalizedWords(ctx, of + 2, span.last)) return null;
      return [typedSpan(ctx, span.first, of - 1, 'ORG'), typedSpan(ctx, of + 2, span.last, 'ORG')];
    },
  },
  {
    // "the Central Committee of the Party": a body's name ending in "of the" and a head noun alone
    // (headAlone) is the body's name before "of the"; the head names the body the text means, no
    // name of its own (the join refuses it too, for spans the tagger cut there)
    id: 'body-of-head-alone',
    split: (ctx, span) => {
      const { tokens } = ctx;
      const of = span.last - 2;
      if (span.type !== 'ORG' || of - span.first < 2 || tokens[of]!.text !== 'of' || tokens[of + 1]!.text !== 'the')
        return null;
      if (!ORG_HEADS.has(bare(tokens[of - 1]!)) || !headAlone(ctx, typedSpan(ctx, span.last, span.last))) return null;
      return [typedSpan(ctx, span.first, of - 1, 'ORG')];
    },
  },
  {
    // "Motorola Razr", "Nintendo Switch Lite", "Lenmark A350": a maker (the company table's or
    // the product table's) before its product's name, a model code or number or a product
    // line's last word is the maker and a name of none of our types (products-data.ts). A name
    // that is a company's whole form stays ("Samsung SDI").
    id: 'maker-product',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      if (span.last === span.first) return null;
      const text = (a: number, b: number): string => source.slice(tokens[a]!.start, tokens[b]!.end);
      if (canonicalEntity(text(span.first, span.last), 'organization') !== null) return null;
      for (let k = span.last - 1; k >= span.first; k--) {
        if (tokens[k]!.possessive || /[,;:()]/u.test(source.slice(tokens[k]!.end, tokens[k + 1]!.start))) continue;
        const maker = text(span.first, k);
        const company = canonicalEntity(maker, 'organization')?.company === true;
        if (!company && !isProductMaker(maker)) continue;
        const rest = tokens.slice(k + 1, span.last + 1).map((t) => t.text);
        if (productAfterMaker(maker, rest) || (company && rest.some(isModelWord)))
          return [typedSpan(ctx, span.first, k, 'ORG'), typedSpan(ctx, k + 1, span.last, 'MISC')];
      }
      return null;
    },
  },
  {
    // "CB Ida Renn", "QB Tom Hale", a roster row "S Sam Ode 33 45%": a player's position code
    // (lexicon/sports-positions.ts) glued before a name of two or three words is no part of it;
    // the name is the player. Not before a body's or a place's name ("SS Great Britain").
    id: 'position-player',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      const code = tokens[span.first]!.text;
      const rest = tokens.slice(span.first + 1, span.last + 1);
      if (rest.length < 2 || rest.length > 3) return null;
      if (
        !POSITION_CODES.has(code) &&
        !(LINE_START_POSITION_CODES.has(code) && ctx.lineStart[span.first] === span.first)
      )
        return null;
      if (!oneSpaceBetween(source, tokens[span.first]!, rest[0]!)) return null;
      if (
        !rest.every(
          (t) =>
            /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) &&
            !isHead(t) &&
            !ORG_HEADS.has(bare(t)) &&
            !COMPANY_DESIGNATORS.has(bare(t)),
        )
      )
        return null;
      const name = source.slice(rest[0]!.start, rest[rest.length - 1]!.end);
      if (!/\p{Ll}/u.test(name) || isKnownPlaceName(name) || canonicalEntity(name) !== null) return null;
      return [typedSpan(ctx, span.first + 1, span.last, 'PER')];
    },
  },
  {
    // "Norvale Hawks DL Tom Hale", "Norvale DL Tom Hale": a player's position code between a
    // team's name and the player's parts them (the code is no part of either); where the
    // player's name is a span of its own, the code ends the team's. The team's words are written
    // as a name (not in capitals: a heading's "DE" or "OL" may be a word).
    id: 'team-position-player',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      const named = (a: number, b: number): boolean =>
        a <= b && tokens.slice(a, b + 1).every((t) => /^\p{Lu}[\p{Ll}.'’-]/u.test(t.text));
      for (let k = span.first + 1; k <= span.last; k++) {
        if (!POSITION_CODES.has(tokens[k]!.text)) continue;
        const before = tokens[k - 1]!;
        const after = tokens[k + 1];
        if (before.possessive || !oneSpaceBetween(source, before, tokens[k]!) || !named(span.first, k - 1)) return null;
        if (!after || !oneSpaceBetween(source, tokens[k]!, after) || !/^\p{Lu}\p{Ll}/u.test(after.text)) return null;
        if (k === span.last) return [typedSpan(ctx, span.first, k - 1, 'ORG')];
        if (span.last - k < 2 || span.last - k > 3 || !named(k + 1, span.last)) return null;
        return [typedSpan(ctx, span.first, k - 1, 'ORG'), typedSpan(ctx, k + 1, span.last, 'PER')];
      }
      return null;
    },
  },
  {
    // "Norvale Sports NFL Insider Tom Hale": an outlet's name run into its reporter's beat (a known
    // body, an acronym: a league) and capitalized job title, before the reporter's name: the
    // outlet and the beat's body; the title is no part of either (the person's title,
    // splitTitles). Three words or more.
    id: 'outlet-beat-title',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      if (span.type !== 'ORG' || span.last - span.first < 2) return null;
      const title = tokens[span.last]!;
      const after = tokens[span.last + 1];
      if (
        !UPPER_START.test(title.text) ||
        !(isHead(title) || BYLINE_TITLES.has(bare(title))) ||
        !after ||
        !/^\p{Lu}\p{Ll}/u.test(after.text)
      )
        return null;
      if (!oneSpaceBetween(source, title, after) || !oneSpaceBetween(source, tokens[span.last - 1]!, title))
        return null;
      const beat = tokens[span.last - 1]!;
      if (knownBeat(beat.text) !== 'ORG' && !/^\p{Lu}{3,5}$/u.test(beat.text)) return null;
      if (beat.possessive || ORG_HEADS.has(bare(beat)) || COMPANY_DESIGNATORS.has(bare(beat))) return null;
      return [typedSpan(ctx, span.first, span.last - 2, 'ORG'), typedSpan(ctx, span.last - 1, span.last - 1, 'ORG')];
    },
  },
  {
    // "Lotus News Agency Hanoi, March 3": a wire credit runs into its dateline place with no
    // mark between. A span of three or more words whose last word is a known country or city,
    // after an outlet's head noun (OUTLET_HEADS), is the outlet and the place.
    id: 'outlet-place',
    split: (ctx, span) => {
      const { tokens } = ctx;
      if (span.last - span.first < 2) return null;
      const place = tokens[span.last]!;
      const head = tokens[span.last - 1]!;
      if (!OUTLET_HEADS.has(bare(head)) || !/\p{Ll}/u.test(head.text) || head.possessive) return null;
      if (!isCityName(place.text) && canonicalEntity(place.text, 'place') === null) return null;
      return [typedSpan(ctx, span.first, span.last - 1, 'ORG'), typedSpan(ctx, span.last, span.last, 'LOC')];
    },
  },
  {
    // "the KTVN Varnia correspondent", "a Kestrin Defense Council Varnia expert": a body's name run
    // into the beat of the job noun after it, a known country or body, is the
    // body and the beat. The body is an acronym, or two words or more ending in a head noun; a
    // city after a name is often the name's own ("Lenford United"), so only a country or body.
    id: 'body-beat',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      if (span.type !== 'ORG' || span.last === span.first) return null;
      const beat = tokens[span.last]!;
      const next = tokens[span.last + 1];
      if (!next || beat.possessive || !TITLE_HEADS.has(next.text) || RELATION_CUES.has(next.text)) return null;
      if (!oneSpaceBetween(source, beat, next)) return null;
      const beatType = knownBeat(beat.text);
      const owner = tokens[span.last - 1]!;
      const body =
        span.last - 1 === span.first
          ? /^\p{Lu}{3,}$/u.test(owner.text)
          : ORG_HEADS.has(bare(owner)) && !owner.possessive;
      const whole = source.slice(tokens[span.first]!.start, beat.end);
      if (!beatType || !body || canonicalEntity(whole) !== null || isKnownBodyName(whole)) return null;
      return [typedSpan(ctx, span.first, span.last - 1, 'ORG'), typedSpan(ctx, span.last, span.last, beatType)];
    },
  },
  {
    // "Varco of France", "Kestrel of Korea": a company named with its country, as translations
    // from Chinese write it, is the company and the country. Only a one-word name that opens no
    // body or place of its own ("Bank of France", "Isle of Man", "Duke of York" stay whole), before
    // "of" and a known country.
    id: 'company-country',
    split: (ctx, span) => {
      const { tokens } = ctx;
      if (span.type !== 'ORG' || span.last - span.first < 2 || tokens[span.first + 1]!.text !== 'of') return null;
      const name = tokens[span.first]!;
      const w = bare(name);
      if (ORG_OPENERS.has(w) || PLACE_HEADS.has(w) || PLACE_OPENERS.has(w) || isHead(name) || name.possessive)
        return null;
      const country = ctx.source.slice(tokens[span.first + 2]!.start, tokens[span.last]!.end);
      if (canonicalEntity(country, 'place') === null || isCityName(country)) return null;
      return [typedSpan(ctx, span.first, span.first, 'ORG'), typedSpan(ctx, span.first + 2, span.last, 'LOC')];
    },
  },
  {
    // "the takeover by Ethiopia of Tigray": a country's name opens no longer name with "of"
    // ("United States of America" is a known name of its own), so a country, "of" and a known
    // place are two places.
    id: 'country-of-place',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      if (span.type !== 'LOC' || span.last - span.first < 2) return null;
      let of = span.first + 1;
      while (of < span.last && tokens[of]!.text !== 'of') of++;
      if (of === span.last || tokens[of + 1]!.text === 'the') return null;
      const text = (a: number, b: number): string => source.slice(tokens[a]!.start, tokens[b]!.end);
      if (canonicalEntity(text(span.first, span.last)) !== null) return null;
      if (!canonicalEntity(text(span.first, of - 1), 'place')?.code) return null;
      const place = text(of + 1, span.last);
      if (!isKnownPlaceName(place) && !KNOWN_PLACES.has(place.toLowerCase())) return null;
      return [typedSpan(ctx, span.first, of - 1, 'LOC'), typedSpan(ctx, of + 1, span.last, 'LOC')];
    },
  },
  {
    // "Varnak Kenya", "Lotusburg China's": a city or region run into its country with no comma
    // between (a caption, a translated headline) is two places. A name of several words that is
    // itself a known place or city stays whole.
    id: 'place-country',
    split: (ctx, span) => {
      const { tokens, source } = ctx;
      const text = (a: number, b: number): string => source.slice(tokens[a]!.start, tokens[b]!.end);
      if (span.type !== 'LOC' || span.last === span.first) return null;
      const whole = text(span.first, span.last);
      if (canonicalEntity(whole) !== null || isCityName(whole) || regionCountry(whole) !== null) return null;
      for (let k = span.first + 1; k <= span.last; k++) {
        if (tokens[k - 1]!.post.trim() !== '') return null; // a mark between: not run together
        const place = text(span.first, k - 1);
        if (!isCityName(place) && regionCountry(place) === null) continue;
        if (canonicalEntity(text(k, span.last), 'place') === null) continue;
        return [typedSpan(ctx, span.first, k - 1, 'LOC'), typedSpan(ctx, k, span.last, 'LOC')];
      }
      return null;
    },
  },
];

/** Lower-case words a unit's name may hold after its first word ("Office of Fraud Review", "Unit for Youth and Sport"). */
const UNIT_NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);

/**
 * Cuts a body's name that runs on into the name of one of its units ("Norvale Police Department
 * Harbour Patrol Unit", "KTVN Office of Fair Review") where the text names the body alone
 * elsewhere: the body and the unit are two names. The body ends in a head noun or is an acronym;
 * the unit is two words or more, Title-Case, and ends in a unit's head noun or is an office named
 * in full (isUnitName). A name the text never writes alone ("Varco Bank Training Unit") stays whole.
 * A body of its own after its owner's name, one whose acronym the text writes alone, is also cut
 * off ("the Varco House National Ports Council expert" ... "the NPC"), unless a country opens it.
 *
 * @example
 * splitOwnerUnits(ctx, spans); // "KTVN Office of Fair Review" -> "KTVN" + "Office of Fair Review"
 */
export function splitOwnerUnits(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const text = (a: number, b: number): string => source.slice(tokens[a]!.start, tokens[b]!.end);
  const alone = new Set(spans.filter((s) => s.type === 'ORG').map((s) => text(s.first, s.last)));
  return spans.flatMap((span) => {
    if (span.type !== 'ORG' || span.last - span.first < 2 || span.last - span.first >= MAX_UNIT_SPLIT_WORDS)
      return [span];
    for (let k = span.first; k <= span.last - 2; k++) {
      const end = tokens[k]!;
      if (end.possessive) continue;
      const before = text(span.first, k);
      const owner = ORG_HEADS.has(bare(end)) || /^\p{Lu}{2,}$/u.test(end.text);
      const unit = owner && alone.has(before) && isUnitName(ctx, k + 1, span.last);
      // a country before the body stays in its name (the alias without it is merge-mentions')
      const body =
        alone.has(initialsOf(ctx, k + 1, span.last)) && !isKnownPlaceName(before) && !countryOfNationality(before);
      if (!unit && !body) continue;
      return [typedSpan(ctx, span.first, k, 'ORG'), typedSpan(ctx, k + 1, span.last, 'ORG')];
    }
    return [span];
  });
}

/**
 * The initials of words first..last when they name a body of three words or more (Title-Case,
 * connectors inside, an organization's head last): "National Ports Council" -> "NPC"; else ''.
 */
function initialsOf(ctx: SpanContext, first: number, last: number): string {
  const words = ctx.tokens.slice(first, last + 1);
  const named = words.filter((t) => isTitleCaseWord(t.text));
  const connectorsInside = words.every(
    (t, i) => isTitleCaseWord(t.text) || (i > 0 && UNIT_NAME_CONNECTORS.has(t.text)),
  );
  return named.length >= 3 && connectorsInside && ORG_HEADS.has(bare(words[words.length - 1]!))
    ? named.map((t) => t.text[0]).join('')
    : '';
}

/** No span longer than this is cut into a body and its unit (a cap that keeps the step linear). */
const MAX_UNIT_SPLIT_WORDS = 9;

/**
 * Whether words first..last name a unit: Title-Case words (connectors inside), two or more, ending
 * in a unit's head noun (SUBUNIT_HEADS) or an office named in full ("Office of Fair Review"); a
 * company's designator or a body's own head after a short name is no unit ("Varco Gold Inc",
 * "Lund Union National Bank of Norland").
 */
function isUnitName(ctx: SpanContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(first, last + 1);
  if (
    !words.every(
      (t, i) => isTitleCaseWord(t.text) || (i > 0 && i < words.length - 1 && UNIT_NAME_CONNECTORS.has(t.text)),
    )
  )
    return false;
  return SUBUNIT_HEADS.has(bare(tokens[last]!)) || (bare(words[0]!) === 'office' && words[1]!.text === 'of');
}

/** The type of a word that may be a job's beat (`body-beat`): a known country or region, a known body, else null. */
function knownBeat(word: string): 'LOC' | 'ORG' | null {
  if (!UPPER_START.test(word) || isCityName(word)) return null;
  if (canonicalEntity(word, 'place') !== null) return 'LOC';
  return seatOrBodyType(word);
}

/** A seat of power is a place (SEATS_OF_POWER), a known body an organization; else null. */
function seatOrBodyType(word: string): 'LOC' | 'ORG' | null {
  const lower = word.toLowerCase();
  if (SEATS_OF_POWER.has(lower)) return 'LOC';
  return KNOWN_ORGANIZATIONS.has(lower) ? 'ORG' : null;
}

/**
 * Cuts spans that name two things into their names (the kinds are the `SPLITS` table, each
 * step reading what the one before left): an event into the body that holds it ("UN Climate
 * Change Conference" → "UN"), a wire credit and its dateline place ("Kite News Service Hanoi"),
 * a company and its country ("Varco of France"), a city or region run into its country
 * ("Zhejiang China").
 *
 * @example
 * splitNamedParts(ctx, spans); // "Varco of France" -> "Varco" + "France"
 */
export function splitNamedParts(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let out: readonly TaggedSpan[] = spans;
  for (const { split } of SPLITS) {
    const next: TaggedSpan[] = [];
    for (const span of out) {
      const parts = split(ctx, span);
      if (parts) for (const part of parts) next.push(part);
      else next.push(span);
    }
    out = next;
  }
  return out === spans ? [...spans] : (out as TaggedSpan[]);
}

/**
 * "Varco Nimbus for $40", "a Varco Nimbus camera kit", "Varco Nimbus X4 Router": a name of two
 * or three words opened by a maker no table knows (the tables' makers are `maker-product`'s) is
 * the maker, a body, before its product's line (none of our types) when a product's cue follows
 * it (a device noun, a price, a model code) and the text also writes the maker's word as a name
 * alone ("Varco's cameras", "sold by Varco"), or a model code and a device noun follow it. The
 * split holds for every span of that name in the text ("With Varco Nimbus, the firm ...").
 * Left out: a person's name (a given name first, a family name first), a body's or a place's name
 * (a head noun, a designator, a place or a compass word after the maker's word), a known name.
 *
 * @example
 * unknownMakerProducts(ctx, spans); // "Varco Nimbus" (ORG) -> "Varco" (ORG), "Nimbus" (MISC)
 */
export function unknownMakerProducts(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, source } = ctx;
  const named = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
  // the words the text writes as a name with no name word joined before or after them (once per text)
  const alone = new Set<string>();
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!named(t) || (named(before) && joined(ctx, i - 1, i) && !before!.possessive)) return;
    if (t.possessive || !named(after) || !joined(ctx, i, i + 1)) alone.add(t.text);
  });
  const lines = new Set<string>();
  const text = (span: TaggedSpan): string => source.slice(tokens[span.first]!.start, tokens[span.last]!.end);
  for (const span of spans) if (isMakerProductSpan(ctx, span, alone)) lines.add(text(span));
  if (lines.size === 0) return [...spans];
  return spans.flatMap((span) =>
    span.last > span.first && lines.has(text(span))
      ? [typedSpan(ctx, span.first, span.first, 'ORG'), typedSpan(ctx, span.first + 1, span.last, 'MISC')]
      : [span],
  );
}

/** A price right after a name ("for $40", "– £19.99"): what is sold so is a product. */
const PRICE_AFTER = /^\s*(?:for\s+|[-–—:]\s*)?(?:US)?[$€£]\s?\d/u;

/** True when `span` is an unknown maker's word and its product's line (unknownMakerProducts). */
function isMakerProductSpan(ctx: SpanContext, span: TaggedSpan, alone: ReadonlySet<string>): boolean {
  const { tokens, source } = ctx;
  if (span.type === 'MISC' || span.last === span.first || span.last - span.first > 2) return false;
  const words = tokens.slice(span.first, span.last + 1);
  const maker = words[0]!;
  if (!/^\p{Lu}/u.test(maker.text) || maker.possessive || !joined(ctx, span.first, span.first + 1)) return false;
  const lower = maker.text.toLowerCase();
  if (
    isGivenNameWord(lower) ||
    isDemonymWord(maker.text) ||
    NAME_PARTICLES.has(lower) ||
    DIRECTIONS.has(lower) ||
    FUNCTION_WORDS.has(lower)
  )
    return false;
  if (isFamilyFirstName(words.map((t) => t.text)) || isKnownPlaceName(maker.text)) return false;
  const text = source.slice(maker.start, words[words.length - 1]!.end);
  if (canonicalEntity(text) !== null || canonicalEntity(maker.text) !== null || isProductMaker(maker.text))
    return false;
  const rest = words.slice(1);
  if (isGivenNameWord(rest[0]!.text.toLowerCase())) return false;
  // a place's head ends no product line either ("Varco Harbour" is a place's name)
  if (!rest.every((t) => isProductLineWord(t) && !PLACE_HEADS.has(bare(t)))) return false;
  // the cue: after the name, past Title-Case words and model codes (three words at most, in one
  // phrase), a device noun or a price
  const code = (t: Token | undefined): boolean => !!t && /\d/u.test(t.text) && isModelWord(t.text);
  const device = (k: number): boolean =>
    !!tokens[k] && joined(ctx, k - 1, k) && DEVICE_NOUNS_AFTER.has(bare(tokens[k]!));
  let k = span.last + 1;
  while (
    k <= span.last + 3 &&
    tokens[k] &&
    joined(ctx, k - 1, k) &&
    (code(tokens[k]) || /^\p{Lu}/u.test(tokens[k]!.text)) &&
    !device(k)
  )
    k++;
  const noun = device(k);
  const end = tokens[k - 1]!.end;
  const price = PRICE_AFTER.test(source.slice(end, end + 12));
  if (!noun && !price) return false;
  return alone.has(maker.text) || (code(tokens[span.last + 1]) && noun);
}

/**
 * Names inside one hyphenated word ("Putin-Biden", "Russia-US"): [start, end) of each
 * part when every part is a name on its own (written alone elsewhere in the text, a known
 * country or body, or in compromise's lexicon as a name) and the word qualifies the noun after it ("summit",
 * "talks"), else null: "in Alta-Bassa", "the Alta-Bassa region" name one place.
 *
 * @example
 * hyphenParts(ctx, index, standalone); // [[10, 15], [16, 21]] for "Putin-Biden"
 */
export function hyphenParts(
  ctx: SpanContext,
  i: number,
  standalone: ReadonlySet<string>,
): Array<[number, number]> | null {
  const t = ctx.tokens[i]!;
  // compromise keeps "U.S.-Mexico" one term: the hyphen tells
  if (t.parts < 2 && !t.text.includes('-')) return null;
  const parts = t.text.split('-');
  const isName = (p: string): boolean =>
    UPPER_START.test(p) &&
    p.length > 1 &&
    (standalone.has(p.toLowerCase()) ||
      canonicalEntity(p) !== null ||
      lexiconTags(p.toLowerCase()).some((x) => NAME_TAGS.includes(x)));
  if (parts.length < 2 || !parts.every(isName)) return null;
  // "in Alta-Bassa", "the Alta-Bassa region": one place; two names pair only before the noun they
  // qualify ("the Putin-Biden summit", "Russia-US talks", "the Alta-Zembia border")
  const n = ctx.tokens[i + 1];
  const qualifies =
    !!n &&
    /^\p{Ll}/u.test(n.text) &&
    (n.tags.has('Noun') || lexiconTags(n.text).some((g) => g === 'Singular' || g === 'Plural')) &&
    (!PLACE_NOUNS_AFTER.has(n.text) || n.text === 'border') &&
    /^ $/.test(ctx.source.slice(t.end, n.start));
  if (!qualifies) return null;
  const out: Array<[number, number]> = [];
  let at = t.start;
  for (const p of parts) {
    out.push([at, at + p.length]);
    at += p.length + 1;
  }
  return out;
}
