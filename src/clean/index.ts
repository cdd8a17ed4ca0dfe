/**
 * newsnorm/clean — lossless cleaning of scraped news text. Does not load compromise or
 * chrono-node.
 *
 * @example
 * import { clean, restore } from 'newsnorm/clean';
 * const result = clean(raw);
 * restore(result) === raw; // true
 */
export { clean } from './clean.js';
export type { CleanOptions } from './clean.js';
export { restore } from './restore.js';
export { DEFAULT_RULES, OPTIONAL_RULES } from './rules/index.js';
export { lineRule, regexEdits, tidyRemoval } from './rule.js';
export type {
  BlockContext,
  BlockRule,
  BlockVerdict,
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
} from './rule.js';
export { segment } from './segment.js';
export type { Block } from './segment.js';
export type { ArticleMetadata, CleanResult, Edit, Flag, Span } from '../core/types.js';
