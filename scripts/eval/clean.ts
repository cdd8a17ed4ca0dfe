// Article-body extraction of `clean` on a scraped-page benchmark (`npm run eval -- clean [file.jsonl] [--lang en|!en] [--disable rule,rule] [--check]`).
//
// Default data: ../shared/bench/clean/dev.jsonl (one page per line: {id, lang, text, body}).
// Metric: the benchmark's own (evaluate.py, see scripts/eval/clean-metric.ts): 4-token
// shingles, per-page precision and recall averaged over pages, F1 of the two means; printed
// for all pages, English pages and the others, with the keep-everything floor beside it.
// Throughput is clean()'s on the page texts after one warm-up pass (MB/s of UTF-16 input).
// The article alone: each page's annotated body cleaned as the input, the share of its
// shingles that survive (recall; what clean loses of an article given without its page).
// --check also verifies on every page that restore() rebuilds the input and that every
// edit and flag slices to its text (the span invariants), and fails on the first violation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean, restore } from '../../src/clean/index.js';
import { macroScores, matchShingles, shingleCounts, TokenTable } from './clean-metric.js';

interface Page {
  id: string;
  lang?: string;
  text: string;
  body: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_FILE = resolve(here, '../../../shared/bench/clean/dev.jsonl');

export function run(args: string[]): void {
  const file =
    args.find((a, i) => !a.startsWith('--') && !['--lang', '--disable'].includes(args[i - 1]!)) ?? DEFAULT_FILE;
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  // --disable id,id: an ablation, the same pages cleaned without those rules
  const disableAt = args.indexOf('--disable');
  const options = disableAt >= 0 ? { disable: args[disableAt + 1]!.split(',') } : {};
  let pages: Page[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Page);
  if (lang) pages = pages.filter((p) => (lang.startsWith('!') ? p.lang !== lang.slice(1) : p.lang === lang));
  const table = new TokenTable();

  for (const page of pages) clean(page.text, options); // warm-up
  let chars = 0;
  let ms = 0;
  const rows = pages.map((page) => {
    const start = performance.now();
    const result = clean(page.text, options);
    ms += performance.now() - start;
    chars += page.text.length;
    if (args.includes('--check')) checkInvariants(page, result);
    const gold = shingleCounts(table.idsOf(page.body));
    return {
      lang: page.lang ?? 'und',
      cleaned: matchShingles(gold, shingleCounts(table.idsOf(result.text))),
      floor: matchShingles(gold, shingleCounts(table.idsOf(page.text))),
      alone: matchShingles(gold, shingleCounts(table.idsOf(clean(page.body, options).text))),
    };
  });
  const line = (name: string, keep: (lang: string) => boolean) => {
    const picked = rows.filter((r) => keep(r.lang));
    if (!picked.length) return;
    const s = macroScores(picked.map((r) => r.cleaned));
    const f = macroScores(picked.map((r) => r.floor));
    console.log(
      `${name.padEnd(9)} ${String(picked.length).padStart(4)} pages  F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}   (keep everything: F1 ${f.f1.toFixed(3)})`,
    );
  };
  console.log(`clean() on ${file}`);
  line('all', () => true);
  line('English', (l) => l === 'en');
  line('other', (l) => l !== 'en');
  const alone = (keep: (lang: string) => boolean) =>
    macroScores(rows.filter((r) => keep(r.lang)).map((r) => r.alone)).recall.toFixed(3);
  console.log(
    `article alone (the annotated body as input): R ${alone(() => true)} (English ${alone((l) => l === 'en')}, other ${alone((l) => l !== 'en')})`,
  );
  console.log(
    `throughput ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s (${(ms / pages.length).toFixed(1)} ms per page)`,
  );
  if (args.includes('--check')) console.log(`restore exact and span invariants hold on all ${pages.length} pages`);
}

function checkInvariants(page: Page, result: ReturnType<typeof clean>): void {
  const fail = (what: string) => {
    throw new Error(`page ${page.id}: ${what}`);
  };
  if (restore(result) !== page.text) fail('restore() does not rebuild the input');
  let rawAt = 0;
  let at = 0;
  for (const e of result.edits) {
    if (e.rawStart < rawAt || e.start < at || e.rawEnd < e.rawStart || e.end < e.start)
      fail(`edit ${e.rule} out of order`);
    if (page.text.slice(e.rawStart, e.rawEnd) !== e.before) fail(`edit ${e.rule}: before does not slice the input`);
    if (result.text.slice(e.start, e.end) !== e.after) fail(`edit ${e.rule}: after does not slice the text`);
    if (page.text.slice(rawAt, e.rawStart) !== result.text.slice(at, e.start))
      fail(`edit ${e.rule}: unedited gap differs`);
    rawAt = e.rawEnd;
    at = e.end;
  }
  for (const f of result.flags) {
    if (result.text.slice(f.start, f.end) !== f.text) fail(`flag ${f.kind}: text does not slice`);
    if (!(f.rawStart >= 0 && f.rawEnd >= f.rawStart && f.rawEnd <= page.text.length))
      fail(`flag ${f.kind}: raw offsets outside the input`);
  }
}
