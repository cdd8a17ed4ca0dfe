// The five seed articles and their publication dates (fixtures/fixtures.json).
import { readFileSync } from 'node:fs';

export interface Fixture {
  name: string;
  raw: string;
  publishedAt: string;
  dateSource: string;
}

const directory = new URL('../../fixtures/', import.meta.url);

/** Loads every fixture article with its metadata. */
export function loadFixtures(): Fixture[] {
  const meta = JSON.parse(readFileSync(new URL('fixtures.json', directory), 'utf8')) as Record<
    string,
    { publishedAt: string; dateSource: string }
  >;
  return Object.entries(meta).map(([name, m]) => ({ name, raw: readFileSync(new URL(name, directory), 'utf8'), ...m }));
}

/** Path of a fixture's golden summary. */
export function goldenPath(name: string): URL {
  return new URL(`golden/${name.replace(/\.txt$/, '.json')}`, directory);
}
