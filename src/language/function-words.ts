/**
 * Function-word share: the fraction of a passage's words that are closed-class words
 * (articles, prepositions, pronouns, auxiliaries) of a language.
 *
 * Trigram models such as franc are unreliable on short passages (franc-min calls short
 * English lines Spanish, Javanese or Fula), while a sentence in a language almost always
 * contains several of its function words. The share is therefore a cheap first check and
 * a guard against misdetection before a passage is called foreign. All languages are
 * counted in one pass over the words.
 */
import { asciiWordKey, isLetterAt } from '../core/word-scan.js';

// The most frequent closed-class words per language (lowercase). Short on purpose: these
// alone cover roughly a third of running text in each language.
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  eng: 'the of and to a in is that for it on was with as he be by at are this from his have not but had has they were an which or their been will would its who also more after there than said she her we i you our them about into when can no',
  spa: 'el la de que y en los se del las un por con no una su para es al lo como más pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos también fue había era muy hasta desde',
  fra: 'le la de et les des en un une du est que qui dans pour pas au sur il ne se plus par avec ce sont elle ont été mais aux nous ou cette leur comme son sa ses',
  deu: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum',
  ita: 'di e il la che in a per un è del non le una da si con i sono al gli della lo ha come più ma anche nel alla se dei questo',
  por: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo',
  nld: 'de het een van en in is dat op te zijn voor met die niet aan er om ook als bij door maar naar dan wordt nog uit werd over',
};
const LANGUAGES = Object.keys(FUNCTION_WORDS);
const LONGEST = 7;

// word → bit mask of the languages it is a function word of.
const MASKS = new Map<string, number>();
LANGUAGES.forEach((language, bit) => {
  for (const word of FUNCTION_WORDS[language]!.split(' ')) MASKS.set(word, (MASKS.get(word) ?? 0) | (1 << bit));
});

// The same for the words written in a-z only, keyed by their letters in base 32 (a = 1).
const ASCII_MASKS = new Map<number, number>();
for (const [word, mask] of MASKS) {
  if (/^[a-z]+$/.test(word)) ASCII_MASKS.set(asciiWordKey(word, 0, word.length), mask);
}
// The keys' low 16 bits: a word whose key is not marked here is in no list.
const ASCII_FILTER = new Uint8Array(0x10000);
for (const key of ASCII_MASKS.keys()) ASCII_FILTER[key & 0xffff] = 1;

/**
 * A passage's function words counted once for every question asked of them: its words and,
 * per language (in FUNCTION_WORD_LANGUAGES order), how many are the language's function
 * words, over all its words and over its first `sample` words. `complete` is false when the
 * scan stopped early (see `tallyFunctionWords`); then only the sample counts are read.
 *
 * @example
 * const tally: FunctionWordTally = tallyFunctionWords('The talks will be held in Geneva');
 */
export interface FunctionWordTally {
  words: number;
  hits: Int32Array;
  sample: number;
  sampleWords: number;
  sampleHits: Int32Array;
  complete: boolean;
}

/**
 * The languages with function-word lists, in the order of `FunctionWordTally.hits`.
 *
 * @example
 * FUNCTION_WORD_LANGUAGES.includes('eng'); // true
 */
export const FUNCTION_WORD_LANGUAGES: readonly string[] = Object.freeze([...LANGUAGES]);

/**
 * Counts the function words of every language in `text` in one pass (see FunctionWordTally).
 * With `stopLanguage`, the scan stops as soon as that language holds `stopShare` of the first
 * `sample` words for certain (what `hasFunctionWords(text, stopLanguage, stopShare)` would
 * answer true on), since a caller asking that needs nothing more.
 *
 * @example
 * tallyFunctionWords('The talks will be held in Geneva').words; // 7
 */
export function tallyFunctionWords(text: string, stopLanguage?: string, stopShare = 1, sample = 60): FunctionWordTally {
  const { source, lowered } = wordSource(text);
  const hits = new Int32Array(LANGUAGES.length);
  const sampleHits = new Int32Array(LANGUAGES.length);
  const stopBit = stopLanguage === undefined ? -1 : LANGUAGES.indexOf(stopLanguage);
  const stopAt = stopBit < 0 ? Infinity : Math.ceil(stopShare * sample);
  let words = 0;
  let complete = true;
  scanMasks(source, lowered, (mask) => {
    words++;
    const inSample = words <= sample;
    for (let bit = 0; mask; bit++, mask >>>= 1) {
      if (!(mask & 1)) continue;
      hits[bit]!++;
      if (inSample) sampleHits[bit]!++;
    }
    if (inSample && stopBit >= 0 && sampleHits[stopBit]! >= stopAt) complete = false;
    return complete;
  });
  return { words, hits, sample, sampleWords: Math.min(words, sample), sampleHits, complete };
}

/**
 * What `hasFunctionWords(text, language, minShare, tally.sample)` answers, read from a tally
 * of a text of at most `tally.sample * 10` characters (the length hasFunctionWords reads whole).
 *
 * @example
 * tallyReadsAs(tallyFunctionWords('The talks were held in Geneva on Tuesday.'), 'eng'); // true
 */
export function tallyReadsAs(tally: FunctionWordTally, language: string, minShare = 0.08): boolean {
  const bit = LANGUAGES.indexOf(language);
  if (bit < 0) return false;
  // hasFunctionWords stops at `needed` hits or `sample` words: its hits and words are those
  // of the first `sample` words, or `needed` or more hits, which answer true either way.
  const needed = Math.ceil(minShare * tally.sample);
  const hits = tally.sampleHits[bit]!;
  return tally.sampleWords > 0 && (hits >= needed || hits / tally.sampleWords >= minShare);
}

/**
 * True when `text` reads as `language` by its function words: at least `minShare` of the
 * first `sample` words are the language's function words. Stops as soon as it knows, so
 * an ordinary paragraph costs a dozen words, not a full scan.
 *
 * @example
 * hasFunctionWords('The talks were held in Geneva on Tuesday.', 'eng'); // true
 */
export function hasFunctionWords(text: string, language: string, minShare = 0.08, sample = 60): boolean {
  const bit = LANGUAGES.indexOf(language);
  if (bit < 0) return false;
  const needed = Math.ceil(minShare * sample);
  // Words average under ten characters: the first sample*10 characters hold the sample.
  const { source, lowered } = wordSource(text.length > sample * 10 ? text.slice(0, sample * 10) : text);
  const languageBit = 1 << bit;
  let words = 0;
  let hits = 0;
  scanMasks(source, lowered, (mask) => {
    words++;
    if (mask & languageBit) hits++;
    return hits < needed && words < sample;
  });
  return words > 0 && (hits >= needed || hits / words >= minShare);
}

// Lowercasing maps every UTF-16 unit to one unit of the same letterness, independent of its
// neighbours, except 'İ' (two units) and 'Σ' (final sigma depends on context). Without those
// two, the words of text.toLowerCase() are the lowercased words of text, so only the short
// words need lowering; with them, the whole text is lowered first, as the word lists expect.
const CONTEXT_DEPENDENT_LOWERCASE = /[\u0130\u03a3]/;

function wordSource(text: string): { source: string; lowered: boolean } {
  return CONTEXT_DEPENDENT_LOWERCASE.test(text)
    ? { source: text.toLowerCase(), lowered: true }
    : { source: text, lowered: false };
}

// Calls visit(mask) for each word of source as scanWordsWhile finds them (runs of letters,
// an apostrophe between letters inside), with the bit mask of the word as lowercased (0 for
// none, and for words longer than LONGEST, which no list holds), until visit returns false.
// One pass: a word's asciiWordKey is built while its end is sought, and the key's low bits
// are tested against ASCII_FILTER before the map (most words of a text are in no list).
function scanMasks(source: string, lowered: boolean, visit: (mask: number) => boolean): void {
  const length = source.length;
  let i = 0;
  while (i < length) {
    if (!isLetterAt(source, i)) {
      i++;
      continue;
    }
    const start = i;
    let key = 0; // asciiWordKey, -1 once a character is no A-Z or a-z
    for (;;) {
      const c = source.charCodeAt(i) | 0x20;
      key = key >= 0 && c >= 0x61 && c <= 0x7a ? key * 32 + (c - 0x60) : -1;
      i++;
      if (i >= length) break;
      if (isLetterAt(source, i)) continue;
      const d = source.charCodeAt(i);
      if ((d === 0x27 || d === 0x2019) && i + 1 < length && isLetterAt(source, i + 1)) {
        key = -1;
        i++;
        continue;
      }
      break;
    }
    let mask: number | undefined;
    if (i - start <= LONGEST) {
      if (key >= 0) mask = ASCII_FILTER[key & 0xffff] === 1 ? ASCII_MASKS.get(key) : undefined;
      else {
        const word = source.slice(start, i);
        mask = MASKS.get(lowered ? word : word.toLowerCase());
      }
    }
    if (!visit(mask ?? 0)) return;
  }
}
