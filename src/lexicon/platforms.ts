/**
 * Social and messaging platforms. The cleaner reads them in follow-us footers and share rows
 * ("Follow us on Telegram"); the entity stage reads them where a story says where something
 * was posted ("a video posted on Telegram"): there the platform is the medium, not an actor,
 * and no entity.
 */
import { words } from './pattern.js';

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

/**
 * Words of a news page's own interface — navigation, share and sign-up labels, legal links,
 * lists of other stories ("Breaking News", "Most Viewed", "Terms of Use", "All Newsletters",
 * "Daily Deals") — split in two: words that only such labels use (`PAGE_CHROME_MARKS`), and the
 * words they share with outlets' names ("Daily News", "The News", "World News Tonight"). A name
 * made of these words only, one of them a mark, is a label a crawler kept, never an entity.
 * Lower-case keys.
 *
 * @example
 * PAGE_CHROME_MARKS.has('newsletters'); // true
 * PAGE_CHROME_MARKS.has('news'); // false ("Daily News" is a newspaper)
 */
export const PAGE_CHROME_MARKS: ReadonlySet<string> = new Set(
  words(`
  breaking videos photos gallery galleries podcast podcasts newsletter newsletters subscribe
  subscription login menu search previous related trending viewed timeline deals terms privacy
  policy cookie cookies settings advertise submit correction corrections guidelines
`),
);

/**
 * The other words of a page's interface labels (see `PAGE_CHROME_MARKS`), lower-case.
 *
 * @example
 * PAGE_CHROME_WORDS.has('news'); // true
 * PAGE_CHROME_WORDS.has('times'); // false ("The New York Times")
 */
export const PAGE_CHROME_WORDS: ReadonlySet<string> = new Set(
  words(`
  news latest top world live video photo sign log home more all read next popular most watch
  story stories daily service use contact about us editorial a an of and the to in up on
`),
);
