/**
 * compromise's parse without the steps this project does not need.
 *
 * `nlp(text)` tokenizes, then runs every compute hook of compromise's world. Two are skipped:
 * - 'chunks' only labels each term with a phrase chunk (`term.chunk`), which no stage reads;
 * - 'postTagger' corrects the lexicon-and-suffix tags with hundreds of match patterns and is
 *   about two thirds of the whole parse (fixtures: 28–32 ms per article with it, 11 ms
 *   without). The stages do not need its corrections: our tagger learns its own decisions from
 *   the tags (CoNLL-2003 dev exact F1 92.5 with or without them), the quote stage finds the
 *   same quotes and speakers on PolNeAR dev (end-to-end 83.2 both), the pages' people/places
 *   score the same or better (organizations −1.3).
 * So we tokenize with the world's own tokenizer and run the other hooks in compromise's order:
 * the terms and offsets are those `nlp(text)` gives, the tags those of compromise's lexicon,
 * contractions and pre-tagger (test/entities/compromise-tags.test.ts). The world is only read,
 * never extended.
 */
import nlp from 'compromise';
import type { CompromiseDoc } from './parse.js';

interface World {
  methods: { one: { tokenize: { fromString(text: string, world: World): unknown[][] } } };
}

const world = (nlp as unknown as { world(): World }).world();
const View = (nlp.tokenize('') as unknown as { constructor: new (document: unknown[][]) => CompromiseDoc }).constructor;
/** The hooks of `nlp(text)` that the parse skips (see the module header). */
export const SKIPPED_HOOKS: ReadonlySet<string> = new Set(['postTagger', 'chunks']);
const HOOKS = (nlp.hooks() as string[]).filter((hook) => !SKIPPED_HOOKS.has(hook));

/**
 * compromise's document for `text`: the terms of `nlp(text)`, tagged by compromise's lexicon
 * and pre-tagger (no post-tagger corrections, no phrase chunks).
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
