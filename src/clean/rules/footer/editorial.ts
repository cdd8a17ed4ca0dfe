/**
 * footer/editorial — the outlet's own service lines under an article: editorial-standards
 * links ("Our Standards: The Thomson Reuters Trust Principles.", "Editorial guidelines"),
 * reuse and reprint links ("Reuse this content", "Reprints & permissions"), and feedback
 * or correction prompts ("Send us your feedback", "Report an error"). Whole-line patterns:
 * "Our standards are high, the minister said." is a sentence and stays.
 */
import { lineRule } from '../../rule.js';

/**
 * Rule `footer/editorial`: Editorial-standards, reuse/reprint and feedback lines ("Our Standards: …", "Reuse this content", "Send us your feedback").
 *
 * @example
 * clean("Putin spoke.\n\nReuse this content", { rules: [editorialRule] }).text; // "Putin spoke."
 */
export const editorialRule = lineRule(
  'footer/editorial',
  'footer',
  'Editorial-standards, reuse/reprint and feedback lines ("Our Standards: …", "Reuse this content", "Send us your feedback")',
  /^(?:(?:our |editorial )(?:standards|guidelines|principles|values|ethics policy|policies)(?:\s*:\s*\S.{0,120}|\.)?|(?:the )?[\p{L} ]{0,30}trust principles\.?|(?:reuse|republish|license|syndicate) this (?:content|article|story)|reprints?(?:\s*(?:&|and)\s*permissions)?|(?:send us|give us|share) (?:your )?feedback|(?:send|give) feedback|feedback|(?:report|spotted) an? (?:error|typo|mistake|correction)\??|(?:submit|request) a correction|corrections? policy)$/iu,
);
