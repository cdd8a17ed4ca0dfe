/**
 * page/* — the page-level article extractor as a clean rule: scores every block of the page
 * (features.ts, model.ts), finds the article region and removes what lies outside it or
 * scores as chrome inside it. Each removal names its place and carries the evidence.
 *
 * Ids: `page/before-article` (menus, headers, teasers above the article),
 * `page/after-article` (footers, link lists below it), `page/comments` and `page/related`
 * (what follows a comments or related-stories heading after the article),
 * `page/inside-article` (a low-scoring block inside the region: a caption, a promo line).
 * On input that is no whole page it removes only a comment thread below the article
 * (`page/comments`, see commentThreadBelow).
 */
import type { BlockContext, PageRemoval, PageRule } from '../rule.js';
import { isTimestampLine } from '../rules/boilerplate/chrome.js';
import { isCommentControls, pageFeatures, type BlockStats, type CueKind, type PageInput } from './features.js';
import {
  decodeRegion,
  looksLikeWholePage,
  regionCues,
  scoreBlocks,
  titleRepeatsHeadline,
  type PageModel,
} from './model.js';
import { PAGE_MODEL } from './weights.js';

/**
 * Every id the extractor's removals carry.
 *
 * @example
 * PAGE_RULE_IDS.includes('page/after-article'); // true
 */
// prettier-ignore
export const PAGE_RULE_IDS = ['page/before-article', 'page/after-article', 'page/inside-article', 'page/comments', 'page/related'] as const;

/**
 * The page as the block rules left it: block texts, removals and the article language.
 *
 * @example
 * const page = pageInputOf(context);
 */
export function pageInputOf(context: BlockContext): PageInput {
  // Filled in loops: an array that Array.prototype.map returns does not always have the same
  // elements kind, and code optimized for one is thrown away on the other.
  const texts: string[] = [];
  const removed: boolean[] = [];
  for (const b of context.blocks) {
    texts.push(b.text);
    removed.push(context.isRemoved(b.index));
  }
  return { texts, removed, language: context.language };
}

/**
 * Decides which kept blocks of a page go, with the model given (default: the fitted one).
 *
 * @example
 * const removals = extractArticle(pageInputOf(context));
 */
export function extractArticle(page: PageInput, model: PageModel = PAGE_MODEL): PageRemoval[] {
  const n = page.texts.length;
  if (n === 0) return [];
  const eligible: boolean[] = [];
  for (let i = 0; i < page.removed.length; i++) eligible.push(!page.removed[i]);
  const features = pageFeatures(page);
  const { stats, cues } = features;
  // Short lines the block rules already removed count too: they were the page's chrome.
  const all: boolean[] = [];
  const sentenceEnd: boolean[] = [];
  for (const s of stats) {
    all.push(true);
    sentenceEnd.push(s.sentenceEnd);
  }
  const titled = () => titleRepeatsHeadline(page.texts, features.headline);
  if (!looksLikeWholePage(stats, all, titled)) return commentThreadBelow(page.texts, stats, cues, eligible);
  const p = scoreBlocks(features, model);
  // A typed array: one elements kind on every page (see pageFeatures).
  const tokens = new Float64Array(n);
  for (let i = 0; i < n; i++) tokens[i] = stats[i]!.tokens;
  const region = decodeRegion(p, tokens, eligible, model.decode, sentenceEnd, regionCues(cues), features.headline);
  const { keep } = region;
  // (Read here, not above: a page that is no whole page never needs the cue scan.)
  const { afterCue } = features;
  // Named by the kept blocks: a removed block of the region before the first kept one is
  // before the article, not inside it (likewise after the last).
  let firstKept = -1;
  let lastKept = -1;
  for (let i = 0; i < n; i++) {
    if (!eligible[i] || !keep[i]) continue;
    if (firstKept < 0) firstKept = i;
    lastKept = i;
  }
  const regionStart = firstKept >= 0 ? Math.max(region.regionStart, firstKept) : region.regionStart;
  const regionEnd = lastKept >= 0 ? Math.min(region.regionEnd, lastKept) : region.regionEnd;
  const removals: PageRemoval[] = [];
  for (let i = 0; i < n; i++) {
    if (!eligible[i] || keep[i]) continue;
    const rule = placeOf(i, regionStart, regionEnd, afterCue[i]!, cues);
    // One removal per run of blocks with the same place (eligible blocks only; blocks an
    // earlier rule removed may sit inside the run and keep their own edit).
    let j = i;
    while (
      j + 1 < n &&
      (!eligible[j + 1] || !keep[j + 1]) &&
      (!eligible[j + 1] || placeOf(j + 1, regionStart, regionEnd, afterCue[j + 1]!, cues) === rule)
    )
      j++;
    while (j > i && !eligible[j]) j--;
    removals.push({
      index: i,
      through: j,
      rule,
      reason: reasonOf(stats, p, eligible, i, j, rule, afterCue[i]!, page.texts),
    });
    i = j;
  }
  return removals;
}

// On article-only input the extractor leaves the text to the precise rules, but one region
// reads as plainly there as on a whole page: a comments heading below the article with the
// thread under it. It goes (heading to the end) when the article's prose stands within a few
// blocks above the heading and the thread shows a comment's controls or time stamps ("Reply",
// "3 hours ago"): "Reactions" over paragraphs of reactions is article, and stays.
const THREAD_LOOK_BACK = 12;
const PROSE_TOKENS = 8;

function commentThreadBelow(
  texts: readonly string[],
  stats: readonly BlockStats[],
  cues: ReadonlyArray<CueKind | undefined>,
  eligible: readonly boolean[],
): PageRemoval[] {
  const n = texts.length;
  for (let i = 1; i < n; i++) {
    if (cues[i] !== 'comments') continue;
    let prose = false;
    for (let j = i - 1; j >= 0 && j >= i - THREAD_LOOK_BACK && !prose; j--)
      prose = eligible[j]! && stats[j]!.sentenceEnd && stats[j]!.tokens >= PROSE_TOKENS;
    if (!prose) continue;
    let markers = 0;
    let first = -1;
    let last = -1;
    for (let j = i; j < n; j++) {
      if (j > i && (isCommentControls(texts[j]!) || isTimestampLine(texts[j]!))) markers++;
      if (!eligible[j]) continue;
      if (first < 0) first = j;
      last = j;
    }
    if (markers === 0 || first < 0) return [];
    const reason = `a comment thread after the heading "${texts[i]!.slice(0, 40)}" (${markers} line${markers === 1 ? '' : 's'} of comment controls or time stamps)`;
    return [{ index: first, through: last, rule: 'page/comments', reason }];
  }
  return [];
}

// (The ids are constants, not built per block: the run loop compares them block by block.)
function placeOf(i: number, start: number, end: number, cue: number, cues: ReadonlyArray<CueKind | undefined>): string {
  if (i > end && cue >= 0 && (cues[cue] === 'comments' || cues[cue] === 'related')) return cueRuleId(cues[cue]);
  if (cues[i] === 'comments' || cues[i] === 'related')
    return i > end ? cueRuleId(cues[i]) : i < start ? 'page/before-article' : 'page/inside-article';
  if (end < start || i < start) return 'page/before-article';
  return i > end ? 'page/after-article' : 'page/inside-article';
}

const cueRuleId = (kind: 'comments' | 'related'): string => (kind === 'comments' ? 'page/comments' : 'page/related');

function reasonOf(
  stats: readonly BlockStats[],
  p: ArrayLike<number>,
  eligible: readonly boolean[],
  from: number,
  to: number,
  rule: string,
  cue: number,
  texts: readonly string[],
): string {
  const picked: number[] = [];
  for (let k = from; k <= to; k++) if (eligible[k]) picked.push(k);
  const where =
    rule === 'page/before-article'
      ? 'before the article'
      : rule === 'page/after-article'
        ? 'after the article'
        : rule === 'page/inside-article'
          ? 'inside the article region'
          : `after the heading "${texts[cue]?.slice(0, 40) ?? ''}"`;
  let maxP = 0;
  for (const k of picked) maxP = Math.max(maxP, p[k]!);
  if (picked.length === 1) {
    const s = stats[from]!;
    const traits = [
      `${s.tokens} token${s.tokens === 1 ? '' : 's'}`,
      s.sentenceEnd ? 'ends a sentence' : 'no sentence end',
    ];
    if (s.link) traits.push('link or handle');
    if (s.separators > 1) traits.push(`${s.separators} separators`);
    if (s.copyright) traits.push('copyright mark');
    if (s.tokens && s.capitalised / s.tokens > 0.6) traits.push('mostly capitalised');
    return `${traits.join(', ')}; ${where}; body score ${maxP.toFixed(2)}`;
  }
  // (A typed array sorts numbers ascending without a comparator call per comparison.)
  const lengths = new Float64Array(picked.length);
  for (let j = 0; j < picked.length; j++) lengths[j] = stats[picked[j]!]!.tokens;
  lengths.sort();
  const sentences = picked.filter((k) => stats[k]!.sentenceEnd).length;
  return `${picked.length} blocks, median ${lengths[lengths.length >> 1]} tokens, ${sentences} ending a sentence; ${where}; body score ≤ ${maxP.toFixed(2)}`;
}

/**
 * Rule `page/*`: the page-level article extractor (see the module header).
 *
 * @example
 * clean(page).edits.filter((e) => e.rule.startsWith('page/')).map((e) => e.reason);
 */
export const articleExtractorRule: PageRule = {
  type: 'page',
  id: 'page/',
  category: 'boilerplate',
  description:
    'Finds the article in a whole scraped page and removes the blocks around it (menus, link lists, comments, footers)',
  emits: PAGE_RULE_IDS,
  decide: (context) => extractArticle(pageInputOf(context)),
};
