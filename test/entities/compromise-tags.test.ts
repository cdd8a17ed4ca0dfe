// tagText is nlp(text) without the post-tagger and phrase-chunk hooks: the terms and offsets
// must be the ones nlp(text) gives, and the tags those compromise's public API gives when it
// runs the same hooks, on the fixtures and on invented news-like text.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { SKIPPED_HOOKS, sentenceEndsHere, tagText } from '../../src/entities/compromise-tags.js';
import { loadFixtures } from '../support/fixtures.js';

type Doc = ReturnType<typeof nlp>;
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

function signature(doc: Doc, withTags = true): string {
  doc.compute('offset');
  const document = (doc as unknown as { document: Term[][] }).document;
  return JSON.stringify(
    document.map((s) =>
      s.map((t) => [t.text, t.pre, t.post, withTags ? [...t.tags].sort() : [], t.offset?.start, t.offset?.length]),
    ),
  );
}

// compromise's own route to the same hooks: its tokenizer (which splits contractions), then
// every other hook in its order
function publicRoute(text: string): Doc {
  const hooks = (nlp.hooks() as string[]).filter((h) => !SKIPPED_HOOKS.has(h) && h !== 'contractions');
  return nlp.tokenize(text).compute(hooks) as Doc;
}

describe('tagText: the terms of nlp(text), the tags of its pre-tagger', () => {
  const invented = [
    '',
    'Kremlin spokesman Dmitry Peskov said on Tuesday that the talks were “frank”.',
    "Mr. O'Neill didn't say whether the U.S. would join; he'll decide by Friday.",
    'ATHENS — The ministry’s 12.5% cut, announced at 3 p.m., takes effect in Jan. 2022.',
    'Dr. Jean-Marie Le Pen-Smith met NATO-Russia envoys... and left!',
  ];
  it.each([
    ...loadFixtures().map((f) => [f.name, f.raw] as const),
    ...invented.map((t, i) => [`invented ${i}`, t] as const),
  ])('%s', (_name, text) => {
    expect(signature(tagText(text), false)).toBe(signature(nlp(text), false));
    expect(signature(tagText(text))).toBe(signature(publicRoute(text)));
  });

  it.each([
    ['a name', 'Kremlin spokesman Dmitry Peskov said.', 'Dmitry', 'FirstName'],
    ['a country', 'Troops left Ukraine on Friday.', 'Ukraine', 'Country'],
    ['a past-tense verb', 'Troops left Ukraine on Friday.', 'left', 'PastTense'],
  ])('keeps the lexicon’s tags: %s', (_name, text, word, tag) => {
    const terms = (tagText(text) as unknown as { document: Term[][] }).document.flat();
    expect([...terms.find((t) => t.text === word)!.tags]).toContain(tag);
  });

  it('skips the post-tagger (its corrections are what make nlp(text) slow)', () => {
    expect([...SKIPPED_HOOKS].sort()).toEqual(['chunks', 'postTagger']);
  });

  it('leaves compromise’s world as it was', () => {
    const hooks = [...(nlp.hooks() as string[])];
    tagText('The talks resumed.');
    expect(nlp.hooks()).toEqual(hooks);
  });

  it('answers as compromise’s isSentence on any fragment (read from its end)', () => {
    const world = (
      nlp as unknown as {
        world(): {
          methods: { one: { tokenize: { isSentence(s: string, a: unknown): boolean } } };
          model: { one: { abbreviations: Record<string, unknown> } };
        };
      }
    ).world();
    const isSentence = world.methods.one.tokenize.isSentence;
    const abbreviations = world.model.one.abbreviations;
    // prettier-ignore
    const pieces = [' ', ' ', '.', 'M', 'r', 'a', 'e', '…', '!', 'A', '\n', '1', 'mr', 'dr', 'U', 'S', '?', 'é', '‽', 'jan', 'no'];
    let seed = 1;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 20000; n++) {
      let fragment = '';
      const length = Math.floor(random() * 8);
      for (let k = 0; k < length; k++) fragment += pieces[Math.floor(random() * pieces.length)];
      expect([fragment, sentenceEndsHere(fragment, abbreviations)]).toEqual([
        fragment,
        isSentence(fragment, abbreviations),
      ]);
    }
  });
});
