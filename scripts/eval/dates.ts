/**
 * Scores resolveDates on TimeML JSONL (TempEval-3 style) and on the Recognizers-Text cases.
 *
 *   npm run eval -- dates                          # TimeBank + AQUAINT (default files)
 *   npm run eval -- dates path/to/file.jsonl ...   # any TimeML-style or recognizers JSONL
 *   npm run eval -- dates --errors 30              # also print the first 30 value errors
 *
 * TimeML files: relaxed span match (any overlap, one-to-one in text order) and strict
 * span match (exact offsets), P/R/F1 for both, value accuracy over relaxed matches, and
 * value F1 = relaxed F1 × value accuracy; for all types and for DATE+TIME only. The same
 * numbers are printed for plain chrono-node (casual) as a baseline.
 * Recognizers file: the share of cases whose expected spans and timex values we reproduce.
 *
 * Value conventions where the dev gold disagrees with itself (counted over TimeBank +
 * AQUAINT; we follow the majority and the TIMEX3 guidelines, never one annotator):
 * - bare years are 'YYYY' (100 gold) — not 'YYYY-XX' / 'YYYY-XX-XX' (12, two AQUAINT docs);
 * - weeks are ISO 'YYYY-Www', zero-padded (31 gold) — not '2000-W7' (6, AQUAINT) — and a
 *   specific week for "last week" (40) rather than 'YYYY-WXX' (22, 1989 WSJ);
 * - decades are 'YYY' ("the 1990s" → '199', TIMEX3 form; 4 TimeBank) — not '199X' (4 AQUAINT);
 * - a weekday with a part of day keeps it ('…TNI', '…TEV', '…TMO': 15) rather than the day
 *   alone (10);
 * - "N units later/after/before" is a DURATION of the amount without the signal (13) and
 *   "the year" in news is the publication year (6 DATE; "the year ended …" is P1Y).
 * The primary value score compares value strings exactly, as the TempEval-3 scorer does. A
 * secondary "notation-normalized" value F1 also counts a value right when it differs from
 * the gold only in notation for the same time (see `notation`): it shows how much of the
 * remaining gap is spelling, and is never the number a target is judged on.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node/en';
import { resolveDates } from '../../src/dates/index.js';

interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}
interface Doc {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// prettier-ignore
const DEFAULT_FILES = ['../shared/bench/temporal/timebank.jsonl', '../shared/bench/temporal/aquaint.jsonl'];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Plain chrono: values from its components (implied year filled the chrono way). */
function chronoBaseline(text: string, dct: string): Timex[] {
  const [y, m, d] = dct.split('-').map(Number) as [number, number, number];
  const ref = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  return chrono.casual.parse(text, ref).map((r) => {
    const c = r.start;
    let value = `${c.get('year')}-${pad2(c.get('month')!)}`;
    let type = 'DATE';
    if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) value += `-${pad2(c.get('day')!)}`;
    if (c.isCertain('hour')) {
      type = 'TIME';
      value += `T${pad2(c.get('hour')!)}:${pad2(c.get('minute') ?? 0)}`;
    }
    if (c.isCertain('year') && !c.isCertain('month')) value = String(c.get('year'));
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

function ours(text: string, dct: string): Timex[] {
  return resolveDates(text, { publishedAt: dct });
}

type Counts = { gold: number; pred: number; relaxed: number; strict: number; valueOk: number; notationOk: number };
const empty = (): Counts => ({ gold: 0, pred: 0, relaxed: 0, strict: 0, valueOk: 0, notationOk: 0 });

/**
 * One spelling for values that mean the same time and differ only in notation, for the
 * secondary "notation-normalized" score (the primary score compares strings exactly):
 * '1949-XX' / '1994-XX-XX' → '1949' / '1994' (a year written with unknown month/day),
 * '2000-W7' → '2000-W07' (unpadded ISO week), '199X' → '199' (decade), '19XX' → '19' (century).
 */
export function notation(value: string | null): string | null {
  if (value === null) return null;
  return value
    .replace(/^(\d{4})(?:-XX)+$/, '$1')
    .replace(/^(\d{4})-W(\d)$/, '$1-W0$2')
    .replace(/^(\d{3})X$/, '$1')
    .replace(/^(\d{2})XX$/, '$1');
}

function match(gold: Timex[], pred: Timex[], counts: Counts, errors: string[] | null, doc: Doc) {
  counts.gold += gold.length;
  counts.pred += pred.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < pred.length; i++) {
      if (used.has(i)) continue;
      const p = pred[i]!;
      if (p.start < g.end && g.start < p.end) {
        if (best < 0 || (p.start === g.start && p.end === g.end)) best = i;
        if (p.start === g.start && p.end === g.end) break;
      }
    }
    if (best < 0) {
      errors?.push(`MISS  ${doc.id} ${doc.dct} ${JSON.stringify(g.text)} ${g.type} ${g.value}`);
      continue;
    }
    used.add(best);
    const p = pred[best]!;
    counts.relaxed++;
    if (p.start === g.start && p.end === g.end) counts.strict++;
    if (notation(p.value) === notation(g.value)) counts.notationOk++;
    if (p.value === g.value) counts.valueOk++;
    else
      errors?.push(
        `VALUE ${doc.id} ${doc.dct} ${JSON.stringify(g.text)}→${JSON.stringify(p.text)} gold=${g.value} got=${p.value}`,
      );
  }
  if (errors)
    for (let i = 0; i < pred.length; i++)
      if (!used.has(i))
        errors.push(`EXTRA ${doc.id} ${doc.dct} ${JSON.stringify(pred[i]!.text)} ${pred[i]!.type} ${pred[i]!.value}`);
}

function f1(p: number, r: number) {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function report(label: string, c: Counts) {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  // value F1 with two decimals: a target is never met by rounding
  const pct2 = (x: number) => (100 * x).toFixed(2).padStart(6);
  const rp = c.pred ? c.relaxed / c.pred : 0;
  const rr = c.gold ? c.relaxed / c.gold : 0;
  const sp = c.pred ? c.strict / c.pred : 0;
  const sr = c.gold ? c.strict / c.gold : 0;
  const acc = c.relaxed ? c.valueOk / c.relaxed : 0;
  console.log(
    `  ${label.padEnd(26)} gold ${String(c.gold).padStart(4)} pred ${String(c.pred).padStart(4)} | relaxed P ${pct(rp)} R ${pct(rr)} F1 ${pct(f1(rp, rr))} | strict P ${pct(sp)} R ${pct(sr)} F1 ${pct(f1(sp, sr))} | value acc ${pct(acc)} | value F1 ${pct2(f1(rp, rr) * acc)} (${c.valueOk} right) | notation-normalized value F1 ${pct2(f1(rp, rr) * (c.relaxed ? c.notationOk / c.relaxed : 0))}`,
  );
}

function scoreTimeML(file: string, docs: Doc[], showErrors: number) {
  console.log(`\n${file} (${docs.length} docs)`);
  for (const [system, run] of [
    ['newsnorm', ours],
    ['chrono-node only', chronoBaseline],
  ] as const) {
    const all = empty();
    const dateTime = empty();
    const errors: string[] = [];
    for (const doc of docs) {
      const pred = run(doc.text, doc.dct);
      match(doc.timexes, pred, all, null, doc);
      const isDT = (t: Timex) => t.type === 'DATE' || t.type === 'TIME';
      match(
        doc.timexes.filter(isDT),
        pred.filter(isDT),
        dateTime,
        system === 'newsnorm' && showErrors > 0 ? errors : null,
        doc,
      );
    }
    report(`${system} all types`, all);
    report(`${system} DATE+TIME`, dateTime);
    if (errors.length) {
      console.log(`  first ${showErrors} DATE/TIME errors:`);
      for (const e of errors.slice(0, showErrors)) console.log(`    ${e}`);
    }
  }
}

interface RecCase {
  id: number;
  input: string;
  refDate: string | null;
  results: { text: string; start: number; end: number; type: string; timex: string }[];
}

function scoreRecognizers(file: string, cases: RecCase[], showErrors: number) {
  let spanCases = 0;
  let fullCases = 0;
  let expected = 0;
  let spanHits = 0;
  let valueHits = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const dct = (c.refDate ?? '2016-11-07').slice(0, 10);
    const pred = resolveDates(c.input, { publishedAt: dct });
    let spansOk = c.results.length === 0 ? pred.length === 0 : true;
    let valuesOk = spansOk;
    for (const r of c.results) {
      expected++;
      const p = pred.find((x) => x.start === r.start && x.end === r.end);
      if (!p) {
        spansOk = false;
        valuesOk = false;
        continue;
      }
      spanHits++;
      if (p.value === r.timex) valueHits++;
      else valuesOk = false;
    }
    if (spansOk) spanCases++;
    if (valuesOk) fullCases++;
    else if (errors.length < showErrors)
      errors.push(
        `${JSON.stringify(c.input)} expected ${JSON.stringify(c.results.map((r) => [r.text, r.timex]))} got ${JSON.stringify(pred.map((p) => [p.text, p.value]))}`,
      );
  }
  const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(1)}%`;
  console.log(`\n${file} (${cases.length} cases, ${expected} expected results)`);
  console.log(
    `  cases with every expected span exact (and no extra when none expected): ${spanCases}/${cases.length} = ${pct(spanCases, cases.length)}`,
  );
  console.log(
    `  cases with every span exact and every timex value equal:              ${fullCases}/${cases.length} = ${pct(fullCases, cases.length)}`,
  );
  console.log(
    `  expected results with exact span: ${pct(spanHits, expected)}; with exact span and equal timex: ${pct(valueHits, expected)}`,
  );
  for (const e of errors) console.log(`    ${e}`);
}

/** Entry point used by scripts/eval.ts. */
export async function run(args: string[]): Promise<void> {
  let showErrors = 0;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--errors') showErrors = Number(args[++i] ?? 30);
    else files.push(args[i]!);
  }
  for (const file of files.length ? files : DEFAULT_FILES) {
    const path = resolve(ROOT, file);
    const rows = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    if (rows[0] && 'input' in rows[0]) scoreRecognizers(file, rows as RecCase[], showErrors);
    else scoreTimeML(file, rows as Doc[], showErrors);
  }
}
