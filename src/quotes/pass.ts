/**
 * The attribution pass over a whole text: every quote gets the candidates of the in-sentence
 * rules (`attribute.ts`) and of the rules that carry a speaker over (a continued quotation, a
 * coordinated phrase, a follow-up quote, a cue in the sentence before), the learned ranking
 * (`rules.ts`) picks one, and the kind decision (`kind.ts`) says whether the quote is speech.
 *
 * Quotes are visited in document order because the carried-over rules read the previous
 * quote's decision. Shared by `extractQuotes` and the training script, so training sees
 * exactly the candidates the library chooses from.
 */
import {
  findCues,
  nameAfterDash,
  sentenceCandidates,
  sentenceSubject,
  subjectOfCue,
  type Attribution,
  type Cue,
  type SentenceCues,
} from './attribute.js';
import type { NounPhrase } from './noun-phrase.js';
import { MEDIA_WORDS } from './speaker-words.js';
import { isSentenceLike, quoteKind } from './kind.js';
import { baseOf, choose, variantOf, type RankedCandidate, type RuleId } from './rules.js';
import { scanQuotes, type ScannedQuote } from './scan.js';
import { segment, type Sentence, type Token } from './frame-tokens.js';

/** "PENCE: Well, …", "MR. SMITH: …": an upper-case speaker label opening a transcript turn. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,38}\p{Lu}\.?):\s+\S/u;

/**
 * Part-of-speech tags of the word starting at a text offset (from the shared parse), if any.
 *
 * @example
 * const tagsAt: TagLookup = tagLookup(parseText(text));
 * tagsAt(0); // Set { 'ProperNoun', 'Noun', ... }
 */
export type TagLookup = (start: number) => ReadonlySet<string> | undefined;

/**
 * The tag lookup of a parse: its word tokens by start offset.
 *
 * @example
 * tagLookup({ tokens: [{ start: 0, tags: new Set(['Noun']) }] })(0); // Set { 'Noun' }
 */
export function tagLookup(parsed: {
  readonly tokens: ReadonlyArray<{ readonly start: number; readonly tags: ReadonlySet<string> }>;
}): TagLookup {
  const tokens = parsed.tokens; // in text order
  let cursor = 0; // lookups mostly come in text order: step forward from the last hit
  return (start) => {
    for (let steps = 0; cursor < tokens.length && steps < 8 && tokens[cursor]!.start < start; steps++) cursor++;
    const near = tokens[cursor];
    if (near && near.start === start) return near.tags;
    if (near && near.start > start && (cursor === 0 || tokens[cursor - 1]!.start < start)) return undefined;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    cursor = lo;
    const t = tokens[lo];
    return t && t.start === start ? t.tags : undefined;
  };
}

/**
 * One quotation and what the pass decided about it.
 *
 * @example
 * const [r] = attributeText('“We are ready,” Peskov said.').records;
 * r!.attribution?.id; // 'after'
 */
export interface QuoteRecord {
  scanned: ScannedQuote;
  /** A transcript label opening the quote ("PENCE: Well, …"): the speaker, inside the marks. */
  label?: { start: number; end: number };
  sentence: number;
  token: number;
  /** The quoted words read as a sentence. */
  sentenceLike: boolean;
  /** Candidates of the in-sentence rules. */
  own: RankedCandidate[];
  /** Every candidate considered (own and carried over), in the order proposed. */
  candidates: RankedCandidate[];
  attribution: Attribution | null;
  kind: 'direct' | 'partial' | null;
}

/**
 * The pass's result: sentences (frame tokens) and one record per top-level quotation.
 *
 * @example
 * attributeText('No quotes here.').records; // []
 */
export interface TextAttribution {
  scanned: ScannedQuote[];
  sentences: Sentence[];
  records: QuoteRecord[];
  /** The cues of sentence i (computed once, shared with speaker resolution). */
  cuesOf: (i: number) => SentenceCues;
}

function toAttribution(c: RankedCandidate): Attribution {
  return { sentence: c.sentence, np: c.np, cue: c.cue, rule: c.base ?? baseOf(c.id), id: c.id };
}

function carried(id: RuleId, from: Attribution, sentenceLike: boolean, base?: Attribution['rule']): RankedCandidate {
  const c: RankedCandidate = {
    id,
    sentence: from.sentence,
    np: from.np,
    cue: from.cue,
    variant: variantOf(id, from.cue, sentenceLike),
  };
  if (base) c.base = base;
  return c;
}

/**
 * Scans, segments and attributes every quotation of `text`.
 *
 * @example
 * attributeText('“We are ready,” Peskov said. “The talks go on.”').records.map((r) => r.attribution?.id);
 * // ['after', 'follow-up']
 */
export function attributeText(text: string, tagsAt?: TagLookup, quotes?: ScannedQuote[]): TextAttribution {
  const scanned = quotes ?? scanQuotes(text);
  if (scanned.length === 0) return { scanned, sentences: [], records: [], cuesOf: () => findCues([]) };
  const sentences = segment(text, scanned);
  if (tagsAt) {
    for (const s of sentences) {
      for (const t of s.tokens) {
        if (t.kind !== 'word') continue;
        const tags = tagsAt(t.start);
        if (tags) t.tags = tags;
      }
    }
  }
  const cueCache = new Map<number, SentenceCues>();
  const cuesOf = (i: number): SentenceCues => {
    let c = cueCache.get(i);
    if (!c) {
      c = findCues(sentences[i]!.tokens);
      cueCache.set(i, c);
    }
    return c;
  };

  // 1. The in-sentence candidates of every quote.
  const records: QuoteRecord[] = [];
  sentences.forEach((s, si) => {
    s.tokens.forEach((t, ti) => {
      if (t.kind !== 'quote') return;
      const sq = scanned[t.quote!]!;
      const like = isSentenceLike(text.slice(sq.start, sq.end));
      const own = dropRelays(text, s.tokens, sentenceCandidates(s, ti, cuesOf(si), si, like) as RankedCandidate[]);
      for (const c of own) c.variant = variantOf(c.id, c.cue, like);
      const before = text.slice(Math.max(0, s.start - 8), s.start);
      // a label opens a line, or follows the quoted sentence of the previous label in an
      // exchange written in one paragraph (A: “…” B: “…”)
      const labelPlace =
        s.start === 0 ||
        text[s.start - 1] === '\n' ||
        /\n[ \t]*$/u.test(before) ||
        /[.!?…]['"”’]+[ \t]*$/u.test(before);
      const line = signatureLine(sentences, si, ti);
      if (line)
        own.push({ id: 'after', sentence: si + 1, np: line, cue: null, variant: variantOf('after', null, like) });
      const headline = labelPlace ? headlineSpeaker(s.tokens, ti) : null;
      if (headline)
        own.unshift({
          id: 'headline',
          sentence: si,
          np: headline,
          cue: null,
          variant: variantOf('headline', null, like),
        });
      const record: QuoteRecord = {
        scanned: sq,
        sentence: si,
        token: ti,
        sentenceLike: like,
        own,
        candidates: own.slice(),
        attribution: null,
        kind: null,
      };
      const label = TRANSCRIPT_LABEL.exec(text.slice(sq.start, Math.min(sq.end, sq.start + 60)));
      if (label) record.label = { start: sq.start, end: sq.start + label[1]!.length };
      records.push(record);
    });
  });

  // 2. A quotation continued over paragraphs shares one speaker: the first attributed part's.
  let chainStart = 0;
  for (let k = 1; k <= records.length; k++) {
    if (k < records.length && records[k]!.scanned.continues) continue;
    const chain = records.slice(chainStart, k);
    const source = chain.find((r) => r.own.length > 0);
    const best = source ? choose(source.own) : null;
    if (source && best && chain.length > 1) {
      for (const r of chain)
        if (r !== source) r.candidates.push(carried('chain', toAttribution(best), r.sentenceLike, 'continuation'));
    }
    chainStart = k;
  }

  // 3. In order: the carried-over candidates, the choice, and the kind.
  let previous: QuoteRecord | null = null;
  for (const r of records) {
    r.candidates.push(...carriedCandidates(r, previous, sentences, cuesOf));
    const best = choose(r.candidates);
    r.attribution = best ? toAttribution(best) : null;
    if (r.label) {
      r.kind = 'direct';
      previous = r;
      continue;
    }
    const s = sentences[r.sentence]!;
    r.kind = quoteKind(
      text.slice(r.scanned.start, r.scanned.end),
      s.tokens,
      r.token,
      r.attribution?.rule ?? null,
      r.sentenceLike,
    );
    if (r.kind) previous = r;
  }
  return { scanned, sentences, records, cuesOf };
}

/**
 * "Okafor said “…”, the state news agency NAN reported", "X said: “…”, according to AFP": an
 * outlet relaying the words yields to the person who speaks in the same sentence. A relay is a
 * reporting cue ("according to", "reported") or a news outlet as the speaker ("…,” SANA said
 * after "the state news agency SANA").
 */
function dropRelays<C extends { np: NounPhrase; cue: Cue | null }>(
  text: string,
  tokens: readonly Token[],
  candidates: C[],
): C[] {
  // only a sentence with two different speaker phrases can have one relaying the other
  if (candidates.every((c) => c.np.from === candidates[0]!.np.from)) return candidates;
  const relay = (c: C): boolean =>
    c.cue !== null &&
    (c.cue.according || /^report(?:s|ed|ing)?$/u.test(tokens[c.cue.at]!.lower) || isOutlet(text, tokens, c.np));
  if (!candidates.some(relay)) return candidates;
  const speaking = candidates.filter((c) => c.cue !== null && !relay(c));
  if (speaking.length === 0) return candidates;
  return candidates.filter((c) => !relay(c) || speaking.some((p) => p.np.from === c.np.from));
}

const OUTLET_WINDOW = 3000;

/** A news outlet: a media word in the phrase, or a name introduced earlier as one ("news agency SANA"). */
function isOutlet(text: string, tokens: readonly Token[], np: NounPhrase): boolean {
  for (let k = np.from; k <= np.to; k++) if (MEDIA_WORDS.has(tokens[k]!.lower)) return true;
  const head = tokens[np.to]!;
  if (np.kind !== 'name' || !/^\p{Lu}/u.test(head.text)) return false;
  // within a bounded window before, so the search stays linear in the text
  const from = Math.max(0, head.start - OUTLET_WINDOW);
  const window = text.slice(from, head.end);
  let at = window.indexOf(head.text);
  for (let seen = 0; at >= 0 && seen < 5; seen++, at = window.indexOf(head.text, at + 1)) {
    const before = window
      .slice(Math.max(0, at - 24), at)
      .toLowerCase()
      .split(/\s+/u)
      .filter(Boolean);
    if (before.slice(-2).some((w) => MEDIA_WORDS.has(w))) return true;
  }
  return false;
}

/**
 * "Macron to Scholz: “…”", "Kahn: Players must “…”": a line that opens with a short name run
 * (optionally "to" and a second one) and a colon before the quote; the first name speaks.
 */
function headlineSpeaker(tokens: readonly Token[], qi: number): NounPhrase | null {
  let k = 0;
  const run = (): number => {
    const from = k;
    while (k < tokens.length && k - from < 4 && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
    return k - from;
  };
  const first = run();
  if (first === 0) return null;
  const speaker: NounPhrase = { from: 0, to: first - 1, kind: 'name' };
  if (tokens[k]?.lower === 'to') {
    k++;
    if (run() === 0) return null;
  }
  const colon = tokens[k];
  if (!colon || colon.kind !== 'punct' || colon.text !== ':' || k >= qi || qi - k > 40) return null;
  for (let m = k + 1; m < qi; m++)
    if (tokens[m]!.kind === 'quote' || (tokens[m]!.kind === 'punct' && /[.!?]/u.test(tokens[m]!.text))) return null;
  return speaker;
}

/**
 * A quote that ends its paragraph, signed on the next line by a dash and a name ("“…”" ¶
 * "— Mara Quist." or "- Quist, on Monday"): fact checks, epigraphs and reader quotes sign
 * their quotes so. The name's phrase (in the next sentence), or null.
 */
function signatureLine(sentences: readonly Sentence[], si: number, qi: number): NounPhrase | null {
  const here = sentences[si]!;
  const next = sentences[si + 1];
  if (!next || next.paragraph !== here.paragraph + 1) return null;
  for (let k = qi + 1; k < here.tokens.length; k++) if (here.tokens[k]!.kind !== 'punct') return null;
  return nameAfterDash(next.tokens, 0, '.,;');
}

/** Candidates carried over from the quote before or from the sentence before. */
function carriedCandidates(
  r: QuoteRecord,
  previous: QuoteRecord | null,
  sentences: readonly Sentence[],
  cuesOf: (i: number) => SentenceCues,
): RankedCandidate[] {
  const out: RankedCandidate[] = [];
  const here = sentences[r.sentence]!;
  const prevToken = here.tokens[r.token - 1];
  // A coordinated phrase shares its neighbour's attribution: as a “con artist” and a “spoiled brat”.
  if (
    previous?.attribution &&
    previous.sentence === r.sentence &&
    previous.kind &&
    coordinated(here.tokens, previous.token, r.token)
  ) {
    out.push(carried('coordinated', previous.attribution, r.sentenceLike, previous.attribution.rule));
  }
  // Only a quote standing on its own (not a phrase after a word: "toward “Russia's escalation …”")
  // continues the quote before it, and only a quoted sentence is continued.
  if (prevToken && prevToken.kind === 'word' && !opensWithConnective(here.tokens, r.token)) return out;
  if (previous?.attribution && (previous.kind === 'direct' || r.sentenceLike)) {
    const there = sentences[previous.sentence]!;
    const near = r.sentence - previous.sentence <= 2 && here.paragraph - there.paragraph <= 1;
    if (near) out.push(carried('follow-up', previous.attribution, r.sentenceLike, 'continuation'));
  }
  const before = sentences[r.sentence - 1];
  if (!before || here.paragraph - before.paragraph > 1) return out;
  const cues = cuesOf(r.sentence - 1);
  let found = false;
  for (const strength of ['reporting', 'framing']) {
    for (const cue of cues.cues) {
      if (cue.strength !== strength || found) continue;
      const np = subjectOfCue(before.tokens, cue);
      if (np) {
        out.push({
          id: 'context-cue',
          sentence: r.sentence - 1,
          np,
          cue,
          variant: variantOf('context-cue', cue, r.sentenceLike),
        });
        found = true;
      }
    }
  }
  const last = before.tokens[before.tokens.length - 1];
  if (last && last.text === ':') {
    const np = sentenceSubject(before.tokens);
    if (np)
      out.push({
        id: 'context-colon',
        sentence: r.sentence - 1,
        np,
        cue: null,
        variant: variantOf('context-colon', null, r.sentenceLike),
      });
  }
  return out;
}

/** Words that open a sentence and leave what follows it a sentence of its own ("But “…”"). */
const OPENING_CONNECTIVES: ReadonlySet<string> = new Set([
  'but',
  'and',
  'yet',
  'still',
  'however',
  'then',
  'also',
  'so',
]);

/** True when only a connective (and punctuation) stands before the quote at `qi` in its sentence: But “…”. */
function opensWithConnective(tokens: readonly Token[], qi: number): boolean {
  let words = 0;
  for (let k = 0; k < qi; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') continue;
    if (t.kind !== 'word' || !OPENING_CONNECTIVES.has(t.lower) || ++words > 1) return false;
  }
  return words === 1;
}

/** True when the quote at `qi` follows the quote at `pi` through "and" / "or" and at most a determiner. */
function coordinated(tokens: readonly Token[], pi: number, qi: number): boolean {
  let k = qi - 1;
  if (tokens[k] && /^(a|an|the)$/u.test(tokens[k]!.lower)) k--;
  if (!tokens[k] || !/^(and|or)$/u.test(tokens[k]!.lower)) return false;
  k--;
  if (tokens[k]?.kind === 'punct' && tokens[k]!.text === ',') k--;
  return k === pi;
}
