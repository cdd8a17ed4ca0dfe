/**
 * embed/tweet — an embedded tweet: its "— Name (@handle) date" signature line and the body
 * right before it (or a paragraph that ends with a pic.twitter.com / t.co link and is
 * followed by a signature). Foreign-language tweet bodies are caught earlier by
 * foreign-language/passage, which records their language.
 */
import type { BlockRule } from '../../rule.js';
import { moreWordsThan } from '../../shape.js';
import { endsWithSocialLink, opensWithDash, TWEET_SIGNATURE } from './social.js';

// Longer blocks are never these lines (each match opens with its test; the runner skips them).
const MAX_SIGNATURE_LENGTH = 700;
const MAX_BODY_LENGTH = 1200;

/**
 * Rule `embed/tweet-signature`: Signature line of an embedded tweet ("— Name (@handle) December 7, 2021").
 *
 * @example
 * clean("Putin spoke.\n\n— NATO (@NATO) December 7, 2021", { rules: [tweetSignatureRule] }).text; // "Putin spoke."
 */
export const tweetSignatureRule: BlockRule = {
  type: 'block',
  id: 'embed/tweet-signature',
  category: 'embed',
  description: 'Signature line of an embedded tweet ("— Name (@handle) December 7, 2021")',
  textOnly: true,
  maxLength: MAX_SIGNATURE_LENGTH,
  match(block) {
    const { text } = block;
    return text.length <= MAX_SIGNATURE_LENGTH &&
      opensWithDash(text) &&
      text.includes('(@') &&
      TWEET_SIGNATURE.test(text)
      ? {}
      : null;
  },
};

/**
 * Rule `embed/tweet-body`: Body of an embedded tweet: the paragraph before a signature line, or one ending with a pic.twitter.com link.
 *
 * @example
 * clean("Putin spoke.\n\nGreat talks with our allies today. pic.twitter.com/AbC123xyz", { rules: [tweetBodyRule] }).text; // "Putin spoke."
 */
export const tweetBodyRule: BlockRule = {
  type: 'block',
  id: 'embed/tweet-body',
  category: 'embed',
  description:
    'Body of an embedded tweet: the paragraph before a signature line, or one ending with a pic.twitter.com link',
  maxLength: MAX_BODY_LENGTH,
  match(block, context) {
    if (block.text.length > MAX_BODY_LENGTH) return null;
    const next = context.blocks[block.index + 1];
    const beforeSignature =
      next !== undefined &&
      next.text.length <= MAX_SIGNATURE_LENGTH &&
      opensWithDash(next.text) &&
      next.text.includes('(@') &&
      TWEET_SIGNATURE.test(next.text);
    // The raw paragraph: inline rules strip the link from the text block rules read.
    // (The text is asked only where it differs from the raw paragraph: the same answer otherwise.)
    if (
      !beforeSignature &&
      !endsWithSocialLink(block.source) &&
      (block.text === block.source || !endsWithSocialLink(block.text))
    )
      return null;
    return !moreWordsThan(block.text, 80) ? {} : null;
  },
};
