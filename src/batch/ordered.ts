/**
 * The ordered, bounded loop under `normalizeMany` and the CLI: pull an input item only when
 * there is room in the window (backpressure: never more than `capacity` records in memory),
 * run it, and hand results back in input order whatever order they finish in.
 */
import type { Task, TaskOutput } from './record.js';
import type { Runner } from './pool.js';

/** A task with its result, for callers that still need the raw text (the CLI's HTML reports). */
export interface Done {
  task: Task;
  result: TaskOutput;
}

/**
 * Runs the tasks of `source` on `runner`, yielding `{ task, result }` in input order. At most
 * `runner.capacity` tasks are read ahead of the consumer. Stops with the signal's reason when
 * aborted; closing the generator early stops reading the source.
 */
export async function* runOrdered(
  source: AsyncIterable<Task> | Iterable<Task>,
  runner: Runner,
  signal?: AbortSignal,
): AsyncGenerator<Done> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  const window: Array<{ task: Task; result: Promise<TaskOutput> }> = [];
  let exhausted = false;
  try {
    for (;;) {
      signal?.throwIfAborted();
      while (!exhausted && window.length < runner.capacity) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const result = runner.run(next.value, signal);
        result.catch(() => {}); // an abort rejects every task in flight; the head's rejection is the one we report
        window.push({ task: next.value, result });
      }
      const head = window.shift();
      if (!head) return;
      yield { task: head.task, result: await head.result };
    }
  } finally {
    await iterator.return?.();
  }
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
