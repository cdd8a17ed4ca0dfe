// boundedMemo: the function's answers, each computed once while remembered, and no more than
// `max` kept (emptied when full, then computed again).
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/memo.js';

describe('boundedMemo', () => {
  it.each([
    // keys asked in order → how many times the function ran
    [['a', 'a', 'a'], 1],
    [['a', 'b', 'a', 'b'], 2],
    [['a', 'b', 'c', 'a'], 4], // max 2: full at 'c', emptied, 'a' computed again
    [[], 0],
  ])('%j → %i computations (max 2)', (keys, runs) => {
    let calls = 0;
    const upper = boundedMemo((key: string) => (calls++, key.toUpperCase()), 2);
    expect(keys.map(upper)).toEqual(keys.map((k) => k.toUpperCase()));
    expect(calls).toBe(runs);
  });

  it.each([[false], [null], ['']])('remembers %j as an answer', (answer) => {
    let calls = 0;
    const f = boundedMemo(() => (calls++, answer));
    f('x');
    f('x');
    expect(calls).toBe(1);
  });
});
