// mergeDenseHits: a rule firing more than DENSE_FLAG_LIMIT times in one paragraph gets its hits
// as runs (issue 16, bounded memory); below the limit, and across words, hits stay as they are.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { DENSE_FLAG_LIMIT, mergeDenseHits } from '../../src/clean/dense-flags.js';
import type { FlagHit } from '../../src/clean/rule.js';

/** One hit on each `"` of the text. */
function hitsOnQuotes(text: string, message = 'Stray mark'): FlagHit[] {
  return [...text.matchAll(/"/g)].map((m) => ({ start: m.index, end: m.index + 1, message }));
}

describe('mergeDenseHits', () => {
  it.each([
    // text, limit, expected [start, end, hits merged] per resulting flag
    [
      '" " "',
      50,
      [
        [0, 1, 1],
        [2, 3, 1],
        [4, 5, 1],
      ],
    ], // under the limit: unchanged
    ['" " "', 2, [[0, 5, 3]]], // over it: one run
    [
      '" " word " "',
      2,
      [
        [0, 3, 2],
        [9, 12, 2],
      ],
    ], // a word ends a run
    [
      '" 1 "',
      1,
      [
        [0, 1, 1],
        [4, 5, 1],
      ],
    ], // so does a digit; runs of one keep their message
    ['"“ ”"', 1, [[0, 5, 2]]], // marks the rule did not hit do not end a run
  ] as const)('%j with limit %i', (text, limit, expected) => {
    const merged = mergeDenseHits(hitsOnQuotes(text), text, limit);
    expect(merged.map((h) => [h.start, h.end, Number(/^(\d+) hits/.exec(h.message)?.[1] ?? 1)])).toEqual(expected);
  });

  it('a merged run says how many hits and keeps the first message and the highest confidence', () => {
    const text = '" '.repeat(3);
    const hits = hitsOnQuotes(text).map((h, k) => ({ ...h, message: `m${k}`, confidence: k / 10 }));
    expect(mergeDenseHits(hits, text, 2)).toEqual([
      { start: 0, end: 5, message: '3 hits in a row of this rule; the first: m0', confidence: 0.2 },
    ]);
  });

  it('a run of a hundred thousand hits is one flag (no argument-count limit)', () => {
    const text = '" '.repeat(100_000);
    expect(mergeDenseHits(hitsOnQuotes(text), text)).toHaveLength(1);
  });
});

describe('clean on dense quote-mark damage', () => {
  // '» ' repeated: every mark but the last is a closing mark with no quotation open
  it.each([
    [3, [2, 1]], // a few: the rule's own flags
    [DENSE_FLAG_LIMIT * 2, [1, DENSE_FLAG_LIMIT * 2 - 1]], // over the limit: one flag over the run
  ])('%i stray closing marks → [flags, hits in the first]', (units, expected) => {
    const raw = `The minister spoke. ${'» '.repeat(units)}`;
    const result = clean(raw);
    const flags = result.flags.filter((f) => f.rule === 'flag/quote-marks');
    const first = flags[0]!;
    expect([flags.length, Number(/^(\d+) hits/.exec(first.message)?.[1] ?? 1)]).toEqual(expected);
    expect(first.text).toBe(result.text.slice(first.start, first.end));
  });
});
