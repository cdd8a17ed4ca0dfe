/**
 * Is a capitalized word just an ordinary English word? ("Despite", "Police", "LUCKY")
 *
 * A capital letter says little at the start of a sentence or in an ALL-CAPS headline.
 * There we ask two sources, both read-only: compromise's lexicon (which knows ~24k words
 * with their inflections) and the article itself (a word the article also writes in
 * lower case is an ordinary word: "the talks ... Talks"). Name tags in the lexicon
 * (Country, City, FirstName, Organization, ...) win over the common reading.
 */
import nlp from 'compromise';
import { boundedMemo } from '../core/memo.js';
import type { Token } from './parse.js';
import { isListedGivenName } from '../lexicon/given-names.js';

// prettier-ignore
const NAME_TAGS = [
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'ProperNoun', 'Honorific',
];

/** compromise's tags of a given name ("Mira", "Ivo"), on a token's tags or a lexicon entry. */
const GIVEN_NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName'];

/** compromise's tags of a word that is someone's name. */
const PERSON_NAME_TAGS = ['Person', 'LastName', ...GIVEN_NAME_TAGS];

type LexiconValue = string | string[];

/** compromise's lexicon, read (never written to). */
const LEXICON: Readonly<Record<string, LexiconValue>> =
  (nlp.world() as { model?: { one?: { lexicon?: Record<string, LexiconValue> } } }).model?.one?.lexicon ?? {};

function lexicon(): Readonly<Record<string, LexiconValue>> {
  return LEXICON;
}

/**
 * The tags compromise's lexicon gives a lower-case word or phrase (empty when unknown).
 *
 * @example
 * lexiconTags('france'); // ['Country']
 * lexiconTags('xyzzy'); // []
 */
export function lexiconTags(lower: string): readonly string[] {
  const value = Object.prototype.hasOwnProperty.call(lexicon(), lower) ? lexicon()[lower] : undefined;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Questions about ordinary words, answered for one article.
 *
 * @example
 * const vocab: Vocabulary = buildVocabulary(parseText('Kremlin spokesman Dmitry Peskov said.').tokens);
 * vocab.seenLowercase('Spokesman'); // true
 * vocab.seenLowercase('Kremlin'); // false
 */
export interface Vocabulary {
  /** True for an ordinary English word (any case) with no name reading in the lexicon. */
  isCommonWord(word: string): boolean;
  /** True when the article writes this word in lower case somewhere. */
  seenLowercase(word: string): boolean;
}

/**
 * Builds the vocabulary of one article from its tokens.
 *
 * @example
 * const vocab = buildVocabulary(parseText('Talks ended. The talks were long.').tokens);
 * vocab.isCommonWord('Talks'); // true
 */
export function buildVocabulary(tokens: readonly Token[]): Vocabulary {
  const lower = new Set<string>();
  for (const t of tokens) {
    const first = t.text.charAt(0);
    if (first !== first.toUpperCase() || first === first.toLowerCase()) lower.add(t.text.toLowerCase());
  }
  const known = (w: string): boolean => lower.has(w) || isLexiconWord(w);
  return {
    seenLowercase: (word) => lower.has(word.toLowerCase()),
    isCommonWord(word) {
      const w = word.toLowerCase();
      if (hasNameReading(w)) return false;
      if (known(w)) return true;
      for (const stem of stems(w)) if (known(stem) && !hasNameReading(stem)) return true;
      return false;
    },
  };
}

function isLexiconWord(w: string): boolean {
  const tags = lexiconTags(w);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.includes(t));
}

/**
 * True when compromise's lexicon knows the lower-case word as someone's name (a given name, a
 * family name, a person).
 *
 * @example
 * isPersonNameWord('sherman'); // true
 * isPersonNameWord('license'); // false
 */
export function isPersonNameWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => PERSON_NAME_TAGS.includes(t));
}

/**
 * True when compromise tagged a token as a given name (its tags, as parse.ts keeps them).
 *
 * @example
 * hasGivenNameTag(new Set(['FirstName', 'Person'])); // true
 */
export function hasGivenNameTag(tags: ReadonlySet<string>): boolean {
  return GIVEN_NAME_TAGS.some((t) => tags.has(t));
}

/**
 * True when the lower-case word is a given name: compromise's lexicon knows it as one, or it is on
 * the wider list of given names (lexicon/given-names.ts: "Caden", "Tarek", "Mirela").
 *
 * @example
 * isGivenNameWord('john'); // true
 * isGivenNameWord('caden'); // true
 * isGivenNameWord('summer'); // false
 */
export function isGivenNameWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => GIVEN_NAME_TAGS.includes(t)) || isListedGivenName(lower);
}

function hasNameReading(w: string): boolean {
  return lexiconTags(w).some((t) => NAME_TAGS.includes(t));
}

/** Crude inflection stripping: enough to see "GOALS" as "goal", "CRASHING" as "crash". */
function stems(w: string): string[] {
  const out: string[] = [];
  if (w.length > 3 && w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.length > 4 && w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.length > 4 && w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.length > 4 && w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.length > 5 && w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.length > 4 && w.endsWith('ly')) out.push(w.slice(0, -2));
  if (w.length > 4 && w.endsWith('er')) out.push(w.slice(0, -2), w.slice(0, -1));
  return out;
}

/** Nationality, group and religion words compromise lacks (not entities: "British", "Soviet", "Sunni"). */
// prettier-ignore
const EXTRA_DEMONYMS = new Set([
  'british', 'soviet', 'westerner', 'westerners', 'easterner', 'easterners', 'baltic', 'scottish', 'welsh',
  'irish', 'english', 'dutch', 'swiss', 'flemish', 'arab', 'arabs', 'arabic', 'kurdish', 'kurds', 'kurd', 'slav',
  'slavic', 'nordic', 'latino', 'latina', 'hispanic', 'sunni', 'shia', 'shiite', 'muslim', 'muslims', 'christian',
  'christians', 'jewish', 'jew', 'jews', 'catholic', 'catholics', 'orthodox', 'islamic', 'islamist',
  'islamists', 'anglo', 'pro', 'anti', 'communist', 'communists', 'confederate', 'confederates',
  'marxist', 'socialist', 'buddhist', 'hindu', 'sikh', 'protestant', 'gaullist', 'bolshevik', 'nazi', 'nazis',
  // missing from compromise's lexicon
  'turkish', 'polish', 'danish', 'swedish', 'finnish', 'spanish', 'uzbek', 'somali', 'cypriot', 'kyrgyz', 'tajik',
  // peoples without a country of their name (CoNLL: MISC, "Hutus", "Tutsi", "Bedouins", "Tibetan")
  'uighur', 'uyghur', 'tibetan', 'rohingya', 'pashtun', 'hazara', 'yazidi', 'druze', 'tatar', 'bedouin', 'berber',
  'maori', 'hutu', 'tutsi', 'baloch', 'chechen', 'afrikaner', 'zulu', 'xhosa', 'inuit',
]);
// prettier-ignore
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];

// isDemonymWord by the word as written, remembered: the rules ask it of the same few words many
// times per text (every candidate, several rules each), and the answer depends on the word alone.
const demonymByWord = boundedMemo((word: string): boolean => readsAsDemonym(word));

/**
 * True for a nationality, group or religion word: compromise's Demonym tag, a short list
 * of words it lacks, or a place name plus a demonym ending ("Crimean", "Pakistani").
 *
 * @example
 * isDemonymWord('Crimean'); // true
 */
export function isDemonymWord(word: string): boolean {
  return demonymByWord(word);
}

function readsAsDemonym(word: string): boolean {
  const w = word.toLowerCase();
  if (EXTRA_DEMONYMS.has(w)) return true;
  const tags = lexiconTags(w);
  if (tags.includes('Demonym')) return true;
  // "Denis", "Dennis": a given name is not "Den" + "-is" ("Iraqi" → "Iraq" is the rule below)
  if (
    tags.some(
      (t) => PLACE_TAGS.includes(t) || /^(?:Person|Organization|FirstName|MaleName|FemaleName|LastName)$/.test(t),
    )
  )
    return false;
  if (w.endsWith('s') && (EXTRA_DEMONYMS.has(w.slice(0, -1)) || lexiconTags(w.slice(0, -1)).includes('Demonym')))
    return true;
  const bases: string[] = [];
  const sing = w.endsWith('s') ? w.slice(0, -1) : w;
  if (sing.endsWith('n')) bases.push(sing.slice(0, -1), `${sing.slice(0, -3)}a`);
  if (sing.endsWith('ese')) bases.push(`${sing.slice(0, -3)}a`, sing.slice(0, -3));
  if (sing.endsWith('i')) bases.push(sing.slice(0, -1));
  return bases.some((b) => b.length > 2 && lexiconTags(b).some((t) => PLACE_TAGS.includes(t)));
}
