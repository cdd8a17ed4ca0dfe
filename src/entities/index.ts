/**
 * `newsnorm/entities`: people, organizations and places of a news text, from one
 * compromise parse, with canonical names, aliases, titles and exact mention spans.
 *
 * @example
 * import { extractEntities } from 'newsnorm/entities';
 * extractEntities('President Biden spoke with Vladimir Putin. Biden said ...');
 */
export { extractEntities, extractEntitiesFromParse, type EntityOptions } from './extract.js';
export { parseText, type ParsedText, type CompromiseDoc, type Token } from './parse.js';
export type { Entity, EntityType, Span } from '../core/types.js';
