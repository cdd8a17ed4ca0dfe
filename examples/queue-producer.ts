// Puts records on the newsnorm queue (BullMQ on Redis) for queue-worker.ts processes to pick up,
// reading JSON lines ({ id, text, publishedAt }) from a file in bounded batches, then waits until
// every job is done and prints how many were normalized and how many records were bad. Results
// stay in Redis as the jobs' return values (read them with queue.getJobs(['completed'])).
//
//   REDIS_URL=redis://queue-host:6379 node --import tsx examples/queue-producer.ts records.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Queue, QueueEvents, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { BatchInput, BatchResult } from 'newsnorm/batch';

const QUEUE = process.env.NEWSNORM_QUEUE ?? 'newsnorm';
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const file = process.argv[2];
if (!file) throw new Error('usage: queue-producer.ts records.jsonl');

const connections = [new Redis(url, { maxRetriesPerRequest: null }), new Redis(url, { maxRetriesPerRequest: null })];
const queue = new Queue<BatchInput, BatchResult>(QUEUE, { connection: connections[0]! });
const events = new QueueEvents(QUEUE, { connection: connections[1]! });
await events.waitUntilReady();

const jobs: Array<Job<BatchInput, BatchResult>> = [];
let batch: Array<{ name: string; data: BatchInput }> = [];
let line = 0;
const flush = async () => {
  jobs.push(...(await queue.addBulk(batch.map((b) => ({ ...b, opts: { attempts: 3, removeOnComplete: false } })))));
  batch = [];
};
for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  line++;
  if (!text.trim()) continue;
  let data: BatchInput;
  try {
    data = JSON.parse(text) as BatchInput;
  } catch {
    data = { id: `line ${line}`, text: undefined as unknown as string }; // the worker reports it as a bad record
  }
  batch.push({ name: 'normalize', data });
  if (batch.length === 500) await flush();
}
await flush();

let bad = 0;
for (const job of jobs) {
  const result = await job.waitUntilFinished(events);
  if ('error' in result) bad++;
}
console.log(`${jobs.length} jobs done, ${jobs.length - bad} articles, ${bad} bad records`);
await events.close();
await queue.close();
for (const connection of connections) connection.disconnect(); // BullMQ leaves connections it was given open
