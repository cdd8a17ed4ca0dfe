// The newsnorm command, spawned as a user would run it, on real temp files and stdin: text files
// and folders, JSONL with bad lines, custom field names, stages, jobs, --html, exit codes.
// It runs from the TypeScript sources (node --import tsx); .ci/run also runs the packed bin.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES } from '../support/articles.js';

const CLI = new URL('../../src/cli/index.ts', import.meta.url).pathname;
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON lines of any shape
  lines: Array<Record<string, any>>;
}

function newsnorm(args: string[], options: { stdin?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd: options.cwd, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        lines: stdout.startsWith('{')
          ? stdout
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l))
          : [],
      }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsnorm-cli-'));
  mkdirSync(join(dir, 'articles/more'), { recursive: true });
  writeFileSync(join(dir, 'articles/b-port.txt'), ARTICLES.port);
  writeFileSync(join(dir, 'articles/a-summit.txt'), ARTICLES.summit);
  writeFileSync(join(dir, 'articles/more/c-hostile.txt'), ARTICLES.hostile);
  writeFileSync(join(dir, 'articles/notes.md'), 'not an article');
  // prettier-ignore
  const jsonl = [
    JSON.stringify({ key: 'k1', body: ARTICLES.summit, date: '2022-03-01' }),
    '{"key": "k2", "body": "truncated',
    '',
    JSON.stringify({ key: 'k3', text: 'the wrong field' }),
    JSON.stringify({ key: 'k4', body: ARTICLES.port, date: '2022-02-30' }),
    JSON.stringify([1, 2]),
    JSON.stringify({ body: ARTICLES.port, date: '2022-03-04' }),
  ].join('\r\n');
  writeFileSync(join(dir, 'records.jsonl'), `${jsonl}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsnorm on text files and folders', () => {
  it('writes one line per article in path order, with the path as id, and exits 0 quietly', async () => {
    const run = await newsnorm(['articles', '--jobs', '1', '--published-at', '2022-03-01'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.lines.map((l) => l.id)).toEqual([
      'articles/a-summit.txt',
      'articles/b-port.txt',
      'articles/more/c-hostile.txt',
    ]);
    const summit = run.lines[0]!;
    expect(summit.text).not.toContain('Follow us on Telegram');
    expect(summit.dates.map((d: { text: string; value: string }) => [d.text, d.value])).toContainEqual([
      'Tuesday',
      '2022-03-01',
    ]);
    expect(summit.entities.map((e: { name: string }) => e.name)).toContain('Karl Nehammer');
    expect(summit.quotes[0].speaker.name).toBe('Karl Nehammer');
  });

  it('writes an HTML report per article with --html, and JSON lines to --out', async () => {
    const run = await newsnorm(
      ['articles/a-summit.txt', 'articles/more', '--jobs', '1', '--html', 'report', '--out', 'out.jsonl'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readdirSync(join(dir, 'report')).sort()).toEqual(['articles_a-summit.html', 'articles_more_c-hostile.html']);
    const html = readFileSync(join(dir, 'report/articles_more_c-hostile.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;');
    expect(html).not.toMatch(/<script|<img|<b /i);
  });
});

describe('newsnorm on JSON lines', () => {
  it('keeps going past bad records: each is { id, error } in its place, counted, exit 1', async () => {
    const run = await newsnorm(
      ['records.jsonl', '-j', '1', '--text-field', 'body', '--id-field', 'key', '--published-field', 'date'],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.lines.map((l) => [l.id, l.error?.name ?? 'ok'])).toEqual([
      ['k1', 'ok'],
      ['records.jsonl:2', 'SyntaxError'],
      ['k3', 'TypeError'],
      ['k4', 'RangeError'],
      ['records.jsonl:6', 'TypeError'],
      ['records.jsonl:7', 'ok'],
    ]);
    expect(run.lines[2]!.error.message).toBe('record has no "body" field');
    expect(run.lines[3]!.error.message).toContain('"2022-02-30"');
    expect(run.lines[5]!.metadata.publishedAt).toBe('2022-03-04');
    expect(run.stderr).toMatch(/^newsnorm: 6 records, 4 errors, .* 1 job, CPU [\d.]+ s, peak memory \d+ MB\n$/);
  });

  it('reads stdin, runs only the stages asked for, and gives the same lines with two jobs', async () => {
    const stdin = [ARTICLES.summit, ARTICLES.port, ARTICLES.hostile, ARTICLES.port]
      .map((text, i) => JSON.stringify({ id: i * 10, text, publishedAt: '2022-03-01' }))
      .join('\n');
    const [one, two] = await Promise.all([
      newsnorm(['--jobs', '1', '--stages', 'clean,dates', '--summary'], { stdin }),
      newsnorm(['-', '--jobs', '2', '--stages', 'clean,dates'], { stdin }),
    ]);
    expect(one.code).toBe(0);
    expect(one.lines.map((l) => l.id)).toEqual([0, 10, 20, 30]);
    expect(one.lines.every((l) => l.entities.length === 0 && l.quotes.length === 0)).toBe(true);
    expect(one.lines[1]!.dates.map((d: { text: string }) => d.text)).toContain('Friday');
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toMatch(/^newsnorm: 4 records, 0 errors/);
    expect(two.stderr).toBe('');
  });

  it('draws progress on stderr when asked to (as on a terminal)', async () => {
    const stdin = JSON.stringify({ text: ARTICLES.port });
    const run = await newsnorm(['--jobs', '1', '--progress'], { stdin });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/records\/s/);
    expect(run.stderr).toMatch(/newsnorm: 1 records, 0 errors/);
  });
});

describe('newsnorm usage errors exit 2 and say why', () => {
  it.concurrent.for([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--stages', 'clean,ner', 'x.txt'], 'unknown stage "ner"'],
    [['--jobs', '0', 'x.txt'], '--jobs expects a positive integer'],
    [['missing.txt'], 'cannot read missing.txt'],
    [['--published-at', 'soon', 'records.jsonl'], 'publishedAt "soon" is not a valid date'],
  ] as Array<[string[], string]>)('%j', async ([args, message], { expect }) => {
    const run = await newsnorm(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('--help documents every option', async () => {
    const run = await newsnorm(['--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--out',
      '--text-field',
      '--id-field',
      '--published-field',
      '--stages',
      '--jobs',
      '--html',
      '--progress',
      '--quiet',
    ])
      expect(run.stdout).toContain(flag);
  });
});
