/**
 * metadata/sign-off — the author line some sites print under the story instead of above
 * it: "Coast Herald Staff", "Jane Doe, Staff Writer", "By Jane Doe". A staff signature is
 * taken on any short line after the story's opening (nothing else reads that way); "By" and
 * names only as the last kept block (what follows is removed: related links, share
 * buttons), and so the author label of another language ("Teksti: Jana Roe", "Autor: Jana
 * Roe", see BYLINE_WORDS). The names go to metadata.byline.
 */
import { isWireAgency } from '../../../lexicon/news-agencies.js';
import type { BlockContext, BlockRule, BlockVerdict } from '../../rule.js';
import { charSet, endsWithMark, unlink } from '../../shape.js';
import { readByline, readLocalBylineLine } from './byline.js';

// "<Name words> Staff", "<Name>, Staff Writer": a desk or staff signature.
const DESK = String.raw`Staff(?:\s+(?:Writer|Reporter|Correspondent))?|Newsdesk|News Desk|Web Desk|Digital Desk`;
const STAFF = new RegExp(
  String.raw`^((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})(?:,\s*|\s+)(${DESK})$`,
  'u',
);
// What every STAFF match ends with, tested first: most lines end otherwise and skip the
// name part's backtracking.
const ENDS_WITH_DESK = new RegExp(String.raw`(?:${DESK})$`, 'u');
// The last letters of the desks (Staff, Writer, Reporter, Correspondent, …Desk): the
// end-anchored pattern, tried from every position of the line, only on a line ending in one.
const DESK_LAST = charSet('frtk');
const BY = /^by\s+(\S.{0,100})$/i;
const MAX_LENGTH = 80;

/**
 * Rule `metadata/sign-off`: Author line closing the article ("Coast Herald Staff", "By Jane Doe"); names go to metadata.byline.
 *
 * @example
 * clean('The storm closed every port on the coast on Monday, officials said.\n\nCoast Herald Staff').metadata.byline; // ['Coast Herald Staff']
 */
export const signOffRule: BlockRule = {
  type: 'block',
  id: 'metadata/sign-off',
  category: 'byline',
  description: 'Author line closing the article ("Coast Herald Staff", "By Jane Doe"); names go to metadata.byline',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block, context) {
    if (block.text.length > MAX_LENGTH || block.text.includes('\n')) return null;
    // The text first: a block that is no sign-off never asks about removals (and is not re-asked).
    const text = unlink(block.text).trim();
    // What each pattern needs, tested first: STAFF ends with a desk, BY opens with "by".
    if (!(endsWithMark(text, DESK_LAST) && ENDS_WITH_DESK.test(text)) && !/^by\s/i.test(text))
      return localSignOff(text, block.index, context);
    const staff = STAFF.exec(text);
    const by = staff ? null : BY.exec(text);
    if (!staff && !by) return null;
    if (context.keptBefore(block.index) < 2) return null;
    if (staff) {
      if (/^(?:our|your|by|the)$/i.test(staff[1]!)) return null;
      const desk = /^staff$/i.test(staff[2]!) || /desk$/i.test(staff[2]!);
      return { metadata: { byline: [desk ? `${staff[1]!} ${staff[2]!}` : staff[1]!] } };
    }
    if (context.keptAfter(block.index) > 0) return null;
    const metadata = readByline(by![1]!);
    // "By Reuters": an organisation, not a writer.
    if (!metadata?.byline || metadata.byline.some((name) => isWireAgency(name))) return null;
    return { metadata };
  },
};

// "Teksti: Jana Roe" as the last kept block after the story's opening: the names, no agency alone.
function localSignOff(text: string, index: number, context: BlockContext): BlockVerdict | null {
  const metadata = readLocalBylineLine(text);
  if (!metadata?.byline || context.keptBefore(index) < 2 || context.keptAfter(index) > 0) return null;
  return { metadata };
}
