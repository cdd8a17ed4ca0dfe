// normalizeArticle's own decisions: the stages option and analysis in chunks for huge inputs.
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunkBounds, normalizeArticle } from '../../src/normalize.js';
import { restore } from '../../src/index.js';
import { loadFixtures } from '../support/fixtures.js';

describe('chunkBounds', () => {
  it.each([
    ['short text is one chunk', 'abc def', 10, [[0, 7]]],
    [
      'cut after the last paragraph break in the second half',
      'aaaaaa\nbbbbbbbbb',
      10,
      [
        [0, 7],
        [7, 16],
      ],
    ],
    [
      'no break: cut after a sentence end',
      'aaaaaa. bbbbbbbbbb',
      10,
      [
        [0, 8],
        [8, 18],
      ],
    ],
    [
      'no break, no sentence end: after a space',
      'aaaaaa bbbbbbbbb',
      10,
      [
        [0, 7],
        [7, 16],
      ],
    ],
    [
      'nothing to cut at: hard cut',
      'a'.repeat(25),
      10,
      [
        [0, 10],
        [10, 20],
        [20, 25],
      ],
    ],
    [
      'a break in the first half is not used',
      'a\nbbbbbbbbbbbbb',
      10,
      [
        [0, 10],
        [10, 15],
      ],
    ],
  ] as const)('%s', (_name, text, size, expected) => {
    expect(chunkBounds(text, size)).toEqual(expected);
  });

  it('never cuts a surrogate pair', () => {
    const text = 'a'.repeat(9) + '😀'.repeat(10);
    for (const [start, end] of chunkBounds(text, 10)) {
      expect(text.slice(start, end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});

describe('normalizeArticle in chunks', () => {
  const fixtures = loadFixtures();
  it('an article under CHUNK_SIZE is one chunk', () => {
    for (const f of fixtures) expect(f.raw.length).toBeLessThan(CHUNK_SIZE);
  });

  it('a huge input made of articles gives each article’s findings, with spans in place', () => {
    const article = fixtures[1]!;
    const one = normalizeArticle(article.raw, { publishedAt: article.publishedAt });
    const copies = Math.ceil((CHUNK_SIZE * 2.5) / article.raw.length);
    const raw = Array.from({ length: copies }, () => article.raw).join('\n\n');
    const many = normalizeArticle(raw, { publishedAt: article.publishedAt });
    expect(restore(many)).toBe(raw);
    for (const span of [...many.dates, ...many.quotes, ...many.entities.flatMap((e) => e.mentions)]) {
      expect(many.text.slice(span.start, span.end)).toBe(span.text);
    }
    // every entity of the single article is found, once, with mentions from every copy
    for (const e of one.entities) {
      const merged = many.entities.filter((m) => m.id === e.id);
      expect(merged, e.id).toHaveLength(1);
      expect(merged[0]!.mentions.length).toBeGreaterThan(e.mentions.length);
    }
    expect(new Set(many.entities.map((e) => e.id)).size).toBe(many.entities.length);
    expect(many.quotes.length).toBeGreaterThanOrEqual(one.quotes.length * 2);
  });
});

describe('normalizeArticle stages', () => {
  const raw = 'Kremlin spokesman Dmitry Peskov said on Tuesday: “The talks were frank.”\nFollow us on Telegram';
  it.each([
    [['clean'], { dates: false, entities: false, quotes: false, edits: true }],
    [['clean', 'dates'], { dates: true, entities: false, quotes: false, edits: true }],
    [['clean', 'quotes'], { dates: false, entities: false, quotes: true, edits: true }],
    [['entities'], { dates: false, entities: true, quotes: false, edits: false }],
    [['dates', 'clean'], { dates: true, entities: false, quotes: false, edits: true }],
  ] as const)('%j', (stages, expected) => {
    const a = normalizeArticle(raw, { publishedAt: '2021-12-07', stages });
    expect({
      dates: a.dates.length > 0,
      entities: a.entities.length > 0,
      quotes: a.quotes.length > 0,
      edits: a.edits.length > 0,
    }).toEqual(expected);
    expect(restore(a)).toBe(raw);
  });

  it('all stages by default, and a quote keeps its speaker without the entity list', () => {
    const all = normalizeArticle(raw, { publishedAt: '2021-12-07' });
    const quotesOnly = normalizeArticle(raw, { publishedAt: '2021-12-07', stages: ['clean', 'quotes'] });
    expect(quotesOnly.quotes).toEqual(all.quotes);
  });

  it.each([
    [{ stages: [] }, TypeError, 'non-empty array'],
    [{ stages: 'dates' }, TypeError, 'options.stages'],
    [{ stages: ['clean', 'ner'] }, RangeError, 'unknown stage "ner"'],
  ])('rejects %j', (options, type, message) => {
    expect(() => normalizeArticle('x', options as never)).toThrow(type);
    expect(() => normalizeArticle('x', options as never)).toThrow(message);
  });
});
