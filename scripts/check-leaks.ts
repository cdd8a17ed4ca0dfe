// Data hygiene check: finds benchmark text copied into the repository.
//
//   npx tsx scripts/check-leaks.ts [--n 8] [--bench ../shared/bench] [paths…]
//   npx tsx scripts/check-leaks.ts --lists     # multi-word list entries of src/ found in the bench
//
// Evaluation data must never reach rules, tests, examples or docs (COMMON rule "no literal strings from
// any benchmark page"). The bench lives outside the repository, so this is a manual check, not CI.
// How: every string value of every bench record (*.jsonl, recursively: article text, clean bodies, quote
// texts, page keep/junk lines, MQM documents, CoNLL token text…) and every pages/articles/*.txt is
// normalized (lower case, letters/digits only, whitespace collapsed, "n't" split as CoNLL does) and each
// word n-gram (default 8) is hashed into one Map (hash → first bench file). Then every file under the
// scanned paths (default src test examples docs fixtures scripts README.md CHANGELOG.md) is normalized
// as one token stream — string literals, comments and markdown alike, so a sentence split over `+` or
// comment lines is still seen — and each n-gram hit is printed with file:line and the bench file.
// The five fixture articles (fixtures/*.txt, fixtures/golden) are our own seeds: they are not scanned as
// leaks, but their overlap with the bench is printed as information.
// `--lists` instead takes every 2–7-word string literal under src/ (list entries, patterns' words) and
// prints the bench files containing it, to spot list entries that exist only because a dev page had them.
// Exit code 1 when any leak hit is found, so it can gate a release by hand.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One normalized word with the 1-based line it starts on. */
interface Token {
  readonly word: string;
  readonly line: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower-cases and splits on anything that is not a letter or digit ("Don't" → do, n, t as CoNLL's "do n't"). */
export function tokenize(text: string): Token[] {
  const prepared = text.replace(/n['’]t\b/giu, " n't").toLowerCase();
  const tokens: Token[] = [];
  let line = 1;
  let last = 0;
  for (const match of prepared.matchAll(TOKEN)) {
    for (let i = last; i < match.index; i += 1) if (prepared.charCodeAt(i) === 10) line += 1;
    last = match.index;
    tokens.push({ word: match[0], line });
  }
  return tokens;
}

// Two independent 32-bit FNV-style mixes folded into one 53-bit number: a Set/Map of plain numbers keeps
// ~10 M n-grams in memory without storing strings. A collision only costs a false hit, which is printed
// with its text and checked by eye.
function hashWord(word: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

function gramKey(words: readonly string[], from: number, n: number): number {
  let a = 2166136261;
  let b = 374761393;
  for (let i = from; i < from + n; i += 1) {
    a = Math.imul(a ^ hashWord(words[i]!, 2166136261), 2246822519) >>> 0;
    b = Math.imul(b ^ hashWord(words[i]!, 3266489917), 3266489917) >>> 0;
    a ^= a >>> 15;
    b ^= b >>> 13;
  }
  return (a >>> 0) * 2097152 + (b >>> 11);
}

/** Every string value of a parsed JSON record, each its own unit (n-grams never span two fields). */
function stringsOf(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) out.push(value.join(' '));
    for (const v of value) if (typeof v !== 'string') stringsOf(v, out);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
}

function walk(path: string, keep: (file: string) => boolean): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return keep(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => walk(join(path, name), keep));
}

/** The bench's text units, per bench file (relative name). */
function benchUnits(bench: string): Map<string, string[]> {
  const units = new Map<string, string[]>();
  const files = walk(bench, (f) => f.endsWith('.jsonl') || /\/articles\/[^/]+\.txt$/.test(f));
  for (const file of files) {
    const name = relative(bench, file);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.txt')) {
      units.set(name, [text]);
      continue;
    }
    const out: string[] = [];
    for (const line of text.split('\n')) if (line.trim()) stringsOf(JSON.parse(line), out);
    units.set(name, out);
  }
  return units;
}

function benchIndex(units: Map<string, string[]>, n: number): { index: Map<number, number>; names: string[] } {
  const index = new Map<number, number>();
  const names = [...units.keys()];
  names.forEach((name, fileId) => {
    for (const unit of units.get(name)!) {
      const words = tokenize(unit).map((t) => t.word);
      for (let i = 0; i + n <= words.length; i += 1) {
        const key = gramKey(words, i, n);
        if (!index.has(key)) index.set(key, fileId);
      }
    }
  });
  return { index, names };
}

/** Source text with the escapes of string literals decoded, so "said.\nThe" reads as two words. */
function sourceText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  if (!/\.(c|m)?[jt]s$/.test(file)) return raw;
  return raw
    .replace(/\\u\{?([0-9a-fA-F]{4,6})\}?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\[ntr]/g, ' ');
}

interface Hit {
  readonly file: string;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly bench: string;
  readonly text: string;
}

/** Runs of consecutive matching n-grams in one file, merged into one hit each. */
function scanFile(file: string, root: string, n: number, index: Map<number, number>, names: string[]): Hit[] {
  const tokens = tokenize(sourceText(file));
  const words = tokens.map((t) => t.word);
  const hits: Hit[] = [];
  let i = 0;
  while (i + n <= words.length) {
    const fileId = index.get(gramKey(words, i, n));
    if (fileId === undefined) {
      i += 1;
      continue;
    }
    let end = i + n;
    while (end < words.length && index.has(gramKey(words, end - n + 1, n))) end += 1;
    hits.push({
      file: relative(root, file),
      firstLine: tokens[i]!.line,
      lastLine: tokens[end - 1]!.line,
      bench: names[fileId]!,
      text: words.slice(i, end).join(' '),
    });
    i = end;
  }
  return hits;
}

const SCANNED = /\.(ts|mts|cts|js|mjs|cjs|md|json|txt|jsonl|html)$/;
const SEED = /^fixtures\/(golden\/|[^/]+\.txt$)/;

function printHits(hits: readonly Hit[]): void {
  for (const hit of hits) {
    const lines = hit.firstLine === hit.lastLine ? `${hit.firstLine}` : `${hit.firstLine}-${hit.lastLine}`;
    console.log(`${hit.file}:${lines} → ${hit.bench}\n    ${hit.text}`);
  }
}

/** Multi-word string literals of the TypeScript files under `dir`: the entries of word lists and tables. */
function phrasesOf(dir: string, root: string): Map<string, string[]> {
  const phrases = new Map<string, string[]>();
  for (const file of walk(dir, (f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const words = tokenize(node.text).map((t) => t.word);
        if (words.length >= 2 && words.length <= 7 && /^[\p{L}\p{N}\s.'’-]+$/u.test(node.text)) {
          const key = words.join(' ');
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          phrases.set(key, [...(phrases.get(key) ?? []), `${relative(root, file)}:${line}`]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return phrases;
}

function listsReport(units: Map<string, string[]>, root: string): void {
  const phrases = phrasesOf(join(root, 'src'), root);
  const byKey = new Map<number, string>();
  for (const phrase of phrases.keys()) {
    const words = phrase.split(' ');
    byKey.set(gramKey(words, 0, words.length) + words.length, phrase);
  }
  const found = new Map<string, Map<string, number>>();
  for (const [name, texts] of units) {
    for (const unit of texts) {
      const words = tokenize(unit).map((t) => t.word);
      for (let i = 0; i < words.length; i += 1) {
        for (let n = 2; n <= 7 && i + n <= words.length; n += 1) {
          const phrase = byKey.get(gramKey(words, i, n) + n);
          if (phrase === undefined) continue;
          const counts = found.get(phrase) ?? new Map<string, number>();
          counts.set(name, (counts.get(name) ?? 0) + 1);
          found.set(phrase, counts);
        }
      }
    }
  }
  // Sorted rarest first: a phrase seen only in one or two bench files is the suspect; common ones are not.
  const rows = [...found].map(([phrase, counts]) => ({
    phrase,
    total: [...counts.values()].reduce((a, b) => a + b, 0),
    counts,
  }));
  rows.sort((a, b) => a.total - b.total || a.phrase.localeCompare(b.phrase));
  for (const row of rows) {
    const where = [...row.counts].map(([name, count]) => `${name}×${count}`).join(', ');
    console.log(`${row.total}\t${row.phrase}\t${phrases.get(row.phrase)!.join(' ')}\t${where}`);
  }
}

function main(argv: readonly string[]): number {
  const args = [...argv];
  const take = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at < 0 ? undefined : args.splice(at, 2)[1];
  };
  const n = Number(take('--n') ?? 8);
  const lists = args.includes('--lists') ? (args.splice(args.indexOf('--lists'), 1), true) : false;
  const root = resolve(new URL('..', import.meta.url).pathname);
  let bench = take('--bench') ?? join(root, '..', 'shared', 'bench');
  if (args[0] && /bench\/?$/.test(args[0])) bench = args.shift()!;
  const paths =
    args.length > 0 ? args : ['src', 'test', 'examples', 'docs', 'fixtures', 'scripts', 'README.md', 'CHANGELOG.md'];
  const units = benchUnits(resolve(bench));
  if (units.size === 0) {
    console.error(`no bench data under ${bench}`);
    return 2;
  }
  if (lists) {
    listsReport(units, root);
    return 0;
  }
  const { index, names } = benchIndex(units, n);
  console.log(`bench: ${names.length} files, ${index.size} distinct ${n}-grams`);
  const files = paths.flatMap((p) => walk(resolve(root, p), (f) => SCANNED.test(f)));
  const leaks: Hit[] = [];
  const seeds: Hit[] = [];
  for (const file of files) {
    const hits = scanFile(file, root, n, index, names);
    (SEED.test(relative(root, file)) ? seeds : leaks).push(...hits);
  }
  console.log(`scanned ${files.length} files: ${leaks.length} hit(s)`);
  printHits(leaks);
  if (seeds.length > 0) {
    console.log(`\ninformation — fixture seeds sharing ${n}-grams with the bench (not leaks): ${seeds.length}`);
    printHits(seeds);
  }
  return leaks.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
