/**
 * markup/spaced-tag — HTML tags a scraper or a translation engine broke with a space after
 * the "<" ('< p class="e-p">', '< /p>'), which the strict tag rule does not read as a tag.
 * With the space, a known tag name alone could be a comparison ("x < p"), so the tag must
 * carry an attribute (name="value") or be a closing tag, and must end with ">".
 */
import { regexEdits, type InlineRule } from '../../rule.js';

const TAG_NAME =
  '(?:p|div|span|a|img|figure|figcaption|iframe|blockquote|ul|ol|li|h[1-6]|section|article|header|footer|aside|nav|strong|em|b|i|br|font|small|time|picture|source|video|table|tr|td)';
const SPACED_TAG = new RegExp(
  `<\\s+(?:${TAG_NAME}(?:\\s+[\\w:-]{1,30}\\s?=\\s?(?:"[^"<>\\n]{0,300}"|'[^'<>\\n]{0,300}'))+\\s*\\/?|\\/\\s?${TAG_NAME}\\s*)>`,
  'gi',
);

/**
 * Rule `markup/spaced-tag`: HTML tags broken by a space after "<" ('< p class="e-p">', '< /p>') are removed.
 *
 * @example
 * clean('< p class="e-p">The talks ended.', { rules: [spacedTagRule] }).text; // "The talks ended."
 */
export const spacedTagRule: InlineRule = {
  type: 'inline',
  id: 'markup/spaced-tag',
  category: 'markup',
  description: 'HTML tags broken by a space after "<" (\'< p class="e-p">\', \'< /p>\') are removed',
  requiresChars: ['<'],
  find: (text) => (text.includes('< ') ? regexEdits(SPACED_TAG, text, () => '') : []),
};
