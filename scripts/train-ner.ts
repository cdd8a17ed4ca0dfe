// Trains the entity tagger (src/entities/tagger): an averaged structured perceptron over the
// features of src/entities/tagger/features.ts with BIO labels over PER/ORG/LOC/MISC.
//
//   npx tsx scripts/train-ner.ts --train ../shared/bench/ner/conll2003-train.jsonl \
//     --dev ../shared/bench/ner/conll2003-dev.jsonl [--epochs 12] [--features 110000] [--seed 1] \
//     [--extra SPANS.jsonl[,…]] [--extra-copies 1] [--out src/entities/tagger/weights.ts]
//
// `--extra` adds training documents of modern news in the same span format (PER/ORG/LOC, no
// MISC), e.g. written by scripts/ner-project-forms.ts from an entity-level annotation; their
// sentences that hold an `ignore` span (a name the annotator was unsure of) are left out, and
// `--extra-copies` repeats them in every epoch.
//
// Fit on train; after every epoch the averaged weights are scored on dev (exact span F1 over
// PER/ORG/LOC) and the best epoch is kept; the test split is never read here. The kept weights
// are pruned to the features with the largest weights, quantized to int8 and written as one
// base64 string. Deterministic: documents are shuffled with a seeded generator.
import { readJsonlFiles } from './jsonl.js';
import { writeWeightsFile } from './ner-weights.js';
import { parseText } from '../src/entities/parse.js';
import { buildFeatureContext, featureHash, spanBreaks, tokenFeatures } from '../src/entities/tagger/features.js';
import { LABELS, allowed, spansOf, viterbi } from '../src/entities/tagger/model.js';

interface GoldSpan {
  start: number;
  end: number;
  type: string;
}
interface Doc {
  id: string;
  text: string;
  entities: GoldSpan[];
  /** Spans whose sentences are left out of training (extra documents: unsure names). */
  ignore?: Array<{ start: number; end: number }>;
}
interface Seq {
  feats: Int32Array[];
  gold: Int8Array;
  breaks: Uint8Array;
  tokens: { start: number; end: number }[];
}
interface Prepared {
  seqs: Seq[];
  gold: GoldSpan[];
  doc: Doc;
  tokenStarts: number[];
  tokenEnds: number[];
}

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const trainPath = arg('train');
const devPath = arg('dev');
if (!trainPath || !devPath) {
  console.error(
    'usage: tsx scripts/train-ner.ts --train TRAIN.jsonl --dev DEV.jsonl [--epochs N] [--features N] [--seed S] [--extra SPANS.jsonl[,…]] [--extra-copies N] [--out FILE]',
  );
  process.exit(2);
}
const EPOCHS = Number(arg('epochs', '12'));
const MAX_FEATURES = Number(arg('features', '110000'));
const SEED = Number(arg('seed', '1'));
const SEEDS = Number(arg('seeds', '1'));
const OUT = arg('out', 'src/entities/tagger/weights.ts')!;
const EXTRA = arg('extra');
const EXTRA_COPIES = Number(arg('extra-copies', '1'));
const L = LABELS.length;
// prettier-ignore
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * The same document as ordinary prose with Title-Case headlines, so that the tagger also
 * learns the shapes our users' text has: no space before , . ; : ! ? ) 's n't or after (,
 * quotes attached to the words they enclose, and ALL-CAPS lines written in Title Case with
 * small words in lower case. Gold spans are carried over to the new offsets.
 */
// prettier-ignore
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);
function proseVariant(doc: Doc): Doc {
  const map = new Int32Array(doc.text.length + 1);
  let out = '';
  let quoteOpen = false;
  const lines = doc.text.split('\n');
  let offset = 0;
  lines.forEach((line, li) => {
    if (li > 0) {
      map[offset - 1] = out.length;
      out += '\n';
    }
    const words = line.split(' ');
    const letters = words.filter((w) => /[A-Za-z]{2}/.test(w));
    const caps = letters.filter((w) => !/[a-z]/.test(w)).length;
    const title = letters.length >= 2 && caps / letters.length >= 0.7;
    let attachNext = true;
    words.forEach((w, wi) => {
      let word = w;
      if (title && /[A-Za-z]/.test(w))
        word = wi > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase();
      const closing = /^(?:[,.;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(w) || (w === '"' && quoteOpen);
      if (wi > 0) {
        if (!closing && !attachNext) out += ' ';
        map[offset - 1] = out.length;
      }
      for (let k = 0; k < w.length; k++) map[offset + k] = out.length + k;
      out += word;
      attachNext = /^[([{$]$/.test(w) || (w === '"' && !quoteOpen);
      if (w === '"') quoteOpen = !quoteOpen;
      offset += w.length + 1;
    });
  });
  map[doc.text.length] = out.length;
  const entities = doc.entities.map((e) => ({ ...e, start: map[e.start]!, end: map[e.end - 1]! + 1 }));
  return { id: `${doc.id}-prose`, text: out, entities };
}

const readDocs = (paths: string): Doc[] => readJsonlFiles<Doc>(paths);
const index = new Map<string, number>();
const names: string[] = [];

function prepare(doc: Doc, grow: boolean): Prepared {
  const parsed = parseText(doc.text);
  const tokens = parsed.tokens;
  const ctx = buildFeatureContext(parsed.text, tokens);
  const labels = new Int8Array(tokens.length);
  const breaks = spanBreaks(parsed.text, tokens);
  for (const g of doc.entities) {
    const ti = TYPES.indexOf(g.type);
    let first = true;
    tokens.forEach((t, k) => {
      if (t.start >= g.end || t.end <= g.start) return;
      labels[k] = first ? 1 + ti * 2 : 2 + ti * 2;
      first = false;
    });
  }
  const seqs: Seq[] = [];
  let cur: Seq | null = null;
  tokens.forEach((t, k) => {
    if (!cur || t.sentenceStart) {
      cur = { feats: [], gold: new Int8Array(0), breaks: new Uint8Array(0), tokens: [] };
      seqs.push(cur);
    }
    const ids: number[] = [];
    for (const f of tokenFeatures(ctx, k)) {
      let id = index.get(f);
      if (id === undefined && grow) {
        id = names.length;
        index.set(f, id);
        names.push(f);
      }
      if (id !== undefined) ids.push(id);
    }
    cur.feats.push(Int32Array.from(ids));
    cur.tokens.push({ start: t.start, end: t.end });
  });
  // gold labels per sequence; an I- opening a sequence becomes B-
  let k = 0;
  for (const s of seqs) {
    s.gold = labels.slice(k, k + s.feats.length);
    s.breaks = breaks.slice(k, k + s.feats.length);
    for (let j = 0; j < s.gold.length; j++)
      if (s.breaks[j] === 1 && s.gold[j]! > 0 && s.gold[j]! % 2 === 0) s.gold[j] = s.gold[j]! - 1;
    if (s.gold.length && s.gold[0]! > 0 && s.gold[0]! % 2 === 0) s.gold[0] = s.gold[0]! - 1;
    for (let j = 1; j < s.gold.length; j++)
      if (s.gold[j]! > 0 && s.gold[j]! % 2 === 0 && !allowed(s.gold[j - 1]!, s.gold[j]!)) s.gold[j] = s.gold[j]! - 1;
    k += s.feats.length;
  }
  const ignore = doc.ignore ?? [];
  const kept = ignore.length
    ? seqs.filter((s) => {
        const from = s.tokens[0]!.start;
        const to = s.tokens[s.tokens.length - 1]!.end;
        return !ignore.some((g) => g.start < to && from < g.end);
      })
    : seqs;
  return {
    seqs: kept,
    gold: doc.entities,
    doc,
    tokenStarts: tokens.map((t) => t.start),
    tokenEnds: tokens.map((t) => t.end),
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = performance.now();
const trainDocs = readDocs(trainPath);
const extraDocs = EXTRA ? readDocs(EXTRA) : [];
const train = [...trainDocs, ...trainDocs.map(proseVariant)].map((d) => prepare(d, true));
const extra = extraDocs.map((d) => prepare(d, true));
const devDocs = readDocs(devPath);
const dev = devDocs.map((d) => prepare(d, false));
const devProse = devDocs.map(proseVariant).map((d) => prepare(d, false));
console.log(
  `parsed ${train.length} train (+ ${extra.length} extra x ${EXTRA_COPIES}) and ${dev.length} dev documents, ${names.length} features, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);

const F = names.length;
const w = new Float32Array(F * L);
const u = new Float64Array(F * L);
const tw = new Float32Array((L + 1) * L);
const tu = new Float64Array((L + 1) * L);
let c = 1;

function scoresOf(seq: Seq, weights: Float32Array): Float32Array {
  const n = seq.feats.length;
  const out = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    for (const f of seq.feats[i]!) {
      const b = f * L;
      for (let y = 0; y < L; y++) out[i * L + y]! += weights[b + y]!;
    }
  }
  return out;
}

function update(seq: Seq, pred: number[]): void {
  const g = seq.gold;
  for (let i = 0; i < g.length; i++) {
    const gy = g[i]!;
    const py = pred[i]!;
    if (gy !== py) {
      for (const f of seq.feats[i]!) {
        w[f * L + gy]! += 1;
        u[f * L + gy]! += c;
        w[f * L + py]! -= 1;
        u[f * L + py]! -= c;
      }
    }
    const gp = i === 0 ? L : g[i - 1]!;
    const pp = i === 0 ? L : pred[i - 1]!;
    if (gp !== pp || gy !== py) {
      tw[gp * L + gy]! += 1;
      tu[gp * L + gy]! += c;
      tw[pp * L + py]! -= 1;
      tu[pp * L + py]! -= c;
    }
  }
}

function averaged(): { weights: Float32Array; transitions: Float32Array } {
  const weights = new Float32Array(F * L);
  for (let k = 0; k < weights.length; k++) weights[k] = w[k]! - u[k]! / c;
  const transitions = new Float32Array((L + 1) * L);
  for (let k = 0; k < transitions.length; k++) transitions[k] = tw[k]! - tu[k]! / c;
  return { weights, transitions };
}

/** Exact span F1 over PER/ORG/LOC (MISC spans neither rewarded nor punished, as the eval does). */
function evaluate(
  docs: Prepared[],
  weights: Float32Array,
  transitions: Float32Array,
): { f1: number; withMisc: number } {
  let tp = 0,
    fp = 0,
    fn = 0,
    tpM = 0,
    fpM = 0,
    fnM = 0;
  for (const d of docs) {
    const preds: GoldSpan[] = [];
    let offset = 0;
    for (const s of d.seqs) {
      const scores = scoresOf(s, weights);
      const path = viterbi(scores, transitions, s.feats.length, s.breaks);
      for (const sp of spansOf(path, scores))
        preds.push({ start: d.tokenStarts[offset + sp.first]!, end: d.tokenEnds[offset + sp.last]!, type: sp.type });
      offset += s.feats.length;
    }
    const key = (x: GoldSpan): string => `${x.start}:${x.end}:${x.type}`;
    const gold = new Set(d.gold.map(key));
    const goldMain = d.gold.filter((g) => g.type !== 'MISC');
    const misc = d.gold.filter((g) => g.type === 'MISC');
    for (const p of preds) {
      if (gold.has(key(p))) tpM++;
      else fpM++;
      if (p.type === 'MISC') continue;
      if (gold.has(key(p))) tp++;
      else if (
        !misc.some((m) => m.start < p.end && p.start < m.end) ||
        goldMain.some((m) => m.start < p.end && p.start < m.end)
      )
        fp++;
    }
    fnM += d.gold.length;
    const predSet = new Set(preds.map(key));
    for (const g of goldMain) if (!predSet.has(key(g))) fn++;
  }
  fnM -= tpM;
  const f = (a: number, b: number, d: number): number => (2 * a) / (2 * a + b + d || 1);
  return { f1: 100 * f(tp, fp, fn), withMisc: 100 * f(tpM, fpM, fnM) };
}

const order = [...train, ...Array.from({ length: EXTRA_COPIES }, () => extra).flat()].flatMap((d) => d.seqs);
interface Kept {
  f1: number;
  epoch: number;
  weights: Float32Array;
  transitions: Float32Array;
}
// One perceptron per seed (its own shuffles), each at its best epoch on dev; the shipped
// weights are their mean (a bagged average: steadier than any one run).
const runs: Kept[] = [];
for (let s = 0; s < SEEDS; s++) runs.push(trainOne(SEED + s));
const mean = (xs: Float32Array[]): Float32Array => {
  const out = new Float32Array(xs[0]!.length);
  for (const x of xs) for (let k = 0; k < out.length; k++) out[k]! += x[k]! / xs.length;
  return out;
};
const ensemble = {
  weights: mean(runs.map((r) => r.weights)),
  transitions: mean(runs.map((r) => r.transitions)),
};
const best: Kept = {
  f1: evaluate(dev, ensemble.weights, ensemble.transitions).f1,
  epoch: runs[0]!.epoch,
  ...ensemble,
};
if (SEEDS > 1)
  console.log(
    `mean of ${SEEDS} seeds (epochs ${runs.map((r) => r.epoch).join(', ')}; dev ${runs.map((r) => r.f1.toFixed(2)).join(', ')}): dev ${best.f1.toFixed(2)}`,
  );

function trainOne(seed: number): Kept {
  w.fill(0);
  u.fill(0);
  tw.fill(0);
  tu.fill(0);
  c = 1;
  const random = mulberry32(seed);
  let best: Kept = { f1: -1, epoch: 0, weights: new Float32Array(0), transitions: new Float32Array(0) };
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let errors = 0;
    for (const s of order) {
      const path = viterbi(scoresOf(s, w), tw, s.feats.length, s.breaks);
      if (path.some((y, i) => y !== s.gold[i])) {
        errors++;
        update(s, path);
      }
      c++;
    }
    const avg = averaged();
    const r = evaluate(dev, avg.weights, avg.transitions);
    const rp = evaluate(devProse, avg.weights, avg.transitions);
    console.log(
      `seed ${seed} epoch ${epoch}: ${errors} sequences wrong; dev exact F1 PER/ORG/LOC ${r.f1.toFixed(2)} (all four types ${r.withMisc.toFixed(2)}; dev as prose ${rp.f1.toFixed(2)})`,
    );
    if (r.f1 > best.f1) best = { f1: r.f1, epoch, ...avg };
  }
  return best;
}

// Prune: keep the features with the largest weights (L1 over labels), quantize to int8.
const norms = new Float64Array(F);
let maxAbs = 0;
for (let f = 0; f < F; f++) {
  let s = 0;
  for (let y = 0; y < L; y++) {
    const v = Math.abs(best.weights[f * L + y]!);
    s += v;
    if (v > maxAbs) maxAbs = v;
  }
  norms[f] = s;
}
const kept = [...norms.keys()]
  .filter((f) => norms[f]! > 0)
  .sort((a, b) => norms[b]! - norms[a]!)
  .slice(0, MAX_FEATURES);
const scale = maxAbs / 127;
const byHash = new Map<number, Float32Array>();
for (const f of kept) {
  const h = featureHash(names[f]!);
  const row = byHash.get(h) ?? new Float32Array(L);
  for (let y = 0; y < L; y++) row[y]! += best.weights[f * L + y]!;
  byHash.set(h, row);
}
const hashes = [...byHash.keys()].sort((a, b) => a - b);
// Dev score of what is shipped (pruned and quantized).
const quantized = new Float32Array(F * L);
for (const f of kept)
  for (let y = 0; y < L; y++)
    quantized[f * L + y] = Math.max(-127, Math.min(127, Math.round(best.weights[f * L + y]! / scale))) * scale;
const shipped = evaluate(dev, quantized, best.transitions);
const dataLength = writeWeightsFile(
  OUT,
  [
    'Trained weights of the entity tagger, written by scripts/train-ner.ts; do not edit.',
    `Fitted on CoNLL-2003 train${extraDocs.length ? ` and ${extraDocs.length} extra documents (x ${EXTRA_COPIES})` : ''}: the mean of ${SEEDS} perceptron(s) (seeds ${SEED}..${SEED + SEEDS - 1}), each at its`,
    `best epoch of ${EPOCHS} on dev (${runs.map((r) => r.epoch).join(', ')}); dev exact F1 PER/ORG/LOC`,
    `${best.f1.toFixed(2)}; ${shipped.f1.toFixed(2)} after pruning to ${hashes.length} features and int8`,
    'quantization.',
  ],
  hashes,
  byHash,
  best.transitions,
  scale,
);
console.log(
  `shipped: dev ${best.f1.toFixed(2)}; shipped ${hashes.length} features, dev ${shipped.f1.toFixed(2)}, ${(dataLength / 1024).toFixed(0)} KB -> ${OUT} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
