/**
 * clean(raw): the clean stage's orchestrator.
 *
 * segment into blocks → block rules (metadata, boilerplate, embeds, foreign passages) in
 * list order → inline rules inside the kept blocks (markup, repairs, whitespace) → assemble
 * text + edit log → flag rules on the cleaned paragraphs. The rule list is data: users
 * filter or extend `DEFAULT_RULES` and pass their own.
 */
import { assertText, checkOptions } from '../core/errors.js';
import { createOffsetMap } from '../core/offsets.js';
import type { ArticleMetadata, CleanResult, Flag } from '../core/types.js';
import { detectLanguage } from '../language/detect.js';
import { assemble, type RemovalVerdict, type RuleEdit } from './assemble.js';
import type { BlockContext, BlockRule, CleanRule, FlagRule, InlineRule, MetadataPatch } from './rule.js';
import { DEFAULT_RULES } from './rules/index.js';
import { segment, type Block } from './segment.js';

/**
 * Options of `clean`.
 *
 * @example
 * clean(raw, { language: 'eng', disable: ['translation/'] });
 * clean(raw, { rules: [...DEFAULT_RULES, myRule] });
 */
export interface CleanOptions {
  /** Expected language of the article (ISO 639-3), default 'eng'. Passages in other languages are removed. */
  language?: string;
  /** The ordered rule list, default DEFAULT_RULES. */
  rules?: readonly CleanRule[];
  /** Rule ids, or id prefixes ending in '/', to skip (e.g. ['translation/', 'flag/doubled-stem']). */
  disable?: readonly string[];
}

const KNOWN_OPTIONS = ['language', 'rules', 'disable'] as const;

/**
 * Cleans a scraped article: removes boilerplate, embeds and foreign passages, lifts
 * metadata, repairs safe machine-translation damage and flags the rest. Lossless:
 * `restore(clean(raw)) === raw`.
 *
 * @example
 * const result = clean('Putin said it.\n\nFollow Skai.gr on Google News');
 * result.text;              // 'Putin said it.'
 * result.edits[0].rule;     // 'footer/follow-us'
 */
export function clean(raw: string, options?: CleanOptions): CleanResult {
  assertText(raw, 'clean', 'raw');
  const opts = checkOptions(options, KNOWN_OPTIONS, 'clean');
  const language = opts.language ?? 'eng';
  if (typeof language !== 'string' || !/^[a-z]{3}$/.test(language)) {
    throw new RangeError(`clean: options.language must be an ISO 639-3 code such as 'eng', got ${JSON.stringify(language)}`);
  }
  const rules = selectRules(opts.rules ?? DEFAULT_RULES, opts.disable);

  const blocks = segment(raw);
  const { removals, metadata } = runBlockRules(blocks, rules.filter(isBlockRule), language);
  const inline = runInlineRules(blocks, removals, rules.filter(isInlineRule));
  removeEmptiedBlocks(blocks, removals, inline);
  const { text, edits } = assemble(raw, blocks, removals, inline);
  const flags = runFlagRules(text, rules.filter(isFlagRule), edits);

  const detected = text ? detectLanguage(text.length > 1500 ? text.slice(0, 1500) : text).language : 'und';
  const fullMetadata: ArticleMetadata = { ...metadata, language: detected === 'und' ? language : detected };
  return { text, metadata: fullMetadata, edits, flags };
}

function selectRules(rules: readonly CleanRule[], disable: readonly string[] | undefined): CleanRule[] {
  if (!Array.isArray(rules)) throw new TypeError('clean: expected options.rules to be an array of rules');
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string' || !['block', 'inline', 'flag'].includes(rule.type)) {
      throw new TypeError(`clean: options.rules contains something that is not a rule: ${JSON.stringify(rule)?.slice(0, 80)}`);
    }
  }
  if (disable !== undefined && (!Array.isArray(disable) || disable.some((d) => typeof d !== 'string'))) {
    throw new TypeError('clean: expected options.disable to be an array of rule ids');
  }
  if (!disable?.length) return [...rules];
  return rules.filter((rule) => !disable.some((d) => (d.endsWith('/') ? rule.id.startsWith(d) : rule.id === d)));
}

const isBlockRule = (rule: CleanRule): rule is BlockRule => rule.type === 'block';
const isInlineRule = (rule: CleanRule): rule is InlineRule => rule.type === 'inline';
const isFlagRule = (rule: CleanRule): rule is FlagRule => rule.type === 'flag';

function runBlockRules(blocks: readonly Block[], rules: readonly BlockRule[], language: string) {
  const removals: Array<RemovalVerdict | undefined> = new Array(blocks.length).fill(undefined);
  const metadata: MetadataPatch = {};
  const keptBeforeCounts = new Int32Array(blocks.length + 1);
  let group = 0;
  const context: BlockContext = {
    blocks,
    language,
    isRemoved: (index) => removals[index] !== undefined,
    removedBy: (index) => removals[index]?.rule,
    keptBefore: (index) => keptBeforeCounts[index]!,
    keptAfter: (index) => keptBeforeCounts[blocks.length]! - keptBeforeCounts[index + 1]!,
  };
  for (const rule of rules) {
    // Snapshot of kept counts for this rule's pass (linear, keeps every lookup O(1)).
    for (let i = 0; i < blocks.length; i++) keptBeforeCounts[i + 1] = keptBeforeCounts[i]! + (removals[i] ? 0 : 1);
    for (let i = 0; i < blocks.length; i++) {
      if (removals[i]) continue;
      const verdict = rule.match(blocks[i]!, context);
      if (!verdict) continue;
      const through = Math.min(Math.max(verdict.through ?? i, i), blocks.length - 1);
      const removal: RemovalVerdict = { rule: rule.id, category: rule.category, group: group++ };
      if (verdict.language) removal.language = verdict.language;
      for (let k = i; k <= through; k++) if (!removals[k]) removals[k] = removal;
      if (verdict.metadata) mergeMetadata(metadata, verdict.metadata);
      i = through;
    }
  }
  return { removals, metadata };
}

function mergeMetadata(target: MetadataPatch, patch: MetadataPatch): void {
  for (const key of ['title', 'publishedAt', 'sourceUrl'] as const) {
    if (patch[key] !== undefined && target[key] === undefined) target[key] = patch[key];
  }
  for (const key of ['byline', 'credits'] as const) {
    const values = patch[key];
    if (!values?.length) continue;
    const list = (target[key] ??= []);
    for (const value of values) if (!list.includes(value)) list.push(value);
  }
}

function runInlineRules(
  blocks: readonly Block[],
  removals: ReadonlyArray<RemovalVerdict | undefined>,
  rules: readonly InlineRule[],
): RuleEdit[][] {
  return blocks.map((block, i) => {
    if (removals[i]) return [];
    // Soft-wrapped line breaks become one space; they take precedence over every rule.
    let accepted: RuleEdit[] = block.wraps.map((wrap) => ({
      start: wrap.start - block.start,
      end: wrap.end - block.start,
      after: ' ',
      rule: 'whitespace/line-wrap',
      category: 'whitespace',
    }));
    for (const rule of rules) {
      const found = rule.find(block.text);
      if (found.length === 0) continue;
      const proposed = found
        .filter((e) => e.start >= 0 && e.end <= block.text.length && e.start <= e.end)
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .map((e) => ({ ...e, rule: rule.id, category: rule.category }));
      accepted = mergeEdits(accepted, proposed);
    }
    return accepted;
  });
}

// A paragraph that inline edits leave empty (say, only a shortcode) goes as a whole block,
// under the rule that emptied it, so no empty paragraph is left between two breaks.
function removeEmptiedBlocks(blocks: readonly Block[], removals: Array<RemovalVerdict | undefined>, inline: RuleEdit[][]): void {
  let group = -1;
  for (let i = 0; i < blocks.length; i++) {
    const edits = inline[i]!;
    if (removals[i] || edits.length === 0) continue;
    const { text } = blocks[i]!;
    let rest = '';
    let at = 0;
    for (const edit of edits) {
      rest += text.slice(at, edit.start) + edit.after;
      at = edit.end;
    }
    rest += text.slice(at);
    if (rest.trim() !== '') continue;
    const cause = edits.find((e) => e.category !== 'whitespace') ?? edits[0]!;
    removals[i] = { rule: cause.rule, category: cause.category, group: group-- };
    inline[i] = [];
  }
}

// Merges two sorted edit lists; on overlap the already accepted edit wins. Linear: each
// edit is pushed and popped at most once.
function mergeEdits(accepted: readonly RuleEdit[], proposed: readonly RuleEdit[]): RuleEdit[] {
  const out: Array<{ edit: RuleEdit; accepted: boolean }> = [];
  let a = 0;
  let p = 0;
  while (a < accepted.length || p < proposed.length) {
    const takeAccepted = p >= proposed.length || (a < accepted.length && compareEdits(accepted[a]!, proposed[p]!) <= 0);
    const edit = takeAccepted ? accepted[a++]! : proposed[p++]!;
    if (takeAccepted) {
      while (out.length && !out[out.length - 1]!.accepted && overlaps(out[out.length - 1]!.edit, edit)) out.pop();
      out.push({ edit, accepted: true });
    } else if (!out.length || !overlaps(out[out.length - 1]!.edit, edit)) {
      out.push({ edit, accepted: false });
    }
  }
  return out.map((entry) => entry.edit);
}

function compareEdits(x: RuleEdit, y: RuleEdit): number {
  return x.start - y.start || x.end - y.end;
}

function overlaps(x: { start: number; end: number }, y: { start: number; end: number }): boolean {
  return (x.start < y.end && y.start < x.end) || (x.start === y.start && x.end === y.end);
}

function runFlagRules(text: string, rules: readonly FlagRule[], edits: CleanResult['edits']): Flag[] {
  if (rules.length === 0 || text.length === 0) return [];
  const map = createOffsetMap(edits);
  const flags: Flag[] = [];
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    let paragraphEnd = text.indexOf('\n\n', paragraphStart);
    if (paragraphEnd === -1) paragraphEnd = text.length;
    const paragraph = text.slice(paragraphStart, paragraphEnd);
    for (const rule of rules) {
      for (const hit of rule.find(paragraph)) {
        const start = paragraphStart + hit.start;
        const end = paragraphStart + hit.end;
        flags.push({
          kind: rule.flagKind,
          rule: rule.id,
          message: hit.message,
          text: text.slice(start, end),
          start,
          end,
          rawStart: map.toRaw(start, 'start'),
          rawEnd: map.toRaw(end, 'end'),
        });
      }
    }
    paragraphStart = paragraphEnd + 2;
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end);
}
