/**
 * Repeated paragraphs: scraped pages repeat lines (a menu shown twice, a "Share" row under
 * every teaser), about a fifth of a page's blocks. What is read of a text alone (the inline
 * rules' edits, a text-only block rule's answer, a block's counts) is read once per text, and
 * its repeats take the result of the first block with that text.
 */

/**
 * For each of `count` blocks, the index of the first earlier block whose text (`textAt(i)`)
 * is the same, or -1 when none is.
 *
 * @example
 * const texts = ['Home', 'Body.', 'Home'];
 * earlierSameText(texts.length, (i) => texts[i]!); // Int32Array [-1, -1, 0]
 */
export function earlierSameText(count: number, textAt: (index: number) => string): Int32Array {
  const first = new Map<string, number>();
  const earlier = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const text = textAt(i);
    const j = first.get(text);
    if (j === undefined) first.set(text, i);
    earlier[i] = j ?? -1;
  }
  return earlier;
}

/**
 * `read(text)` for each of the texts, called once per distinct text: a block that repeats an
 * earlier one's text (`earlier`, from `earlierSameText`) takes that block's result.
 *
 * @example
 * const texts = ['Home', 'Body.', 'Home'];
 * readOncePerText(texts, earlierSameText(3, (i) => texts[i]!), (t) => t.length); // [4, 5, 4]
 */
export function readOncePerText<T>(texts: readonly string[], earlier: Int32Array, read: (text: string) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < texts.length; i++) out.push(earlier[i]! < 0 ? read(texts[i]!) : (out[earlier[i]!] as T));
  return out;
}
