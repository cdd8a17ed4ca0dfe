// normalizeArticle's full collections: a long article analysed whole gets one before its parse
// (its parse and tagging make hundreds of megabytes of garbage), a short one never does.
import { describe, expect, it, vi } from 'vitest';

const collectGarbage = vi.hoisted(() => vi.fn(() => true));
vi.mock('../../src/core/full-gc.js', () => ({ collectGarbage }));
const { normalizeArticle } = await import('../../src/normalize.js');

const prose = (chars: number): string => 'the weather stayed mild along the coast. '.repeat(Math.ceil(chars / 41));

describe('normalizeArticle collects garbage before parsing a long article', () => {
  it.each([
    ['a long article analysed whole', 60_000, undefined, 1],
    ['a short article', 2_000, undefined, 0],
    ['just under the threshold', 49_000, undefined, 0],
    ['a long article whose stages need no parse', 60_000, ['clean', 'dates'] as const, 0],
  ])('%s (%i characters)', (_name, chars, stages, calls) => {
    collectGarbage.mockClear();
    normalizeArticle(prose(chars), stages ? { stages: [...stages] } : {});
    expect(collectGarbage).toHaveBeenCalledTimes(calls);
  });
});
