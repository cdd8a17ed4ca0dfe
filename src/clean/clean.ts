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
import { DEFAULT_LANGUAGE_CANDIDATES } from '../language/detect.js';
import { STOPWORD_LANGUAGES } from '../language/stopwords.js';
import { articleLanguage, readsBetter, rereadLanguage } from './article-language.js';
import { assemble, type RemovalVerdict } from './assemble.js';
import { compileGate, gateAllowsText, type CharGate } from './char-gate.js';
import { mergeDenseHits } from './dense-flags.js';
import { applyInlineRules, type InlineResult } from './inline.js';
import type {
  BlockContext,
  BlockRule,
  BlockVerdict,
  CleanRule,
  FlagContext,
  FlagRule,
  InlineContext,
  InlineRule,
  MetadataPatch,
  MetadataRule,
  PageRule,
} from './rule.js';
import { earlierSameText, forgetRepeats } from './repeats.js';
import { DEFAULT_RULES } from './rules/index.js';
import { opensClosedElement, scriptBlockRule } from './rules/markup/script.js';
import { segment, type Block } from './segment.js';

/**
 * Options of `clean`.
 *
 * @example
 * clean(raw, { language: 'eng', disable: ['translation/'] });
 * clean(raw, { rules: [...DEFAULT_RULES, myRule] });
 */
export interface CleanOptions {
  /**
   * Expected language of the article (ISO 639-3), default 'eng': a hint used when the page has
   * too little prose to tell. The article's language is read from its body; passages in
   * another language than the body are removed as foreign.
   */
  language?: string;
  /** The ordered rule list, default DEFAULT_RULES. */
  rules?: readonly CleanRule[];
  /** Rule ids, or id prefixes ending in '/', to skip (e.g. ['translation/', 'flag/doubled-stem']). */
  disable?: readonly string[];
}

// prettier-ignore
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
  const hint = checkLanguage(opts.language);
  const prepared = prepareRules(opts.rules ?? DEFAULT_RULES, opts.disable);
  forgetRepeats(); // (this page's repeats are read afresh, not taken from another call's)

  const blocks = segment(raw);
  // Inline rules first, so block rules judge each paragraph as it will read when cleaned
  // ("<p>Advertisement</p>" is an advertisement label); cleaning twice then changes nothing.
  const contexts = blocks.map((_, i) => new WatchedContext(i === 0, hint));
  const byHint = inlineOnce(blocks, prepared.inlineRules, contexts, prepared.gates);
  const hintViews = viewsOf(blocks, byHint);
  // The article's language comes from its body (read as cleaned); the option is only a hint
  // for pages too short to tell. On a body in another language the inline rules run again
  // knowing it (French typography keeps a space before "?", say) — on the paragraphs where a
  // rule read the language: a rule is a pure function of the text and its context, so the
  // others would read the same.
  const inlineIn = (language: string): InlineResult[] =>
    blocks.map((block, i) =>
      contexts[i]!.read
        ? applyInlineRules(block, prepared.inlineRules, { isFirst: i === 0, language }, prepared.gates)
        : byHint[i]!,
    );
  const cleanAs = (language: string): CleanResult => {
    if (language === hint) return cleanIn(raw, blocks, [...byHint], hintViews, prepared, language);
    const inline = inlineIn(language);
    return cleanIn(raw, blocks, inline, viewsOf(blocks, inline), prepared, language);
  };
  const language = articleLanguage(hintViews, hint);
  const result = cleanAs(language);
  // The vote reads the page before the rules know its chrome for chrome: when what the
  // cleaning removed as foreign outweighs what it kept, or what it kept is mostly in another
  // script (a brief of short sentences framed by long chrome in the hint's language), the page
  // is read again in that language, and that reading stands when it is the article.
  const other = rereadLanguage(result.edits, result.text, language);
  if (other === null) return result;
  const second = cleanAs(other);
  return readsBetter(second.text, other, result.text, language) ? second : result;
}

// One cleaning of the page in a given language, from its paragraphs after the inline rules
// (`inline`, which this changes, and `views`, the blocks as those rules left them).
function cleanIn(
  raw: string,
  blocks: readonly Block[],
  inline: InlineResult[],
  views: readonly Block[],
  prepared: PreparedRules,
  language: string,
): CleanResult {
  const { rules, disabledIds, inlineRules, gates, blockRules, pageRules, metadataRules, flagRules } = prepared;
  // A paragraph the inline rules leave empty (only a shortcode, say) goes before the block
  // rules run, so rules that look at what follows a block see the article as it will be.
  const removals: Array<RemovalVerdict | undefined> = new Array(blocks.length).fill(undefined);
  removeEmptiedBlocks(
    inline,
    removals,
    rules.includes(scriptBlockRule) ? (i) => opensClosedElement(blocks, i) : () => false,
  );
  const groups: BlockRunState = { next: 0 };
  const metadata = runBlockRules(views, blockRules, language, removals, groups);
  // The page-level extractor reads the page as the precise rules left it; what it removes
  // changes what the block rules see (a link list now ends the article), so they run again.
  if (runPageRules(views, pageRules, language, removals, groups, disabledIds)) {
    mergeMetadata(metadata, runBlockRules(views, blockRules, language, removals, groups));
  }
  // The first kept paragraph is where wire datelines stand; rerun its inline rules knowing that.
  const firstKept = removals.findIndex((r) => r === undefined);
  if (firstKept > 0)
    inline[firstKept] = applyInlineRules(blocks[firstKept]!, inlineRules, { isFirst: true, language }, gates);
  // Metadata rules read the final page (what is kept) and remove nothing.
  mergeMetadata(metadata, runMetadataRules(views, metadataRules, language, removals));
  const { text, edits } = assemble(
    raw,
    blocks,
    removals,
    inline.map((r) => r.edits),
  );
  const flags = runFlagRules(text, flagRules(language), edits);

  const fullMetadata: ArticleMetadata = { ...metadata, language };
  return { text, metadata: fullMetadata, edits, flags };
}

// An inline context that notes whether a rule read its language. A class, not an object
// literal with a getter: every paragraph's context then has one shape, which the rules'
// reads of it are optimised for.
class WatchedContext implements InlineContext {
  read = false;
  constructor(
    readonly isFirst: boolean,
    private readonly hint: string,
  ) {}
  get language(): string {
    this.read = true;
    return this.hint;
  }
}

// The inline rules on every paragraph, once per raw text: a paragraph with an earlier one's
// raw text and line wraps (a repeated menu line) reads as that one does, since the rules are
// pure functions of the text and its context (not the first paragraph, whose context differs)
// and their edits are in paragraph-relative offsets.
function inlineOnce(
  blocks: readonly Block[],
  rules: readonly InlineRule[],
  contexts: readonly WatchedContext[],
  gates: ReadonlyArray<CharGate | undefined>,
): InlineResult[] {
  const sameText = earlierSameText(blocks.length, (i) => blocks[i]!.text);
  const results: InlineResult[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const j = sameText[i]!;
    if (j > 0 && sameWraps(blocks[i]!, blocks[j]!)) {
      results.push(results[j]!);
      contexts[i]!.read = contexts[j]!.read;
    } else results.push(applyInlineRules(blocks[i]!, rules, contexts[i]!, gates));
  }
  return results;
}

// Whether two blocks wrap at the same places relative to their starts.
function sameWraps(a: Block, b: Block): boolean {
  if (a.wraps.length !== b.wraps.length) return false;
  for (let k = 0; k < a.wraps.length; k++) {
    const x = a.wraps[k]!;
    const y = b.wraps[k]!;
    if (x.start - a.start !== y.start - b.start || x.end - a.start !== y.end - b.start) return false;
  }
  return true;
}

function viewsOf(blocks: readonly Block[], inline: readonly InlineResult[]): Block[] {
  return blocks.map((block, i) => (inline[i]!.text === block.text ? block : { ...block, text: inline[i]!.text }));
}

function checkLanguage(language: unknown): string {
  if (language === undefined) return 'eng';
  if (typeof language !== 'string' || !KNOWN_LANGUAGES.has(language)) {
    throw new RangeError(
      `clean: options.language must be an ISO 639-3 code of a known language (${[...KNOWN_LANGUAGES].join(', ')}), got ${JSON.stringify(language)}`,
    );
  }
  return language;
}

const KNOWN_LANGUAGES: ReadonlySet<string> = new Set([...DEFAULT_LANGUAGE_CANDIDATES, ...STOPWORD_LANGUAGES].sort());

/**
 * A rule list made ready for a run: checked, filtered by `disable`, split by kind, with the
 * inline rules' character gates compiled (and the flag rules' per language, on first ask).
 */
interface PreparedRules {
  rules: CleanRule[];
  disabledIds: Set<string>;
  inlineRules: InlineRule[];
  gates: Array<CharGate | undefined>;
  blockRules: BlockRule[];
  pageRules: PageRule[];
  metadataRules: MetadataRule[];
  /** The flag rules that read `language`, with their gates (see runFlagRules). */
  flagRules(language: string): FlagRules;
}

interface FlagRules {
  rules: FlagRule[];
  gates: Array<CharGate | undefined>;
}

// A frozen rule list (DEFAULT_RULES) cannot change: it is checked and split once, and every
// call without `disable` reuses that. Any other list is prepared per call, as it may have
// changed since.
const PREPARED = new WeakMap<readonly CleanRule[], PreparedRules>();

function prepareRules(list: readonly CleanRule[], disable: readonly string[] | undefined): PreparedRules {
  const reusable = disable === undefined && Array.isArray(list) && Object.isFrozen(list);
  const known = reusable ? PREPARED.get(list) : undefined;
  if (known) return known;
  const { rules, disabledIds } = selectRules(list, disable);
  const inlineRules = rules.filter(isInlineRule);
  const byLanguage = new Map<string, FlagRules>();
  const prepared: PreparedRules = {
    rules,
    disabledIds,
    inlineRules,
    gates: inlineRules.map((rule) => compileGate(rule.requiresChars)),
    blockRules: rules.filter(isBlockRule),
    pageRules: rules.filter(isPageRule),
    metadataRules: rules.filter(isMetadataRule),
    flagRules(language) {
      let flags = byLanguage.get(language);
      if (!flags) {
        // A flag rule reads one language: it stays silent on a body in another language.
        const chosen = rules.filter(
          (rule): rule is FlagRule => isFlagRule(rule) && (rule.language ?? 'eng') === language,
        );
        byLanguage.set(
          language,
          (flags = { rules: chosen, gates: chosen.map((rule) => compileGate(rule.requiresChars)) }),
        );
      }
      return flags;
    },
  };
  if (reusable) PREPARED.set(list, prepared);
  return prepared;
}

// The function each rule kind must have, checked so a custom rule fails here, clearly.
const RULE_FUNCTION = { block: 'match', inline: 'find', flag: 'find', page: 'decide', metadata: 'read' } as const;

function selectRules(
  rules: readonly CleanRule[],
  disable: readonly string[] | undefined,
): { rules: CleanRule[]; disabledIds: Set<string> } {
  if (!Array.isArray(rules)) throw new TypeError('clean: expected options.rules to be an array of rules');
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string' || !Object.hasOwn(RULE_FUNCTION, rule.type)) {
      throw new TypeError(
        `clean: options.rules contains something that is not a rule (needs id and type 'block', 'inline', 'flag', 'page' or 'metadata'): ${JSON.stringify(rule)?.slice(0, 80)}`,
      );
    }
    const fn = RULE_FUNCTION[rule.type as keyof typeof RULE_FUNCTION];
    if (typeof (rule as unknown as Record<string, unknown>)[fn] !== 'function') {
      throw new TypeError(`clean: rule '${rule.id}' of type '${rule.type}' needs a ${fn}() function`);
    }
    const { maxLength, textOnly, requiresChars } = rule as {
      maxLength?: unknown;
      textOnly?: unknown;
      requiresChars?: unknown;
    };
    if (rule.type === 'block' && maxLength !== undefined && !(typeof maxLength === 'number' && maxLength >= 0)) {
      throw new TypeError(`clean: rule '${rule.id}' has a maxLength that is not a number >= 0: ${String(maxLength)}`);
    }
    if (rule.type === 'block' && textOnly !== undefined && typeof textOnly !== 'boolean') {
      throw new TypeError(`clean: rule '${rule.id}' has a textOnly that is not a boolean: ${String(textOnly)}`);
    }
    if (
      (rule.type === 'inline' || rule.type === 'flag') &&
      requiresChars !== undefined &&
      !(Array.isArray(requiresChars) && requiresChars.every((chars) => typeof chars === 'string'))
    ) {
      throw new TypeError(`clean: rule '${rule.id}' has a requiresChars that is not an array of strings`);
    }
  }
  if (disable !== undefined && (!Array.isArray(disable) || disable.some((d) => typeof d !== 'string'))) {
    throw new TypeError('clean: expected options.disable to be an array of rule ids');
  }
  const disabledIds = new Set<string>();
  if (!disable?.length) return { rules: [...rules], disabledIds };
  // Every id a removal can carry: the rules' ids and the ids page rules emit.
  const ids = rules.flatMap((rule) => (rule.type === 'page' ? [rule.id, ...rule.emits] : [rule.id]));
  const matches = (d: string, id: string) => (d.endsWith('/') ? id.startsWith(d) : id === d);
  for (const d of disable) {
    if (!ids.some((id) => matches(d, id))) {
      throw new RangeError(
        `clean: options.disable names no rule: ${JSON.stringify(d)} (known ids: ${[...new Set(ids)].join(', ')}; a prefix ends in '/')`,
      );
    }
  }
  for (const rule of rules)
    if (rule.type === 'page') for (const id of rule.emits) if (disable.some((d) => matches(d, id))) disabledIds.add(id);
  return { rules: rules.filter((rule) => !disable.some((d) => matches(d, rule.id))), disabledIds };
}

const isBlockRule = (rule: CleanRule): rule is BlockRule => rule.type === 'block';
const isInlineRule = (rule: CleanRule): rule is InlineRule => rule.type === 'inline';
const isFlagRule = (rule: CleanRule): rule is FlagRule => rule.type === 'flag';
const isPageRule = (rule: CleanRule): rule is PageRule => rule.type === 'page';
const isMetadataRule = (rule: CleanRule): rule is MetadataRule => rule.type === 'metadata';

function runMetadataRules(
  blocks: readonly Block[],
  rules: readonly MetadataRule[],
  language: string,
  removals: ReadonlyArray<RemovalVerdict | undefined>,
): MetadataPatch {
  const metadata: MetadataPatch = {};
  if (!rules.length) return metadata;
  const context: BlockContext = {
    blocks,
    language,
    isRemoved: (index) => removals[index] !== undefined,
    removedBy: (index) => removals[index]?.rule,
    keptBefore: (index) => countKept(removals, 0, index),
    keptAfter: (index) => countKept(removals, index + 1, blocks.length),
  };
  for (const rule of rules) {
    const patch = rule.read(context);
    if (patch) mergeMetadata(metadata, patch);
  }
  return metadata;
}

// Block rules run in order; the whole list runs again while a pass removes something new,
// because a removal can change what another rule sees (a byline is in the head only once
// the dateline above it is gone). Cleaning the output again therefore finds nothing more.
// A rule is a pure function of the block, the block list and which blocks are removed; a
// call that never asked the context about removals (isRemoved, removedBy, keptBefore,
// keptAfter) gives the same answer in a later pass, so a later pass only re-asks the
// (rule, block) pairs whose last answer read the removal state, and only when a removal was
// made since the rule last ran (a pass that follows the page's last removal re-asks nothing
// of the rules after it: the state they read is the one they answered on).
// A rule that declares `textOnly` answers the same on two blocks of one text when its answer
// read nothing of the context (no removals, no other block): in the first pass a block whose
// text an earlier block has takes that block's answer, without a call (pages repeat their
// menus and share rows: a fifth of a page's lines, most of them short).
const MAX_BLOCK_PASSES = 4;
const NOTHING_PENDING = new Int32Array(0);

/**
 * What the block runner keeps between its runs on one page (before and after the page
 * rules): the next removal group, and per rule the blocks whose last answer read the
 * removal state (ascending), the only ones a later pass asks again, and the group counter
 * when the rule last started asking (every removal takes a new group, so an unchanged
 * counter means unchanged removals). Removals only grow, so an answer that read no state
 * stands. `pending` and `askedAt` are undefined until the first run.
 */
interface BlockRunState {
  next: number;
  pending?: Int32Array[];
  askedAt?: Float64Array;
}

function runBlockRules(
  blocks: readonly Block[],
  rules: readonly BlockRule[],
  language: string,
  removals: Array<RemovalVerdict | undefined>,
  groups: BlockRunState,
): MetadataPatch {
  const metadata: MetadataPatch = {};
  const keptBeforeCounts = new Int32Array(blocks.length + 1);
  let group = groups.next;
  let readState = false; // set when the running match asks about removals
  let readPage = false; // set when it reads the block list
  const context: BlockContext = {
    get blocks() {
      readPage = true;
      return blocks;
    },
    language,
    isRemoved: (index) => ((readState = true), removals[index] !== undefined),
    removedBy: (index) => ((readState = true), removals[index]?.rule),
    keptBefore: (index) => ((readState = true), keptBeforeCounts[index]!),
    keptAfter: (index) => ((readState = true), keptBeforeCounts[blocks.length]! - keptBeforeCounts[index + 1]!),
  };

  const n = blocks.length;
  // The first pass of the first run asks every block; each later pass walks a rule's pending
  // list only (most answers read no state: the list is short), keeping the blocks that read
  // state again. Same order of calls as a scan of every block that skips the settled ones.
  const firstRun = groups.pending === undefined;
  const pending = (groups.pending ??= new Array<Int32Array>(rules.length));
  const askedAt = (groups.askedAt ??= new Float64Array(rules.length).fill(NaN));
  const keep = new Int32Array(n); // scratch: the blocks a rule keeps pending in this pass
  const lengths = new Int32Array(n); // the blocks' text lengths, for the rules' maxLength
  for (let i = 0; i < n; i++) lengths[i] = blocks[i]!.text.length;
  let countedAt = -1; // the value of `group` when the kept counts were last taken
  // For textOnly rules in the first pass: each block's earlier block of the same text (-1 for
  // none), and the answers of the current rule to be taken by later blocks of their text.
  const sameTextAs = firstRun ? earlierSameText(blocks.length, (i) => blocks[i]!.text) : NOTHING_PENDING;
  const answeredBy = firstRun ? new Int32Array(n) : NOTHING_PENDING; // rule index + 1
  const answers: Array<BlockVerdict | null> = firstRun ? new Array<BlockVerdict | null>(n).fill(null) : [];
  for (let pass = 0; pass < MAX_BLOCK_PASSES; pass++) {
    const groupsBefore = group;
    const askAll = firstRun && pass === 0;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const list = askAll ? undefined : pending[r]!;
      const count = list ? list.length : n;
      // Nothing removed since this rule last started: its pending blocks would answer as they did.
      if (count === 0 || askedAt[r] === group) continue;
      askedAt[r] = group;
      // Snapshot of kept counts for this rule's pass (linear, keeps every lookup O(1));
      // retaken only after a removal.
      if (countedAt !== group) {
        for (let i = 0; i < n; i++) keptBeforeCounts[i + 1] = keptBeforeCounts[i]! + (removals[i] ? 0 : 1);
        countedAt = group;
      }
      let kept = 0;
      // Looked up once per rule, not once per block (the call site sees every rule's shape).
      const match = rule.match;
      // A block longer than the rule's maxLength gets null without a look at the context: it
      // is not asked (and, reading no state, not kept pending), as if it had been.
      const maxLength = rule.maxLength ?? Infinity;
      const byText = askAll && rule.textOnly === true;
      for (let k = 0; k < count; k++) {
        const i = list ? list[k]! : k;
        // A removal takes blocks i..through at once: the loop passes over them here.
        if (removals[i] || lengths[i]! > maxLength) continue;
        const earlier = byText ? sameTextAs[i]! : -1;
        let verdict: BlockVerdict | null;
        if (earlier >= 0 && answeredBy[earlier] === r + 1) verdict = answers[earlier]!;
        else {
          readState = false;
          readPage = false;
          verdict = match.call(rule, blocks[i]!, context);
          if (readState) keep[kept++] = i;
          else if (byText && !readPage) {
            answeredBy[i] = r + 1;
            answers[i] = verdict;
          }
        }
        if (!verdict) continue;
        const through = Math.min(Math.max(verdict.through ?? i, i), n - 1);
        const removal: RemovalVerdict = { rule: rule.id, category: rule.category, group: group++ };
        if (verdict.language) removal.language = verdict.language;
        for (let j = i; j <= through; j++) if (!removals[j]) removals[j] = removal;
        if (verdict.metadata) mergeMetadata(metadata, verdict.metadata);
      }
      // A removed block is never asked again: it may stay in the list, it is passed over.
      pending[r] = kept === 0 ? NOTHING_PENDING : keep.slice(0, kept);
    }
    if (group === groupsBefore) break;
  }
  groups.next = group;
  return metadata;
}

// Page rules decide once over the whole page; their removals of blocks still kept are
// recorded with the id and reason each removal carries. Returns true when one removed a block.
function runPageRules(
  blocks: readonly Block[],
  rules: readonly PageRule[],
  language: string,
  removals: Array<RemovalVerdict | undefined>,
  groups: { next: number },
  disabledIds: ReadonlySet<string>,
): boolean {
  let removed = false;
  for (const rule of rules) {
    const snapshot = removals.slice();
    const context: BlockContext = {
      blocks,
      language,
      isRemoved: (index) => snapshot[index] !== undefined,
      removedBy: (index) => snapshot[index]?.rule,
      keptBefore: (index) => countKept(snapshot, 0, index),
      keptAfter: (index) => countKept(snapshot, index + 1, blocks.length),
    };
    for (const removal of rule.decide(context)) {
      if (disabledIds.has(removal.rule)) continue;
      const from = Math.max(0, removal.index);
      const through = Math.min(Math.max(removal.through ?? from, from), blocks.length - 1);
      const verdict: RemovalVerdict = {
        rule: removal.rule,
        category: rule.category,
        group: groups.next++,
        reason: removal.reason,
      };
      for (let k = from; k <= through; k++) {
        if (removals[k]) continue;
        removals[k] = verdict;
        removed = true;
      }
    }
  }
  return removed;
}

function countKept(removals: ReadonlyArray<RemovalVerdict | undefined>, from: number, to: number): number {
  let kept = 0;
  for (let i = from; i < to; i++) if (!removals[i]) kept++;
  return kept;
}

function mergeMetadata(target: MetadataPatch, patch: MetadataPatch): void {
  for (const key of ['title', 'publishedAt', 'sourceUrl', 'updatedAt', 'outlet', 'agency', 'dateline'] as const) {
    if (patch[key] !== undefined && target[key] === undefined) target[key] = patch[key];
  }
  for (const key of ['byline', 'credits'] as const) {
    const values = patch[key];
    if (!values?.length) continue;
    const list = (target[key] ??= []);
    for (const value of values) if (!list.includes(value)) list.push(value);
  }
}

// A paragraph that inline edits leave empty (say, only a shortcode) goes as a whole block,
// under the rule that emptied it, so no empty paragraph is left between two breaks.
// A block that opens a script element closed later is left to markup/script-block.
function removeEmptiedBlocks(
  inline: InlineResult[],
  removals: Array<RemovalVerdict | undefined>,
  leave: (index: number) => boolean,
): void {
  let group = -1;
  inline.forEach((result, i) => {
    if (removals[i] || result.text.trim() !== '' || leave(i)) return;
    const cause = result.edits.find((e) => e.category !== 'whitespace') ?? result.edits[0];
    removals[i] = { rule: cause?.rule ?? 'whitespace/trim', category: cause?.category ?? 'whitespace', group: group-- };
  });
}

function runFlagRules(text: string, { rules, gates }: FlagRules, edits: CleanResult['edits']): Flag[] {
  if (rules.length === 0 || text.length === 0) return [];
  const map = createOffsetMap(edits);
  const flags: Flag[] = [];
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    let paragraphEnd = text.indexOf('\n\n', paragraphStart);
    if (paragraphEnd === -1) paragraphEnd = text.length;
    const paragraph = text.slice(paragraphStart, paragraphEnd);
    const nextEnd = paragraphEnd < text.length ? text.indexOf('\n\n', paragraphEnd + 2) : -1;
    const context: FlagContext = {
      next: paragraphEnd < text.length ? text.slice(paragraphEnd + 2, nextEnd === -1 ? text.length : nextEnd) : '',
    };
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const gate = gates[r];
      // (The paragraph asked, not its characters read: few flag rules declare characters.)
      if (gate && !gateAllowsText(gate, paragraph)) continue;
      for (const hit of mergeDenseHits(rule.find(paragraph, context), paragraph)) {
        const start = paragraphStart + hit.start;
        const end = paragraphStart + hit.end;
        const flag: Flag = {
          kind: rule.flagKind,
          rule: rule.id,
          message: hit.message,
          text: text.slice(start, end),
          start,
          end,
          rawStart: map.toRaw(start, 'start'),
          rawEnd: map.toRaw(end, 'end'),
        };
        if (rule.category !== undefined) flag.category = rule.category;
        const confidence = hit.confidence ?? rule.confidence;
        if (confidence !== undefined) flag.confidence = confidence;
        flags.push(flag);
      }
    }
    paragraphStart = paragraphEnd + 2;
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end);
}
