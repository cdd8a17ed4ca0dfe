// collectGarbage: reaches node's collector without leaving --expose-gc set for anyone else.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/core/full-gc.js';

describe('collectGarbage', () => {
  it('runs a full collection under node', () => {
    expect(collectGarbage()).toBe(true);
    expect(collectGarbage()).toBe(true); // the collector is found once and kept
  });
  it('leaves no gc() in contexts created afterwards', () => {
    collectGarbage();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
