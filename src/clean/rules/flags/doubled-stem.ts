/**
 * flag/doubled-stem — two adjacent words built on one stem with different endings
 * ("“colossal” colossus"): machine translation rendered one word twice. Flagged, because
 * which of the two was meant cannot be known.
 */
import type { FlagHit, FlagRule } from '../../rule.js';

const WORD_PAIR = /(\p{L}{5,})[”"’]?\s+[“"‘]?(\p{L}{5,})/gu;
const MIN_SHARED = 5;

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export const doubledStemRule: FlagRule = {
  type: 'flag',
  id: 'flag/doubled-stem',
  flagKind: 'doubled-stem',
  description: 'Adjacent words sharing a stem with different endings ("colossal colossus")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    WORD_PAIR.lastIndex = 0;
    for (let m = WORD_PAIR.exec(paragraph); m; m = WORD_PAIR.exec(paragraph)) {
      const first = m[1]!.toLowerCase();
      const second = m[2]!.toLowerCase();
      const shared = sharedPrefix(first, second);
      // Same stem, two short different endings, neither a verb form ("president presided").
      const endings = [first.slice(shared), second.slice(shared)];
      const doubled = shared >= MIN_SHARED && endings.every((e) => e.length >= 1 && e.length <= 3) && !/(?:ed|ing)$/.test(first) && !/(?:ed|ing)$/.test(second);
      if (doubled) {
        let start = m.index;
        if (start > 0 && /[“"‘]/.test(paragraph[start - 1]!)) start--;
        hits.push({ start, end: m.index + m[0].length, message: `"${m[1]}" and "${m[2]}" share a stem: likely one word translated twice` });
      }
      // Let the second word pair with the one after it.
      WORD_PAIR.lastIndex = m.index + m[0].length - m[2]!.length;
    }
    return hits;
  },
};
