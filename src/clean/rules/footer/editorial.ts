/**
 * footer/editorial — the outlet's own service lines under an article: editorial-standards
 * links ("Our Standards: The Thomson Reuters Trust Principles.", "Editorial guidelines"),
 * reuse and reprint links ("Reuse this content", "Reprints & permissions"), and feedback
 * or correction prompts ("Send us your feedback", "Report an error"). Whole-line patterns:
 * "Our standards are high, the minister said." is a sentence and stays.
 */
import type { BlockRule } from '../../rule.js';
import { charSet, opensWithFolded } from '../../shape.js';

const MAX_LENGTH = 300;

// The whole-line pattern in two: the lines that open with one of their words, and the trust
// principles line, which opens with any words before its name ("The Thomson Reuters Trust
// Principles."). A line matches the rule when it matches either (the alternatives of one
// anchored pattern, split).
const SERVICE_LINE =
  /^(?:(?:our |editorial )(?:standards|guidelines|principles|values|ethics policy|policies)(?:\s*:\s*\S.{0,120}|\.)?|(?:reuse|republish|license|syndicate) this (?:content|article|story)|reprints?(?:\s*(?:&|and)\s*permissions)?|(?:send us|give us|share) (?:your )?feedback|(?:send|give) feedback|feedback|(?:report|spotted) an? (?:error|typo|mistake|correction)\??|(?:submit|request) a correction|corrections? policy)$/iu;
const TRUST_PRINCIPLES = /^(?:the )?[\p{L} ]{0,30}trust principles\.?$/iu;
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
 * Rule `footer/editorial`: Editorial-standards, reuse/reprint and feedback lines ("Our Standards: …", "Reuse this content", "Send us your feedback").
 *
 * @example
 * clean("Putin spoke.\n\nReuse this content", { rules: [editorialRule] }).text; // "Putin spoke."
 */
export const editorialRule: BlockRule = {
  type: 'block',
  id: 'footer/editorial',
  category: 'footer',
  description:
    'Editorial-standards, reuse/reprint and feedback lines ("Our Standards: …", "Reuse this content", "Send us your feedback")',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block) {
    const { text } = block;
    if (text.length > MAX_LENGTH) return null;
    return (opensWithFolded(text, SERVICE_FIRST, true) && SERVICE_LINE.test(text)) ||
      (endsWithTrustPrinciples(text) && TRUST_PRINCIPLES.test(text))
      ? {}
      : null;
  },
};
