/**
 * The learned name tagger at run time: a linear model over the features of features.ts
 * with first-order label transitions (averaged structured perceptrons trained by
 * scripts/train-ner.ts on CoNLL-2003 train, one of them also on annotated modern news, chosen on
 * dev and blended by scripts/blend-ner-weights.ts), decoded with Viterbi.
 *
 * Labels are BIO over PER/ORG/LOC/MISC. The weights live in weights.ts as one base64
 * string (feature hashes, int8 weights, a scale, transitions) and are decoded on first
 * use, so importing the stage costs nothing until a text is tagged.
 */
import { MODEL } from './weights.js';
import {
  buildFeatureContext,
  FEATURE_HASH_START,
  featureHashFold,
  spanBreaks,
  tokenContextFeatures,
  tokenOwnFeatures,
  type FeatureContext,
  type FeatureSink,
} from './features.js';
import type { Token } from '../parse.js';

/**
 * The labels, in the order of the weight rows.
 *
 * @example
 * LABELS[1]; // 'B-PER'
 */
// prettier-ignore
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
/** A tagger label. @example const l: Label = 'B-LOC'; */
export type Label = (typeof LABELS)[number];
const L = LABELS.length;
const HAS_UPPER = /\p{Lu}/u;
// The score, against O's 0, of a name label on a word that cannot be in a name.
const OUT_OF_NAME = -1e4;

/**
 * A decoded model: feature hash table, weights, transitions.
 *
 * @example
 * const m: LoadedModel = loadModel();
 */
export interface LoadedModel {
  readonly slots: Int32Array;
  readonly mask: number;
  readonly hashes: Uint32Array;
  readonly weights: Float32Array;
  /** (L + 1) x L: row L is the start state. */
  readonly transitions: Float32Array;
}

let loaded: LoadedModel | null = null;

/**
 * Decodes the packed weights once and returns them.
 *
 * @example
 * loadModel().hashes.length > 0; // true
 */
export function loadModel(): LoadedModel {
  if (loaded) return loaded;
  const bytes = decodeBase64(MODEL.data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = MODEL.features;
  let offset = 0;
  const hashes = new Uint32Array(n);
  for (let k = 0; k < n; k++, offset += 4) hashes[k] = view.getUint32(offset, true);
  const weights = new Float32Array(n * L);
  for (let k = 0; k < n * L; k++, offset++) weights[k] = view.getInt8(offset) * MODEL.scale;
  const transitions = new Float32Array((L + 1) * L);
  for (let k = 0; k < transitions.length; k++, offset += 4) transitions[k] = view.getFloat32(offset, true);
  let size = 1;
  while (size < n * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let k = 0; k < n; k++) {
    let s = hashes[k]! & mask;
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = k;
  }
  loaded = { slots, mask, hashes, weights, transitions };
  return loaded;
}

function lookup(m: LoadedModel, hash: number): number {
  let s = hash & m.mask;
  for (;;) {
    const k = m.slots[s]!;
    if (k === -1) return -1;
    if (m.hashes[k] === hash) return k;
    s = (s + 1) & m.mask;
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes base64 without Buffer (works in any JavaScript runtime).
 *
 * @example
 * decodeBase64('AQID'); // Uint8Array [1, 2, 3]
 */
export function decodeBase64(s: string): Uint8Array {
  const map = new Uint8Array(128);
  for (let k = 0; k < BASE64.length; k++) map[BASE64.charCodeAt(k)] = k;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let k = 0; k < clean.length; k += 4) {
    const a = map[clean.charCodeAt(k)]!;
    const b = map[clean.charCodeAt(k + 1)]!;
    const c = k + 2 < clean.length ? map[clean.charCodeAt(k + 2)]! : 0;
    const d = k + 3 < clean.length ? map[clean.charCodeAt(k + 3)]! : 0;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (v >> 16) & 255;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}

/**
 * True when label `to` may follow label `from` (an I-X only continues a B-X or I-X).
 *
 * @example
 * allowed(1, 2); // true  (B-PER -> I-PER)
 * allowed(0, 2); // false (O -> I-PER)
 */
export function allowed(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true;
  return from === to || from === to - 1;
}

// The labels `allowed` before each label, in increasing order (read once: Viterbi asks per token).
const ALLOWED_BEFORE = LABELS.map((_, y) => Int8Array.from(LABELS.keys()).filter((p) => allowed(p, y)));
const NO_LABELS = new Int8Array(0);

/**
 * Emission scores of every token for every label: a Float32Array of tokens x labels.
 *
 * A token's row is the sum of its features' weight rows, added in `tokenFeatures`' order (in
 * float32, so the order is part of the result). The features are hashed from their parts
 * without building their strings, and the partial row after a token's own features
 * (`tokenOwnFeatures`) is kept per text for the next token equal in what they read.
 *
 * @example
 * const scores = emissions(loadModel(), ctx); // scores[i * LABELS.length + 1] is token i's B-PER score
 */
export function emissions(m: LoadedModel, ctx: FeatureContext): Float32Array {
  const n = ctx.tokens.length;
  const out = new Float32Array(n * L);
  const capital = ctx.tokens.map((t) => HAS_UPPER.test(t.text));
  let row: Float32Array = out;
  let base = 0;
  const add: FeatureSink = (a, b, c, d, e, f) => {
    let h = featureHashFold(FEATURE_HASH_START, a);
    if (b !== undefined) h = featureHashFold(h, b);
    if (c !== undefined) h = featureHashFold(h, c);
    if (d !== undefined) h = featureHashFold(h, d);
    if (e !== undefined) h = featureHashFold(h, e);
    if (f !== undefined) h = featureHashFold(h, f);
    const k = lookup(m, h >>> 0);
    if (k < 0) return;
    const w = k * L;
    for (let y = 0; y < L; y++) row[base + y]! += m.weights[w + y]!;
  };
  const own = new Map<ReadonlySet<string>, Map<string, Float32Array>>();
  for (let i = 0; i < n; i++) {
    // A lowercase word between lowercase words is no part of a name ("de" in "Charles de
    // Gaulle" has capitals beside it): it is O without scoring its ~50 features, which is
    // most words of prose and most of the tagger's time.
    if (!capital[i] && !capital[i - 1] && !capital[i + 1]) {
      for (let y = 1; y < L; y++) out[i * L + y] = OUT_OF_NAME;
      continue;
    }
    const t = ctx.tokens[i]!;
    let byTags = own.get(t.tags);
    if (!byTags) own.set(t.tags, (byTags = new Map()));
    // everything tokenOwnFeatures reads besides the tags (see there), without ambiguity
    const key = `${(t.sentenceStart ? 1 : 0) + (t.possessive ? 2 : 0) + (t.parts > 1 ? 4 : 0)}${t.text.length}:${t.text}${t.pre.length}:${t.pre}${t.post}`;
    let partial = byTags.get(key);
    if (!partial) {
      partial = new Float32Array(L);
      row = partial;
      base = 0;
      tokenOwnFeatures(ctx, i, add);
      byTags.set(key, partial);
    }
    out.set(partial, i * L);
    row = out;
    base = i * L;
    tokenContextFeatures(ctx, i, add);
  }
  return out;
}

/**
 * Best label sequence under emission and transition scores (Viterbi, constrained BIO).
 *
 * @example
 * viterbi(scores, transitions, tokens.length); // [0, 0, 1, 2, 0]: O O B-PER I-PER O
 * // with `breaks` (spanBreaks), no I- label where breaks[offset + i] is 1
 */
export function viterbi(
  scores: Float32Array,
  transitions: Float32Array,
  n: number,
  breaks?: Uint8Array,
  offset = 0,
): number[] {
  if (n === 0) return [];
  const delta = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) delta[y] = allowed(0, y) ? transitions[L * L + y]! + scores[y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const broken = breaks !== undefined && breaks[offset + i] === 1;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      // the labels allowed before y, in increasing order; none before an I- at a break
      const before = broken && !allowed(0, y) ? NO_LABELS : ALLOWED_BEFORE[y]!;
      for (let k = 0; k < before.length; k++) {
        const p = before[k]!;
        const v = delta[(i - 1) * L + p]! + transitions[p * L + y]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[i * L + y] = best + scores[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  let best = -Infinity;
  for (let k = 0; k < L; k++) {
    if (delta[(n - 1) * L + k]! > best) {
      best = delta[(n - 1) * L + k]!;
      y = k;
    }
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * L + y]!;
  }
  return path;
}

/**
 * A name span found by the tagger, with the evidence per type: the mean over its tokens
 * of the model's score for the type's B/I label minus the score for O.
 *
 * @example
 * const span: TaggedSpan = { first: 2, last: 3, type: 'PER', evidence: { PER: 9.1, ORG: -2.3, LOC: -1.7, MISC: -3 } };
 */
export interface TaggedSpan {
  first: number;
  last: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  evidence: Record<'PER' | 'ORG' | 'LOC' | 'MISC', number>;
}

// prettier-ignore
const SPAN_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/**
 * A tagged text: the name spans and the emission scores they came from (tokens x labels),
 * so that a span trimmed afterwards can be scored again (`spanEvidence`).
 *
 * @example
 * const { spans, scores } = tagText(parsed.text, parsed.tokens);
 */
export interface Tagged {
  spans: TaggedSpan[];
  scores: Float32Array;
  /** The per-text facts the features were computed from (lines, document vocabulary). */
  context: FeatureContext | null;
}

/**
 * Tags a token list and returns the name spans.
 *
 * @example
 * const parsed = parseText('Kremlin spokesman Dmitry Peskov said.');
 * tagText(parsed.text, parsed.tokens).spans.map((s) => s.type); // ['ORG', 'PER']
 */
export function tagText(source: string, tokens: readonly Token[]): Tagged {
  if (!tokens.length) return { spans: [], scores: new Float32Array(0), context: null };
  const m = loadModel();
  const ctx = buildFeatureContext(source, tokens);
  const scores = emissions(m, ctx);
  const path = viterbi(scores, m.transitions, tokens.length, spanBreaks(source, tokens));
  return { spans: spansOf(path, scores), scores, context: ctx };
}

/**
 * The model's evidence per type for tokens first..last read as one name: the mean over the
 * tokens of the score of the type's B (first token) or I label minus the score of O.
 *
 * @example
 * spanEvidence(scores, 2, 3); // { PER: 91.5, ORG: 29.5, LOC: 32.2, MISC: 35.6 }
 */
export function spanEvidence(
  scores: Float32Array,
  first: number,
  last: number,
): Record<'PER' | 'ORG' | 'LOC' | 'MISC', number> {
  const evidence = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  const n = last - first + 1;
  for (let k = first; k <= last; k++) {
    const o = scores[k * L]!;
    SPAN_TYPES.forEach((t, ti) => {
      evidence[t] += (scores[k * L + (k === first ? 1 + ti * 2 : 2 + ti * 2)]! - o) / n;
    });
  }
  return evidence;
}

/**
 * Spans of a BIO label path, with per-type evidence from the emission scores.
 *
 * @example
 * spansOf([0, 1, 2, 0], scores); // [{ first: 1, last: 2, type: 'PER', evidence }]
 */
export function spansOf(path: readonly number[], scores: Float32Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let i = 0;
  while (i < path.length) {
    const y = path[i]!;
    if (y === 0) {
      i++;
      continue;
    }
    const typeIndex = (y - 1) >> 1;
    let j = i;
    while (j + 1 < path.length && path[j + 1] === typeIndex * 2 + 2) j++;
    out.push({ first: i, last: j, type: SPAN_TYPES[typeIndex]!, evidence: spanEvidence(scores, i, j) });
    i = j + 1;
  }
  return out;
}
