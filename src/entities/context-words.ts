/**
 * Context words the entity stage reads around a capitalized name: nouns after it that type
 * it ("Kommersant newspaper", "Donbass region", "the Nord Stream 2 pipeline"), company
 * designators and the nouns that show a company ("Varco's shares", "a stake in Heineken"),
 * and the words that never start a name ("But China").
 *
 * Shared news-English vocabulary (titles, honorifics, speech verbs, organization and place
 * heads, name particles, the names that act for an administration) lives in `src/lexicon`.
 * Countries, cities and regions come from compromise's own lexicon (tags Country, City,
 * Region, Place).
 */

/**
 * Lower-case nouns that, right after a capitalized name, say it names an organization.
 *
 * @example
 * ORG_NOUNS_AFTER.has('newspaper'); // true ("Kommersant newspaper")
 * ORG_NOUNS_AFTER.has('region'); // false
 */
// prettier-ignore
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'agency', 'website', 'site', 'newspaper', 'daily', 'magazine', 'weekly', 'company', 'firm', 'group',
  'party', 'bank', 'think', 'airline', 'club', 'network', 'channel', 'broadcaster', 'insurer', 'carrier',
  'maker', 'manufacturer', 'giant', 'conglomerate', 'ministry', 'organization', 'organisation', 'union',
  'alliance', 'institute', 'exchange', 'portal', 'outlet', 'tabloid', 'publisher', 'bureau', 'unit',
  'subsidiary', 'chain', 'retailer', 'operator', 'producer', 'lender', 'fund', 'index', 'team', 'side',
  'system', 'militia', 'movement', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'official',
  'shares', 'stock', 'shareholders', 'stockholders', 'refinery', 'refineries', 'chairman', 'executives',
  'management', 'earnings', 'profits', 'workforce', 'brand', 'subsidiaries', 'platform', 'data',
]);

/**
 * Lower-case nouns that, right after a capitalized name, say it names a news outlet ("the Kite
 * newspaper"): stronger evidence than ORG_NOUNS_AFTER, whose broader nouns ("group", "side")
 * follow other names too.
 *
 * @example
 * OUTLET_NOUNS_AFTER.has('newspaper'); // true
 */
// prettier-ignore
export const OUTLET_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'newspaper', 'magazine', 'tabloid', 'website', 'broadcaster', 'daily', 'weekly',
]);

/**
 * Legal designators that end a company's full name ("Granite Ridge Mining Corp", "Munich Re AG").
 *
 * @example
 * COMPANY_DESIGNATORS.has('corp'); // true
 * COMPANY_DESIGNATORS.has('gmbh'); // true
 */
// prettier-ignore
export const COMPANY_DESIGNATORS: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv',
  'bv', 'gmbh', 'spa', 'ab', 'asa', 'oy', 'oyj', 'kk', 'bhd', 'tbk', 'pt', 'group', 'holdings',
]);

/**
 * Lower-case nouns that, after "X's", say X is a company ("Varco's shares", "Heineken's chairman").
 *
 * @example
 * COMPANY_POSSESSIONS.has('shares'); // true ("Varco's shares")
 * COMPANY_POSSESSIONS.has('wife'); // false
 */
// prettier-ignore
export const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stake', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'chairman',
  'executives', 'earnings', 'profit', 'profits', 'revenue', 'revenues', 'turnover', 'workforce', 'employees',
  'board', 'headquarters', 'merger', 'takeover', 'bonds', 'debt', 'outlets', 'plants', 'factories',
]);

/**
 * Lower-case nouns that, right after a name, say it is a company: a place has no shares, no
 * spokesperson and no subscribers ("Alibaba shares closed higher", "an Alibaba spokesperson", "a
 * Varco account", "Varco subscribers"). After a known city or
 * country they name a market ("Tokyo shares"), so the rule reading them skips known places.
 *
 * @example
 * COMPANY_NOUNS_AFTER.has('shares'); // true
 */
// prettier-ignore
export const COMPANY_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'shares', 'stock', 'shareholders', 'stockholders', 'earnings', 'spokesperson', 'spokesman', 'spokeswoman',
  'account', 'accounts', 'subscribers', 'subscription', 'subscriptions',
]);

/**
 * Lower-case nouns that, before "of/in/for X", say X is a company ("shares of Varco", "a stake in Heineken").
 *
 * @example
 * COMPANY_NOUNS_BEFORE.has('stake'); // true ("a stake in Heineken")
 * COMPANY_NOUNS_BEFORE.has('profits'); // false
 */
// prettier-ignore
export const COMPANY_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'shares', 'stake', 'stakes', 'shareholders', 'stockholders', 'subsidiary', 'takeover', 'acquisition',
  'shareholding', 'stock', 'bid', 'merger', 'chairman', 'executives', 'unit',
]);

/**
 * Lower-case nouns that name a kind of company and nothing else: right before a name ("energy
 * company Varco", "the retailer Tessa") or heading its appositive ("Varco, a chip maker
 * based in Lyon") they say the name is a company's. Nouns a person may be ("producer",
 * "filmmaker", "publisher" of one magazine) are left out.
 *
 * @example
 * isCompanyKindNoun('retailer'); // true
 * isCompanyKindNoun('carmaker'); // true
 * isCompanyKindNoun('lawmaker'); // false
 */
export function isCompanyKindNoun(word: string): boolean {
  return COMPANY_KINDS.has(word) || COMPANY_MAKER.test(word);
}
// prettier-ignore
const COMPANY_KINDS: ReadonlySet<string> = new Set([
  'company', 'firm', 'retailer', 'airline', 'carrier', 'startup', 'start-up', 'conglomerate', 'manufacturer',
  'lender', 'insurer', 'chain', 'brand', 'broadcaster', 'provider', 'supplier', 'distributor', 'developer',
  'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'store', 'utility',
]);

/**
 * Lower-case nouns before "operator" that make it a company's kind ("the grid operator Varco",
 * "transmission operator Lenkraft"); alone, an operator may be a person ("the camera operator").
 *
 * @example
 * isOperatorField('grid'); // true
 * isOperatorField('camera'); // false
 */
export function isOperatorField(word: string): boolean {
  return OPERATOR_FIELDS.has(word);
}
// prettier-ignore
const OPERATOR_FIELDS: ReadonlySet<string> = new Set([
  'grid', 'transmission', 'network', 'system', 'pipeline', 'telecom', 'telecoms', 'mobile', 'satellite', 'rail',
  'railway', 'airport', 'port', 'ferry', 'bus', 'power', 'nuclear', 'plant', 'mine', 'casino', 'tour', 'cable',
  'broadband', 'terminal', 'exchange', 'gas', 'energy', 'water', 'utility', 'infrastructure', 'toll', 'hospital',
]);

/**
 * Words of Nordic, German and Dutch company names that end the name ("Nordvik Energi", "Lenkraft
 * Gruppen", "Varco Bouw"): a name of two or more words ending in one is a company's. Lower case.
 *
 * @example
 * FOREIGN_COMPANY_WORDS.has('energi'); // true
 * FOREIGN_COMPANY_WORDS.has('energy'); // false (English: an organization's head, ORG_HEADS)
 */
// prettier-ignore
export const FOREIGN_COMPANY_WORDS: ReadonlySet<string> = new Set([
  'energi', 'energie', 'energia', 'kraft', 'kraftverk', 'kraftnät', 'kraftnett', 'gruppen', 'gruppe', 'groep',
  'koncernen', 'konsern', 'banken', 'sparbank', 'sparebank', 'sparekasse', 'sparkasse', 'forsikring',
  'försäkring', 'vakuutus', 'verzekeringen', 'bolaget', 'selskap', 'selskab', 'fastigheter', 'eiendom',
  'bouw', 'werke', 'stadtwerke', 'verken', 'oyj', 'asa', 'ab', 'gmbh', 'ag', 'nv', 'bv', 'aps', 'as', 'oy',
]);
// "vehicle-maker", "phone maker": a maker of things (a filmmaker or a lawmaker is a person)
const COMPANY_MAKER =
  /^(?:auto|car|chip|drug|phone|smartphone|vehicle|truck|plane|aircraft|steel|tyre|tire|toy|game|software|device)-?maker$/;

/**
 * Lower-case nouns of bodies other than companies that, heading an appositive right after a name,
 * say what kind of body it is ("Varco, an independent research group, said"): the noun ends the
 * appositive's noun phrase. The kinds of company (`isCompanyKindNoun`) count there too.
 *
 * @example
 * APPOSITIVE_ORG_NOUNS.has('group'); // true
 * APPOSITIVE_ORG_NOUNS.has('spokesman'); // false
 */
// prettier-ignore
export const APPOSITIVE_ORG_NOUNS: ReadonlySet<string> = new Set([
  'group', 'agency', 'organization', 'organisation', 'bank', 'newspaper', 'website', 'maker', 'institute',
  'foundation', 'charity', 'publisher', 'consultancy', 'party', 'university', 'operator', 'site', 'platform',
  'service', 'app', 'network', 'marketplace', 'pac', 'magazine', 'tabloid', 'broadcaster',
]);

/**
 * Lower-case nouns that, right after a capitalized name, say it names a place ("Donbass region").
 *
 * @example
 * PLACE_NOUNS_AFTER.has('region'); // true ("Donbass region")
 * PLACE_NOUNS_AFTER.has('agency'); // false
 */
// prettier-ignore
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'region', 'city', 'town', 'village', 'province', 'capital', 'country', 'county', 'district', 'republic',
  'peninsula', 'island', 'port', 'area', 'state', 'territory', 'valley', 'border', 'oblast', 'municipality',
  'suburb', 'neighbourhood', 'neighborhood', 'coast', 'river', 'sea', 'lake', 'mountains', 'resort', 'enclave',
]);

/**
 * Lower-case nouns for one site of a body, written after the body's name and the site's city
 * ("the TXBP Laredo facility", "a Varco Lenford plant"): the city there is a place.
 *
 * @example
 * SITE_NOUNS_AFTER.has('facility'); // true
 * SITE_NOUNS_AFTER.has('coach'); // false
 */
// prettier-ignore
export const SITE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'facility', 'facilities', 'office', 'offices', 'plant', 'plants', 'factory', 'branch', 'headquarters', 'site',
  'warehouse', 'depot', 'campus', 'station', 'center', 'centre', 'lab', 'laboratory', 'bureau', 'field', 'sector',
]);

/**
 * Lower-case nouns that, right after a person's full name, say the name stands for the
 * person's term in office ("the Lanvo Jae-min government", "the Dana Ortiz administration").
 *
 * @example
 * LEADER_NOUNS_AFTER.has('administration'); // true
 * LEADER_NOUNS_AFTER.has('region'); // false
 */
// prettier-ignore
export const LEADER_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'government', 'administration', 'cabinet', 'regime', 'presidency', 'era',
]);

/**
 * Lower-case nouns of a person's own staff and run for office that, right after the surname of a
 * person the text names in full, make the surname that person ("the Lind campaign", "Lind
 * aides"), where after a body's name they say a body (`context/named-person-staff`).
 *
 * @example
 * PERSONAL_STAFF_NOUNS.has('campaign'); // true
 */
// prettier-ignore
export const PERSONAL_STAFF_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
  'campaign', 'staffer', 'staffers', 'loyalist', 'loyalists',
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
// prettier-ignore
export const ARTIFACT_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'pipeline', 'pipelines', 'crude', 'missile', 'missiles', 'rocket', 'rockets', 'vaccine', 'vaccines', 'drone', 'drones',
  'jet', 'jets', 'fighter', 'fighters', 'aircraft', 'helicopter', 'helicopters', 'warship', 'submarine',
  'satellite', 'satellites', 'spacecraft', 'rifle', 'rifles', 'howitzer', 'howitzers', 'software', 'app',
  'smartphone', 'smartphones', 'handset', 'handsets', 'browser', 'console', 'vehicle', 'vehicles', 'sedan',
  'laptop', 'laptops', 'notebook', 'notebooks', 'tablet', 'tablets', 'keyboard', 'keyboards', 'earbuds', 'headphones',
  'chipset', 'chipsets', 'processor', 'processors', 'lineup', 'models', 'hatchback', 'coupe', 'crossover',
  'chip', 'chips', 'connector', 'connectors', 'router', 'routers', 'modem', 'modems', 'sensor', 'sensors',
  'charger', 'chargers', 'headset', 'headsets', 'display', 'interface',
]);

/**
 * Nouns of a craft or a space flight that, after a name, say the name is the craft's or the
 * programme's ("the Kestrel spacecraft", "Halcyon rockets", "the Halcyon 4 mission"): no entity, and
 * neither is the name alone elsewhere in the text (rules.ts `namedCraft`). The nouns of a flight
 * ("mission", "probe") name a body's work too ("the UN mission"), so they count only after a
 * number ("Halcyon 4 mission", CRAFT_NOUNS_AFTER_NUMBER).
 *
 * @example
 * CRAFT_NOUNS.has('capsule'); // true ("the Kestrel capsule")
 * CRAFT_NOUNS_AFTER_NUMBER.has('mission'); // true ("the Halcyon 4 mission")
 */
// prettier-ignore
export const CRAFT_NOUNS: ReadonlySet<string> = new Set([
  'rocket', 'rockets', 'spacecraft', 'capsule', 'capsules', 'lander', 'landers', 'launcher', 'launchers',
]);
// prettier-ignore
export const CRAFT_NOUNS_AFTER_NUMBER: ReadonlySet<string> = new Set([
  ...CRAFT_NOUNS, 'mission', 'missions', 'probe', 'probes', 'astronauts',
]);

/**
 * Nouns that, after a name that opens with a maker's name, say the name is a product line ("the
 * Varco Nimbus smartwatch", "a Varco Nimbus camera kit", "Varco Nimbus X4 Router"): the artifact
 * nouns of things a shop sells and devices' nouns that also follow a body's name ("the Varco kit" of
 * a club), so a cue only after a name that the text also writes without its maker's word.
 * "Speaker" is left out (a chamber's speaker), and so are the artifacts a state or an army names,
 * whose first word is no maker: "the Nord Stream 2 pipeline", "a Long March 5 rocket", "the
 * Sputnik V vaccine" (WORKS_OF_STATE).
 *
 * @example
 * DEVICE_NOUNS_AFTER.has('kit'); // true ("a Varco Nimbus camera kit")
 * DEVICE_NOUNS_AFTER.has('pipeline'); // false ("the Nord Stream 2 pipeline")
 * DEVICE_NOUNS_AFTER.has('team'); // false
 */
// prettier-ignore
const WORKS_OF_STATE = new Set([
  'pipeline', 'pipelines', 'crude', 'missile', 'missiles', 'rocket', 'rockets', 'vaccine', 'vaccines', 'jet', 'jets',
  'fighter', 'fighters', 'aircraft', 'helicopter', 'helicopters', 'warship', 'submarine', 'satellite', 'satellites',
  'spacecraft', 'rifle', 'rifles', 'howitzer', 'howitzers',
]);
// prettier-ignore
export const DEVICE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  ...[...ARTIFACT_NOUNS_AFTER].filter((noun) => !WORKS_OF_STATE.has(noun)), 'kit', 'kits', 'smartwatch', 'smartwatches', 'watch', 'camera', 'cameras',
  'earphones', 'soundbar', 'thermostat', 'doorbell', 'vacuum', 'printer', 'monitor', 'tv', 'bundle', 'edition',
]);

/**
 * Words that open a sentence and are never part of a name ("And Pavlo Klimkin", "But China").
 *
 * @example
 * NEVER_NAME_WORDS.has('but'); // true ("But China ...")
 * NEVER_NAME_WORDS.has('china'); // false
 */
// prettier-ignore
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
 * Words that head a row of figures in a table without naming anything: totals, averages,
 * the fields of a match report ("Total 12 6 3 3", "Attendance 18,500", "Halftime 1-0").
 *
 * @example
 * TABLE_LABELS.has('total'); // true
 * TABLE_LABELS.has('northtown'); // false
 */
// prettier-ignore
export const TABLE_LABELS: ReadonlySet<string> = new Set([
  'total', 'totals', 'subtotal', 'sum', 'average', 'avg', 'mean', 'median', 'overall', 'net', 'gross', 'other', 'others',
  'change', 'high', 'low', 'open', 'close', 'volume', 'attendance', 'halftime', 'half-time', 'result', 'results',
  'score', 'scores', 'points', 'round', 'week', 'day', 'stage', 'group', 'pool', 'division', 'league', 'rank', 'no',
]);

/**
 * True for a place noun of PLACE_NOUNS_AFTER in the singular or the plural ("rivers",
 * "cities", "provinces"): the head after a list of names ("the Reno and Secchia rivers").
 *
 * @example
 * isPlaceNoun('rivers'); // true
 * isPlaceNoun('counties'); // true
 * isPlaceNoun('agencies'); // false
 */
export function isPlaceNoun(word: string): boolean {
  const w = word.toLowerCase();
  return (
    PLACE_NOUNS_AFTER.has(w) ||
    (w.endsWith('ies') && PLACE_NOUNS_AFTER.has(`${w.slice(0, -3)}y`)) ||
    (w.endsWith('s') && PLACE_NOUNS_AFTER.has(w.slice(0, -1)))
  );
}

/**
 * Plural nouns that name a kind of organization, of person or of facility before the examples of a
 * list ("companies such as Varco, Tessa and Lind", "players including Okafor", "hotels and venues:
 * the Lenmark, Varco Palace"): each example is one of that kind (a facility is no organization).
 * Places are read by `isPlaceNoun` ("cities such as").
 *
 * @example
 * KIND_BEFORE_EXAMPLES.get('companies'); // 'organization'
 * KIND_BEFORE_EXAMPLES.get('players'); // 'person'
 * KIND_BEFORE_EXAMPLES.get('hotels'); // 'facility'
 */
// prettier-ignore
export const KIND_BEFORE_EXAMPLES: ReadonlyMap<string, 'organization' | 'person' | 'facility'> = new Map([
  ...['companies', 'firms', 'brands', 'businesses', 'enterprises', 'banks', 'lenders', 'insurers', 'carmakers',
    'automakers', 'retailers', 'manufacturers', 'makers', 'groups', 'organizations', 'organisations', 'agencies',
    'outlets', 'newspapers', 'broadcasters', 'universities', 'hospitals', 'clubs', 'teams', 'parties',
    'charities', 'startups', 'start-ups', 'airlines', 'platforms', 'exhibitors', 'sponsors', 'members']
    .map((w) => [w, 'organization'] as const),
  ...['players', 'artists', 'singers', 'actors', 'actresses', 'writers', 'authors', 'leaders', 'politicians',
    'officials', 'stars', 'athletes', 'figures', 'people', 'celebrities', 'executives', 'lawmakers', 'ministers']
    .map((w) => [w, 'person'] as const),
  ...['hotels', 'resorts', 'casinos', 'venues', 'facilities', 'stadiums', 'arenas']
    .map((w) => [w, 'facility'] as const),
]);
