/**
 * markup/markdown-link — markdown links become their text ("[said](#)" → "said");
 * markdown images ("![alt](src)") go.
 */
import { regexEdits, type InlineRule } from '../../rule.js';

const LINK = /(!?)\[([^[\]\n]{0,500})\]\(([^()\s]{0,2000}(?:\s+"[^"\n]{0,200}")?)\)/g;

/**
 * Rule `markup/markdown-link`: Markdown links become their text; markdown images are removed.
 *
 * @example
 * clean("the White House [said](#) in its readout", { rules: [markdownLinkRule] }).text; // "the White House said in its readout"
 */
export const markdownLinkRule: InlineRule = {
  type: 'inline',
  id: 'markup/markdown-link',
  category: 'markup',
  description: 'Markdown links become their text; markdown images are removed',
  requiresChars: [']', '('],
  find: (text) => (text.includes('](') ? regexEdits(LINK, text, (m) => (m[1] ? '' : m[2]!.trim())) : []),
};
