/**
 * detectLanguage: the language (ISO 639-3) and script of a passage.
 *
 * Four signals, cheapest and most reliable first:
 * 1. Unicode script: Greek, Hebrew, Hangul, Kana, Han, Thai, Georgian, Armenian, Bengali,
 *    Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala and Ethiopic each name
 *    one language outright (and name it only: see SCRIPT_NAMED).
 * 2. Function words: a passage whose words are largely one language's closed-class words
 *    is in that language, however short (this is what franc gets wrong on short English).
 * 3. Letters found in one Cyrillic alphabet only (Ukrainian ї є ґ, Belarusian ў, Serbian ђ ћ).
 * 4. franc-min trigrams, restricted to a candidate list of news languages (never Scots,
 *    Javanese or Fula for a line of English), for the rest.
 */
import { assertText, checkOptions, showValue } from '../core/errors.js';
import { FUNCTION_WORD_LANGUAGES, tallyFunctionWords, type FunctionWordTally } from './function-words.js';
import { STOPWORD_LANGUAGES } from './stopwords.js';
import {
  countScripts,
  dominantScript,
  hasLettersOf,
  writtenOnlyIn,
  type ScriptCensus,
  type ScriptName,
} from './scripts.js';
import { topTrigrams } from './trigrams.js';

/**
 * Options of `detectLanguage`.
 *
 * @example
 * detectLanguage(text, { only: ['eng', 'spa'], minLength: 20 });
 */
export interface LanguageOptions {
  /** ISO 639-3 codes to choose from. Default: DEFAULT_LANGUAGE_CANDIDATES. */
  only?: readonly string[];
  /** Passages with fewer letters than this are 'und' (undetermined). Default 10. */
  minLength?: number;
}

/**
 * What `detectLanguage` returns.
 *
 * @example
 * const r: LanguageResult = { language: 'eng', script: 'Latin', confidence: 0.9, method: 'function-words' };
 */
export interface LanguageResult {
  /** ISO 639-3 code, or 'und' when the passage is too short or has no letters. */
  language: string;
  /** Dominant script of the passage's letters. */
  script: ScriptName;
  /** Heuristic certainty in 0..1 (share of the script, of function words, or franc's margin). */
  confidence: number;
  /** Which signal decided. */
  method: 'script' | 'function-words' | 'trigrams' | 'none';
}

/**
 * Languages considered by default: the major languages of world news media.
 *
 * @example
 * DEFAULT_LANGUAGE_CANDIDATES.includes('eng'); // true
 */
export const DEFAULT_LANGUAGE_CANDIDATES: readonly string[] = Object.freeze([
  'eng',
  'spa',
  'fra',
  'deu',
  'ita',
  'por',
  'nld',
  'pol',
  'tur',
  'ron',
  'ind',
  'vie',
  'swe',
  'hun',
  'ces',
  'hrv',
  'rus',
  'ukr',
  'bel',
  'bul',
  'srp',
  'kaz',
  'arb',
  'pes',
  'urd',
  'hin',
  'mar',
  'npi',
  'ell',
  'heb',
  'kor',
  'jpn',
  'cmn',
  'tha',
  'kat',
  'hye',
  'ben',
  'pan',
  'guj',
  'tam',
  'tel',
  'kan',
  'mal',
  'sin',
  'amh',
]);

// Scripts used by a single language among the candidates (Bengali also writes Assamese and
// Ethiopic Tigrinya, neither a candidate).
const SINGLE_LANGUAGE_SCRIPT: Partial<Record<ScriptName, string>> = {
  Greek: 'ell',
  Hebrew: 'heb',
  Hangul: 'kor',
  Kana: 'jpn',
  Han: 'cmn',
  Thai: 'tha',
  Georgian: 'kat',
  Armenian: 'hye',
  Bengali: 'ben',
  Gurmukhi: 'pan',
  Gujarati: 'guj',
  Tamil: 'tam',
  Telugu: 'tel',
  Kannada: 'kan',
  Malayalam: 'mal',
  Sinhala: 'sin',
  Ethiopic: 'amh',
};

// prettier-ignore
const KNOWN_OPTIONS = ['only', 'minLength'] as const;

// The codes `only` may name: the default candidates and the languages with a stopword list.
const KNOWN_LANGUAGES: ReadonlySet<string> = new Set([...DEFAULT_LANGUAGE_CANDIDATES, ...STOPWORD_LANGUAGES].sort());

/**
 * Detects the language of a passage.
 *
 * @example
 * detectLanguage('The Kremlin said the talks were frank.').language; // 'eng'
 * detectLanguage('Байден выразил сожаление').language;               // 'rus'
 */
export function detectLanguage(text: string, options?: LanguageOptions): LanguageResult {
  assertText(text, 'detectLanguage');
  const opts = checkOptions(options, KNOWN_OPTIONS, 'detectLanguage');
  const only = opts.only ?? DEFAULT_LANGUAGE_CANDIDATES;
  // The default list is frozen and valid; the clean stage asks with it for hundreds of paragraphs a page.
  if (only !== DEFAULT_LANGUAGE_CANDIDATES) checkCandidates(only);
  const minLength = opts.minLength ?? 10;
  if (typeof minLength !== 'number' || !(minLength >= 0)) {
    throw new RangeError(`detectLanguage: options.minLength must be a number >= 0, got ${showValue(minLength)}`);
  }

  return detectFrom(text, only, minLength);
}

/**
 * `detectLanguage(text)` with the default options, for a caller that has already taken the
 * text's script census (`countScripts(text)`, or undefined when it has not) and, maybe, its
 * function-word tally (`tallyFunctionWords(text)`, complete): the text is not read again for
 * them.
 *
 * @example
 * const text = 'The Kremlin said the talks were frank.';
 * detectLanguageOf(text, countScripts(text)).language; // 'eng'
 */
export function detectLanguageOf(
  text: string,
  census: ScriptCensus | undefined,
  tally?: FunctionWordTally,
): LanguageResult {
  return detectFrom(text, DEFAULT_LANGUAGE_CANDIDATES, 10, census, tally);
}

function detectFrom(
  text: string,
  only: readonly string[],
  minLength: number,
  given?: ScriptCensus,
  tally?: FunctionWordTally,
): LanguageResult {
  // A text written in Latin letters alone, with enough of them, goes to the Latin signals,
  // which read nothing else of a census: its script and letter count are asked natively
  // (writtenOnlyIn, hasLettersOf), not counted. Other texts take the census.
  if (!given && writtenOnlyIn(text, 'Latin') && hasLettersOf(text, 'Latin', Math.max(1, minLength))) {
    return detectLatin(text, only, tally);
  }
  const census = given ?? countScripts(text);
  const script = dominantScript(census);
  if (census.letters === 0 || census.letters < minLength) {
    return { language: 'und', script, confidence: 0, method: 'none' };
  }
  const scriptShare = (census.counts[script] ?? 0) / census.letters;

  // Japanese mixes Han with Kana; any Kana among Han letters means Japanese.
  const single = script === 'Han' && (census.counts.Kana ?? 0) > 0 ? 'jpn' : SINGLE_LANGUAGE_SCRIPT[script];
  if (single && only.includes(single)) {
    return { language: single, script, confidence: scriptShare, method: 'script' };
  }

  if (script === 'Latin') return detectLatin(text, only, tally);

  if (script === 'Cyrillic') {
    const byLetters = cyrillicByLetters(text);
    if (byLetters && only.includes(byLetters))
      return { language: byLetters, script, confidence: scriptShare, method: 'script' };
  }
  return byTrigrams(text, only, script);
}

// A text mostly in Latin letters, with enough of them: function words, then trigrams.
function detectLatin(text: string, only: readonly string[], tally?: FunctionWordTally): LanguageResult {
  const byWords = bestByFunctionWords(tally ?? tallyFunctionWords(text), only);
  if (byWords) return { ...byWords, script: 'Latin', method: 'function-words' };
  return byTrigrams(text, only, 'Latin');
}

// The languages a script names (SINGLE_LANGUAGE_SCRIPT). franc-min names them by its own count
// of scripts, over the first 2,048 characters only: in a mixed text whose census found more
// letters of another script (an English text after a long Bengali opening), it would name one
// of them with full confidence. The trigram path gives such a language only for its own script.
const SCRIPT_NAMED: ReadonlySet<string> = new Set(Object.values(SINGLE_LANGUAGE_SCRIPT));

function byTrigrams(text: string, only: readonly string[], script: ScriptName): LanguageResult {
  const [top, second] = topTrigrams(text, only);
  if (!top || top[0] === 'und' || (SCRIPT_NAMED.has(top[0]) && SINGLE_LANGUAGE_SCRIPT[script] !== top[0])) {
    return { language: 'und', script, confidence: 0, method: 'none' };
  }
  const margin = second ? 1 - second[1] : 1;
  return { language: top[0], script, confidence: Math.min(1, Math.max(0, margin * 4)), method: 'trigrams' };
}

// options.only must be a non-empty array of known ISO 639-3 codes.
function checkCandidates(only: readonly string[]): void {
  if (!Array.isArray(only) || only.some((code) => typeof code !== 'string')) {
    throw new TypeError('detectLanguage: expected options.only to be an array of ISO 639-3 codes');
  }
  // [] would lift the restriction in franc; 'en' (ISO 639-1) would quietly match nothing.
  if (only.length === 0)
    throw new RangeError('detectLanguage: options.only is empty (leave it out to use DEFAULT_LANGUAGE_CANDIDATES)');
  const unknown = only.find((code) => !KNOWN_LANGUAGES.has(code));
  if (unknown !== undefined) {
    throw new RangeError(
      `detectLanguage: unknown language code ${JSON.stringify(unknown)} in options.only (known ISO 639-3 codes: ${[...KNOWN_LANGUAGES].join(', ')})`,
    );
  }
}

// Letters of one Cyrillic alphabet only: Ukrainian ґ є ї (and і without Russian ы э),
// Belarusian ў, Serbian ђ ћ џ љ њ; Russian ы and э (which Ukrainian, Bulgarian and Serbian do
// not write) when they outnumber ъ (a vowel in Bulgarian, rare in Russian: a Bulgarian line
// quoting one Russian name stays Bulgarian) and no Kazakh letter is there. Trigram models
// confuse these languages on short text.
function cyrillicByLetters(text: string): string | null {
  if (/[ґєїҐЄЇ]/.test(text) || (/[іІ]/.test(text) && !/[ыэЫЭ]/.test(text) && !/[ўЎ]/.test(text))) return 'ukr';
  if (/[ўЎ]/.test(text)) return 'bel';
  if (/[ђћџљњЂЋЏЉЊ]/.test(text)) return 'srp';
  if (/[ыэЫЭ]/.test(text) && !/[әғқңөұүһӘҒҚҢӨҰҮҺ]/.test(text)) {
    const russian = text.match(/[ыэЫЭ]/g)!.length;
    if (russian > (text.match(/[ъЪ]/g)?.length ?? 0)) return 'rus';
  }
  return null;
}

// A language wins on function words when at least 15% of the words are its function words
// and it has at least twice the share of the runner-up (lists overlap: 'a', 'de', 'in').
function bestByFunctionWords(
  tally: FunctionWordTally,
  only: readonly string[],
): { language: string; confidence: number } | null {
  const { words, hits } = tally;
  if (words < 3) return null;
  let best = '';
  let bestShare = 0;
  let secondShare = 0;
  for (let bit = 0; bit < FUNCTION_WORD_LANGUAGES.length; bit++) {
    const language = FUNCTION_WORD_LANGUAGES[bit]!;
    if (!only.includes(language)) continue;
    const share = hits[bit]! / words;
    if (share > bestShare) {
      secondShare = bestShare;
      bestShare = share;
      best = language;
    } else if (share > secondShare) secondShare = share;
  }
  if (best && bestShare >= 0.15 && bestShare >= 2 * secondShare) {
    return { language: best, confidence: Math.min(1, bestShare * 2.5) };
  }
  return null;
}
