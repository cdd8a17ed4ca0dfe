/**
 * The worker-thread side of a batch with `jobs > 1`: each task is one record, run by the same
 * function as in-process. Loaded by the pool (piscina) from the build output, never imported
 * by the library itself.
 */
import type { Task, TaskOutput } from './record.js';
import { runTaskOutput } from './run-task.js';

/** Piscina calls the default export with each task. */
export default function normalizeTask(task: Task): TaskOutput {
  return runTaskOutput(task);
}
