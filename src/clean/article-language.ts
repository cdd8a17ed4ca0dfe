/**
 * The article's language, read from its body: the prose blocks of the page's main run of
 * prose decide (else its longest prose blocks), not the caller's hint and not the page's
 * menus or the chrome around the article. Only passages in *another* language than
 * this are foreign; a Portuguese article keeps its Portuguese. A page with too little long prose to
 * vote keeps the hint unless most of its letters are in a script the hint's language is not
 * written in (a three-line Japanese or Russian article is not English), or most of its
 * paragraphs would be removed as another language's (a three-paragraph Spanish brief is not
 * English: its body cannot be foreign to itself).
 *
 * Prose is measured in an alphabet's letters' worth (proseSize): a Han or Kana character
 * weighs UNSPACED_LETTER_WEIGHT and a Hangul syllable SYLLABLE_LETTER_WEIGHT, so a Chinese,
 * Japanese or Korean article of short paragraphs is as much prose as an English one, and
 * English menus around it do not outvote it.
 *
 * The vote is taken before the rules know the page's chrome for chrome, so after a cleaning
 * clean() asks rereadLanguage whether the page should be read again in another language, and
 * readsBetter whether that second reading is the article.
 */
import { detectLanguage, type LanguageResult } from '../language/detect.js';
import {
  countScripts,
  dominantScript,
  hasWeightedLetters,
  scriptOfLanguage,
  UNSPACED_LETTER_WEIGHT,
  weightedLetters,
  writtenOnlyIn,
  type ScriptName,
} from '../language/scripts.js';
import { foreignLanguageOf, isClearlyIn, MIN_WORDS_SAME_SCRIPT } from './rules/language/foreign-passage.js';
import { moreWordsThan } from './shape.js';
import type { Edit } from '../core/types.js';
import type { Block } from './segment.js';

// Sizes in an alphabet's letters' worth (proseSize).
const SAMPLE_CHARS = 2000;
const MIN_PROSE_CHARS = 80;
// The main run is where the article is: less of its prose is enough to decide.
const MIN_RUN_OVERRIDE_CHARS = 150;
const HINT_SHARE = 0.4;
const MIN_OVERRIDE_CHARS = 250;
const OTHER_SCRIPT_SHARE = 0.6;

/**
 * Detects the language of the page's prose. The page's main run of prose decides first (the
 * body is mostly one contiguous run of paragraphs; an English cookie banner or copyright line
 * above or below a Greek article is not part of it); a page without enough prose in one run
 * falls back to its longest blocks (up to 2,000 characters, 600 of each), which vote with their
 * length. `hint` (ISO 639-3) is used when the prose is too short or unclear.
 *
 * @example
 * articleLanguage(segment('Menu\n\nO presidente disse que a proposta será votada na próxima semana pelo Congresso.'), 'eng'); // 'por'
 */
export function articleLanguage(blocks: readonly Block[], hint: string): string {
  // (A block of RUN_LINE_COST / UNSPACED_LETTER_WEIGHT characters or fewer costs the run
  // whatever its letters, and is no prose: it is measured by its length.)
  const sizes = blocks.map(({ text }) =>
    text.length * UNSPACED_LETTER_WEIGHT > RUN_LINE_COST ? proseSize(text) : text.length,
  );
  const [from, to] = mainProseRun(sizes);
  const inRun: number[] = [];
  for (let i = from; i <= to; i++) if (sizes[i]! >= MIN_PROSE_CHARS) inRun.push(i);
  const run = vote(blocks, sizes, inRun, hint, MIN_RUN_OVERRIDE_CHARS);
  if (run.sampled >= MIN_RUN_OVERRIDE_CHARS) return run.language;
  const long: number[] = [];
  for (let i = 0; i < sizes.length; i++) if (sizes[i]! >= MIN_PROSE_CHARS) long.push(i);
  const page = vote(blocks, sizes, long, hint, MIN_OVERRIDE_CHARS);
  return page.sampled >= MIN_OVERRIDE_CHARS ? page.language : shortPageLanguage(blocks, hint);
}

// The main run of prose: the stretch of blocks whose sizes less RUN_LINE_COST each sum the
// most (menus, labels and link lists cost, paragraphs pay; a subheading or a caption between
// two paragraphs is bridged). The first of equal stretches; [0, -1] for a page without text.
const RUN_LINE_COST = 40;
function mainProseRun(sizes: readonly number[]): [number, number] {
  let best: [number, number] = [0, -1];
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += sizes[i]! - RUN_LINE_COST;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  }
  return best;
}

// The candidates vote, the longest first until SAMPLE_CHARS are sampled: each for its
// language with its size (a confident detection's vote counts fully, an unsure one by its
// confidence). The hint stands while a good part of the vote is its (an English report quoting
// a long Spanish paragraph is still English); another language takes over only with most of
// it. `sampled` is the size of the prose sampled: under `enough`, no vote is taken and the
// caller looks further.
function vote(
  blocks: readonly Block[],
  sizes: readonly number[],
  candidates: readonly number[],
  hint: string,
  enough: number,
): { language: string; sampled: number } {
  const order = [...candidates].sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const picked: number[] = [];
  let sampled = 0;
  for (const i of order) {
    if (sampled >= SAMPLE_CHARS) break;
    picked.push(i);
    sampled += sizes[i]!;
  }
  if (sampled < enough) return { language: hint, sampled };
  const votes = new Map<string, number>();
  let total = 0;
  for (let k = 0; k < picked.length; k++) {
    // Detection is the costly part: once the hint holds its share against the most the
    // blocks left could weigh, it stands whatever they are, and they need not be read.
    if ((votes.get(hint) ?? 0) >= HINT_SHARE * totalBound(sizes, picked, k, total)) return { language: hint, sampled };
    const text = blocks[picked[k]!]!.text;
    const detected = detectLanguage(text.length > 600 ? text.slice(0, 600) : text);
    const weight = Math.min(sizes[picked[k]!]!, 600) * Math.min(1, 0.25 + detected.confidence);
    total += weight;
    if (detected.language !== 'und') votes.set(detected.language, (votes.get(detected.language) ?? 0) + weight);
  }
  if ((votes.get(hint) ?? 0) >= HINT_SHARE * total) return { language: hint, sampled };
  let best = hint;
  let bestWeight = 0;
  for (const [language, weight] of votes) if (weight > bestWeight) [best, bestWeight] = [language, weight];
  return { language: bestWeight >= 0.5 * total ? best : hint, sampled };
}

// Too little long prose to outvote the hint: a page whose letters are mostly in a script the
// hint's language is not written in is not in that language (a short Japanese article under
// the default English hint), so the whole page's text decides. In the hint's script, the
// paragraphs long enough for the foreign-passage test decide as that test would judge them:
// when most of their text is one other language and too little reads as the hint to keep it
// (HINT_SHARE, as in the vote), the page is in that language, since removing all that as
// foreign would leave no article. Shorter paragraphs (menus, labels) are not asked.
function shortPageLanguage(blocks: readonly Block[], hint: string): string {
  let sample = '';
  for (const block of blocks) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${block.text}\n`;
  }
  const otherScript = mostlyInOtherScript(sample, scriptOfLanguage(hint));
  if (otherScript === undefined) return hint;
  if (!otherScript) return proseLanguage(blocks, hint);
  const detected = detectLanguage(sample);
  return detected.language === 'und' ? hint : detected.language;
}

// The language most of a short page's judged paragraphs are foreign in (see above), else the
// hint. A paragraph that is neither foreign nor clearly in the hint (a line of names and
// results, a paragraph with one word that happens to be the hint's) counts half for the hint:
// the caller expects it, and nothing on the page says otherwise.
function proseLanguage(blocks: readonly Block[], hint: string): string {
  const foreign = new Map<string, number>();
  let sampled = 0;
  let hintChars = 0;
  let foreignChars = 0;
  for (const block of blocks) {
    if (sampled >= SAMPLE_CHARS) break;
    const { text } = block;
    if (!moreWordsThan(text, MIN_WORDS_SAME_SCRIPT - 1)) continue;
    sampled += text.length;
    const language = foreignLanguageOf(text, hint);
    if (language === null || language === 'und') {
      hintChars += isClearlyIn(text, hint) ? text.length : text.length / 2;
      continue;
    }
    foreign.set(language, (foreign.get(language) ?? 0) + text.length);
    foreignChars += text.length;
  }
  const voted = hintChars + foreignChars;
  if (voted === 0 || hintChars >= HINT_SHARE * voted) return hint;
  let best = hint;
  let bestChars = 0;
  for (const [language, chars] of foreign) if (chars > bestChars) [best, bestChars] = [language, chars];
  return bestChars >= 0.5 * voted ? best : hint;
}

// An upper bound of the final vote total: each block left weighs at most its capped size,
// added in the same order as the votes are (rounding is monotonic, so the bound holds exactly).
function totalBound(sizes: readonly number[], picked: readonly number[], from: number, total: number): number {
  let bound = total;
  for (let k = from; k < picked.length; k++) bound += Math.min(sizes[picked[k]!]!, 600);
  return bound;
}

/**
 * A text's prose in an alphabet's letters' worth: its length, each Han, Kana or Hangul letter
 * counting its letterWeight (see scripts.ts). Text without them is its length.
 *
 * @example
 * proseSize('Hello'); // 5
 * proseSize('总理表示'); // 12
 */
export function proseSize(text: string): number {
  if (!hasWeightedLetters(text)) return text.length;
  const census = countScripts(text);
  return text.length + weightedLetters(census) - census.letters;
}

// What went as other languages must outweigh the prose kept as the article language's own
// this many times over before the page is read again in theirs.
const OUTWEIGH_FACTOR = 2;

/**
 * The language to read a page in again after a cleaning in `language`, when that is not the
 * language of the article it found (its body cannot be foreign to itself), else null:
 * - the passages it removed as foreign outweigh the prose it kept as `language`'s own (a
 *   brief of one-sentence paragraphs framed by a long cookie banner and copyright line in the
 *   hint's language, which the language vote read before the rules knew them for chrome):
 *   the language they are detected as together;
 * - most of the text it kept is in a script `language` is not written in (a Chinese brief of
 *   lines too short to vote, framed the same way): the language that text is detected as.
 * readsBetter then says whether the second reading is the article.
 *
 * @example
 * const result = clean('Menu\n\nO presidente disse que a proposta será votada na próxima semana.');
 * rereadLanguage(result.edits, result.text, result.metadata.language); // null: nothing says otherwise
 */
export function rereadLanguage(edits: readonly Edit[], kept: string, language: string): string | null {
  return outweighedBy(edits, kept, language) ?? keptInOtherScript(kept, language);
}

function outweighedBy(edits: readonly Edit[], kept: string, language: string): string | null {
  let removed = '';
  let total = 0;
  for (const edit of edits) {
    if (edit.category !== 'foreign-language' || edit.language === undefined || edit.language === 'und') continue;
    removed += edit.before;
    total += proseSize(edit.before);
  }
  if (total === 0 || OUTWEIGH_FACTOR * ownProseSize(kept, language, total / OUTWEIGH_FACTOR) >= total) return null;
  // Together the passages say their language better than each alone (a one-line Russian
  // sentence may read as Bulgarian).
  const detected = detectSample(removed).language;
  return detected === 'und' || detected === language ? null : detected;
}

function keptInOtherScript(kept: string, language: string): string | null {
  const script = scriptOfLanguage(language);
  // Most pages keep text in their language's script alone, which one native scan tells.
  if (writtenOnlyIn(kept, script)) return null;
  const sample = kept.length > SAMPLE_CHARS ? kept.slice(0, SAMPLE_CHARS) : kept;
  if (!mostlyInOtherScript(sample, script)) return null;
  const detected = detectLanguage(sample).language;
  return detected === 'und' || detected === language ? null : detected;
}

// Whether most of a text's letters (OTHER_SCRIPT_SHARE of them, weighed by letterWeight) are
// in another script than `script`; undefined for a text without letters.
function mostlyInOtherScript(text: string, script: ScriptName): boolean | undefined {
  const census = countScripts(text);
  const letters = weightedLetters(census);
  if (letters === 0) return undefined;
  return letters - weightedLetters(census, script) >= OTHER_SCRIPT_SHARE * letters;
}

// Detection of a text's first SAMPLE_CHARS: a language shows by then.
const detectSample = (text: string): LanguageResult =>
  detectLanguage(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text);

/**
 * Whether a second reading of a page in `language` (after rereadLanguage) is the article: it
 * keeps no less prose than the first reading in `firstLanguage`, and more of it its own. A
 * paragraph is the second reading's own when it is clearly in its language (isClearlyIn), the
 * first language's foreign-passage test calls it that language (Vietnamese prose has too few
 * of its stopwords to be clearly in it), or, for a language in another script than the
 * first's, it is written mostly in that script (a Chinese line too short for the test); and
 * all the paragraphs not clearly in the first language are, when together they are detected
 * as the language with confidence. The first reading's own is counted by ownProseSize. In the
 * first's script the second reading's own prose must also reach MIN_RUN_OVERRIDE_CHARS: a few
 * lines of a results table that hold Spanish function words in names are no Spanish article.
 *
 * @example
 * readsBetter('Σεισμός σημειώθηκε χθες το βράδυ.', 'ell', 'Sport', 'eng'); // true
 * readsBetter('3. El Mehdi de la Torre 13:05.02', 'spa', '1. Tom Harker 48.91', 'eng'); // false
 */
export function readsBetter(text: string, language: string, firstText: string, firstLanguage: string): boolean {
  const script = scriptOfLanguage(language);
  const sameScript = script === scriptOfLanguage(firstLanguage);
  let own = 0;
  let unclear = '';
  for (const paragraph of text.split('\n')) {
    if (
      isClearlyIn(paragraph, language) ||
      (!sameScript && writtenMostlyIn(paragraph, script)) ||
      foreignLanguageOf(paragraph, firstLanguage) === language
    )
      own += proseSize(paragraph);
    if (paragraph && !isClearlyIn(paragraph, firstLanguage)) unclear += `${paragraph}\n`;
  }
  // Together, the paragraphs not clearly in the first language may say what each is too
  // short to (a Turkish brief's one-line sentences).
  if (unclear.length > own) {
    const detected = detectSample(unclear);
    if (detected.language === language && detected.confidence >= CONFIDENT) own = Math.max(own, proseSize(unclear));
  }
  return (
    (!sameScript || own >= MIN_RUN_OVERRIDE_CHARS) &&
    own > ownProseSize(firstText, firstLanguage) &&
    proseSize(text) >= proseSize(firstText)
  );
}
// A results table's names read as Spanish or Italian at about 0.01; a brief at 0.9 and more.
const CONFIDENT = 0.5;

// The prose of a cleaned text's paragraphs that are its language's own, in an alphabet's
// letters' worth: clearly in it (isClearlyIn), or, for a language written in another script
// than Latin, written mostly in that script (Japanese and Chinese have no stopword list to be
// clearly in, and a Japanese sentence is Japanese).
function ownProseSize(text: string, language: string, enough = Infinity): number {
  const script = scriptOfLanguage(language);
  let size = 0;
  // Paragraph by paragraph, until `enough` is reached: a caller asking "at least this much?"
  // has its answer then, and an article's kept text is mostly its own.
  for (let start = 0; start < text.length && size < enough;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const paragraph = text.slice(start, end);
    if (isClearlyIn(paragraph, language) || (script !== 'Latin' && writtenMostlyIn(paragraph, script)))
      size += proseSize(paragraph);
    start = end + 1;
  }
  return size;
}

const writtenMostlyIn = (text: string, script: ScriptName): boolean => dominantScript(countScripts(text)) === script;
