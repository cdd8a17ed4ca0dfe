// Entity accuracy on CoNLL-2003 as JSONL:
//   npm run eval -- entities [file.jsonl | --split dev|test|train] [--layout on|off|both] [--errors N]
//     [--baseline-only | --skip-baseline]
// The default file is the test split (eng.testb); `--split dev` scores eng.testa, the split the
// tagger was chosen on. `--layout off` (the default, as in extractEntities) runs it with
// { layout: false } (no result-table and dateline rules), `on` with them, `both` reports the two.
//
// Scoring (mentions, per document):
// - types: person=PER, organization=ORG, place=LOC. MISC gold spans are not scored: a prediction
//   that overlaps a MISC gold span (and matches no PER/ORG/LOC gold span) counts neither as a true
//   nor as a false positive, because we do not predict MISC and such spans ("Russian", "Asian Cup")
//   are outside our three types.
// - exact: same start, end and type. overlap: same type and overlapping spans, matched one-to-one.
// - micro: over the three types together.
// Baseline: compromise alone, `doc.people()`, `doc.organizations()`, `doc.places()` with their offsets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { extractEntities } from '../../src/entities/index.js';

type Gold = 'PER' | 'ORG' | 'LOC' | 'MISC';
type Scored = 'PER' | 'ORG' | 'LOC';
interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type: Gold;
}
interface Doc {
  id: string;
  text: string;
  entities: GoldSpan[];
}
interface Pred {
  start: number;
  end: number;
  type: Scored;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

// prettier-ignore
const TYPES: Scored[] = ['PER', 'ORG', 'LOC'];
const TO_GOLD = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

export async function run(args: string[]): Promise<void> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const showErrors = args.includes('--errors') ? Number(value('--errors') ?? 30) : 0;
  const split = value('--split') ?? 'test';
  if (!['train', 'dev', 'test'].includes(split)) throw new Error(`--split: expected train, dev or test, got ${split}`);
  const layoutFlag = value('--layout') ?? 'off';
  if (!['on', 'off', 'both'].includes(layoutFlag))
    throw new Error(`--layout: expected on, off or both, got ${layoutFlag}`);
  // prettier-ignore
  const valued = new Set(['--errors', '--split', '--layout']);
  const file =
    args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? '')) ??
    resolve(process.cwd(), `../shared/bench/ner/conll2003-${split}.jsonl`);
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);
  const golds = docs.map((d) => d.entities);

  if (!flags.has('--skip-baseline')) {
    const t0 = performance.now();
    const base = docs.map((d) => baseline(d.text));
    const tBase = performance.now() - t0;
    report(
      `compromise baseline (people/organizations/places), ${docs.length} docs, ${tBase.toFixed(0)} ms`,
      score(golds, base),
    );
  }
  if (flags.has('--baseline-only')) return;

  for (const layout of layoutFlag === 'both' ? [true, false] : [layoutFlag === 'on']) {
    const t1 = performance.now();
    const ours = docs.map((d) =>
      extractEntities(d.text, { layout }).flatMap((e) =>
        e.mentions.map((m) => ({ start: m.start, end: m.end, type: TO_GOLD[e.type] })),
      ),
    );
    const tOurs = performance.now() - t1;
    report(
      `newsnorm extractEntities (layout ${layout ? 'on' : 'off'}), ${file.split('/').pop()}, ${docs.length} docs, ${tOurs.toFixed(0)} ms`,
      score(golds, ours),
    );
    if (showErrors) printErrors(docs, ours, showErrors);
  }
}

function baseline(text: string): Pred[] {
  const doc = nlp(text);
  const out: Pred[] = [];
  const take = (view: { json(options: object): unknown }, type: Scored): void => {
    // Span from the first term's start to the last term's end (compromise's match offset
    // also counts surrounding punctuation).
    for (const m of view.json({ offset: true, terms: { offset: true } }) as {
      terms: { offset: { start: number; length: number } }[];
    }[]) {
      const a = m.terms[0];
      const b = m.terms[m.terms.length - 1];
      if (a && b) out.push({ start: a.offset.start, end: b.offset.start + b.offset.length, type });
    }
  };
  take(doc.people(), 'PER');
  take(doc.organizations(), 'ORG');
  take(doc.places(), 'LOC');
  return out;
}

interface Result {
  exact: Record<Scored, Counts>;
  overlap: Record<Scored, Counts>;
}

function score(golds: GoldSpan[][], preds: Pred[][]): Result {
  const exact = fresh();
  const overlap = fresh();
  golds.forEach((gold, i) => {
    const pred = preds[i]!;
    const scored = gold.filter((g) => g.type !== 'MISC') as (GoldSpan & { type: Scored })[];
    const misc = gold.filter((g) => g.type === 'MISC');
    // exact
    const exactHit = new Set<number>();
    for (const p of pred) {
      const gi = scored.findIndex(
        (g, k) => !exactHit.has(k) && g.start === p.start && g.end === p.end && g.type === p.type,
      );
      if (gi >= 0) {
        exactHit.add(gi);
        exact[p.type].tp++;
      } else if (!misc.some((g) => overlaps(g, p)) || scored.some((g) => overlaps(g, p))) exact[p.type].fp++;
    }
    scored.forEach((g, k) => {
      if (!exactHit.has(k)) exact[g.type].fn++;
    });
    // overlap, one-to-one
    const used = new Set<number>();
    for (const p of pred) {
      const gi = scored.findIndex((g, k) => !used.has(k) && g.type === p.type && overlaps(g, p));
      if (gi >= 0) {
        used.add(gi);
        overlap[p.type].tp++;
      } else if (!misc.some((g) => overlaps(g, p)) || scored.some((g) => overlaps(g, p))) overlap[p.type].fp++;
    }
    scored.forEach((g, k) => {
      if (!used.has(k)) overlap[g.type].fn++;
    });
  });
  return { exact, overlap };
}

function fresh(): Record<Scored, Counts> {
  return { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function prf(c: Counts): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1).padStart(5)}  R ${(100 * r).toFixed(1).padStart(5)}  F1 ${(100 * f).toFixed(1).padStart(5)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function report(title: string, r: Result): void {
  console.log(title);
  for (const mode of ['exact', 'overlap'] as const) {
    const micro = TYPES.reduce(
      (acc, t) => ({ tp: acc.tp + r[mode][t].tp, fp: acc.fp + r[mode][t].fp, fn: acc.fn + r[mode][t].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    for (const t of TYPES) console.log(`  ${mode.padEnd(7)} ${t.padEnd(5)} ${prf(r[mode][t])}`);
    console.log(`  ${mode.padEnd(7)} micro ${prf(micro)}`);
  }
}

function printErrors(docs: Doc[], preds: Pred[][], n: number): void {
  const fps = new Map<string, number>();
  const fns = new Map<string, number>();
  docs.forEach((d, i) => {
    const gold = d.entities;
    for (const p of preds[i]!) {
      const hit = gold.find((g) => g.start === p.start && g.end === p.end && g.type === p.type);
      if (hit) continue;
      const over = gold.find((g) => overlaps(g, p));
      if (over?.type === 'MISC') continue;
      const k = `${p.type} "${d.text.slice(p.start, p.end)}"${over ? ` ~ gold ${over.type} "${over.text}"` : ''}`;
      fps.set(k, (fps.get(k) ?? 0) + 1);
    }
    for (const g of gold) {
      if (g.type === 'MISC') continue;
      if (preds[i]!.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) continue;
      const over = preds[i]!.find((p) => overlaps(g, p));
      const k = `${g.type} "${g.text}"${over ? ` ~ pred ${over.type} "${d.text.slice(over.start, over.end)}"` : ' (missed)'}`;
      fns.set(k, (fns.get(k) ?? 0) + 1);
    }
  });
  // Error classes: same span but wrong type, overlapping span (boundary), spurious, missed.
  const classes = { wrongType: 0, boundary: 0, spurious: 0, missed: 0 };
  docs.forEach((d, i) => {
    const gold = d.entities.filter((g) => g.type !== 'MISC');
    for (const p of preds[i]!) {
      if (gold.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) continue;
      if (gold.some((g) => g.start === p.start && g.end === p.end)) classes.wrongType++;
      else if (gold.some((g) => overlaps(g, p))) classes.boundary++;
      else if (!d.entities.some((g) => g.type === 'MISC' && overlaps(g, p))) classes.spurious++;
    }
    for (const g of gold) if (!preds[i]!.some((p) => overlaps(g, p))) classes.missed++;
  });
  console.log(`error classes: ${JSON.stringify(classes)}`);
  const top = (m: Map<string, number>): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${String(v).padStart(3)} ${k}`);
  console.log('false positives (top):');
  console.log(top(fps).join('\n'));
  console.log('false negatives (top):');
  console.log(top(fns).join('\n'));
}
