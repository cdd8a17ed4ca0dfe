/**
 * translation/quantifier-number — a quantifier that needs a plural before a singular count
 * noun at the end of a clause ("having met all requirement.", "raised several complaint,"):
 * the source language marked the plural elsewhere or not at all, and translation kept the
 * singular. Read on the compromise parse.
 *
 * After "all", which also goes with mass nouns, a noun counts as countable when English uses its
 * plural at least as often as its singular (the shared word list's frequency bands):
 * "requirement"/"requirements" is; "all government", "all time", "all night" and "all
 * information" are not. After the others ("many", "several", "both", "these" …) the plural
 * must merely exist. Dates and durations
 * ("all week"), gerunds, names and words compromise knows as uncountable are left alone; so
 * is a noun that goes on ("all member states", where the singular is a modifier), and a
 * quantifier that opens a clause, where it stands for a noun before a verb ("…, many think,").
 */
import type { Flag } from '../core/types.js';
import type { ParsedText } from '../entities/parse.js';
import { englishBand } from '../lexicon/english-words.js';
import { PLURAL_QUANTIFIERS } from '../lexicon/quantifiers.js';

const RULE = 'translation/quantifier-number';
// prettier-ignore
const SKIP_TAGS = ['ProperNoun', 'Uncountable', 'Date', 'Duration', 'Gerund', 'Pronoun', 'Value', 'Adjective'];
// prettier-ignore
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'while', 'because', 'that', 'which', 'who', 'as', 'if', 'though', 'although', 'when', 'where']);
// The noun closes its clause: a comma, period, semicolon, colon, ! or ? after it.
const CLAUSE_END = /^[,.;:!?]/;

function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * Flags for a plural quantifier before a singular count noun that closes its clause (offsets in
 * the parsed text; `rawStart`/`rawEnd` equal to them).
 *
 * @example
 * import { parseText } from 'newsnorm/entities';
 * quantifierFlags(parseText('He was declared the winner, having satisfied all requirement.'))[0].text; // 'all requirement'
 */
export function quantifierFlags(parse: ParsedText): Flag[] {
  const flags: Flag[] = [];
  const tokens = parse.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const quantifier = tokens[i]!;
    if (!PLURAL_QUANTIFIERS.has(quantifier.text.toLowerCase()) || quantifier.post.trim() !== '') continue;
    // Inside a clause, not opening one: "…, many think," and "but few keep" use the quantifier
    // as a pronoun before a verb.
    const before = tokens[i - 1];
    if (
      !before ||
      before.sentence !== quantifier.sentence ||
      before.post.trim() !== '' ||
      CLAUSE_OPENERS.has(before.text.toLowerCase())
    )
      continue;
    const noun = tokens[i + 1]!;
    if (noun.sentence !== quantifier.sentence || !CLAUSE_END.test(noun.post) || noun.possessive) continue;
    if (!noun.tags.has('Singular') || SKIP_TAGS.some((tag) => noun.tags.has(tag)) || noun.parts > 1) continue;
    if (!/^\p{Ll}{3,}$/u.test(noun.text) || /s$/.test(noun.text)) continue;
    const singular = englishBand(noun.text);
    const plural = englishBand(pluralOf(noun.text));
    // "all" also goes with mass nouns ("all government"): there the plural must be as common.
    if (singular < 0 || plural < 0 || (quantifier.text.toLowerCase() === 'all' && plural < singular)) continue;
    flags.push({
      kind: 'quantifier-number',
      rule: RULE,
      category: 'grammar',
      confidence: 0.6,
      message: `"${quantifier.text}" needs a plural, "${noun.text}" is singular: the plural was lost in translation`,
      text: parse.text.slice(quantifier.start, noun.end),
      start: quantifier.start,
      end: noun.end,
      rawStart: quantifier.start,
      rawEnd: noun.end,
    });
  }
  return flags;
}
