/**
 * flag/cognate-object — a verb whose object, a few words on, is the noun of the same stem
 * ("proposed to him some proposals", "achieved their best achievements"):
 * translation rendered a source phrase that needs one word in English ("made proposals",
 * "achieved a lot") word by word. Flagged, not repaired: which word to drop, or what was meant,
 * cannot be known.
 *
 * The noun must carry a noun ending (-al, -ion, -ation, -ment, -ance, -ence, with plural "s")
 * and come after a determiner (and at most one adjective), with nothing between the verb and
 * the determiner but a preposition and a pronoun ("to him"); the verb must be an inflected verb
 * form (-ed, -es, -s, -ing), not a noun itself. English cognate objects of
 * other shapes ("dreamed a dream", "fought the fight", "lived a life") are left alone; so are
 * agent nouns ("nominees … the nomination") and adjectives ("an integrated system").
 */
import type { FlagHit, FlagRule } from '../../rule.js';
import { paragraphWords } from './paragraph-words.js';

const DETERMINER = 'a|an|the|some|his|her|their|its|our|my|your|these|those|several|many';
// What may stand between the verb and its object: a preposition and a pronoun ("proposed to
// him"), not content words ("integrated environment for the integration": an adjective and its noun).
const BETWEEN = '(?:\\s+(?:to|for|with|on|him|her|them|us|me|it|you|also|again))';
const NOUN_ENDING = 'als|al|ations|ation|ions|ion|ments|ment|ances|ance|ences|ence';
// verb (stem of five letters or more + ending), "to him", determiner, an adjective, noun of the same stem
const VERB_THEN_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(\\p{L}{5,}?)(ed|es|s|ing)(${BETWEEN}{0,2})\\s+(?:${DETERMINER})\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}{5,}?(?:${NOUN_ENDING}))(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
// The first word is itself a noun (an agent or a noun of the same family), not a verb.
const NOT_A_VERB = /(?:ment|ments|ion|ions|al|als|ance|ances|ence|ences|ees|ers|ors|ists|ness|ity|ities)$/;
const VERB_FORM = /(?:ed|es|s|ing)$/;
const NOUN_FORM = new RegExp(`^[a-z]{5,}(?:${NOUN_ENDING})$`);
// The last letters of the noun endings (a cheap test before NOUN_FORM).
const NOUN_LAST = new Set(NOUN_ENDING.split('|').map((ending) => ending[ending.length - 1]!));
// A character the pre-scan does not read: anything past ASCII but ’ ‘ “ ” — – … and the no-break space.
const NOT_PLAIN = /[^\x00-\x7f’‘“”—–…\u00a0]/;
// Verb and noun stand at most this many words apart (two words "to him", a determiner, an adjective).
const MAX_GAP = 5;

// A cheap necessary condition of a hit, so that most paragraphs skip VERB_THEN_NOUN (a
// lookbehind tried at every position): a verb form (not NOT_A_VERB) and, at most MAX_GAP
// words on, a lowercase noun form starting with the verb's first five letters. Read on
// plain text only (no letters past ASCII); any other paragraph is a candidate. The words
// are the paragraph's word spans (paragraph-words.ts), read as offsets: a word becomes a
// string only when its letters pass the cheap tests. The pattern's verb and noun are whole
// spans (no letter, digit or apostrophe touches them), and the words between them at most
// four spans (a span that joins two words at an apostrophe only brings them closer).
function mayHaveCognate(paragraph: string): boolean {
  const { spans, count } = paragraphWords(paragraph);
  for (let j = 1; j < count; j++) if (isCognateOfSpans(paragraph, spans, j)) return true;
  if (!NOT_PLAIN.test(paragraph)) return false;
  if (MARK_OR_ASTRAL.test(paragraph)) return true;
  for (let j = 1; j < count; j++) if (isCognateOfLetterSpans(paragraph, spans, j)) return true;
  return false;
}

// The same necessary condition on a paragraph with letters past ASCII, read in the words as
// the pattern reads them. Without a mark or a character past the BMP (MARK_OR_ASTRAL, left to
// the pattern), a word span is a run of \p{L} or runs joined at an apostrophe; the pattern's
// verb and noun are each a whole run with no apostrophe beside it (the lookbehind and \s
// around the verb, \s and the lookahead around the noun), so each is a whole span, with at
// most four spans between them (two BETWEEN words, a determiner, an adjective), each also a
// whole span between spaces. So some span is a noun of NOUN_RUN, and one of the MAX_GAP spans
// before it a verb form (an ending of VERB_ENDINGS, lowercase as the pattern writes it, after
// a stem of five letters or more), no NOT_A_VERB, whose stem, lowercased and shortened as
// `find` shortens it, opens the noun lowercased.
const MARK_OR_ASTRAL = /[\p{M}\u{10000}-\u{10ffff}\ud800-\udfff]/u;
const NOUN_RUN = new RegExp(`^\\p{Ll}{5,}?(?:${NOUN_ENDING})$`, 'u');
const VERB_ENDINGS = ['ed', 'es', 's', 'ing'];
function isCognateOfLetterSpans(paragraph: string, spans: Int32Array, j: number): boolean {
  const start = spans[2 * j]!;
  const end = spans[2 * j + 1]!;
  // (NOUN_RUN's needs first: seven letters or more, the last letter of an ending.)
  if (end - start < 7 || !NOUN_LAST.has(paragraph[end - 1]!)) return false;
  const run = paragraph.slice(start, end);
  if (!NOUN_RUN.test(run)) return false;
  const noun = run.toLowerCase();
  for (let i = Math.max(0, j - MAX_GAP); i < j; i++) {
    if (spans[2 * i + 1]! - spans[2 * i]! < 6) continue;
    if (isVerbOf(paragraph.slice(spans[2 * i]!, spans[2 * i + 1]!), noun)) return true;
  }
  return false;
}
// Whether the word `verb` can be the verb of `noun` (lowercased) in a hit of `find`.
function isVerbOf(verb: string, noun: string): boolean {
  if (NOT_A_VERB.test(verb.toLowerCase())) return false;
  for (const ending of VERB_ENDINGS) {
    if (verb.length - ending.length < 5 || !verb.endsWith(ending)) continue;
    const stem = verb.slice(0, verb.length - ending.length).toLowerCase();
    if (noun.startsWith(stem.length > 5 ? stem.slice(0, stem.length - 1) : stem)) return true;
  }
  return false;
}

// Whether word j is a noun form whose verb stands among the MAX_GAP words before it.
function isCognateOfSpans(paragraph: string, spans: Int32Array, j: number): boolean {
  const start = spans[2 * j]!;
  const end = spans[2 * j + 1]!;
  // NOUN_FORM's needs first: seven letters or more, a lowercase start, the last letter of an ending.
  const first = paragraph.charCodeAt(start);
  if (end - start < 7 || first < 0x61 || first > 0x7a || !NOUN_LAST.has(paragraph[end - 1]!)) return false;
  if (!NOUN_FORM.test(paragraph.slice(start, end))) return false;
  for (let i = Math.max(0, j - MAX_GAP); i < j; i++) {
    const verbStart = spans[2 * i]!;
    const verbEnd = spans[2 * i + 1]!;
    if (verbEnd - verbStart < 6) continue;
    // The verb, lowercased, starts with the noun's first five letters (a-z, as NOUN_FORM holds).
    let k = 0;
    while (k < 5 && (paragraph.charCodeAt(verbStart + k) | 0x20) === paragraph.charCodeAt(start + k)) k++;
    if (k < 5) continue;
    const verb = paragraph.slice(verbStart, verbEnd).toLowerCase();
    if (VERB_FORM.test(verb) && !NOT_A_VERB.test(verb)) return true;
  }
  return false;
}

/**
 * Rule `flag/cognate-object`: A verb with the noun of its own stem as object ("proposed some proposals").
 *
 * @example
 * clean('The envoy proposed to him some proposals on the budget.', { rules: [cognateObjectRule] }).flags[0].text;
 * // 'proposed to him some proposals'
 */
export const cognateObjectRule: FlagRule = {
  type: 'flag',
  id: 'flag/cognate-object',
  flagKind: 'cognate-object',
  category: 'doubled-words',
  confidence: 0.6,
  description: 'A verb with the noun of its own stem as object ("proposed some proposals")',
  find(paragraph) {
    const hits: FlagHit[] = [];
    if (!mayHaveCognate(paragraph)) return hits;
    VERB_THEN_NOUN.lastIndex = 0;
    for (let m = VERB_THEN_NOUN.exec(paragraph); m; m = VERB_THEN_NOUN.exec(paragraph)) {
      const verb = (m[1]! + m[2]!).toLowerCase();
      const noun = m[4]!.toLowerCase();
      const stem = m[1]!.toLowerCase();
      // Same stem: the noun starts with the verb's stem (less a final letter that changes: "decid-e" / "decis-ion").
      const shared = stem.length > 5 ? stem.slice(0, stem.length - 1) : stem;
      if (NOT_A_VERB.test(verb) || !noun.startsWith(shared)) {
        VERB_THEN_NOUN.lastIndex = m.index + 1;
        continue;
      }
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${verb}" and "${noun}" share a stem: one source phrase translated word by word`,
      });
    }
    return hits;
  },
};
