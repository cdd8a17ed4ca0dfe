// A newsnorm worker for a distributed queue (BullMQ on Redis): each job is one record
// { id, text, publishedAt }; its result — the article, or { id, error } for a bad record — is
// stored in Redis as the job's return value. Scale out by starting more of these processes, one
// per core, on any number of machines pointed at the same Redis.
//
//   npm install newsnorm bullmq ioredis
//   REDIS_URL=redis://queue-host:6379 node --import tsx examples/queue-worker.ts
//
// A bad record is a result, not a failed job (it would fail again on every retry); a job fails —
// and BullMQ retries it — only when the worker itself breaks (it lost Redis, it was killed).
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { normalizeRecord, type BatchInput, type BatchResult } from 'newsnorm/batch';

export const QUEUE = process.env.NEWSNORM_QUEUE ?? 'newsnorm';
const connection = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

const worker = new Worker<BatchInput, BatchResult>(
  QUEUE,
  async (job) => normalizeRecord(job.data), // CPU-bound: one job at a time per process
  { connection, concurrency: 1 },
);
worker.on('ready', () => console.error(`newsnorm worker ${process.pid} ready on queue ${QUEUE}`));

async function shutdown(): Promise<void> {
  await worker.close(); // finishes the job in hand, takes no new one
  connection.disconnect();
}
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
