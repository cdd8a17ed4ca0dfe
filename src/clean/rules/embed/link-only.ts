/**
 * embed/link-only — a paragraph that is nothing but links to social posts or videos
 * (what remains of an embed after scraping), e.g. "https://twitter.com/x/status/1".
 */
import type { BlockRule } from '../../rule.js';
import { charAtIn, charSet } from '../../shape.js';
import { SOCIAL_LINK } from './social.js';

const ONLY_SOCIAL_LINKS = new RegExp(`^<?${SOCIAL_LINK}>?(?:\\s+<?${SOCIAL_LINK}>?)*$`, 'u');
// What such a paragraph opens with (case matters: the pattern has no i flag): '<', the scheme's
// 'h', or the first letter of a social host (pic., t.co, twitter, mobile., x.com, www., instagram …).
const LINK_FIRST = charSet('<hptmxwiyfvb');
// Longer blocks are never this paragraph (match opens with this test; the runner skips them).
const MAX_LENGTH = 3000;

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
  maxLength: MAX_LENGTH,
  match(block) {
    const { text } = block;
    return text.length <= MAX_LENGTH && charAtIn(text, 0, LINK_FIRST) && ONLY_SOCIAL_LINKS.test(text) ? {} : null;
  },
};
