/**
 * footer/newsletter — newsletter, subscription and donation calls: "Sign up for our daily
 * briefing", "Subscribe now", "Support independent journalism", "Download our app",
 * "Register now for FREE unlimited access to …", and the sign-up box's fine print ("By
 * signing up, you agree to our Terms …", "You can unsubscribe at any time"), the offer with
 * its price ("Subscribe to Example Plus for €1", "… to read the e-paper"), the box that names
 * the newsletter ('Our newsletter "Morning Brief": …'), the sign-up call in other languages
 * ("Iscriviti alla newsletter", "Abonnez-vous à notre infolettre") and the paywall's line
 * ("Article reserved for subscribers", "Read the rest for €1").
 */
import type { BlockRule } from '../../rule.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';
import { firstWordKey, firstWordsOf, opensWithKeyOf } from '../../shape.js';

const MAX_LENGTH = 500;
// A donation call asks for the outlet ("Donate now", "Please donate to support our reporting"):
// "Donate blood at the Red Cross center" is news.
const CALL =
  /^(?:(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletter|briefing|alerts?|updates|digest|inbox|email)s?\b.{0,80}|subscribe(?: now| today| here)?[.!]?|(?:please )?donate(?: now| today| here)?[.!]?|(?:please )?(?:donate|give)\b.{0,120}\b(?:us|our|journalism|reporting|newsroom)\b.{0,80}|(?:please )?support (?:us|our (?:work|journalism|reporting)|independent journalism|quality journalism)\b.{0,120}|become a (?:member|subscriber|supporter)\b.{0,100}|(?:download|get|install) (?:the|our) .{0,40}\bapp\b.{0,80}|already a subscriber\?.{0,60}|you have read \d+ .{0,80}|this (?:article|content) is (?:for|available to) (?:subscribers|members) only.{0,60}|(?:register|sign up|sign in|log in|subscribe)(?: now| today| here)?(?: for| to get| to gain| to read| to unlock| to continue)\b.{0,60}\b(?:unlimited|free|full|complete) access\b.{0,80})$/i;

// The sign-up box's fine print and its answers: "By signing up, you agree to our Terms …",
// "You can unsubscribe at any time", "Thanks for reading X! Subscribe for free …", "We use your
// sign-up to provide content …", "Check your inbox".
const FINE_PRINT =
  /^(?:by (?:signing up|subscribing|registering|clicking [^,.]{1,30}|submitting [^,.]{1,30}|entering your e-?mail[^,.]{0,20}),? you (?:agree|acknowledge|consent|confirm)\b.{0,300}|you (?:can|may) unsubscribe (?:at any time|anytime)\b.{0,200}|thanks? (?:you )?for (?:reading|signing up|subscribing)\b[^.!]{0,80}[.!]\s*subscribe\b.{0,200}|thanks? (?:you )?for (?:signing up|subscribing)[.!]?|we use your sign-?up to\b.{0,300}|check your inbox\b.{0,120}|enter your e-?mail(?: address)?(?: here| below)?[.:]?)$/i;

// A subscription offer with its price or its reward: "Subscribe to Example Plus for €1",
// "Subscribe to Example Plus to get access to …", "Abonnez-vous à X pour 1 €".
const OFFER =
  /^(?:subscribe(?: now| today)? to|abonnez-vous à|suscr[íi]bete a|assine(?: o| a)?|abonnieren sie|abbonati a)\s.{1,60}?\s(?:(?:for|pour|por|für|per|from|dès|desde|a partir de|ab)\s+(?:only |just |seulement |solo |nur )?(?:[\d€$£¥]|R\$)|to (?:get|gain|have|enjoy|unlock|continue|read)\b.{0,30}\b(?:access|reading|articles|stories|content|journalism|e-?paper|e-edition|(?:digital|print|replica) edition))/iu;
// The newsletter's box naming it: 'Our newsletter "Morning Brief": every morning, the
// essentials …', "Notre newsletter « … »", "Unser Newsletter: …".
const NEWSLETTER_BOX =
  /^(?:our|notre|nuestro|nuestra|unser|unsere|la nostra|nossa|a nossa) (?:(?:free|daily|weekly|morning|evening|gratuite?|quotidienne?|gratis|gratuito|diario|täglicher|kostenloser)\s+)?(?:newsletters?|boletín|boletim)\b\s*[:"“«„‹'‘]/iu;
// The sign-up call in the other languages of the news: "Iscriviti alla newsletter di Example",
// "Abonnez-vous à notre infolettre", "Suscríbete a nuestro boletín", "Melden Sie sich für
// unseren Newsletter an".
const FOREIGN_CALL =
  /^(?:iscriviti|abbonati|inscrivez-vous|abonnez-vous|inscris-toi|inscr[íi]bete|suscr[íi]bete|suscribite|reg[íi]strate|assine|inscreva-se|cadastre-se|melden sie sich|abonnieren sie|registrieren sie sich|schrijf je in|abonneer je|zapisz się|subskrybuj)\b.{0,60}?\b(?:newsletter|infolettre|lettre d['’]information|bolet[íi]n|boletim|nieuwsbrief|biuletyn)s?\b.{0,100}$/iu;
// A paywall's line: "Article reserved for subscribers – read the rest for €1", "Article réservé
// aux abonnés", "Contenido exclusivo para suscriptores", "Read the rest of this article for $1".
const PAYWALL =
  /^(?:(?:this )?(?:article|story|content) (?:(?:is )?(?:reserved|exclusive) (?:for|to)|(?:is )?only for) (?:our )?(?:subscribers|members|premium (?:subscribers|members))|(?:article|contenu) (?:réservé|exclusif) (?:aux|pour les) abonnés|(?:artículo|contenido|art[íi]culo) (?:exclusivo|reservado) para (?:suscriptores|socios|abonados)|(?:matéria|conteúdo|reportagem) exclusiv[ao] para assinantes|(?:articolo|contenuto) riservato agli abbonati|(?:nur )?für (?:abonnenten|abonnentinnen und abonnenten)|(?:read|continue reading|unlock) the (?:rest|full (?:article|story))(?: of (?:this|the) (?:article|story))? for\s+(?:only |just )?(?:[\d€$£¥]|R\$)[^.!?]{0,60})[.!]?(?:\s?[—–|:-]\s?.{0,120})?$/iu;
// Each pattern with the first words its alternatives open with, each followed by a non-letter
// ("abonnez" of "abonnez-vous"): a line whose first word (keyed as firstWordKey keys it) is none
// of a pattern's is not given to it. A word with a letter above ASCII ("suscríbete", "für") or of
// more than ten letters ("registrieren") is not keyed, and goes to every pattern.
// prettier-ignore
const PATTERNS: ReadonlyArray<readonly [firstWords: string, pattern: RegExp]> = [
  ['sign subscribe register please donate give support become download get install already you this log', CALL],
  ['by you thanks thank we check enter', FINE_PRINT],
  ['subscribe abonnez suscribete assine abonnieren abbonati', OFFER],
  ['our notre nuestro nuestra unser unsere la nossa a', NEWSLETTER_BOX],
  ['iscriviti abbonati inscrivez abonnez inscris inscribete suscribete suscribite registrate assine inscreva cadastre melden abonnieren registrieren schrijf abonneer zapisz subskrybuj', FOREIGN_CALL],
  ['this article story content contenu contenido articulo reportagem articolo contenuto nur read continue unlock', PAYWALL],
];
const GATED = PATTERNS.map(([words, pattern]) => [firstWordsOf(words), pattern] as const);

/**
 * Rule `footer/newsletter`: Newsletter, subscription, donation and app calls. A call a
 * reporter quotes ("Become a member of the Friends of the Library, the group said.") is the
 * story's, and stays.
 *
 * @example
 * clean("Putin spoke.\n\nSign up for our daily briefing newsletter", { rules: [newsletterRule] }).text; // "Putin spoke."
 */
export const newsletterRule: BlockRule = {
  type: 'block',
  id: 'footer/newsletter',
  category: 'footer',
  description: 'Newsletter, subscription, donation and app calls',
  maxLength: MAX_LENGTH,
  textOnly: true,
  match(block) {
    const { text } = block;
    if (text.length > MAX_LENGTH) return null;
    const first = firstWordKey(text);
    let call = false;
    for (let k = 0; k < GATED.length && !call; k++) {
      const [words, pattern] = GATED[k]!;
      call = opensWithKeyOf(first, words) && pattern.test(text);
    }
    return call && !endsWithAttribution(text) ? {} : null;
  },
};
