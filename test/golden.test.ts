// Golden fixture outputs: the five seed articles through normalizeArticle, compared with
// the reviewed summaries in fixtures/golden (regenerate with `npm run golden`, then review
// the diff). Independent assertions about what must hold are in fixtures.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../src/index.js';
import { goldenPath, loadFixtures } from './support/fixtures.js';
import { summarize } from './support/summarize.js';

describe('golden fixture outputs', () => {
  it.each(loadFixtures().map((f) => [f.name, f] as const))('%s matches its golden summary', (_name, fixture) => {
    const expected = JSON.parse(readFileSync(goldenPath(fixture.name), 'utf8'));
    const actual = summarize(normalizeArticle(fixture.raw, { publishedAt: fixture.publishedAt }));
    expect(actual).toEqual(expected);
  });
});
