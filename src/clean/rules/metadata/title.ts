/**
 * metadata/title — the headline at the top of a scraped page: the first block, headline
 * shaped, and directly followed by a line another metadata rule removed (byline, dateline,
 * photo credit). That evidence keeps a short first paragraph of real content in the body.
 */
import type { BlockRule } from '../../rule.js';
import { isHeadlineShaped } from '../../shape.js';

const METADATA_RULES = /^(?:metadata\/|credit\/)/;

export const titleRule: BlockRule = {
  type: 'block',
  id: 'metadata/title',
  category: 'title',
  description: 'Headline at the top, followed by a byline, dateline or credit; goes to metadata.title',
  match(block, context) {
    if (context.keptBefore(block.index) > 0 || !isHeadlineShaped(block.text)) return null;
    const next = context.removedBy(block.index + 1);
    return next && METADATA_RULES.test(next) ? { metadata: { title: block.text } } : null;
  },
};
