/**
 * flag/markup-residue — an HTML character reference that lost its ampersand ("movement
 * #x27;centrist allies", "quot;yes quot;"): the scraper or the translation cut the entity, and
 * the character it stood for may have taken a letter with it ("d&#x27;" → "#x27;"), so the
 * residue is flagged rather than decoded. Whole entities ("&amp;") are decoded by markup/html-entity.
 */
import type { FlagHit, FlagRule } from '../../rule.js';

const RESIDUE =
  /(?<![&\p{L}\p{N}#])(?:#(?:[xX][0-9a-fA-F]{1,6}|\d{2,7});|(?:amp|quot|apos|nbsp|lt|gt|rsquo|lsquo|rdquo|ldquo|ndash|mdash|hellip|laquo|raquo);)/gu;

/**
 * Rule `flag/markup-residue`: HTML character references without their ampersand ("#x27;", "quot;").
 *
 * @example
 * clean('the group #x27;centrist allies', { rules: [markupResidueRule] }).flags[0].text; // '#x27;'
 */
export const markupResidueRule: FlagRule = {
  type: 'flag',
  id: 'flag/markup-residue',
  flagKind: 'markup-residue',
  category: 'markup-residue',
  confidence: 0.95,
  description: 'HTML character references without their ampersand ("#x27;", "quot;")',
  requiresChars: [';'],
  find(paragraph) {
    if (!paragraph.includes(';')) return [];
    const hits: FlagHit[] = [];
    RESIDUE.lastIndex = 0;
    for (let m = RESIDUE.exec(paragraph); m; m = RESIDUE.exec(paragraph)) {
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${m[0]}" is an HTML character reference without its "&": markup residue`,
      });
    }
    return hits;
  },
};
