/**
 * The rule model of the clean stage.
 *
 * A rule is plain data plus one pure function, with a stable id ('footer/follow-us') and
 * the category its edits carry. Three kinds, applied in this order by `clean`:
 * - inline rules edit inside each paragraph, in list order, each rule reading the text the
 *   rules before it left ("[Iran](#)‘s" → "Iran‘s" → "Iran’s"); every edit stays mapped to
 *   raw offsets (see inline.ts), so the edit log is exact;
 * - block rules then decide whether a whole paragraph (block) goes, and may lift metadata;
 *   they read each paragraph as the inline rules left it (`block.text`), with the raw
 *   paragraph in `block.source`;
 * - flag rules point at suspected problems in the cleaned text and change nothing.
 */
import { assertInteger, assertText } from '../core/errors.js';
import type { ArticleMetadata } from '../core/types.js';
import type { Block } from './segment.js';

/**
 * Metadata a rule lifts out of the body; arrays are appended, scalars first-wins.
 *
 * @example
 * const patch: MetadataPatch = { publishedAt: '2021-12-07', byline: ['Samantha Berkhead'] };
 */
export type MetadataPatch = Partial<Omit<ArticleMetadata, 'language'>>;

/**
 * What a block rule sees besides the block itself.
 *
 * @example
 * const first = ctx.keptBefore(block.index) === 0; // the first paragraph still in the article
 */
export interface BlockContext {
  readonly blocks: readonly Block[];
  /** Expected language of the article (ISO 639-3). */
  readonly language: string;
  /** True when an earlier rule removed the block. */
  isRemoved(index: number): boolean;
  /** Id of the rule that removed the block, if any. */
  removedBy(index: number): string | undefined;
  /** Number of blocks before `index` that are still kept. */
  keptBefore(index: number): number;
  /** Number of blocks after `index` that are still kept. */
  keptAfter(index: number): number;
}

/**
 * A block rule's verdict: remove this block (and, with `through`, the blocks up to that
 * index), optionally lifting metadata.
 *
 * @example
 * const verdict: BlockVerdict = { metadata: { byline: ['Samantha Berkhead'] } };
 */
export interface BlockVerdict {
  /** Last block index (inclusive) removed with this one; default the block itself. */
  through?: number;
  metadata?: MetadataPatch;
  /** Language of a removed foreign-language passage. */
  language?: string;
}

/**
 * Decides about whole blocks.
 *
 * @example
 * const rule: BlockRule = { type: 'block', id: 'boilerplate/advertisement', category: 'boilerplate',
 *   description: 'Advertisement labels', match: (block) => (/^advertisement$/i.test(block.text) ? {} : null) };
 */
export interface BlockRule {
  type: 'block';
  id: string;
  category: string;
  description: string;
  /**
   * A block whose text is longer than this never matches (the rule's `match` answers null on
   * it without asking the context): the runner does not ask the rule about it. Optional; a
   * rule declares it only where its `match` opens with that very test.
   */
  maxLength?: number;
  /**
   * True when `match` reads nothing of its block but `text` (and `index` only to ask the
   * context about it). The runner then gives a block whose text an earlier block of the page
   * has (a repeated menu line, a second "Share" row) the earlier block's answer, when that
   * answer read nothing of the context but its language. Optional; a rule declares it only
   * where it holds.
   */
  textOnly?: boolean;
  match(block: Block, context: BlockContext): BlockVerdict | null;
}

/**
 * An edit inside a block, in offsets relative to the block's text.
 *
 * @example
 * const edit: InlineEdit = { start: 4, end: 13, after: 'said' }; // '[said](#)' → 'said'
 */
export interface InlineEdit {
  start: number;
  end: number;
  after: string;
}

/**
 * What an inline rule knows about the paragraph it edits.
 *
 * @example
 * const context: InlineContext = { isFirst: true, language: 'eng' };
 */
export interface InlineContext {
  /** True for the first paragraph that is kept (where wire datelines stand). */
  isFirst: boolean;
  /** Expected language of the article (ISO 639-3). */
  language: string;
}

/**
 * Proposes edits inside kept blocks. Edits of one rule must not overlap each other; where
 * rules overlap, the earlier rule in the list wins.
 *
 * @example
 * const rule: InlineRule = { type: 'inline', id: 'markup/html-entity', category: 'markup',
 *   description: 'HTML entities', find: (text) => [] };
 */
export interface InlineRule {
  type: 'inline';
  id: string;
  category: string;
  description: string;
  /**
   * Characters the text must hold for `find` to return edits: each string is a set of
   * characters, and a text that holds none of one set's characters is not given to the rule
   * (as if it had found nothing). Optional; a rule declares it only where `find` finds
   * nothing without them (['<'] for a markup rule, ['.', '0123456789'] for "7. December").
   */
  requiresChars?: readonly string[];
  find(text: string, context: InlineContext): InlineEdit[];
}

/**
 * A suspected problem inside one paragraph of the cleaned text (paragraph-relative offsets).
 *
 * @example
 * const hit: FlagHit = { start: 0, end: 11, message: 'One-word sentence: likely a translation fragment' };
 */
export interface FlagHit {
  start: number;
  end: number;
  message: string;
  /** How sure the rule is of this hit (0..1); default the rule's `confidence`. */
  confidence?: number;
}

/**
 * What a flag rule knows about the paragraph it reads.
 *
 * @example
 * const context: FlagContext = { next: '“We will not stop,” he said.' };
 */
export interface FlagContext {
  /** The next paragraph of the cleaned text ('' after the last one). */
  next: string;
}

/**
 * Points at problems in the cleaned text and leaves them in place.
 *
 * @example
 * const rule: FlagRule = { type: 'flag', id: 'flag/doubled-stem', flagKind: 'doubled-stem',
 *   description: 'Adjacent words with one stem', find: (paragraph) => [] };
 */
export interface FlagRule {
  type: 'flag';
  id: string;
  /** The `kind` of the flags it raises. */
  flagKind: string;
  description: string;
  /**
   * What kind of damage it points at ('untranslated', 'glued-words', 'doubled-words',
   * 'quote-marks', 'markup-residue', 'names', 'grammar', 'numbers', 'punctuation').
   */
  category?: string;
  /** How often a hit is a real error on news text (0..1), as measured on development data. */
  confidence?: number;
  /** ISO 639-3 code of the text the rule reads; default 'eng'. The rule stays silent on text of another language. */
  language?: string;
  /** As an inline rule's `requiresChars`: characters a paragraph must hold for `find` to hit. */
  requiresChars?: readonly string[];
  find(paragraph: string, context?: FlagContext): FlagHit[];
}

/**
 * One removal decided by a page rule: a run of blocks, the id it is recorded under (one of
 * the rule's `emits`) and the evidence that decided it.
 *
 * @example
 * const removal: PageRemoval = { index: 3, through: 40, rule: 'page/navigation', reason: 'short lines before the article' };
 */
export interface PageRemoval {
  index: number;
  /** Last block index (inclusive) of the run; default the block itself. */
  through?: number;
  /** One of the rule's `emits` ids. */
  rule: string;
  /** The features that decided it, in words. */
  reason: string;
}

/**
 * Decides about the whole page at once (where the article is), after the block rules:
 * reads every block and which of them the block rules removed, and returns removals of
 * blocks still kept. Runs once; the block rules then run again over what is left.
 *
 * @example
 * const rule: PageRule = { type: 'page', id: 'page/', category: 'page', description: 'Keeps the article',
 *   emits: ['page/outside-article'], decide: () => [] };
 */
export interface PageRule {
  type: 'page';
  /** Id prefix (ending in '/'), or the single id the rule emits. */
  id: string;
  category: string;
  description: string;
  /** Every id its removals carry, so that `disable` can name one of them. */
  emits: readonly string[];
  decide(context: BlockContext): PageRemoval[];
}

/**
 * Reads metadata the page states without removing anything: the agency and place of a wire
 * dateline left in the body, the outlet named in a footer. Runs once, after every removal
 * is decided, over the final page (which blocks are kept).
 *
 * @example
 * const rule: MetadataRule = { type: 'metadata', id: 'metadata/outlet-footer', category: 'outlet',
 *   description: 'Outlet named in the footer', read: () => null };
 */
export interface MetadataRule {
  type: 'metadata';
  id: string;
  category: string;
  description: string;
  read(context: BlockContext): MetadataPatch | null;
}

/**
 * Any clean rule.
 *
 * @example
 * const rule: CleanRule = lineRule('boilerplate/advertisement', 'boilerplate', 'Advertisement labels', /^advertisement$/i);
 * rule.type; // 'block'
 */
export type CleanRule = BlockRule | InlineRule | FlagRule | PageRule | MetadataRule;

/**
 * The index of the nearest block above `index` that no rule has removed, looking at most
 * `maxLookBack` blocks up (a bound keeps a rule linear on a page of removed lines); -1 when
 * there is none within reach. Reads the removal state, as `context.isRemoved` does.
 *
 * @example
 * const above = nearestKeptAbove(context, block.index, 8);
 * const introduced = above >= 0 && context.blocks[above]!.text.endsWith(':');
 */
export function nearestKeptAbove(context: BlockContext, index: number, maxLookBack = Infinity): number {
  for (let j = index - 1; j >= 0 && j >= index - maxLookBack; j--) if (!context.isRemoved(j)) return j;
  return -1;
}

/**
 * Builds a block rule that removes blocks whose whole text matches `pattern`.
 * `where` limits it to the head (before any kept content), the tail (nothing kept after),
 * or anywhere.
 *
 * @example
 * const ad = lineRule('boilerplate/advertisement', 'boilerplate', 'Advertisement labels',
 *   /^(?:advertisement|sponsored content)$/i);
 */
export function lineRule(
  id: string,
  category: string,
  description: string,
  pattern: RegExp,
  where: 'anywhere' | 'head' | 'tail' = 'anywhere',
  maxLength = 300,
): BlockRule {
  for (const [name, value] of [
    ['id', id],
    ['category', category],
    ['description', description],
  ] as const) {
    if (typeof value !== 'string' || value === '')
      throw new TypeError(`lineRule: expected ${name} to be a non-empty string, got ${JSON.stringify(value)}`);
  }
  if (!(pattern instanceof RegExp)) throw new TypeError('lineRule: expected pattern to be a RegExp');
  if (!['anywhere', 'head', 'tail'].includes(where))
    throw new RangeError(`lineRule: where must be 'anywhere', 'head' or 'tail', got ${JSON.stringify(where)}`);
  assertInteger(maxLength, 'lineRule', 'maxLength', 1);
  return {
    type: 'block',
    id,
    category,
    description,
    maxLength,
    textOnly: true,
    match(block, context) {
      // The pattern before the place: asking about removals makes the answer depend on them.
      if (block.text.length > maxLength || !pattern.test(block.text)) return null;
      if (where === 'head' && context.keptBefore(block.index) > 0) return null;
      if (where === 'tail' && context.keptAfter(block.index) > 0) return null;
      return {};
    },
  };
}

/**
 * A `lineRule` whose pattern is run only on a line that passes `gate`, a cheap necessary
 * condition of the pattern (its possible first characters, say): most lines are turned away
 * without a run of the pattern. Same id, data and answers as the rule given.
 *
 * @example
 * const rule = gatedLineRule(lineRule('x/ends', 'x', 'End markers', /^ends$/i), (text) => text.length === 4);
 */
export function gatedLineRule(rule: BlockRule, gate: (text: string) => boolean): BlockRule {
  const { match } = rule;
  return { ...rule, match: (block, context) => (gate(block.text) ? match(block, context) : null) };
}

/**
 * Finds every match of a global regex in `text` and turns it into inline edits. Removals
 * are tidied so they never leave two spaces, a space before punctuation, or a space at
 * the edge of the paragraph (which would make cleaning twice change the text again).
 * Past 64 edits in one text, edits a few characters apart are merged into one, so that
 * edit-dense garbage (a megabyte of ". . .") keeps a small edit log.
 *
 * @example
 * regexEdits(/&amp;/g, text, () => '&');
 */
export function regexEdits(
  pattern: RegExp,
  text: string,
  replace: (match: RegExpExecArray) => string | null,
): InlineEdit[] {
  if (!(pattern instanceof RegExp) || !(pattern.global || pattern.sticky))
    throw new TypeError('regexEdits: expected pattern to be a RegExp with the g (or y) flag');
  assertText(text, 'regexEdits');
  if (typeof replace !== 'function') throw new TypeError('regexEdits: expected replace to be a function');
  const edits: InlineEdit[] = [];
  let lastEnd = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const after = replace(m);
    if (after === null || after === m[0]) continue;
    const start = Math.max(m.index, lastEnd); // a tidied removal may have taken leading spaces of this match
    const end = m.index + m[0].length;
    if (start >= end) continue;
    const edit = after === '' ? tidyRemoval(text, start, end, lastEnd) : { start, end, after };
    const last = edits[edits.length - 1];
    if (last && edits.length >= DENSE_EDITS && edit.start - last.end <= MERGE_GAP) {
      // Hundreds of edits in one paragraph: garbage input. Merge into the previous edit so
      // memory stays bounded (the characters between become part of the replacement).
      last.after = last.after + text.slice(last.end, edit.start) + edit.after;
      last.end = edit.end;
    } else edits.push(edit);
    lastEnd = edit.end;
  }
  return edits;
}

const DENSE_EDITS = 64;
const MERGE_GAP = 16;

const isHorizontalSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';
const CLOSING_PUNCTUATION = /^[,.;:!?)\]”’»]$/;

/**
 * Widens a removal over the spaces around it so the text left behind is tidy: "a <p> b" →
 * "a b", "said <br>." → "said.", "Hello <br>" → "Hello". Never reaches before `floor`
 * (where the previous edit ends).
 *
 * @example
 * tidyRemoval('a <p> b', 2, 5); // { start: 2, end: 6, after: '' }
 */
export function tidyRemoval(text: string, start: number, end: number, floor = 0): InlineEdit {
  assertText(text, 'tidyRemoval');
  assertInteger(start, 'tidyRemoval', 'start', 0, text.length);
  assertInteger(end, 'tidyRemoval', 'end', start, text.length);
  assertInteger(floor, 'tidyRemoval', 'floor', 0, text.length);
  const before = start > 0 ? text[start - 1] : undefined;
  const after = end < text.length ? text[end] : undefined;
  if ((before === undefined || /\s/.test(before)) && (after === undefined || isHorizontalSpace(after))) {
    while (end < text.length && isHorizontalSpace(text[end])) end++;
  }
  if (
    start > floor &&
    isHorizontalSpace(text[start - 1]) &&
    (end === text.length || text[end] === '\n' || text[end] === '\r' || CLOSING_PUNCTUATION.test(text[end]!))
  ) {
    while (start > floor && isHorizontalSpace(text[start - 1])) start--;
  }
  return { start, end, after: '' };
}
