/**
 * Abbreviations whose period does not end a sentence ("Mr.", "Sen.", "Jan.", "Inc.", "Calif.",
 * "etc."), in one table for every stage: the sentence segmenter (`sentences.ts`), the quote
 * tokenizer, the cleaner's ".," repair and its one-word-sentence flag.
 *
 * Each entry says in which case it counts: `any` ("etc." and "Etc."), `capitalized` (U.S.
 * state abbreviations and words that are also English words: "Ill." is Illinois, "ill." ends
 * a sentence; "No. 1" but "said no."), or `lower` (academic shorthands: "ed.", "pp.").
 * Titles and months come from their own tables, so a new title is an abbreviation here too.
 */
import { MONTH_ABBREVIATIONS } from './calendar-words.js';
import { TITLE_TABLE } from './titles.js';
import { words } from './pattern.js';

/**
 * In which case an abbreviation counts.
 *
 * @example
 * const letterCase: AbbreviationCase = 'capitalized'; // "Ill." yes, "ill." no
 */
export type AbbreviationCase = 'any' | 'capitalized' | 'lower';

/**
 * An abbreviation: lower case, without its period.
 *
 * @example
 * const calif: Abbreviation = { form: 'calif', case: 'capitalized' };
 */
export interface Abbreviation {
  readonly form: string;
  readonly case: AbbreviationCase;
}

const TITLE_ABBREVIATIONS = words(`
  mr mrs ms messrs mme mlle hon mx fr jr sr pres amb maj cmdr sens reps govs drs atty supt secy msgr lieut esq ret
  insp det cpl pvt brig
`);

const U_S_STATES = words(`
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore
  pa penn tenn tex va vt wash wis wyo
`);

function table(letterCase: AbbreviationCase, forms: Iterable<string>): Abbreviation[] {
  return [...forms].map((form) => ({ form, case: letterCase }));
}

/**
 * Every abbreviation. Title abbreviations are the title table's abbreviations ("sen", "dr")
 * plus the honorifics and titles written only abbreviated ("Mr.", "Jr.", "Atty.").
 *
 * @example
 * ABBREVIATION_TABLE.find((a) => a.form === 'ill')!.case; // 'capitalized'
 */
export const ABBREVIATION_TABLE: readonly Abbreviation[] = Object.freeze(
  dedupe([
    // words that are also English words count only capitalized ("No. 1", "Art. 5", "Miss Marple")
    ...table('capitalized', [...U_S_STATES, ...words('no nos art fig vol sec miss')]),
    ...table('lower', words('al ed eds pp op cit ibid viz cf ca v')), // "v." as in "Roe v. Wade"
    ...table(
      'any',
      TITLE_TABLE.filter((t) => t.abbreviates !== undefined).map((t) => t.word),
    ),
    ...table('any', TITLE_ABBREVIATIONS),
    ...table('any', MONTH_ABBREVIATIONS),
    ...table(
      'any',
      words('inc corp co ltd plc llc bros st mt ft ave blvd rd dept govt gov’t univ assn vs etc approx est'),
    ),
  ]),
);

/**
 * Abbreviations that end a name: company forms ("Norwest Corp.", "Jones & Co."), generational
 * suffixes ("Jr.") and U.S. states ("Tampa, Fla."). Their period is part of the name, as in
 * "U.S.": the entity stage keeps it in the mention. Lower case, without the period.
 *
 * @example
 * NAME_ENDING_ABBREVIATIONS.has('corp'); // true
 * NAME_ENDING_ABBREVIATIONS.has('st'); // false ("St." opens a name)
 */
export const NAME_ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...words('inc corp co cos ltd plc llc bros jr sr'),
  ...U_S_STATES,
]);

/**
 * Generational suffixes after a person's name ("Jr.", "Sr.", "III"), lower case without the
 * period: the word before one is a surname even when it is also a title ("Martin Luther King Jr.").
 *
 * @example
 * GENERATIONAL_SUFFIXES.has('jr'); // true
 */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(words('jr sr ii iii iv'));

/** The first entry of a form wins (its case rule). */
function dedupe(list: Abbreviation[]): Abbreviation[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.form) && Boolean(seen.add(a.form)));
}

const BY_FORM: ReadonlyMap<string, AbbreviationCase> = new Map(ABBREVIATION_TABLE.map((a) => [a.form, a.case]));

/**
 * True when `word` (written without its period) is an abbreviation whose period does not
 * end a sentence: a listed abbreviation in its case, a single capital letter (an initial:
 * "G. K. Chesterton"), or a dotted abbreviation ("U.S", "a.m").
 *
 * @example
 * isAbbreviation('Sen'); // true
 * isAbbreviation('Ill'); // true (Illinois)
 * isAbbreviation('ill'); // false
 * isAbbreviation('U.S'); // true
 * isAbbreviation('Department'); // false
 */
export function isAbbreviation(word: string): boolean {
  if (word.length === 0) return false;
  if (word.length === 1) return /^\p{Lu}$/u.test(word) || BY_FORM.get(word) === 'lower'; // an initial, or "v."
  if (word.includes('.')) return /^[\p{L}\d]+(?:\.[\p{L}\d]+)+$/u.test(word);
  const lower = word.toLowerCase();
  const letterCase = BY_FORM.get(lower);
  if (letterCase === undefined) return false;
  if (letterCase === 'any') return true;
  const capitalized = /^\p{Lu}/u.test(word);
  return letterCase === 'capitalized' ? capitalized : !capitalized;
}
