/**
 * Small, documented word lists that compromise's lexicon does not provide.
 *
 * These are closed-class words of news English (titles, the head nouns of organization
 * and place names, speech verbs), not lists of entities. The only entity names here are
 * the metonymic seats of power and a handful of wire services, because no head noun or
 * context tells them apart from people or places:
 *
 * - "White House", "Kremlin", "Pentagon", "State Department", "Downing Street", "Elysee"
 *   are tagged **organization**: in news they act and speak ("the Kremlin said") for the
 *   administration they house. This is a deliberate choice (ACE and OntoNotes annotate
 *   the same way when the building stands for its occupants).
 * - Wire services ("Reuters", "Bloomberg", "TASS", ...) are organizations; "Bloomberg"
 *   would otherwise read as a surname.
 *
 * Countries, cities and regions come from compromise's own lexicon (tags Country, City,
 * Region, Place); see DECISIONS in the final report for why no data package is used.
 */

/**
 * Words that name a role and, written before a name, make it a person ("spokesman Ned Price").
 *
 * @example
 * TITLE_HEADS.has('spokesman'); // true
 * TITLE_HEADS.has('deputy'); // false (a modifier, see TITLE_MODIFIERS)
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'undersecretary', 'under-secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'adviser', 'advisor', 'ambassador', 'envoy', 'senator', 'sen', 'governor', 'gov', 'mayor', 'king', 'queen',
  'prince', 'princess', 'pope', 'director', 'director-general', 'chairman', 'chairwoman', 'chair', 'ceo',
  'commissioner', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'captain', 'capt', 'commander',
  'admiral', 'adm', 'sergeant', 'sgt', 'judge', 'justice', 'leader', 'official', 'officials',
  'representative', 'rep', 'coach', 'manager', 'striker', 'goalkeeper', 'keeper', 'defender', 'midfielder',
  'winger', 'forward', 'analyst', 'economist', 'fellow', 'correspondent', 'editor', 'reporter', 'lawyer',
  'attorney', 'prosecutor', 'detective', 'inspector', 'officer', 'cardinal', 'archbishop', 'bishop', 'rabbi',
  'imam', 'sheikh', 'emir', 'sultan', 'ayatollah', 'dr', 'doctor', 'professor', 'prof', 'speaker', 'lawmaker',
  'legislator', 'mp', 'diplomat', 'negotiator', 'mediator', 'skipper', 'batsman', 'bowler', 'opener',
  'driver', 'rider', 'player', 'champion', 'chief', 'head', 'boss', 'founder', 'owner', 'candidate',
  'dictator', 'tsar', 'czar', 'monarch', 'emperor', 'strongman', 'premier', 'magnate', 'tycoon',
  'businessman', 'businesswoman', 'actor', 'actress', 'singer', 'writer', 'author', 'novelist',
  'journalist', 'photographer', 'historian', 'scientist', 'expert', 'researcher', 'scholar', 'activist',
  'dissident', 'opposition', 'chief-of-staff', 'anchor', 'host', 'presenter', 'producer',
  ...['counterpart', 'colleague', 'ally', 'rival', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
    'father', 'mother', 'friend', 'widow', 'successor', 'predecessor'],
]);

/**
 * Person cues that are relations, not titles: they type the name but are not listed in `titles`.
 *
 * @example
 * RELATION_CUES.has('counterpart'); // true
 * RELATION_CUES.has('minister'); // false
 */
export const RELATION_CUES: ReadonlySet<string> = new Set([
  'counterpart', 'colleague', 'ally', 'rival', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'father', 'mother', 'friend', 'widow', 'successor', 'predecessor',
]);

/**
 * Words that can stand before a title head inside a title ("Deputy Foreign Minister").
 *
 * @example
 * TITLE_MODIFIERS.has('deputy'); // true
 * TITLE_MODIFIERS.has('minister'); // false
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'acting', 'former', 'ex', 'foreign', 'prime', 'defence', 'defense', 'interior', 'finance',
  'economy', 'economic', 'trade', 'health', 'education', 'energy', 'agriculture', 'environment', 'home',
  'national', 'security', 'senior', 'assistant', 'associate', 'executive', 'managing', 'attorney', 'chief',
  'state', 'federal', 'permanent', 'special', 'top', 'then', 'first', 'second', 'press', 'party', 'team',
  'club', 'general', 'major', 'grand', 'supreme', 'principal', 'lead', 'junior', 'regional', 'provincial', 'presidential',
  'white', 'house', 'military', 'army', 'police', 'intelligence', 'nuclear', 'chief-of-staff', 'labour',
  'labor', 'justice', 'transport', 'information', 'culture', 'sports', 'youth', 'public', 'foreign-policy',
  'communications', 'government', 'opposition', 'union', 'parliamentary', 'lord', 'crown', 'high',
]);

/**
 * Honorifics: a person for sure, and a hint of gender. Lower-case, without the period.
 *
 * @example
 * HONORIFICS.get('mrs'); // 'female'
 * HONORIFICS.get('dr'); // null (a person, gender unknown)
 * HONORIFICS.has('mr.'); // false (keys carry no period)
 */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['messrs', 'male'], ['mrs', 'female'], ['ms', 'female'],
  ['miss', 'female'], ['madam', 'female'], ['dame', 'female'], ['lady', 'female'], ['lord', 'male'],
  ['mme', 'female'], ['mlle', 'female'], ['dr', null], ['prof', null], ['rev', null], ['hon', null],
]);

/**
 * Head nouns that make a capitalized name an organization when they end it ("Moscow Carnegie Center").
 *
 * @example
 * ORG_HEADS.has('center'); // true ("Moscow Carnegie Center")
 * ORG_HEADS.has('sea'); // false
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'council', 'ministry', 'agency', 'center', 'centre', 'endowment', 'department', 'party', 'bank', 'university',
  'institute', 'institution', 'commission', 'committee', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co',
  'company', 'companies', 'group', 'association', 'federation', 'union', 'organization', 'organisation',
  'foundation', 'fund', 'authority', 'office', 'bureau', 'service', 'services', 'board', 'court', 'parliament',
  'assembly', 'congress', 'senate', 'army', 'navy', 'forces', 'force', 'police', 'front', 'movement', 'league',
  'club', 'church', 'times', 'post', 'news', 'journal', 'herald', 'tribune', 'telegraph', 'gazette', 'review',
  'press', 'network', 'television', 'tv', 'radio', 'airlines', 'airline', 'airways', 'motors', 'exchange',
  'holdings', 'holding', 'industries', 'systems', 'technologies', 'pharmaceuticals', 'partners', 'securities',
  'hospital', 'school', 'college', 'academy', 'museum', 'society', 'alliance', 'coalition', 'brigade',
  'brigades', 'guard', 'command', 'cabinet', 'government', 'administration', 'secretariat', 'tribunal', 'mission',
  'cross', 'crescent', 'reserve', 'treasury', 'bundesbank', 'international', 'corporation', 'enterprises',
  'team', 'federation', 'conference', 'directorate', 'inspectorate', 'prosecutor', 'chamber', 'consortium',
  'cooperative', 'trust', 'investments', 'capital', 'energy', 'oil', 'petroleum', 'electric', 'telecom',
  'communications', 'media', 'post', 'daily', 'magazine', 'weekly', 'broadcasting', 'monitor', 'observer',
  'courier', 'express', 'mail', 'standard', 'insider', 'guardian', 'sun', 'globe', 'chronicle', 'register',
  'bloc', 'squad', 'militia', 'taliban', 'mujahideen', 'brotherhood', 'caucus', 'politburo', 'duma', 'knesset',
  'sejm', 'rada', 'majlis', 'bundestag', 'diet', 'legislature', 'fc', 'ag', 'sa', 'nv', 'gmbh', 'spa', 'bv',
]);

/**
 * Head nouns that, opening a name before "of", make it an organization ("Bank of England").
 *
 * @example
 * ORG_OPENERS.has('bank'); // true ("Bank of England")
 * ORG_OPENERS.has('gulf'); // false
 */
export const ORG_OPENERS: ReadonlySet<string> = new Set([
  'bank', 'university', 'ministry', 'department', 'office', 'institute', 'council', 'organization',
  'organisation', 'commission', 'committee', 'association', 'federation', 'union', 'league', 'party', 'court',
  'house', 'board', 'church', 'college', 'academy', 'school', 'museum', 'society', 'agency', 'bureau', 'chamber',
  'friends', 'order', 'congress', 'parliament', 'assembly', 'movement', 'army', 'front', 'fund', 'federal',
]);

/**
 * Head nouns that make a name a place ("Black Sea", "Gulf of Mexico", "Mount Everest").
 *
 * @example
 * PLACE_HEADS.has('sea'); // true ("Black Sea")
 * PLACE_HEADS.has('council'); // false
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'river', 'lake', 'mountains', 'mountain', 'island', 'islands', 'isles', 'peninsula', 'valley',
  'province', 'region', 'street', 'avenue', 'road', 'square', 'bay', 'gulf', 'strait', 'straits', 'desert',
  'county', 'canal', 'coast', 'basin', 'plateau', 'heights', 'hills', 'stadium', 'airport', 'harbour',
  'harbor', 'district', 'prefecture', 'oblast', 'krai', 'territory', 'territories', 'republic', 'kingdom',
  'emirates', 'states', 'city', 'town', 'village', 'state', 'square', 'bridge', 'park', 'arena', 'field',
  'circuit', 'palace', 'castle', 'forest', 'falls', 'glacier', 'delta', 'steppe', 'channel', 'sound',
]);

/**
 * Openers of place names ("Mount Everest", "Lake Geneva", "Cape Town", "Gulf of Aden").
 *
 * @example
 * PLACE_OPENERS.has('mount'); // true ("Mount Everest")
 * PLACE_OPENERS.has('bank'); // false
 */
export const PLACE_OPENERS: ReadonlySet<string> = new Set([
  'mount', 'mt', 'lake', 'cape', 'gulf', 'bay', 'isle', 'port', 'fort', 'sea', 'strait', 'straits', 'republic',
  'kingdom', 'state', 'island', 'islands', 'city', 'province', 'county', 'river', 'sierra', 'san', 'santa',
  'st', 'saint', 'los', 'las', 'el', 'la', 'port-au',
]);

/**
 * Directions that, before a place, make a larger place ("Eastern Europe", "North Caucasus").
 *
 * @example
 * DIRECTIONS.has('eastern'); // true ("Eastern Europe")
 * DIRECTIONS.has('europe'); // false
 */
export const DIRECTIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'greater', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east',
  'south-west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'middle', 'far', 'inner', 'outer',
]);

/**
 * Names that act for an administration (organization, see the module header) and wire
 * services that would otherwise read as people. Lower-case, space-joined.
 *
 * @example
 * KNOWN_ORGS.has('white house'); // true
 * KNOWN_ORGS.has('White House'); // false (entries are lower-case)
 */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  'white house', 'kremlin', 'pentagon', 'state department', 'downing street', 'elysee', 'élysée', 'whitehall',
  'quai d\'orsay', 'foggy bottom', 'capitol hill', 'reuters', 'bloomberg', 'tass', 'itar-tass', 'interfax',
  'xinhua', 'afp', 'ap', 'ria', 'ria novosti', 'dpa', 'ansa', 'efe', 'kyodo', 'yonhap', 'anadolu',
  'al jazeera', 'cnn', 'bbc', 'nhk', 'swift', 'nato', 'opec', 'osce', 'eu', 'un', 'u.n.', 'imf', 'wto', 'who',
]);

/**
 * Places compromise's lexicon lacks or mis-tags that are too common in news to miss.
 *
 * @example
 * KNOWN_PLACES.has('gaza strip'); // true
 * KNOWN_PLACES.has('kremlin'); // false (see KNOWN_ORGS)
 */
export const KNOWN_PLACES: ReadonlySet<string> = new Set([
  'u.s.', 'us', 'usa', 'u.s.a.', 'uk', 'u.k.', 'uae', 'britain', 'donbass', 'donbas', 'donetsk', 'luhansk', 'lugansk',
  'middle east', 'west bank', 'gaza', 'gaza strip', 'soviet union', 'ussr', 'balkans', 'caucasus', 'baltics',
  'sochi', 'wilmington', 'crimea', 'kosovo', 'chechnya', 'kashmir', 'siberia', 'scandinavia', 'europe',
  'the west', 'west', 'hong kong', 'taiwan', 'tibet', 'sahara', 'sahel', 'latin america', 'persian gulf',
]);

/**
 * Verbs of saying: a capitalized sequence right before one is a speaker ("..., Samorukov added").
 *
 * @example
 * SPEECH_VERBS.has('added'); // true
 * SPEECH_VERBS.has('ran'); // false
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'declared',
  'insisted', 'insists', 'warned', 'warns', 'explained', 'explains', 'wrote', 'writes', 'argued', 'argues',
  'claimed', 'claims', 'commented', 'announced', 'asked', 'asks', 'replied', 'replies', 'stressed', 'stresses',
  'continued', 'concluded', 'admitted', 'acknowledged', 'recalled', 'suggested', 'urged', 'predicted',
  'estimated', 'believes', 'believed', 'thinks', 'thought', 'tweeted', 'posted', 'quipped', 'vowed',
  'pledged', 'promised', 'threatened', 'denied', 'confirmed', 'reiterated', 'emphasized', 'emphasised',
  'underlined', 'observed', 'remarked', 'responded', 'countered', 'complained', 'spoke', 'speaks', 'hopes',
  'hoped', 'wants', 'wanted',
]);

/**
 * Lower-case nouns that, right after a capitalized name, say it names an organization.
 *
 * @example
 * ORG_NOUNS_AFTER.has('newspaper'); // true ("Kommersant newspaper")
 * ORG_NOUNS_AFTER.has('region'); // false
 */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'agency', 'website', 'site', 'newspaper', 'daily', 'magazine', 'weekly', 'company', 'firm', 'group',
  'party', 'bank', 'think', 'airline', 'club', 'network', 'channel', 'broadcaster', 'insurer', 'carrier',
  'maker', 'manufacturer', 'giant', 'conglomerate', 'ministry', 'organization', 'organisation', 'union',
  'alliance', 'institute', 'exchange', 'portal', 'outlet', 'tabloid', 'publisher', 'bureau', 'unit',
  'subsidiary', 'chain', 'retailer', 'operator', 'producer', 'lender', 'fund', 'index', 'team', 'side',
  'system', 'militia', 'movement', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'official',
  'shares', 'stock', 'shareholders', 'stockholders', 'refinery', 'refineries', 'chairman', 'executives',
  'management', 'earnings', 'profits', 'workforce', 'brand', 'subsidiaries',
]);

/**
 * Legal designators that end a company's full name ("Santa Fe Pacific Gold Corp", "Munich Re AG").
 *
 * @example
 * COMPANY_DESIGNATORS.has('corp'); // true
 * COMPANY_DESIGNATORS.has('gmbh'); // true
 */
export const COMPANY_DESIGNATORS: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv',
  'bv', 'gmbh', 'spa', 'ab', 'asa', 'oy', 'oyj', 'kk', 'bhd', 'tbk', 'pt', 'group', 'holdings',
]);

/**
 * Lower-case nouns that, after "X's", say X is a company ("Elf's shares", "Heineken's chairman").
 *
 * @example
 * COMPANY_POSSESSIONS.has('shares'); // true ("Elf's shares")
 * COMPANY_POSSESSIONS.has('wife'); // false
 */
export const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stake', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'chairman',
  'executives', 'earnings', 'profit', 'profits', 'revenue', 'revenues', 'turnover', 'workforce', 'employees',
  'board', 'headquarters', 'merger', 'takeover', 'bonds', 'debt', 'outlets', 'plants', 'factories',
]);

/**
 * Lower-case nouns that, before "of/in/for X", say X is a company ("shares of Elf", "a stake in Heineken").
 *
 * @example
 * COMPANY_NOUNS_BEFORE.has('stake'); // true ("a stake in Heineken")
 * COMPANY_NOUNS_BEFORE.has('profits'); // false
 */
export const COMPANY_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'shares', 'stake', 'stakes', 'shareholders', 'stockholders', 'subsidiary', 'takeover', 'acquisition',
  'shareholding', 'stock', 'bid', 'merger', 'chairman', 'executives', 'unit',
]);

/**
 * Lower-case nouns that, right after a capitalized name, say it names a place ("Donbass region").
 *
 * @example
 * PLACE_NOUNS_AFTER.has('region'); // true ("Donbass region")
 * PLACE_NOUNS_AFTER.has('agency'); // false
 */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'region', 'city', 'town', 'village', 'province', 'capital', 'country', 'county', 'district', 'republic',
  'peninsula', 'island', 'port', 'area', 'state', 'territory', 'valley', 'border', 'oblast', 'municipality',
  'suburb', 'neighbourhood', 'neighborhood', 'coast', 'river', 'sea', 'lake', 'mountains', 'resort', 'enclave',
]);

/**
 * Lower-case nouns that, right after a capitalized name, say it names a product or a
 * facility ("the Nord Stream 2 pipeline", "Iskander missiles", "Sputnik vaccine"): none of
 * our three types, so such a name is dropped unless other evidence types it.
 *
 * @example
 * ARTIFACT_NOUNS_AFTER.has('pipeline'); // true ("Nord Stream 2 pipeline")
 * ARTIFACT_NOUNS_AFTER.has('region'); // false
 */
export const ARTIFACT_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'pipeline', 'pipelines', 'missile', 'missiles', 'rocket', 'rockets', 'vaccine', 'vaccines', 'drone', 'drones',
  'jet', 'jets', 'fighter', 'fighters', 'aircraft', 'helicopter', 'helicopters', 'warship', 'submarine',
  'satellite', 'satellites', 'spacecraft', 'rifle', 'rifles', 'howitzer', 'howitzers', 'software', 'app',
  'smartphone', 'smartphones', 'handset', 'handsets', 'browser', 'console', 'vehicle', 'vehicles', 'sedan',
]);

/**
 * Words that open a sentence and are never part of a name ("And Pavlo Klimkin", "But China").
 *
 * @example
 * NEVER_NAME_WORDS.has('but'); // true ("But China ...")
 * NEVER_NAME_WORDS.has('china'); // false
 */
export const NEVER_NAME_WORDS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'if', 'when',
  'while', 'as', 'at', 'in', 'on', 'for', 'from', 'to', 'of', 'by', 'with', 'after', 'before', 'since',
  'although', 'though', 'because', 'however', 'meanwhile', 'also', 'then', 'there', 'here', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'not', 'no', 'yes',
  'all', 'both', 'each', 'every', 'some', 'any', 'many', 'most', 'more', 'other', 'such', 'what', 'which',
  'who', 'whom', 'whose', 'where', 'why', 'how', 'despite', 'during', 'under', 'over', 'about', 'against',
  'between', 'into', 'through', 'without', 'within', 'among', 'according', 'apart', 'speaking', 'asked',
  'said', 'says', 'read', 'keep', 'follow', 'source', 'embed', 'reading', 'original',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'shall', 'now', 'today', 'yesterday', 'tomorrow', 'only', 'even', 'just', 'still',
  'than', 'thus', 'hence', 'instead', 'indeed', 'perhaps', 'maybe', 'well', 'oh', 'unless', 'until', 'whether',
  'once', 'upon', 'via', 'per', 'like', 'unlike', 'near', 'around', 'across', 'along', 'toward', 'towards',
]);

/**
 * Connectors allowed inside a multi-word name when a capitalized word follows ("Bank of England").
 *
 * @example
 * NAME_CONNECTORS.has('of'); // true ("Bank of England")
 * NAME_CONNECTORS.has('bin'); // true ("Osama bin Laden")
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', '&', 'the', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del',
  'della', 'al', 'el', 'bin', 'ibn', 'y', 'in', 'on', 'dos', 'das', 'do', 'ter', 'ten', 'zu', 'af', 'av',
]);

/**
 * Connectors that only particles of personal names use ("Ludwig van Beethoven", "Osama bin Laden").
 *
 * @example
 * NAME_PARTICLES.has('van'); // true ("Ludwig van Beethoven")
 * NAME_PARTICLES.has('of'); // false (a connector, not a particle)
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'al', 'el', 'bin',
  'ibn', 'y', 'dos', 'das', 'do', 'ter', 'ten', 'zu', 'af', 'av',
]);
