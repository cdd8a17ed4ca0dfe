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
import { firstWordKey, moreWordsThan, opensWithKeyOf } from '../../shape.js';

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
// The call in the other languages of the news: "Síguenos en Google News", "Suivez-nous sur
// Instagram", "Folgen Sie uns auf WhatsApp", "Únete a nuestro canal de WhatsApp".
const FOREIGN_CALL = new RegExp(
  `^(?:s[íi]guenos|s[íi]ganos|suivez[- ]nous|rejoignez[- ]nous|seguici|seguiteci|folgen sie uns|folge uns|siga-nos|sigam-nos|segue-nos|volg ons|ikuti kami|obserwuj nas|следите за нами|підписуйтесь на нас|(?:únete|unite|súmate|rejoignez|rejoins|entra|iscriviti|junte-se|entre|treten sie)\\s(?:a|à|al|nel|ao|no|na|in|unserem|unseren)\\s(?:nuestro|nuestra|notre|nostro|nostra|nosso|nossa|o|a)?\\s?(?:canal|grupo|comunidad|chaîne|groupe|communauté|canale|gruppo|comunidade|kanal|gruppe|community))\\s+(?:(?:en|sur|su|auf|no|na|em|op|di|w|в|у|de|di|del|do|da)\\s+)?(?:(?:nuestro|notre|nostro|nosso|unserem|unseren|nos|nossos)\\s+)?${PLATFORM_PATTERN}\\b(?:[\\s,.!:;]*|\\s+(?:y|et|e|und|en|and|para|pour|per|um)\\b.{0,100})$`,
  'iu',
);
// FOREIGN_CALL's first words, each followed by a space or a hyphen ("suivez-nous"); a first word
// with a letter above ASCII ("síguenos", "únete", Cyrillic) is not keyed and left to the pattern.
const FOREIGN_FIRST = new AsciiKeySet(
  asciiWordKeys([
    ...['siguenos', 'siganos', 'suivez', 'rejoignez', 'seguici', 'seguiteci', 'folgen', 'folge', 'siga', 'sigam'],
    ...['segue', 'volg', 'ikuti', 'obserwuj', 'unite', 'rejoins', 'entra', 'iscriviti', 'junte', 'entre', 'treten'],
  ]),
);
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
    const call = opensWithKeyOf(first, CALL_FIRST);
    const continuation = opensWithKeyOf(first, CONTINUATION_FIRST);
    const foreign = opensWithKeyOf(first, FOREIGN_FIRST);
    if ((!call && !continuation && !foreign) || moreWordsThan(text, 30)) return null;
    if (foreign && FOREIGN_CALL.test(text) && !endsWithAttribution(text)) return {};
    if (call && (CALL.test(text) || CHANNEL.test(text) || ICON_HEADER.test(text)) && !endsWithAttribution(text)) {
      const next = context.blocks[block.index + 1];
      return next && !context.isRemoved(next.index) && isContinuation(next) ? { through: next.index } : {};
    }
    // The cheap shape test first: asking about removals makes the answer depend on them.
    return continuation && isContinuation(block) && context.removedBy(block.index - 1)?.startsWith('footer/')
      ? {}
      : null;
  },
};
