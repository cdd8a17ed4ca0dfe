/**
 * footer/follow-us — "Follow <outlet> on <platform>" calls and their tails: "Follow Skai.gr
 * on Google News" + "and be the first to know all the news", "Follow us on Twitter", "Join
 * our Telegram channel", "You can follow the latest developments on our Instagram account",
 * and social-icon headers such as "Follow Al Jazeera English:". Sentences stay: "Follow the
 * money, he said" names no platform; "Like many users on Twitter, she deleted her account"
 * has no us/our/outlet name in the slot and goes on after the platform.
 */
import type { Block } from '../../segment.js';
import type { BlockRule } from '../../rule.js';
import { PLATFORM_PATTERN } from '../../../lexicon/platforms.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';
import { AsciiKeySet, asciiWordKeys } from '../../../core/word-scan.js';
import { UNKEYED_WORD, firstWordKey, firstWordsOf, moreWordsThan, opensWithKeyOf } from '../../shape.js';
import { OpeningGate } from '../../pattern-gates.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 400;

const NAME = "\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,4}";
const PREFIX = "(?:(?:you can|you may|please|be sure to|don't forget to|make sure to|remember to)\\s+)?";
const VERB =
  '(?:follow|like|join|find|add|subscribe to|connect with|stay (?:connected|updated|informed)(?: with)?|get (?:the latest|more)(?: news)?(?: from)?)';
const OBJECT = `(?:us|our\\s+[\\p{L} ]{1,30}?|the latest(?:\\s+\\p{L}+){0,8}|${NAME})`;
// After the platform: nothing, an account word, or a short tail ("and be the first to know…").
const TAIL_AFTER_PLATFORM =
  '(?:\\s+(?:account|page|channel|feed|profile|group))?(?:[\\s,.!:;]*|\\s+(?:and|for|to|or)\\b.{0,100})$';
const CALL = new RegExp(
  `^${PREFIX}${VERB}\\s+${OBJECT}\\s+(?:on|in|via|at|through)\\s+(?:our\\s+)?${PLATFORM_PATTERN}\\b${TAIL_AFTER_PLATFORM}`,
  'iu',
);
// "Join our Telegram channel", "Join our channel of WhatsApp and receive …", "Join The Example
// Times WhatsApp Community for breaking news": the outlet's channel on a platform.
const CHANNEL_WORD = '(?:channel|page|account|group|community)';
const CHANNEL = new RegExp(
  `^${PREFIX}(?:join|subscribe to|follow)\\s+(?:(?:us|our)\\s+(?:${CHANNEL_WORD}\\s+(?:of|on|in)\\s+)?(?:on\\s+)?|(?:the\\s+)?${NAME}\\s+(?=${PLATFORM_PATTERN}\\s+${CHANNEL_WORD}))${PLATFORM_PATTERN}(?:\\s+${CHANNEL_WORD})?\\b${TAIL_AFTER_PLATFORM}`,
  'iu',
);
// The call in the other languages of the news, by language (ISO 639-1): the imperatives that open
// it, to follow the outlet (with "us" or its name after them) or to join its channel, each written
// as news sites print it (lower case). The platform follows within a few words, perhaps inflected
// ("Sledujte nás na Facebooku", "Seuraa meitä Instagramissa"): "Síguenos en Google News", "Suivez-nous
// sur Instagram", "Urmărește Example și pe Google News", "Připojte se k našemu kanálu na WhatsAppu".
// English is CALL and CHANNEL above.
// prettier-ignore
export const FOLLOW_CALLS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, openings: readonly string[]]> = [
  ['de', ['folgen sie uns', 'folgen sie', 'folge uns', 'folgt uns', 'treten sie', 'tritt', 'abonnieren sie unseren', 'abonniere unseren']],
  ['fr', ['suivez-nous', 'suivez nous', 'suivez', 'rejoignez-nous', 'rejoignez', 'rejoins', 'abonnez-vous à notre', 'abonne-toi à notre']],
  ['es', ['síguenos', 'siguenos', 'síganos', 'sigue a', 'siga a', 'únete', 'unete', 'unite', 'súmate', 'suscríbete a nuestro']],
  ['pt', ['siga-nos', 'sigam-nos', 'segue-nos', 'siga o', 'siga a', 'acompanhe o', 'acompanhe a', 'junte-se', 'entre no', 'entre na', 'participe do', 'inscreva-se no']],
  ['it', ['seguici', 'seguiteci', 'segui', 'unisciti', 'iscriviti al', 'iscriviti alla', 'entra nel', 'entra nella']],
  ['nl', ['volg ons', 'volg', 'word lid van', 'abonneer je op', 'sluit je aan bij']],
  ['sv', ['följ oss', 'följ', 'gå med i']],
  ['no', ['følg oss', 'følg', 'bli med i']],
  ['da', ['følg os', 'følg', 'tilmeld dig']],
  ['fi', ['seuraa meitä', 'seuraa', 'liity']],
  ['is', ['fylgstu með okkur', 'fylgdu okkur', 'fylgstu með']],
  ['pl', ['obserwuj nas', 'obserwuj', 'śledź nas', 'śledź', 'dołącz do', 'subskrybuj nasz']],
  ['cs', ['sledujte nás', 'sledujte', 'sleduj nás', 'sleduj', 'připojte se', 'přidejte se']],
  ['sk', ['sledujte nás', 'sledujte', 'pridajte sa', 'pripojte sa']],
  ['sl', ['sledite nam', 'spremljajte nas', 'pridružite se']],
  ['hr', ['pratite nas', 'pratite', 'zapratite nas', 'zapratite', 'pridružite se']],
  ['sr', ['pratite nas', 'pratite', 'zapratite', 'пратите нас', 'пратите', 'запратите', 'придружите се']],
  ['bs', ['pratite nas', 'pratite', 'zapratite']],
  ['hu', ['kövess minket', 'kövessen minket', 'kövessen', 'kövesse', 'kövesd', 'csatlakozz', 'csatlakozzon']],
  ['ro', ['urmărește-ne', 'urmăriți-ne', 'urmărește', 'urmăriți', 'urmareste', 'alătură-te', 'alăturați-vă', 'abonează-te la']],
  ['bg', ['последвайте ни', 'последвайте', 'следвайте ни', 'следете ни', 'присъединете се']],
  ['el', ['ακολουθήστε μας', 'ακολουθήστε', 'ακολούθησε', 'γίνετε μέλος']],
  ['ru', ['следите за нами', 'подписывайтесь на', 'подпишитесь на', 'читайте нас', 'присоединяйтесь к']],
  ['uk', ['стежте за нами', 'підписуйтесь на', 'підписуйтеся на', 'підпишіться на', 'читайте нас', 'приєднуйтесь до']],
  ['lt', ['sekite mus', 'sekite', 'prisijunkite prie']],
  ['lv', ['sekojiet mums', 'seko mums', 'sekojiet', 'seko']],
  ['et', ['jälgi meid', 'jälgige meid', 'jälgi', 'liitu']],
  ['ar', ['تابعونا', 'تابعنا', 'تابعوا', 'انضموا إلى', 'انضم إلى', 'اشترك في قناة']],
  ['he', ['עקבו אחרינו', 'עקבו', 'הצטרפו ל']],
  ['id', ['ikuti kami', 'ikuti', 'gabung ke', 'bergabunglah', 'bergabung dengan']],
  ['ms', ['ikuti kami', 'ikuti', 'sertai']],
  ['tl', ['sundan kami', 'sumali sa', 'i-follow']],
  ['vi', ['theo dõi', 'tham gia']],
  ['sw', ['tufuate', 'jiunge na']],
];
// Scripts written without spaces: the opening runs on into the next word ("ติดตามข่าว…", "关注我们的…").
// prettier-ignore
const UNSPACED_FOLLOW_CALLS: ReadonlyArray<readonly [language: string, openings: readonly string[]]> = [
  ['th', ['ติดตาม']], ['zh', ['关注我们', '關注我們', '追踪我们', '追蹤我們', '订阅我们', '訂閱我們']],
];
// The calls that name the platform before their verb, by language: "Bizi Google News'te takip
// edin", "ما را در تلگرام دنبال کنید", "हमें व्हाट्सऐप पर फॉलो करें". The line ends with the verb.
// prettier-ignore
export const FOLLOW_ENDINGS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, endings: readonly string[]]> = [
  ['tr', ['takip edin', 'takip et', 'abone olun', 'abone ol', 'katılın']], ['fa', ['دنبال کنید', 'عضو شوید', 'بپیوندید']],
  ['hi', ['फॉलो करें', 'फ़ॉलो करें', 'से जुड़ें']], ['bn', ['ফলো করুন', 'যুক্ত হন']], ['ur', ['فالو کریں', 'جوائن کریں']],
];
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// An opening as a case-sensitive pattern: each word's first letter in either case ("Folgen Sie
// uns", "Follow Us"), or the whole in capitals.
const caseless = (opening: string): string => {
  const words = opening
    .split(' ')
    .map((word) => `[${word[0]!}${word[0]!.toUpperCase()}]${escapeRegex(word.slice(1))}`)
    .join('\\s');
  return `(?:${words}|${escapeRegex(opening.toUpperCase()).replace(/ /g, '\\s')})`;
};
const alternation = (table: ReadonlyArray<readonly [string, readonly string[]]>): string =>
  [...new Set(table.flatMap(([, openings]) => openings))]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|');
// The platform as printed (case-sensitive), perhaps inflected or suffixed ("Facebooku",
// "Instagramissa", "Google News'te"); a one-letter name ("X") takes no suffix.
const PLATFORM_INFLECTED = `(?<![\\p{L}\\p{N}])${PLATFORM_PATTERN}(?:(?<=\\p{L}\\p{L})['’-]?\\p{Ll}{1,6})?(?![\\p{L}\\p{N}])`;
const FOREIGN_CALL = new RegExp(
  `^(?:(?:${alternation(FOLLOW_CALLS_BY_LANGUAGE)})(?![\\p{L}\\p{M}])|${alternation(UNSPACED_FOLLOW_CALLS)}).{0,70}?${PLATFORM_INFLECTED}.{0,100}$`,
  'u',
);
const FOREIGN_ENDING = new RegExp(
  `^.{0,60}?${PLATFORM_INFLECTED}.{0,40}?(?:${alternation(FOLLOW_ENDINGS_BY_LANGUAGE)})[\\s.!।۔]*$`,
  'u',
);
const FOREIGN_ENDING_LAST = new Set(
  FOLLOW_ENDINGS_BY_LANGUAGE.flatMap(([, endings]) => endings.map((ending) => ending.charCodeAt(ending.length - 1))),
);
// FOREIGN_CALL's first words (an opening's first word, in ASCII letters; one with a letter above
// ASCII, "síguenos", "följ", Cyrillic, is not keyed and its lines are left to the pattern).
const FOREIGN_FIRST = firstWordsOf(
  [
    ...new Set(
      FOLLOW_CALLS_BY_LANGUAGE.flatMap(([, openings]) => openings.map((opening) => opening.split(/[\s-]/)[0]!)),
    ),
  ].join(' '),
);

const FOREIGN_ENDINGS = FOLLOW_ENDINGS_BY_LANGUAGE.flatMap(([, endings]) => endings);
// The endings' last two characters where both are ASCII, each | 0x20 (as a line's are read): a
// line whose last two are ASCII ends (lower-cased) with no other ending.
const ASCII_ENDING_PAIRS = new Set(
  FOREIGN_ENDINGS.filter(
    (ending) => ending.charCodeAt(ending.length - 1) < 0x80 && ending.charCodeAt(ending.length - 2) < 0x80,
  ).map(
    (ending) => ((ending.charCodeAt(ending.length - 2) | 0x20) << 8) | (ending.charCodeAt(ending.length - 1) | 0x20),
  ),
);
// True when the line, less its closing marks, ends with one of the verbs of a verb-last call (in
// either case): its last letter first, then the words.
function mayEndWithFollowVerb(text: string): boolean {
  let end = text.length;
  for (let c = text.charCodeAt(end - 1); c === 0x20 || c === 0x2e || c === 0x21 || c === 0x964 || c === 0x6d4;)
    c = text.charCodeAt(--end - 1);
  const last = text.charCodeAt(end - 1);
  if (!FOREIGN_ENDING_LAST.has(last < 0x80 ? last | 0x20 : last)) return false;
  const before = text.charCodeAt(end - 2);
  if (last < 0x80 && before < 0x80 && !ASCII_ENDING_PAIRS.has(((before | 0x20) << 8) | (last | 0x20))) return false;
  const tail = text.slice(Math.max(0, end - 16), end).toLowerCase();
  return FOREIGN_ENDINGS.some((ending) => tail.endsWith(ending));
}
// A social-icon header: the icons were images, only the label is left.
const ICON_HEADER = new RegExp(`^(?:[Ff]ollow|[Cc]onnect with|[Ff]ind)\\s+(?:us|${NAME})\\s*:$`, 'u');
// "and be the first to know all the news" when it stands in its own paragraph.
const CONTINUATION = /^(?:and|to|for)\s+(?:be the first|get|stay|never miss|keep up|receive|read|follow)\b/i;
// The first words of CALL, CHANNEL and ICON_HEADER (you, please, be, don't, make, remember;
// follow, like, join, find, add, subscribe, connect, stay, get), and of CONTINUATION (and, to,
// for), each followed by a space or an apostrophe: a line that opens with another word
// matches none of them, without running them (firstWordKey leaves a first word with a
// letter above ASCII to the patterns, which fold case under /iu).
const CALL_FIRST = new AsciiKeySet(
  asciiWordKeys([
    ...['you', 'please', 'be', 'don', 'make', 'remember'],
    ...['follow', 'like', 'join', 'find', 'add', 'subscribe', 'connect', 'stay', 'get'],
  ]),
);
const CONTINUATION_FIRST = new AsciiKeySet(asciiWordKeys(['and', 'to', 'for']));
// A line whose first word is not keyed (Cyrillic, Greek, "Última …") goes to the patterns that may
// open with its first character: bits 1 CALL, 2 CHANNEL, 4 ICON_HEADER, 8 FOREIGN_CALL, 16 CONTINUATION.
const OPENINGS = new OpeningGate([CALL, CHANNEL, ICON_HEADER, FOREIGN_CALL, CONTINUATION]);

function isContinuation(block: Block | undefined): boolean {
  return (
    block !== undefined && block.text.length <= 150 && !moreWordsThan(block.text, 15) && CONTINUATION.test(block.text)
  );
}

/**
 * Rule `footer/follow-us`: Follow/like/join-us calls naming a platform, social-icon headers, and their continuation lines.
 *
 * @example
 * clean("Putin spoke.\n\nFollow Skai.gr on Google News", { rules: [followUsRule] }).text; // "Putin spoke."
 */
export const followUsRule: BlockRule = {
  type: 'block',
  id: 'footer/follow-us',
  category: 'footer',
  description: 'Follow/like/join-us calls naming a platform, social-icon headers, and their continuation lines',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text } = block;
    if (text.length > MAX_LENGTH) return null;
    const first = firstWordKey(text);
    const mask = first === UNKEYED_WORD ? OPENINGS.mask(text) : 31;
    const call = (mask & 7) !== 0 && opensWithKeyOf(first, CALL_FIRST);
    const continuation = (mask & 16) !== 0 && opensWithKeyOf(first, CONTINUATION_FIRST);
    const foreign = (mask & 8) !== 0 && opensWithKeyOf(first, FOREIGN_FIRST);
    if (text.length <= 160 && mayEndWithFollowVerb(text) && FOREIGN_ENDING.test(text) && !moreWordsThan(text, 30))
      return {};
    if ((!call && !continuation && !foreign) || moreWordsThan(text, 30)) return null;
    if (foreign && FOREIGN_CALL.test(text) && !endsWithAttribution(text)) return {};
    if (
      call &&
      (((mask & 1) !== 0 && CALL.test(text)) ||
        ((mask & 2) !== 0 && CHANNEL.test(text)) ||
        ((mask & 4) !== 0 && ICON_HEADER.test(text))) &&
      !endsWithAttribution(text)
    ) {
      const next = context.blocks[block.index + 1];
      return next && !context.isRemoved(next.index) && isContinuation(next) ? { through: next.index } : {};
    }
    // The cheap shape test first: asking about removals makes the answer depend on them.
    return continuation && isContinuation(block) && context.removedBy(block.index - 1)?.startsWith('footer/')
      ? {}
      : null;
  },
};
