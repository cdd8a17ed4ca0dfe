/**
 * flag/first-person-report — a first-person pronoun in reported speech outside quotation
 * marks ("The American reiterated that I was not going to accept…"): translation turned
 * "he" into "I". Flagged, not rewritten: the pronoun's person cannot be recovered safely.
 * "we" is left alone: native reporting uses it for the readers or the country ("notes that
 * we are at a rare moment").
 */
import type { FlagHit, FlagRule } from '../../rule.js';
import { quotedRegions } from './quoted-regions.js';
import { REPORTED_SPEECH_PATTERN } from '../../../lexicon/speech-verbs.js';

// A reporting verb (the shared speech-verb table), or "told" and its listener, then "that I".
const REPORTED_FIRST_PERSON = new RegExp(
  `\\b(?:${REPORTED_SPEECH_PATTERN}|told (?:\\p{Lu}\\p{L}+|him|her|them|reporters|journalists))\\s+that\\s+(I)\\b`,
  'gu',
);

// What every match contains, found by a literal scan before the full pattern runs.
const QUICK = /that\s+I\b/;

/**
 * Rule `flag/first-person-report`: First-person pronoun after "said that" outside quotes (a translation error).
 *
 * @example
 * clean("The American reiterated that I was not going to accept it.", { rules: [firstPersonRule] }).flags[0].text; // "reiterated that I"
 */
export const firstPersonRule: FlagRule = {
  type: 'flag',
  id: 'flag/first-person-report',
  flagKind: 'first-person-in-reported-speech',
  category: 'grammar',
  confidence: 0.6,
  description: 'First-person pronoun after "said that" outside quotes (a translation error)',
  requiresChars: ['I'],
  find(paragraph) {
    const hits: FlagHit[] = [];
    if (!QUICK.test(paragraph)) return hits;
    let inQuote: ((offset: number) => boolean) | null = null;
    REPORTED_FIRST_PERSON.lastIndex = 0;
    for (let m = REPORTED_FIRST_PERSON.exec(paragraph); m; m = REPORTED_FIRST_PERSON.exec(paragraph)) {
      inQuote ??= quotedRegions(paragraph);
      if (inQuote(m.index)) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `First-person "${m[1]}" in reported speech: the translation probably changed the pronoun`,
      });
    }
    return hits;
  },
};
