/**
 * normalizeArticle: the one-call pipeline. It only composes the stages — clean →
 * dates → entities (one compromise parse) → quotes (reusing the entities) — and maps every
 * span the later stages report on the cleaned text back to raw offsets through the edit log.
 */
import { checkOptions, assertText, formatCalendarDate, parsePublishedAt } from './core/errors.js';
import { createOffsetMap, mapSpan, type OffsetMap } from './core/offsets.js';
import type { ArticleMetadata, Edit, Entity, Flag, Quote, TemporalExpression, TranslationQuality } from './core/types.js';
import { clean, type CleanOptions } from './clean/index.js';
import { resolveDates, type DateOptions } from './dates/index.js';
import { extractEntitiesFromParse, parseText, type EntityOptions } from './entities/index.js';
import { extractQuotes, type QuoteOptions } from './quotes/index.js';
import { assessTranslation } from './translation/index.js';

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

const KNOWN_OPTIONS = ['publishedAt', 'language', 'clean', 'dates', 'entities', 'quotes'] as const;

/**
 * Cleans an article and extracts its dates, entities and quotes in one call.
 *
 * @example
 * const article = normalizeArticle(raw, { publishedAt: '2021-12-07' });
 * article.quotes[0].speaker?.name; // 'Vladimir Putin'
 * restore(article) === raw;        // true
 */
export function normalizeArticle(raw: string, options?: NormalizeOptions): Article {
  assertText(raw, 'normalizeArticle', 'raw');
  const opts = checkOptions(options, KNOWN_OPTIONS, 'normalizeArticle');
  for (const stage of ['clean', 'dates', 'entities', 'quotes'] as const) {
    const value = opts[stage];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new TypeError(`normalizeArticle: expected options.${stage} to be an object`);
    }
  }
  const givenDate = opts.publishedAt === undefined ? undefined : formatCalendarDate(parsePublishedAt(opts.publishedAt, 'normalizeArticle'));

  const cleaned = clean(raw, opts.language === undefined ? opts.clean : { ...opts.clean, language: opts.language });
  const { text, edits, flags } = cleaned;
  const metadata: ArticleMetadata = { ...cleaned.metadata };
  if (givenDate) metadata.publishedAt = givenDate;

  const map = createOffsetMap(edits);
  // a page stamped only "Updated: …" still gives relative dates a reference day
  const publishedAt = metadata.publishedAt ?? metadata.updatedAt;
  const dates = resolveDates(text, publishedAt ? { ...opts.dates, publishedAt } : opts.dates).map((d) => mapSpan(d, map));
  const parse = parseText(text);
  const entities = extractEntitiesFromParse(parse, opts.entities);
  const quotes = extractQuotes(text, { ...opts.quotes, entities });
  // The translation checks read the same parse and entities; they run on English bodies only.
  const language = opts.language ?? 'eng';
  const translation = assessTranslation(text, { flags, edits, parse, entities, language: language === metadata.language ? language : 'und' });
  const allFlags = translation.flags.length ? [...flags, ...translation.flags.map((f) => mapSpan(f, map))].sort((a, b) => a.start - b.start || a.end - b.end) : flags;
  return {
    text,
    metadata,
    edits,
    flags: allFlags,
    dates,
    entities: entities.map((e) => mapEntity(e, map)),
    quotes: quotes.map((q) => mapQuote(q, map)),
    translationQuality: translation.quality,
  };
}

function mapEntity(entity: Entity, map: OffsetMap): Entity {
  return { ...entity, mentions: entity.mentions.map((m) => mapSpan(m, map)) };
}

function mapQuote(quote: Quote, map: OffsetMap): Quote {
  const mapped = mapSpan(quote, map);
  return quote.speaker ? { ...mapped, speaker: mapSpan(quote.speaker, map) } : mapped;
}
