/**
 * The row checks of the date tables: a sentence, its publication date and the expression that
 * must be found with its value (and type), or the look-alike that must not be found.
 */
import { expect, it } from 'vitest';
import { resolveDates } from '../../../src/dates/index.js';

/** [sentence, publishedAt, the expression's text, its value, its type]. */
export type Row = [sentence: string, publishedAt: string, text: string, value: string | null, type?: string];

/** A date with exactly that text exists, with that value (and type), and its offsets slice back to it. */
export function check([sentence, publishedAt, text, value, type]: Row): void {
  const all = resolveDates(sentence, { publishedAt });
  const found = all.find((d) => d.text === text);
  expect(found, `no ${JSON.stringify(text)} in ${JSON.stringify(all.map((d) => [d.text, d.value]))}`).toBeDefined();
  expect(found!.value).toBe(value);
  if (type) expect(found!.type).toBe(type);
  expect(sentence.slice(found!.start, found!.end)).toBe(found!.text);
}

/** No date whose text matches `forbidden`. */
export function none(sentence: string, publishedAt: string, forbidden: RegExp): void {
  const found = resolveDates(sentence, { publishedAt }).filter((d) => forbidden.test(d.text));
  expect(found.map((d) => [d.text, d.value])).toEqual([]);
}

/** [sentence, publishedAt, a pattern no date's text may match]. */
export type Negative = [sentence: string, publishedAt: string, forbidden: RegExp];

/** One table: each row's date is found with its value, and no look-alike is read as a date. */
export function table(rows: Row[], negatives: Negative[]): void {
  it.each(rows)('%s (%s) → %s = %s', (...row) => check(row as Row));
  it.each(negatives)('no date matching %s in %s', (sentence, publishedAt, forbidden) =>
    none(sentence, publishedAt, forbidden),
  );
}
