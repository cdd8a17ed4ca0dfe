/**
 * credit/above-wire-lede — a sentence left above the lede of wire copy. A wire story
 * starts at its dateline ("PLACE (Agency) – …", "PLACE, Date /AGENCY/. …"): what a page
 * prints above that paragraph, besides the headline and the byline the metadata rules lift,
 * is the picture's caption or a kicker, not the story. Only the strong dateline form (an
 * agency in parentheses or slashes) counts, the lede must be among the first kept blocks
 * and have the story after it, and only short one-line sentences go: a headline (no final
 * full stop) is left to the title rule, and a second story below a first is never reached.
 */
import type { BlockContext, BlockRule } from '../../rule.js';
import { endsSentence, moreWordsThan } from '../../shape.js';
import { readWireDateline } from '../metadata/wire-dateline.js';

const MAX_SENTENCE_WORDS = 60;
// Kept blocks allowed above the lede: a caption and a kicker at most.
const MAX_KEPT_ABOVE = 2;
// Blocks looked at below the candidate for the lede (removed ones such as a byline included).
const LOOKAHEAD = 6;
// Paragraphs of story the lede must have after it.
const MIN_KEPT_AFTER = 2;

// Index of the wire lede below `index`, or -1: the first kept block after it that opens
// with a wire dateline credited to an agency.
function wireLedeBelow(index: number, context: BlockContext): number {
  const { blocks } = context;
  const last = Math.min(blocks.length - 1, index + LOOKAHEAD);
  for (let i = index + 1; i <= last; i++) {
    if (context.isRemoved(i)) continue;
    if (readWireDateline(blocks[i]!.text, false)) return i;
  }
  return -1;
}

/**
 * Rule `credit/above-wire-lede`: A one-line sentence above the dateline lede of wire copy ("PLACE (Agency) – …"): the picture's caption or a kicker.
 *
 * @example
 * const lede = 'LIMA (Reuters) - The central bank raised its key rate on Thursday.';
 * clean(`The governor speaks to reporters in Lima.\n\n${lede}\n\nMore.\n\nMore.`, { rules: [aboveWireLedeRule] }).text.startsWith('LIMA'); // true
 */
export const aboveWireLedeRule: BlockRule = {
  type: 'block',
  id: 'credit/above-wire-lede',
  category: 'credit',
  description:
    'A one-line sentence above the dateline lede of wire copy ("PLACE (Agency) – …"): the picture\'s caption or a kicker',
  match(block, context) {
    const { text } = block;
    // The cheap tests first: the line's end (read from its last characters), then the kept
    // count (a lookup); the scans of the line only for the few sentences near the top.
    if (text.length > 500 || !endsSentence(text)) return null;
    if (context.keptBefore(block.index) >= MAX_KEPT_ABOVE) return null;
    if (text.includes('\n') || moreWordsThan(text, MAX_SENTENCE_WORDS)) return null;
    if (readWireDateline(text, false)) return null;
    const lede = wireLedeBelow(block.index, context);
    return lede >= 0 && context.keptBefore(lede) <= MAX_KEPT_ABOVE && context.keptAfter(lede) >= MIN_KEPT_AFTER
      ? {}
      : null;
  },
};
