/**
 * Builds the cleaned text and the edit log from the rules' decisions.
 *
 * Input: the blocks, a verdict per removed block, and accepted inline edits per kept block.
 * Kept blocks are joined by exactly one blank line ('\n\n'); leading and trailing
 * whitespace goes; a removed block takes the whitespace after it into its own edit, so a
 * reviewer sees "Follow X on Google News\n" removed as one footer edit. Every character of
 * the raw input ends up either in the text or in exactly one edit's `before`.
 */
import type { Edit } from '../core/types.js';
import type { Block } from './segment.js';
import type { InlineEdit } from './rule.js';

/**
 * Why a block was removed. Blocks of one verdict that touch form one edit.
 *
 * @example
 * const verdict: RemovalVerdict = { rule: 'boilerplate/advertisement', category: 'boilerplate', group: 0 };
 */
export interface RemovalVerdict {
  rule: string;
  category: string;
  group: number;
  language?: string;
  /** The evidence, for page-level removals. */
  reason?: string;
}

/**
 * An inline edit with the rule that made it.
 *
 * @example
 * // 'He [said](#).' → 'He said.'
 * const edit: RuleEdit = { start: 3, end: 12, after: 'said', rule: 'markup/markdown-link', category: 'markup' };
 */
export interface RuleEdit extends InlineEdit {
  rule: string;
  category: string;
}

const PARAGRAPH_BREAK = '\n\n';

/**
 * Assembles text and edits.
 *
 * @example
 * const { text, edits } = assemble(raw, blocks, removals, inlineEdits);
 */
export function assemble(
  raw: string,
  blocks: readonly Block[],
  removals: ReadonlyArray<RemovalVerdict | undefined>,
  inline: ReadonlyArray<readonly RuleEdit[]>,
): { text: string; edits: Edit[] } {
  const edits: Edit[] = [];
  const parts: string[] = [];
  let outLength = 0;

  const push = (
    rawStart: number,
    rawEnd: number,
    after: string,
    rule: string,
    category: string,
    language?: string,
    reason?: string,
  ) => {
    const before = raw.slice(rawStart, rawEnd);
    if (before === after) {
      parts.push(after);
      outLength += after.length;
      return;
    }
    const edit: Edit = {
      kind: after === '' ? 'remove' : 'replace',
      category,
      rule,
      rawStart,
      rawEnd,
      before,
      start: outLength,
      end: outLength + after.length,
      after,
    };
    if (language) edit.language = language;
    if (reason) edit.reason = reason;
    edits.push(edit);
    parts.push(after);
    outLength += after.length;
  };
  const keep = (rawStart: number, rawEnd: number) => {
    if (rawEnd > rawStart) {
      parts.push(raw.slice(rawStart, rawEnd));
      outLength += rawEnd - rawStart;
    }
  };

  // keptAfter[i]: is any block after i kept? (decides whether a gap is inner or trailing)
  const keptAfter: boolean[] = new Array(blocks.length).fill(false);
  for (let k = blocks.length - 2; k >= 0; k--) keptAfter[k] = keptAfter[k + 1]! || !removals[k + 1];

  let cursor = 0; // raw offset up to which everything is accounted for
  let keptSoFar = 0;
  let separatorDone = false; // the paragraph break of the current gap has been emitted
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    const verdict = removals[i];
    // The whitespace before a block is the gap's paragraph break when the gap lies between
    // two kept blocks, and goes otherwise (leading and trailing whitespace).
    const inner = keptSoFar > 0 && (!verdict || keptAfter[i]!);
    if (!separatorDone) {
      push(
        cursor,
        block.start,
        inner ? PARAGRAPH_BREAK : '',
        inner ? 'whitespace/paragraph-break' : 'whitespace/trim',
        'whitespace',
      );
      separatorDone = true;
    }
    if (verdict) {
      // Extend over following blocks of the same verdict; the whitespace after them goes too.
      let j = i;
      while (j + 1 < blocks.length && removals[j + 1]?.group === verdict.group) j++;
      const end = j + 1 < blocks.length ? blocks[j + 1]!.start : raw.length;
      push(block.start, end, '', verdict.rule, verdict.category, verdict.language, verdict.reason);
      cursor = end;
      i = j + 1;
      continue;
    }
    emitBlock(block, inline[i] ?? [], keep, push);
    cursor = block.end;
    keptSoFar++;
    separatorDone = false;
    i++;
  }
  if (cursor < raw.length) push(cursor, raw.length, '', 'whitespace/trim', 'whitespace');
  return { text: parts.join(''), edits };
}

function emitBlock(
  block: Block,
  inline: readonly RuleEdit[],
  keep: (rawStart: number, rawEnd: number) => void,
  push: (rawStart: number, rawEnd: number, after: string, rule: string, category: string) => void,
): void {
  let at = block.start;
  for (const edit of inline) {
    const rawStart = block.start + edit.start;
    const rawEnd = block.start + edit.end;
    keep(at, rawStart);
    push(rawStart, rawEnd, edit.after, edit.rule, edit.category);
    at = rawEnd;
  }
  keep(at, block.end);
}
