// The region decoder and the whole-page test of the page-level extractor, as tables.
import { describe, expect, it } from 'vitest';
import { decodeRegion, looksLikeWholePage, type DecodeParams } from '../../src/clean/page/model.js';
import { blockStats, cueKind } from '../../src/clean/page/features.js';

const PARAMS: DecodeParams = { regionThreshold: 0.3, keepThreshold: 0.2, outsideThreshold: 0.95, maxSandwichTokens: 8, maxEdgeTokens: 3 };
const all = (n: number) => new Array<boolean>(n).fill(true);

describe('decodeRegion', () => {
  it.each([
    // [why, probabilities, tokens, sentence ends, expected keep]
    ['menu before and footer after go', [0.1, 0.1, 0.9, 0.8, 0.9, 0.1], [1, 1, 30, 25, 40, 2], [false, false, true, true, true, false], [false, false, true, true, true, false]],
    ['a short subheading between body blocks stays', [0.9, 0.05, 0.9], [30, 3, 30], [true, false, true], [true, true, true]],
    ['a long low-scoring block between body blocks goes', [0.9, 0.05, 0.9], [30, 20, 30], [true, true, true], [true, false, true]],
    ['the longest block stays even when it scores low', [0.1, 0.2, 0.1], [2, 80, 2], [false, true, false], [false, true, false]],
    ['a short line at the edge of the region goes', [0.6, 0.9, 0.9], [2, 30, 30], [false, true, true], [false, true, true]],
    ['a short sentence at the edge stays', [0.6, 0.9, 0.9], [2, 30, 30], [true, true, true], [true, true, true]],
  ] as const)('%s', (_why, p, tokens, ends, keep) => {
    expect(decodeRegion(Float64Array.from(p), [...tokens], all(p.length), PARAMS, [...ends]).keep).toEqual(keep);
  });

  it('ignores blocks an earlier rule removed', () => {
    const { keep } = decodeRegion(Float64Array.of(0.9, 0.9, 0.9), [30, 30, 30], [true, false, true], PARAMS);
    expect(keep).toEqual([true, false, true]);
  });
});

describe('looksLikeWholePage', () => {
  const stats = (lines: string[]) => lines.map((l) => blockStats(l, undefined));
  it.each([
    ['an article with a few short lines', ['Analysis', 'The talks ended on Tuesday without a deal, officials said.', 'No concessions', 'He resigned.'], false],
    ['a page with a menu of 20 items', [...Array.from({ length: 20 }, (_, i) => `Section ${i}`), 'The talks ended on Tuesday without a deal, officials said.'], true],
  ] as const)('%s → %s', (_why, lines, expected) => {
    expect(looksLikeWholePage(stats([...lines]), all(lines.length))).toBe(expected);
  });
});

describe('cue headings', () => {
  it.each([
    ['Related stories', 'related'],
    ['Comments', 'comments'],
    ['3 comments', 'comments'],
    ['Sign up for our newsletter', 'newsletter'],
    ['Privacy Policy', 'footer'],
    ['The related talks ended on Tuesday.', undefined],
    ['Comments from the minister were not immediately available.', undefined],
  ] as const)('%s → %s', (text, kind) => {
    expect(cueKind(text)).toBe(kind);
  });
});
