/**
 * metadata/source-url — "Original url: <https://…>", "Source: https://…", "Originally
 * published at …", or a lone URL closing the article. The URL goes to metadata.sourceUrl,
 * and a date in its path (/2021/12/07/) to metadata.publishedAt when no dateline gave one.
 */
import type { BlockRule } from '../../rule.js';
import { charSet, dateFromUrl, opensWithFolded } from '../../shape.js';
import { SOCIAL_HOST } from '../embed/social.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 2100;

const SOCIAL_URL = new RegExp(`^(?:https?:\\/\\/)?${SOCIAL_HOST}\\/`, 'i');

const LABEL =
  /^(?:original\s+(?:url|link|article|source|story)|source\s+(?:url|link)|article\s+(?:url|link)|originally\s+published\s+(?:at|on|by)|read\s+the\s+original(?:\s+article)?(?:\s+(?:here|at))?|permalink|canonical(?:\s+url)?|url|link|source|sources|via)\s*:?\s*(.*)$/i;
const URL = /^<?((?:https?:\/\/|www\.)[^\s<>]{3,2000})>?\.?$/i;
// The first letters of LABEL's words and of a URL (<, http, www), in either case: /i without u
// folds no other character onto them.
const FIRST = charSet('osarpculv<hw');

/**
 * Rule `metadata/source-url`: Source URL line ("Original url: <https://…>"); goes to metadata.sourceUrl.
 *
 * @example
 * clean("Putin spoke.\n\nOriginal url: <https://example.com/2021/12/07/story>", { rules: [sourceUrlRule] }).text; // "Putin spoke."
 */
export const sourceUrlRule: BlockRule = {
  type: 'block',
  id: 'metadata/source-url',
  category: 'source-url',
  description: 'Source URL line ("Original url: <https://…>"); goes to metadata.sourceUrl',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block, context) {
    if (block.text.length > MAX_LENGTH || !opensWithFolded(block.text, FIRST, false)) return null;
    const label = LABEL.exec(block.text);
    if (label) {
      const rest = label[1]!.trim();
      const inline = URL.exec(rest);
      if (inline) return found(inline[1]!);
      const next = context.blocks[block.index + 1];
      const nextUrl = rest === '' && next && !context.isRemoved(next.index) ? URL.exec(next.text) : null;
      if (nextUrl) return { ...found(nextUrl[1]!), through: next!.index };
      return null;
    }
    const lone = URL.exec(block.text);
    // A lone URL as the last thing in the article is its source (a social post link is an embed).
    return lone && context.keptAfter(block.index) === 0 && !SOCIAL_URL.test(lone[1]!) ? found(lone[1]!) : null;
  },
};

function found(url: string) {
  const publishedAt = dateFromUrl(url);
  return { metadata: publishedAt ? { sourceUrl: url, publishedAt } : { sourceUrl: url } };
}
