/**
 * newsnorm — clean scraped, machine-translated news articles losslessly, and extract
 * their dates (TIMEX3), named entities and quotes with speakers.
 *
 * Every stage is also its own subpath (newsnorm/clean, /language, /dates, /entities,
 * /quotes, /translation), so a consumer pays only for what it imports.
 *
 * @example
 * import { normalizeArticle, restore } from 'newsnorm';
 * const article = normalizeArticle(raw, { publishedAt: '2021-12-07' });
 */
export { normalizeArticle } from './normalize.js';
export type { Article, NormalizeOptions } from './normalize.js';
export {
  clean,
  restore,
  DEFAULT_RULES,
  OPTIONAL_RULES,
  lineRule,
  regexEdits,
  tidyRemoval,
  segment,
} from './clean/index.js';
export type {
  Block,
  BlockContext,
  BlockRule,
  BlockVerdict,
  CleanOptions,
  CleanRule,
  FlagContext,
  FlagHit,
  FlagRule,
  InlineContext,
  InlineEdit,
  InlineRule,
  MetadataPatch,
  MetadataRule,
  PageRemoval,
  PageRule,
} from './clean/index.js';
export { detectLanguage, DEFAULT_LANGUAGE_CANDIDATES, countScripts, dominantScript } from './language/index.js';
export type { LanguageOptions, LanguageResult, ScriptName, ScriptCensus } from './language/index.js';
export { resolveDates } from './dates/index.js';
export type { DateOptions } from './dates/index.js';
export { extractEntities, extractEntitiesFromParse, parseText } from './entities/index.js';
export type { EntityOptions, ParsedText } from './entities/index.js';
export { extractQuotes } from './quotes/index.js';
export type { QuoteOptions } from './quotes/index.js';
export { assessTranslation, translationQuality } from './translation/index.js';
export type { TranslationAssessment, TranslationInput } from './translation/index.js';
export { createOffsetMap, mapSpan } from './core/offsets.js';
export type { OffsetMap } from './core/offsets.js';
export type {
  ArticleMetadata,
  CleanResult,
  Edit,
  Entity,
  EntityType,
  Flag,
  Quote,
  Span,
  Speaker,
  TemporalExpression,
  TimexMod,
  TranslationQuality,
} from './core/types.js';
export { STAGES, CHUNK_SIZE } from './normalize.js';
export type { Stage } from './normalize.js';
export { normalizeMany, normalizeRecord, createNormalizeStream, isBatchFailure } from './batch/index.js';
export type {
  BatchArticle,
  BatchFailure,
  BatchId,
  BatchInput,
  BatchOptions,
  BatchRecord,
  BatchResult,
} from './batch/index.js';
