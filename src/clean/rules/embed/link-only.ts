/**
 * embed/link-only — a paragraph that is nothing but links to social posts or videos
 * (what remains of an embed after scraping), e.g. "https://twitter.com/x/status/1".
 */
import type { BlockRule } from '../../rule.js';
import { SOCIAL_LINK } from './social.js';

const ONLY_SOCIAL_LINKS = new RegExp(`^<?${SOCIAL_LINK}>?(?:\\s+<?${SOCIAL_LINK}>?)*$`, 'u');

/**
 * Rule `embed/link-only`: Paragraphs made only of social-media or video links.
 *
 * @example
 * clean("Putin spoke.\n\nhttps://twitter.com/nato/status/1468000000000000000", { rules: [linkOnlyRule] }).text; // "Putin spoke."
 */
export const linkOnlyRule: BlockRule = {
  type: 'block',
  id: 'embed/link-only',
  category: 'embed',
  description: 'Paragraphs made only of social-media or video links',
  textOnly: true,
  match(block) {
    return block.text.length <= 3000 && ONLY_SOCIAL_LINKS.test(block.text) ? {} : null;
  },
};
