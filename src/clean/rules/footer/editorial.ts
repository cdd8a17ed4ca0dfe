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
// newsroom? Write to us", "¿Tienes una denuncia? Escríbenos", "Vous avez une info ? Contactez-nous".
// The call names the newsroom ("us", "our desk"): "Have a tip for the skipper? Tell him …" stays.
const TIP_CALL =
  /^[¿]?(?:(?:do you |have you |you )?(?:have|got|know|seen|witnessed)(?: you)?(?: got)? (?:a|an|any) (?:news |story |breaking news )?(?:tip|tips|story|story idea|news story|information|scoop)\b[^?]{0,60}|(?:tienes|tiene usted|tiene) (?:una? )?(?:denuncia|noticia|pista|historia)\b[^?]{0,40}|(?:vous avez|avez-vous) (?:une? )?(?:info|information|témoignage|histoire)\b[^?]{0,40}|(?:haben sie|hast du) (?:einen |eine )?(?:hinweis|tipp|geschichte)\b[^?]{0,40}|(?:tem|você tem) (?:uma? )?(?:denúncia|sugestão de pauta|notícia)\b[^?]{0,40}|(?:hai|ha) (?:una )?(?:segnalazione|notizia)\b[^?]{0,40})\s?\?\s*(?:[\p{L}\p{N} ,'’-]{0,40}\s)?(?:(?:contact|write|e-?mail|message|call|whatsapp|text|send|tell|reach|get in touch with|dm)(?: to)?\s(?:us|our (?:newsroom|desk|editors|team)|the (?:newsroom|news desk|editors))\b|escr[íi]benos|env[íi]anos|cont[áa]ctanos|écrivez-nous|contactez-nous|schreiben sie|kontaktieren sie|melden sie sich|escreva|envie|fale conosco|scrivici|contattaci)\b.{0,120}$/iu;
const TRUST_PRINCIPLES = /^(?:the )?[\p{L} ]{0,30}trust principles\.?$/iu;
// TIP_CALL's first letters (do, have, you, got, know, seen, witnessed, tienes, tiene, vous,
// avez, haben, hast, tem, hai, ha); "¿" is above ASCII and left to the pattern.
const TIP_FIRST = charSet('dhygkswtva');
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
    if (opensWithFolded(text, TIP_FIRST, true) && text.includes('?') && !moreWordsThan(text, 40) && TIP_CALL.test(text))
      return endsWithAttribution(text) ? null : {};
    return (opensWithFolded(text, SERVICE_FIRST, true) && SERVICE_LINE.test(text)) ||
      (endsWithTrustPrinciples(text) && TRUST_PRINCIPLES.test(text))
      ? {}
      : null;
  },
};
