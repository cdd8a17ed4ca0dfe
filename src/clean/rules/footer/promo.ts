/**
 * footer/promo — calls to read more of the outlet's coverage elsewhere, ending in an
 * address: "Follow AP’s coverage of the Ukraine crisis at https://apnews.com/hub/…", "See
 * all the latest news from Greece and the world, at ertnews.gr", "Read more news on
 * example.com". An imperative opening, a coverage/news noun, and a URL or domain at the
 * end; a sentence that only mentions a report at an address ("The details are in the
 * report at https://…") does not open with the imperative and stays. Also the calls that name
 * no address but where the news goes or how to get it: "Get the top stories sent straight to
 * your inbox", "Get the latest headlines on Telegram", "Click here for the latest news", "For
 * more news on the vote, click here", "▶ Subscribe to Example TV". A reporter quoting such an
 * appeal ("…, the council said.") stays.
 */
import type { BlockRule } from '../../rule.js';
import { charAtIn, charSet, firstWordKey, firstWordsOf, moreWordsThan, opensWithKeyOf } from '../../shape.js';
import { PLATFORM_PATTERN } from '../../../lexicon/platforms.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 500;

const PROMO =
  /^(?:follow|see|read|get|find|discover|keep up with|catch up on|stay (?:up to date|informed) (?:with|on)|for)\s.{0,120}?\b(?:coverage|news|updates|stories|reporting|headlines|analysis|developments)\b.{0,120}?\s(?:at|on|from|via|visit)\s+(?:https?:\/\/|www\.)?[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4}(?:\/[^\s]{0,300})?\.?$/iu;

// A line whose first word (keyed as firstWordKey keys it) is none of these, each followed by a
// non-letter in every alternative of the pattern, matches none of it, without a run.

// PROMO's openings (follow, see, read, get, find, discover, keep up, catch up, stay, for).
const PROMO_FIRST = firstWordsOf('follow see read get find discover keep catch stay for');

// The outlet's calls to the reader that name no address, by their shape: an imperative to the
// reader and where the news goes or comes from (an inbox, a phone, a platform, a click).
// "Get the top Leeds stories sent straight to your inbox …", "Receive breaking news directly on
// your phone": news delivered to something of the reader's.
const DELIVERY =
  /^(?:get|receive|have)\s.{0,100}?\b(?:straight|directly|direct|delivered|sent)\s(?:.{0,20}\s)?(?:to|into|in|on)\s+your\s+(?:inbox|phone|mobile|e-?mail|device|smartphone|feed|email inbox)\b.{0,160}$/iu;
// "Get the latest headlines on Telegram – join now", "Receive the news of Example on your
// WhatsApp: click here", "Receba as notícias do Example no seu WhatsApp": the news on a platform.
const ON_PLATFORM = new RegExp(
  `^(?:(?:get|receive)\\s+(?:all\\s+)?(?:the\\s+)?(?:(?:latest|breaking|top|biggest|best)\\b.{0,60}?|(?:news|headlines|updates|stories)\\b.{0,40}?)\\s(?:on|via|in)\\s+(?:our\\s+|your\\s+)?|(?:receba|recibe|reciba|recevez|ricevi|erhalten sie)\\s.{0,60}?\\s(?:no seu|na sua|no|en tu|en su|en|sur|su|auf)\\s+(?:votre\\s+|il tuo\\s+|ihrem\\s+)?)${PLATFORM_PATTERN}\\b.{0,80}$`,
  'iu',
);
// "Click here to get Example news", "Tap for the latest updates", "Cliquez ici pour recevoir nos
// alertes": a click for the news. "Click here to download the game" is the page's own offer.
const CLICK =
  /^(?:(?:click|tap)(?:\s+(?:here|on this link|this link|the link|below))?\s+(?:to|for)|(?:clique|cliquez|clicca|haga clic|haz clic|pulse|pincha|klicken sie)\s+(?:aqui|aquí|ici|qui|hier)(?:\s+(?:pour|para|per|um))?)\s.{0,80}?(?:news|latest|updates|alert[ae]?s?|headlines|stories|coverage|notícias|noticias|actualités|infos|notizie|nachrichten)\b.{0,80}$/iu;
// "For more news about the election click here.", "For the latest news and video, head to
// Example.": what to read, then where to click or go. A pointer inside a newsletter's body
// ("For more video news, check out this morning's brief") names no click or address, and stays.
const FOR_MORE =
  /^for (?:more|the latest|all the latest|more of the latest|the best|up-to-the-minute)\b.{0,100}?\b(?:news|coverage|stories|updates|headlines|videos?)\b.{0,100}?(?:,?\s*(?:click|tap) (?:here|this link)|,?\s*(?:head|go|come) (?:to|over to)\s.{1,60}|,?\s*visit\s.{1,60})[.!]?$/iu;
// A promo line behind an arrow ("▶ Subscribe to Example TV on YouTube", "► The news that
// matters, check out Example on Naver"): the arrow and an imperative to the reader.
const ARROW_CALL = /^[▶►▷➤➜→☞👉]\s*.{0,120}?\b(?:check out|subscribe|follow|click|tap|join|download|add)\b.{0,120}$/iu;
const ARROWS = charSet('▶►▷➤➜→☞');
// A question to the reader, then the call: "Enjoyed this story? Subscribe to …", "Want more news
// like this? Sign up for …", "Never miss a story: follow us on …", "Don't miss a thing: sign up for
// …, delivered to your inbox", "Stay up to date: follow Example on Instagram".
const ASK_THEN_CALL =
  /^(?:(?:want|like|liked|enjoy|enjoyed|love|loved|found)\b[^?]{0,80}\?|(?:never|don['’]?t|do not) miss (?:a|an|the|another|out)\b[^.!:–—-]{0,60}[.!:–—-]|stay (?:up to date|up-to-date|updated|informed|in the know|connected|ahead)\b[^.!:–—-]{0,40}[.!:–—-])\s*(?:sign up|subscribe|follow|join|get|download|click|tap|share)\b.{0,150}$/iu;
// What such a call must name: the outlet's own channel ("us", "our …", a newsletter, an app, a
// platform), so "Want cheaper water? Get a well, one farmer joked." stays.
const OWN_CHANNEL = new RegExp(
  `\\b(?:us|our|newsletters?|briefing|digest|podcast|channel|app|alerts|news|inbox)\\b|\\b${PLATFORM_PATTERN}\\b`,
  'iu',
);
// News alerts turned on by the reader: "Get breaking news alerts on your phone", "Turn on
// notifications for the latest headlines".
const ALERTS =
  /^(?:get|receive|turn on|enable|sign up for)\s+(?:(?:our|breaking|the latest|push|free|instant|daily)\s+){0,3}(?:news\s+)?(?:alerts|notifications)\b.{0,100}$/iu;
// The broadcaster's slot for the story: "This topic in the programme: Example Radio news, 7 pm",
// "Dieses Thema im Programm: Example Aktuell | 12. Juni | 19:30 Uhr".
const ON_AIR =
  /^(?:this (?:topic|story|report|subject) (?:in|on) (?:the|our) (?:programme|program|broadcast)|dieses thema im programm|ce sujet (?:dans|à) (?:l['’]émission|notre programme)|este tema en (?:el|nuestro) programa)\s*:\s*\S.{0,150}$/iu;
// A sponsor's line with its call: "Sponsored by the Example Expo — register today for early bird
// pricing", "Presented by Example Bank: learn more". "Sponsored by two senators, the bill passed"
// has no dash or colon before an imperative, and stays; the imperative is the offer's own
// ("register today", "book now", "learn more"), not a word that opens a clause ("register of …").
const SPONSOR_CALL =
  /^(?:sponsored by|presented by|brought to you by|in partnership with|paid (?:content|post) (?:by|from)|patrocinado por|sponsorisé par|präsentiert von)\s[^.,;:!?]{1,60}?\s?[—–|:]\s?(?:(?:register|book|buy|sign up|shop|reserve|order|download|get)(?: (?:now|today|here|online|early|your|tickets|a|the))\b|(?:learn|find out|discover) more\b|(?:visit|click|tap|save \d)|inscr[íi]bete|reg[íi]strate|compra)\b.{0,120}$/iu;
// The patterns above with their first words ("don" of "don't"; "haga" of "haga clic", "sign"
// of "sign up for"; a word with a letter above ASCII, "präsentiert", "sponsorisé", or of more
// than ten letters, "patrocinado", is not keyed and given to every pattern).
// prettier-ignore
const READER_CALLS: ReadonlyArray<readonly [firstWords: string, isCall: (text: string) => boolean]> = [
  ['get receive have', (text) => DELIVERY.test(text)],
  ['get receive receba recibe reciba recevez ricevi erhalten', (text) => ON_PLATFORM.test(text)],
  ['click tap clique cliquez clicca haga haz pulse pincha klicken', (text) => CLICK.test(text)],
  ['for', (text) => FOR_MORE.test(text)],
  ['want like liked enjoy enjoyed love loved found never don dont do stay', (text) => ASK_THEN_CALL.test(text) && OWN_CHANNEL.test(text)],
  ['get receive turn enable sign', (text) => ALERTS.test(text)],
  ['this dieses ce este', (text) => ON_AIR.test(text)],
  ['sponsored presented brought in paid', (text) => SPONSOR_CALL.test(text)],
];
const CALLS = READER_CALLS.map(([words, isCall]) => [firstWordsOf(words), isCall] as const);
const CALL_FIRST = firstWordsOf(READER_CALLS.map(([words]) => words).join(' '));

// `first`: the text's firstWordKey.
function isReaderCall(text: string, first: number): boolean {
  if (charAtIn(text, 0, ARROWS) || (text.charCodeAt(0) === 0xd83d && text.charCodeAt(1) === 0xdc49))
    return ARROW_CALL.test(text);
  if (!opensWithKeyOf(first, CALL_FIRST) || moreWordsThan(text, 35)) return false;
  let call = false;
  for (let k = 0; k < CALLS.length && !call; k++) {
    const [words, isCall] = CALLS[k]!;
    call = opensWithKeyOf(first, words) && isCall(text);
  }
  return call && !endsWithAttribution(text);
}

/**
 * Rule `footer/promo`: Promotions of more coverage at an address ("Follow X’s coverage … at https://…", "See all the latest news … at site.tld") or sent to the reader ("Get the top stories straight to your inbox", "Click here for the latest news").
 *
 * @example
 * clean("Putin spoke.\n\nFollow AP’s coverage of the Ukraine crisis at https://apnews.com/hub/ukraine", { rules: [promoRule] }).text; // "Putin spoke."
 */
export const promoRule: BlockRule = {
  type: 'block',
  id: 'footer/promo',
  category: 'footer',
  description:
    'Promotions of more coverage at an address ("Follow X’s coverage … at https://…", "See all the latest news … at site.tld") or sent to the reader ("Get the top stories straight to your inbox", "Click here for the latest news")',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block) {
    const { text } = block;
    if (text.length > MAX_LENGTH || text.includes('\n')) return null;
    const first = firstWordKey(text);
    if (isReaderCall(text, first)) return {};
    if (!opensWithKeyOf(first, PROMO_FIRST) || moreWordsThan(text, 40)) return null;
    return PROMO.test(text) ? {} : null;
  },
};
