/**
 * Word lists the quote stage reasons with: pronouns, determiners, speaker nouns and the
 * function words that end a noun phrase; and the stage's views of the shared lexicon
 * (`src/lexicon`: organization and place heads, calendar words).
 *
 * These are closed-class English words and general categories (role nouns), never phrases
 * lifted from one article. Every list is a `Set` of lower-case forms so a lookup is O(1)
 * and nothing is mutated at run time.
 */
import { MONTH_TABLE, PARTS_OF_DAY, WEEKDAY_TABLE } from '../lexicon/calendar-words.js';
import { KNOWN_ORGANIZATIONS, ORG_HEADS, PLACE_HEADS, SEATS_OF_POWER } from '../lexicon/name-parts.js';
import { TITLE_GENDERS, TITLE_HEADS } from '../lexicon/titles.js';
import { words as forms } from '../lexicon/pattern.js';

/**
 * Auxiliaries that make a following participle passive ("it was reported"): not a speech cue then.
 *
 * @example
 * PASSIVE_AUX.has('was'); // true
 */
export const PASSIVE_AUX = new Set(forms('is are was were be been being get gets got'));

/**
 * Personal pronouns that can be a speaker, with what they can refer to.
 *
 * @example
 * PRONOUNS.get('she'); // 'female'
 */
// prettier-ignore
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['we', 'first'], ['i', 'first'],
] as const);

/**
 * Possessive pronouns and the subject pronoun each stands for ("his words" is his: he).
 *
 * @example
 * POSSESSIVE_PRONOUNS.get('her'); // 'she'
 */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

/**
 * Quantifiers that stand for people as the subject of a cue ("Some chanted", "Many said").
 *
 * @example
 * PRONOMINAL_QUANTIFIERS.has('some'); // true
 */
export const PRONOMINAL_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'most', 'few', 'both']);

/**
 * Words that open a noun phrase.
 *
 * @example
 * DETERMINERS.has('the'); // true
 */
export const DETERMINERS = new Set(
  forms(`
  the a an another one two three four several some many most few both this these those
  his her its their our my your any no each every other such
`),
);

/**
 * Head nouns of an anonymous or generic speaker that may stand without a determiner ("officials said").
 *
 * @example
 * BARE_SPEAKER_NOUNS.has('officials'); // true
 */
export const BARE_SPEAKER_NOUNS = new Set(
  forms(`
  officials sources experts analysts aides critics observers people residents witnesses police
  authorities diplomats investigators prosecutors lawmakers senators democrats republicans
  supporters advisers advisors economists scientists researchers historians strategists
  organizers officers spokesmen reports polls documents surveys studies insiders voters
  leaders members staffers activists protesters scholars percent
`),
);

/**
 * Nouns that head a speaker phrase with a determiner ("a military source", "the campaign").
 *
 * @example
 * ROLE_NOUNS.has('source'); // true
 */
export const ROLE_NOUNS = new Set(
  forms(`
  source official spokesman spokeswoman spokesperson aide adviser advisor expert analyst person
  diplomat officer statement readout release campaign report spokesperson representative
  lawyer attorney president minister secretary leader senator governor mayor candidate nominee
  commander general agency ministry department government administration office committee
  side team group organization website site newspaper paper agency network channel magazine
  journal outlet study survey poll memo letter document note ad narrator host anchor reporter
  correspondent writer author editor columnist director manager executive chief founder
  woman man member voter resident witness friend relative neighbor colleague partner daughter
  son wife husband mother father brother sister critic observer supporter niece nephew cousin aunt
  uncle widow widower grandmother grandfather strategist
`),
);

/**
 * Words that can never be inside a speaker noun phrase: conjunctions, prepositions, verbs of
 * being, relative pronouns, adverbs of time and manner, weekdays and months.
 *
 * @example
 * NP_STOP.has('which'); // true
 */
export const NP_STOP = new Set(
  forms(`
  and or but nor so yet that which who whom whose what when where while whether if because
  although though as than to in on at by from with without into onto upon about after before
  during since until for of over under between through against among across behind beyond
  is are was were be been being has have had do does did will would shall should can could may
  might must also later then again still just even only now once previously reportedly
  repeatedly further however meanwhile not never already often always too very
  today yesterday tomorrow tonight
  there here this-week last next this week year month day
  ago it's he's she's said says told added
  let lets make makes made help helps helped allow allows allowed enable enables enabled
`).concat(
    WEEKDAY_TABLE.map((d) => d.name),
    MONTH_TABLE.map((m) => m.name),
    PARTS_OF_DAY.map((p) => p.name),
  ),
);

/**
 * Capitalized words that mark an organization, not a person (compared lower-case): the
 * shared organization heads ("Ministry", "Council"), the one-word names that act for an
 * administration ("Kremlin", "Reuters"), and nouns that stand for one in attribution
 * ("the campaign", "the White House", "the Russian side").
 *
 * @example
 * ORGANIZATION_WORDS.has('ministry'); // true
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  ...ORG_HEADS,
  ...[...KNOWN_ORGANIZATIONS, ...SEATS_OF_POWER].filter((name) => !name.includes(' ')),
  ...forms('house campaign website side'),
]);

/**
 * Capitalized words that mark a place (not a speaker); they make a run a poor person name.
 *
 * @example
 * PLACE_WORDS.has('sea'); // true
 */
export const PLACE_WORDS: ReadonlySet<string> = PLACE_HEADS;

/**
 * Adverbs and auxiliaries that may sit between a speaker and its cue ("Peskov also said").
 *
 * @example
 * BETWEEN_SUBJECT_AND_CUE.has('also'); // true
 */
export const BETWEEN_SUBJECT_AND_CUE = new Set(
  forms(`
  also later then again still once previously reportedly repeatedly further has have had would
  will did does do had has just recently subsequently had also later has since often
  quickly promptly earlier first initially privately publicly flatly openly separately even
  too however meanwhile nonetheless though not is are was were been
`),
);

/**
 * Nouns of documents and messages: a document speaks for its author ("the statement said" is
 * the ministry that issued it), so a speaker phrase headed by one is resolved to its author
 * when the text gives one.
 *
 * @example
 * DOCUMENT_NOUNS.has('statement'); // true
 */
export const DOCUMENT_NOUNS = new Set(
  forms(`
  statement statements memo memos letter letters email emails e-mail release readout report reports
  communique communiqué declaration note notice message post tweet filing document documents
  transcript minutes circular decree bulletin announcement ad ads advertisement
`),
);

/**
 * Studies, polls and documents that "find" or "show" ("the survey found that “…”").
 *
 * @example
 * STUDY_NOUNS.has('poll'); // true
 */
export const STUDY_NOUNS = new Set(
  forms(`
  study studies survey surveys poll polls report reports analysis review audit investigation
  inquiry probe research paper data
`),
);

/**
 * Heads of a phrase of time or setting that may stand between a speaker and its verb ("Lind on
 * Monday called", "who has in the past described", "Lind in an interview said").
 *
 * @example
 * SETTING_HEADS.has('interview'); // true
 */
export const SETTING_HEADS = new Set(
  forms(`
  past weekend morning afternoon evening night week month year day time interview statement speech
  hearing call broadcast podcast briefing point
`),
);

/**
 * Nouns of something said, whose possessor is the speaker ("Her answer was short: “…”").
 *
 * @example
 * SPEECH_NOUNS.has('answer'); // true
 */
export const SPEECH_NOUNS = new Set(
  forms(`
  answer reply response message words comment comments remarks statement verdict view position
  argument explanation warning promise pledge advice conclusion assessment appeal
`),
);

/**
 * Head nouns of a person's role: the shared title heads ("senator", "coach", "spokeswoman")
 * and the speaker nouns of news attribution ("source", "official", "witness"). A definite one
 * ("the senator") names the person the article gave that role; an indefinite one ("a senior
 * official") is an anonymous source.
 *
 * @example
 * PERSON_ROLES.has('coach'); // true
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  ...TITLE_HEADS,
  ...TITLE_GENDERS.keys(),
  ...forms(`
    source sources official officials diplomat diplomats expert experts analyst analysts lawmaker
    lawmakers spokesmen aides insiders star woman man witness resident person politician activist
    executive economist member
  `),
]);

/**
 * Words of news media: a speaker phrase with one ("the state news agency NAN", "the daily") is a
 * reporting outlet, which yields to whoever speaks in the same sentence.
 *
 * @example
 * MEDIA_WORDS.has('agency'); // true
 */
export const MEDIA_WORDS = new Set(
  forms(`
  agency news newspaper daily paper outlet media broadcaster television tv radio channel network
  wire press magazine tabloid website portal
`),
);
