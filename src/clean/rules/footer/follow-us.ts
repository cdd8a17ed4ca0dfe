/**
 * footer/follow-us — "Follow <outlet> on <platform>" calls and their tails: "Follow Skai.gr
 * on Google News and be the first to know all the news", "Follow us on Twitter", "Join our
 * Telegram channel", "Like us on Facebook". A sentence such as "Follow the money, he said"
 * names no platform and stays.
 */
import type { BlockRule } from '../../rule.js';
import { PLATFORM_PATTERN, wordCount } from '../../shape.js';

const CALL = new RegExp(
  `^(?:follow|like|join|find|add|subscribe to|connect with|stay (?:connected|updated|informed)(?: with)?|get (?:the latest|more)(?: news)?(?: from)?)\\s+(?:us|our\\s+[\\p{L} ]{1,30}?|[\\p{L}\\p{N}.&'’ -]{1,40}?)\\s+(?:on|in|via|at|through)\\s+${PLATFORM_PATTERN}\\b`,
  'iu',
);
const CHANNEL = new RegExp(`^(?:join|subscribe to|follow)\\s+(?:us|our)\\s+(?:on\\s+)?${PLATFORM_PATTERN}(?:\\s+(?:channel|page|account|group))?\\b`, 'iu');
// "and be the first to know all the news" when it stands in its own paragraph.
const TAIL = /^(?:and|to|for)\s+(?:be the first|get|stay|never miss|keep up|receive|read|follow)\b/i;

export const followUsRule: BlockRule = {
  type: 'block',
  id: 'footer/follow-us',
  category: 'footer',
  description: 'Follow/like/join-us calls naming a platform, and their continuation lines',
  match(block, context) {
    if (block.text.length > 400) return null;
    const words = wordCount(block.text);
    if (words > 30) return null;
    if (CALL.test(block.text) || CHANNEL.test(block.text)) return {};
    const previous = context.removedBy(block.index - 1);
    return words <= 15 && previous?.startsWith('footer/') && TAIL.test(block.text) ? {} : null;
  },
};
