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
import { endsSentenceInAnyScript, moreWordsThan } from '../../shape.js';
import { ATTRIBUTION_PATTERN } from '../../../lexicon/speech-verbs.js';
import { MAY_INTEREST_PATTERN, READ_ALSO_PATTERN } from '../../../lexicon/read-also.js';

// English headings over a list of other stories; the "read also" labels of other languages
// come from the lexicon (one table, by language).
const ENGLISH_HEADINGS =
  "keep reading|continue reading|read more|read also|also read|more to read|related(?: articles?| stories| news| content| coverage| posts| reading| links| topics)?|see also|more stories|more news|more on (?:this|that)(?: story| topic)?|more from [\\p{L} .]{1,30}|you (?:may|might) also (?:like|be interested in|want to read)|recommended(?: for you| stories| articles| reading)?|most read|most popular|most viewed|trending(?: now| stories)?|further reading|latest(?: news| stories)?|top stories|what to read next|read next|up next|don't miss|must read|in other news|editor'?s? picks|editor'?s'? choice|people also read|readers also (?:read|liked|viewed)|what others are reading|around the web|explore more on (?:these|this) topics?|more on these topics|related subjects";
const HEADING = new RegExp(`^[【\\[]?(?:${ENGLISH_HEADINGS}|${READ_ALSO_PATTERN})[】\\]]?\\s*[:：.…>»|-]*$`, 'iu');
// A label and one headline on a line: "READ MORE: …", "Leia também: …", "Baca juga: …".
// The box's names that label one headline too: "Related article: …", "Most read: …", "More news:
// …", "Popular today: …".
const ENGLISH_TEASER_LABELS =
  "read more|read also|also read|related(?: videos?| stor(?:y|ies)| articles?| news| coverage| posts?| reading| content)?|videos?|see also|more|more (?:news|stories)|watch|listen|read|also see|must read|don't miss|recommended|trending(?: now| topics| stories| today)?|most (?:read|popular|viewed|shared|watched)(?: today| now| this week)?|popular(?: today| now| this week| stories| news)?|top stor(?:y|ies)";
const TEASER_LABEL = `(?:${ENGLISH_TEASER_LABELS}|${READ_ALSO_PATTERN}|${MAY_INTEREST_PATTERN})`;
// The label, or two joined by a slash ("Leia também / Read also"), then a colon or an arrow and
// the headline; or the label in brackets and the headline straight after it ("[Most read] …").
const TEASER = new RegExp(
  `^(?:[【\\[]?${TEASER_LABEL}(?:\\s?/\\s?${TEASER_LABEL})?[】\\]]?\\s*[:：|»>]|[【\\[]${TEASER_LABEL}[】\\]])\\s*\\S.{0,250}$`,
  'iu',
);

// Every TEASER holds a mark after its label (: ： | » >) or opens with a bracket: a line
// without one is no teaser, and the long case-folded alternation is not tried on it.
const TEASER_MARKS = /[:：|»>]/;
const mayBeTeaser = (text: string): boolean => text[0] === '[' || text[0] === '【' || TEASER_MARKS.test(text);

const MAX_HEADLINE_WORDS = 30;
// Body prose, not a headline: two sentences, an attribution at the end, or a quotation
// closed after punctuation ("…,” she said). A headline may quote ("Guzmán: “We will not…”").
const BODY_PROSE = new RegExp(
  `[.!?]["”’]?\\s+\\p{Lu}|\\b(?:${ATTRIBUTION_PATTERN}|according to\\b[^.]{1,80})[.!?]?$|[.,!?][”"]`,
  'u',
);
const MAX_HEADLINES = 12;

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
    if (mayBeTeaser(block.text) && TEASER.test(block.text) && !HEADING.test(block.text)) return {};
    if (!HEADING.test(block.text)) return null;
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
      // Mid-article: only headline-like lines (short, no closing period).
      last = block.index;
      for (let j = block.index + 1; j < blocks.length && j <= block.index + MAX_HEADLINES; j++) {
        if (context.isRemoved(j)) continue;
        const text = blocks[j]!.text;
        if (moreWordsThan(text, 20) || endsSentenceInAnyScript(text) || BODY_PROSE.test(text)) break;
        last = j;
      }
    }
    return { through: last };
  },
};
