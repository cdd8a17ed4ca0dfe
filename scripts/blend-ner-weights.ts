// Blends tagger weight files written by scripts/train-ner.ts into one: a weighted mean of their
// feature weights and transitions (a feature a file lacks counts as 0 there), pruned to the
// features with the largest weights and quantized to int8 as train-ner.ts does. The tagger is
// linear, so the blend is one model of the same size and speed: a fit on modern news pulled
// towards an earlier fit, around which the typing rules were chosen, by the share given to it.
//
//   npx tsx scripts/blend-ner-weights.ts --in A.ts:0.5,B.ts:0.5 [--features 110000] \
//     [--out src/entities/tagger/weights.ts]
import { readWeightsFile, writeWeightsFile } from './ner-weights.js';
import { LABELS } from '../src/entities/tagger/model.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const inputs = arg('in');
if (!inputs) {
  console.error('usage: tsx scripts/blend-ner-weights.ts --in A.ts:SHARE,B.ts:SHARE [--features N] [--out FILE]');
  process.exit(2);
}
const MAX_FEATURES = Number(arg('features', '110000'));
const OUT = arg('out', 'src/entities/tagger/weights.ts')!;
const L = LABELS.length;

const parts = inputs.split(',').map((p) => {
  const i = p.lastIndexOf(':');
  return { path: p.slice(0, i), share: Number(p.slice(i + 1)) };
});
const total = parts.reduce((s, p) => s + p.share, 0);
const rows = new Map<number, Float32Array>();
const transitions = new Float32Array((L + 1) * L);
for (const { path, share } of parts) {
  const d = readWeightsFile(path);
  const w = share / total;
  for (const [h, row] of d.rows) {
    const acc = rows.get(h) ?? new Float32Array(L);
    for (let y = 0; y < L; y++) acc[y]! += w * row[y]!;
    rows.set(h, acc);
  }
  for (let k = 0; k < transitions.length; k++) transitions[k]! += w * d.transitions[k]!;
}

// Prune to the features with the largest weights (L1 over labels) and quantize to int8.
const norm = (row: Float32Array): number => row.reduce((s, v) => s + Math.abs(v), 0);
const kept = [...rows.keys()]
  .filter((h) => norm(rows.get(h)!) > 0)
  .sort((a, b) => norm(rows.get(b)!) - norm(rows.get(a)!) || a - b)
  .slice(0, MAX_FEATURES)
  .sort((a, b) => a - b);
let maxAbs = 0;
for (const h of kept) for (const v of rows.get(h)!) maxAbs = Math.max(maxAbs, Math.abs(v));
const recipe = parts.map((p) => `${p.path.split('/').pop()} x ${(p.share / total).toFixed(2)}`).join(', ');
const dataLength = writeWeightsFile(
  OUT,
  [
    'Trained weights of the entity tagger, written by scripts/blend-ner-weights.ts; do not edit.',
    `A weighted mean of fits written by scripts/train-ner.ts (${recipe}), pruned to`,
    `${kept.length} features and quantized to int8.`,
  ],
  kept,
  rows,
  transitions,
  maxAbs / 127,
);
console.log(`${rows.size} features in the blend, ${kept.length} kept, ${(dataLength / 1024).toFixed(0)} KB -> ${OUT}`);
