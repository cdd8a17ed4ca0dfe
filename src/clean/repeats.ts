/**
 * Repeated paragraphs: scraped pages repeat lines (a menu shown twice, a "Share" row under
 * every teaser), about a fifth of a page's blocks. What is read of a text alone (the inline
 * rules' edits, a text-only block rule's answer, a block's counts) is read once per text, and
 * its repeats take the result of the first block with that text.
 */

/**
 * For each of `count` blocks, the index of the first earlier block whose text (`textAt(i)`)
 * is the same, or -1 when none is. (The list may be given again for the same texts: read it,
 * do not change it.)
 *
 * @example
 * const texts = ['Home', 'Body.', 'Home'];
 * earlierSameText(texts.length, (i) => texts[i]!); // Int32Array [-1, -1, 0]
 */
export function earlierSameText(count: number, textAt: (index: number) => string): Int32Array {
  if (isLastPage(count, textAt)) return lastEarlier;
  const texts: string[] = [];
  const first = new Map<string, number>();
  const earlier = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const text = textAt(i);
    texts.push(text);
    const j = first.get(text);
    if (j === undefined) first.set(text, i);
    earlier[i] = j ?? -1;
  }
  lastTexts = texts;
  lastEarlier = earlier;
  return earlier;
}

// One page's texts are asked about up to three times (the inline rules on its raw paragraphs,
// the block rules and the page model on the paragraphs as cleaned, mostly the same strings):
// the last answer is kept with its texts and given again for the same texts, compared one by
// one (the same string objects compare at once). Forgotten at the start of each cleaning
// (`forgetRepeats`), so no page is answered from another call's work.
let lastTexts: readonly string[] = [];
let lastEarlier = new Int32Array(0);

function isLastPage(count: number, textAt: (index: number) => string): boolean {
  if (count !== lastTexts.length) return false;
  for (let i = 0; i < count; i++) if (textAt(i) !== lastTexts[i]) return false;
  return true;
}

/**
 * Forgets the texts `earlierSameText` last read (a cleaning calls this as it starts).
 *
 * @example
 * forgetRepeats();
 */
export function forgetRepeats(): void {
  lastTexts = [];
  lastEarlier = new Int32Array(0);
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
