// normalizeArticle as a whole: span invariants on real articles, argument errors, and
// the cost boundary (newsnorm/clean never reaches compromise or chrono-node).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeArticle, restore, type Article, type Span } from '../src/index.js';
import { loadFixtures } from './support/fixtures.js';

function spansOf(article: Article): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  for (const d of article.dates) spans.push(['date', d]);
  for (const e of article.entities) for (const m of e.mentions) spans.push([`mention of ${e.name}`, m]);
  for (const q of article.quotes) {
    spans.push(['quote', q]);
    if (q.speaker) spans.push(['speaker', q.speaker]);
  }
  for (const f of article.flags) spans.push(['flag', f]);
  return spans;
}

describe('normalizeArticle on the fixtures', () => {
  it.each(loadFixtures().map((f) => [f.name, f] as const))(
    '%s: every span maps into the cleaned text and the raw input',
    (_name, fixture) => {
      const article = normalizeArticle(fixture.raw, { publishedAt: fixture.publishedAt });
      expect(restore(article)).toBe(fixture.raw);
      const replaced = article.edits.filter((e) => e.kind === 'replace' && e.category !== 'whitespace');
      for (const [what, span] of spansOf(article)) {
        expect(article.text.slice(span.start, span.end), what).toBe(span.text);
        expect(span.rawStart, what).toBeLessThanOrEqual(span.rawEnd);
        // Raw text equals the span's text unless a repair or line-wrap edit lies inside it.
        const touched = article.edits.some((e) =>
          e.rawStart < span.rawEnd && e.rawEnd > span.rawStart && e.category !== 'whitespace'
            ? replaced.includes(e) || e.kind === 'remove'
            : false,
        );
        if (!touched && !/\n/.test(fixture.raw.slice(span.rawStart, span.rawEnd))) {
          expect(fixture.raw.slice(span.rawStart, span.rawEnd), what).toBe(span.text);
        }
      }
    },
  );
});

describe('normalizeArticle arguments', () => {
  it.each([
    [
      () => normalizeArticle(undefined as unknown as string),
      TypeError,
      'normalizeArticle: expected raw to be a string, got undefined',
    ],
    [
      () => normalizeArticle('x', { publishedAt: 'yesterday' }),
      RangeError,
      'normalizeArticle: publishedAt "yesterday" is not a valid date',
    ],
    [() => normalizeArticle('x', { publishedAt: '2021-02-30' }), RangeError, '"2021-02-30"'],
    [() => normalizeArticle('x', { publishedAt: new Date(Number.NaN) }), RangeError, 'invalid Date'],
    [() => normalizeArticle('x', { publishdAt: '2021-12-07' } as never), TypeError, "unknown option 'publishdAt'"],
    [() => normalizeArticle('x', { clean: 'fast' } as never), TypeError, 'options.clean'],
  ])('rejects bad input %#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('accepts a Date and an ISO date-time without shifting the calendar day', () => {
    expect(
      normalizeArticle('Talks.', { publishedAt: new Date(Date.UTC(2021, 11, 7, 23, 30)) }).metadata.publishedAt,
    ).toBe('2021-12-07');
    expect(normalizeArticle('Talks.', { publishedAt: '2021-12-07T23:30:00-08:00' }).metadata.publishedAt).toBe(
      '2021-12-07',
    );
  });

  it('handles an empty article', () => {
    expect(normalizeArticle('')).toEqual({
      text: '',
      metadata: { language: 'eng' },
      edits: [],
      flags: [],
      dates: [],
      entities: [],
      quotes: [],
      translationQuality: { score: 0, likelyMachineTranslated: false, flagsPer100Sentences: 0 },
    });
  });
});

describe('normalizeArticle on an article in another language', () => {
  const article = [
    'Veja como a Petrobras anunciou lucro recorde no trimestre. Segundo Carlos Mendes, diretor da empresa, as vendas cresceram em todo o país e a produção também aumentou.',
    'Durante a reunião, todos ouviram: “Por que a empresa venderia agora as suas refinarias mais antigas?”',
    'A Petrobras não comentou o assunto. Os analistas esperam novos números em breve.',
  ].join('\n\n');
  it('entities and speakers read the language clean found, not English', () => {
    const result = normalizeArticle(article);
    expect(result.metadata.language).toBe('por');
    expect(result.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Petrobras', 'Carlos Mendes']));
    expect(result.entities.map((e) => e.name)).not.toContain('Veja');
    expect(result.quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it('an explicit stage option wins over the detected language', () => {
    const result = normalizeArticle(article, { entities: { language: 'eng' } });
    expect(result.entities.map((e) => e.name)).toContain('Veja');
  });
});

// The module graph of src/clean, followed through relative imports: no path may reach
// compromise or chrono-node (importing newsnorm/clean must stay cheap).
describe('newsnorm/clean stays light', () => {
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
  function importsOf(file: string): string[] {
    const code = readFileSync(file, 'utf8');
    return [
      ...code.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g),
    ].map((m) => (m[1] ?? m[2])!);
  }
  function graph(entry: string): Set<string> {
    const seen = new Set<string>();
    const stack = [entry];
    while (stack.length) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) seen.add(spec);
        else stack.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    }
    return seen;
  }

  it('src/clean/index.ts imports neither compromise nor chrono-node, directly or transitively', () => {
    const modules = [...graph(join(src, 'clean/index.ts'))];
    // packages by name: franc-min's own files ("franc-min/data.js") are franc-min
    const packages = new Set(modules.filter((m) => !m.startsWith('/')).map((m) => m.split('/')[0]));
    expect([...packages].sort()).toEqual(['franc-min']);
  });

  it('the walker does see heavy dependencies where they are used', () => {
    const modules = [...graph(join(src, 'index.ts'))].filter((m) => !m.startsWith('/'));
    expect(modules).toContain('compromise');
    expect(modules.some((m) => m.startsWith('chrono-node'))).toBe(true);
    expect(statSync(join(src, 'clean')).isDirectory() && readdirSync(join(src, 'clean')).length > 0).toBe(true);
  });
});
