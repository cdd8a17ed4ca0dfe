/**
 * compromise's parse without the steps this project never reads.
 *
 * `nlp(text)` tokenizes, then runs every compute hook of compromise's world. The last one,
 * 'chunks', only labels each term with a phrase chunk (`term.chunk`), which neither the entity
 * nor the quote stage reads; it costs about a sixth of the parse. So we tokenize with the
 * world's own tokenizer and run the same hooks in the same order minus 'chunks': the terms,
 * their tags and offsets are those `nlp(text)` gives (checked on the fixtures and on scraped
 * pages by test/entities/compromise-tags.test.ts). The world is only read, never extended.
 */
import nlp from 'compromise';
import type { CompromiseDoc } from './parse.js';

interface World {
  methods: { one: { tokenize: { fromString(text: string, world: World): unknown[][] } } };
}

const world = (nlp as unknown as { world(): World }).world();
const View = (nlp.tokenize('') as unknown as { constructor: new (document: unknown[][]) => CompromiseDoc }).constructor;
const HOOKS = (nlp.hooks() as string[]).filter((hook) => hook !== 'chunks');

/**
 * compromise's document for `text`, tagged exactly as `nlp(text)` tags it, without phrase chunks.
 *
 * @example
 * tagText('Kremlin spokesman Dmitry Peskov said.').has('#Person'); // true
 */
export function tagText(text: string): CompromiseDoc {
  if (!text) return nlp.tokenize('');
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  doc.compute(HOOKS);
  return doc;
}
