/**
 * The entity stage: candidates from one compromise parse, typed with document-wide
 * evidence, grouped into entities with canonical names.
 *
 * `extractEntities(text)` parses and extracts; `parseText` + `extractEntitiesFromParse`
 * split the two so a pipeline parses each article once and hands the same parse to
 * other stages (quotes).
 */
import { assertText, checkOptions } from '../core/errors.js';
import type { Entity, EntityType } from '../core/types.js';
import { appositiveTitleAfter } from './appositive.js';
import { lowercaseTitleBefore, findCandidates, splitJoinedNames } from './candidates.js';
import { classify, listsPeople } from './classify.js';
import { computeLayout } from './layout.js';
import { parseText, type ParsedText } from './parse.js';
import { buildEntities, decideTypes } from './merge-mentions.js';
import { buildVocabulary } from './vocabulary.js';

/**
 * Options of `extractEntities`.
 *
 * @example
 * extractEntities(text, { types: ['person'] }); // people only
 */
export interface EntityOptions {
  /** Entity types to return (default: all three). */
  types?: readonly EntityType[];
}

const OPTION_NAMES = ['types'] as const;
const ALL_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

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
  const types = readOptions(options, 'extractEntities');
  return extract(parseText(text), types);
}

/**
 * Same as `extractEntities`, on a text already parsed with `parseText` (so that a
 * pipeline runs compromise once per article and reuses the parse elsewhere).
 *
 * @example
 * const parsed = parseText(text);
 * const entities = extractEntitiesFromParse(parsed);
 * // parsed.doc is compromise's document, for your own reads of the same parse
 */
export function extractEntitiesFromParse(parsed: ParsedText, options?: EntityOptions): Entity[] {
  if (!parsed || typeof parsed !== 'object' || typeof parsed.text !== 'string' || !Array.isArray(parsed.tokens)) {
    throw new TypeError('extractEntitiesFromParse: expected a parsed text from parseText(text)');
  }
  const types = readOptions(options, 'extractEntitiesFromParse');
  return extract(parsed, types);
}

function readOptions(options: EntityOptions | undefined, fn: string): ReadonlySet<EntityType> {
  const opts = checkOptions(options, OPTION_NAMES, fn);
  if (opts.types === undefined) return new Set(ALL_TYPES);
  if (!Array.isArray(opts.types)) throw new TypeError(`${fn}: expected options.types to be an array of entity types`);
  for (const t of opts.types) {
    if (!ALL_TYPES.includes(t)) throw new RangeError(`${fn}: unknown entity type ${JSON.stringify(t)} in options.types (known: ${ALL_TYPES.join(', ')})`);
  }
  return new Set(opts.types);
}

function extract(parsed: ParsedText, types: ReadonlySet<EntityType>): Entity[] {
  const { text, tokens } = parsed;
  const vocab = buildVocabulary(tokens);
  const layout = computeLayout(text, tokens);
  const found = splitJoinedNames(text, tokens, findCandidates(text, tokens, vocab, (i) => layout.resultRow[i] === true), (i) => layout.resultRow[i] === true);
  const candidates = found.map((c) => {
    if (c.title) return c;
    const title = lowercaseTitleBefore(text, tokens, c.first) ?? appositiveTitleAfter(text, tokens, c.last);
    return title ? { ...c, title } : c;
  });
  const doc = { source: text, tokens, vocab, layout, peopleRows: listsPeople(tokens, layout, candidates) };
  const classified = candidates.map((c) => classify(doc, c));
  const entities = buildEntities(text, tokens, decideTypes(classified));
  return entities.filter((e) => types.has(e.type));
}
