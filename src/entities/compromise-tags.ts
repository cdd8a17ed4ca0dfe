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
 *
 * One function of the tokenizer is swapped for an equivalent, in a copy of the world handed to
 * the tokenizer alone: `isSentence`, asked of every fragment of a sentence as it grows ("Mr. "
 * then "Mr. Joe Mr. " then ...), reads the whole fragment each time (quadratic in a sentence
 * of many abbreviations); `sentenceEndsHere` gives the same answer from its end.
 */
import nlp from 'compromise';
import type { CompromiseDoc } from './parse.js';

type IsSentence = (fragment: string, abbreviations: Record<string, unknown>) => boolean;
interface World {
  methods: {
    one: { tokenize: { fromString(text: string, world: World): unknown[][]; isSentence: IsSentence } };
  };
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
  const doc = new View(world.methods.one.tokenize.fromString(text, tokenizerWorld));
  doc.compute(HOOKS);
  return doc;
}

// compromise's isSentence (1-one/tokenize/methods/01-sentences/is-sentence.js), its patterns as
// written there
const IS_ACRONYM = /[ .][A-Z]\.? *$/i;
const HAS_ELLIPSIS = /(?:\u2026|\.{2,}) *$/;
const HAS_LETTER = /\p{L}/u;
const HAS_PERIOD = /\. *$/;
const LEAD_INITIAL = /^[A-Z]\. $/;
const END_MARK = /[.!?\u203D\u2E18\u203C\u2047-\u2049]/;

/**
 * compromise's `isSentence(fragment, abbreviations)` read from the fragment's end: the same
 * answer for every string. Its end-anchored patterns each match only over the last three
 * characters before the trailing spaces (a match ends with ` *` then the end, so its last
 * other character is the last non-space e - 1: `[ .][A-Z]\.?` starts at e - 3 at the earliest,
 * `(?:…|\.{2,})` needs only the last two, `\.` the last one), so they are tested on that
 * tail. Its last word is what follows the last space of the fragment cut before a closing
 * mark at e - 1 (the only place where `[.!?…] *$` can match) or of the whole fragment.
 */
export function sentenceEndsHere(fragment: string, abbreviations: Record<string, unknown>): boolean {
  if (!HAS_LETTER.test(fragment)) return false;
  let e = fragment.length;
  while (e > 0 && fragment.charCodeAt(e - 1) === 32) e--;
  const tail = e > 3 ? fragment.slice(e - 3) : fragment;
  if (IS_ACRONYM.test(tail)) return false;
  if (fragment.length === 3 && LEAD_INITIAL.test(fragment)) return false;
  if (HAS_ELLIPSIS.test(tail)) return false;
  const cut = e > 0 && END_MARK.test(fragment.charAt(e - 1)) ? e - 1 : fragment.length;
  const lastWord = fragment.slice(fragment.lastIndexOf(' ', cut - 1) + 1, cut).toLowerCase();
  return !(Object.prototype.hasOwnProperty.call(abbreviations, lastWord) && HAS_PERIOD.test(tail));
}

/** compromise's world for its tokenizer, with `sentenceEndsHere` as its isSentence (a copy: the world is not changed). */
const tokenizerWorld: World = {
  ...world,
  methods: {
    ...world.methods,
    one: { ...world.methods.one, tokenize: { ...world.methods.one.tokenize, isSentence: sentenceEndsHere } },
  },
};
