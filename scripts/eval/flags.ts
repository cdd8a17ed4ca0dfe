// Translation flags on native English and on scraped pages:
//   npx tsx scripts/eval/flags.ts [polnear.jsonl] [--pages GOLD.jsonl ARTICLES_DIR --mt IDS] [--quiet]
//   (or `npm run eval -- flags ...`)
//
// 1. Native precision: runs the pipeline's translation checks (clean → one compromise parse →
//    entities → assessTranslation, as normalizeArticle does) on every text of a JSONL file of
//    native English articles ({ id, text }; default ../shared/bench/quotes/polnear-dev.jsonl)
//    and prints the flags per 50 sentences, per rule, and each flag with its context, so every
//    one can be judged a real error or a false alarm.
// 2. With --pages: the same on hand-annotated scraped pages (gold JSONL with `language_issues`,
//    and the directory of page texts): issues flagged (a flag or a content edit overlapping the
//    annotated string, as the pages scorer counts), and the AUC of `translationQuality.score`
//    separating the machine-translated pages (--mt: ids, comma-separated, ranges allowed:
//    "001-013") from the others.
// Data is read from the paths given, never copied into the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../../src/clean/index.js';
import type { Edit, Flag } from '../../src/core/types.js';
import { extractEntitiesFromParse, parseText } from '../../src/entities/index.js';
import { normalizeArticle } from '../../src/index.js';
import { assessTranslation } from '../../src/translation/index.js';

interface Options {
  polnear: string;
  goldFile?: string;
  pagesDir?: string;
  mt: Set<string>;
  quiet: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const opts: Options = { polnear: resolve('../shared/bench/quotes/polnear-dev.jsonl'), mt: new Set(), quiet: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--pages') {
      opts.goldFile = resolve(args[++i] ?? '');
      opts.pagesDir = resolve(args[++i] ?? '');
    } else if (a === '--mt') opts.mt = expandIds(args[++i] ?? '');
    else if (a === '--quiet') opts.quiet = true;
    else if (!a.startsWith('--')) opts.polnear = resolve(a);
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

function expandIds(spec: string): Set<string> {
  const ids = new Set<string>();
  for (const part of spec.split(',').filter(Boolean)) {
    const range = /^(\d+)-(\d+)$/.exec(part);
    if (!range) {
      ids.add(part);
      continue;
    }
    const width = range[1]!.length;
    for (let n = Number(range[1]); n <= Number(range[2]); n++) ids.add(String(n).padStart(width, '0'));
  }
  return ids;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** The pipeline's translation checks on one raw text: clean, one parse, entities, assessment. */
function check(raw: string): { flags: Flag[]; edits: Edit[]; sentences: number; text: string; score: number } {
  const cleaned = clean(raw);
  const parse = parseText(cleaned.text);
  const entities = extractEntitiesFromParse(parse);
  const language = cleaned.metadata.language === 'eng' ? 'eng' : 'und';
  const assessment = assessTranslation(cleaned.text, {
    flags: cleaned.flags,
    edits: cleaned.edits,
    parse,
    entities,
    language,
  });
  return {
    flags: [...cleaned.flags, ...assessment.flags],
    edits: cleaned.edits,
    sentences: assessment.sentences,
    text: cleaned.text,
    score: assessment.quality.score,
  };
}

function context(text: string, start: number, end: number, width = 70): string {
  const clip = (s: string) => s.replace(/\s+/g, ' ');
  return `${clip(text.slice(Math.max(0, start - width), start))}«${clip(text.slice(start, end))}»${clip(text.slice(end, end + width))}`;
}

function native(opts: Options): void {
  const articles = readJsonl<{ id: string; text: string }>(opts.polnear);
  let sentences = 0;
  const byRule = new Map<string, number>();
  const lines: string[] = [];
  let total = 0;
  const scores: number[] = [];
  for (const article of articles) {
    const result = check(article.text);
    sentences += result.sentences;
    scores.push(result.score);
    for (const flag of result.flags) {
      total++;
      const rule = flag.rule ?? flag.kind;
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
      lines.push(`  ${rule} @ ${article.id.slice(0, 60)}: ${context(result.text, flag.start, flag.end)}`);
    }
  }
  console.log(
    `native English: ${articles.length} texts (${opts.polnear}), ${sentences} sentences, ${total} flags = ${((50 * total) / Math.max(1, sentences)).toFixed(2)} per 50 sentences`,
  );
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(36)} ${n}`);
  const called = scores.filter((x) => x >= 0.5).length;
  console.log(
    `  translationQuality: ${called}/${scores.length} called machine-translated; mean score ${(scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length)).toFixed(3)}`,
  );
  if (!opts.quiet && lines.length) console.log(lines.join('\n'));
}

interface Gold {
  id: string;
  language_issues?: string[];
  published?: string | null;
}

/** Area under the ROC curve of `score` for positives vs negatives (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (!positives.length || !negatives.length) return Number.NaN;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

function pages(opts: Options): void {
  const gold = readJsonl<Gold>(opts.goldFile!);
  const files = new Set(readdirSync(opts.pagesDir!));
  let issues = 0;
  let flagged = 0;
  const scores: Array<{ id: string; score: number; mt: boolean; per100: number; flags: number }> = [];
  const misses: string[] = [];
  for (const g of gold) {
    const raw = readFileSync(join(opts.pagesDir!, files.has(`${g.id}.txt`) ? `${g.id}.txt` : g.id), 'utf8');
    const article = normalizeArticle(raw, g.published ? { publishedAt: g.published } : {});
    const predicted = [
      ...article.flags,
      ...article.edits.filter((e) => e.category !== 'whitespace' && e.category !== 'typography'),
    ];
    for (const issue of g.language_issues ?? []) {
      issues++;
      const at = raw.indexOf(issue);
      const end = at + issue.length;
      if (predicted.some((f) => f.rawStart < end && at < f.rawEnd)) flagged++;
      else misses.push(`  ${g.id} not flagged: ${issue}`);
    }
    scores.push({
      id: g.id,
      score: article.translationQuality.score,
      mt: opts.mt.has(g.id),
      per100: article.translationQuality.flagsPer100Sentences,
      flags: article.flags.length,
    });
  }
  console.log(
    `pages: language issues flagged ${flagged}/${issues} (${((100 * flagged) / Math.max(1, issues)).toFixed(1)}%)`,
  );
  if (opts.mt.size) {
    const value = auc(
      scores.filter((s) => s.mt).map((s) => s.score),
      scores.filter((s) => !s.mt).map((s) => s.score),
    );
    console.log(
      `translationQuality AUC (machine-translated ${scores.filter((s) => s.mt).length} vs ${scores.filter((s) => !s.mt).length}): ${value.toFixed(3)}`,
    );
  }
  if (!opts.quiet) {
    for (const s of [...scores].sort((a, b) => b.score - a.score))
      console.log(
        `  ${s.id} ${s.mt ? 'MT    ' : 'native'} score ${s.score.toFixed(3)} flags ${s.flags} per100 ${s.per100}`,
      );
    console.log(misses.join('\n'));
  }
}

/** Entry point for `npm run eval -- flags ...`. */
export function run(args: readonly string[]): void {
  const opts = parseArgs(args);
  native(opts);
  if (opts.goldFile && opts.pagesDir) pages(opts);
}

if (import.meta.url === `file://${process.argv[1]}`) run(process.argv.slice(2));
