/**
 * Where the article's head ends: metadata lines (title, byline, dateline, photo credit)
 * come before the second paragraph of content. Short chrome lines a scraped page keeps
 * above the headline (section labels, breadcrumbs, "Skip to main content", a logo's text)
 * are not content and do not end the head. Shared by the metadata rules.
 */
import type { BlockContext } from '../../rule.js';
import { isWhitespace } from '../../../core/word-scan.js';
import type { Block } from '../../segment.js';
import { isProseParagraph } from '../../shape.js';

/** Blocks at this index or later are never in the head (`inHead`, `inHeadBeforeProse`). */
export const MAX_HEAD_INDEX = 16;
const MAX_CHROME_TOKENS = 4;
// Paragraphs of prose the head may hold: the standfirst.
const MAX_HEAD_PROSE = 1;

/**
 * True for a short chrome-like line: at most four space-separated tokens and no sentence
 * end ("World", "Elections 2024", "Skip to main content", "Members only:").
 *
 * @example
 * isChromeLine('Skip to main content'); // true
 * isChromeLine('Storm closes every port on the coast'); // false
 */
export function isChromeLine(text: string): boolean {
  if (text.length > 80 || text.includes('\n') || /[.!?…"”]$/.test(text)) return false;
  // Counts the runs of non-space characters (text.split(/\s+/) without the list: this runs
  // for every block above each metadata candidate).
  let tokens = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (!space && !inToken && ++tokens > MAX_CHROME_TOKENS) return false;
    inToken = !space;
  }
  return tokens > 0;
}

/**
 * Number of kept content blocks before `index`: kept blocks that are not chrome lines.
 *
 * @example
 * contentBefore(block.index, context); // 1 under a headline above a row of section labels
 */
export function contentBefore(index: number, context: BlockContext): number {
  const chrome = chromeLinesOf(context.blocks);
  let count = 0;
  for (let j = 0; j < index; j++) if (!context.isRemoved(j) && !chrome(j)) count++;
  return count;
}

/**
 * `isChromeLine` of the page's blocks by index, each answered once per page: the head's
 * rules ask it of every block above each candidate, in every pass. (An answer is kept with
 * the text it read, so a block list whose texts change is read again.)
 *
 * @example
 * const chrome = chromeLinesOf(context.blocks);
 * chrome(0); // isChromeLine(context.blocks[0].text)
 */
export function chromeLinesOf(blocks: readonly Block[]): (index: number) => boolean {
  let known = CHROME.get(blocks);
  if (!known) CHROME.set(blocks, (known = { texts: new Array(blocks.length), chrome: new Uint8Array(blocks.length) }));
  const { texts, chrome } = known;
  return (index) => {
    const text = blocks[index]!.text;
    if (texts[index] !== text) {
      texts[index] = text;
      chrome[index] = isChromeLine(text) ? 1 : 0;
    }
    return chrome[index] === 1;
  };
}

const CHROME = new WeakMap<readonly Block[], { texts: Array<string | undefined>; chrome: Uint8Array }>();

/**
 * True when the block is among the first blocks and at most two content blocks precede it
 * (a title and a standfirst); chrome lines above the headline do not count.
 *
 * @example
 * if (!inHead(block, context)) return null;
 */
export function inHead(block: Block, context: BlockContext): boolean {
  if (block.index >= MAX_HEAD_INDEX) return false;
  if (context.keptBefore(block.index) <= 2) return true;
  return contentBefore(block.index, context) <= 2;
}

const SPACE_RUN = /[ \t\u00a0]{2,}/g;

/**
 * The block's text with the runs of spaces its raw line separated fields with ("Jane Doe
 * Crime Reporter", "Newsroom  ROME  7 October 2021"), which the whitespace repair joins:
 * the raw line when it differs from the text only there, else the text.
 *
 * @example
 * fieldText(block); // 'By Jane Doe  Crime Reporter' (block.text: 'By Jane Doe Crime Reporter')
 */
export function fieldText(block: Block): string {
  const { source, text } = block;
  if (source === text || !source.includes('  ') || source.length > text.length * 2) return text;
  return source.replace(SPACE_RUN, ' ') === text ? source : text;
}

/**
 * True when the block is in the head as `inHead` reads it, or among the first blocks with
 * at most one paragraph of prose kept above it (the standfirst): rows of menu links and
 * section labels longer than a chrome line, a headline and a standfirst without its period
 * do not end the head; the first paragraph of the story's prose after a standfirst does.
 *
 * @example
 * if (!inHeadBeforeProse(block, context)) return null;
 */
export function inHeadBeforeProse(block: Block, context: BlockContext): boolean {
  if (block.index >= MAX_HEAD_INDEX) return false;
  if (inHead(block, context)) return true;
  let prose = 0;
  for (let j = 0; j < block.index; j++)
    if (!context.isRemoved(j) && isProseParagraph(context.blocks[j]!.text) && ++prose > MAX_HEAD_PROSE) return false;
  return true;
}
