// The runner's threads: none until work comes, one for a single record, more (up to `jobs`)
// only while records wait — so one article does not load the pipeline once per core.
import { afterEach, describe, expect, it } from 'vitest';
import { createRunner, type Runner } from '../../src/batch/pool.js';
import type { Task } from '../../src/batch/record.js';

const task = (id: number): Task => ({ id, failure: { name: 'TypeError', message: 'no text' } });

let runner: Runner | undefined;
afterEach(async () => {
  await runner?.close();
  runner = undefined;
});

describe('createRunner', () => {
  it('runs in this thread with one job', async () => {
    runner = createRunner(1);
    expect(await runner.run(task(1))).toEqual({ id: 1, error: { name: 'TypeError', message: 'no text' } });
    expect(await runner.threadCount()).toBe(0);
  });

  it('starts one thread for one record, and more only while records wait', async () => {
    runner = createRunner(3);
    expect(await runner.threadCount()).toBe(0);
    expect(await runner.run(task(1))).toEqual({ id: 1, error: { name: 'TypeError', message: 'no text' } });
    expect(await runner.threadCount()).toBe(1);
    const outputs = await Promise.all([2, 3, 4, 5, 6, 7].map((id) => runner!.run(task(id))));
    expect(outputs.map((o) => o.id)).toEqual([2, 3, 4, 5, 6, 7]);
    const threads = await runner.threadCount();
    expect(threads).toBeGreaterThan(1);
    expect(threads).toBeLessThanOrEqual(3);
  }, 60_000);
});
