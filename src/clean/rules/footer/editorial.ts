/**
 * footer/editorial — the outlet's own service lines under an article: editorial-standards
 * links ("Our Standards: The Thomson Reuters Trust Principles.", "Editorial guidelines"),
 * reuse and reprint links ("Reuse this content", "Reprints & permissions"), and feedback
 * or correction prompts ("Send us your feedback", "Report an error"; a feedback prompt on the
 * article, "Was this article helpful?", is `boilerplate/widget`'s),
 * and contact lines ("Contact: desk@example.com", a lone e-mail address), and the call for tips ("Have a
 * news tip? Email us at …"). Whole-line patterns:
 * "Our standards are high, the minister said." is a sentence and stays.
 */
import type { BlockRule } from '../../rule.js';
import { charSet, moreWordsThan, opensWithFolded } from '../../shape.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';

const MAX_LENGTH = 300;

// The whole-line pattern in two: the lines that open with one of their words, and the trust
// principles line, which opens with any words before its name ("The Thomson Reuters Trust
// Principles."). A line matches the rule when it matches either (the alternatives of one
// anchored pattern, split).
const SERVICE_LINE =
  /^(?:(?:our |editorial )(?:standards|guidelines|principles|values|ethics policy|policies)(?:\s*:\s*\S.{0,120}|\.)?|(?:reuse|republish|license|syndicate) this (?:content|article|story)|reprints?(?:\s*(?:&|and)\s*permissions)?|(?:send us|give us|share) (?:your )?feedback|(?:send|give) feedback|feedback|(?:report|spotted) an? (?:error|typo|mistake|correction)\??|(?:submit|request) a correction|corrections? policy)$/iu;
// A contact line or a lone address: "Contact: desk@example.com", "Email us: tips@example.org",
// "jdoe@example.co.kr" alone on its line, and the residue Cloudflare leaves of an address it
// hides ("[email protected]").
const CONTACT_LINE =
  /^(?:(?:contact(?: us)?|e-?mail(?: us)?|mail|write to us|reach us|(?:news )?tips?|send (?:us )?(?:your )?(?:tips|news|stories|feedback)|correo(?: electrónico)?|contacto|contato|kontakt|courriel)\s*[:：-]?\s*)?(?:[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}|\[email(?:&#160;|\u00a0| )protected\])\.?$/iu;
// The newsroom's call for tips: a question to the reader about a tip, then how to send it: "Have
// a news tip? WhatsApp us on 0800 …", "Got a story? Email us at …", "Have you got a tip for our
// newsroom? Write to us", "¿Tienes una denuncia? Escríbenos", "Vous avez une info ? Contactez-nous",
// "Har du en historie? Kontakt os på nyheder@…". The call names the newsroom ("us", "our desk") or
// gives its address: "Have a tip for the skipper? Tell him …" stays. By language (ISO 639-1): the
// question's openings (regex sources, each opening with a letter of its language) and the answers.
// prettier-ignore
export const TIP_CALLS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, questions: readonly string[], answers: readonly string[]]> = [
  ['en', ['(?:do you |have you |you )?(?:have|got|know|seen|witnessed)(?: you)?(?: got)? (?:a|an|any) (?:news |story |breaking news )?(?:tip|tips|story|story idea|news story|information|scoop)\\b'],
    ['(?:contact|write|e-?mail|message|call|whatsapp|text|send|tell|reach|get in touch with|dm)(?: to)?\\s(?:us|our (?:newsroom|desk|editors|team)|the (?:newsroom|news desk|editors))\\b']],
  ['es', ['(?:tienes|tiene usted|tiene) (?:una? )?(?:denuncia|noticia|pista|historia)'], ['escr[íi]benos', 'env[íi]anos', 'cont[áa]ctanos']],
  ['fr', ['(?:vous avez|avez-vous) (?:une? )?(?:info|information|témoignage|histoire)'], ['écrivez-nous', 'contactez-nous']],
  ['de', ['(?:haben sie|hast du) (?:einen |eine )?(?:hinweis|tipp|geschichte)'], ['schreiben sie', 'kontaktieren sie', 'melden sie sich', 'schreib uns']],
  ['pt', ['(?:tem|você tem) (?:uma? )?(?:denúncia|sugestão de pauta|notícia)'], ['escreva', 'envie', 'fale conosco']],
  ['it', ['(?:hai|ha) (?:una )?(?:segnalazione|notizia)'], ['scrivici', 'contattaci', 'scriveteci']],
  ['nl', ['(?:heb je|heeft u|hebt u) (?:een )?(?:tip|nieuwstip|verhaal)'], ['mail', 'stuur', 'neem contact', 'laat het ons weten', 'tip ons']],
  ['sv', ['har du (?:ett )?(?:tips|nyhetstips)'], ['tipsa oss', 'mejla', 'skriv till', 'kontakta', 'hör av dig']],
  ['no', ['har du (?:et )?(?:tips|nyhetstips)'], ['tips oss', 'send', 'skriv til', 'ta kontakt', 'kontakt']],
  ['da', ['har du (?:et )?(?:tip|nyhedstip)'], ['skriv til', 'send', 'kontakt', 'ring']],
  ['fi', ['onko sinulla (?:uutis)?vinkki', 'tiedätkö'], ['lähetä', 'ota yhteyttä', 'vinkkaa']],
  ['pl', ['masz (?:temat|informacj|news|sygnał)'], ['napisz', 'skontaktuj się', 'wyślij', 'daj nam znać']],
  ['cs', ['máte (?:tip|námět|zajímavou informaci)'], ['napište nám', 'pošlete', 'kontaktujte', 'ozvěte se']],
  ['sk', ['máte (?:tip|námet|zaujímavú informáciu)'], ['napíšte nám', 'pošlite', 'kontaktujte']],
  ['sl', ['imate (?:novico|namig|zgodbo)'], ['pišite nam', 'sporočite nam', 'kontaktirajte']],
  ['hr', ['imate (?:vijest|priču|informaciju|dojavu)'], ['pišite nam', 'javite nam', 'javite se', 'kontaktirajte nas', 'pošaljite']],
  ['sr', ['imate (?:vest|priču|informaciju|dojavu)', 'имате (?:вест|причу|информацију|дојаву)'], ['pišite nam', 'javite nam', 'пишите нам', 'јавите нам', 'pošaljite', 'пошаљите']],
  ['hu', ['van (?:egy )?(?:jó |érdekes )?(?:hír|sztori|információ|tipp)'], ['írjon nekünk', 'írj nekünk', 'küldje', 'jelezze', 'keressen minket']],
  ['ro', ['(?:ai|aveți|aveti) (?:un pont|o informație|o sesizare|o poveste|o știre)'], ['scrie-ne', 'scrieți-ne', 'trimite', 'trimiteți', 'contactează-ne', 'contactați-ne']],
  ['bg', ['имате (?:сигнал|новина|информация)'], ['пишете ни', 'изпратете', 'свържете се']],
  ['el', ['έχετε (?:κάποια )?(?:είδηση|πληροφορία|καταγγελία)'], ['στείλτε μας', 'επικοινωνήστε', 'γράψτε μας']],
  ['ru', ['(?:есть|у вас есть) (?:интересная )?(?:новость|информация|история)'], ['пишите нам', 'напишите нам', 'присылайте', 'сообщите нам']],
  ['uk', ['(?:маєте|є) (?:цікаву )?(?:новину|інформацію|історію)'], ['пишіть нам', 'напишіть нам', 'надсилайте', 'повідомте нам']],
  ['lt', ['turite (?:naujieną|informacijos|istoriją)'], ['rašykite', 'susisiekite', 'siųskite']],
  ['tr', ['(?:haber )?(?:ihbarınız|bir haberiniz|bir ihbarınız)'], ['bize yazın', 'bize ulaşın', 'gönderin']],
  ['id', ['punya (?:info|informasi|berita|cerita)'], ['kirim', 'hubungi kami', 'kirimkan']],
  ['ar', ['(?:هل )?لديك (?:خبر|معلومة|قصة)'], ['راسلنا', 'تواصل معنا', 'أرسل']],
  ['he', ['יש לכם (?:סיפור|מידע|ידיעה)'], ['כתבו לנו', 'שלחו']],
];
const TIP_CALL = new RegExp(
  `^[¿]?(?:${TIP_CALLS_BY_LANGUAGE.flatMap(([, questions]) => questions).join('|')})[^?؟]{0,60}\\s?[?؟]\\s*(?:[\\p{L}\\p{N} ,'’-]{0,40}\\s)?(?:(?:${TIP_CALLS_BY_LANGUAGE.flatMap(([, , answers]) => answers).join('|')})(?![\\p{L}\\p{M}])|[\\p{L}\\p{N}._%+-]{1,64}@)` +
    '.{0,120}$',
  'iu',
);
const TRUST_PRINCIPLES = /^(?:the )?[\p{L} ]{0,30}trust principles\.?$/iu;
// TIP_CALL's first letters: English's (do, have, you, got, know, seen, witnessed) and the first
// letter of each other language's questions; "¿" is above ASCII and left to the pattern.
const TIP_FIRST = charSet(
  'dhygksw' +
    TIP_CALLS_BY_LANGUAGE.slice(1)
      .flatMap(([, questions]) => questions.map((question) => question.replace(/^\(\?:/, '')[0]!))
      .join(''),
);
// SERVICE_LINE's first letters (our, editorial, reuse, republish, license, syndicate,
// reprints, send, give, share, feedback, report, spotted, submit, request, corrections); a
// character above ASCII is left to the pattern (/iu folds 'ſ' onto s).
const SERVICE_FIRST = charSet('oerlsgfc');
const TRUST_END = 'trust principles';

// True when the text ends in "trust principles", perhaps with a full stop, in any case (as
// TRUST_PRINCIPLES reads it under /iu: A-Z onto a-z, and 'ſ' onto s): the pattern, which
// would try its words at every length, runs only then.
function endsWithTrustPrinciples(text: string): boolean {
  const end = text.endsWith('.') ? text.length - 1 : text.length;
  const start = end - TRUST_END.length;
  if (start < 0) return false;
  for (let k = 0; k < TRUST_END.length; k++) {
    const want = TRUST_END.charCodeAt(k);
    const c = text.charCodeAt(start + k);
    // | 0x20 maps A-Z onto a-z and leaves a space a space; nothing else lands on a-z.
    if ((c < 0x80 ? c | 0x20 : c === 0x17f ? 0x73 : -1) !== want) return false;
  }
  return true;
}

/**
 * Rule `footer/editorial`: Editorial-standards, reuse/reprint, feedback and contact lines ("Our Standards: …", "Reuse this content", "Send us your feedback", "Contact: desk@example.com").
 *
 * @example
 * clean("Putin spoke.\n\nReuse this content", { rules: [editorialRule] }).text; // "Putin spoke."
 */
export const editorialRule: BlockRule = {
  type: 'block',
  id: 'footer/editorial',
  category: 'footer',
  description:
    'Editorial-standards, reuse/reprint, feedback and contact lines ("Our Standards: …", "Reuse this content", "Send us your feedback", "Contact: desk@example.com")',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block) {
    const { text } = block;
    if (text.length > MAX_LENGTH) return null;
    // (']' first: a one-character search, where 'protected]' sets up a string search.)
    const contact = text.includes('@') || (text.includes(']') && text.includes('protected]'));
    if (contact && !moreWordsThan(text, 12) && CONTACT_LINE.test(text)) return {};
    if (
      opensWithFolded(text, TIP_FIRST, true) &&
      (text.includes('?') || text.includes('؟')) &&
      !moreWordsThan(text, 40) &&
      TIP_CALL.test(text)
    )
      return endsWithAttribution(text) ? null : {};
    return (opensWithFolded(text, SERVICE_FIRST, true) && SERVICE_LINE.test(text)) ||
      (endsWithTrustPrinciples(text) && TRUST_PRINCIPLES.test(text))
      ? {}
      : null;
  },
};
