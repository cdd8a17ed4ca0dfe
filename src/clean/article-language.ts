/**
 * The article's language, read from its body: the longest prose blocks of the page decide,
 * not the caller's hint and not the page's menus. Only passages in *another* language than
 * this are foreign; a Portuguese article keeps its Portuguese. A page with too little long prose to
 * vote keeps the hint unless most of its letters are in a script the hint's language is not
 * written in (a three-line Japanese or Russian article is not English), or most of its
 * paragraphs would be removed as another language's (a three-paragraph Spanish brief is not
 * English: its body cannot be foreign to itself).
 */
import { detectLanguage } from '../language/detect.js';
import { countScripts, scriptOfLanguage } from '../language/scripts.js';
import { foreignLanguageOf, isClearlyIn, MIN_WORDS_SAME_SCRIPT } from './rules/language/foreign-passage.js';
import { moreWordsThan } from './shape.js';
import type { Block } from './segment.js';

const SAMPLE_CHARS = 2000;
const MIN_PROSE_CHARS = 80;
const HINT_SHARE = 0.4;
const MIN_OVERRIDE_CHARS = 250;
const OTHER_SCRIPT_SHARE = 0.6;

/**
 * Detects the language of the page's prose: its longest blocks (up to 2,000 characters, 600 of each) vote
 * with their length. `hint` (ISO 639-3) is used when the prose is too short or unclear.
 *
 * @example
 * articleLanguage(segment('Menu\n\nO presidente disse que a proposta será votada na próxima semana pelo Congresso.'), 'eng'); // 'por'
 */
export function articleLanguage(blocks: readonly Block[], hint: string): string {
  // The longest blocks first, until the sample is full; then back in page order.
  const order = blocks
    .map((block, i) => [i, block.text.length] as const)
    .filter(([, length]) => length >= MIN_PROSE_CHARS)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const picked: number[] = [];
  let chars = 0;
  for (const [i, length] of order) {
    if (chars >= SAMPLE_CHARS) break;
    picked.push(i);
    chars += length;
  }
  // Each block votes for its language with its length (a vote of a confident detection
  // counts fully, an unsure one by its confidence); the language with most weight wins.
  const votes = new Map<string, number>();
  let total = 0;
  for (let k = 0; k < picked.length; k++) {
    // Detection is the costly part: once the hint holds its share against the most the
    // blocks left could weigh, it stands whatever they are, and they need not be read.
    if ((votes.get(hint) ?? 0) >= HINT_SHARE * totalBound(blocks, picked, k, total)) return hint;
    const text = blocks[picked[k]!]!.text;
    const detected = detectLanguage(text.length > 600 ? text.slice(0, 600) : text);
    const weight = Math.min(text.length, 600) * Math.min(1, 0.25 + detected.confidence);
    total += weight;
    if (detected.language !== 'und') votes.set(detected.language, (votes.get(detected.language) ?? 0) + weight);
  }
  if (chars < MIN_OVERRIDE_CHARS) return shortPageLanguage(blocks, hint);
  // The hint stands while a good part of the prose is in it (an English report quoting a
  // long Spanish paragraph is still English).
  if ((votes.get(hint) ?? 0) >= HINT_SHARE * total) return hint;
  let best = hint;
  let bestWeight = 0;
  for (const [language, weight] of votes) if (weight > bestWeight) [best, bestWeight] = [language, weight];
  // Another language takes over only with most of enough prose behind it.
  return bestWeight >= 0.5 * total ? best : hint;
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
  const { letters, counts } = countScripts(sample);
  const inHintScript = counts[scriptOfLanguage(hint)] ?? 0;
  if (letters === 0) return hint;
  if (letters - inHintScript < OTHER_SCRIPT_SHARE * letters) return proseLanguage(blocks, hint);
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

// An upper bound of the final vote total: each block left weighs at most its sample length,
// added in the same order as the votes are (rounding is monotonic, so the bound holds exactly).
function totalBound(blocks: readonly Block[], picked: readonly number[], from: number, total: number): number {
  let bound = total;
  for (let k = from; k < picked.length; k++) bound += Math.min(blocks[picked[k]!]!.text.length, 600);
  return bound;
}
