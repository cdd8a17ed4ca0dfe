/**
 * assessTranslation: the translation stage. It reads what the clean stage found (flags and
 * translation repairs), adds the checks that need the compromise parse (clauses without a
 * verb, speech verbs used the way another language uses them, a plural quantifier before a
 * singular), the entities (one person spelled two ways), the whole text (the lone first-person
 * "I" of a report) or the edit log (a space removed before punctuation), and sums it all up in
 * a `TranslationQuality`.
 *
 * It never parses: `normalizeArticle` hands it the one parse it made for the entities. Called
 * without a parse it adds only the text and edit-log checks and counts sentences by their end
 * punctuation.
 */
import { assertEntities, assertSpans, assertText, checkOptions } from '../core/errors.js';
import type { Edit, Entity, Flag, TranslationQuality } from '../core/types.js';
import type { ParsedText } from '../entities/parse.js';
import { quantifierFlags } from './agreement.js';
import { clauseFlags } from './clauses.js';
import { loneFirstPersonFlags } from './first-person.js';
import { nameFlags } from './names.js';
import { detachedPunctuationFlags } from './spacing.js';
import { translatedStyleMarks, translationQuality } from './quality.js';

/**
 * What `assessTranslation` reads besides the text.
 *
 * @example
 * const cleaned = clean('Talks resumed on Friday.');
 * const input: TranslationInput = { flags: cleaned.flags, edits: cleaned.edits, parse: parseText(cleaned.text) };
 */
export interface TranslationInput {
  /** Flags the clean stage raised on `text`. */
  flags?: readonly Flag[];
  /** The clean stage's edit log (its translation repairs count as evidence). */
  edits?: readonly Edit[];
  /** The compromise parse of `text` (`parseText(text)`), for the clause checks. */
  parse?: ParsedText;
  /** The entities of `text`: who is a person, for the name-consistency check (with `parse`). */
  entities?: readonly Entity[];
  /** ISO 639-3 code of the text; the checks read English only. Default 'eng'. */
  language?: string;
}

/**
 * The result: the flags this stage adds (offsets in `text`; `rawStart`/`rawEnd` equal
 * `start`/`end` until the caller maps them) and the article's summary.
 *
 * @example
 * const text = 'Talks resumed on Friday.';
 * const { flags, quality } = assessTranslation(text, { parse: parseText(text) });
 */
export interface TranslationAssessment {
  flags: Flag[];
  quality: TranslationQuality;
  /** Sentences counted in `text`. */
  sentences: number;
}

// prettier-ignore
const KNOWN_OPTIONS = ['flags', 'edits', 'parse', 'entities', 'language'] as const;

/**
 * Checks a cleaned English text for machine-translation damage that needs the parse or the
 * entities, and summarizes all the evidence in a `TranslationQuality`.
 *
 * @example
 * const cleaned = clean(raw);
 * const parse = parseText(cleaned.text);
 * const { flags, quality } = assessTranslation(cleaned.text, { flags: cleaned.flags, edits: cleaned.edits, parse, entities: extractEntitiesFromParse(parse) });
 * quality.likelyMachineTranslated; // false for a native English article
 */
export function assessTranslation(text: string, input?: TranslationInput): TranslationAssessment {
  assertText(text, 'assessTranslation', 'text');
  const opts = checkOptions(input, KNOWN_OPTIONS, 'assessTranslation');
  const cleanFlags = opts.flags ?? [];
  const edits = opts.edits ?? [];
  assertSpans(cleanFlags, 'assessTranslation', 'input.flags', ['start', 'end']);
  assertSpans(edits, 'assessTranslation', 'input.edits', ['start', 'end']);
  if (opts.entities !== undefined) assertEntities(opts.entities, 'assessTranslation', 'input.entities');
  const parse = opts.parse;
  if (
    parse !== undefined &&
    (typeof parse !== 'object' || parse === null || parse.text !== text || !Array.isArray(parse.tokens))
  ) {
    throw new TypeError('assessTranslation: expected input.parse to be parseText(text) of this very text');
  }
  const language = opts.language ?? 'eng';
  if (typeof language !== 'string' || !/^[a-z]{3}$/.test(language)) {
    throw new RangeError(
      `assessTranslation: input.language must be an ISO 639-3 code such as 'eng', got ${JSON.stringify(language)}`,
    );
  }
  const sentences = parse ? countParsedSentences(parse) : countSentences(text);
  const flags: Flag[] = [];
  if (language === 'eng') {
    if (parse) flags.push(...clauseFlags(parse));
    if (parse) flags.push(...nameFlags(parse, opts.entities ?? []));
    if (parse) flags.push(...quantifierFlags(parse));
    flags.push(...loneFirstPersonFlags(text));
    flags.push(...detachedPunctuationFlags(text, edits));
  }
  flags.sort((a, b) => a.start - b.start || a.end - b.end);
  const english = language === 'eng';
  const quality = translationQuality(
    english ? [...cleanFlags, ...flags] : [],
    english ? edits : [],
    sentences,
    english ? translatedStyleMarks(text) : 0,
  );
  return { flags, quality, sentences };
}

function countParsedSentences(parse: ParsedText): number {
  const seen = new Set<number>();
  for (const token of parse.tokens) seen.add(token.sentence);
  return seen.size;
}

/**
 * Sentences of a text by end punctuation (a paragraph without one counts as one).
 *
 * @example
 * countSentences('It rained. Then it stopped.\n\nHeadline'); // 3
 */
export function countSentences(text: string): number {
  let count = 0;
  for (const paragraph of text.split(/\n+/)) {
    if (!/[\p{L}\p{N}]/u.test(paragraph)) continue;
    const ends = paragraph.match(/[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}]|\s*$)/gu)?.length ?? 0;
    count += Math.max(1, ends);
  }
  return count;
}
