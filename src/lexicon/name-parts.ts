/**
 * The words that build names in news English: head nouns of organization and place names
 * ("... Council", "Bank of ...", "... Sea", "Mount ..."), compass words that make a larger
 * place ("Eastern Europe"), the particles of personal names ("von der Leyen", "bin Salman"),
 * and a few names that no head noun types (seats of power that act for an administration,
 * wire services, places compromise's lexicon lacks).
 *
 * compromise has its own organization and place head words (its `orgWords`/`placeWords`),
 * but they are reachable only through its world, which the cleaner must never load; the
 * entity stage reads compromise's lexicon directly for country, city and region names.
 */
import { matchAnyPattern, words } from './pattern.js';

/**
 * Bodies whose one-word name is their head noun, borrowed from another language ("the
 * Bundestag", "the Knesset"): an organization alone, not only at the end of a longer name.
 * National and regional legislatures are called by their own names in English copy ("the
 * Storting", "the Dáil", "the Bavarian Landtag", "the Lok Sabha"), with and without diacritics.
 *
 * @example
 * BODY_NAMES.has('knesset'); // true ("the Knesset voted")
 * BODY_NAMES.has('storting'); // true ("the Storting voted")
 * BODY_NAMES.has('council'); // false ("the Council" alone names no body)
 */
export const BODY_NAMES: ReadonlySet<string> = new Set(
  words(`
  taliban mujahideen politburo duma knesset sejm rada majlis bundestag bundesrat bundesbank
  seimas saeima riigikogu storting stortinget riksdag riksdagen folketing folketinget eduskunta althing
  alþingi løgting oireachtas dáil dail seanad sabor skupština skupstina sobranie sobranje landtag
  nationalrat ständerat standerat cortes sabha sangsad khural mazhilis senedd
`),
);

/**
 * Head nouns that make a capitalized name an organization when they end it ("Moscow Carnegie Center").
 *
 * @example
 * ORG_HEADS.has('center'); // true ("Moscow Carnegie Center")
 * ORG_HEADS.has('sea'); // false
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  ...words(`
  council ministry agency center centre endowment department party bank university institute institution
  commission committee corporation corp inc ltd llc plc co company companies group association federation
  union organization organisation foundation fund authority office bureau service services board court
  parliament assembly congress senate army navy forces force police front movement league club church
  times post news journal herald tribune telegraph gazette review press network television tv radio
  airlines airline airways motors exchange holdings holding industries systems technologies
  pharmaceuticals partners securities hospital school college academy society alliance coalition
  brigade brigades corps guard command cabinet government administration secretariat tribunal mission cross
  crescent reserve treasury international enterprises team conference directorate
  inspectorate prosecutor chamber consortium cooperative trust investments capital energy oil petroleum
  electric telecom communications media daily magazine weekly broadcasting monitor observer courier
  express mail standard insider guardian sun globe chronicle register bloc squad militia brotherhood
  caucus diet legislature fc ag sa nv gmbh spa bv embassy steel pictures films studios entertainment
  electronics chemicals mining foods logistics shipping insurance textiles semiconductor semiconductors
  software laboratory laboratories lab labs railways railway cable cables robotics monthly pac
`),
  ...BODY_NAMES,
]);

/**
 * A firm's trade, ending its name after its founder's name or a coined word ("Lenka Varsky
 * Design", "Balvane Studio", "Orlen Tade Music", "Ida Varsky Footwear"): no person's name ends in
 * one. Not in ORG_HEADS: after common words they name a field, a room or a genre ("Interior
 * Design", "Sound Studio", "Country Music").
 *
 * @example
 * TRADE_FIRM_HEADS.has('studio'); // true
 * TRADE_FIRM_HEADS.has('council'); // false
 */
export const TRADE_FIRM_HEADS: ReadonlySet<string> = new Set(words('design studio architects music records footwear'));

/**
 * The word for a group of companies in French, Spanish, Portuguese and Italian, opening a
 * company's name ("Groupe Varnel", "Grupo Lenmar"): what follows it is the company's name.
 *
 * @example
 * GROUP_OPENERS.has('groupe'); // true
 * GROUP_OPENERS.has('group'); // false ("Group" ends an English name: ORG_HEADS)
 */
export const GROUP_OPENERS: ReadonlySet<string> = new Set(words('groupe grupo gruppo'));

/**
 * Head nouns that end the name of a news outlet or agency ("Lotus News Agency", "Kite News
 * Service", "Evening Times"): a dateline place may follow such a name with no mark between.
 *
 * @example
 * OUTLET_HEADS.has('agency'); // true
 * OUTLET_HEADS.has('ministry'); // false
 */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(
  words(`
  agency service news network press daily times post journal herald tribune telegraph gazette
  television tv radio broadcasting chronicle courier express observer online
`),
);

/**
 * Heads of administrative divisions, written after a division's name ("Varnak Province",
 * "Saar District") or after words of its kind alone ("the Autonomous Region").
 *
 * @example
 * DIVISION_HEADS.has('province'); // true
 * DIVISION_HEADS.has('city'); // false ("Mexico City" is not Mexico)
 */
export const DIVISION_HEADS: ReadonlySet<string> = new Set(
  words('region province district prefecture zone territory municipality county area oblast governorate krai'),
);

/**
 * Words that end the name of the district an office serves, after "for the" ("the Kestrin
 * Attorney's Office for the Northern District"). Not a court's circuit: CoNLL-2003 names a court
 * of appeals and its circuit apart.
 *
 * @example
 * DISTRICT_HEADS.has('district'); // true
 */
export const DISTRICT_HEADS: ReadonlySet<string> = new Set(words('district'));

/**
 * Words that say which kind a division is, between its name and its head ("Varnak Special
 * Administrative Region", "Ostria Special Economic Zone").
 *
 * @example
 * DIVISION_KIND_WORDS.has('autonomous'); // true
 */
export const DIVISION_KIND_WORDS: ReadonlySet<string> = new Set(
  words(`
  autonomous special administrative economic free trade development industrial new metropolitan
  national federal capital self-governing border frontier tribal scenic high-tech pilot
`),
);

/**
 * Words that say which division a body serves, between the division's name and the body's
 * ("Varnak City Water Board", "Varnak Provincial Health Commission"): a body written with and
 * without one is the same body ("Varnak Water Board"). Not "county", whose body differs from the
 * city's of the same name (a county police and the city police).
 *
 * @example
 * DIVISION_QUALIFIERS.has('municipal'); // true
 * DIVISION_QUALIFIERS.has('county'); // false
 */
export const DIVISION_QUALIFIERS: ReadonlySet<string> = new Set(
  words('city municipal province provincial prefecture prefectural'),
);

/**
 * Head nouns of events and competitions: not organizations ("Champions League", "Climate Change
 * Conference"); a body that opens such a name is mentioned ("the UN Climate Change Conference").
 *
 * @example
 * EVENT_HEADS.has('conference'); // true
 * EVENT_HEADS.has('council'); // false
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  words(
    'league cup conference summit games olympics championship championships open forum festival series trophy tournament show expo exhibition fair marathon awards contest',
  ),
);

/**
 * Words that open the name of a weather system or a military operation ("Hurricane Milton",
 * "Typhoon Haikui", "Storm Ciaran", "Operation Desert Storm"): the name after them is an event,
 * not a person, place or organization (CoNLL-2003 marks such names MISC). Lower-case keys.
 *
 * @example
 * EVENT_OPENERS.has('typhoon'); // true
 * EVENT_OPENERS.has('hurricanes'); // false
 */
export const EVENT_OPENERS: ReadonlySet<string> = new Set(words('hurricane typhoon cyclone storm operation'));

/**
 * Head nouns of titled works and documents: reports, surveys, statistics, rules and exams, guides
 * (roadmaps, handbooks), and the art shows named like them ("Household Debt Survey", "Annual Trade
 * Report", "Small Shop Growth Roadmap", "Coastal Biennial"). A capitalized name they end is a title, not a body; CoNLL-2003 reads such names
 * as MISC ("Middle East Economic Survey", "Industrial Production Index").
 *
 * @example
 * WORK_HEADS.has('survey'); // true
 * WORK_HEADS.has('institute'); // false
 */
export const WORK_HEADS: ReadonlySet<string> = new Set(
  words(
    'report survey analysis statistics index regulations examination exam biennial biennale triennial roadmap handbook',
  ),
);

/**
 * Heads of the numbered or lettered parts of a law or a document ("Annex B", "Article V",
 * "Chapter 11"): a part of a text, no body (`none/document-part`).
 *
 * @example
 * DOCUMENT_PART_HEADS.has('subtitle'); // true
 */
export const DOCUMENT_PART_HEADS: ReadonlySet<string> = new Set(
  words('article section subsection subtitle title chapter clause paragraph part annex appendix schedule'),
);

/**
 * Scriptures named alone ("a rare Tanakh", "the Koran"): a work, none of our types (`none/scripture`).
 *
 * @example
 * SCRIPTURES.has('talmud'); // true
 */
export const SCRIPTURES: ReadonlySet<string> = new Set(
  words('bible talmud mishnah koran quran torah tanakh gospels vedas upanishads'),
);

/**
 * One-word party names that read as a common noun or a person ("Labor won the seat", "a vote
 * for Labour"), lower-case. Plurals that name members ("Democrats", "Greens") are left out.
 *
 * @example
 * PARTY_WORDS.has('labour'); // true
 */
export const PARTY_WORDS: ReadonlySet<string> = new Set(words('labor labour'));

/**
 * Designators of sports clubs, as written (case matters: "AS Roma", not "as"): before or
 * after the club's name they are part of it ("FC Porto", "Ajax Amsterdam SC").
 *
 * @example
 * CLUB_DESIGNATORS.has('FC'); // true ("FC Porto")
 * CLUB_DESIGNATORS.has('fc'); // false (written in capitals)
 */
export const CLUB_DESIGNATORS: ReadonlySet<string> = new Set(
  words(`
  FC AFC CF SC AC AS SS SV FK NK SK CD BK IF VfB VfL VfR TSV RB BSC KRC KV OGC RCD UD
`),
);

/**
 * Heads of bodies named for the subject they sit on, linked by "on" ("Commission on Human
 * Rights", "Council on Foreign Relations", "Institute on Drug Abuse", a university's "Program on
 * Water Law").
 *
 * @example
 * TOPIC_OPENERS.has('commission'); // true
 * TOPIC_OPENERS.has('center'); // false ("the Music Center on Main Street")
 */
export const TOPIC_OPENERS: ReadonlySet<string> = new Set(
  words('commission committee subcommittee council institute panel program programme'),
);

/**
 * Words that make a committee one set up for a single matter ("Select Committee on ...", "Special
 * Committee on ..."): its subject may be a place's name ("the Select Committee on Varnia").
 *
 * @example
 * INQUIRY_KINDS.has('select'); // true
 * INQUIRY_KINDS.has('foreign'); // false ("the Foreign Affairs Committee on Varnia" is a report's subject)
 */
export const INQUIRY_KINDS: ReadonlySet<string> = new Set(words('select special'));

/**
 * Head nouns that, opening a name before "of" or "for", make it an organization ("Bank of England",
 * "Alliance for Rural Broadband").
 *
 * @example
 * ORG_OPENERS.has('bank'); // true ("Bank of England")
 * ORG_OPENERS.has('gulf'); // false
 */
export const ORG_OPENERS: ReadonlySet<string> = new Set(
  words(`
  bank university ministry department office institute council organization organisation commission
  committee association federation union league party court house board church college academy school
  museum society agency bureau chamber friends order congress parliament assembly movement army front
  fund federal center centre hospital foundation alliance coalition partnership network initiative campaign
  authority
`),
);

/**
 * Head nouns of a body's working units, named after the body's own name ("Norvale Police
 * Department Harbour Patrol Unit", "KTVN Farm News Desk", "NVSA Deep Sleep Team"): they end a
 * unit's name, not a body's.
 *
 * @example
 * SUBUNIT_HEADS.has('unit'); // true
 */
export const SUBUNIT_HEADS: ReadonlySet<string> = new Set(words('unit squad section desk team'));

/**
 * Words of military units, named by their number ("the 12th Rifle Corps", "the 3rd Marine
 * Division"): an ordinal in figures before them opens the unit's name. Not a sitting's number
 * ("the 19th Central Committee" is the committee in its 19th term).
 *
 * @example
 * UNIT_HEADS.has('brigade'); // true
 * UNIT_HEADS.has('committee'); // false
 */
export const UNIT_HEADS: ReadonlySet<string> = new Set(
  words('army corps division brigade regiment battalion fleet squadron'),
);

/**
 * Head nouns of institutions named after a person ("Tomas Brandt University of Lenford",
 * "the Lenmark Hale Institute of Art"): a person's name right before such a body named in full
 * is the first words of its name.
 *
 * @example
 * NAMESAKE_HEADS.has('university'); // true
 * NAMESAKE_HEADS.has('ministry'); // false
 */
export const NAMESAKE_HEADS: ReadonlySet<string> = new Set(
  words('university college institute school academy hospital foundation museum library center centre'),
);

/**
 * Head nouns of public bodies and diplomatic missions: a body's name goes on over "of" to the
 * country it serves ("Health Commission of Varnia", "Armed Forces of the Varnian Republic",
 * "Security Service of Ukraine") and
 * over "of the" to the body it belongs to ("Standing Committee of the Central Committee"). No
 * company or club heads: CoNLL-2003 splits "Kestrel Motor Corp of Varnia" and "Northtown of
 * Varnia", and keeps a public body and its country together ("Revolutionary Armed Forces of ...").
 *
 * @example
 * PUBLIC_BODY_HEADS.has('commission'); // true
 * PUBLIC_BODY_HEADS.has('corp'); // false
 */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(
  words(`
  commission committee ministry department office bureau agency council administration authority
  forces army navy police service embassy consulate government cabinet secretariat directorate inspectorate
`),
);

/**
 * Head nouns that make a name a place ("Black Sea", "Gulf of Mexico", "Mount Everest"). A museum
 * is a place too, as CoNLL-2003 and the web and MT annotators type it ("the Lenmark Rail Museum").
 *
 * @example
 * PLACE_HEADS.has('sea'); // true ("Black Sea")
 * PLACE_HEADS.has('council'); // false
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  words(`
  sea ocean river lake mountains mountain island islands isles peninsula valley province region street
  avenue road square bay gulf strait straits desert county canal coast basin plateau heights hills
  stadium airport harbour harbor district prefecture oblast krai territory territories republic kingdom
  emirates states city town village state bridge park arena field circuit palace castle forest falls
  glacier delta steppe channel sound highlands lowlands uplands plains museum
`),
);

/**
 * Openers of place names ("Mount Everest", "Lake Geneva", "Cape Town", "Gulf of Aden").
 *
 * @example
 * PLACE_OPENERS.has('mount'); // true ("Mount Everest")
 * PLACE_OPENERS.has('bank'); // false
 */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(
  words(`
  mount mt lake cape gulf bay isle port fort sea strait straits republic kingdom state island islands
  city province county river sierra san santa st saint los las el la port-au
`),
);

/**
 * Directions that, before a place, make a larger place ("Eastern Europe", "North Caucasus").
 *
 * @example
 * DIRECTIONS.has('eastern'); // true ("Eastern Europe")
 * DIRECTIONS.has('europe'); // false
 */
export const DIRECTIONS: ReadonlySet<string> = new Set(
  words(`
  north south east west northern southern eastern western central upper lower greater northeast
  northwest southeast southwest north-east north-west south-east south-west northeastern northwestern
  southeastern southwestern middle far inner outer
`),
);

/**
 * Particles of personal names, written in lower case inside a name ("Ludwig van Beethoven",
 * "Osama bin Laden", "Ursula von der Leyen").
 *
 * @example
 * NAME_PARTICLES.has('van'); // true
 * NAME_PARTICLES.has('of'); // false (a connector, see NAME_CONNECTORS)
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  words(`
  de du des la le van von der den da di del della al el bin ibn ben y dos das do ter ten zu af av
`),
);

/**
 * Name particles as a case-sensitive regex alternation (lower case, as written inside a name).
 *
 * @example
 * new RegExp(`^(?:${NAME_PARTICLE_PATTERN})$`).test('von'); // true
 */
export const NAME_PARTICLE_PATTERN = matchAnyPattern(NAME_PARTICLES);

/**
 * Connectors allowed inside a multi-word name when a capitalized word follows: the name
 * particles, and "of", "for", "and", "&", "the", "in", "on" ("Bank of England").
 *
 * @example
 * NAME_CONNECTORS.has('of'); // true ("Bank of England")
 * NAME_CONNECTORS.has('bin'); // true ("Osama bin Laden")
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([...words('of for and & the in on'), ...NAME_PARTICLES]);

/**
 * "and" and "for" of other languages, inside a name written in them ("Unión, Trabajo y
 * Futuro", "Liberté et Progrès", "Bündnis für Arbeit"): read only where a name is spelled out by
 * its acronym, since "e" and "y" alone are too common to join names anywhere else.
 *
 * @example
 * FOREIGN_NAME_CONNECTORS.has('y'); // true
 */
export const FOREIGN_NAME_CONNECTORS: ReadonlySet<string> = new Set(words('et y e und für pour'));

/**
 * Given names spelled like a religion or nationality word: before another name they open a
 * person's name ("Christian Cullen"), not describe one ("Russian President Vladimir Putin").
 * Counted on CoNLL-2003 train: "Christian" before a person's name opened it 8 times of 8;
 * "German" described the person in 3 of 3, so it is not here.
 *
 * @example
 * DEMONYM_GIVEN_NAMES.has('Christian'); // true
 */
export const DEMONYM_GIVEN_NAMES: ReadonlySet<string> = new Set(['Christian']);

/**
 * Common given names spelled like an English word, which compromise's lexicon knows only as the
 * word ("Bill", "Will", "Rose", "Frank"): before another name the tagger reads as a person they
 * open a person's name ("Bill Gates met the press"), not a phrase of two ordinary words.
 * Lower-case. Month names ("May", "June") are left out: they date more names than they open.
 *
 * @example
 * WORD_GIVEN_NAMES.has('bill'); // true
 * WORD_GIVEN_NAMES.has('may'); // false
 */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  words(`
  bill will rose frank joy hope dean earl ray dawn faith ruby pearl iris jade lily violet daisy holly ivy
  olive rusty sandy penny art duke bud sky summer autumn crystal destiny rocky woody gene jean miles rich
  `),
);

/**
 * Bodies and wire services that would otherwise read as people or places ("Bloomberg" reads as
 * a surname), and the two administration bodies news names by their building ("Pentagon",
 * "State Department": annotators type these organizations, CoNLL-2003 too). Lower-case,
 * space-joined. The seats named by a building, street or hill are places: SEATS_OF_POWER.
 *
 * @example
 * KNOWN_ORGANIZATIONS.has('reuters'); // true
 * KNOWN_ORGANIZATIONS.has('Reuters'); // false (entries are lower-case)
 */
// prettier-ignore
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'pentagon', 'state department', 'reuters', 'bloomberg', 'tass', 'itar-tass', 'interfax',
  'xinhua', 'afp', 'ap', 'ria', 'ria novosti', 'dpa', 'ansa', 'efe', 'kyodo', 'yonhap', 'anadolu',
  'al jazeera', 'cnn', 'bbc', 'nhk', 'swift', 'nato', 'opec', 'osce', 'eu', 'un', 'u.n.', 'imf', 'wto', 'who',
  'fox', 'msnbc', 'abc', 'cbs', 'nbc', 'fbi', 'cia', 'nsa',
]);

/**
 * Buildings, streets and hills that news names for the administration inside them ("the Kremlin
 * said", "the White House denied it"). They are places: the name keeps its own type when it
 * stands for its occupants (CoNLL-2003 types "White House" and "Kremlin" LOC 25 times of 25, and
 * the annotation brief types named landmarks as places). Speaker detection still reads them as
 * bodies that speak (quotes' ORGANIZATION_WORDS). Lower-case, space-joined.
 *
 * @example
 * SEATS_OF_POWER.has('white house'); // true
 * SEATS_OF_POWER.has('pentagon'); // false (an organization: KNOWN_ORGANIZATIONS)
 */
// prettier-ignore
export const SEATS_OF_POWER: ReadonlySet<string> = new Set([
  'white house', 'kremlin', 'downing street', 'elysee', 'élysée', 'whitehall', "quai d'orsay", 'foggy bottom',
  'capitol hill', 'oval office',
]);

/**
 * True for a name news uses for a body, whatever its type: a known organization or a seat of
 * power (the checks that ask "is this a known speaker or owner?", not "which type is it?").
 *
 * @example
 * isKnownBodyName('Kremlin'); // true (a seat of power)
 * isKnownBodyName('Reuters'); // true
 * isKnownBodyName('Varco'); // false
 */
export function isKnownBodyName(name: string): boolean {
  const key = name.toLowerCase();
  return KNOWN_ORGANIZATIONS.has(key) || SEATS_OF_POWER.has(key);
}

/**
 * Regions compromise's lexicon lacks or mis-tags that are too common in news to miss
 * (countries and their codes are in the entity stage's country table, generated from
 * i18n-iso-countries; no name of one article's town or region belongs here), and places of
 * financial news named by a street ("Wall Street": a place, like "Washington" for the government).
 *
 * @example
 * KNOWN_PLACES.has('gaza strip'); // true
 * KNOWN_PLACES.has('kremlin'); // false (see SEATS_OF_POWER)
 */
// prettier-ignore
export const KNOWN_PLACES: ReadonlySet<string> = new Set([
  'middle east', 'west bank', 'gaza strip', 'soviet union', 'ussr', 'balkans', 'caucasus', 'baltics',
  'kashmir', 'siberia', 'scandinavia', 'europe', 'the west', 'west', 'tibet', 'sahara', 'sahel', 'latin america',
  'persian gulf', 'asia', 'africa', 'antarctica', 'oceania', 'eurasia', 'americas', 'north america',
  'south america', 'central america', 'arctic', 'antarctic', 'wall street', 'asia-pacific', 'asia pacific',
  'indo-pacific',
]);

/**
 * Common Chinese family names in pinyin, written first in a Chinese name ("Xi Jinping", "Li
 * Qiang"): the name alone ("Xi said") is the family name, not the given name. The commonest
 * family names of mainland China, from general knowledge of Chinese naming ("Hong" is left out:
 * "Hong Kong" would read as a name).
 *
 * @example
 * CHINESE_FAMILY_NAMES.has('xi'); // true
 * CHINESE_FAMILY_NAMES.has('jinping'); // false
 */
export const CHINESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  words(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
  song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng su wei lu
  ding ren shen yao xi jin qin wen hou shi bai fu fang kong lei mao qian qiu tan wan xiong yan yin
  xia zou meng jia xue dai zhong tao duan hao chang shao gu lai long mo kang niu qiao bi zhuang fan
  cui ke guan ji lyu shi tong geng bao zhan nie ning rao an che chu di gong lan liao miao ou qu sha
  shu tu xing yue zhai zuo
  `),
);

/**
 * Common Korean family names as romanized in news ("Kim", "Lee", "Park", "Yoon"), written first
 * in a Korean name ("Yoon Seok-yeol"). From general knowledge of Korean naming.
 *
 * @example
 * KOREAN_FAMILY_NAMES.has('yoon'); // true
 * KOREAN_FAMILY_NAMES.has('world'); // false
 */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  words(`
  kim lee yi rhee park pak choi choe jung jeong chung kang gang cho jo yoon yun jang chang lim im han
  oh seo shin kwon hwang ahn an song yoo yu ryu hong jeon chun ko go moon mun yang son bae baek heo
  nam noh roh ha kwak sung seong cha joo ju woo koo min na jin ji eom chae won bang gong hyun ham byun
  yeom yeo chu do so seok pyo maeng
  `),
);
