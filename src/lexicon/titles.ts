/**
 * Titles, honorifics and role words written before a name ("Kremlin spokesman Dmitry Peskov",
 * "Sen. Warren", "his wife Jill"), with the gender they imply.
 *
 * One table, read by the entity stage (a title before a capitalized name makes it a person;
 * an honorific gives a gender for "he"/"she") and by the quote stage (titles are dropped from
 * a speaker's name and hint its gender). Words are lower case, without a period.
 *
 * Kinds:
 * - `honorific`: "Mr", "Mrs", "Dr": a person for sure;
 * - `office`: a position held ("president", "spokesman", "sheriff", "analyst");
 * - `occupation`: a trade or a sports role ("striker", "actor", "journalist"): it types a name
 *   ("striker Erling Haaland") but is too often a surname to strip from a speaker's name;
 * - `relation`: "wife", "counterpart": it types a name without being a title;
 * - `affiliation`: a party written before a name ("Democrat Joe Manchin").
 */
import { words } from './pattern.js';

/**
 * What a title word is (see the module header).
 *
 * @example
 * const kind: TitleKind = 'honorific'; // "Mr", "Dr"
 */
export type TitleKind = 'honorific' | 'office' | 'occupation' | 'relation' | 'affiliation';

/**
 * The gender a title implies.
 *
 * @example
 * const gender: Gender = 'female'; // "Mrs", "spokeswoman"
 */
export type Gender = 'male' | 'female';

/**
 * A title word.
 *
 * @example
 * const dr: Title = { word: 'dr', kind: 'honorific', abbreviates: 'doctor' };
 * const mrs: Title = { word: 'mrs', kind: 'honorific', gender: 'female' };
 */
export interface Title {
  readonly word: string;
  readonly kind: TitleKind;
  readonly gender?: Gender;
  /** The full word an abbreviation stands for ("sen" → "senator"). */
  readonly abbreviates?: string;
}

function entries(kind: TitleKind, list: string, gender?: Gender): Title[] {
  return words(list).map((word) => (gender ? { word, kind, gender } : { word, kind }));
}

function abbreviations(kind: TitleKind, pairs: Record<string, string>): Title[] {
  return Object.entries(pairs).map(([word, full]) => ({ word, kind, abbreviates: full }));
}

/**
 * Every title word.
 *
 * @example
 * TITLE_TABLE.find((t) => t.word === 'spokeswoman'); // { word: 'spokeswoman', kind: 'office', gender: 'female' }
 */
export const TITLE_TABLE: readonly Title[] = Object.freeze([
  ...entries('honorific', 'mr mister sir messrs lord', 'male'),
  ...entries('honorific', 'mrs ms miss madam dame lady mme mlle', 'female'),
  ...entries('honorific', 'reverend hon'),
  ...abbreviations('honorific', { dr: 'doctor', prof: 'professor', rev: 'reverend' }),
  ...entries(
    'office',
    'spokesman chairman king prince pope emperor tsar czar sultan emir sheikh congressman councilman',
    'male',
  ),
  ...entries('office', 'spokeswoman chairwoman queen princess congresswoman councilwoman ombudswoman', 'female'),
  ...entries(
    'office',
    `
    president president-elect vice-president then-president minister premier chancellor secretary
    secretary-general undersecretary under-secretary spokesperson adviser advisor ambassador envoy
    senator governor mayor director director-general chair chairperson ceo cfo coo commissioner
    general colonel lieutenant captain commander admiral sergeant judge justice leader official
    officials representative manager analyst strategist attorney prosecutor detective inspector
    officer sheriff councilor cardinal archbishop bishop rabbi imam ayatollah pastor professor
    speaker lawmaker legislator mp mep diplomat negotiator mediator chief head founder candidate
    nominee aide dictator monarch chief-of-staff ombudsperson ombudsman councillor superintendent commandant
    brigadier corporal marshal consul magistrate coroner registrar treasurer comptroller
    rector chancellor-elect governor-general attorney-general solicitor-general counselor counsellor
  `,
  ),
  ...abbreviations('office', {
    sen: 'senator',
    gov: 'governor',
    gen: 'general',
    col: 'colonel',
    lt: 'lieutenant',
    capt: 'captain',
    adm: 'admiral',
    sgt: 'sergeant',
    rep: 'representative',
    cmdr: 'commander',
    cdr: 'commander',
    maj: 'major',
    cpl: 'corporal',
    brig: 'brigadier',
    supt: 'superintendent',
    insp: 'inspector',
    atty: 'attorney',
    amb: 'ambassador',
    cllr: 'councillor',
  }),
  ...entries('occupation', 'businessman', 'male'),
  ...entries('occupation', 'businesswoman actress', 'female'),
  ...entries(
    'occupation',
    `
    coach striker goalkeeper keeper defender midfielder winger forward economist fellow
    correspondent editor reporter lawyer doctor skipper batsman bowler opener driver rider player
    champion boss owner strongman magnate tycoon actor singer writer author novelist journalist
    photographer historian scientist expert researcher scholar activist dissident opposition
    anchor host presenter producer fullback halfback flanker scrumhalf quarterback pitcher shortstop
    outfielder infielder linebacker playmaker commentator moderator
  `,
  ),
  ...entries('relation', 'husband son brother father', 'male'),
  ...entries('relation', 'wife daughter sister mother widow', 'female'),
  ...entries('relation', 'counterpart colleague ally rival friend successor predecessor'),
  ...entries('affiliation', 'democrat republican democratic gop'),
] satisfies Title[]);

/**
 * Titles of a monarch or a pope, who is numbered after the name ("Queen Elizabeth I", "Pope Leo
 * XIV"): after such a title a lone "I" after the name is the number, not the pronoun.
 *
 * @example
 * MONARCH_TITLES.has('queen'); // true
 * MONARCH_TITLES.has('president'); // false
 */
export const MONARCH_TITLES: ReadonlySet<string> = new Set(
  words('king queen emperor empress pope tsar czar tsarina kaiser sultan shah pharaoh'),
);

/**
 * Words that stand before a title's head inside a title ("Deputy Foreign Minister", "White
 * House press secretary"); `RANK_MODIFIERS` are the ones that also mark a rank on their own.
 *
 * @example
 * TITLE_MODIFIERS.has('deputy'); // true
 * TITLE_MODIFIERS.has('minister'); // false
 */
export const RANK_MODIFIERS: ReadonlySet<string> = new Set(words('vice deputy acting former ex then executive'));

/**
 * Titles that are also adjectives: "General Okafor", but "a General Waiver", "the Major Leagues".
 *
 * @example
 * ADJECTIVE_TITLES.has('general'); // true
 * ADJECTIVE_TITLES.has('colonel'); // false
 */
export const ADJECTIVE_TITLES: ReadonlySet<string> = new Set(words('general major'));

/**
 * Words that open an honorific of two words ("the Rt. Hon.", "the Right Reverend", "the Very
 * Rev.", "the Most Rev."): before the honorific they belong to it, not to a name before them.
 *
 * @example
 * HONORIFIC_OPENERS.has('rt'); // true ("Rt. Hon.")
 * HONORIFIC_OPENERS.has('deputy'); // false
 */
export const HONORIFIC_OPENERS: ReadonlySet<string> = new Set(words('rt right very most'));

/**
 * Words that can stand before a title head inside a title ("Deputy Foreign Minister").
 *
 * @example
 * TITLE_MODIFIERS.has('deputy'); // true
 * TITLE_MODIFIERS.has('minister'); // false
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  ...RANK_MODIFIERS,
  ...words(`
    foreign prime defence defense interior finance economy economic trade health education energy
    agriculture environment home national security senior assistant associate managing attorney chief
    state federal permanent special top first second press party team club general major grand supreme
    principal lead junior regional provincial presidential white house military army police
    intelligence nuclear chief-of-staff labour labor justice transport information culture sports youth
    public foreign-policy communications government opposition union parliamentary lord crown high
  `),
]);

const BY_WORD: ReadonlyMap<string, Title> = new Map(TITLE_TABLE.map((t) => [t.word, t]));

/**
 * The title entry of a word (any case, a trailing period ignored), if it is one.
 *
 * @example
 * titleOf('Sen.')?.abbreviates; // 'senator'
 * titleOf('Peskov'); // undefined
 */
export function titleOf(word: string): Title | undefined {
  return BY_WORD.get(word.toLowerCase().replace(/\.$/u, ''));
}

/**
 * Honorifics and the gender they imply (null: a person, gender unknown). Lower-case, without the period.
 *
 * @example
 * HONORIFICS.get('mrs'); // 'female'
 * HONORIFICS.get('dr'); // null (a person, gender unknown)
 * HONORIFICS.has('mr.'); // false (keys carry no period)
 */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map(
  TITLE_TABLE.filter((t) => t.kind === 'honorific').map((t) => [t.word, t.gender ?? null]),
);

/**
 * Words that name a role and, written before a name, make it a person ("spokesman Ned
 * Price", "striker Erling Haaland", "Dr. Fauci"): offices, occupations, relations, and the
 * honorifics that abbreviate one of them ("dr", "prof"). The entity stage.
 *
 * @example
 * TITLE_HEADS.has('spokesman'); // true
 * TITLE_HEADS.has('deputy'); // false (a modifier, see TITLE_MODIFIERS)
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  TITLE_TABLE.filter(
    (t) =>
      t.kind === 'office' ||
      t.kind === 'occupation' ||
      t.kind === 'relation' ||
      (t.kind === 'honorific' && t.abbreviates !== undefined && BY_WORD.get(t.abbreviates)?.kind !== 'honorific'),
  ).map((t) => t.word),
);

/**
 * Person cues that are relations, not titles: they type a name but are not one of its titles.
 *
 * @example
 * RELATION_CUES.has('counterpart'); // true
 * RELATION_CUES.has('minister'); // false
 */
export const RELATION_CUES: ReadonlySet<string> = new Set(
  TITLE_TABLE.filter((t) => t.kind === 'relation').map((t) => t.word),
);

/**
 * Words dropped from the front of a speaker's name ("Kremlin spokesman Dmitry Peskov" →
 * "Dmitry Peskov", "Democrat Joe Manchin" → "Joe Manchin"): honorifics, offices, party
 * affiliations and rank modifiers. Occupations and relations are left out: too many are
 * surnames ("Driver", "Singer", "Fellow"). The quote stage.
 *
 * @example
 * SPEAKER_TITLES.has('spokesman'); // true
 * SPEAKER_TITLES.has('driver'); // false
 */
// prettier-ignore
export const SPEAKER_TITLES: ReadonlySet<string> = new Set([
  ...TITLE_TABLE.filter((t) => t.kind === 'honorific' || t.kind === 'office' || t.kind === 'affiliation').map((t) => t.word),
  ...RANK_MODIFIERS,
]);

/**
 * Title words that imply a gender, with it ("spokeswoman" → female, "Mr." → male).
 * Relations ("wife", "son") are left out: they describe a person by someone else, and the
 * quote stage reads a gender only from the speaker's own title.
 *
 * @example
 * TITLE_GENDERS.get('spokeswoman'); // 'female'
 * TITLE_GENDERS.get('minister'); // undefined
 */
export const TITLE_GENDERS: ReadonlyMap<string, Gender> = new Map(
  TITLE_TABLE.filter((t) => t.gender && t.kind !== 'relation').map((t) => [t.word, t.gender!]),
);

/**
 * Reporters' titles a byline writes after the beat ("League Insider Tom Hale") that also name
 * outlets on their own ("according to Insider"), so they are no `TITLE_HEADS`: read as a title
 * only between a beat and a person's name (spans.ts, `outlet-beat-title`). Lower-case keys.
 *
 * @example
 * BYLINE_TITLES.has('insider'); // true
 */
export const BYLINE_TITLES: ReadonlySet<string> = new Set(['insider']);
