/**
 * metadata/title — the headline at the top of a scraped page: the first kept block,
 * headline shaped (Title Case, or a sentence-case line of 3–25 words without a final
 * period), with evidence after it that this is a page head: a line another metadata rule
 * removed (byline, dateline, photo credit) right after it or after one standfirst, or a
 * wire dateline opening the next paragraph ("MOSCOW, Dec 7 (Reuters) - …"). Without such
 * evidence a short first paragraph of real content stays in the body.
 *
 * The lifted title is the line with its markup and apostrophe damage repaired
 * ("<h1>Turkey‘s economy</h1>" → "Turkey’s economy"), the same repairs the body gets (a
 * block rule already reads the repaired text inside `clean`; `repairTitle` keeps the rule
 * right when called on raw blocks too).
 */
import type { BlockContext, BlockRule, InlineRule } from '../../rule.js';
import { isHeadlineShaped, isTitleShaped, wordCount } from '../../shape.js';
import { htmlEntityRule, htmlTagRule } from '../markup/html.js';
import { markdownLinkRule } from '../markup/markdown-link.js';
import { apostropheRule } from '../translation/apostrophe.js';
import { spacesRule } from '../whitespace/spaces.js';
import { wireDatelineLength } from './wire-dateline.js';

const METADATA_RULES = /^(?:metadata\/|credit\/)/;
const LOOK_AHEAD = 8;
const MAX_STANDFIRST_WORDS = 60;
const TITLE_REPAIRS: readonly InlineRule[] = [markdownLinkRule, htmlTagRule, htmlEntityRule, apostropheRule, spacesRule];

/**
 * A title line with the body's markup and apostrophe repairs applied.
 *
 * @example
 * repairTitle('<h1>Turkey‘s economy &amp; the lira</h1>'); // 'Turkey’s economy & the lira'
 */
export function repairTitle(text: string): string {
  let out = text;
  for (const rule of TITLE_REPAIRS) {
    const edits = rule.find(out, { isFirst: false, language: 'und' });
    for (let k = edits.length - 1; k >= 0; k--) out = out.slice(0, edits[k]!.start) + edits[k]!.after + out.slice(edits[k]!.end);
  }
  return out.trim();
}

/**
 * Rule `metadata/title`: Headline at the top, followed by a byline, dateline, credit or wire dateline; goes to metadata.title.
 *
 * @example
 * clean("Putin and Biden Hold Talks\n\nBy Jane Doe\n\nPutin spoke.", { rules: [bylineRule, titleRule] }).text; // "Putin spoke."
 */
export const titleRule: BlockRule = {
  type: 'block',
  id: 'metadata/title',
  category: 'title',
  description: 'Headline at the top, followed by a byline, dateline, credit or wire dateline; goes to metadata.title',
  match(block, context) {
    if (context.keptBefore(block.index) > 0 || block.text.length > 400) return null;
    // One title per article: a later pass must not take the standfirst as a second one.
    for (let j = 0; j < block.index; j++) if (context.removedBy(j) === 'metadata/title') return null;
    const title = repairTitle(block.text);
    if (!isHeadlineShaped(title) && !isTitleShaped(title)) return null;
    return hasHeadEvidenceAfter(block.index, context) ? { metadata: { title } } : null;
  },
};

// A metadata line among the next blocks, with at most one kept standfirst before it; or a
// wire dateline opening the first kept block after the title.
function hasHeadEvidenceAfter(index: number, context: BlockContext): boolean {
  let standfirsts = 0;
  for (let j = index + 1; j < context.blocks.length && j <= index + LOOK_AHEAD; j++) {
    const removedBy = context.removedBy(j);
    if (removedBy) {
      if (METADATA_RULES.test(removedBy)) return true;
      continue;
    }
    const text = context.blocks[j]!.text;
    if (wireDatelineLength(text, standfirsts === 0) > 0) return true;
    if (standfirsts > 0 || text.includes('\n') || wordCount(text) > MAX_STANDFIRST_WORDS) return false;
    standfirsts++;
  }
  return false;
}
