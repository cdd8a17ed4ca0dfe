// normalizeMany and createNormalizeStream: input order whatever order records finish in,
// failures as records in their place, laziness (backpressure), abort, option checks, and the
// same results on worker threads as in this thread.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createNormalizeStream, isBatchFailure, normalizeMany, type BatchResult } from '../../src/batch/index.js';
import { normalizeArticle } from '../../src/index.js';
import { DEFAULT_RULES, type CleanRule } from '../../src/clean/index.js';
import { ARTICLES } from '../support/articles.js';

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

function summary(r: BatchResult): string {
  return isBatchFailure(r) ? `${r.id}: ${r.error.name}` : `${r.id}: ${r.entities.length} entities`;
}

// A clean rule that throws on one word: a stage failing on one record.
const explodes: CleanRule = {
  id: 'test/explodes',
  type: 'inline',
  category: 'markup',
  description: 'throws on BOOM',
  find(text: string) {
    if (text.includes('BOOM')) throw new Error('the rule exploded');
    return [];
  },
} as unknown as CleanRule;

const inputs = [
  ARTICLES.summit,
  { id: 'port', text: ARTICLES.port, publishedAt: '2022-03-04' },
  { id: 'no-text', body: 'x' },
  { id: 'bad-date', text: ARTICLES.port, publishedAt: '2022-13-01' },
  42,
  { id: 'boom', text: 'The BOOM of the guns was heard on Friday.' },
  { text: ARTICLES.hostile },
];

describe('normalizeMany', () => {
  it('gives one result per input, in order, failures in their place', async () => {
    const results = await collect(
      normalizeMany(inputs as never, { publishedAt: '2022-03-01', clean: { rules: [...DEFAULT_RULES, explodes] } }),
    );
    expect(results.map(summary)).toEqual([
      `0: ${normalizeArticle(ARTICLES.summit).entities.length} entities`,
      `port: ${normalizeArticle(ARTICLES.port).entities.length} entities`,
      'no-text: TypeError',
      'bad-date: RangeError',
      '4: TypeError',
      'boom: Error',
      `6: ${normalizeArticle(ARTICLES.hostile).entities.length} entities`,
    ]);
    const port = results[1]!;
    expect(isBatchFailure(port) ? null : port.metadata.publishedAt).toBe('2022-03-04'); // the record's date wins
    expect(results[5]).toEqual({ id: 'boom', error: { name: 'Error', message: 'the rule exploded' } });
  });

  it('reads an async source lazily and keeps order when records finish out of order', async () => {
    let pulled = 0;
    async function* slowSource() {
      for (let i = 0; i < 6; i++) {
        pulled++;
        await new Promise((r) => setTimeout(r, (6 - i) * 3));
        yield { id: `r${i}`, text: i % 2 ? ARTICLES.port : ARTICLES.summit };
      }
    }
    const seen: string[] = [];
    for await (const r of normalizeMany(slowSource())) {
      seen.push(String(r.id));
      expect(pulled).toBeLessThanOrEqual(seen.length + 1); // one record read ahead in this thread
      if (seen.length === 3) break; // stops reading the source
    }
    expect(seen).toEqual(['r0', 'r1', 'r2']);
    expect(pulled).toBeLessThanOrEqual(4);
  });

  it('gives the same results on two worker threads', async () => {
    const plain = inputs.filter((x) => x !== inputs[5]); // custom rules cannot cross threads
    const here = await collect(normalizeMany(plain as never, { publishedAt: '2022-03-01' }));
    const threads = await collect(normalizeMany(plain as never, { publishedAt: '2022-03-01', jobs: 2 }));
    expect(threads).toEqual(here);
  }, 120_000);

  it('stops with the signal’s reason when aborted', async () => {
    const controller = new AbortController();
    const seen: unknown[] = [];
    const run = async () => {
      for await (const r of normalizeMany(
        Array.from({ length: 20 }, () => ARTICLES.port),
        { signal: controller.signal },
      )) {
        seen.push(r.id);
        if (seen.length === 2) controller.abort();
      }
    };
    await expect(run()).rejects.toThrow(/abort/i);
    expect(seen).toEqual([0, 1]);
  });

  it.each([
    [() => normalizeMany('text' as never), TypeError, 'expected inputs to be an iterable'],
    [() => normalizeMany([], { jobs: 0 }), RangeError, 'options.jobs'],
    [
      () => normalizeMany([], { jobs: { toString: null } } as never),
      RangeError,
      'options.jobs to be a positive integer, got object',
    ],
    [() => normalizeMany([], { jbos: 2 } as never), TypeError, "unknown option 'jbos'"],
    [() => normalizeMany([], { publishedAt: 'soon' }), RangeError, 'normalizeMany: publishedAt "soon"'],
    [() => normalizeMany([], { stages: ['ner'] } as never), RangeError, 'unknown stage "ner"'],
    [() => normalizeMany([], { jobs: 2, clean: { rules: [explodes] } }), TypeError, 'use jobs: 1'],
    [() => createNormalizeStream({ signal: 'stop' } as never), TypeError, 'options.signal'],
  ])('rejects bad options at the door %#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('createNormalizeStream', () => {
  function sink(into: BatchResult[]): Writable {
    return new Writable({
      objectMode: true,
      write(r: BatchResult, _e, done) {
        into.push(r);
        done();
      },
    });
  }

  it.each([1, 2])(
    'works in pipeline() with jobs %i: order kept, failures as records',
    async (jobs) => {
      const out: BatchResult[] = [];
      const records = inputs.filter((x) => x !== inputs[5]);
      await pipeline(Readable.from(records), createNormalizeStream({ jobs, publishedAt: '2022-03-01' }), sink(out));
      expect(out.map(summary)).toEqual(
        (await collect(normalizeMany(records as never, { publishedAt: '2022-03-01' }))).map(summary),
      );
    },
    120_000,
  );

  it('holds the writer while the reader is slow (backpressure)', async () => {
    const stream = createNormalizeStream();
    let accepted = 0;
    for (let i = 0; i < 10; i++) if (stream.write(ARTICLES.port)) accepted++;
    expect(accepted).toBeLessThan(10); // writes beyond the buffer report false
    stream.destroy();
  });

  it('is destroyed with the signal’s reason when aborted', async () => {
    const controller = new AbortController();
    const out: BatchResult[] = [];
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 50; i++) yield ARTICLES.port;
      })(),
    );
    const done = pipeline(
      source,
      createNormalizeStream({ signal: controller.signal }),
      new Writable({
        objectMode: true,
        write(r: BatchResult, _e, next) {
          out.push(r);
          if (out.length === 2) controller.abort();
          next();
        },
      }),
    );
    await expect(done).rejects.toThrow(/abort/i);
    expect(out.length).toBeLessThan(50);
  });
});

// The CLI asks workers for each result as its JSON line: the line must be the result's JSON,
// and a failure must still be counted as one.
describe('encoded task outputs (the CLI path)', async () => {
  const { runTask, runTaskOutput } = await import('../../src/batch/run-task.js');
  const { decodeOutput, isEncoded, taskOf } = await import('../../src/batch/record.js');
  const rows: Array<[string, boolean, unknown]> = [
    ['an article', false, { id: 'a', text: ARTICLES.port, publishedAt: '2022-03-04' }],
    ['a record without text', true, { id: 'b', body: 'x' }],
    ['an invalid date', true, { id: 'c', text: ARTICLES.port, publishedAt: '2022-13-01' }],
  ];
  it.each(rows)('%s: JSON of the plain result, failed = %s', (_name, failed, record) => {
    const task = taskOf(record, 0, {});
    const encoded = runTaskOutput({ ...task, encode: true });
    expect(isEncoded(encoded)).toBe(true);
    expect(encoded).toMatchObject({ id: task.id, failed });
    expect(decodeOutput(encoded)).toEqual(JSON.parse(JSON.stringify(runTask(task))));
  });
  it('a task that does not ask for encoding gets the object', () => {
    const output = runTaskOutput(taskOf({ id: 'd', text: ARTICLES.port }, 0, {}));
    expect(isEncoded(output)).toBe(false);
    expect(decodeOutput(output)).toBe(output);
  });
});
