/**
 * metadata/wire-credit — the place and agency of the wire dateline that opens the story
 * ("NEW YORK (Reuters) – …", "MANILA, Philippines — …", "(The Coast Herald) – …"), read
 * where it stands: the first three content paragraphs (a photo caption or a standfirst can
 * come first). The dateline may stay in the text (`metadata/wire-dateline` removes it only
 * from the first paragraph); this rule removes nothing. The ALL-CAPS place with a colon
 * ("NEW DELHI: ") is read in the first content paragraph only, where a transcript's
 * "SPEAKER: …" does not stand.
 */
import type { MetadataPatch, MetadataRule } from '../../rule.js';
import { isChromeLine } from './head.js';
import { readAgencyCredit, readWireDateline } from './wire-dateline.js';

const MAX_PARAGRAPHS = 3;
const MAX_INDEX = 24;
const LEADING_TAGS = /^(?:\s*<[^<>\n]{0,200}>)+\s*/;

/**
 * Rule `metadata/wire-credit`: Place and agency of the wire dateline opening the story; go to metadata.dateline and metadata.agency.
 *
 * @example
 * clean('NEW YORK (Reuters) – Stocks rose on Wednesday as investors cheered the central bank.').metadata.agency; // 'Reuters'
 */
export const wireCreditRule: MetadataRule = {
  type: 'metadata',
  id: 'metadata/wire-credit',
  category: 'dateline',
  description: 'Place and agency of the wire dateline opening the story; go to metadata.dateline and metadata.agency',
  read(context) {
    let paragraphs = 0;
    for (let i = 0; i < context.blocks.length && i < MAX_INDEX && paragraphs < MAX_PARAGRAPHS; i++) {
      const block = context.blocks[i]!;
      const removedBy = context.removedBy(i);
      // The first paragraph's dateline is removed inline (the block stays); a removed block is not the story.
      if (removedBy || isChromeLine(block.text)) continue;
      paragraphs++;
      const patch = readParagraph(block.source.replace(LEADING_TAGS, ''), paragraphs === 1);
      if (patch) return patch;
    }
    return null;
  },
};

function readParagraph(text: string, first: boolean): MetadataPatch | null {
  const dateline = readWireDateline(text);
  if (dateline && (first || !dateline.colon)) {
    return dateline.agency ? { dateline: dateline.place, agency: dateline.agency } : { dateline: dateline.place };
  }
  const agency = readAgencyCredit(text);
  return agency ? { agency } : null;
}
