/**
 * related/links — "Keep reading:", "Read more:", "Related", "See also", "More stories" and
 * the headlines listed under them; also one-line "READ MORE: <headline>" teasers (under the
 * box's other names too: "Most read: …", "Related article: …", "Te puede interesar: …", two labels
 * joined by a slash, or a bracketed label with no colon: "[Most read] …"), "Related
 * video: <title>" and a "Trending now: a | b | c" bar.
 *
 * Under a heading, the following short blocks are headlines. At the end of an article the
 * list runs to the end (headlines there may end with a period or be cut off mid-phrase);
 * in the middle of an article only short blocks without a closing period are taken, so the
 * story's next paragraph stays.
 */
import type { BlockRule } from '../../rule.js';
import { endsSentenceInAnyScript, firstWordKey, moreWordsThan } from '../../shape.js';
import { firstRunsOf, fitsRuns } from '../../pattern-gates.js';
import { ATTRIBUTION_PATTERN } from '../../../lexicon/speech-verbs.js';
import { MAY_INTEREST_PATTERN, READ_ALSO_PATTERN, RELATED_PATTERN } from '../../../lexicon/read-also.js';

// English headings over a list of other stories; the "read also" and "related" labels of other
// languages come from the lexicon (tables by language).
const ENGLISH_HEADINGS =
  "keep reading|continue reading|read more|read also|also read|more to read|related(?: articles?| stories| news| content| coverage| posts| reading| links| topics)?|see also|more stories|more news|more on (?:this|that)(?: story| topic)?|more from [\\p{L} .]{1,30}|you (?:may|might) also (?:like|be interested in|want to read)|recommended(?: for you| stories| articles| reading)?|most read|most popular|most viewed|trending(?: now| stories)?|further reading|latest(?: news| stories)?|top stories|what to read next|read next|up next|don't miss|must read|in other news|editor'?s? picks|editor'?s'? choice|people also read|readers also (?:read|liked|viewed)|what others are reading|around the web|explore more on (?:these|this) topics?|more on these topics|related subjects";
const HEADING = new RegExp(
  `^[【\\[]?(?:${ENGLISH_HEADINGS}|${READ_ALSO_PATTERN}|${RELATED_PATTERN})[】\\]]?\\s*[:：.…>»|-]*$`,
  'iu',
);
// No label runs to 50 characters ("more from " and 30 of a name; "das könnte sie auch
// interessieren"): a longer line is no heading, and the alternation is not tried on it.
const MAX_HEADING_LENGTH = 80;
// The first words a heading may open with, read from the pattern (every label of every language):
// a line opening with another ASCII word is none (one whose first word runs on above ASCII goes on
// to the pattern).
const HEADING_RUNS = firstRunsOf([HEADING]);
const isHeading = (text: string, key = firstWordKey(text)): boolean =>
  text.length <= MAX_HEADING_LENGTH && fitsRuns(key, text, HEADING_RUNS) && HEADING.test(text);
// A label and one headline on a line: "READ MORE: …", "Leia também: …", "Baca juga: …".
// The box's names that label one headline too: "Related article: …", "Most read: …", "More news:
// …", "Popular today: …".
const ENGLISH_TEASER_LABELS =
  "read more|read also|also read|related(?: videos?| stor(?:y|ies)| articles?| news| coverage| posts?| reading| content)?|videos?|see also|more|more (?:news|stories)|watch|listen|read|also see|must read|don't miss|recommended|trending(?: now| topics| stories| today)?|most (?:read|popular|viewed|shared|watched)(?: today| now| this week)?|popular(?: today| now| this week| stories| news)?|top stor(?:y|ies)";
const TEASER_LABEL = `(?:${ENGLISH_TEASER_LABELS}|${READ_ALSO_PATTERN}|${RELATED_PATTERN}|${MAY_INTEREST_PATTERN})`;
// The label, then a colon or an arrow and the headline; or the label in brackets and the
// headline straight after it ("[Most read] …"). Each label alternation appears once: V8 does not
// optimize a pattern of more than 20,000 characters (every line would pay for the labels of
// all languages, tens of times over).
const TEASER = new RegExp(
  `^[【\\[]?${TEASER_LABEL}(?:[】\\]]?\\s*[:：|»>]|(?<=^[【\\[].*)[】\\]])\\s*\\S.{0,250}$`,
  'iu',
);
// Two labels joined by a slash, the second the English or "read also" one ("Leia também / Read
// also: …"); tried on the lines that hold a slash.
const TEASER_PAIR = new RegExp(
  `^[【\\[]?${TEASER_LABEL}\\s?/\\s?(?:${ENGLISH_TEASER_LABELS}|${READ_ALSO_PATTERN})[】\\]]?\\s*[:：|»>]\\s*\\S.{0,250}$`,
  'iu',
);
const isTeaser = (text: string): boolean => TEASER.test(text) || (text.includes('/') && TEASER_PAIR.test(text));
// (and the first words they may open with, read from both patterns: as for the heading)
const TEASER_RUNS = firstRunsOf([TEASER, TEASER_PAIR]);

// Every TEASER holds a mark after its label (: ： | » >) or opens with a bracket: a line
// without one is no teaser, and the long case-folded alternation is not tried on it.
const TEASER_MARKS = /[:：|»>]/;
const mayBeTeaser = (text: string): boolean => text[0] === '[' || text[0] === '【' || TEASER_MARKS.test(text);

/**
 * True when the line is one teaser: a label and its one headline ("Leia também: …"), no heading
 * over a list. The teaser-list rule asks it of the line it would start after.
 *
 * @example
 * isOneLineTeaser('Lue myös: Kunta leikkaa koulujen budjetteja'); // true
 * isOneLineTeaser('Related stories'); // false
 */
export function isOneLineTeaser(text: string): boolean {
  const key = firstWordKey(text);
  return (
    text.length <= 300 &&
    !isHeading(text, key) &&
    fitsRuns(key, text, TEASER_RUNS) &&
    mayBeTeaser(text) &&
    isTeaser(text)
  );
}

const MAX_HEADLINE_WORDS = 30;
// Body prose, not a headline: two sentences, an attribution at the end, or a quotation
// closed after punctuation ("…,” she said). A headline may quote ("Guzmán: “We will not…”").
const BODY_PROSE = new RegExp(
  `[.!?]["”’]?\\s+\\p{Lu}|\\b(?:${ATTRIBUTION_PATTERN}|according to\\b[^.]{1,80})[.!?]?$|[.,!?][”"]`,
  'u',
);
const MAX_HEADLINES = 12;
const ASKS_OR_EXCLAIMS = /[?!？！]["”’」』]?$/u;

/**
 * Rule `related/links`: Read-more / related-stories headings with the headlines under them, and teaser lines.
 *
 * @example
 * clean("Putin spoke.\n\nKeep reading:\n\nBiden and Putin to talk", { rules: [relatedLinksRule] }).text; // "Putin spoke."
 */
export const relatedLinksRule: BlockRule = {
  type: 'block',
  id: 'related/links',
  category: 'related-links',
  description: 'Read-more / related-stories headings with the headlines under them, and teaser lines',
  textOnly: true,
  maxLength: 300,
  match(block, context) {
    if (block.text.length > 300) return null;
    const key = firstWordKey(block.text);
    if (!isHeading(block.text, key))
      return fitsRuns(key, block.text, TEASER_RUNS) && mayBeTeaser(block.text) && isTeaser(block.text) ? {} : null;
    // Collect the run of short blocks after the heading.
    const { blocks } = context;
    // The list ends where its shape turns back to prose: a sentence after headlines that had
    // no closing period ("… Ponzi scheme" then "Documents were seized during the searches.").
    let last = block.index;
    let sawBareHeadline = false;
    for (let j = block.index + 1; j < blocks.length && j <= block.index + MAX_HEADLINES; j++) {
      if (context.isRemoved(j)) continue;
      const text = blocks[j]!.text;
      if (moreWordsThan(text, MAX_HEADLINE_WORDS) || text.includes('\n') || BODY_PROSE.test(text)) break;
      const sentence = /[.。．｡]["”’」』]?$/.test(text); // headlines may end in ? or !, rarely in a period
      if (sentence && sawBareHeadline) break;
      if (!sentence) sawBareHeadline = true;
      last = j;
    }
    const reachesEnd = last === blocks.length - 1 || context.keptAfter(last) === 0;
    if (!reachesEnd) {
      // Mid-article: only headline-like lines (short, no closing period). A headline may ask or
      // exclaim: a line ending in ? or ! is one when another headline follows it (the article's
      // question is followed by its answer).
      last = block.index;
      let questionAt = -1;
      for (let j = block.index + 1; j < blocks.length && j <= block.index + MAX_HEADLINES; j++) {
        if (context.isRemoved(j)) continue;
        const text = blocks[j]!.text;
        if (moreWordsThan(text, 20) || BODY_PROSE.test(text)) break;
        if (endsSentenceInAnyScript(text)) {
          if (questionAt >= 0 || !ASKS_OR_EXCLAIMS.test(text)) break;
          questionAt = j; // taken with the headline after it
          continue;
        }
        questionAt = -1;
        last = j;
      }
    }
    return { through: last };
  },
};
