/**
 * footer/follow-platform — the call to follow the outlet or join its channel where the platform
 * is one footer/follow-us does not read by name, or where the call is shaped otherwise: a
 * platform's local name ("Google Nachrichten", "Google správy", "Google Haberler", "Google 뉴스"),
 * a messenger of its region (LINE, Zalo, KakaoTalk, Naver, WeChat), the verb closing the line
 * ("Die Lokalpost auf Telegram folgen", "北陸新聞公式LINEを友だち追加", "카카오톡 채널 추가하기"),
 * the call after a share label ("Share | 📲 Join our channel on WhatsApp"), and the English pitch
 * in two parts ("Breaking stories on your WhatsApp. Join our channel"). Every form names the
 * platform and a follow or join verb in a short line; a story's sentence about a platform ("The
 * minister said on Telegram that he would join the talks") has a clause or a comma the calls do
 * not, and stays.
 */
import type { BlockRule } from '../../rule.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';
import { moreWordsThan } from '../../shape.js';
import { FOLLOW_CALLS_BY_LANGUAGE, FOLLOW_ENDINGS_BY_LANGUAGE } from './follow-us.js';

const MAX_LENGTH = 220;

// The platforms, as printed (case-sensitive): the global ones, "Google News" in the languages of
// the news (a Latin name may take a case ending: "Google Newsu", "Google správach"), and the
// messengers and news apps of a region. A one-letter name ("X") is not read here.
// prettier-ignore
const GOOGLE_NEWS_NAMES = [
  'News', 'Discover', 'Nachrichten', 'Actualités', 'Noticias', 'Notícias', 'Notizie', 'Nieuws', 'Nyheter', 'Nyheder',
  'Uutiset', 'Fréttir', 'Wiadomości', 'Zprávy', 'Zprávách', 'správy', 'Správy', 'správach', 'Správach', 'Novice', 'Novicah',
  'vijesti', 'Vijesti', 'vijestima', 'Vijestima', 'vesti', 'Vesti', 'vestima', 'Vestima', 'Hírek', 'Hírekben', 'Știri', 'Stiri',
  'Naujienos', 'Naujienose', 'Ziņas', 'Ziņās', 'Uudised', 'Uudistes', 'Новини', 'Новинах', 'Новости', 'Новостях', 'Вести',
  'Ειδήσεις', 'Haberler', 'Berita', 'Tin tức', 'ニュース', '뉴스', '新闻', '新聞', 'ข่าว', 'חדשות',
];
// prettier-ignore
const PLATFORM_NAMES = [
  'Telegram', 'WhatsApp', 'Whatsapp', 'Facebook', 'Instagram', 'YouTube', 'Youtube', 'TikTok', 'Twitter', 'Threads', 'Bluesky',
  'Viber', 'LINE', 'Zalo', 'KakaoTalk', 'Kakao', 'Naver', 'WeChat', 'Weibo', 'Snapchat', 'Flipboard', 'LinkedIn', 'Apple News',
  'Телеграм', 'Телеграме', 'Телеграмі', 'Дзен', 'ВКонтакте', 'Вайбер', 'Вайбері', 'تلغرام', 'تيليجرام', 'تلگرام', 'واتساب', 'واتس اب', 'فيسبوك', 'أخبار Google', 'أخبار جوجل', 'گوگل نیوز', 'گوگل‌نیوز',
  'गूगल न्यूज़', 'गूगल न्यूज', 'व्हाट्सऐप', 'व्हाट्सएप', 'टेलीग्राम', 'গুগল নিউজ', 'হোয়াটসঅ্যাপ', 'گوگل نیوز',
  '카카오톡', '카카오 채널', '네이버', '텔레그램', '유튜브', '微信', '微博', 'ライン', 'ไลน์', 'טלגרם', 'וואטסאפ',
];
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = (list: readonly string[]): string =>
  [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegex(name).replace(/ /g, '\\s'))
    .join('|');
// A Latin name stands apart from other Latin letters and digits (a script without spaces may
// touch it: "公式LINEを"), perhaps with a case ending in lower case ("WhatsAppu", "Telegramissa").
const PLATFORM = `(?<![\\p{Script=Latin}\\p{N}])(?:Google\\s(?:${names(GOOGLE_NEWS_NAMES)})|${names(PLATFORM_NAMES)})(?:(?<=\\p{Script=Latin})['’-]?\\p{Ll}{1,6})?(?![\\p{Script=Latin}\\p{N}])`;
const PLATFORM_ANYWHERE = new RegExp(PLATFORM, 'u');

// Symbols and emoji before the call ("📲 ", "👉 "), and a share label before a bar ("Share this | ").
const LEAD = '(?:[^|·•]{1,40}[|·•]\\s*)?[^\\p{L}\\p{N}]{0,4}';
// The openings of the call in each language (follow-us's table, less English), as printed:
// each word's first letter in either case, or the whole in capitals; and the same for the English
// verbs, whose line must be short and hold no clause (below).
const caseless = (opening: string): string => {
  const words = opening
    .split(' ')
    .map((word) => `[${word[0]!}${word[0]!.toUpperCase()}]${escapeRegex(word.slice(1))}`)
    .join('\\s');
  return `(?:${words}|${escapeRegex(opening.toUpperCase()).replace(/ /g, '\\s')})`;
};
// Openings the table of follow-us does not hold: the verb-last languages' verbs printed first
// ("Takip et: …"), the messengers' "add as a friend" ("เพิ่มเพื่อน"), and Russian's "read us".
// prettier-ignore
const MORE_OPENINGS: ReadonlyArray<readonly [language: string, openings: readonly string[]]> = [
  ['tr', ['takip edin', 'takip et', 'abone olun', 'abone ol']], ['ru', ['читайте', 'следите']],
  ['uk', ['читайте', 'стежте']], ['bg', ['следете ни', 'следвайте']], ['sk', ['sledujte']], ['th', ['เพิ่มเพื่อน']],
  ['zh', ['关注', '關注', '加入', '订阅', '訂閱']], ['ko', ['구독', '팔로우']],
];
const OPENINGS = [...new Set([...FOLLOW_CALLS_BY_LANGUAGE, ...MORE_OPENINGS].flatMap(([, openings]) => openings))]
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|');
// The call in the news's other languages: the opening, the platform within a few words.
const FOREIGN_CALL = new RegExp(`^${LEAD}(?:${OPENINGS})(?![\\p{L}\\p{M}]).{0,70}?${PLATFORM}.{0,80}$`, 'u');
// English: a short call with no clause and no handle (a writer's "Follow Jane Roe on Twitter
// @handle" under a story is left to the byline rules): "Add Example Post official LINE as a friend", "Add The
// Courier to your Google News feed", "Follow us on Zalo", "Join our Viber community".
const NAME = "(?:us|our|\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,4})";
const ENGLISH_CALL = new RegExp(
  `^${LEAD}(?:(?:[Ff]ollow|[Jj]oin|[Ss]ubscribe\\sto|[Ff]ind|FOLLOW|JOIN)\\s${NAME}\\s(?:[^\\s,.;:!?]+\\s){0,3}?${PLATFORM}|(?:[Aa]dd|ADD)\\s${NAME}\\s(?:(?:official|on|to\\syour)\\s)?${PLATFORM}(?=(?:\\s[^\\s,.;:!?]+){0,2}\\s(?:as\\sa\\sfriend|feed|sources?|favou?rites)))(?:\\s[^\\s,.;:!?@]+){0,6}[.!]?$`,
  'u',
);
// The verb closing the line: "Die Lokalpost auf Telegram folgen", "北陸新聞公式LINEを友だち追加",
// "카카오톡 채널 추가하기", "Bizi Google Haberler'de takip edin".
// prettier-ignore
const MORE_ENDINGS: ReadonlyArray<readonly [language: string, endings: readonly string[]]> = [
  ['de', ['folgen', 'abonnieren', 'beitreten']], ['nl', ['volgen']],
  ['ja', ['友だち追加', '友達追加', '友だち登録', '友達登録', '友だち追加する', '友達追加する', '追加する', '追加してください', 'フォロー', 'フォローする', 'フォローしてください', 'チャンネル登録', '登録', '購読']],
  ['ko', ['추가', '추가하기', '추가하세요', '구독', '구독하기', '구독하세요', '팔로우', '팔로우하기', '팔로우하세요']],
  ['zh', ['关注我们', '關注我們', '关注', '關注', '订阅', '訂閱']],
];
const ENDINGS = [...new Set([...FOLLOW_ENDINGS_BY_LANGUAGE, ...MORE_ENDINGS].flatMap(([, endings]) => endings))]
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|');
const ENDING_CALL = new RegExp(
  `^${LEAD}.{0,60}?${PLATFORM}.{0,40}?(?<![\\p{Script=Latin}])(?:${ENDINGS})[\\s!！。]*$`,
  'u',
);
// The English pitch in two parts: what the channel brings, then the call: "Get the latest news
// sent to your WhatsApp. Join our channel", "Never miss a story on Telegram: subscribe now".
const PITCH = new RegExp(
  `^${LEAD}(?:[Gg]et|[Rr]eceive|[Ww]ant|[Ss]tay|[Nn]ever\\smiss|[Ff]or\\s(?:the\\slatest|breaking))\\s[^.!?|,]{0,80}?${PLATFORM}[^.!?|,]{0,30}[.!?:–—-]\\s*(?:[Jj]oin|[Ff]ollow|[Ss]ubscribe|JOIN|FOLLOW|SUBSCRIBE)(?:\\s[^\\s.!?,]+){0,5}[.!]?$`,
  'u',
);

/**
 * Rule `footer/follow-platform`: calls to follow the outlet or join its channel on a platform
 * named locally or a regional messenger, calls whose verb closes them, and two-part channel pitches.
 *
 * @example
 * clean("Putin spoke.\n\nDie Lokalpost auf Telegram folgen", { rules: [followPlatformRule] }).text; // "Putin spoke."
 */
export const followPlatformRule: BlockRule = {
  type: 'block',
  id: 'footer/follow-platform',
  category: 'footer',
  description:
    'Follow/join calls naming a local platform name or regional messenger, calls whose verb closes them, and two-part channel pitches',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block) {
    const { text } = block;
    // Every form names a platform: a line that names none is none of them.
    if (text.length > MAX_LENGTH || moreWordsThan(text, 25) || !PLATFORM_ANYWHERE.test(text)) return null;
    if (ENDING_CALL.test(text) && !moreWordsThan(text, 12)) return {};
    if (ENGLISH_CALL.test(text) && !moreWordsThan(text, 14) && !endsWithAttribution(text)) return {};
    if (FOREIGN_CALL.test(text) && !endsWithAttribution(text)) return {};
    return PITCH.test(text) ? {} : null;
  },
};
