/**
 * Speaker choice as declared data: every attribution rule with a stable id, the condition it
 * stands for and an example, and the learned ranking that decides between the rules that fire.
 *
 * Each rule proposes at most one candidate (speaker phrase + cue) per quote. A candidate's
 * *variant* is its rule id refined by what the cue is (`reporting` verb, `framing` verb,
 * `according` to, or `none`) and by whether the quote reads as a whole sentence (`S`) or a
 * phrase (`P`): `after:reporting:S` is “Q,” X said. The ranking is a decision list fitted on
 * PolNeAR train by `scripts/train-quotes.ts` (each variant's precision on the quotes that no
 * variant above it covered); the first candidate in that order wins. Variants the training data
 * never saw fall back to their rule's place in the declared order below.
 */
import type { AttributionRule, Candidate, Cue, SentenceRuleId } from './attribute.js';
import { RULE_RANKING } from './weights.js';

/**
 * Every rule id: the in-sentence rules (`attribute.ts`) and the rules that carry a speaker
 * over from earlier text (`index.ts`).
 *
 * @example
 * const id: RuleId = 'follow-up'; // a quote right after another speaker's quote
 */
export type RuleId =
  SentenceRuleId | 'headline' | 'chain' | 'coordinated' | 'follow-up' | 'context-cue' | 'context-colon';

/**
 * A declared attribution rule.
 *
 * @example
 * RULES.find((r) => r.id === 'after')?.example; // '“We are ready,” Kremlin spokesman Dmitry Peskov said.'
 */
export interface RuleSpec {
  id: RuleId;
  /** The family the kind decision (`kind.ts`) reasons with. */
  base: AttributionRule;
  /** When the rule applies, in words. */
  when: string;
  example: string;
}

/**
 * The attribution rules in their declared (fallback) order.
 *
 * @example
 * RULES.map((r) => r.id); // ['after', 'before', 'clause', 'main', ...]
 */
// prettier-ignore
export const RULES: readonly RuleSpec[] = [
  { id: 'after', base: 'after', when: 'a reporting clause right after the quote (X said / said X / according to X / — X / were his words)',
    example: '“We are ready,” Kremlin spokesman Dmitry Peskov said.' },
  { id: 'headline', base: 'before', when: 'a line opening with a name and a colon (“X: …”, “X to Y: …”) holding the quote',
    example: 'Macron to Scholz: “We need a decision this week”' },
  { id: 'before', base: 'before', when: 'a cue shortly before the quote, its subject the speaker',
    example: 'The minister told reporters: “We will not sign.”' },
  { id: 'clause', base: 'clause', when: 'the sentence closes with a reporting clause after its last quote',
    example: 'Biden vowed “a swift response”, the White House said.' },
  { id: 'main', base: 'sentence', when: 'a quoted phrase inside the reported speech of the sentence’s main clause',
    example: 'Flynn said Trump was right when he called it “a disaster”.' },
  { id: 'characterization', base: 'sentence', when: 'an active clause casting someone as a quoted phrase',
    example: 'Ward has attacked the mayor as a “fraud”.' },
  { id: 'colon', base: 'before', when: 'a quoted sentence announced by a colon without a cue',
    example: 'The mayor had a simple message: “Stay home.”' },
  { id: 'nearest-before', base: 'sentence', when: 'the nearest cue before the quote in its sentence',
    example: 'Smith, speaking on Monday about the plan and its cost, warned of “chaos”.' },
  { id: 'nearest-after', base: 'sentence', when: 'the nearest reporting cue after a quoted sentence',
    example: '“We will win.” and the crowd cheered as she said it.' },
  { id: 'chain', base: 'continuation', when: 'a quotation continued over paragraphs keeps its speaker',
    example: '“First paragraph …¶“Second paragraph,” she said.' },
  { id: 'coordinated', base: 'continuation', when: 'a quoted phrase coordinated with the one before it shares its speaker',
    example: 'He called it “reckless” and “dangerous”.' },
  { id: 'follow-up', base: 'continuation', when: 'a quoted sentence shortly after another speaker’s quote with no cue of its own',
    example: '“We are ready,” Peskov said. “The talks go on.”' },
  { id: 'context-cue', base: 'context', when: 'a quoted sentence after a sentence with a reporting cue',
    example: 'Ruiz spoke to reporters on Monday.¶“The border stays open.”' },
  { id: 'context-colon', base: 'context', when: 'a quoted sentence after a sentence ending in a colon',
    example: 'The minister was blunt about it:¶“No deal.”' },
];

/**
 * The declared order of the rule variants (the hand-written cascade this stage started
 * from): the prior the training script refines, and the fallback for variants it never saw.
 *
 * @example
 * DECLARED_RANKING[0]; // 'after:reporting:S'
 */
export const DECLARED_RANKING: readonly string[] = (
  [
    ['after', 'reporting according framing none'],
    ['headline', 'none'],
    ['before', 'reporting according'],
    ['clause', 'reporting'],
    ['main', 'reporting framing'],
    ['before', 'framing'],
    ['characterization', 'none'],
    ['colon', 'none'],
    ['nearest-before', 'reporting according framing'],
    ['nearest-after', 'reporting'],
    ['chain', 'reporting according framing none'],
    ['coordinated', 'reporting according framing none'],
    ['follow-up', 'reporting according framing none'],
    ['context-cue', 'reporting framing'],
    ['context-colon', 'none'],
  ] as const
).flatMap(([id, classes]) => classes.split(' ').flatMap((c) => [`${id}:${c}:S`, `${id}:${c}:P`]));

const BASE = new Map(RULES.map((r) => [r.id, r.base]));
const DECLARED = new Map(RULES.map((r, k) => [r.id, k]));

/**
 * The family of a rule, for the kind decision.
 *
 * @example
 * baseOf('follow-up'); // 'continuation'
 */
export function baseOf(id: RuleId): AttributionRule {
  return BASE.get(id)!;
}

/**
 * What a cue is, as the variant key spells it.
 *
 * @example
 * cueClass(null); // 'none'
 */
export function cueClass(cue: Cue | null): 'reporting' | 'framing' | 'according' | 'none' {
  if (!cue) return 'none';
  return cue.according ? 'according' : cue.strength;
}

/**
 * The variant key of a candidate: rule, cue class, sentence (S) or phrase (P).
 *
 * @example
 * variantOf('after', null, true); // 'after:none:S'
 */
export function variantOf(id: RuleId, cue: Cue | null, sentenceLike: boolean): string {
  const cueKey = cueClass(cue);
  let byCue = VARIANTS.get(id);
  if (!byCue) {
    byCue = new Map();
    VARIANTS.set(id, byCue);
  }
  let pair = byCue.get(cueKey);
  if (!pair) {
    const key = `${id}:${cueKey}`;
    pair = [`${key}:S`, `${key}:P`];
    byCue.set(cueKey, pair);
  }
  return sentenceLike ? pair[0] : pair[1];
}

/** Interned variant strings (a fixed, small set) by rule and cue class, so the hot path builds no key. */
const VARIANTS = new Map<RuleId, Map<string, [string, string]>>();

const LEARNED = new Map<string, number>(RULE_RANKING.map(([key], k) => [key, k]));
const PRIOR = new Map<string, number>(DECLARED_RANKING.map((key, k) => [key, k]));

/**
 * Rank of a variant (lower wins): its place in the learned decision list, or for a variant
 * never seen in training, after every learned one in the declared order.
 *
 * @example
 * rankOf('after:reporting:S') < rankOf('nearest-after:reporting:S'); // true
 */
export function rankOf(variant: string): number {
  const learned = LEARNED.get(variant);
  if (learned !== undefined) return learned;
  const prior = PRIOR.get(variant);
  if (prior !== undefined) return LEARNED.size + prior;
  return LEARNED.size + PRIOR.size + DECLARED.get(variant.slice(0, variant.indexOf(':')) as RuleId)!;
}

/**
 * Learned precision of a variant on PolNeAR train (0.5 when unseen), shown by `explain`.
 *
 * @example
 * weightOf('after:reporting:S'); // ≈ 0.95
 */
export function weightOf(variant: string): number {
  const k = LEARNED.get(variant);
  return k === undefined ? 0.5 : RULE_RANKING[k]![1];
}

/**
 * A candidate of any rule, with its variant key.
 *
 * @example
 * const r: RankedCandidate = { id: 'after', sentence: 0, np: { from: 1, to: 4, kind: 'name' }, cue: null, variant: 'after:none:S' };
 */
export interface RankedCandidate extends Omit<Candidate, 'id'> {
  id: RuleId;
  variant: string;
  /** `rankOf(variant)`, computed once. */
  rank?: number;
  /** For a carried-over attribution: the family of the rule it was first found by. */
  base?: AttributionRule;
}

/**
 * The winning candidate: the lowest rank, ties to the first proposed.
 *
 * @example
 * choose([]); // null
 */
export function choose<C extends RankedCandidate>(candidates: readonly C[]): C | null {
  let best: C | null = null;
  let bestRank = Infinity;
  for (const c of candidates) {
    const r = (c.rank ??= rankOf(c.variant));
    if (r < bestRank) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}
