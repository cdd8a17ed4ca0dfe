/**
 * Levenshtein distance with a cap, shared by the entity stage (spelling variants of one
 * name) and the translation stage (two spellings of one name part in an article).
 */

/**
 * Levenshtein distance, capped: returns `max + 1` as soon as the distance exceeds `max`.
 *
 * @example
 * editDistance('kiev', 'kyiv', 3); // 2
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
