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
import { asciiWordKey, isAsciiLetter, isLetterAt } from '../core/word-scan.js';

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

// The same for the words written in a-z only, keyed by their letters in base 32 (a = 1), in
// a chained hash table: bucket b holds its first entry (-1 for none), entry e the key
// ASCII_KEY[e], its mask and the bucket's next entry (-1 ends a chain). No a-z word longer
// than LONGEST_ASCII letters (6) is in a list, so a scan builds no key beyond that.
const ASCII_WORDS = [...MASKS].filter(([word]) => /^[a-z]+$/.test(word));
const LONGEST_ASCII = Math.max(...ASCII_WORDS.map(([word]) => word.length));
const BUCKET_BITS = 10;
const bucketOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - BUCKET_BITS);
const ASCII_BUCKET = new Int16Array(1 << BUCKET_BITS).fill(-1);
const ASCII_KEY = new Float64Array(ASCII_WORDS.length);
const ASCII_MASK = new Int32Array(ASCII_WORDS.length);
const ASCII_NEXT = new Int16Array(ASCII_WORDS.length);
ASCII_WORDS.forEach(([word, mask], e) => {
  const key = asciiWordKey(word, 0, word.length);
  ASCII_KEY[e] = key;
  ASCII_MASK[e] = mask;
  ASCII_NEXT[e] = ASCII_BUCKET[bucketOf(key)]!;
  ASCII_BUCKET[bucketOf(key)] = e;
});

// The mask of the a-z word whose asciiWordKey is `key` (0 for a word in no list).
function asciiMask(key: number): number {
  for (let e = ASCII_BUCKET[bucketOf(key)]!; e >= 0; e = ASCII_NEXT[e]!)
    if (ASCII_KEY[e] === key) return ASCII_MASK[e]!;
  return 0;
}

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
  const hits = new Int32Array(LANGUAGES.length);
  const sampleHits = new Int32Array(LANGUAGES.length);
  const stopBit = stopLanguage === undefined ? -1 : LANGUAGES.indexOf(stopLanguage);
  const stopAt = stopBit < 0 ? Infinity : Math.ceil(stopShare * sample);
  const words = countFunctionWords(text, sample, stopBit, stopAt, false, hits, sampleHits);
  return { words, hits, sample, sampleWords: Math.min(words, sample), sampleHits, complete: !stoppedEarly };
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
  const head = text.length > sample * 10 ? text.slice(0, sample * 10) : text;
  const hits = HAS_HITS.fill(0);
  const words = countFunctionWords(head, sample, bit, needed, true, hits, HAS_SAMPLE_HITS.fill(0));
  return words > 0 && (hits[bit]! >= needed || hits[bit]! / words >= minShare);
}

// Scratch counts of hasFunctionWords.
const HAS_HITS = new Int32Array(LANGUAGES.length);
const HAS_SAMPLE_HITS = new Int32Array(LANGUAGES.length);

// Lowercasing maps every UTF-16 unit to one unit of the same letterness, independent of its
// neighbours, except 'İ' (two units) and 'Σ' (final sigma depends on context). So up to the
// first word holding one of those two, the words of text.toLowerCase() are the lowercased
// words of text at the same offsets, and only the short words need lowering; from that word
// on, the words are read from the whole text lowered, as the word lists expect.
const DOTTED_CAPITAL_I = 0x130;
const CAPITAL_SIGMA = 0x3a3;

// Whether the last countFunctionWords stopped before the end of its text.
let stoppedEarly = false;

// Counts the function words of `text`, per language, into `hits` (all words read) and
// `sampleHits` (the first `sample` words), and returns the number of words read. Words are
// as scanWordsWhile finds them (runs of letters, an apostrophe between letters inside), each
// looked up as lowercased. Stops (setting stoppedEarly) where the caller has its answer: for
// tallyFunctionWords, when sampleHits[stopBit] reaches stopAt within the sample; for
// hasFunctionWords (`has`), when hits[stopBit] reaches stopAt or `sample` words are read.
// One pass, each character read once and letters below 0x80 tested inline: an a-z word's
// asciiWordKey is built while its end is sought (up to LONGEST_ASCII letters: a longer a-z
// word is in no list); only a word with other letters, of at most LONGEST, is sliced and
// lowercased for the map.
function countFunctionWords(
  text: string,
  sample: number,
  stopBit: number,
  stopAt: number,
  has: boolean,
  hits: Int32Array,
  sampleHits: Int32Array,
): number {
  let source = text;
  let lowered = false;
  let length = source.length;
  let words = 0;
  let i = 0;
  stoppedEarly = false;
  for (;;) {
    let c = 0;
    for (; ; i++) {
      if (i >= length) return words;
      c = source.charCodeAt(i);
      if (c < 0x80 ? isAsciiLetter(c) : isLetterAt(source, i)) break;
    }
    const start = i;
    let key = 0;
    let ascii = true; // no letter beyond A-Z and a-z, no apostrophe
    // Most words are A-Z and a-z alone: their letters are read in a tight loop first. The
    // word goes on past them only at another letter or an apostrophe between letters, read
    // by the loop below (entered as it would have come to that character).
    let more = true;
    if (isAsciiLetter(c)) {
      do {
        if (i - start < LONGEST_ASCII) key = key * 32 + ((c | 0x20) - 0x60);
        if (++i >= length) break;
        c = source.charCodeAt(i);
      } while (isAsciiLetter(c));
      more = false;
      if (i < length) {
        if (c >= 0x80 && isLetterAt(source, i)) more = true;
        else if ((c === 0x27 || c === 0x2019) && i + 1 < length && isLetterAt(source, i + 1)) {
          ascii = false;
          i++;
          c = source.charCodeAt(i);
          more = true;
        }
      }
    }
    while (more) {
      if (c < 0x80) {
        if (i - start < LONGEST_ASCII) key = key * 32 + ((c | 0x20) - 0x60);
      } else {
        ascii = false;
        if ((c === DOTTED_CAPITAL_I || c === CAPITAL_SIGMA) && !lowered) {
          // See above: from this word on, the words of the text lowered.
          source = text.toLowerCase();
          length = source.length;
          lowered = true;
          i = start;
          c = source.charCodeAt(i);
          key = 0;
          ascii = true;
          continue;
        }
      }
      i++;
      if (i >= length) break;
      c = source.charCodeAt(i);
      if (c < 0x80 ? isAsciiLetter(c) : isLetterAt(source, i)) continue;
      if ((c === 0x27 || c === 0x2019) && i + 1 < length && isLetterAt(source, i + 1)) {
        ascii = false;
        i++;
        c = source.charCodeAt(i);
        continue;
      }
      break;
    }
    const letters = i - start;
    let mask = 0;
    if (ascii) mask = letters <= LONGEST_ASCII ? asciiMask(key) : 0;
    else if (letters <= LONGEST) {
      const word = source.slice(start, i);
      mask = MASKS.get(lowered ? word : word.toLowerCase()) ?? 0;
    }
    // source[i], when there is one, is no letter: the next word starts after it.
    i++;
    words++;
    const inSample = words <= sample;
    for (let bit = 0; mask; bit++, mask >>>= 1) {
      if (!(mask & 1)) continue;
      hits[bit]!++;
      if (inSample) sampleHits[bit]!++;
    }
    if (
      has ? hits[stopBit]! >= stopAt || words >= sample : inSample && stopBit >= 0 && sampleHits[stopBit]! >= stopAt
    ) {
      stoppedEarly = true;
      return words;
    }
  }
}
