/**
 * metadata/byline — "By Samantha Berkhead", "By [Jane Doe](#) and John Roe", "Written by …"
 * near the top of the article. The names go to `metadata.byline`.
 */
import type { BlockRule } from '../../rule.js';
import { unlink, wordCount } from '../../shape.js';
import { inHead } from './head.js';

const BYLINE = /^(?:by|written by|words by|story by|text by|author|authors)\s*:?\s+(.+)$/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|bin|al|la|le|del|di))*$/u;

/**
 * Splits the name part of a byline into names ('A, B and C' → ['A', 'B', 'C']), dropping a
 * trailing outlet or role after '|' or ' - '. Returns null when a part is not name-shaped.
 *
 * @example
 * bylineNames('Jane Doe and John Roe | Reuters'); // ['Jane Doe', 'John Roe']
 */
export function bylineNames(text: string): string[] | null {
  const main = text.split(/\s+[|–—-]\s+|\s*\|\s*/)[0]!.trim();
  const parts = main.split(/\s*,\s*|\s+and\s+|\s*&\s*/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length || parts.some((p) => !NAME.test(p) || wordCount(p) > 5)) return null;
  return parts;
}

export const bylineRule: BlockRule = {
  type: 'block',
  id: 'metadata/byline',
  category: 'byline',
  description: 'Author line near the top ("By Jane Doe"); names go to metadata.byline',
  match(block, context) {
    if (block.text.length > 200 || !inHead(block, context)) return null;
    const m = BYLINE.exec(unlink(block.text));
    if (!m) return null;
    const names = bylineNames(m[1]!);
    return names ? { metadata: { byline: names } } : null;
  },
};
