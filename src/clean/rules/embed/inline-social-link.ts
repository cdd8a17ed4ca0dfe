/**
 * embed/inline-link — pic.twitter.com and t.co links left inside a kept paragraph (with the
 * space before them). Links to articles are content and stay.
 */
import { regexEdits, type InlineRule } from '../../rule.js';

// The lookbehind starts a match only at the beginning of a run of spaces (linear time).
const INLINE = /(?<![ \t])[ \t]*(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/[A-Za-z0-9]{1,40}\b/g;

/**
 * Rule `embed/inline-link`: pic.twitter.com and t.co links inside paragraphs.
 *
 * @example
 * clean("He posted a photo pic.twitter.com/Y7cRnfvguJ of the meeting.", { rules: [inlineSocialLinkRule] }).text; // "He posted a photo of the meeting."
 */
export const inlineSocialLinkRule: InlineRule = {
  type: 'inline',
  id: 'embed/inline-link',
  category: 'embed',
  description: 'pic.twitter.com and t.co links inside paragraphs',
  requiresChars: ['.', '/'],
  find: (text) =>
    text.includes('t.co/') || text.includes('pic.twitter.com/') ? regexEdits(INLINE, text, () => '') : [],
};
