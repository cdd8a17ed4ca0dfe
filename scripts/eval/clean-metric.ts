/**
 * The article-extraction benchmark's metric (its evaluate.py, as replicated by
 * ../shared/bench/clean/score.mjs), fast enough to score thousands of candidate decodings:
 * tokens are runs of [\p{L}\p{N}_], texts become multisets of 4-token shingles, per-page
 * precision and recall are averaged over pages, F1 = 2PR/(P+R) of the two means.
 *
 * Shingles are hashed to numbers (two 26-bit hashes of the token ids); a collision in a
 * page's few thousand shingles is vanishingly unlikely and would move a score by one shingle.
 */

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/**
 * The benchmark's tokens of a text.
 *
 * @example
 * tokenize("It's 5 o'clock"); // ['It', 's', '5', 'o', 'clock']
 */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Interns tokens as small integers (one table for a whole run). */
export class TokenTable {
  private readonly ids = new Map<string, number>();
  /**
   * Ids of the tokens of a text.
   *
   * @example
   * new TokenTable().idsOf('a b a'); // Int32Array [0, 1, 0]
   */
  idsOf(text: string): Int32Array {
    const tokens = tokenize(text);
    const out = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      let id = this.ids.get(t);
      if (id === undefined) this.ids.set(t, (id = this.ids.size));
      out[i] = id;
    });
    return out;
  }
}

function shingleKey(a: number, b: number, c: number, d: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x1234567;
  for (const x of [a, b, c, d]) {
    h1 = Math.imul(h1 ^ x, 16777619);
    h2 = Math.imul(h2 + x + 0x9e3779b9, 0x85ebca6b) ^ (h2 >>> 13);
  }
  return (h1 >>> 6) * 67108864 + (h2 >>> 6);
}

/**
 * Shingle counts of a token sequence (a sequence shorter than 4 is one shorter shingle).
 *
 * @example
 * shingleCounts(Int32Array.of(1, 2, 3, 4, 5)).size; // 2
 */
export function shingleCounts(ids: ArrayLike<number>): Map<number, number> {
  const counts = new Map<number, number>();
  const n = ids.length;
  if (n === 0) return counts;
  if (n < 4) {
    const key = shingleKey(ids[0]!, n > 1 ? ids[1]! : -1, n > 2 ? ids[2]! : -1, -1);
    counts.set(key, 1);
    return counts;
  }
  for (let i = 0; i + 4 <= n; i++) {
    const key = shingleKey(ids[i]!, ids[i + 1]!, ids[i + 2]!, ids[i + 3]!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * True positives, false positives and false negatives of a prediction against gold counts.
 *
 * @example
 * matchShingles(shingleCounts(gold), shingleCounts(pred)); // [tp, fp, fn]
 */
export function matchShingles(
  gold: ReadonlyMap<number, number>,
  pred: ReadonlyMap<number, number>,
): [number, number, number] {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [key, tc] of gold) {
    const pc = pred.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, pc] of pred) if (!gold.has(key)) fp += pc;
  return [tp, fp, fn];
}

/**
 * Macro precision, recall and F1 over pages, as evaluate.py computes them.
 *
 * @example
 * macroScores([[8, 2, 0]]); // { precision: 0.8, recall: 1, f1: 0.888… }
 */
export function macroScores(rows: ReadonlyArray<readonly [number, number, number]>): {
  precision: number;
  recall: number;
  f1: number;
} {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const [tp, fp, fn] of rows) {
    if (tp + fp > 0) ps.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
  }
  const precision = ps.reduce((a, b) => a + b, 0) / Math.max(1, ps.length);
  const recall = rs.reduce((a, b) => a + b, 0) / Math.max(1, rs.length);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
