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
import { firstWordKey, firstWordsOf, foldedPairAt, moreWordsThan, opensWithKeyOf } from '../../shape.js';
import { firstRunsOf, fitsRuns } from '../../pattern-gates.js';
import { FUNCTION_WORDS } from '../../../lexicon/closed-class.js';
import { isWireAgency } from '../../../lexicon/news-agencies.js';
import { capitalize, matchAnyPattern } from '../../../lexicon/pattern.js';

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
// Then its first word (past the "("), keyed once (firstWordKey), must be one of them.
const REPORTING_BY_FIRST = firstWordsOf('additional reporting writing editing compiled translated research fact');
const mayOpenReportingBy = (text: string): boolean =>
  REPORTING_BY_PAIRS.has(foldedPairAt(text, text.charCodeAt(0) === 40 /* ( */ ? 1 : 0)) &&
  opensWithKeyOf(firstWordKey(afterParen(text)), REPORTING_BY_FIRST);
// The text past one opening "(" (REPORTING_BY's, FOREIGN_REPORTING_LABEL's and WITH_AGENCY's).
const afterParen = (text: string): string => (text.charCodeAt(0) === 40 /* ( */ ? text.slice(1) : text);

/**
 * The opening of a contributor line in the languages of news we see, by ISO 639-1 code
 * (English is REPORTING_BY's): "Con información de EFE", "Reportagem de …", "Mitarbeit: …",
 * "При участии …". Plain phrases in lower case; the names follow.
 */
// prettier-ignore
const REPORTING_LABELS: Readonly<Record<string, readonly string[]>> = {
  es: ['con información de', 'con información adicional de', 'información adicional de', 'reporte de', 'reporte adicional de', 'editado por', 'editado en español por', 'traducido por'],
  pt: ['com informações de', 'com informações da', 'com informações do', 'com informações das', 'com informações dos', 'reportagem de', 'reportagem adicional de', 'colaborou', 'colaboraram'],
  fr: ['version française', 'édité par'],
  de: ['mitarbeit:', 'unter mitarbeit von', 'mit material von', 'mit material der', 'mit material des', 'redigiert von', 'geschrieben von'],
  it: ['ha collaborato', 'hanno collaborato'],
  nl: ['met medewerking van'],
  pl: ['współpraca:'],
  cs: ['spolupracoval', 'spolupracovala', 'spolupracovali'],
  sk: ['spolupracoval', 'spolupracovala', 'spolupracovali'],
  ru: ['при участии', 'по материалам'],
  uk: ['за участі', 'за матеріалами'],
};
const REPORTING_LABEL_LIST = Object.values(REPORTING_LABELS).flat();
// The label, then names: a capital, a digit or the word for the agencies first ("Con
// información de agencias"), at most 200 characters.
const AGENCIES_WORD = 'agencias|agências|agences|agenturen|agenzie';
const FOREIGN_REPORTING_LABEL = new RegExp(`^\\(?(?:${matchAnyPattern(REPORTING_LABEL_LIST)})\\s+`, 'iu');
const NAMES_OPENING = new RegExp(`^(?:[\\p{Lu}\\d]|(?:${AGENCIES_WORD})\\b)`, 'u');
// A line in parentheses crediting the agencies in French, Spanish, Portuguese, German or Italian:
// "(Avec AFP)", "(con EFE y Reuters)", "(Com agências)", "(mit dpa)".
const WITH_AGENCY = /^\((?:avec|con|com|mit)\s+(?:l['’])?([^()\n]{2,60})\)$/iu;
const WITH_AGENCY_WORD = new RegExp(`^(?:${AGENCIES_WORD}|et|y|e|und|and|,)$`, 'iu');
const isAgencyList = (credit: string): boolean =>
  credit.split(/[\s,]+/).every((word) => word === '' || isWireAgency(word) || WITH_AGENCY_WORD.test(word));

// FOREIGN_REPORTING_BY and WITH_AGENCY open, past an optional "(", with one of these two
// characters (A–Z in any case; above ASCII as printed in lower case, capitalised or in capitals).
const FOREIGN_PAIRS = new Set(
  [...REPORTING_LABEL_LIST, 'avec', 'con', 'com', 'mit'].flatMap((label) =>
    [label, capitalize(label), label.toUpperCase()].map((form) => foldedPairAt(form, 0)),
  ),
);
// Then its first run of ASCII letters (past the "(") must open a label or one of those words, as
// firstRunsOf reads them from the pattern (the words are followed by a space).
const FOREIGN_RUNS = firstRunsOf([
  { source: `^(?:${matchAnyPattern([...REPORTING_LABEL_LIST, 'avec', 'con', 'com', 'mit'])})\\s` },
]);
const mayOpenForeignReportingBy = (text: string): boolean => {
  if (!FOREIGN_PAIRS.has(foldedPairAt(text, text.charCodeAt(0) === 40 /* ( */ ? 1 : 0))) return false;
  const rest = afterParen(text);
  return fitsRuns(firstWordKey(rest), rest, FOREIGN_RUNS);
};

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
      (mayOpenForeignReportingBy(block.text) && foreignReportingBy(block.text)) ||
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

// "Con información de EFE y AFP", "Mitarbeit: Jane Doe", "(Avec AFP)"
function foreignReportingBy(text: string): boolean {
  const label = FOREIGN_REPORTING_LABEL.exec(text);
  if (label) {
    const names = text.slice(label[0].length);
    return (
      names.length >= 2 &&
      names.length <= 200 &&
      !names.includes('\n') &&
      NAMES_OPENING.test(names) &&
      !/[.!?]\s+\p{Lu}/u.test(names) &&
      // names, not a clause: no lower-case word after a comma, no three lower-case words in a row
      !/,\s*\p{Ll}|(?:^|\s)\p{Ll}\S*\s+\p{Ll}\S*\s+\p{Ll}/u.test(names) &&
      !moreWordsThan(names, 25)
    );
  }
  const m = text.charCodeAt(0) === 40 /* ( */ ? WITH_AGENCY.exec(text) : null;
  return m !== null && isAgencyList(m[1]!);
}
