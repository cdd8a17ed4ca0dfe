/**
 * Firms named by their trade: a founder's name or a coined word, then "Design", "Studio",
 * "Music" or the like ("Lenka Varsky Design", "Balvane Studio"; TRADE_FIRM_HEADS). No person's name
 * ends in such a word, and a known place before it names a fair ("Milan Design Week"), common
 * words a field ("Interior Design"). The tagger often reads the founder's name alone as a
 * person and leaves the trade out; `tradeFirmSpans` gives the whole name, `isTradeFirmName`
 * tells the rules (rules.ts `head/trade-firm`). So does a company's name opened by the word for a
 * group in a Romance language ("Groupe Varnel", GROUP_OPENERS), which the tagger reads as a
 * foreign word.
 */
import { bare, boundaryBetween, oneSpaceBetween } from './candidates.js';
import { isKnownPlaceName } from './countries.js';
import type { Token } from './parse.js';
import { coveredTokens, typedSpan, type SpanContext } from './spans.js';
import type { TaggedSpan } from './tagger/model.js';
import { isGivenNameWord, isPersonNameWord } from './vocabulary.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { GROUP_OPENERS, TRADE_FIRM_HEADS } from '../lexicon/name-parts.js';

/** Most words before the trade ("Lenka Varsky Design" has two). */
const MAX_NAME_WORDS = 3;

/**
 * Whether the words name a firm by its trade: one to three capitalized words, each a person's
 * name (a given name among them) or no English word, no known place, then a word of TRADE_FIRM_HEADS.
 *
 * @example
 * isTradeFirmName(parseText('Lenka Varsky Design').tokens); // true
 * isTradeFirmName(parseText('Interior Design').tokens); // false
 */
export function isTradeFirmName(words: readonly Token[]): boolean {
  if (isGroupName(words)) return true;
  if (words.length < 2 || words.length > MAX_NAME_WORDS + 1 || !TRADE_FIRM_HEADS.has(bare(words[words.length - 1]!)))
    return false;
  const before = words.slice(0, -1);
  if (isKnownPlaceName(before.map((t) => t.text).join(' '))) return false;
  return before.every(
    (t) =>
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      !t.possessive &&
      (isPersonNameWord(bare(t)) || isGivenNameWord(bare(t)) || !isEnglishWord(bare(t))),
  );
}

/** "Groupe Varnel": a word of GROUP_OPENERS, capitalized, then one to three capitalized words. */
function isGroupName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > MAX_NAME_WORDS + 1 || !GROUP_OPENERS.has(bare(words[0]!))) return false;
  return words.every((t) => /^\p{Lu}/u.test(t.text)) && !words[0]!.possessive;
}

/**
 * The spans with each firm named by its trade whole: a capitalized trade word no span holds,
 * after a span of the name's words (the tagger's "Balvane" alone) or after free capitalized
 * words (the longest run that names a firm), makes one organization's span with them. One pass
 * over the tokens.
 *
 * @example
 * tradeFirmSpans(ctx, spans); // "Balvane" (PER) + "Studio" -> "Balvane Studio" (ORG)
 */
export function tradeFirmSpans(ctx: SpanContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { source, tokens } = ctx;
  const taken = coveredTokens(tokens.length, spans);
  const endingAt = new Map<number, TaggedSpan>(spans.map((s) => [s.last, s]));
  const replaced = new Set<TaggedSpan>();
  const added: TaggedSpan[] = [];
  tokens.forEach((t, i) => {
    if (taken[i] || i === 0 || !/^\p{Lu}/u.test(t.text) || !TRADE_FIRM_HEADS.has(bare(t))) return;
    if (boundaryBetween(source, tokens[i - 1]!, t) || !oneSpaceBetween(source, tokens[i - 1]!, t)) return;
    const name = endingAt.get(i - 1);
    let first = i;
    if (name) first = name.first;
    else {
      while (first > i - MAX_NAME_WORDS && first > 0 && !taken[first - 1] && /^\p{Lu}/u.test(tokens[first - 1]!.text)) {
        if (boundaryBetween(source, tokens[first - 1]!, tokens[first]!)) break;
        first--;
      }
      // "The Brevane Studio": words that open the run but name nothing are left out
      while (first < i && !isTradeFirmName(tokens.slice(first, i + 1))) first++;
    }
    if (first === i || !isTradeFirmName(tokens.slice(first, i + 1))) return;
    if (name) replaced.add(name);
    added.push(typedSpan(ctx, first, i, 'ORG'));
  });
  // "Groupe" + "Varnel": the opener joins the name after it (the tagger's span, or free capitalized words)
  const startingAt = new Map<number, TaggedSpan>(spans.map((s) => [s.first, s]));
  const firms = coveredTokens(tokens.length, added);
  tokens.forEach((t, i) => {
    const n = tokens[i + 1];
    if (taken[i] || firms[i] || !n || !GROUP_OPENERS.has(bare(t)) || !/^\p{Lu}/u.test(t.text)) return;
    if (boundaryBetween(source, t, n) || !oneSpaceBetween(source, t, n)) return;
    const name = startingAt.get(i + 1);
    let last = name ? name.last : i;
    if (!name)
      while (
        last < i + MAX_NAME_WORDS &&
        last + 1 < tokens.length &&
        !taken[last + 1] &&
        /^\p{Lu}/u.test(tokens[last + 1]!.text)
      ) {
        if (
          boundaryBetween(source, tokens[last]!, tokens[last + 1]!) ||
          !oneSpaceBetween(source, tokens[last]!, tokens[last + 1]!)
        )
          break;
        last++;
      }
    if (last === i || !isGroupName(tokens.slice(i, last + 1))) return;
    if (name) replaced.add(name);
    added.push(typedSpan(ctx, i, last, 'ORG'));
  });
  if (added.length === 0) return spans as TaggedSpan[];
  return [...spans.filter((s) => !replaced.has(s)), ...added].sort((a, b) => a.first - b.first);
}
