// tagText is nlp(text) without the phrase-chunk hook: the terms, tags and offsets must be the
// ones nlp(text) gives, on the fixtures and on invented news-like text.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/entities/compromise-tags.js';
import { loadFixtures } from '../support/fixtures.js';

type Doc = ReturnType<typeof nlp>;
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

function signature(doc: Doc): string {
  doc.compute('offset');
  const document = (doc as unknown as { document: Term[][] }).document;
  return JSON.stringify(
    document.map((s) => s.map((t) => [t.text, t.pre, t.post, [...t.tags].sort(), t.offset?.start, t.offset?.length])),
  );
}

describe('tagText tags as nlp(text) does', () => {
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
    expect(signature(tagText(text))).toBe(signature(nlp(text)));
  });

  it('leaves compromise’s world as it was', () => {
    const hooks = [...(nlp.hooks() as string[])];
    tagText('The talks resumed.');
    expect(nlp.hooks()).toEqual(hooks);
  });
});
