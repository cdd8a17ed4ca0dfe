/**
 * The worker-thread side of a batch with `jobs > 1`: each task is one record, run by the same
 * function as in-process. Loaded by the pool (piscina) from the build output, never imported
 * by the library itself.
 */
import type { BatchResult, Task } from './record.js';
import { runTask } from './run-task.js';

/** Piscina calls the default export with each task. */
export default function normalizeTask(task: Task): BatchResult {
  return runTask(task);
}
