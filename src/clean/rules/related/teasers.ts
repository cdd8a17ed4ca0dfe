/**
 * related/teasers — what a page lists after the article: the teaser blocks under a
 * related-stories heading (headline, then its one-sentence standfirst, repeated), a run of
 * other stories' headlines at the end with no heading at all, and lone section headings
 * of the page's footer ("Newsletter", "Don't miss", "Noteworthy", "Stay connected"), in
 * English and, where cheap, the other languages of the genre.
 *
 * A headline run is taken only at the very end of the page, after a paragraph that closes
 * a sentence (a list the article introduces ends its lead-in with a colon), and only when
 * every line is headline-shaped: one line, several words, no closing period; a run half of
 * whose lines open with a day is a schedule the article gives (tour dates, fixtures), kept.
 */
import { lineRule, nearestKeptAbove, type BlockRule } from '../../rule.js';
import { isOneLineTeaser } from './related-links.js';
import { charSet, endsSentence, endsWithMark, MONTH_PATTERN, moreWordsThan, wordCount } from '../../shape.js';

/**
 * Rule `related/footer-heading`: Lone headings of the page's footer and side columns ("Newsletter", "Don't miss", "Noteworthy", "Stay connected", and their French, Spanish, German, Italian, Portuguese and Arabic forms).
 *
 * @example
 * clean("Putin spoke.\n\nDon't miss", { rules: [footerHeadingRule] }).text; // "Putin spoke."
 */
export const footerHeadingRule = lineRule(
  'related/footer-heading',
  'related-links',
  'Lone headings of the page\'s footer and side columns ("Newsletter", "Don\'t miss", "Noteworthy", "Stay connected", and their French, Spanish, German, Italian, Portuguese and Arabic forms)',
  new RegExp(
    [
      // English
      "newsletters?|don[’']t miss(?: this)?|noteworthy|worth (?:reading|noting)|stay (?:connected|in touch)|connect with us|keep in touch|get in touch|more (?:stories|news|articles)|latest (?:news|stories|articles|posts)|popular (?:posts|stories|now)|most (?:read|popular|viewed|shared|commented)|editor[’']?s (?:picks?|choice)|related (?:stories|articles|news|posts)|you may have missed|recent posts|also (?:read|see)|read (?:also|more|next)",
      // French, Spanish, German, Italian, Portuguese
      // ("Read also" labels are the related-links rule's: lexicon/read-also.ts.)
      'sur le même sujet|les plus lus|restez connectés?|suivez-nous|te puede interesar|lo más leído|más noticias|síguenos|noticias relacionadas|meistgelesen|folgen sie uns|potrebbe interessarti|i più letti|seguici|mais lidas|siga-nos|notícias relacionadas',
      // Arabic: related stories, stay in touch, worth noting, most read, follow us
      'قصص ذات صلة|أخبار ذات صلة|مقالات ذات صلة|ابق على اتصال|ابقى على اتصال|جدير بالملاحظة|الأكثر قراءة|تابعنا',
    ]
      .join('|')
      .replace(/^/, '^(?:')
      .concat(')\\s*[:.…>»|!-]*$'),
    'iu',
  ),
  'anywhere',
  60,
);

const MAX_TEASER_WORDS = 35;
// A list longer than this is no list of teasers (and the scans stay bounded).
const MAX_LIST = 60;
const MAX_TEASERS = 16;
// Body prose, not a teaser: two sentences, or a quotation with its attribution. In a script
// without capitals (Hangul, Han, Arabic, Devanagari) the second sentence opens with any letter.
const TWO_SENTENCES = /[.!?]["”’]?\s+\p{Lu}[^.!?]*[.!?]|[.!?。！？।]["”’」]?\s*\p{Lo}[^.!?。！？।]*[.!?。！？।]/u;

const isTeaser = (text: string) =>
  !text.includes('\n') && !moreWordsThan(text, MAX_TEASER_WORDS) && !TWO_SENTENCES.test(text);
// The tests of the line's ends first: most lines fail one, and the words need not be counted.
const isBareHeadline = (text: string) => {
  if (!opensHeadline(text) || closesClause(text) || text.includes('\n')) return false;
  const words = wordCount(text, 21); // only 3..20 matters
  return words >= 3 && words <= 20 && !introducesClosingQuote(text);
};
// "The miners bade the shaft farewell with the old greeting: “Good luck!”": a clause of five
// words or more that introduces the quotation the line ends with is the article's prose; a
// headline quotes after a name or two ("Guzmán: “We will not …”").
const QUOTE_CLOSERS = charSet('"”»');
const MIN_INTRODUCING_WORDS = 5;
function introducesClosingQuote(text: string): boolean {
  if (!endsWithMark(text, QUOTE_CLOSERS)) return false;
  const colon = text.lastIndexOf(': ');
  return colon > 0 && moreWordsThan(text.slice(0, colon), MIN_INTRODUCING_WORDS - 1);
}
const HEADLINE_START = /^[\p{Lu}\p{N}“"‘'«]/u;
// HEADLINE_START, answered from the character code for ASCII (A-Z, 0-9, '"', "'").
function opensHeadline(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0x80) return HEADLINE_START.test(text);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39;
}
// Ends in . , ; or : perhaps inside a closing quote: a clause, not a headline.
const CLAUSE_MARKS = charSet('.,;:');
const CLAUSE_CLOSERS = charSet('"”’');
const closesClause = (text: string): boolean => endsWithMark(text, CLAUSE_MARKS, CLAUSE_CLOSERS);

/**
 * Rule `related/teaser-list`: The teasers under a related-stories heading, to the end of the page: headlines and their one-sentence standfirsts.
 *
 * @example
 * clean("Putin spoke.\n\nLatest\n\nCity council votes on new bridge\n\nThe vote is due on Monday.\n\nFerry strike ends after two days", { rules: [teaserListRule] }).text; // "Putin spoke.\n\nLatest"
 */
export const teaserListRule: BlockRule = {
  type: 'block',
  id: 'related/teaser-list',
  category: 'related-links',
  description:
    'The teasers under a related-stories heading, to the end of the page: headlines and their one-sentence standfirsts',
  match(block, context) {
    const { blocks } = context;
    if (blocks.length - block.index > MAX_LIST) return null; // too far from the end of the page
    // Starts right after a block the related rules removed (the heading or its first headlines).
    // Asked before the teaser shape: a lookup, where the shape scans the line; the block is
    // asked again in a later pass, but rarely scanned.
    const removedBy = context.removedBy(block.index - 1);
    if (!removedBy?.startsWith('related/')) return null;
    if (!isTeaser(block.text)) return null;
    // After one teaser line ("Read also: <headline>") with no heading over a list, the article
    // may go on: only a run of bare headlines is taken, no sentence.
    const afterOneTeaser = removedBy === 'related/links' && isOneLineTeaser(blocks[block.index - 1]!.text);
    let bare = 0;
    let last = block.index;
    for (let j = block.index; j < blocks.length; j++) {
      if (context.isRemoved(j)) continue;
      const text = blocks[j]!.text;
      if (!isTeaser(text)) return null; // prose after the list: not the page's end
      // A lead-in to a list ("The key secondary results were:"): the article's own list.
      if (text.endsWith(':')) return null;
      if (isBareHeadline(text)) bare++;
      last = j;
    }
    // Teasers are headlines and standfirsts; one-sentence paragraphs without headlines among
    // them may be the article's.
    const kept = last - block.index + 1 - countRemoved(context, block.index, last);
    if (afterOneTeaser && bare < kept) return null;
    return bare >= 2 && bare * 3 >= kept && kept <= MAX_TEASERS ? { through: last } : null;
  },
};

function countRemoved(context: Parameters<BlockRule['match']>[1], from: number, to: number): number {
  let removed = 0;
  for (let j = from; j <= to; j++) if (context.isRemoved(j)) removed++;
  return removed;
}

const MIN_RUN = 4;
const HAS_WORD = /[\p{L}\p{N}]/u;
// A line that opens with a day ("June 9 – Tampa, FL @ Arena", "9 June: Lyon v Nice", "12/06 …"):
// a run of them is a schedule the article lists (tour dates, fixtures, a calendar), not
// other stories' headlines, which seldom open with a date.
const OPENS_WITH_DAY = new RegExp(
  `^(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH_PATTERN}|\\d{1,2}[./]\\d{1,2}\\b)`,
  'u',
);

/**
 * Rule `related/headline-run`: A run of four or more other stories' headlines ending the page, after the article's last sentence.
 *
 * @example
 * clean("Putin spoke.\n\nCity council votes on new bridge\nFerry strike ends after two days\nMinister opens new hospital wing\nFloods close roads in the north", { rules: [headlineRunRule] }).text; // "Putin spoke."
 */
export const headlineRunRule: BlockRule = {
  type: 'block',
  id: 'related/headline-run',
  category: 'related-links',
  description: "A run of four or more other stories' headlines ending the page, after the article's last sentence",
  match(block, context) {
    const { blocks } = context;
    // Removals are asked after the headline shape, which most lines fail cheaply (from their
    // first and last characters): those answer without asking and are not asked again.
    if (blocks.length - block.index > MAX_LIST) return null; // too far from the end of the page
    if (!isBareHeadline(block.text)) return null;
    // The run starts after the article's last paragraph, which closes a sentence.
    const before = nearestKeptAbove(context, block.index, 8);
    if (before < 0 || !endsSentence(blocks[before]!.text) || !moreWordsThan(blocks[before]!.text, 7)) return null;
    let count = 0;
    let dated = 0;
    let last = block.index;
    // A line without a letter or digit (a stray quote mark, a rule of dashes) is neither a
    // headline nor the article, and a later rule may remove it: the run goes on past it.
    let end = blocks.length - 1;
    while (end > block.index && !context.isRemoved(end) && !HAS_WORD.test(blocks[end]!.text)) end--;
    for (let j = block.index; j <= end; j++) {
      if (context.isRemoved(j) || !HAS_WORD.test(blocks[j]!.text)) continue;
      if (OPENS_WITH_DAY.test(blocks[j]!.text)) dated++;
      // The page may be cut off inside the last headline: let it end short.
      if (!isBareHeadline(blocks[j]!.text) && !(j === end && count >= MIN_RUN && !endsSentence(blocks[j]!.text)))
        return null;
      count++;
      last = j;
    }
    // Half the lines dated: a schedule the article gives, kept.
    return count >= MIN_RUN && 2 * dated < count ? { through: last } : null;
  },
};
