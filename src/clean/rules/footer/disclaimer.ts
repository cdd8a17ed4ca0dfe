/**
 * footer/disclaimer — the outlet's standard notices about the article rather than in it: the
 * opinion disclaimer ("The views expressed are the author's own …"), the affiliate-link
 * disclosure ("When you buy through links on our site, we may earn a commission"), the
 * not-advice notice ("This article is for informational purposes only …"), the print-edition
 * line ("A version of this article appears in print on …") and the market-data vendor notice
 * ("Intraday data provided by …"), the translation note ("This article is an English translation of
 * …") and the funding note ("Example Reporting Service journalists are funded by … and write …",
 * "This reporting was supported by a grant from …"). Each is a declared pattern with the kind it names; a block
 * goes when it opens with one. A story that reports such a notice ("The company said the
 * views expressed were its own") does not open with it, and stays.
 */
import type { BlockRule } from '../../rule.js';
import { AsciiKeySet, asciiWordKey, asciiWordKeys, isAsciiLetter } from '../../../core/word-scan.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';

const MAX_LENGTH = 600;

/**
 * The kinds of disclaimer, each the opening of the notice (case-insensitive regex sources).
 *
 * @example
 * DISCLAIMER_OPENINGS.map(([kind]) => kind); // ['opinion', 'affiliate', 'advice', 'print-edition', 'market-data', 'translation', 'funding']
 */
// prettier-ignore
export const DISCLAIMER_OPENINGS: ReadonlyArray<readonly [kind: string, opening: string]> = [
  ['opinion', "(?:disclaimer:\\s*)?(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:in this (?:article|column|commentary|piece|post|op-ed)|here|herein|by (?:the )?(?:author|writer|contributors?)[^.]{0,40})(?: are| do not)|(?:the )?opinions expressed by [^.]{1,60} contributors are their own|this (?:article|column|piece) (?:reflects|represents) the (?:views|opinions) of the (?:author|writer)"],
  ['affiliate', "(?:(?:affiliate )?disclosure:\\s*(?:[^.]{0,60}\\bis reader-supported\\.\\s*)?)?(?:when you (?:buy|shop|make a purchase) (?:through|via|using) (?:links|our links)[^.]{0,60}, we (?:may )?(?:earn|receive)|we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation|affiliate commission)|(?:this|the) (?:article|post|page|story) (?:may )?contains? affiliate links)"],
  ['advice', "(?:disclaimer:\\s*)?(?:this|the) (?:article|content|information|material|post)(?: on this (?:site|page))? (?:is|are) (?:provided )?(?:for (?:general )?information(?:al)? (?:purposes )?only|not intended (?:to (?:be|provide)|as) (?:a substitute for |medical |financial |legal |investment )?(?:advice|a substitute))"],
  ['print-edition', "a version of this (?:article|story) appears? in print on"],
  ['market-data', "(?:intraday |market |quotes? |stock )?data (?:is )?(?:provided|delayed|powered) by [^.]{1,40}(?:\\.|and subject to)"],
  ['translation', "this (?:article|story|text|piece|content) (?:is an? (?:\\p{L}+ )?(?:translation|translated version) of|(?:was|has been|is) (?:automatically |machine[- ]|partly |partially )?translated (?:from|by|with|using|automatically)\\b|(?:was|has been|is) machine-translated\\b|was (?:originally )?(?:published|written) in \\p{L}+(?: and (?:has been |was )?translated)?[.,]?$)"],
  ['funding', "(?:this (?:article|story|report|reporting|coverage|content|series|project|piece)(?: is part of [^.]{1,60}?(?: that| which))? (?:is|was|has been) (?:(?:produced|made|published|written|reported) )?(?:with (?:the )?(?:financial )?support (?:of|from)|(?:part(?:ly|ially)? |jointly |in part )?(?:funded|supported|made possible|financed|paid for) (?:by|through|with)\\b)|(?:the )?(?:\\p{Lu}[\\p{L}'’.-]*\\s){1,6}(?:journalists|reporters|correspondents|reporting|coverage)(?: of [^.]{1,60})?\\s(?:(?:is|are) (?:part(?:ly|ially)? |jointly |in part )?(?:funded|financed|paid for) by\\b[^.]{1,80}?\\b(?:and|to) (?:write|produce|cover|report)\\b|receives? (?:financial )?support from\\b))"],
];

const DISCLAIMER = new RegExp(`^(?:${DISCLAIMER_OPENINGS.map(([, opening]) => opening).join('|')})`, 'iu');
// The funding note opens with the name of the programme or the outlet ("Example Democracy
// Reporting Service journalists are funded by …", "The Example Press's climate coverage receives
// financial support from …"): a capitalised line that holds one of its verbs is given to the
// pattern whatever its first word.
// (One scan for the four: a string search per verb costs more than the pattern's native scan.)
const FUNDING_VERB = /unded by|inanced by|aid for by|upport from/;
const mayBeFunding = (text: string): boolean => FUNDING_VERB.test(text);
// The openings' first words, alone or with the second word they need: a block that opens
// otherwise matches no opening, without a run of the pattern (most paragraphs that open with
// "The", "This" or "A" go on with another word).
const ALONE = new AsciiKeySet(
  asciiWordKeys([
    'disclaimer',
    'disclosure',
    'affiliate',
    'views',
    'opinions',
    'intraday',
    'market',
    'quote',
    'quotes',
    'stock',
    'data',
  ]),
);
const DOCUMENT_WORDS = [
  'report',
  'reporting',
  'text',
  'coverage',
  'series',
  'project',
  'views',
  'opinions',
  'article',
  'column',
  'piece',
  'content',
  'information',
  'material',
  'post',
  'page',
  'story',
];
const WITH_SECOND = new Map<number, AsciiKeySet>([
  [asciiWordKey('the', 0, 3), new AsciiKeySet(asciiWordKeys(DOCUMENT_WORDS))],
  [asciiWordKey('this', 0, 4), new AsciiKeySet(asciiWordKeys(DOCUMENT_WORDS))],
  [asciiWordKey('a', 0, 1), new AsciiKeySet(asciiWordKeys(['version']))],
  [asciiWordKey('we', 0, 2), new AsciiKeySet(asciiWordKeys(['may']))],
  [asciiWordKey('when', 0, 4), new AsciiKeySet(asciiWordKeys(['you']))],
]);

function opensLikeDisclaimer(text: string): boolean {
  let end = 0;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  const first = asciiWordKey(text, 0, end);
  if (ALONE.has(first)) return true;
  const seconds = WITH_SECOND.get(first);
  if (seconds === undefined || text.charCodeAt(end) !== 0x20) return false;
  let secondEnd = end + 1;
  while (secondEnd < text.length && isAsciiLetter(text.charCodeAt(secondEnd))) secondEnd++;
  return seconds.has(asciiWordKey(text, end + 1, secondEnd));
}

/**
 * Rule `footer/disclaimer`: Opinion, affiliate-link, not-advice, print-edition and market-data notices.
 *
 * @example
 * clean("Putin spoke.\n\nThe views expressed in this article are the author's own.", { rules: [disclaimerRule] }).text; // "Putin spoke."
 */
export const disclaimerRule: BlockRule = {
  type: 'block',
  id: 'footer/disclaimer',
  category: 'footer',
  description: 'Opinion, affiliate-link, not-advice, print-edition and market-data notices',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block) {
    const { text } = block;
    if (text.length > MAX_LENGTH) return null;
    if (!opensLikeDisclaimer(text)) {
      const c = text.charCodeAt(0);
      if (!(c >= 0x41 && c <= 0x5a) || text.length > 400 || !mayBeFunding(text)) return null;
    }
    return DISCLAIMER.test(text) && !endsWithAttribution(text) ? {} : null;
  },
};
