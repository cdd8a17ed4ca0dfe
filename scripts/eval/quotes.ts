// Quote and speaker accuracy of extractQuotes on PolNeAR (`npm run eval -- quotes [file.jsonl]`).
//
// Gold: the PolNeAR attributions whose content carries quote marks (kind 'direct' or 'mixed';
// for articles that write quotes as ''…'' the kind is derived again, see quoteMarkKinds).
// Matching: a predicted quote matches a gold item when their spans overlap; two rules are
// printed, "half" (the overlap covers at least 50% of the predicted span: the headline rule)
// and "any" (any overlap). A gold item may be matched by several predicted quotes (PolNeAR
// merges “A,” she said. “B.” into one item, or splits it). Precision = matched predictions /
// predictions, recall = matched gold items / gold items.
// Speaker: right when the predicted speaker span overlaps the gold source span of the best
// matching gold item. Gold items without a source (PolNeAR has a few) count as right when the
// prediction has no speaker too (and the count of such items is printed).
// End-to-end: the same P/R/F1 where a match also needs the speaker right.
// A naive regex baseline (quote pairs + the nearest "X said" / "said X") is scored the same way.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntitiesFromParse, parseText } from '../../src/entities/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { loadPolnear, quoteMarkKinds, type Article, type GoldQuote } from './polnear.js';

interface Prediction {
  start: number;
  end: number;
  text: string;
  speaker: { start: number; end: number; text: string } | null;
}

type Rule = 'half' | 'any';

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function matches(p: Prediction, g: GoldQuote, rule: Rule): boolean {
  const o = overlap(p, g);
  return rule === 'any' ? o > 0 : o > 0 && o >= 0.5 * (p.end - p.start);
}

function speakerRight(p: Prediction, g: GoldQuote): boolean {
  if (g.speakerStart == null || g.speakerEnd == null) return p.speaker === null;
  return p.speaker !== null && overlap(p.speaker, { start: g.speakerStart, end: g.speakerEnd }) > 0;
}

interface Score {
  preds: number;
  gold: number;
  tpP: number;
  tpR: number;
  e2eP: number;
  e2eR: number;
  matched: number;
  speakerOk: number;
}

function score(
  articles: readonly Article[],
  predict: (text: string) => Prediction[],
  rule: Rule,
  errors?: string[],
): Score {
  const s: Score = { preds: 0, gold: 0, tpP: 0, tpR: 0, e2eP: 0, e2eR: 0, matched: 0, speakerOk: 0 };
  for (const a of articles) {
    const gold = a.quotes.filter((g) => g.kind !== 'indirect');
    const preds = predict(a.text);
    s.preds += preds.length;
    s.gold += gold.length;
    const goldHit = new Array<boolean>(gold.length).fill(false);
    const goldHitE2e = new Array<boolean>(gold.length).fill(false);
    for (const p of preds) {
      let best = -1;
      let bestOverlap = 0;
      let anyRight = false;
      gold.forEach((g, k) => {
        if (!matches(p, g, rule)) return;
        goldHit[k] = true;
        const o = overlap(p, g);
        if (o > bestOverlap) {
          bestOverlap = o;
          best = k;
        }
        if (speakerRight(p, g)) {
          goldHitE2e[k] = true;
          anyRight = true;
        }
      });
      if (best < 0) {
        errors?.push(`FP      ${a.id} ${JSON.stringify(p.text.slice(0, 70))} speaker=${p.speaker?.text ?? 'null'}`);
        continue;
      }
      s.tpP++;
      s.matched++;
      const right = speakerRight(p, gold[best]!) || anyRight;
      if (right) {
        s.speakerOk++;
        s.e2eP++;
      } else {
        const g = gold[best]!;
        errors?.push(
          `SPEAKER ${a.id} ${JSON.stringify(p.text.slice(0, 60))} predicted=${p.speaker?.text ?? 'null'} gold=${g.speaker ?? 'null'}`,
        );
      }
    }
    gold.forEach((g, k) => {
      if (goldHit[k]) s.tpR++;
      else
        errors?.push(`FN      ${a.id} [${g.kind}] ${JSON.stringify(g.text.slice(0, 70))} gold=${g.speaker ?? 'null'}`);
      if (goldHitE2e[k]) s.e2eR++;
    });
  }
  return s;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function report(label: string, s: Score): void {
  const p = s.tpP / Math.max(1, s.preds);
  const r = s.tpR / Math.max(1, s.gold);
  const ep = s.e2eP / Math.max(1, s.preds);
  const er = s.e2eR / Math.max(1, s.gold);
  console.log(
    `${label.padEnd(28)} quotes P ${pct(p)} R ${pct(r)} F1 ${pct(f1(p, r))} | speaker acc ${pct(s.speakerOk / Math.max(1, s.matched))} (${s.speakerOk}/${s.matched})` +
      ` | end-to-end P ${pct(ep)} R ${pct(er)} F1 ${pct(f1(ep, er))}   [pred ${s.preds}, gold ${s.gold}]`,
  );
}

// Naive baseline: every “…” or "…" pair is a quote; the speaker is the capitalized name or
// pronoun of the nearest "X said" / "said X" (said, says, told, added, wrote) within the
// 80 characters after the quote, else of the last "X said" in the 200 characters before it.
const NAME = String.raw`(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|they|He|She|They)`;
const VERB = String.raw`(?:said|says|told|added|wrote)`;
const AFTER = new RegExp(String.raw`(${NAME})\s+(?:\w+\s+)?${VERB}\b|\b${VERB}\s+(${NAME})`, 'u');
const BEFORE = new RegExp(String.raw`(${NAME})\s+(?:\w+\s+)?${VERB}\b(?![\s\S]*\b${VERB}\b)`, 'u');

function baseline(text: string): Prediction[] {
  const out: Prediction[] = [];
  for (const m of text.matchAll(/[“"]([^“”"\n]+)[”"]/gu)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const afterText = text.slice(end + 1, end + 81);
    let speaker: Prediction['speaker'] = null;
    const a = AFTER.exec(afterText);
    if (a) {
      const name = a[1] ?? a[2]!;
      const s = end + 1 + a.index + a[0].indexOf(name);
      speaker = { start: s, end: s + name.length, text: name };
    } else {
      const from = Math.max(0, m.index - 200);
      const b = BEFORE.exec(text.slice(from, m.index));
      if (b) {
        const s = from + b.index;
        speaker = { start: s, end: s + b[1]!.length, text: b[1]! };
      }
    }
    out.push({ start, end, text: m[1]!, speaker });
  }
  return out;
}

/** Runs the evaluation. Args: [file.jsonl] [--errors] */
export async function run(args: string[]): Promise<void> {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const file = args.find((a) => !a.startsWith('--')) ?? resolve(root, '../shared/bench/quotes/polnear-dev.jsonl');
  const showErrors = args.includes('--errors');
  const asConverted = loadPolnear(file);
  const articles = asConverted.map(quoteMarkKinds);
  console.log(`PolNeAR quotes: ${file} (${articles.length} articles; gold = attributions of kind direct|mixed)`);
  // As normalizeArticle runs it: one compromise parse per article, entities from that parse,
  // quotes given both. The parse is made once per article and the predictions are reused by
  // every scoring rule below; the time printed is extractQuotes alone, given the parse.
  const predictions = new Map<string, Prediction[]>();
  let ms = 0;
  for (const a of articles) {
    const parsed = parseText(a.text);
    const entities = extractEntitiesFromParse(parsed);
    const t0 = performance.now();
    predictions.set(a.text, extractQuotes(a.text, { parsed, entities }));
    ms += performance.now() - t0;
  }
  const ours = (text: string): Prediction[] => predictions.get(text)!;
  for (const rule of ['half', 'any'] as const) {
    report(`newsnorm (match: ${rule})`, score(articles, ours, rule));
    report(`regex baseline (match: ${rule})`, score(articles, baseline, rule));
  }
  console.log(
    "-- with the converter's kinds as given (''…'' not a quote mark: every quote of an outlet that writes" +
      ' them counts false):',
  );
  for (const rule of ['half', 'any'] as const) {
    report(`newsnorm (match: ${rule})`, score(asConverted, ours, rule));
    report(`regex baseline (match: ${rule})`, score(asConverted, baseline, rule));
  }
  // Pronoun subset and gold-null counts for the headline rule.
  const withNull = articles.reduce(
    (n, a) => n + a.quotes.filter((g) => g.kind !== 'indirect' && g.speakerStart == null).length,
    0,
  );
  console.log(`gold items without a source: ${withNull}; extractQuotes time ${ms.toFixed(0)} ms given the parse`);
  if (showErrors) {
    const errors: string[] = [];
    score(articles, ours, 'half', errors);
    for (const e of errors) console.log(e);
  }
}
