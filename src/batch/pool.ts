/**
 * Where a batch's records run: in this thread (`jobs: 1`, the default of the library) or on a
 * pool of worker threads (`jobs > 1`).
 *
 * The pool is piscina's (maintained by Node.js core contributors; it queues tasks, cancels
 * queued ones on an AbortSignal, replaces a worker that dies and keeps threads alive between
 * tasks), loaded only when a pool is asked for, so importing the library starts no thread.
 * Threads start as work queues up, one first: a single article (`newsnorm story.txt`) loads
 * the pipeline once, not once per core, and a batch has every thread by its second record.
 * A record that kills its worker (out of memory) comes back as that record's failure.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { showValue } from '../core/errors.js';
import { errorOf, type Task, type TaskOutput } from './record.js';
import { runTaskOutput } from './run-task.js';

/** Runs tasks; `close` releases the threads. */
export interface Runner {
  /** How many tasks may be in flight at once for full use of the runner. */
  readonly capacity: number;
  run(task: Task, signal?: AbortSignal): Promise<TaskOutput>;
  close(): Promise<void>;
  /** How many worker threads are running now (0 in this thread's runner). */
  threadCount(): Promise<number>;
}

/** The number of jobs to use when none is given on the command line: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Checks a `jobs` option: a positive integer, default 1. */
export function checkJobs(jobs: unknown, fn: string): number {
  if (jobs === undefined) return 1;
  if (typeof jobs !== 'number' || !Number.isInteger(jobs) || jobs < 1) {
    throw new RangeError(`${fn}: expected options.jobs to be a positive integer, got ${showValue(jobs)}`);
  }
  return jobs;
}

/** A runner with `jobs` threads (this one when `jobs` is 1). */
export function createRunner(jobs: number): Runner {
  return jobs <= 1 ? inProcessRunner() : poolRunner(jobs);
}

function inProcessRunner(): Runner {
  return {
    capacity: 1,
    async run(task, signal) {
      signal?.throwIfAborted();
      return runTaskOutput(task);
    },
    async close() {},
    async threadCount() {
      return 0;
    },
  };
}

function poolRunner(jobs: number): Runner {
  const { url, execArgv } = workerFile();
  let pool: Promise<import('piscina').Piscina> | undefined;
  const start = () =>
    (pool ??= import('piscina').then(
      ({ Piscina }) =>
        new Piscina({
          filename: url,
          // (piscina adds a thread whenever a task waits and fewer than maxThreads run)
          minThreads: 1,
          maxThreads: jobs,
          idleTimeout: 60_000,
          ...(execArgv ? { execArgv } : {}),
        }),
    ));
  return {
    capacity: jobs * 2,
    async run(task, signal) {
      signal?.throwIfAborted();
      const threads = await start();
      try {
        return (await threads.run(task, signal ? { signal } : {})) as TaskOutput;
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        // the worker died on this record (out of memory, a native crash): the record fails, the pool goes on
        return { id: task.id, error: errorOf(error) };
      }
    },
    async close() {
      if (pool) await (await pool).destroy();
    },
    async threadCount() {
      return pool ? (await pool).threads.length : 0;
    },
  };
}

// The worker file sits beside this module's build output: batch-worker.js (ESM) or .cjs. Run
// from the TypeScript sources (tests, benchmarks), the worker is the .ts file loaded through tsx.
function workerFile(): { url: string; execArgv?: string[] } {
  const here = import.meta.url;
  if (/\.ts$/.test(here)) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href; // from this checkout, whatever the cwd
    return { url: new URL('./worker.ts', here).href, execArgv: ['--import', tsx] };
  }
  return { url: new URL(here.endsWith('.cjs') ? './batch-worker.cjs' : './batch-worker.js', here).href };
}
