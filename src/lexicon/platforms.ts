/**
 * Social and messaging platforms. The cleaner reads them in follow-us footers and share rows
 * ("Follow us on Telegram"); the entity stage reads them where a story says where something
 * was posted ("a video posted on Telegram"): there the platform is the medium, not an actor,
 * and no entity.
 */

/**
 * A regex source matching one platform name (or "social media" / "social networks"), as
 * follow-us lines and share rows print them. Case-sensitive unless the regex has the 'i' flag.
 *
 * @example
 * new RegExp(`^${PLATFORM_PATTERN}$`).test('Google News'); // true
 * new RegExp(`^${PLATFORM_PATTERN}$`, 'i').test('telegram'); // true (case-insensitive only with the 'i' flag)
 */
export const PLATFORM_PATTERN =
  '(?:Google News|Twitter|X|Facebook|Instagram|Telegram|WhatsApp|YouTube|TikTok|LinkedIn|Threads|Bluesky|Mastodon|Viber|Snapchat|Pinterest|Flipboard|Reddit|VK|VKontakte|Apple News|Google Discover|social media|social networks)';

const PLATFORM_NAME = new RegExp(`^${PLATFORM_PATTERN}$`);

/**
 * True for the name of a social or messaging platform, as printed ("Telegram", "Google News").
 *
 * @example
 * isPlatformName('WhatsApp'); // true
 * isPlatformName('Telegraph'); // false
 */
export function isPlatformName(text: string): boolean {
  return PLATFORM_NAME.test(text);
}
