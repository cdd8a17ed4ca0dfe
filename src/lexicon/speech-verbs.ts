/**
 * Verbs of saying (and of deciding) in news English, with the properties each stage reads:
 *
 * - `cue`: the quote stage's attribution strength. `reporting` verbs attribute a quote on
 *   either side (“Q,” X said / X said: “Q”); `framing` verbs only frame a quoted phrase after
 *   them (vowed “strong measures”, called the claims “unacceptable”).
 * - `speakerSubject`: the subject is a speaker even though the verb is no reporting cue: it
 *   states the subject's attitude or commitment (believes, vows, wants) or a denial. With
 *   the reporting verbs, a capitalized name right before it is a speaker (the entity stage).
 * - `tenseNeutral`: the verb frames reported speech and says nothing about when the reported
 *   event happens (the date stage's tense reader skips it).
 * - `datesReport`: its past tense right before a date dates the report itself ("said Friday",
 *   "ruled Tuesday"), which is behind the reader.
 * - `neverInverted`: English does not put it before its subject ("…, detailed the minister" is
 *   another language's word order; "…, said the minister" is English): the translation stage.
 *
 * Every inflected form is listed explicitly (no stemming guesswork), and only the forms that
 * read as the verb: "stated", not "state"; "told", "tells", not "tell" alone is fine too. The
 * sets and regex sources below are derived from the table, so a verb added here is read by
 * every stage.
 */
import { matchAnyPattern, words } from './pattern.js';

/**
 * How strongly a cue binds a quote: `reporting` verbs frame any quote; `framing` verbs only a quote after them.
 *
 * @example
 * const strength: CueStrength = 'framing'; // "vowed", "called", "described"
 */
export type CueStrength = 'reporting' | 'framing';

/**
 * One verb: its lemma, the forms that count, and its properties (see the module header).
 *
 * @example
 * const say: SpeechVerb = { lemma: 'say', forms: ['say', 'says', 'said', 'saying'], cue: 'reporting', tenseNeutral: true, datesReport: true };
 */
export interface SpeechVerb {
  readonly lemma: string;
  readonly forms: readonly string[];
  /** Forms that are also common nouns ("reports", "claims"): "Western reports" names no speaker. */
  readonly nounForms?: readonly string[];
  /** Absent for verbs of deciding ("ruled", "voted"), which date a report but attribute no quote. */
  readonly cue?: CueStrength;
  readonly speakerSubject?: boolean;
  /** The subject is usually a publication or a document, not a person ("Reuters reported"). */
  readonly publicationSubject?: boolean;
  readonly tenseNeutral?: boolean;
  readonly datesReport?: boolean;
  /** English never puts it before its subject after a comma ("…, detailed the minister"). */
  readonly neverInverted?: boolean;
  /** A cue only when its subject is a study, a poll or a document ("the survey found that “…”"). */
  readonly studySubject?: boolean;
}

type Properties = Omit<SpeechVerb, 'lemma' | 'forms'>;

/**
 * One verb per line: the lemma, then its other forms, separated by spaces. A lemma written
 * "-state" is not itself a form ("state" is a noun); a form written "reports*" is also a
 * common noun.
 */
function group(properties: Properties, lines: string): SpeechVerb[] {
  return lines
    .split('\n')
    .map((line) => words(line))
    .filter((forms) => forms.length > 0)
    .map(([lemma, ...rest]) => {
      // "-state" lists the lemma for its properties but not as a form ("state" is a noun).
      const bare = lemma!.startsWith('-');
      const name = bare ? lemma!.slice(1) : lemma!;
      // "reports*": the form is also a common noun.
      const nounForms = rest.filter((f) => f.endsWith('*')).map((f) => f.slice(0, -1));
      const forms = [...(bare ? [] : [name]), ...rest.map((f) => f.replace(/\*$/, ''))];
      return { lemma: name, forms, ...(nounForms.length ? { nounForms } : {}), ...properties };
    });
}

const REPORTING_DATING: Properties = { cue: 'reporting', tenseNeutral: true, datesReport: true };

/**
 * The verbs, with their properties (see `group` for the line format).
 *
 * @example
 * SPEECH_VERB_TABLE.find((v) => v.lemma === 'say')!.forms; // ['say', 'says', 'said', 'saying']
 */
export const SPEECH_VERB_TABLE: readonly SpeechVerb[] = Object.freeze([
  // Reporting verbs that frame speech and date the report.
  ...group(
    REPORTING_DATING,
    `
    say says said saying
    tell tells told telling
    add adds added adding
    announce announces announced announcing
    note notes* noted noting
    -state states* stated stating
    explain explains explained explaining
    claim claims* claimed claiming
    declare declares declared declaring
    confirm confirms confirmed confirming
  `,
  ),
  // Reporting verbs that English does not put before their subject (see the header).
  ...group(
    { ...REPORTING_DATING, neverInverted: true },
    `
    stress stresses stressed stressing
    insist insists insisted insisting
    indicate indicates indicated indicating
  `,
  ),
  ...group(
    { cue: 'reporting', tenseNeutral: true },
    `
    write writes wrote writing written
  `,
  ),
  // Its subject is usually a publication or a document ("Reuters reported", "the survey reported").
  ...group(
    { ...REPORTING_DATING, publicationSubject: true },
    `
    report reports* reported reporting
  `,
  ),
  ...group(
    { cue: 'reporting', datesReport: true },
    `
    predict predicts predicted predicting
    complain complains complained complaining
    ask asks asked asking
    disclose discloses disclosed disclosing
    reveal reveals revealed revealing
  `,
  ),
  ...group(
    { cue: 'reporting', datesReport: true, neverInverted: true },
    `
    estimate estimates* estimated estimating
    acknowledge acknowledges acknowledged acknowledging
    warn warns warned warning
  `,
  ),
  ...group(
    { cue: 'reporting' },
    `
    tweet tweets* tweeted tweeting
    argue argues argued arguing
    assert asserts asserted asserting
    reply replies replied replying
    respond responds responded responding
    continue continues continued continuing
    admit admits admitted admitting
    suggest suggests suggested suggesting
    remark remarks* remarked remarking
    joke jokes* joked joking
    quip quips* quipped quipping
    repeat repeats* repeated repeating
    observe observes observed observing
    testify testifies testified testifying
    shout shouts* shouted shouting
    yell yells* yelled yelling
    concede concedes conceded conceding
    caution cautions* cautioned cautioning
    counter counters* countered countering
    contend contends contended contending
    recount recounts* recounted recounting
    -muse muse muses* mused musing
    wonder wonders* wondered wondering
    post posts* posted posting
    boast boasts* boasted boasting
    tout touts* touted touting
    charge charges* charged charging
    exclaim exclaims exclaimed exclaiming
    whisper whispers* whispered whispering
    answer answers* answered answering
    read reads
    chant chants* chanted chanting
    sing sings sang singing
    scream screams* screamed screaming
    allege alleges alleged alleging
    reassure reassures reassured reassuring
    retort retorts retorted retorting
    remember remembers remembered remembering
    fume fumes* fumed fuming
    scoff scoffs scoffed scoffing
    interject interjects interjected interjecting
  `,
  ),
  ...group(
    { cue: 'reporting', neverInverted: true },
    `
    recall recalls recalled recalling
    conclude concludes concluded concluding
    comment comments* commented commenting
    emphasize emphasizes emphasized emphasizing
    emphasise emphasises emphasised emphasising
    underline underlines underlined underlining
    reiterate reiterates reiterated reiterating
    -maintain maintained
    lament laments* lamented lamenting
    assure assures assured assuring
    slip slips* slipped slipping
  `,
  ),
  // Framing verbs that state the subject's own attitude or commitment: the subject is a speaker.
  ...group(
    { cue: 'framing', speakerSubject: true },
    `
    vow vows* vowed vowing
    pledge pledges* pledged pledging
    promise promises* promised promising
    threaten threatens threatened threatening
    hope hopes* hoped hoping
    want wants* wanted wanting
  `,
  ),
  // Verbs of belief: the subject is a speaker, but they attribute no quote ("think tank").
  ...group(
    { speakerSubject: true },
    `
    -believe believes believed
    -think thinks thought
  `,
  ),
  ...group(
    { cue: 'framing', speakerSubject: true, datesReport: true },
    `
    urge urges urged urging
  `,
  ),
  ...group(
    { cue: 'framing' },
    `
    demand demands demanded demanding
    call calls called calling
    describe describes described describing
    accuse accuses accused accusing
    label labels labeled labelled labeling labelling
    dub dubs dubbed dubbing
    brand brands branded branding
    praise praises praised praising
    criticize criticizes criticized criticizing
    criticise criticises criticised criticising
    blast blasts blasted blasting
    slam slams slammed slamming
    dismiss dismisses dismissed dismissing
    decry decries decried decrying
    condemn condemns condemned condemning
    expect expects expected expecting
    seek seeks sought seeking
    refer refers referred referring
    characterize characterizes characterized characterizing
    characterise characterises characterised characterising
    welcome welcomes welcomed welcoming
    mock mocks mocked mocking
    attack attacks attacked attacking
    voice voices voiced voicing
    express expresses expressed expressing
    term termed terming
    deem deems deemed deeming
    rate rated
    liken likens likened likening
    compare compares compared comparing
    nickname nicknamed
    hail hails hailed hailing
    laud lauds lauded lauding
    applaud applauds applauded applauding
    commend commends commended commending
    proclaim proclaims proclaimed proclaiming
    pound pounds pounded pounding
    lambaste lambastes lambasted lambasting
    chide chides chided chiding
    scold scolds scolded scolding
    rebuke rebukes rebuked rebuking
    berate berates berated berating
    ridicule ridicules ridiculed ridiculing
    deride derides derided deriding
    disparage disparages disparaged disparaging
    assail assails assailed assailing
    excoriate excoriates excoriated excoriating
    castigate castigates castigated castigating
    -fault faulted faulting
    blame blames blamed blaming
    portray portrays portrayed portraying
    depict depicts depicted depicting
    exhort exhorts exhorted exhorting
    implore implores implored imploring
    plead pleads pleaded pleading
    beg begs begged begging
    cite cites cited citing
    invoke invokes invoked invoking
    -reference referenced referencing
    -quote quoted quoting
    thank thanks* thanked thanking
    question questions* questioned questioning
    imply implies implied implying
    defend defends defended defending
    propose proposes proposed proposing
  `,
  ),
  ...group(
    { cue: 'framing', neverInverted: true },
    `
    denounce denounces denounced denouncing
  `,
  ),
  // Verbs that only a translation puts before their subject ("…, specified the ministry"): no
  // quote cue of their own; listed for the translation stage, and a quote's cue only in that
  // inverted place (INVERTED_ONLY_CUES).
  ...group(
    { neverInverted: true },
    `
    -affirm affirmed affirms
    -reaffirm reaffirmed reaffirms
    -evaluate evaluated evaluates
    -summarize summarized summarizes
    -summarise summarised summarises
    -inform informed informs
    -detail detailed
    -specify specified
    -highlight highlighted
    -consider considered
    -deplore deplored
    -value valued
    -regret regretted
    -assess assessed
    -clarify clarified
  `,
  ),
  // What a study, a poll or a document finds: a cue only after such a subject ("the survey found that “…”").
  ...group(
    { studySubject: true },
    `
    find finds found finding
    show shows showed shown showing
  `,
  ),
  // A denial is said, but its object is what is denied ("denied the accusations as “hysteria”"): no quote cue.
  ...group(
    { speakerSubject: true, datesReport: true },
    `
    deny denies denied denying
  `,
  ),
  // Its subject speaks, but a quote nearby has a better cue ("spoke to reporters …, arguing “…”").
  ...group(
    { speakerSubject: true },
    `
    -speak speaks spoke
  `,
  ),
  // Verbs of deciding: no quote cue, but "ruled Friday" dates the ruling, which is behind us.
  ...group(
    { datesReport: true },
    `
    agree agrees agreed agreeing
    rule rules ruled ruling
    decide decides decided deciding
    vote votes voted voting
    approve approves approved approving
  `,
  ),
] satisfies SpeechVerb[]);

/** The grammatical role of a listed form, read from its shape. */
function formRole(verb: SpeechVerb, form: string): 'base' | 'third' | 'past' | 'ing' {
  if (form === verb.lemma) return 'base';
  if (form.endsWith('ing') && !verb.lemma.endsWith('ing')) return 'ing';
  if (form.endsWith('s') && !form.endsWith('ss')) return 'third';
  return 'past';
}

function formsWhere(verb: (v: SpeechVerb) => boolean, role: (r: ReturnType<typeof formRole>) => boolean): string[] {
  return SPEECH_VERB_TABLE.filter(verb).flatMap((v) => v.forms.filter((f) => role(formRole(v, f))));
}

/**
 * Every form of a quote cue, mapped to its strength (the quote stage).
 *
 * @example
 * CUE_WORDS.get('said'); // 'reporting'
 * CUE_WORDS.get('vowed'); // 'framing'
 */
export const CUE_WORDS: ReadonlyMap<string, CueStrength> = new Map(
  SPEECH_VERB_TABLE.flatMap((v) => (v.cue ? v.forms.map((f) => [f, v.cue!] as const) : [])),
);

/**
 * Two-word reporting cues: for each first word, the second ("pointed out", "“…,” Trump went on",
 * "as one editorial put it"). Alone, neither word reports speech.
 *
 * @example
 * PHRASE_CUES.get('went'); // 'on'
 * PHRASE_CUES.get('said'); // undefined
 */
// prettier-ignore
export const PHRASE_CUES: ReadonlyMap<string, string> = new Map([
  ['pointed', 'out'], ['points', 'out'], ['pointing', 'out'], ['went', 'on'], ['goes', 'on'], ['put', 'it'], ['puts', 'it'],
]);

/**
 * True when a two-word cue of PHRASE_CUES starts at word `k`, `wordAt(i)` giving the lower-case
 * word at `i` (undefined for punctuation, a quote or the end). Going on reports speech only
 * where the clause ends or a speech verb follows ("“…?” Trump went on.", "went on to say"), not
 * in "went on for weeks".
 *
 * @example
 * const words = ['she', 'went', 'on', 'to', 'say'];
 * phraseCueAt((i) => words[i], 1); // true
 * phraseCueAt((i) => ['it', 'went', 'on', 'for', 'weeks'][i], 1); // false
 */
export function phraseCueAt(wordAt: (i: number) => string | undefined, k: number): boolean {
  const first = wordAt(k);
  const second = first === undefined ? undefined : PHRASE_CUES.get(first);
  if (second === undefined || wordAt(k + 1) !== second) return false;
  if (second !== 'on') return true;
  const after = wordAt(k + 2);
  return after === undefined || (after === 'to' && CUE_WORDS.has(wordAt(k + 3) ?? ''));
}

/**
 * Forms of the verbs that are a cue only after a study, a poll or a document ("the poll found").
 *
 * @example
 * STUDY_CUE_WORDS.has('found'); // true
 * STUDY_CUE_WORDS.has('said'); // false
 */
export const STUDY_CUE_WORDS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.flatMap((v) => (v.studySubject ? v.forms : [])),
);

/**
 * Cue forms that are also common nouns ("reports", "claims", "states", "comments"): after an
 * adjective or a quantifier ("many Nordic states", "other reports") they are the noun.
 *
 * @example
 * CUE_NOUN_FORMS.has('states'); // true
 * CUE_NOUN_FORMS.has('said'); // false
 */
export const CUE_NOUN_FORMS: ReadonlySet<string> = new Set(SPEECH_VERB_TABLE.flatMap((v) => v.nounForms ?? []));

/**
 * Finite forms (third person and past) of the verbs whose subject is a speaker: reporting
 * cues and the other verbs with a speaker subject, except forms that are also common nouns
 * ("Western reports") and verbs whose subject is usually a publication ("reported"). A capitalized name right before one is a speaker ("..., Samorukov
 * added") — the entity stage.
 *
 * @example
 * SPEAKER_VERBS.has('added'); // true
 * SPEAKER_VERBS.has('ran'); // false
 */
export const SPEAKER_VERBS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.filter((v) => (v.cue === 'reporting' || v.speakerSubject) && !v.publicationSubject).flatMap((v) =>
    v.forms.filter((f) => !v.nounForms?.includes(f) && ['third', 'past'].includes(formRole(v, f))),
  ),
);

/**
 * Forms (base, third person, past) of the verbs that frame reported speech without timing
 * the reported event: the date stage's tense reader skips them.
 *
 * @example
 * TENSE_NEUTRAL_VERBS.has('said'); // true
 * TENSE_NEUTRAL_VERBS.has('met'); // false
 */
export const TENSE_NEUTRAL_VERBS: ReadonlySet<string> = new Set(
  formsWhere(
    (v) => Boolean(v.tenseNeutral),
    (r) => r !== 'ing',
  ),
);

/**
 * Past forms of the verbs whose past tense dates the report ("said Friday", "ruled Tuesday"),
 * as a regex alternation.
 *
 * @example
 * new RegExp(`^(?:${REPORT_PAST_PATTERN})$`).test('announced'); // true
 * new RegExp(`^(?:${REPORT_PAST_PATTERN})$`).test('wrote'); // false (its report date is the article's)
 */
export const REPORT_PAST_PATTERN = matchAnyPattern(
  formsWhere(
    (v) => Boolean(v.datesReport),
    (r) => r === 'past',
  ),
);

/**
 * Past forms of the tense-neutral reporting verbs, and "says": a line ending in one is
 * attributed prose ("…, officials said."), not a headline (the cleaner's related-links rule).
 *
 * @example
 * new RegExp(`^(?:${ATTRIBUTION_PATTERN})$`).test('told'); // true
 */
export const ATTRIBUTION_PATTERN = matchAnyPattern([
  ...formsWhere(
    (v) => Boolean(v.tenseNeutral),
    (r) => r === 'past',
  ),
  'says',
]);

// "…, officials said.", "…, the group said in its appeal.", "…, according to the county."
const ATTRIBUTED_ENDING = new RegExp(
  `,\\s*(?:[^,]{0,60}\\s)?(?:(?:${ATTRIBUTION_PATTERN})\\b[^,]{0,60}|according to\\b[^,]{1,80})[.!?]["”’]?$`,
  'u',
);

/**
 * True when a line ends in an attribution after a comma ("…, the chief said.", "…, according
 * to the county."): a reporter's sentence quoting an appeal ("Follow the police on Facebook for
 * updates, the chief said."), not the site's own call to the reader.
 *
 * @example
 * endsWithAttribution('Donate at the center through Friday, organisers said.'); // true
 * endsWithAttribution('Follow us on Facebook.'); // false
 */
export function endsWithAttribution(text: string): boolean {
  return text.length > 12 && ATTRIBUTED_ENDING.test(text);
}

/**
 * Third-person and past forms of the reporting verbs other than "tell" (which needs its
 * listener first: "told reporters that"), as a regex alternation: "X said that I …" outside
 * quotes is reported speech with a first-person pronoun (the cleaner's translation flag).
 *
 * @example
 * new RegExp(`^(?:${REPORTED_SPEECH_PATTERN})$`).test('reiterated'); // true
 */
export const REPORTED_SPEECH_PATTERN = matchAnyPattern(
  formsWhere(
    (v) => v.cue === 'reporting' && v.lemma !== 'tell',
    (r) => r === 'third' || r === 'past',
  ),
);

/**
 * Forms of the verbs that are a quote's cue only where a translation puts them, right after
 * the quote and before their subject ("“…,” affirmed the minister, Ana Ruiz."): the verbs
 * without a cue of their own that English never inverts.
 *
 * @example
 * INVERTED_ONLY_CUES.has('affirmed'); // true
 * INVERTED_ONLY_CUES.has('said'); // false (a cue anywhere)
 */
export const INVERTED_ONLY_CUES: ReadonlySet<string> = new Set(
  formsWhere(
    (v) => Boolean(v.neverInverted) && !v.cue,
    () => true,
  ),
);

/**
 * Past forms of the verbs English never puts before their subject ("…, detailed the
 * minister" is a translation's word order): the translation stage's speech-inversion check.
 *
 * @example
 * NEVER_INVERTED_VERBS.has('detailed'); // true
 * NEVER_INVERTED_VERBS.has('said'); // false ("…, said the minister" is English)
 */
export const NEVER_INVERTED_VERBS: ReadonlySet<string> = new Set(
  formsWhere(
    (v) => Boolean(v.neverInverted),
    (r) => r === 'past',
  ),
);
