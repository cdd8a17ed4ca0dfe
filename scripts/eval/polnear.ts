// PolNeAR in the bench's JSONL (bench/quotes/README.md): the types, a loader, and the quote
// kinds derived again for outlets that write quotes as ''…''. Shared by the quote evaluation
// and the training script, so both count the same gold.
import { readFileSync } from 'node:fs';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  fragments?: Array<[number, number]>;
  kind: 'direct' | 'mixed' | 'indirect';
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  cue?: string | null;
  cueStart?: number | null;
  cueEnd?: number | null;
}

export interface Article {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

/** The articles of a PolNeAR JSONL file, as converted. */
export function loadPolnear(file: string): Article[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Article);
}

// The converter derived `kind` from “…” and "…" pairs only, so an outlet that writes its quotes
// as ''…'' (the NYT texts of PolNeAR) has every quote marked indirect, and every quote found
// there counted false. Articles that use ''…'' get their kinds derived again with '' as a
// quote mark too: the share of the content's letters and digits inside a pair ('' or ")
// of the same paragraph, direct >= 0.9, mixed > 0 (the converter's thresholds). Articles
// without '' keep the converter's kinds.
export function quoteMarkKinds(a: Article): Article {
  if (!a.text.includes("''")) return a;
  const inside = new Uint8Array(a.text.length);
  const pairs = /''([^\n]*?)''|"([^"\n]*)"/g;
  for (const m of a.text.matchAll(pairs)) inside.fill(1, m.index, m.index + m[0].length);
  const kindOf = (g: GoldQuote): GoldQuote['kind'] => {
    let letters = 0;
    let quoted = 0;
    for (const [s, e] of g.fragments ?? [[g.start, g.end]]) {
      for (let i = s; i < e; i++) {
        if (!/[\p{L}\p{N}]/u.test(a.text[i]!)) continue;
        letters++;
        quoted += inside[i]!;
      }
    }
    const ratio = letters ? quoted / letters : 0;
    return ratio >= 0.9 ? 'direct' : ratio > 0 ? 'mixed' : 'indirect';
  };
  return { ...a, quotes: a.quotes.map((g) => ({ ...g, kind: kindOf(g) })) };
}
