// The distributed-queue example end to end: a local redis-server, two queue-worker processes and
// the producer (examples/queue-*.ts, importing the built package by name). N records give N
// stored results, bad records included. Skipped locally without redis-server or a build; in CI
// (.ci/run installs redis-server and builds first) it must run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES } from '../support/articles.js';

const root = new URL('../../', import.meta.url).pathname;
function which(bin: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}
const redisServer = which('redis-server');
const built = existsSync(join(root, 'dist/batch.js'));
const reason = !redisServer
  ? 'redis-server is not installed (apt-get install -y redis-server; .ci/run does it)'
  : !built
    ? 'the package is not built (npm run build)'
    : '';
if (reason && process.env.CI) throw new Error(`CI must run the queue test: ${reason}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );
}

describe.skipIf(Boolean(reason))(`queue example (BullMQ on Redis)${reason ? ` — skipped: ${reason}` : ''}`, () => {
  const children: ChildProcess[] = [];
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsnorm-queue-'));
    const port = await freePort();
    const redis = spawn(
      redisServer!,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'ignore' },
    );
    children.push(redis);
    env = { ...process.env, REDIS_URL: `redis://127.0.0.1:${port}`, NEWSNORM_QUEUE: `test-${process.pid}` };
    const { Redis } = await import('ioredis');
    const client = new Redis(env.REDIS_URL!, { lazyConnect: true, retryStrategy: (n) => (n > 50 ? null : 100) });
    await client.connect();
    expect(await client.ping()).toBe('PONG');
    client.disconnect();
    for (let i = 0; i < 2; i++) {
      children.push(
        spawn(process.execPath, ['--import', 'tsx', 'examples/queue-worker.ts'], {
          cwd: root,
          env,
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    for (const child of children.slice(1)) child.kill('SIGTERM');
    await Promise.all(children.slice(1).map(exited));
    children[0]?.kill('SIGTERM');
    if (children[0]) await exited(children[0]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('N records give N stored results, bad ones as { id, error }', async () => {
    // prettier-ignore
    const records = [
      JSON.stringify({ id: 'summit', text: ARTICLES.summit, publishedAt: '2022-03-01' }),
      JSON.stringify({ id: 'port', text: ARTICLES.port, publishedAt: '2022-03-04' }),
      JSON.stringify({ id: 'no-text', body: ARTICLES.port }),
      '{"id": "cut-off", "text": "Port workers',
      JSON.stringify({ id: 'bad-date', text: ARTICLES.port, publishedAt: '2022-02-30' }),
      JSON.stringify({ id: 'hostile', text: ARTICLES.hostile }),
    ];
    const file = join(dir, 'records.jsonl');
    writeFileSync(file, `${records.join('\n')}\n`);
    const producer = spawn(process.execPath, ['--import', 'tsx', 'examples/queue-producer.ts', file], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    producer.stdout!.setEncoding('utf8').on('data', (d) => (out += d));
    expect(await exited(producer)).toBe(0);
    expect(out.trim()).toBe('6 jobs done, 3 articles, 3 bad records');

    const { Queue } = await import('bullmq');
    const { Redis } = await import('ioredis');
    const queue = new Queue(env.NEWSNORM_QUEUE!, {
      connection: new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null }),
    });
    try {
      const done = await queue.getJobs(['completed']);
      expect(await queue.getJobCounts('completed', 'failed', 'waiting', 'active')).toEqual({
        completed: 6,
        failed: 0,
        waiting: 0,
        active: 0,
      });
      const results = Object.fromEntries(done.map((job) => [String(job.returnvalue.id), job.returnvalue]));
      expect(Object.keys(results).sort()).toEqual(['bad-date', 'hostile', 'line 4', 'no-text', 'port', 'summit']);
      expect(results.summit.entities.map((e: { name: string }) => e.name)).toContain('Karl Nehammer');
      expect(results.port.metadata.publishedAt).toBe('2022-03-04');
      expect(results['no-text'].error.name).toBe('TypeError');
      expect(results['line 4'].error.name).toBe('TypeError');
      expect(results['bad-date'].error.name).toBe('RangeError');
    } finally {
      await queue.close();
      (queue.opts.connection as { disconnect(): void }).disconnect();
    }
  }, 180_000);
});
