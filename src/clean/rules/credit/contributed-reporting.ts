/**
 * credit/reporting — contributor lines at the end of wire and newspaper stories: "Felix
 * Light contributed reporting.", "Associated Press writer Jane Doe in Moscow contributed to this
 * report.", "Reporting by Jane Doe; Editing by John Roe",
 * "(Additional reporting by …)", "(With inputs from PTI)", and at the end of the story the
 * AP's "Smith reported from Olympia, Washington." (surnames, "reported from", a place). The
 * line goes to metadata.credits.
 */
import type { BlockContext, BlockRule } from '../../rule.js';
import type { Block } from '../../segment.js';
import { foldedPairAt } from '../../shape.js';
import { FUNCTION_WORDS } from '../../../lexicon/closed-class.js';

const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
// "Associated Press writer X", "Staff reporter X": a role before the names.
const ROLE =
  "(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:staff\\s+)?(?:writers?|reporters?|correspondents?|journalists?|photographers?|producers?|researchers?)\\s+)?";
const CONTRIBUTED = new RegExp(
  `^\\(?${ROLE}${NAME}(?:(?:,\\s*|,?\\s+and\\s+)${NAME})*(?:\\s+in\\s+\\p{Lu}[\\p{L} ]{1,30})?\\s+contributed\\s+(?:(?:additional\\s+)?reporting|to\\s+this\\s+(?:report|story|article))(?:\\s+from\\s+[\\p{L} ,]{1,60})?\\.?\\)?$`,
  'u',
);
// "Smith reported from Kyiv.", "Smith and Jones reported from Olympia, Washington.", "AP
// writer Jane Roe reported from Lima, Peru, and John Doe from Quito, Ecuador.": names, the
// verb, capitalised place words with commas between them.
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+\\p{Lu}[\\p{L}'’.-]*){0,5}";
const NAMES = `${NAME}(?:(?:,\\s*|,?\\s+and\\s+)${NAME})*`;
const REPORTED_FROM = new RegExp(
  `^${ROLE}${NAMES}\\s+reported\\s+(?:this\\s+(?:story|report)\\s+)?from\\s+${PLACE}(?:,?\\s+and\\s+${NAMES}\\s+from\\s+${PLACE})?\\.?$`,
  'u',
);
// Lines after the credit that may stay (a contact line, a copyright).
const MAX_KEPT_AFTER_CREDIT = 2;
const FIRST_WORD = /^\p{L}+/u;

// A "reported from" credit: at the end of the story, its subject a name (not "She", "The").
function reportedFrom(block: Block, context: BlockContext): boolean {
  const { text } = block;
  if (!text.includes(' reported ') || !REPORTED_FROM.test(text)) return false;
  if (FUNCTION_WORDS.has(FIRST_WORD.exec(text)?.[0].toLowerCase() ?? '')) return false;
  return context.keptAfter(block.index) <= MAX_KEPT_AFTER_CREDIT;
}

const REPORTING_BY =
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|research|fact[- ]checking)\s+by\s+[^\n]{2,250}$/i;

// "(With inputs from PTI)", "With inputs from agencies", "(With agency inputs)": the wire
// credit of Indian and other English-language papers; after "from" only sources (capitalised
// names, "agencies", "our correspondent"), so "With inputs from consumers, the firm …" is prose;
// "PTI inputs" only after "With" or in parentheses ("AI inputs" may be a subheading).
const WITH_INPUTS =
  /^\(?(?:[Ww]ith\s+)?(?:(?:[Aa]dditional\s+)?[Ii]nputs?\s+from\s+([^\n()]{2,80}?)|(?:[Aa]genc(?:y|ies)|[Ww]ire|\p{Lu}{2,5})\s+inputs?)\)?$/u;
const INPUT_SOURCE_WORD =
  /^(?:\p{Lu}[\p{L}.&'’-]*|agency|agencies|wires?|and|our|correspondents?|bureaus?|staff|other)$/u;
const isInputsSource = (source: string): boolean =>
  source.split(/[\s,]+/).every((word) => word === '' || INPUT_SOURCE_WORD.test(word));

// REPORTING_BY opens, past an optional "(", with a word starting with these two letters
// (additional, reporting, writing, editing, compiled, translated, research, fact-checking) in
// either case (/i without u: no character above ASCII folds onto them).
const REPORTING_BY_PAIRS = new Set(['ad', 're', 'wr', 'ed', 'co', 'tr', 'fa'].map((pair) => foldedPairAt(pair, 0)));
const mayOpenReportingBy = (text: string): boolean =>
  REPORTING_BY_PAIRS.has(foldedPairAt(text, text.charCodeAt(0) === 40 /* ( */ ? 1 : 0));

/**
 * Rule `credit/reporting`: Contributor lines ("X contributed reporting.", "Reporting by …; Editing by …"); go to metadata.credits.
 *
 * @example
 * clean("Putin spoke.\n\nFelix Light contributed reporting.", { rules: [reportingCreditRule] }).text; // "Putin spoke."
 */
export const reportingCreditRule: BlockRule = {
  type: 'block',
  id: 'credit/reporting',
  category: 'credit',
  description:
    'Contributor lines ("X contributed reporting.", "Reporting by …; Editing by …", "X reported from Kyiv." at the end); go to metadata.credits',
  textOnly: true,
  maxLength: 300,
  match(block, context) {
    if (block.text.length > 300) return null;
    // CONTRIBUTED needs its verb: most lines are no credit and skip its name patterns.
    // REPORTING_BY only on lines whose first character can open it.
    if (
      (block.text.includes('contributed') && CONTRIBUTED.test(block.text)) ||
      (mayOpenReportingBy(block.text) && REPORTING_BY.test(block.text)) ||
      reportedFrom(block, context)
    )
      return { metadata: { credits: [block.text] } };
    // "(With inputs from PTI)": the word "input" is the cheap gate.
    if (block.text.length > 100 || !block.text.includes('nput')) return null;
    const inputs = WITH_INPUTS.exec(block.text);
    return inputs && (inputs[1] === undefined ? /^\(|^[Ww]ith\s/.test(block.text) : isInputsSource(inputs[1]))
      ? { metadata: { credits: [block.text] } }
      : null;
  },
};
