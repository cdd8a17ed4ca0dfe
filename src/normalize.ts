/**
 * normalizeArticle: the one-call pipeline. It only composes the stages — clean →
 * dates → entities (one compromise parse) → quotes (reusing the entities) → translation
 * checks (reusing the parse and the entities) — and maps every
 * span the later stages report on the cleaned text back to raw offsets through the edit log.
 *
 * Two things are decided here rather than in the stages:
 * - `stages` lets a caller pay only for what it uses (a batch that needs dates skips the parse);
 * - a cleaned text longer than `CHUNK_SIZE` is analysed in paragraph chunks, so the memory of
 *   one call is bounded by the chunk, not the input (a 5 MB page would otherwise hold one
 *   compromise document of 5 MB). Articles up to `CHUNK_SIZE` are one chunk: their result is
 *   exactly what the stages give on the whole text;
 * - when to run a full garbage collection (core/full-gc.ts): every 20 chunks of a huge input,
 *   and once before the parse of a long article analysed whole.
 */
import { checkOptions, assertText, formatCalendarDate, parsePublishedAt } from './core/errors.js';
import { collectGarbage } from './core/full-gc.js';
import { createOffsetMap, mapSpan, type OffsetMap } from './core/offsets.js';
import type {
  ArticleMetadata,
  Edit,
  Entity,
  Flag,
  Quote,
  Span,
  TemporalExpression,
  TranslationQuality,
} from './core/types.js';
import { clean, type CleanOptions } from './clean/index.js';
import { resolveDates, type DateOptions } from './dates/index.js';
import { extractEntitiesFromParse, parseText, type EntityOptions } from './entities/index.js';
import { extractQuotes, type QuoteOptions } from './quotes/index.js';
import { STAGES, type Stage } from './stages.js';
import { detachedPunctuationFlags } from './translation/spacing.js';
import { assessTranslation, countSentences, translatedStyleMarks, translationQuality } from './translation/index.js';

export { STAGES, type Stage } from './stages.js';

/**
 * A cleaned text longer than this many UTF-16 code units is analysed (dates, entities, quotes)
 * in chunks of at most 5,000, cut at a paragraph break where there is one (else at a sentence
 * end, else at a space). Expressions that refer across a cut ("the next day" after
 * a date in the previous chunk, a pronoun whose speaker was named in the previous chunk) are
 * resolved within their chunk only; entities found in several chunks are merged by id.
 *
 * @example
 * CHUNK_SIZE; // 100000 — news articles are far shorter and are analysed whole
 */
export const CHUNK_SIZE = 100_000;

// The size of the chunks a longer text is cut into: about one news article, so a chunk's parse
// is a few megabytes of garbage at a time and a long text runs as fast per megabyte as an
// article (1 MB of news: 8.6 s, against 11 s in 20,000-character chunks). What the process
// then holds is the results plus whatever garbage V8 lets accumulate between full collections
// (see docs/cli.md, "Very large inputs").
const PIECE_SIZE = 5_000;

// Chunks between two full garbage collections (at most 100,000 characters of PIECE_SIZE
// chunks): see core/full-gc.ts. A collection of the heap a long call holds takes tens of
// milliseconds, analysing 100,000 characters takes about a second.
const COLLECT_EVERY = 20;

// An article analysed whole (up to CHUNK_SIZE) but long enough that its parse and tagging make
// a few hundred megabytes of garbage: one full collection before the parse keeps the old
// generation near what is alive (100,000 characters of "Mr. Joe" repeats peaked at 322–361 MB
// with node's defaults, 233 MB with it). Tens of milliseconds against the second it analyses.
const LONG_ARTICLE = 50_000;

/**
 * Options of `normalizeArticle`; each stage's own options go under its name.
 *
 * @example
 * normalizeArticle(raw, { publishedAt: '2021-12-07', clean: { disable: ['flag/'] } });
 */
export interface NormalizeOptions {
  /** 'YYYY-MM-DD', an ISO date-time or a Date. Default: the article's dateline or URL date. */
  publishedAt?: Date | string;
  /** Expected ISO 639-3 language of the article, default 'eng'. */
  language?: string;
  /**
   * The stages to run, default all. Skipped stages give empty lists. Without 'clean' the text is
   * taken as already clean (no edits, no flags, `metadata.language` is `language` or 'eng');
   * 'quotes' without 'entities' still parses the text to resolve speakers but returns no entities.
   */
  stages?: readonly Stage[];
  clean?: Omit<CleanOptions, 'language'>;
  dates?: Omit<DateOptions, 'publishedAt'>;
  entities?: EntityOptions;
  quotes?: Omit<QuoteOptions, 'entities'>;
}

/**
 * Everything newsnorm knows about one article. Spans carry offsets in `text` and in the raw input.
 *
 * @example
 * const { text, metadata, dates, entities, quotes } = normalizeArticle(raw);
 */
export interface Article {
  text: string;
  metadata: ArticleMetadata;
  edits: Edit[];
  flags: Flag[];
  dates: TemporalExpression[];
  entities: Entity[];
  quotes: Quote[];
  /** How much the article reads like broken machine translation (from `flags` and translation repairs). */
  translationQuality: TranslationQuality;
}

// prettier-ignore
const KNOWN_OPTIONS = ['publishedAt', 'language', 'stages', 'clean', 'dates', 'entities', 'quotes'] as const;

/**
 * Cleans an article and extracts its dates, entities and quotes in one call.
 *
 * @example
 * const article = normalizeArticle(raw, { publishedAt: '2021-12-07' });
 * article.quotes[0].speaker?.name; // 'Vladimir Putin'
 * restore(article) === raw;        // true
 */
export function normalizeArticle(raw: string, options?: NormalizeOptions): Article {
  return runPipeline(raw, options);
}

/**
 * normalizeArticle with an observer told how long each stage took (benchmarks use it to say
 * which stage dominates). Not part of the public API.
 */
export function runPipeline(
  raw: string,
  options?: NormalizeOptions,
  observe?: (stage: Stage | 'parse', ms: number) => void,
  pieceSize = PIECE_SIZE,
): Article {
  assertText(raw, 'normalizeArticle', 'raw');
  const opts = checkOptions(options, KNOWN_OPTIONS, 'normalizeArticle');
  for (const stage of STAGES) {
    const value = opts[stage];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new TypeError(`normalizeArticle: expected options.${stage} to be an object`);
    }
  }
  const wanted = checkStages(opts.stages);
  const givenDate =
    opts.publishedAt === undefined
      ? undefined
      : formatCalendarDate(parsePublishedAt(opts.publishedAt, 'normalizeArticle'));
  const time = <T>(stage: Stage | 'parse', work: () => T): T => {
    if (!observe) return work();
    const started = performance.now();
    const value = work();
    observe(stage, performance.now() - started);
    return value;
  };

  const cleaned = wanted.has('clean')
    ? time('clean', () =>
        clean(raw, opts.language === undefined ? opts.clean : { ...opts.clean, language: opts.language }),
      )
    : { text: raw, edits: [], flags: [], metadata: { language: opts.language ?? 'eng' } };
  const { text, edits, flags } = cleaned;
  const metadata: ArticleMetadata = { ...cleaned.metadata };
  if (givenDate) metadata.publishedAt = givenDate;

  const map = createOffsetMap(edits);
  // a page stamped only "Updated: …" still gives relative dates a reference day
  const publishedAt = metadata.publishedAt ?? metadata.updatedAt;
  // dates are read in the body's language unless the caller's date options name one
  const dateOptions = { language: metadata.language, ...opts.dates, ...(publishedAt ? { publishedAt } : {}) };
  const needParse = wanted.has('entities') || wanted.has('quotes');
  // The entity stage reads the body's language (a name in Portuguese needs other evidence).
  const entityOptions = { language: metadata.language, ...opts.entities };

  const dates: TemporalExpression[] = [];
  const entities = new EntityMerger();
  const quotes: Quote[] = [];
  // The translation checks read each chunk's parse and entities; English bodies only.
  const english = metadata.language === 'eng';
  const translationFlags: Flag[] = [];
  let sentences = 0;
  const chunks = text.length <= CHUNK_SIZE ? [[0, text.length] as [number, number]] : chunkBounds(text, pieceSize);
  for (const [index, [start, end]] of chunks.entries()) {
    // A huge input: collect what clean and the previous chunks left before making more.
    if (chunks.length > 1 && index % COLLECT_EVERY === 0) collectGarbage();
    const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
    if (wanted.has('dates')) {
      for (const d of time('dates', () => resolveDates(chunk, dateOptions))) dates.push(mapSpan(shift(d, start), map));
    }
    if (!needParse) continue;
    // A long article analysed whole: collect what clean and dates left before the parse makes more.
    if (chunks.length === 1 && chunk.length > LONG_ARTICLE) collectGarbage();
    const parsed = time('parse', () => parseText(chunk));
    const found = time('entities', () => extractEntitiesFromParse(parsed, entityOptions));
    if (wanted.has('entities')) entities.add(found, start, map);
    if (wanted.has('quotes')) {
      for (const q of time('quotes', () =>
        extractQuotes(chunk, { language: metadata.language, ...opts.quotes, entities: found, parsed }),
      ))
        quotes.push(mapQuote(q, start, map));
    }
    if (english) {
      const assessed = assessTranslation(chunk, { parse: parsed, entities: found });
      sentences += assessed.sentences;
      for (const f of assessed.flags) translationFlags.push(mapSpan(shift(f, start), map));
    }
  }
  // Read from the whole text's edit log (the chunks' checks see no edits).
  if (english) for (const f of detachedPunctuationFlags(text, edits)) translationFlags.push(mapSpan(f, map));
  const allFlags = translationFlags.length
    ? [...flags, ...translationFlags].sort((a, b) => a.start - b.start || a.end - b.end)
    : flags;
  const quality = english
    ? translationQuality(allFlags, edits, needParse ? sentences : countSentences(text), translatedStyleMarks(text))
    : translationQuality([], [], 0);
  return {
    text,
    metadata,
    edits,
    flags: allFlags,
    dates,
    entities: entities.list(),
    quotes,
    translationQuality: quality,
  };
}

function checkStages(stages: unknown): ReadonlySet<Stage> {
  if (stages === undefined) return new Set(STAGES);
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new TypeError(`normalizeArticle: expected options.stages to be a non-empty array of ${STAGES.join(', ')}`);
  }
  for (const stage of stages) {
    if (!STAGES.includes(stage as Stage)) {
      throw new RangeError(
        `normalizeArticle: unknown stage ${JSON.stringify(stage)} in options.stages (known stages: ${STAGES.join(', ')})`,
      );
    }
  }
  return new Set(stages as Stage[]);
}

/**
 * [start, end) of the analysis chunks of a text: the whole text when it is at most `size`
 * long; otherwise pieces of at most `size`, each cut at the last paragraph break in its second
 * half, else the last sentence end, else the last space, else at `size` (never inside a
 * surrogate pair).
 */
export function chunkBounds(text: string, size: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + (size >> 1);
    let cut = text.lastIndexOf('\n', limit - 1) + 1;
    if (cut <= floor) cut = text.lastIndexOf('. ', limit - 2) + 2;
    if (cut <= floor) cut = text.lastIndexOf(' ', limit - 1) + 1;
    if (cut <= floor) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    bounds.push([start, cut]);
    start = cut;
  }
  bounds.push([start, text.length]);
  return bounds;
}

function shift<T extends Span>(span: T, base: number): T {
  return base === 0 ? span : { ...span, start: span.start + base, end: span.end + base };
}

function mapQuote(quote: Quote, base: number, map: OffsetMap): Quote {
  const mapped = mapSpan(shift(quote, base), map);
  return quote.speaker ? { ...mapped, speaker: mapSpan(shift(quote.speaker, base), map) } : mapped;
}

/** Entities of successive chunks, merged by id in order of first appearance. */
class EntityMerger {
  private readonly byId = new Map<string, Entity>();

  add(found: readonly Entity[], base: number, map: OffsetMap): void {
    for (const e of found) {
      const mentions = e.mentions.map((m) => mapSpan(shift(m, base), map));
      const seen = this.byId.get(e.id);
      if (!seen) {
        this.byId.set(e.id, { ...e, mentions }); // our own copy: merging below never touches the stage's objects
        continue;
      }
      seen.aliases = union(seen.aliases, e.aliases);
      if (e.titles) seen.titles = union(seen.titles ?? [], e.titles);
      if (!seen.gender && e.gender) seen.gender = e.gender;
      for (const m of mentions) seen.mentions.push(m);
    }
  }

  list(): Entity[] {
    return [...this.byId.values()];
  }
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}
