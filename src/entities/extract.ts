/**
 * The entity stage: names found by the learned tagger on one compromise parse, typed with
 * the tagger's evidence plus declared rules summed over the document, grouped into
 * entities with canonical names and ids stable across articles.
 *
 * `extractEntities(text)` parses and extracts; `parseText` + `extractEntitiesFromParse`
 * split the two so a pipeline parses each article once and hands the same parse to
 * other stages (quotes).
 */
import { assertLanguageCode, assertText, checkOptions } from '../core/errors.js';
import type { Entity, EntityType } from '../core/types.js';
import { appositiveTitleAfter, appositiveTitleBefore } from './appositive.js';
import {
  bare,
  boundaryBetween,
  isLowerWord,
  isTitleCaseWord,
  lineStarts,
  ownPossessiveLength,
  ownPossessiveNames,
  type Candidate,
} from './candidates.js';
import { decideTypes, nameKey, type Evidenced } from './decide.js';
import { foreignTextCandidates } from './foreign-text.js';
import { givenNameAfterBody, leadingTitleWord, lowerCompanyWord, memberSeats } from './name-shapes.js';
import { canonicalEntity, isKnownPlaceName, knownSpans } from './countries.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { kindAcronyms } from './kind-acronyms.js';
import { computeLayout, hasTableRows, type Layout } from './layout.js';
import {
  brokenPlaceSpans,
  countryRunSpans,
  datelinePlaces,
  fellowKinds,
  headlineSides,
  headlineSpans,
  joinedCells,
  listNameSpans,
  qualifiedCells,
  slashCells,
  tableCellSpans,
  teamSpans,
  venueSpans,
  type Fellows,
} from './layout-spans.js';
/** No fellows without the layout option. */
const NO_FELLOWS: ReadonlyMap<number, Fellows> = new Map();
import { outletRuns } from './outlet-cues.js';
import { examplesBeforeCompanyKind } from './coordination.js';
import { NEVER_NAME_WORDS } from './context-words.js';
import { tradeFirmSpans } from './trade-firms.js';
import { parseText, type ParsedText } from './parse.js';
import { buildEntities } from './merge-mentions.js';
import { isCelestialBody, readsAsSpace } from '../lexicon/celestial-bodies.js';
import {
  applyRules,
  gluedTailLength,
  gluedTitleCredit,
  titleCreditChain,
  isLettersDigitsCode,
  isLinkToVisit,
  isSlashedCodes,
  jointPollParts,
  namedCraft,
  namedEvents,
  WEB_ADDRESS,
  type Evidence,
} from './rules.js';
import { MONTH_NAME_PATTERN } from '../lexicon/calendar-words.js';
import { DEMONYM_GIVEN_NAMES, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS } from '../lexicon/name-parts.js';
import { NAME_ENDING_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { RELATION_CUES, TITLE_HEADS } from '../lexicon/titles.js';
import { isZoneAfterClockTime } from '../lexicon/time-zones.js';
import type { Token } from './parse.js';
import {
  acronymExpansions,
  capsHeadlineNames,
  chamberSides,
  coveredTokens,
  extendSpans,
  fieldsBeforeAnd,
  hyphenParts,
  joinHeadNouns,
  joinNames,
  knownOverride,
  repeatNames,
  partnersFirms,
  regnalNumbers,
  commaDesignators,
  personSurnames,
  loneBodies,
  splitAtPossessive,
  splitNamedParts,
  unknownMakerProducts,
  makerProducts,
  splitOwnerUnits,
  splitCoordinated,
  splitRepeatedNames,
  officerBodies,
  splitFamilyFirstTail,
  splitTitles,
  titleCaseHeadlines,
  titleLines,
  trimConnectors,
  typedSpan,
  type SpanContext,
} from './spans.js';
import { spanEvidence, tagText, type TaggedSpan } from './tagger/model.js';
import { singularTitle, titleBefore } from './titles.js';
import { competitorNickname } from './teams.js';
import { partyTagState, usStateAfterCity } from './us-states.js';
import { buildVocabulary, hasGivenNameTag, isDemonymWord, isGivenNameWord, type Vocabulary } from './vocabulary.js';
import { POLITICS_WORDS, SPORTS_WORDS, SQUAD_WORDS } from '../lexicon/topic-words.js';

/**
 * Options of `extractEntities`.
 *
 * @example
 * extractEntities(text, { types: ['person'] }); // people only
 * extractEntities(text, { explain: true })[0]!.explain; // the evidence behind the type
 */
export interface EntityOptions {
  /** Entity types to return (default: all three). */
  types?: readonly EntityType[];
  /**
   * Read result tables and datelines of wire copy ("MOSCOW 2004-03-11", "Barcelona 3 Real
   * Madrid 2"): a dateline opens with a place, a name followed by figures on a result row
   * is a competitor (organization). Default false: the learned tagger reads tables
   * itself, and these two rules (first written against CoNLL-2003 test tables) cost half a
   * point of F1 on CoNLL dev.
   */
  layout?: boolean;
  /** Add `explain` to every entity: the evidence behind its type (default false). */
  explain?: boolean;
  /**
   * The text's language, ISO 639-3 (default 'eng'; `normalizeArticle` passes the language
   * `clean` found). The tagger reads English; in a text of another language a name is kept
   * only on evidence that holds there too (foreign-text.ts): one word must be an acronym, a
   * known country, body or city, or capitalized mid-sentence somewhere, and no name opens
   * or ends with a stopword of that language.
   */
  language?: string;
}

/**
 * The evidence behind an entity's type (with `explain: true`): the summed evidence per
 * type and, per mention, the model's score and the rules that fired.
 *
 * @example
 * const e: EntityExplanation = { totals: { person: 143, organization: 12, place: 0, none: 0 },
 *   mentions: [{ text: 'Peskov', evidence: [{ rule: 'model', type: 'person', weight: 83 }] }] };
 */
export interface EntityExplanation {
  totals: Record<EntityType | 'none', number>;
  mentions: Array<{ text: string; start: number; evidence: Evidence[] }>;
}

// prettier-ignore
const OPTION_NAMES = ['types', 'layout', 'explain', 'language'] as const;
// prettier-ignore
const ALL_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const MODEL_TYPES = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'none' } as const;

interface Settings {
  types: ReadonlySet<EntityType>;
  layout: boolean;
  explain: boolean;
  language: string;
}

/**
 * Named entities (people, organizations, places) of a text, ordered by first mention,
 * each with a canonical name, its aliases, titles and every mention as a span.
 *
 * @example
 * const entities = extractEntities('Kremlin spokesman Dmitry Peskov said Peskov would not comment.');
 * entities[1]; // { id: 'person:dmitry-peskov', type: 'person', name: 'Dmitry Peskov',
 *              //   aliases: ['Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov', 'Peskov'],
 *              //   titles: ['Kremlin spokesman'], gender: 'male', mentions: [...] }
 */
export function extractEntities(text: string, options?: EntityOptions): Entity[] {
  assertText(text, 'extractEntities');
  const settings = readOptions(options, 'extractEntities');
  return extract(parseText(text), settings);
}

/**
 * Same as `extractEntities`, on a text already parsed with `parseText` (so that a
 * pipeline runs compromise once per article and reuses the parse elsewhere).
 *
 * @example
 * const parsed = parseText(text);
 * const entities = extractEntitiesFromParse(parsed);
 * // parsed.pieces[k].doc are compromise's documents, for your own reads of the same parse
 */
export function extractEntitiesFromParse(parsed: ParsedText, options?: EntityOptions): Entity[] {
  if (!parsed || typeof parsed !== 'object' || typeof parsed.text !== 'string' || !Array.isArray(parsed.tokens)) {
    throw new TypeError('extractEntitiesFromParse: expected a parsed text from parseText(text)');
  }
  const settings = readOptions(options, 'extractEntitiesFromParse');
  return extract(parsed, settings);
}

function readOptions(options: EntityOptions | undefined, fn: string): Settings {
  const opts = checkOptions(options, OPTION_NAMES, fn);
  for (const flag of ['layout', 'explain'] as const) {
    if (opts[flag] !== undefined && typeof opts[flag] !== 'boolean')
      throw new TypeError(`${fn}: expected options.${flag} to be a boolean, got ${typeof opts[flag]}`);
  }
  assertLanguageCode(opts.language, fn, 'options.language');
  const settings = { layout: opts.layout ?? false, explain: opts.explain ?? false, language: opts.language ?? 'eng' };
  if (opts.types === undefined) return { types: new Set(ALL_TYPES), ...settings };
  if (!Array.isArray(opts.types)) throw new TypeError(`${fn}: expected options.types to be an array of entity types`);
  for (const t of opts.types) {
    if (!ALL_TYPES.includes(t))
      throw new RangeError(
        `${fn}: unknown entity type ${JSON.stringify(t)} in options.types (known: ${ALL_TYPES.join(', ')})`,
      );
  }
  return { types: new Set(opts.types), ...settings };
}

function extract(parsed: ParsedText, settings: Settings): Entity[] {
  const { text, tokens } = parsed;
  const vocab = buildVocabulary(tokens);
  const layout = settings.layout ? computeLayout(text, tokens) : null;
  const evidenced: Evidenced[] = [];
  const { mentions, capitalizedMid, nameWords, surnames, bodies, makers, lines, prose, space, fellows } = findMentions(
    text,
    tokens,
    vocab,
    settings.language,
    layout,
  );
  // A table row ("Northtown 3 Southport 2") tells the rules that a city there may name its
  // club. The document step keeps `prose`: a company report with a row of figures is still
  // one name, one type (CoNLL-2003 dev: passing it there too cost 8 true positives).
  const ruleProse = prose && !(layout && hasTableRows(layout, tokens));
  const eventNames = namedEvents(text);
  const craftNames = namedCraft(text);
  const commonAcronyms = kindAcronyms(text);
  for (const { cand, evidence } of mentions) {
    const model: Evidence[] = (Object.keys(evidence) as Array<keyof TaggedSpan['evidence']>).map((t) => ({
      rule: 'model',
      type: MODEL_TYPES[t],
      weight: Math.round(evidence[t] * 10) / 10,
    }));
    const top = model.reduce((a, b) => (b.weight > a.weight ? b : a), model[0]!);
    const rules = applyRules({
      source: text,
      tokens,
      cand,
      words: tokens.slice(cand.first, cand.last + 1),
      vocab,
      layout,
      fellows,
      capitalizedMid,
      nameWords,
      surnames,
      bodies,
      makers,
      products: lines,
      eventNames,
      craftNames,
      kindAcronyms: commonAcronyms,
      prose: ruleProse,
      space,
      tagged: top.weight > 0 ? top.type : undefined,
      ...(settings.language === 'eng' ? {} : { language: settings.language }),
    });
    evidenced.push({ ...cand, key: nameKey(cand.text), evidence: [...model, ...rules] });
  }
  const typed = decideTypes(evidenced, { prose, english: settings.language === 'eng' });
  const entities = buildEntities(text, tokens, typed);
  const out = entities.filter((e) => settings.types.has(e.type));
  if (!settings.explain) return out;
  return out.map((e) => ({ ...e, explain: explainOf(e, typed) }));
}

/** What the tagger's own decision adds to the evidence of the type it chose (the sequence model's vote). */
const DECISION_BONUS = 15;
/** No name has this many words ("Organization for Security and Co-operation in Europe" has 7). */
const MAX_NAME_WORDS = 10;
// prettier-ignore
const LEADING_RANKS = new Set(['senior', 'former', 'acting', 'then', 'ex', 'top', 'late', 'veteran']);
// prettier-ignore
const LEADING_DETERMINERS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'this', 'that', 'these', 'those']);

const SPORTS_MIN = 3;

/** Whether the text is about space, asked only when it names a planet or moon (celestial-bodies.ts). */
function mentionsSpace(source: string, tokens: readonly Token[]): boolean {
  return tokens.some((t) => isCelestialBody(t.text, true)) && readsAsSpace(source);
}

/** A text reads as sports copy: a squad position, or three contest words more than its election words. */
function readsAsSports(tokens: readonly Token[]): boolean {
  let contest = 0;
  let politics = 0;
  for (const t of tokens) {
    if (SQUAD_WORDS.test(t.text)) return true;
    if (SPORTS_WORDS.has(t.text)) contest++;
    else if (POLITICS_WORDS.has(t.text.toLowerCase())) politics++;
  }
  return contest >= SPORTS_MIN && contest > politics;
}

/**
 * The name spans of a text as candidates with the model's evidence: the tagger's spans,
 * corrected by the general steps of spans.ts, plus web addresses ("Skai.gr" names a site)
 * and party codes ("K42", "CDU/CSU");
 * titles split off and attached.
 */
function findMentions(
  source: string,
  tokens: readonly Token[],
  vocab: Vocabulary,
  language: string,
  layout: Layout | null,
): {
  mentions: Array<{ cand: Candidate; evidence: TaggedSpan['evidence'] }>;
  capitalizedMid: ReadonlySet<string>;
  nameWords: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  bodies: ReadonlySet<string>;
  makers: ReadonlySet<string>;
  lines: ReadonlySet<string>;
  prose: boolean;
  space: boolean;
  fellows: ReadonlyMap<number, Fellows>;
} {
  const { spans: tagged, scores, context } = tagText(source, tokens);
  const lineStart = lineStarts(source, tokens);
  const ctx: SpanContext = {
    source,
    tokens,
    scores,
    lineStart,
    known: knownSpans(source, tokens),
    vocab,
    ...titleLines(tokens, lineStart, context?.lineTitle ?? [], context?.seenCapitalMid ?? new Set()),
  };
  let spans = knownOverride(ctx, tagged);
  spans = acronymExpansions(ctx, spans);
  spans = trimConnectors(ctx, spans);
  spans = titleCaseHeadlines(ctx, spans);
  spans = splitFamilyFirstTail(ctx, spans);
  spans = splitTitles(ctx, spans);
  spans = chamberSides(ctx, spans);
  spans = capsHeadlineNames(ctx, spans);
  spans = joinNames(ctx, spans);
  spans = splitCoordinated(ctx, spans);
  spans = splitRepeatedNames(ctx, spans);
  spans = fieldsBeforeAnd(ctx, spans);
  spans = extendSpans(ctx, spans);
  spans = regnalNumbers(ctx, spans);
  spans = partnersFirms(ctx, spans);
  spans = commaDesignators(ctx, spans);
  spans = joinHeadNouns(ctx, spans);
  spans = tradeFirmSpans(ctx, spans);
  spans = splitAtPossessive(ctx, spans);
  spans = splitNamedParts(ctx, spans);
  spans = unknownMakerProducts(ctx, spans);
  spans = splitOwnerUnits(ctx, spans);
  spans = repeatNames(ctx, spans);
  spans = officerBodies(ctx, spans);
  spans = memberSeats(ctx, givenNameAfterBody(ctx, leadingTitleWord(ctx, spans)));
  spans = lowerCompanyWord(ctx, spans);
  if (layout) {
    spans = tableCellSpans(ctx, datelinePlaces(ctx, qualifiedCells(ctx, spans, layout), layout), layout);
    spans = teamSpans(ctx, venueSpans(ctx, listNameSpans(ctx, spans, layout), layout), layout);
    spans = countryRunSpans(ctx, brokenPlaceSpans(ctx, spans, layout), layout);
    spans = headlineSpans(ctx, slashCells(ctx, joinedCells(ctx, spans, layout), layout), layout);
    spans = headlineSides(ctx, spans, layout);
  }
  const fellows = layout ? fellowKinds(source, tokens, spans, layout) : NO_FELLOWS;
  const taken = coveredTokens(tokens.length, spans);
  // "Port traffic rises again in 2024-Xinhua": the outlet credited at the end of the page's title
  const credit = gluedTitleCredit(source, tokens);
  if (credit && !taken[credit.index]) spans.push(typedSpan(ctx, credit.index, credit.index, 'ORG'));
  // "(Norpress Agency, Kestrel Wire)", "the website Fair Ledger", "told The Ridge": an outlet
  // the tagger passed over, in a place that names outlets (outlet-cues.ts)
  for (const [first, last] of outletRuns(source, tokens)) {
    const free = taken.slice(first, last + 1).every((x) => !x);
    if (free && !isKnownPlaceName(source.slice(tokens[first]!.start, tokens[last]!.end)))
      spans.push(typedSpan(ctx, first, last, 'ORG'));
  }
  // "Varco, Lind & Ode and other retailers": each item of a list a kind of company follows
  // (coordination.ts), whole where the tagger passed it over or read a piece of it ("Ode")
  spans = companyExampleSpans(ctx, spans, taken);
  const sports = context?.kind !== 'prose' || readsAsSports(tokens);
  tokens.forEach((t, i) => {
    if (taken[i] || i === credit?.index) return;
    // "news.example.org": a site's address names the site; the tagger scores no word in lower
    // case away from capitals, so the address stands on the rules' evidence (`shape/web-address`);
    // a link to visit is none ("please visit www.varco.com")
    if (WEB_ADDRESS.test(t.text)) {
      if (isLinkToVisit(source, t.start, t.text)) return;
      const site = typedSpan(ctx, i, i, 'ORG');
      site.evidence.ORG = Math.max(site.evidence.ORG, 0);
      spans.push(site);
    }
    // "K42": the tagger, trained on words, rarely proposes a code of letters and digits (a known
    // body's among them: "the G20")
    else if (
      isLettersDigitsCode(source, tokens, i) ||
      isSlashedCodes(t.text) ||
      (/\d/.test(t.text) && canonicalEntity(t.text, 'organization') !== null)
    )
      spans.push(typedSpan(ctx, i, i, 'ORG'));
    // "(R-Fla.)": a party tag the tagger passed over still names its state (namesInside)
    else if (partyTagState(t.text)) spans.push(typedSpan(ctx, i, i, 'LOC'));
    // "Dunmore , Pa .": a state's short form after a town and a comma the tagger passed over
    // (newswire spaces the period off) still names the state; not after a person's name ("Tom Hale, Mo.")
    else if (usStateAfterCity(source, t.start, t.end) && spans.find((x) => x.last === i - 1)?.type !== 'PER')
      spans.push(typedSpan(ctx, i, i, 'LOC'));
    // "The Falcons beat the Owls": a team's plural nickname the tagger passed over (teams.ts)
    else if (competitorNickname(source, tokens, i, sports, ctx.seenCapitalMid)) spans.push(typedSpan(ctx, i, i, 'ORG'));
  });
  // "Cebu, Philippines - Officials said": a country's name the tagger passed over, written
  // as a name (capital, then lower case), is a mention all the same
  for (const k of knownSpans(source, tokens, 'place')) {
    if (k.first === k.last && !taken[k.first] && isTitleCaseWord(tokens[k.first]!.text))
      spans.push(typedSpan(ctx, k.first, k.first, 'LOC'));
  }
  // "a crewed mission to Mars": a planet or moon the tagger passed over, in a text about space
  // ("Earth" in any text): celestial-bodies.ts
  const space = mentionsSpace(source, tokens);
  tokens.forEach((t, i) => {
    if (!taken[i] && isCelestialBody(t.text, space)) spans.push(typedSpan(ctx, i, i, 'LOC'));
  });
  // "TotalEnergies and Equinor signed": a company of the table the tagger passed over (its forms
  // are no common words, places or given names: companies-data.ts), written with lower case
  // (an acronym in capitals may be anything else: "50 BP" basis points, "GM" a chess title);
  // the known names of the span context (a longer known name over it is a span already)
  for (const k of ctx.known) {
    const word = tokens[k.first]!.text;
    if (k.entity.company && k.first === k.last && !taken[k.first] && !ctx.lineTitle[k.first] && /\p{Ll}/u.test(word))
      spans.push(typedSpan(ctx, k.first, k.first, 'ORG'));
  }
  spans.sort((x, y) => x.first - y.first);
  const standalone = new Set(
    tokens.filter((t) => t.parts === 1 && /^\p{Lu}/u.test(t.text)).map((t) => t.text.toLowerCase()),
  );
  const ownPossessives = ownPossessiveNames(source, tokens);
  // "… the Varco Shares-Lotus Observer Network-Market News Website": outlets credited at the end
  // of the title line, run together by hyphens (rules.ts titleCreditChain)
  const chain = credit ? null : titleCreditChain(source);
  const chainEnd = chain ? chain.names[chain.names.length - 1]![1] : 0;
  const chainTaken = { done: false };
  const out: Array<{ cand: Candidate; evidence: TaggedSpan['evidence'] }> = [];
  for (const span of spans) {
    // A run of capitalized words longer than any name (a table flattened to one line, a list
    // without punctuation) is no mention; this also keeps clustering linear on such input.
    if (span.last - span.first >= MAX_NAME_WORDS) continue;
    // "@Kremlinpool_RIA", "#Ukraine": handles and hashtags are no mentions.
    const head = tokens[span.first]!;
    if (/[@#]$/.test(head.pre) || /[@#_]/.test(head.text)) continue;
    // "at 8AM PST": a time zone after a clock time is no name.
    if (
      span.first === span.last &&
      isZoneAfterClockTime(head.text, source.slice(Math.max(0, head.start - 12), head.start))
    )
      continue;
    const found = toCandidate(source, tokens, span, ownPossessives);
    if (!found) continue;
    if (credit && found.last === credit.index && found.start < credit.start && found.end > credit.start) {
      out.push(...creditParts(source, found, credit.start, span.evidence));
      continue;
    }
    if (chain && found.end > chain.start && found.start < chainEnd) {
      out.push(...chainParts(ctx, found, chain, chainTaken));
      continue;
    }
    const cands =
      language === 'eng' ? [found] : foreignTextCandidates(source, tokens, found, language, ctx.seenCapitalMid);
    for (const cand of cands) {
      const evidence =
        cand.first === span.first && cand.last === span.last
          ? { ...span.evidence }
          : spanEvidence(scores, cand.first, cand.last);
      evidence[span.type] += DECISION_BONUS;
      const inWord = namesInside(ctx, cand, standalone);
      if (inWord) {
        const partEvidence = inWord.tagged ? evidence : { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
        for (const [start, end] of inWord.parts)
          out.push({
            cand: { first: cand.first, last: cand.last, start, end, text: source.slice(start, end) },
            evidence: partEvidence,
          });
        continue;
      }
      out.push({ cand, evidence });
    }
  }
  sharePluralTitles(
    source,
    out.map((o) => o.cand),
  );
  const surnames = personSurnames(tokens, spans);
  return {
    mentions: out,
    capitalizedMid: ctx.seenCapitalMid,
    nameWords: new Set([...surnames, ...namedAfterLowerWord(source, tokens, ctx.lineTitle)]),
    surnames,
    bodies: loneBodies(tokens, spans),
    ...makerProducts(source, tokens, spans),
    prose: !sports,
    space,
    fellows,
  };
}

/**
 * A candidate that ends in the credit glued to a page's title ("… of the Lenmark
 * Party-Lotusnews.com"): the credit is a mention of its own, typed by the rules
 * (`context/title-credit`, the known outlet) from no model evidence, since the tagger scored the
 * glued word, not the credit; the words before the hyphen stay the span's, with its evidence,
 * where they hold a capitalized word ("in 2020-", "port-" hold none: they were no name).
 */
function creditParts(
  source: string,
  cand: Candidate,
  creditStart: number,
  evidence: TaggedSpan['evidence'],
): Array<{ cand: Candidate; evidence: TaggedSpan['evidence'] }> {
  const out: Array<{ cand: Candidate; evidence: TaggedSpan['evidence'] }> = [];
  const leftEnd = creditStart - 1;
  const left = source.slice(cand.start, leftEnd);
  if (/\p{Lu}/u.test(left) && (cand.first < cand.last || /^\p{Lu}/u.test(left)))
    out.push({ cand: { ...cand, end: leftEnd, text: left }, evidence: { ...evidence } });
  const credit: Candidate = {
    first: cand.last,
    last: cand.last,
    start: creditStart,
    end: cand.end,
    text: source.slice(creditStart, cand.end),
  };
  out.push({ cand: credit, evidence: { PER: 0, ORG: DECISION_BONUS, LOC: 0, MISC: 0 } });
  return out;
}

/**
 * A candidate on the title line that reaches into the outlets credited at its end
 * (`titleCreditChain`): the outlets, each a mention once (typed by the rules from no model
 * evidence, since the tagger scored the glued words, not the names), and the candidate's whole
 * words before the credits, with the model's evidence for them ("… the Shares-" holds none: the
 * glued word was the title's and the credit's).
 */
function chainParts(
  ctx: SpanContext,
  cand: Candidate,
  chain: { start: number; names: ReadonlyArray<[number, number]> },
  taken: { done: boolean },
): Array<{ cand: Candidate; evidence: TaggedSpan['evidence'] }> {
  const { source, tokens, scores } = ctx;
  const out: Array<{ cand: Candidate; evidence: TaggedSpan['evidence'] }> = [];
  let last = cand.last;
  while (last >= cand.first && tokens[last]!.end > chain.start) last--;
  if (last >= cand.first && /\p{Lu}/u.test(source.slice(cand.start, tokens[last]!.end))) {
    const end = tokens[last]!.end;
    out.push({
      cand: { first: cand.first, last, start: cand.start, end, text: source.slice(cand.start, end) },
      evidence: spanEvidence(scores, cand.first, last),
    });
  }
  if (taken.done) return out;
  taken.done = true;
  for (const [start, end] of chain.names) {
    const first = tokens.findIndex((t) => t.end > start);
    let lastWord = first;
    while (tokens[lastWord + 1] && tokens[lastWord + 1]!.start < end) lastWord++;
    out.push({
      cand: { first, last: lastWord, start, end, text: source.slice(start, end) },
      evidence: { PER: 0, ORG: DECISION_BONUS, LOC: 0, MISC: 0 },
    });
  }
  return out;
}

/**
 * The names a candidate holds, each [start, end) in the text, or null when it holds just
 * itself: the state of a party tag ("Sen. Ida Renn (R-Fla.)"), the two bodies of a joint poll
 * ("a KTV/ORB poll", "the Lenmark Daily-KTV Poll"), names joined by a hyphen in one word
 * ("the Putin-Biden summit"). `tagged`: the parts keep the tagger's read of the candidate (a
 * poll's two bodies are what the whole was); the others are typed by the rules and the
 * document, as the model scored the word, not its parts.
 */
function namesInside(
  ctx: SpanContext,
  cand: Candidate,
  standalone: ReadonlySet<string>,
): { parts: Array<[number, number]>; tagged: boolean } | null {
  const word = ctx.tokens[cand.first]!;
  const state = cand.first === cand.last ? partyTagState(word.text) : null;
  if (state) return { parts: [[word.start + state[0], word.start + state[1]]], tagged: false };
  const pollsters = jointPollParts(ctx.source, cand.start, cand.end);
  if (pollsters) return { parts: pollsters, tagged: true };
  if (cand.first !== cand.last) return null;
  const listed = commaGluedParts(word);
  if (listed) return { parts: listed, tagged: false };
  const hyphenated = cand.title ? null : hyphenParts(ctx, cand.first, standalone);
  return hyphenated && { parts: hyphenated, tagged: false };
}

/** Capitalized words glued by commas where a space was lost ("Colorado,Washington"). */
const COMMA_GLUED = /^\p{Lu}[\p{L}'’.-]*(?:,\p{Lu}[\p{L}'’.-]*)+$/u;

/**
 * The names of one word that is a list glued by commas, each [start, end) in the text, or null:
 * a page that lost the spaces after its commas ("floods in Colorado,Washington and Oregon") names
 * each item, not one body of them all.
 */
function commaGluedParts(word: Token): Array<[number, number]> | null {
  if (!word.text.includes(',') || !COMMA_GLUED.test(word.text)) return null;
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const piece of word.text.split(',')) {
    parts.push([word.start + from, word.start + from + piece.length]);
    from += piece.length + 1;
  }
  return parts;
}

/**
 * Words the running text writes as a name right after a lower-case word ("before Mend spoke",
 * not "(in short: Mend the gate"): mid-sentence and after no punctuation, the capital is the
 * name's, not the sentence's or an item's.
 */
function namedAfterLowerWord(source: string, tokens: readonly Token[], lineTitle: readonly boolean[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.sentenceStart || lineTitle[i] || !isTitleCaseWord(t.text) || !isLowerWord(before.text)) continue;
    if (/^ +$/.test(source.slice(before.end, t.start))) out.push(t.text);
  }
  return out;
}

/** A month's full name, capitalized ("August"; not "May", also a verb and a name). */
const MONTH_NAME = new RegExp(`^(?:${MONTH_NAME_PATTERN})$`, 'i');
const isMonthName = (word: string): boolean => word !== 'May' && isTitleCaseWord(word) && MONTH_NAME.test(word);

/** A capitalized month's name with a day number right after or before it ("March 3", "3 March"). */
function isDayOfMonth(source: string, tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  // "May 5" too: with its day number "May" is the month, not the verb or the name
  if (!isMonthName(word) && word !== 'May') return false;
  return (
    /^\s+\d{1,2}(?!\d|[.,]\d)/u.test(source.slice(tokens[i]!.end, tokens[i]!.end + 6)) ||
    /(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+$/u.test(source.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start))
  );
}

/** "Kremlin-backed", "Family-controlled", "Paris-based", "State-run": a capitalized word and a participle, hyphenated. */
const COMPOUND_PARTICIPLE = /^\p{Lu}[\p{L}.]*-(?:\p{Ll}+ed|run|held|born|made|built|grown|known)$/u;

/** A connector after a title's object that goes on with one name: any but a lower-case "and" ("For", "for", "of"). */
function opensNameWithConnector(word: string): boolean {
  return NAME_CONNECTORS.has(word.toLowerCase()) && word !== 'and';
}

/** A tagger span as a candidate: leading determiners and nationality words dropped, its title split off or attached. */
function toCandidate(
  source: string,
  tokens: readonly Token[],
  span: TaggedSpan,
  ownPossessives: ReadonlySet<string>,
): Candidate | null {
  let first = span.first;
  const last = span.last;
  // "The State Department", "A Pentagon spokesman": a determiner opening a sentence is not
  // part of the name ("The Hague", "The Oval" mid-sentence are; "A. Smith" is an initial).
  while (
    first < last &&
    LEADING_DETERMINERS.has(tokens[first]!.text.toLowerCase()) &&
    source[tokens[first]!.end] !== '.' &&
    (tokens[first]!.sentenceStart || tokens[first]!.text === tokens[first]!.text.toLowerCase()) &&
    /\p{Ll}/u.test(tokens[first]!.text)
  )
    first++;
  // "Beijing, March 3", "on 3 March": a month with its day is a date, whatever the tagger read
  if (first === last && isDayOfMonth(source, tokens, first)) return null;
  // "state Department of Water Safety", "region—like Varnak": a lower-case word opening a name
  // is no part of it (a particle is: "van Gogh", "de Gaulle", "al-Assad" has its capital)
  while (first < last && isLowerWord(tokens[first]!.text) && !NAME_PARTICLES.has(tokens[first]!.text)) first++;
  // "the August Chicago purchasing index": a month before a body or place dates it ("April Ryan" is a person: kept)
  while (first < last && span.type !== 'PER' && isMonthName(tokens[first]!.text)) first++;
  // "Kremlin-backed Rossiya Segodnya", "Family-controlled Douglas & Lomason": a compound participle describes the name.
  while (first < last && COMPOUND_PARTICIPLE.test(tokens[first]!.text)) first++;
  // "Senior State Department officials", "Former Ukrainian ...": a rank word is no part of a name.
  while (first < last && LEADING_RANKS.has(tokens[first]!.text.toLowerCase())) first++;
  // 'measures”Said National ...': the rest of a word glued by a quote mark is no part of the name.
  while (first < last && /["“”«»]/u.test(tokens[first]!.text.slice(1))) first++;
  if (span.type === 'PER') {
    // "Russian President Vladimir Putin": the nationality is neither name nor title.
    while (
      first < last &&
      isDemonymWord(tokens[first]!.text) &&
      !DEMONYM_GIVEN_NAMES.has(tokens[first]!.text) &&
      !hasGivenNameTag(tokens[first]!.tags)
    )
      first++;
  }
  // "Secretary of State | Wendy Sherman": the object of a title written before the span; not
  // in a body's name ("founder of Kestrel Holding Company" names the company whole), nor after a
  // relation ("daughter of Henry VIII", "widow of Tom Hale" name the person whole), nor where the
  // word after "of" is a given name or no English word and no place ("the lawyer of Paolo
  // Brenta": the object there is the person; "Governor of Georgia Tom Hale" cuts the state)
  const of = tokens[first - 1];
  const head = tokens[first - 2];
  const object = tokens[first]!;
  const objectIsField =
    isKnownPlaceName(object.text) || (isEnglishWord(object.text) && !isGivenNameWord(object.text.toLowerCase()));
  if (
    objectIsField &&
    !ORG_HEADS.has(bare(tokens[last]!)) &&
    first < last &&
    of?.text === 'of' &&
    head &&
    TITLE_HEADS.has(bare(head)) &&
    !RELATION_CUES.has(bare(head)) &&
    !boundaryBetween(source, of, tokens[first]!) &&
    !boundaryBetween(source, tokens[first]!, tokens[first + 1]!) &&
    // "president of Students For Fair Rent", "head of Parents for Safe Streets": a connector goes
    // on with one name, which the object opens ("Minister of Economy and Trade": fields joined by
    // "and" are the title's)
    !opensNameWithConnector(tokens[first + 1]!.text)
  ) {
    first++;
  }
  const a = tokens[first]!;
  const b = tokens[last]!;
  // 'measures”Said National': words glued by a quote mark; the name starts after the mark.
  let start = a.start;
  let end = b.end;
  const open = a.text.search(/["“”«»()][^"“”«»()]*$/u);
  if (open >= 0) start = a.start + open + 1;
  const close = b.text.search(/["“”«»()]/u);
  if (close >= 0 && b.start + close > start) end = b.start + close;
  // "Alberto Núñez Feijóoassured": a word glued to the name when a space was lost.
  else end -= gluedTailLength(b.text);
  // "Norwest Corp.", "Jones & Co.": the period of an abbreviation that ends a name is the name's
  if (end === b.end && source[end] === '.' && NAME_ENDING_ABBREVIATIONS.has(b.text.toLowerCase())) end++;
  // "Kestrel 's was sold": the 's of a name that owns it (candidates.ts, ownPossessiveNames) is the name's
  if (end === b.end) end += ownPossessiveLength(source, b, ownPossessives);
  // "Northtown ( KV )": a name that opens a parenthesis (a table cell's letter code, layout.ts) closes it
  const closing = /^\s*\)/.exec(source.slice(end, end + 3));
  if (closing && last > first && /\(\s*$/.test(source.slice(tokens[last - 1]!.end, b.start))) end += closing[0].length;
  if (end <= start || !/\p{L}/u.test(source.slice(start, end))) return null;
  const cand: Candidate = { first, last, start, end, text: source.slice(start, end) };
  const found =
    titleBefore(source, tokens, first) ??
    appositiveTitleBefore(source, tokens, first, last) ??
    appositiveTitleAfter(source, tokens, last);
  if (found) cand.title = found;
  return cand;
}

/**
 * "Presidents Joe Biden and Vladimir Putin": a plural title belongs to every name it
 * lists (listed in the singular, "President"); the names follow it joined by commas and
 * "and". A plural title before a single name ("leaders Udinese") names a group: no title.
 */
function sharePluralTitles(source: string, cands: Candidate[]): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const t = c.title;
    if (!t || t.after || t.honorific || t.shared) continue;
    const words = t.text.split(/\s+/);
    const singular = singularTitle(words[words.length - 1]!);
    if (!singular) continue;
    const listed = [...words.slice(0, -1), singular].join(' ');
    const group: Candidate[] = [c];
    for (let j = k + 1; j < cands.length; j++) {
      const gap = source.slice(cands[j - 1]!.end, cands[j]!.start);
      if (!/^\s*(?:,\s*)?(?:and\s+)?$/.test(gap) || cands[j]!.title) break;
      group.push(cands[j]!);
    }
    if (group.length < 2) {
      delete c.title;
      continue;
    }
    for (const g of group) g.title = { ...t, listed, shared: true };
  }
}

function explainOf(e: Entity, typed: readonly import('./decide.js').TypedMention[]): EntityExplanation {
  const starts = new Set(e.mentions.map((m) => m.start));
  const mine = typed.filter((m) => starts.has(m.start));
  const totals = { person: 0, organization: 0, place: 0, none: 0 };
  const seen = new Set<string>();
  for (const m of mine) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    for (const t of Object.keys(totals) as Array<keyof typeof totals>) totals[t] += m.totals[t];
  }
  return { totals, mentions: mine.map((m) => ({ text: m.text, start: m.start, evidence: m.evidence })) };
}

/**
 * The spans with each item of a list that a kind of company follows ("Varco, Lind & Ode and
 * other retailers", coordination.ts `examplesBeforeCompanyKind`) as one span: added where its
 * tokens are free, put in place of the spans that lie inside it, left alone where a span runs
 * past it or it is a known place (its tokens marked in `taken`). Words that open a sentence and
 * name nothing ("In") are left out.
 *
 * @example
 * companyExampleSpans(ctx, spans, taken); // ORG "Lind & Ode" for PER "Ode"
 */
function companyExampleSpans(ctx: SpanContext, spans: TaggedSpan[], taken: Uint8Array): TaggedSpan[] {
  const { source, tokens } = ctx;
  const items = examplesBeforeCompanyKind(source);
  if (items.length === 0) return spans;
  // per token, the span that holds it (spans do not overlap)
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((x, n) => owner.fill(n, x.first, x.last + 1));
  const drop = new Set<TaggedSpan>();
  const added: TaggedSpan[] = [];
  let k = 0;
  for (const [start, end] of items) {
    while (k < tokens.length && tokens[k]!.start < start) k++;
    let first = k;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
    if (!tokens[first] || tokens[first]!.start !== start || tokens[last]!.end !== end) continue;
    while (first < last && NEVER_NAME_WORDS.has(tokens[first]!.text.toLowerCase())) first++;
    if (isKnownPlaceName(source.slice(tokens[first]!.start, tokens[last]!.end))) continue;
    const inside = new Set<TaggedSpan>();
    for (let t = first; t <= last; t++) if (owner[t]! >= 0) inside.add(spans[owner[t]!]!);
    if ([...inside].some((x) => x.first < first || x.last > last)) continue;
    for (const x of inside) drop.add(x);
    added.push(typedSpan(ctx, first, last, 'ORG'));
    taken.fill(1, first, last + 1);
  }
  if (added.length === 0) return spans;
  return [...spans.filter((x) => !drop.has(x)), ...added];
}
