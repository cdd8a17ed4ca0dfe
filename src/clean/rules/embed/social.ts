/**
 * Shared patterns for social-media embeds: the hosts whose links are embed residue and the
 * "— Name (@handle) Month D, YYYY" signature line that closes an embedded tweet.
 */
import { isWhitespace } from '../../../core/word-scan.js';
import { MONTH_PATTERN } from '../../shape.js';

/**
 * Hosts whose bare links are embed residue.
 *
 * @example
 * new RegExp(`^${SOCIAL_HOST}$`).test('pic.twitter.com'); // true
 * new RegExp(`^${SOCIAL_HOST}$`).test('example.com'); // false
 */
export const SOCIAL_HOST =
  '(?:pic\\.twitter\\.com|t\\.co|(?:mobile\\.)?twitter\\.com|x\\.com|(?:www\\.)?instagram\\.com|instagr\\.am|(?:www\\.|m\\.)?youtube\\.com|youtu\\.be|(?:www\\.|m\\.)?facebook\\.com|fb\\.watch|(?:www\\.)?tiktok\\.com|vm\\.tiktok\\.com|t\\.me|(?:www\\.)?threads\\.net|bsky\\.app)';

/**
 * A bare link to a social host (with or without scheme).
 *
 * @example
 * new RegExp(`^${SOCIAL_LINK}$`).test('pic.twitter.com/Y7cRnfvguJ'); // true
 * new RegExp(`^${SOCIAL_LINK}$`).test('https://example.com/a'); // false
 */
export const SOCIAL_LINK = `(?:https?:\\/\\/)?${SOCIAL_HOST}\\/[^\\s<>()\\[\\]]{1,300}`;

const DATE = `(?:${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4})`;

/**
 * The signature line that closes an embedded tweet: a dash, the author, "(@handle)", then
 * an optional date (plain or as a markdown link) or link, e.g.
 * "— Кремлевский пул РИА (@Kremlinpool_RIA) [December 7, 2021](#)".
 *
 * @example
 * TWEET_SIGNATURE.test('— Ned Price (@StateDeptSpox) December 7, 2021'); // true
 * TWEET_SIGNATURE.test('He said (@foo) hi'); // false
 */
export const TWEET_SIGNATURE = new RegExp(
  `^[—–-]{1,2}\\s*[^\\n]{1,120}?\\(@\\w{1,50}\\)\\s*(?:\\[\\s*${DATE}\\s*\\]\\([^)\\s]{0,500}\\)|${DATE}|<?https?:\\/\\/\\S{1,300}>?)?\\s*$`,
  'u',
);

/**
 * True when the text opens with a dash (—, – or -), as every `TWEET_SIGNATURE` line does: a
 * cheap test before the pattern and its search for "(@".
 *
 * @example
 * opensWithDash('— Ned Price (@StateDeptSpox) December 7, 2021'); // true
 */
export function opensWithDash(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x2014 || c === 0x2013 || c === 0x2d;
}

const SOCIAL_LINK_TOKEN = new RegExp(`^${SOCIAL_LINK}$`, 'u');

/**
 * True when a block ends with a social link (the body of a tweet embed ends with
 * pic.twitter.com/…). Tests the last token only, so the cost does not grow with the block.
 *
 * @example
 * endsWithSocialLink('Great talks today. pic.twitter.com/Y7cRnfvguJ'); // true
 */
export function endsWithSocialLink(text: string): boolean {
  // A link holds a slash: a line without one (most lines) has no link to test.
  const slash = text.lastIndexOf('/');
  if (slash < 0) return false;
  // The end of text.trimEnd() (isWhitespace is what trimEnd strips), without the copy.
  let end = text.length;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  // The last token starts after the last space, line break or tab (scanned back from the end);
  // it holds a slash only if it reaches back to the last one.
  let start = end;
  for (let c = text.charCodeAt(start - 1); start > 0 && c !== 32 && c !== 10 && c !== 9;) {
    start--;
    // (Not read before the text: a read out of bounds sends optimized code back.)
    c = start > 0 ? text.charCodeAt(start - 1) : -1;
  }
  return end - start > 4 && start <= slash && SOCIAL_LINK_TOKEN.test(text.slice(start, end));
}
