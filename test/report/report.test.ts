// renderReport as a string: escaping, well-formed nesting of highlights, argument checks, and
// that the module loads no NLP library.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index.js';
import { escapeHtml, renderReport } from '../../src/report/index.js';
import { renderHighlights } from '../../src/report/markup.js';
import { ARTICLES } from '../support/articles.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["it's & co", 'it&#39;s &amp; co'],
    ['a\0b', 'a\uFFFDb'],
    ['plain text, “quotes”', 'plain text, “quotes”'],
  ])('%j', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('renderHighlights', () => {
  const h = (start: number, end: number, name: string) => ({ start, end, open: `<${name}>`, close: `</${name}>` });
  it.each([
    ['no highlight', 'a<b', [], 'a&lt;b'],
    ['one', 'abcdef', [h(1, 3, 'x')], 'a<x>bc</x>def'],
    ['nested: outer first', 'abcdef', [h(2, 3, 'i'), h(0, 6, 'o')], '<o>ab<i>c</i>def</o>'],
    ['same range: given order', 'abc', [h(0, 3, 'a'), h(0, 3, 'b')], '<a><b>abc</b></a>'],
    [
      'crossing: the inner is closed and reopened',
      'abcdef',
      [h(0, 4, 'a'), h(2, 6, 'b')],
      '<a>ab<b>cd</b></a><b>ef</b>',
    ],
    ['empty highlight written in place', 'abc', [h(1, 1, 'e')], 'a<e></e>bc'],
    ['out of range is ignored', 'abc', [h(2, 9, 'x')], 'abc'],
  ] as const)('%s', (_name, text, highlights, expected) => {
    expect(renderHighlights(text, highlights)).toBe(expected);
  });

  it('writes a note for screen readers after the highlight', () => {
    expect(renderHighlights('ab', [{ start: 0, end: 1, open: '<m>', close: '</m>', note: 'person <X>' }])).toBe(
      '<m>a</m><span class="sr-only"> (person &lt;X&gt;)</span>b',
    );
  });
});

describe('renderReport', () => {
  const raw = ARTICLES.hostile;
  const article = normalizeArticle(raw, { publishedAt: '2022-03-01' });
  const html = renderReport(article, raw, { title: '<i>hostile</i>' });

  it('keeps every piece of article text inert', () => {
    expect(html).not.toMatch(/<script|<img|<b |<i>|onerror="|onmouseover="/i);
    expect(html).toContain('&lt;i&gt;hostile&lt;/i&gt;');
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
  });

  it('is one self-contained page: no external resource, no script', () => {
    expect(html).not.toMatch(/<link|<script|src=["']?https?:|url\(/i);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('shows each removal with its rule, and each date with its value', () => {
    const removal = article.edits.find((e) => e.kind === 'remove' && e.category !== 'whitespace')!;
    expect(html).toContain(`data-rule="${removal.rule}"`);
    for (const d of article.dates) expect(html).toContain(`data-value="${d.value ?? ''}"`);
  });

  it.each([
    [() => renderReport(null as never, raw), TypeError, 'expected result to be an Article'],
    [() => renderReport(article, 5 as never), TypeError, 'expected raw to be a string'],
    [() => renderReport(article, `${raw}x`.slice(1)), RangeError, 'raw does not match the result'],
    [() => renderReport(article, raw, { titel: 'x' } as never), TypeError, "unknown option 'titel'"],
  ])('rejects bad arguments %#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('loads no NLP library (newsnorm/report reads results only)', () => {
    // prettier-ignore
    const files = ['render.ts', 'markup.ts', 'style.ts', 'index.ts'].map((f) => readFileSync(new URL(`../../src/report/${f}`, import.meta.url), 'utf8'));
    for (const code of files) {
      for (const m of code.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm))
        expect(m[1]).toMatch(/^\.\/|^\.\.\/core\/errors\.js$/);
    }
  });
});
