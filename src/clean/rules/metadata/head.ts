/**
 * Where the article's head ends: metadata lines (title, byline, dateline, photo credit)
 * come before the second paragraph of content. Shared by the metadata rules.
 */
import type { BlockContext } from '../../rule.js';
import type { Block } from '../../segment.js';

/**
 * True when the block is among the first blocks and at most two content blocks precede it
 * (a title and a standfirst).
 *
 * @example
 * if (!inHead(block, context)) return null;
 */
export function inHead(block: Block, context: BlockContext): boolean {
  return block.index < 12 && context.keptBefore(block.index) <= 2;
}
