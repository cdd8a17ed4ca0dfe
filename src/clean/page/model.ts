/**
 * The page-level article model: two logistic regressions and a region decoder.
 *
 * Stage 1 scores each block from its own features; stage 2 rescores it with stage 1's
 * scores of its neighbours (±WINDOW blocks), because the article is a contiguous run and a
 * block's neighbours say a lot about it. The decoder then takes the best contiguous region
 * around the anchor, the block with the most body-scored tokens (the maximum-sum run of
 * (p − regionThreshold) · tokens that contains it), keeps the blocks of the region that score
 * above `keepThreshold` or sit, few and short, between two kept blocks, and keeps blocks outside
 * it only when they score above `outsideThreshold`. Weights are fitted by
 * scripts/train-clean.ts and stored in weights.ts.
 */
import { FEATURE_NAMES, type CueKind } from './features.js';

/**
 * The decoder's thresholds.
 *
 * @example
 * const d: DecodeParams = { regionThreshold: 0.5, keepThreshold: 0.2, outsideThreshold: 0.9, maxSandwichTokens: 12 };
 */
export interface DecodeParams {
  regionThreshold: number;
  keepThreshold: number;
  outsideThreshold: number;
  /** A low-scoring block of at most this many tokens between two kept blocks stays. */
  maxSandwichTokens: number;
  /**
   * Kept blocks of at most this many tokens that end no sentence go when they are the first
   * or last kept blocks (short lines at the article's edges: a menu item, a "Share" label);
   * optional, 0 = off.
   */
  maxEdgeTokens?: number;
  /**
   * At most this many blocks in a row are kept by the sandwich rule (a long run of short
   * blocks between two kept ones is a menu or an archive list, not a subheading); optional,
   * 0 or absent = no limit.
   */
  maxSandwichBlocks?: number;
  /**
   * The region ends before the first comments or related-stories heading after the anchor
   * (the blocks after it are outside: they stay only above outsideThreshold); optional.
   */
  cutAtCue?: boolean;
  /**
   * The region starts after the headline (the line that repeats the page title) when the
   * headline lies above the anchor: teasers and menus come before it, the body after it
   * (blocks above it are outside: they stay only above outsideThreshold); optional.
   */
  startAtHeadline?: boolean;
  /**
   * The anchor is sought only above the first comments or related-stories heading that
   * follows the article's first paragraph below the headline (ANCHOR_PARAGRAPH_TOKENS):
   * teasers after "You may also like" can outweigh a short article, but they do not open
   * it; optional.
   */
  anchorBeforeCue?: boolean;
}

/**
 * A fitted model: feature names (for checking), both weight vectors and the decoder.
 *
 * @example
 * const w: PageModel = { features: [...FEATURE_NAMES], window: 4, stage1: [], stage2: [], decode: { regionThreshold: 0.5, keepThreshold: 0.2, outsideThreshold: 0.9, maxSandwichTokens: 12 } };
 */
export interface PageModel {
  features: readonly string[];
  window: number;
  stage1: readonly number[];
  stage2: readonly number[];
  decode: DecodeParams;
}

const PAD_LOGIT = -3;

/**
 * The logistic function.
 *
 * @example
 * sigmoid(0); // 0.5
 */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * Dot product of a weight vector with a feature vector.
 *
 * @example
 * dot([1, 2], Float64Array.of(3, 4)); // 11
 */
export function dot(w: readonly number[], x: Float64Array): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += w[k]! * x[k]!;
  return z;
}

/**
 * Wider context of stage 2: the mean stage-1 logit of the blocks 1–10 and 11–40 places
 * before and after a block (positions off the page count as PAD_LOGIT). A teaser between
 * menus and a paragraph inside the article look alike; their surroundings do not.
 *
 * @example
 * WIDE_CONTEXT[0]; // [1, 10]
 */
export const WIDE_CONTEXT: ReadonlyArray<readonly [number, number]> = [
  [1, 10],
  [11, 40],
];

/**
 * Number of stage-2 inputs beyond the block's own features.
 *
 * @example
 * contextSize(4); // 12
 */
export const contextSize = (window: number): number => 2 * window + 2 * WIDE_CONTEXT.length;

/**
 * Writes block i's context inputs (neighbours' logits ±window, then the WIDE_CONTEXT means
 * before and after) into `out` from index `at`. `prefix[j]` is the sum of logits[0..j).
 *
 * @example
 * const out = new Float64Array(contextSize(1)); contextInto(Float64Array.of(1, 2), prefixSums(Float64Array.of(1, 2)), 0, 1, out, 0);
 */
export function contextInto(
  logits: ArrayLike<number>,
  prefix: Float64Array,
  i: number,
  window: number,
  out: Float64Array,
  at: number,
): void {
  const n = logits.length;
  let k = at;
  for (let d = 1; d <= window; d++) {
    out[k++] = i - d >= 0 ? logits[i - d]! : PAD_LOGIT;
    out[k++] = i + d < n ? logits[i + d]! : PAD_LOGIT;
  }
  // (Indexed, not destructured: this runs for every block of every page.)
  for (let w = 0; w < WIDE_CONTEXT.length; w++) {
    const near = WIDE_CONTEXT[w]![0];
    const far = WIDE_CONTEXT[w]![1];
    const span = far - near + 1;
    // Before: blocks i-far .. i-near; after: i+near .. i+far.
    const b0 = Math.max(0, i - far),
      b1 = Math.max(0, i - near + 1);
    out[k++] = (prefix[b1]! - prefix[b0]! + (span - (b1 - b0)) * PAD_LOGIT) / span;
    const a0 = Math.min(n, i + near),
      a1 = Math.min(n, i + far + 1);
    out[k++] = (prefix[a1]! - prefix[a0]! + (span - (a1 - a0)) * PAD_LOGIT) / span;
  }
}

/**
 * Prefix sums of a page's logits (for contextInto).
 *
 * @example
 * prefixSums(Float64Array.of(1, 2)); // Float64Array [0, 1, 3]
 */
export function prefixSums(logits: ArrayLike<number>): Float64Array {
  const prefix = new Float64Array(logits.length + 1);
  for (let i = 0; i < logits.length; i++) prefix[i + 1] = prefix[i]! + logits[i]!;
  return prefix;
}

/**
 * Stage-2 vectors: each block's own features followed by its context inputs (contextInto).
 *
 * @example
 * stackedVectors([Float64Array.of(1)], [0.5], 1)[0]!.length; // 7
 */
export function stackedVectors(
  vectors: readonly Float64Array[],
  logits: ArrayLike<number>,
  window: number,
): Float64Array[] {
  const prefix = prefixSums(logits);
  return vectors.map((v, i) => {
    const out = new Float64Array(v.length + contextSize(window));
    out.set(v);
    contextInto(logits, prefix, i, window, out, v.length);
    return out;
  });
}

/**
 * Body probabilities of every block. Stage 2 is linear, so its own-feature part is summed
 * in the same pass as stage 1 and no vector is kept.
 *
 * @example
 * const p = scoreBlocks(pageFeatures(page), PAGE_MODEL);
 */
export function scoreBlocks(
  features: { stats: readonly unknown[]; fill(i: number, out: Float64Array): void },
  model: PageModel,
): Float64Array {
  const f = FEATURE_NAMES.length;
  const c = contextSize(model.window);
  if (model.features.length !== f || model.stage1.length !== f || model.stage2.length !== f + c) {
    throw new Error('page model: weights do not match the feature list; retrain with scripts/train-clean.ts');
  }
  const n = features.stats.length;
  const logits = new Float64Array(n);
  const own = new Float64Array(n);
  const v = new Float64Array(f);
  const w1 = model.stage1;
  const w2 = model.stage2;
  const finite = w1.every(Number.isFinite) && w2.every(Number.isFinite);
  for (let i = 0; i < n; i++) {
    features.fill(i, v);
    // Both dot products (as dot sums them, k = 0 .. f-1) in one pass over the vector. A zero
    // feature (most of a block's flags) is skipped when the weights are finite: a finite weight
    // times ±0 is ±0, and adding ±0 leaves a sum that started at +0 as it is (a sum of doubles
    // is -0 only when both terms are, so it is never -0).
    let z1 = 0;
    let z2 = 0;
    for (let k = 0; k < f; k++) {
      const x = v[k]!;
      if (x === 0 && finite) continue;
      z1 += w1[k]! * x;
      z2 += w2[k]! * x;
    }
    logits[i] = clampLogit(z1);
    own[i] = z2;
  }
  const prefix = prefixSums(logits);
  const context = new Float64Array(c);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    contextInto(logits, prefix, i, model.window, context, 0);
    let z = own[i]!;
    for (let k = 0; k < c; k++) z += w2[f + k]! * context[k]!;
    p[i] = sigmoid(z);
  }
  return p;
}

/**
 * A logit clipped to ±8, so one extreme block cannot dominate its neighbours' stage 2.
 *
 * @example
 * clampLogit(20); // 8
 */
export const clampLogit = (z: number): number => Math.max(-8, Math.min(8, z));

/**
 * The decoder's verdict: which blocks stay, and the article region.
 *
 * @example
 * const d: Decoded = { keep: [true], regionStart: 0, regionEnd: 0 };
 */
export interface Decoded {
  keep: boolean[];
  /** First and last block of the best region (regionEnd < regionStart when there is none). */
  regionStart: number;
  regionEnd: number;
}

/**
 * Decodes block probabilities into keep/remove decisions (see the module header).
 * `eligible[i]` false: the block is already gone and does not count. `cue[i]` true: the
 * block is a heading that opens a comments or related-stories region (for `cutAtCue`);
 * `headline` is the headline's index or -1 (for `startAtHeadline`).
 *
 * @example
 * decodeRegion(Float64Array.of(0.1, 0.9, 0.8), [1, 30, 20], [true, true, true], params).keep; // [false, true, true]
 */
export function decodeRegion(
  p: ArrayLike<number>,
  tokens: ArrayLike<number>,
  eligible: readonly boolean[],
  params: DecodeParams,
  sentenceEnd?: readonly boolean[],
  cue?: ReadonlyArray<RegionCue | boolean | undefined>,
  headline = -1,
): Decoded {
  const n = tokens.length;
  // The region is the maximum-sum run of (p - t) * tokens that contains the anchor, the
  // block with the most body-scored tokens (p · tokens: the densest prose, not a long tag
  // cloud): the best run ending at it joined with the best run starting after it.
  const gain = (i: number) => (eligible[i] ? (p[i]! - params.regionThreshold) * Math.max(1, tokens[i]!) : 0);
  const limit = params.anchorBeforeCue ? anchorLimit(tokens, eligible, cue, headline) : n;
  const anchor = anchorOf(p, tokens, eligible, limit);
  let bestStart = 0;
  let bestEnd = -1;
  if (anchor >= 0) {
    bestStart = anchor;
    let sum = 0;
    let best = 0;
    const first = params.startAtHeadline && headline >= 0 && headline < anchor ? headline + 1 : 0;
    for (let i = anchor - 1; i >= first; i--) {
      sum += gain(i);
      if (sum > best) {
        best = sum;
        bestStart = i;
      }
    }
    bestEnd = anchor;
    sum = 0;
    best = 0;
    for (let i = anchor + 1; i < n; i++) {
      if (params.cutAtCue && cue?.[i] && eligible[i]) break;
      sum += gain(i);
      if (sum > best) {
        best = sum;
        bestEnd = i;
      }
    }
  }
  const keep = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    const inside = i >= bestStart && i <= bestEnd;
    keep[i] = p[i]! > (inside ? params.keepThreshold : params.outsideThreshold);
  }
  if (anchor >= 0) keep[anchor] = true;
  // Short blocks between two kept blocks of the region stay (subheadings, datelines), when
  // there are few of them.
  const maxBlocks = params.maxSandwichBlocks || Infinity;
  let lastKept = -1;
  for (let i = bestStart; i <= bestEnd; i++) {
    if (!eligible[i] || !keep[i]) continue;
    if (lastKept >= 0) {
      let allShort = true;
      let count = 0;
      for (let k = lastKept + 1; k < i; k++) {
        if (!eligible[k]) continue;
        count++;
        if (tokens[k]! > params.maxSandwichTokens) allShort = false;
      }
      if (allShort && count <= maxBlocks) for (let k = lastKept + 1; k < i; k++) if (eligible[k]) keep[k] = true;
    }
    lastKept = i;
  }
  // Short lines at the edges go: trim kept blocks that end no sentence from both ends.
  const edge = params.maxEdgeTokens ?? 0;
  if (edge > 0 && sentenceEnd) {
    const trimmable = (i: number) => i !== anchor && tokens[i]! <= edge && !sentenceEnd[i];
    for (let i = 0; i < n; i++) {
      if (!eligible[i] || !keep[i]) continue;
      if (!trimmable(i)) break;
      keep[i] = false;
    }
    for (let i = n - 1; i >= 0; i--) {
      if (!eligible[i] || !keep[i]) continue;
      if (!trimmable(i)) break;
      keep[i] = false;
    }
  }
  return { keep, regionStart: bestStart, regionEnd: bestEnd };
}

/**
 * The eligible block before `limit` with the most body-scored tokens (largest p · tokens), or -1.
 *
 * @example
 * anchorOf(Float64Array.of(0.05, 0.9), [100, 60], [true, true]); // 1
 */
export function anchorOf(
  p: ArrayLike<number>,
  tokens: ArrayLike<number>,
  eligible: readonly boolean[],
  limit = tokens.length,
): number {
  let anchor = -1;
  let best = -1;
  for (let i = 0; i < Math.min(limit, tokens.length); i++) {
    if (!eligible[i]) continue;
    const mass = p[i]! * Math.max(1, tokens[i]!);
    if (mass > best) {
      best = mass;
      anchor = i;
    }
  }
  return anchor;
}

/**
 * A paragraph: the article's first block of at least this many tokens below the headline
 * opens it (for `anchorBeforeCue`).
 */
export const ANCHOR_PARAGRAPH_TOKENS = 20;

/**
 * Headings that open a region after the article (decodeRegion's `cue`; `true` reads as
 * 'related').
 *
 * @example
 * const c: RegionCue = 'comments';
 */
export type RegionCue = 'comments' | 'related';

/**
 * The decoder's region cues of a page's cue headings: a comments or a related-stories heading
 * opens a region after the article; a newsletter or a footer heading is read by features only.
 *
 * @example
 * regionCues(['related', 'footer', undefined]); // ['related', undefined, undefined]
 */
export function regionCues(cues: ReadonlyArray<CueKind | undefined>): Array<RegionCue | undefined> {
  // (A loop: the elements kind of an array that map returns varies, see pageInputOf.)
  const out: Array<RegionCue | undefined> = [];
  for (const c of cues) out.push(c === 'comments' || c === 'related' ? c : undefined);
  return out;
}

/**
 * Where `anchorBeforeCue` stops the anchor search: at the first eligible comments heading
 * after the first eligible paragraph (ANCHOR_PARAGRAPH_TOKENS) below the headline (a comment
 * thread never sits inside the article), or at the first related-stories heading there when
 * no block after it is longer than the longest one between the headline and it (a related
 * box inside an article is followed by the rest of its paragraphs; teasers after a short
 * article are no longer than it). The page's length when there is no headline, no such
 * paragraph or no such heading; a heading above the first paragraph stops nothing.
 *
 * @example
 * anchorLimit([8, 30, 2, 60], [true, true, true, true], [false, false, 'comments', false], 0); // 2
 */
export function anchorLimit(
  tokens: ArrayLike<number>,
  eligible: readonly boolean[],
  cue: ReadonlyArray<RegionCue | boolean | undefined> | undefined,
  headline: number,
): number {
  const n = tokens.length;
  if (!cue || headline < 0) return n;
  let i = headline + 1;
  while (i < n && !(eligible[i] && tokens[i]! >= ANCHOR_PARAGRAPH_TOKENS)) i++;
  if (i >= n) return n;
  let longestBefore = tokens[i]!;
  const longestAfter = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) longestAfter[k] = Math.max(longestAfter[k + 1]!, eligible[k] ? tokens[k]! : 0);
  for (i++; i < n; i++) {
    if (!eligible[i]) continue;
    if (cue[i] === 'comments') return i;
    if (cue[i] && longestAfter[i + 1]! <= longestBefore) return i;
    longestBefore = Math.max(longestBefore, tokens[i]!);
  }
  return n;
}

/**
 * Short lines that do not end a sentence (menu items, labels, buttons) that make an input a
 * whole scraped page rather than an article with some junk. Below it the extractor leaves
 * the input to the precise rules: an article's own short lines (subheadings, a closing
 * "He resigned.") are never at risk on article-only input.
 */
export const WHOLE_PAGE_MIN_SHORT_LINES = 20;

/**
 * The same, for a page whose first line is its <title> and prints the headline again (a lean
 * template: a short menu, a footer of a few links).
 */
export const TITLED_PAGE_MIN_SHORT_LINES = 8;

/**
 * True when the kept blocks look like a whole page (see WHOLE_PAGE_MIN_SHORT_LINES). Between
 * TITLED_PAGE_MIN_SHORT_LINES and it, `titled` is asked (see titleRepeatsHeadline): only
 * then, as finding the headline reads the page.
 *
 * @example
 * looksLikeWholePage([{ tokens: 2, sentenceEnd: false }], [true]); // false
 */
export function looksLikeWholePage(
  stats: ReadonlyArray<{ tokens: number; sentenceEnd: boolean }>,
  eligible: readonly boolean[],
  titled: () => boolean = () => false,
): boolean {
  let short = 0;
  for (let i = 0; i < stats.length; i++) if (eligible[i] && stats[i]!.tokens < 6 && !stats[i]!.sentenceEnd) short++;
  return short >= WHOLE_PAGE_MIN_SHORT_LINES || (short >= TITLED_PAGE_MIN_SHORT_LINES && titled());
}

// A scraped page opens with its <title>, the headline and the site's name ("Port strike ends |
// The Daily Ledger"), and prints the headline again above the article: the first line is that
// headline, with a separator and the name before or after it (or alone). An article that
// opens with a headline has no such pair.
const SEPARATOR_AFTER = /^\s*[-|–—:·•»]/u;
const SEPARATOR_BEFORE = /[-|–—:·•«]\s*$/u;
const MIN_HEADLINE_CHARS = 12;

/**
 * True when the page's first line is its <title> for the headline at `headline` (the block
 * `pageFeatures` finds): the headline alone, or with a separator and the site's name before
 * or after it.
 *
 * @example
 * titleRepeatsHeadline(['Port strike ends | The Daily Ledger', 'Home', 'Port strike ends'], 2); // true
 * titleRepeatsHeadline(['SOCCER - LEAGUE RESULTS', 'Results of league matches'], 1); // false
 */
export function titleRepeatsHeadline(texts: readonly string[], headline: number): boolean {
  if (headline <= 0 || headline >= texts.length) return false;
  const t = texts[0]!.trim().toLowerCase();
  const h = texts[headline]!.trim().toLowerCase();
  if (h.length < MIN_HEADLINE_CHARS) return false;
  if (t === h) return true;
  if (t.startsWith(h)) return SEPARATOR_AFTER.test(t.slice(h.length));
  return t.endsWith(h) && SEPARATOR_BEFORE.test(t.slice(0, t.length - h.length));
}
