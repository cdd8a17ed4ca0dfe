/**
 * Word lists the quote stage reasons with: speech cues, pronouns, titles, determiners and
 * the function words that end a noun phrase.
 *
 * These are closed-class English words and general categories (verbs of saying, role nouns),
 * never phrases lifted from one article. Every list is a frozen `Set` of lower-case forms so
 * a lookup is O(1) and nothing is mutated at run time.
 */

/**
 * How strongly a cue binds a quote: `reporting` verbs frame any quote; `framing` verbs only a quote after them.
 *
 * @example
 * const strength: CueStrength = 'framing'; // "vowed", "called", "described"
 */
export type CueStrength = 'reporting' | 'framing';

function forms(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/**
 * Verbs of saying (every inflected form listed explicitly, so no stemming guesswork). They
 * attribute a quote on either side: “Q,” X said / X said: “Q”.
 */
const REPORTING_FORMS = forms(`
  say says said saying tell tells told telling add adds added adding
  warn warns warned warning stress stresses stressed stressing insist insists insisted insisting
  note notes noted noting write writes wrote writing written tweet tweets tweeted tweeting
  explain explains explained explaining ask asks asked asking stated
  declare declares declared declaring announce announces announced announcing
  claim claims claimed claiming argue argues argued arguing assert asserts asserted asserting
  reply replies replied replying respond responds responded responding
  continue continues continued continuing recall recalls recalled recalling
  acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
  suggest suggests suggested suggesting report reports reported reporting
  conclude concludes concluded concluding comment comments commented commenting
  remark remarks remarked remarking joke jokes joked joking quip quips quipped quipping
  emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
  reiterate reiterates reiterated reiterating repeat repeats repeated repeating
  confirm confirms confirmed confirming observe observes observed observing
  testify testifies testified testifying shout shouts shouted shouting yell yells yelled yelling
  concede concedes conceded conceding caution cautions cautioned cautioning
  counter counters countered countering contend contends contended contending
  maintained predict predicts predicted predicting
  complain complains complained complaining recount recounts recounted recounting
  mused muse muses musing wonder wonders wondered wondering told
  post posts posted posting boast boasts boasted boasting
  tout touts touted touting lament laments lamented lamenting
  charge charges charged charging exclaim exclaims exclaimed exclaiming
  whisper whispers whispered whispering answer answers answered answering
  insisted reads chant chants chanted chanting sing sings sang singing
  scream screams screamed screaming
  allege alleges alleged alleging concede concedes conceded conceding
  assure assures assured assuring reassure reassures reassured reassuring
  retort retorts retorted retorting
`);

/**
 * Verbs that frame a quoted phrase after them but do not report a whole quote on their own:
 * vowed “strong measures”, called the claims “unacceptable”, described it as “frank”.
 */
const FRAMING_FORMS = forms(`
  vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising
  urge urges urged urging demand demands demanded demanding call calls called calling
  describe describes described describing accuse accuses accused accusing
  label labels labeled labelled labeling labelling dub dubs dubbed dubbing
  brand brands branded branding praise praises praised praising
  criticize criticizes criticized criticizing criticise criticises criticised criticising
  blast blasts blasted blasting slam slams slammed slamming
  dismiss dismisses dismissed dismissing decry decries decried decrying
  denounce denounces denounced denouncing condemn condemns condemned condemning
  threaten threatens threatened threatening expect expects expected expecting
  hope hopes hoped hoping want wants wanted wanting seek seeks sought seeking
  refer refers referred referring characterize characterizes characterized characterizing
  characterise characterises characterised characterising welcome welcomes welcomed welcoming
  mock mocks mocked mocking attack attacks attacked attacking
  voice voices voiced voicing express expresses expressed expressing
  term termed terming deem deems deemed deeming rate rated
  liken likens likened likening compare compares compared comparing nickname nicknamed
  hail hails hailed hailing laud lauds lauded lauding applaud applauds applauded applauding
  commend commends commended commending proclaim proclaims proclaimed proclaiming
  pound pounds pounded pounding lambaste lambastes lambasted lambasting
  chide chides chided chiding scold scolds scolded scolding rebuke rebukes rebuked rebuking
  berate berates berated berating ridicule ridicules ridiculed ridiculing deride derides derided deriding
  disparage disparages disparaged disparaging assail assails assailed assailing
  excoriate excoriates excoriated excoriating castigate castigates castigated castigating
  faulted faulting blame blames blamed blaming
  portray portrays portrayed portraying depict depicts depicted depicting
  exhort exhorts exhorted exhorting implore implores implored imploring
  plead pleads pleaded pleading beg begs begged begging
  cite cites cited citing invoke invokes invoked invoking referenced referencing
  quoted quoting
`);

/**
 * Every cue word, mapped to its strength.
 *
 * @example
 * CUE_WORDS.get('said'); // 'reporting'
 */
export const CUE_WORDS: ReadonlyMap<string, CueStrength> = new Map<string, CueStrength>([
  ...FRAMING_FORMS.map((w) => [w, 'framing'] as [string, CueStrength]),
  ...REPORTING_FORMS.map((w) => [w, 'reporting'] as [string, CueStrength]),
]);

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
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['we', 'first'], ['i', 'first'],
] as const);

/**
 * Words that open a noun phrase.
 *
 * @example
 * DETERMINERS.has('the'); // true
 */
export const DETERMINERS = new Set(forms(`
  the a an another one two three four several some many most few both this these those
  his her its their our my your any no each every other such
`));

/**
 * Titles and roles written before a name ("Kremlin spokesman Dmitry Peskov", "Sen. Warren");
 * dropped from the speaker's name. Compared without a trailing period.
 *
 * @example
 * TITLES.has('spokesman'); // true
 */
export const TITLES = new Set(forms(`
  president vice sen senator rep representative gov governor mayor secretary minister premier
  spokesman spokeswoman spokesperson adviser advisor ambassador chairman chairwoman chair chief
  director general gen judge justice mr mrs ms miss dr prof professor sir lord lady dame king queen
  prince princess pope rev reverend attorney candidate nominee leader commissioner deputy
  undersecretary chancellor lt col sgt capt captain commander admiral adm officer sheriff
  councilman councilwoman councilor congressman congresswoman lawmaker speaker manager
  executive ceo cfo coo founder head analyst strategist aide chairperson pastor father
  mp mep secretary-general president-elect ex former then-president then
  democrat republican democratic gop
`));

/**
 * Head nouns of an anonymous or generic speaker that may stand without a determiner ("officials said").
 *
 * @example
 * BARE_SPEAKER_NOUNS.has('officials'); // true
 */
export const BARE_SPEAKER_NOUNS = new Set(forms(`
  officials sources experts analysts aides critics observers people residents witnesses police
  authorities diplomats investigators prosecutors lawmakers senators democrats republicans
  supporters advisers advisors economists scientists researchers historians strategists
  organizers officers spokesmen reports polls documents surveys studies insiders voters
  leaders members staffers activists protesters scholars
`));

/**
 * Nouns that head a speaker phrase with a determiner ("a military source", "the campaign").
 *
 * @example
 * ROLE_NOUNS.has('source'); // true
 */
export const ROLE_NOUNS = new Set(forms(`
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
`));

/**
 * Words that can never be inside a speaker noun phrase: conjunctions, prepositions, verbs of
 * being, relative pronouns, adverbs of time and manner, weekdays and months.
 *
 * @example
 * NP_STOP.has('which'); // true
 */
export const NP_STOP = new Set(forms(`
  and or but nor so yet that which who whom whose what when where while whether if because
  although though as than to in on at by from with without into onto upon about after before
  during since until for of over under between through against among across behind beyond
  is are was were be been being has have had do does did will would shall should can could may
  might must also later then again still just even only now once previously reportedly
  repeatedly further however meanwhile not never already often always too very
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
  january february march april june july august september october november december
  there here this-week last next this week year month day morning afternoon evening night
  ago it's he's she's said says told added
  let lets make makes made help helps helped allow allows allowed enable enables enabled
`));

/**
 * Adverbs and auxiliaries that may sit between a speaker and its cue ("Peskov also said").
 *
 * @example
 * BETWEEN_SUBJECT_AND_CUE.has('also'); // true
 */
export const BETWEEN_SUBJECT_AND_CUE = new Set(forms(`
  also later then again still once previously reportedly repeatedly further has have had would
  will did does do had has just recently subsequently had also later has since often
  quickly promptly earlier first initially privately publicly flatly openly separately even
  too however meanwhile nonetheless though not is are was were been
`));

/**
 * Name particles that may sit lower-case inside a name ("Ursula von der Leyen").
 *
 * @example
 * NAME_PARTICLES.has('von'); // true
 */
export const NAME_PARTICLES = new Set(forms('de del della der van von den da di du la le bin ibn al el ben dos das st'));

/**
 * Capitalized words that mark an organization, not a person (compared lower-case).
 *
 * @example
 * ORGANIZATION_WORDS.has('ministry'); // true
 */
export const ORGANIZATION_WORDS = new Set(forms(`
  house kremlin department ministry office council committee party campaign agency
  administration commission government court senate congress pentagon times post journal
  news network association union institute foundation center centre university bank fund
  service bureau corp inc group organization organisation nato army navy police press
  company corporation coalition federation league board authority alliance parliament duma
  cabinet embassy command forces tass reuters bloomberg cnn bbc fox msnbc abc cbs nbc
  fbi cia nsa un eu who imf opec website team side
`));

/**
 * Capitalized words that mark a place (not a speaker); they make a run a poor person name.
 *
 * @example
 * PLACE_WORDS.has('sea'); // true
 */
export const PLACE_WORDS = new Set(forms(`
  sea ocean river lake mountain mountains street avenue square city county state states republic
  kingdom island islands peninsula valley bay gulf strait coast region province
`));

/**
 * Abbreviations whose period does not end a sentence.
 *
 * @example
 * ABBREVIATIONS.has('sen'); // true ("Sen. Warren")
 */
export const ABBREVIATIONS = new Set(forms(`
  mr mrs ms dr sen rep gov gen lt col sgt capt prof st jr sr inc corp co ltd no vs etc
  jan feb mar apr aug sep sept oct nov dec adm rev messrs mt ft ave blvd dept est approx
  sens reps govs atty supt secy amb cmdr maj ret
`));

/**
 * Abbreviations that only count when capitalized: titles and U.S. state abbreviations
 * ("Del. Marcia Price", "Sen. Warren (D-Mass.)"); "ill." ends a sentence, "Ill." does not.
 *
 * @example
 * CAPITALIZED_ABBREVIATIONS.has('del'); // true
 */
export const CAPITALIZED_ABBREVIATIONS = new Set(forms(`
  del ala ariz ark calif colo conn fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
  okla ore pa penn tenn tex va vt wash wis wyo ariz
`));

/**
 * Nouns of documents and messages: a document speaks for its author ("the statement said" is
 * the ministry that issued it), so a speaker phrase headed by one is resolved to its author
 * when the text gives one.
 *
 * @example
 * DOCUMENT_NOUNS.has('statement'); // true
 */
export const DOCUMENT_NOUNS = new Set(forms(`
  statement statements memo memos letter letters email emails e-mail release readout report reports
  communique communiqué declaration note notice message post tweet filing document documents
  transcript minutes text circular decree bulletin announcement press-release
`));

/**
 * Nouns of something said, whose possessor is the speaker ("Her answer was short: “…”").
 *
 * @example
 * SPEECH_NOUNS.has('answer'); // true
 */
export const SPEECH_NOUNS = new Set(forms(`
  answer reply response message words comment comments remarks statement verdict view position
  argument explanation warning promise pledge advice conclusion assessment words appeal
`));

/**
 * Head nouns of a person's role: a definite one ("the senator", "the coach") names the person the
 * article gave that role; an indefinite one ("a senior official") is an anonymous source.
 *
 * @example
 * PERSON_ROLES.has('coach'); // true
 */
export const PERSON_ROLES = new Set(forms(`
  president minister premier chancellor senator governor mayor secretary spokesman spokeswoman
  spokesperson aide adviser advisor ambassador chairman chairwoman chair chief director general
  judge prosecutor lawyer attorney candidate nominee leader commissioner deputy commander officer
  official diplomat source coach manager player striker goalkeeper captain boss owner founder head
  executive ceo analyst economist strategist expert professor researcher scientist doctor star
  actor actress singer woman man mother father wife husband daughter son witness resident
  lawmaker congressman congresswoman representative mp politician king queen prince princess
  pope bishop priest imam rabbi activist organizer spokesmen officials sources diplomats experts
  analysts lawmakers
`));

/**
 * Words of news media: a speaker phrase with one ("the state news agency", "the daily") is a
 * reporting outlet, which yields to a person speaking in the same sentence.
 *
 * @example
 * MEDIA_WORDS.has('agency'); // true
 */
export const MEDIA_WORDS = new Set(forms(`
  agency news newspaper daily paper outlet media broadcaster television tv radio channel network
  wire press magazine tabloid website portal
`));
