/**
 * The one function that turns a task into a result. The same function runs in-process and inside
 * a worker thread, and it never throws: whatever goes wrong with one record (a missing text, an
 * invalid date, a stage that throws) is that record's result, so one bad record never stops a batch.
 */
import { normalizeArticle } from '../normalize.js';
import { errorOf, isBatchFailure, type BatchResult, type Task, type TaskOutput } from './record.js';

/** Runs one task. Never throws: an error becomes the record's failure. */
export function runTask(task: Task): BatchResult {
  if ('failure' in task) return { id: task.id, error: task.failure };
  try {
    return { id: task.id, ...normalizeArticle(task.raw, task.options) };
  } catch (error) {
    return { id: task.id, error: errorOf(error) };
  }
}

/** Runs one task and, when it asks for `encode`, serialises the result here. Never throws. */
export function runTaskOutput(task: Task): TaskOutput {
  const result = runTask(task);
  return task.encode ? { id: result.id, failed: isBatchFailure(result), json: JSON.stringify(result) } : result;
}
