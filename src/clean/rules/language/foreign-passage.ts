/**
 * foreign-language/passage — a paragraph in another language or script than the article
 * (an untranslated tweet, a quote left in the original), removed with its language code.
 * A quotation the article introduces stays: one that opens with a quote mark under a kept line
 * ending in a colon ("The union leader told the crowd:"), or above its bracketed translation.
 *
 * Guarded against false alarms: a paragraph must have enough letters to judge; a paragraph
 * in the article's script must also have few of the article language's function words and
 * be identified as another language with confidence. Names in another script inside an
 * English sentence do not make the sentence foreign (the script must hold most letters).
 *
 * Function-word lists overlap ('a', 'no', 'de', 'in'), so a Spanish paragraph has a few
 * "English" function words too; it is still foreign when another language's function-word
 * share is at least 15% and twice the article language's own share. The other way round, a
 * headline of the article's language has few function words and the trigram detector may
 * name another language for it: a line in the article's script is foreign only when the
 * detector is sure or the line holds that language's stopwords (see `readsAs`).
 *
 * Scripts are weighed by what a letter carries (letterWeight): a Han or Kana character is about
 * a word's syllable, a Hangul block a syllable, not a Latin letter's sound. Japanese is
 * written in Kana and Han together: a kanji-heavy line of a Japanese article ("商標法違反")
 * or a line naming a product ("「iPhone」は、Apple Inc.の商標です。") is not foreign.
 */
import { nearestKeptAbove, type BlockContext, type BlockRule } from '../../rule.js';
import { detectLanguage, detectLanguageOf, type LanguageResult } from '../../../language/detect.js';
import {
  FUNCTION_WORD_LANGUAGES,
  hasFunctionWords,
  tallyFunctionWords,
  tallyReadsAs,
  type FunctionWordTally,
} from '../../../language/function-words.js';
import { moreWordsThan } from '../../shape.js';
import { stopwordShare } from '../../../language/stopwords.js';
import {
  countScripts,
  dominantScript,
  hasLettersOf,
  letterWeight,
  scriptOfLanguage,
  writtenOnlyIn,
  type ScriptCensus,
  type ScriptName,
} from '../../../language/scripts.js';

// Scripts an article in a language is also written in, beside its main one.
const ALSO_WRITTEN_IN: Record<string, readonly ScriptName[]> = { jpn: ['Han'] };
const MIN_LETTERS = 20;
/** The fewest words a paragraph in the article's script is judged on (fewer say too little). */
export const MIN_WORDS_SAME_SCRIPT = 8;
const CLEAR_SHARE = 0.2;
// Lines shorter than this have their word count asked first (see foreignLanguageOf).
const SHORT_LINE = 80;

/**
 * Rule `foreign-language/passage`: Paragraphs in another language or script than the article; the edit records the language.
 *
 * @example
 * clean("Putin spoke.\n\nБайден выразил сожаление, что не смог увидеться лично с Путиным.", { rules: [foreignPassageRule] }).text; // "Putin spoke."
 */
export const foreignPassageRule: BlockRule = {
  type: 'block',
  id: 'foreign-language/passage',
  category: 'foreign-language',
  description: 'Paragraphs in another language or script than the article; the edit records the language',
  textOnly: true,
  match(block, context) {
    const language = foreignLanguageOf(block.text, context.language);
    if (language === null) return null;
    // A quotation the article introduces is the article's, in whatever language it was said.
    return OPENS_QUOTE.test(block.text) && isIntroducedQuote(block.index, context) ? null : { language };
  },
};

const OPENS_QUOTE = /^[([]?[“"«„‘'»‹]/u;
const OPENS_TRANSLATION = /^[([]/u;
// Blocks looked over for the kept line above (bounded).
const MAX_LOOK_BACK = 3;

// The kept line above ends in a colon ("The minister wrote on X:"), or the line below opens
// a bracketed translation ("(“We will not give up”)").
function isIntroducedQuote(index: number, context: BlockContext): boolean {
  const next = context.blocks[index + 1];
  if (next && OPENS_TRANSLATION.test(next.text)) return true;
  const above = nearestKeptAbove(context, index, MAX_LOOK_BACK);
  return above >= 0 && context.blocks[above]!.text.endsWith(':');
}

/**
 * The language a paragraph is in when it is not `language` (ISO 639-3), by the test the rule
 * `foreign-language/passage` applies (see the module header): 'und' for another script the
 * detector cannot name, null when the paragraph reads as `language` or is too short to judge. The clean stage also asks it of a short page's prose
 * (article-language.ts): a body cannot be foreign to itself.
 *
 * @example
 * foreignLanguageOf('La vivienda es un derecho y no un negocio, y por eso vamos a proteger a las familias, dijo la ministra.', 'eng'); // 'spa'
 * foreignLanguageOf('The minister said the housing law would protect families who cannot pay rent.', 'eng'); // null
 */
export function foreignLanguageOf(text: string, language: string): string | null {
  // Each letter is at least one UTF-16 unit: a shorter paragraph has too few to judge.
  if (text.length < MIN_LETTERS) return null;
  const articleScript = scriptOfLanguage(language);
  const also = ALSO_WRITTEN_IN[language];
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  const whole = sample === text;
  // The tests up to the whole paragraph's census all answer null, so they run cheapest first.
  // Most paragraphs are written in the article's script alone, which a native scan tells
  // (writtenOnlyIn): for such a sample the census would only say whether it has MIN_LETTERS
  // letters, which hasLettersOf asks natively, last. Other samples take the census.
  const pure = writtenOnlyIn(sample, articleScript);
  const head = pure ? undefined : countScripts(sample);
  if (head && whole && head.letters < MIN_LETTERS) return null; // too little to judge
  const inArticleScript = pure || dominantScript(head!) === articleScript;
  // A short paragraph in the article's script is never judged (see MIN_WORDS_SAME_SCRIPT below).
  // Both this test and the fast path below answer null: a short line's word count (memoized,
  // and mostly taken by other rules already) is asked before its function words are counted;
  // a longer paragraph's is asked after, as counting all its words would cost more.
  const shortLine = inArticleScript && whole && sample.length < SHORT_LINE;
  if (shortLine && !moreWordsThan(sample, MIN_WORDS_SAME_SCRIPT - 1)) return null;
  // Fast path: a paragraph that opens in the article's script with its function words is
  // the article's language. Its function words are counted once for the questions below (and
  // for detection when the sample is the whole paragraph). A fifth of the words are the
  // article language's function words: no other list can outweigh that twice over in a real
  // paragraph, so the count stops there.
  const tally = inArticleScript ? tallyFunctionWords(sample, language, CLEAR_SHARE) : undefined;
  if (tally && tallyReadsAs(tally, language, CLEAR_SHARE)) return null;
  if (!shortLine && inArticleScript && whole && !moreWordsThan(sample, MIN_WORDS_SAME_SCRIPT - 1)) return null;
  if (pure && whole && !hasLettersOf(sample, articleScript, MIN_LETTERS)) return null; // too little to judge
  const otherByWords = tally && tallyReadsAs(tally, language) ? otherLanguageByWords(tally, language) : undefined;
  if (otherByWords === null) return null;

  // The paragraph's script (weighted, see weightedDominant) and its share. One written in the
  // article's script alone is in that script wholly; read whole as the sample, it was found
  // to have MIN_LETTERS letters above.
  let script: ScriptName;
  let share: number;
  if (whole ? pure : writtenOnlyIn(text, articleScript)) {
    if (!whole && !hasLettersOf(text, articleScript, MIN_LETTERS)) return null;
    script = articleScript;
    share = 1;
  } else {
    const census = whole ? head! : countScripts(text);
    if (census.letters < MIN_LETTERS) return null;
    ({ script, share } = weightedDominant(census));
  }
  // Another script the article's language is also written in (Han in Japanese) is its own.
  if (script !== articleScript && also?.includes(script)) return null;
  if (script !== articleScript) {
    if (share < 0.6) return null;
    const detectionText = detectionSample(text);
    return (detectionText === sample ? detectLanguageOf(detectionText, head) : detectLanguage(detectionText)).language;
  }
  // Same script: decide on words, and only for paragraphs long enough to judge. (A paragraph
  // read whole as the sample in the article's script was counted above: its answers stand.)
  const countedWhole = inArticleScript && whole;
  if (!countedWhole && !moreWordsThan(text, MIN_WORDS_SAME_SCRIPT - 1)) return null;
  if (!countedWhole && otherByWords === undefined && hasFunctionWords(text, language)) return null;
  // Read whole, the sample is the detection sample: its census (when taken) and tally stand for it.
  const detected = countedWhole ? detectLanguageOf(sample, head, tally) : detectLanguage(detectionSample(text));
  if (detected.language === 'und' || detected.language === language || detected.confidence < 0.5) return null;
  return readsAs(text, detected, language) ? detected.language : null;
}

/**
 * True when `text` is clearly in `language`: a fifth of its first words are the language's
 * function words (or, for a language without that list, a third are its stopwords). No
 * paragraph this holds for is called foreign to that language.
 *
 * @example
 * isClearlyIn('The council said the plan would go ahead in the spring.', 'eng'); // true
 * isClearlyIn('Rząd przyjął we wtorek projekt ustawy o mieszkalnictwie.', 'eng'); // false
 */
export function isClearlyIn(text: string, language: string): boolean {
  return FUNCTION_WORD_LANGUAGES.includes(language)
    ? hasFunctionWords(text, language, CLEAR_SHARE)
    : stopwordShare(text, language) >= CLEAR_STOPWORD_SHARE;
}
const CLEAR_STOPWORD_SHARE = 0.3;

// A line the trigram detector calls another language may be a headline of the article's own,
// with few function words ("Brenlo dockers held over pay deal in August"): it is that language
// only when the detector is sure of it, or the line holds that language's stopwords (a third of
// its words, or more than it holds of the article language's).
const SURE = 0.95;
const MIN_STOPWORD_SHARE = 0.15;
const FULL_STOPWORD_SHARE = 0.3;
function readsAs(text: string, detected: LanguageResult, articleLanguage: string): boolean {
  if (detected.confidence >= SURE) return true;
  const share = stopwordShare(text, detected.language);
  return share >= FULL_STOPWORD_SHARE || (share >= MIN_STOPWORD_SHARE && share > stopwordShare(text, articleLanguage));
}

// The script with the most weighted letters and its weighted share (letterWeight).
function weightedDominant(census: ScriptCensus): { script: ScriptName; share: number } {
  let script: ScriptName = 'Other';
  let best = 0;
  let total = 0;
  for (const [name, count] of Object.entries(census.counts) as Array<[ScriptName, number]>) {
    const weight = count * letterWeight(name);
    total += weight;
    if (weight > best) [script, best] = [name, weight];
  }
  return { script, share: total ? best / total : 0 };
}

// With the article language's function words present: the language whose function words
// clearly outweigh them (share >= 0.15 and twice the article's), or null when none does.
function otherLanguageByWords(tally: FunctionWordTally, language: string): string | null {
  const { words, hits } = tally;
  if (words < MIN_WORDS_SAME_SCRIPT) return null;
  const ownBit = FUNCTION_WORD_LANGUAGES.indexOf(language);
  const own = ownBit >= 0 ? hits[ownBit]! / words : 0;
  let best: string | null = null;
  let bestShare = 0;
  for (let bit = 0; bit < FUNCTION_WORD_LANGUAGES.length; bit++) {
    const share = hits[bit]! / words;
    if (bit !== ownBit && share > bestShare) {
      best = FUNCTION_WORD_LANGUAGES[bit]!;
      bestShare = share;
    }
  }
  return best && bestShare >= 0.15 && bestShare >= 2 * own ? best : null;
}

// Trigram detection is linear in its input and settles well within a few hundred characters;
// a long paragraph is judged on its first 600 (cut at a space).
const DETECTION_CHARS = 600;
function detectionSample(text: string): string {
  if (text.length <= DETECTION_CHARS) return text;
  const cut = text.lastIndexOf(' ', DETECTION_CHARS);
  return text.slice(0, cut > DETECTION_CHARS / 2 ? cut : DETECTION_CHARS);
}
