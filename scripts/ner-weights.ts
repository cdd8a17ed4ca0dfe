// The entity tagger's weights file (src/entities/tagger/weights.ts) in one place: its packed
// format is written by train-ner.ts and blend-ner-weights.ts and read by blend-ner-weights.ts
// (the package reads it with loadModel, src/entities/tagger/model.ts). The format: the feature
// hashes (uint32, ascending), then each feature's row of label weights (int8, times `scale`),
// then the transition matrix (float32, (labels + 1) x labels, the last row the start state),
// all little-endian, in one base64 string.
import { readFileSync, writeFileSync } from 'node:fs';
import { LABELS } from '../src/entities/tagger/model.js';

const L = LABELS.length;

/** A tagger's weights by feature hash, and its transitions. */
export interface WeightRows {
  rows: Map<number, Float32Array>;
  transitions: Float32Array;
}

/** Reads a weights file as writeWeightsFile writes it. */
export function readWeightsFile(path: string): WeightRows {
  const src = readFileSync(path, 'utf8');
  const n = Number(/features: (\d+)/.exec(src)?.[1]);
  const scale = Number(/scale: ([0-9.e-]+)/.exec(src)?.[1]);
  const data = /data: '([^']*)'/.exec(src)?.[1];
  if (!n || !scale || !data) throw new Error(`${path}: not a tagger weights file`);
  const bytes = Buffer.from(data, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows = new Map<number, Float32Array>();
  const hashes: number[] = [];
  for (let k = 0; k < n; k++) hashes.push(view.getUint32(k * 4, true));
  let o = n * 4;
  for (const h of hashes) {
    const row = new Float32Array(L);
    for (let y = 0; y < L; y++) row[y] = view.getInt8(o++) * scale;
    rows.set(h, row);
  }
  const transitions = new Float32Array((L + 1) * L);
  for (let k = 0; k < transitions.length; k++, o += 4) transitions[k] = view.getFloat32(o, true);
  return { rows, transitions };
}

/**
 * Writes the weights file: the rows of `hashes` (ascending) quantized to int8 by `scale`, the
 * transitions, and a header comment of the given lines. Returns the size of the packed data
 * in base64 characters.
 */
export function writeWeightsFile(
  out: string,
  header: readonly string[],
  hashes: readonly number[],
  rows: ReadonlyMap<number, Float32Array>,
  transitions: Float32Array,
  scale: number,
): number {
  const bytes = new Uint8Array(hashes.length * 4 + hashes.length * L + transitions.length * 4);
  const view = new DataView(bytes.buffer);
  let o = 0;
  for (const h of hashes) {
    view.setUint32(o, h, true);
    o += 4;
  }
  for (const h of hashes) {
    const row = rows.get(h)!;
    for (let y = 0; y < L; y++) view.setInt8(o++, Math.max(-127, Math.min(127, Math.round(row[y]! / scale))));
  }
  for (const v of transitions) {
    view.setFloat32(o, v, true);
    o += 4;
  }
  const data = Buffer.from(bytes).toString('base64');
  writeFileSync(
    out,
    `/**
${header.map((line) => ` * ${line}`).join('\n')}
 */
export const MODEL = {
  features: ${hashes.length},
  scale: ${scale},
  data: '${data}',
};
`,
  );
  return data.length;
}
