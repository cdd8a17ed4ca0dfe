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
import type { Block } from '../../segment.js';
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
  const ledes = ledesOf(blocks);
  for (let i = index + 1; i <= last; i++) {
    if (context.isRemoved(i)) continue;
    if (isLede(blocks, ledes, i)) return i;
  }
  return -1;
}

// True when a block within the lookahead below `index` opens with a credited wire dateline,
// removed or not: without one, wireLedeBelow finds none whatever is removed, so the answer
// is null without asking about removals (and the block is not asked again in later passes).
function ledeWithin(index: number, blocks: readonly Block[]): boolean {
  const last = Math.min(blocks.length - 1, index + LOOKAHEAD);
  const ledes = ledesOf(blocks);
  for (let i = index + 1; i <= last; i++) if (isLede(blocks, ledes, i)) return true;
  return false;
}

// readWireDateline(text, false) of each block of a page, read once per block (a paragraph is
// looked at from the six blocks above it). Kept with the text it was read on, so a block
// whose text differs is read again: the answer is readWireDateline's.
interface Ledes {
  texts: Array<string | undefined>;
  ledes: Uint8Array;
}
const LEDES = new WeakMap<readonly Block[], Ledes>();

function ledesOf(blocks: readonly Block[]): Ledes {
  let known = LEDES.get(blocks);
  if (!known) LEDES.set(blocks, (known = { texts: new Array(blocks.length), ledes: new Uint8Array(blocks.length) }));
  return known;
}

function isLede(blocks: readonly Block[], known: Ledes, index: number): boolean {
  const text = blocks[index]!.text;
  if (known.texts[index] !== text) {
    known.texts[index] = text;
    known.ledes[index] = readWireDateline(text, false) ? 1 : 0;
  }
  return known.ledes[index] === 1;
}

// A sentence ends in one of these (endsSentence: a mark, then perhaps a closing quote or
// parenthesis): a line whose last character is none of them is no sentence.
const SENTENCE_LAST = '.!?"”’»)';

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
    // The cheap tests first (the last character, a dateline below), the scans of the line last.
    if (
      text.length > 500 ||
      !SENTENCE_LAST.includes(text.charAt(text.length - 1)) ||
      !ledeWithin(block.index, context.blocks) ||
      text.includes('\n') ||
      !endsSentence(text) ||
      moreWordsThan(text, MAX_SENTENCE_WORDS)
    )
      return null;
    if (context.keptBefore(block.index) >= MAX_KEPT_ABOVE || readWireDateline(text, false)) return null;
    const lede = wireLedeBelow(block.index, context);
    return lede >= 0 && context.keptBefore(lede) <= MAX_KEPT_ABOVE && context.keptAfter(lede) >= MIN_KEPT_AFTER
      ? {}
      : null;
  },
};
