/**
 * markup/autolink — angle-bracket autolinks: "<https://example.com>" → "https://example.com".
 */
import { regexEdits, type InlineRule } from '../../rule.js';

const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]{1,2000}|www\.[^\s<>]{1,2000}|mailto:[^\s<>]{1,300})>/gi;

/**
 * Rule `markup/autolink`: Angle-bracket autolinks lose their brackets.
 *
 * @example
 * clean("See <https://www.state.gov/report> for details.", { rules: [autolinkRule] }).text; // "See https://www.state.gov/report for details."
 */
export const autolinkRule: InlineRule = {
  type: 'inline',
  id: 'markup/autolink',
  category: 'markup',
  description: 'Angle-bracket autolinks lose their brackets',
  requiresChars: ['<'],
  find: (text) => (text.includes('<') ? regexEdits(AUTOLINK, text, (m) => m[1]!) : []),
};
