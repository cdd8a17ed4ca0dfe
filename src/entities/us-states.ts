/**
 * The states of the United States (and its capital district) as US news writes them after a
 * city: the postal code ("Scranton, PA"), the AP style abbreviation ("Scranton, Pa.") or the
 * name. A code alone is ambiguous ("PA" is also a news agency, "IN" and "OR" are words), so
 * a code or an abbreviation names the state only right after a city and a comma, or in a
 * party tag after a member's name ("Sen. Ida Renn (R-Fla.)"); the full name is the state
 * anywhere, and so is its nickname ("the Granite State"). One canonical name and id for the
 * forms, across articles.
 */

// [postal code, AP abbreviation ('' where AP writes the name in full), name]
// prettier-ignore
const STATES: ReadonlyArray<readonly [string, string, string]> = [
  ['AL', 'Ala.', 'Alabama'], ['AK', '', 'Alaska'], ['AZ', 'Ariz.', 'Arizona'], ['AR', 'Ark.', 'Arkansas'],
  ['CA', 'Calif.', 'California'], ['CO', 'Colo.', 'Colorado'], ['CT', 'Conn.', 'Connecticut'],
  ['DE', 'Del.', 'Delaware'], ['DC', 'D.C.', 'District of Columbia'], ['FL', 'Fla.', 'Florida'],
  ['GA', 'Ga.', 'Georgia'], ['HI', '', 'Hawaii'], ['ID', '', 'Idaho'], ['IL', 'Ill.', 'Illinois'],
  ['IN', 'Ind.', 'Indiana'], ['IA', '', 'Iowa'], ['KS', 'Kan.', 'Kansas'], ['KY', 'Ky.', 'Kentucky'],
  ['LA', 'La.', 'Louisiana'], ['ME', '', 'Maine'], ['MD', 'Md.', 'Maryland'], ['MA', 'Mass.', 'Massachusetts'],
  ['MI', 'Mich.', 'Michigan'], ['MN', 'Minn.', 'Minnesota'], ['MS', 'Miss.', 'Mississippi'],
  ['MO', 'Mo.', 'Missouri'], ['MT', 'Mont.', 'Montana'], ['NE', 'Neb.', 'Nebraska'], ['NV', 'Nev.', 'Nevada'],
  ['NH', 'N.H.', 'New Hampshire'], ['NJ', 'N.J.', 'New Jersey'], ['NM', 'N.M.', 'New Mexico'],
  ['NY', 'N.Y.', 'New York'], ['NC', 'N.C.', 'North Carolina'], ['ND', 'N.D.', 'North Dakota'],
  ['OH', '', 'Ohio'], ['OK', 'Okla.', 'Oklahoma'], ['OR', 'Ore.', 'Oregon'], ['PA', 'Pa.', 'Pennsylvania'],
  ['RI', 'R.I.', 'Rhode Island'], ['SC', 'S.C.', 'South Carolina'], ['SD', 'S.D.', 'South Dakota'],
  ['TN', 'Tenn.', 'Tennessee'], ['TX', '', 'Texas'], ['UT', '', 'Utah'], ['VT', 'Vt.', 'Vermont'],
  ['VA', 'Va.', 'Virginia'], ['WA', 'Wash.', 'Washington'], ['WV', 'W.Va.', 'West Virginia'],
  ['WI', 'Wis.', 'Wisconsin'], ['WY', 'Wyo.', 'Wyoming'],
];

// Older abbreviations news still writes, mostly in party tags ("R-Tex.", "D-Wisc.").
// prettier-ignore
const OLDER_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['Tex.', 'Texas'], ['Wisc.', 'Wisconsin'], ['Penn.', 'Pennsylvania'], ['Penna.', 'Pennsylvania'],
  ['Cal.', 'California'], ['N.Mex.', 'New Mexico'], ['Nebr.', 'Nebraska'], ['Oreg.', 'Oregon'],
];

// The states' nicknames, written with "State" ("the Granite State"): another name of the state.
// prettier-ignore
const NICKNAMES: ReadonlyArray<readonly [string, string]> = [
  ['Yellowhammer', 'Alabama'], ['Grand Canyon', 'Arizona'], ['Natural', 'Arkansas'], ['Golden', 'California'],
  ['Centennial', 'Colorado'], ['Constitution', 'Connecticut'], ['First', 'Delaware'], ['Sunshine', 'Florida'],
  ['Peach', 'Georgia'], ['Aloha', 'Hawaii'], ['Gem', 'Idaho'], ['Prairie', 'Illinois'], ['Hoosier', 'Indiana'],
  ['Hawkeye', 'Iowa'], ['Sunflower', 'Kansas'], ['Bluegrass', 'Kentucky'], ['Pelican', 'Louisiana'],
  ['Pine Tree', 'Maine'], ['Old Line', 'Maryland'], ['Bay', 'Massachusetts'], ['Great Lakes', 'Michigan'],
  ['Wolverine', 'Michigan'], ['North Star', 'Minnesota'], ['Magnolia', 'Mississippi'], ['Show Me', 'Missouri'],
  ['Show-Me', 'Missouri'], ['Treasure', 'Montana'], ['Cornhusker', 'Nebraska'], ['Silver', 'Nevada'],
  ['Granite', 'New Hampshire'], ['Garden', 'New Jersey'], ['Empire', 'New York'], ['Tar Heel', 'North Carolina'],
  ['Peace Garden', 'North Dakota'], ['Buckeye', 'Ohio'], ['Sooner', 'Oklahoma'], ['Beaver', 'Oregon'],
  ['Keystone', 'Pennsylvania'], ['Ocean', 'Rhode Island'], ['Palmetto', 'South Carolina'],
  ['Mount Rushmore', 'South Dakota'], ['Volunteer', 'Tennessee'], ['Lone Star', 'Texas'], ['Beehive', 'Utah'],
  ['Green Mountain', 'Vermont'], ['Evergreen', 'Washington'], ['Mountain', 'West Virginia'], ['Badger', 'Wisconsin'],
  ['Equality', 'Wyoming'], ['Cowboy', 'Wyoming'],
];
let byNickname: ReadonlyMap<string, string> | null = null;

/**
 * The state a nickname names ("Granite State", "the Lone Star State"), or null.
 *
 * @example
 * stateOfNickname('Granite State'); // 'New Hampshire'
 * stateOfNickname('Empire State Building'); // null
 */
export function stateOfNickname(text: string): string | null {
  byNickname ??= new Map(NICKNAMES.map(([nick, name]) => [`${nick} State`, name]));
  return byNickname.get(text.replace(/^the /i, '')) ?? null;
}

let byShortForm: ReadonlyMap<string, string> | null = null;

// "PA", "PA." and "Pa." -> "Pennsylvania" (a code may carry the sentence's period)
function shortForms(): ReadonlyMap<string, string> {
  if (!byShortForm) {
    const map = new Map<string, string>();
    for (const [code, ap, name] of STATES) {
      map.set(code, name);
      map.set(`${code}.`, name);
      if (ap) map.set(ap, name);
    }
    for (const [abbreviation, name] of OLDER_ABBREVIATIONS) map.set(abbreviation, name);
    byShortForm = map;
  }
  return byShortForm;
}

/**
 * The state a short form or a name written in a party tag names, or null: the tag's period may
 * be left outside the word ("R-Fla" of "(R-Fla.)").
 */
function stateOfTagPart(part: string): string | null {
  if (isUsStateName(part)) return part;
  const forms = shortForms();
  return forms.get(part) ?? forms.get(`${part}.`) ?? null;
}

/** A party letter and a hyphen opening a tag: "R-", "D-", "I-" after a bracket, comma or space. */
const PARTY_LETTER_BEFORE = /(?:^|[\s([,])[RDI]-$/;

/**
 * Where the state of a party tag stands in a word ("R-Fla" of "Sen. Ida Renn (R-Fla.)",
 * "D-N.Y", "R-Texas"): [start, end) of the state inside the word, or null. US political copy
 * writes a member's party and state this way; the tag names the state, never a person or a
 * body.
 *
 * @example
 * partyTagState('R-Fla'); // [2, 5]
 * partyTagState('D-N.Y'); // [2, 5]
 * partyTagState('R-Kelly'); // null
 */
export function partyTagState(word: string): [number, number] | null {
  if (word.length < 4 || word[1] !== '-' || !/^[RDI]$/.test(word[0]!)) return null;
  return stateOfTagPart(word.slice(2)) !== null ? [2, word.length] : null;
}

/**
 * The state a place mention names when it is the state of a party tag ("Fla" in
 * "Sen. Ida Renn (R-Fla.)"), or null.
 *
 * @example
 * usStateInPartyTag('Sen. Ida Renn (R-Fla.) said', 17, 20); // 'Florida'
 * usStateInPartyTag('Sen. Ida Renn of Fla. said', 17, 20); // null
 */
export function usStateInPartyTag(source: string, start: number, end: number): string | null {
  if (!PARTY_LETTER_BEFORE.test(source.slice(Math.max(0, start - 3), start))) return null;
  return stateOfTagPart(source.slice(start, end));
}

/** "Scranton, " before a name: a capitalized word, then a comma (spaced off in tokenized newswire: "Scranton , "). */
const AFTER_CITY = /\p{Lu}[\p{L}.'’-]* ?,\s+$/u;

/**
 * The state a short form written at [start, end) names, or undefined: the form as written, or
 * with the period after it, glued or spaced off as tokenized newswire writes it ("Pa" of
 * "Dunmore, Pa." and of "Dunmore , Pa .").
 */
function shortFormAt(source: string, start: number, end: number): string | undefined {
  const forms = shortForms();
  const written = source.slice(start, end);
  return forms.get(written) ?? (/^ ?\./.test(source.slice(end, end + 2)) ? forms.get(`${written}.`) : undefined);
}

/**
 * The state a place mention names, or null: a postal code or AP abbreviation right after a
 * city and a comma ("Scranton, PA"). The name alone is left to the place tables.
 *
 * @example
 * usStateAfterCity('She lives in Scranton, PA.', 22, 25); // 'Pennsylvania'
 * usStateAfterCity('SCRANTON , Pa . 1996-08-27', 11, 13); // 'Pennsylvania'
 * usStateAfterCity('The PA reported it.', 4, 6); // null (no city before it)
 */
export function usStateAfterCity(source: string, start: number, end: number): string | null {
  const name = shortFormAt(source, start, end);
  if (!name) return null;
  return AFTER_CITY.test(source.slice(Math.max(0, start - 40), start)) ? name : null;
}

/** ", NJ" or ", N.J." right after a name, the code ending there (no "-based", no word glued on). */
const STATE_AFTER = /^,\s+([A-Z][A-Za-z.]{1,6})(?![\p{L}\p{N}'’-])/u;

/**
 * The state a postal code or AP abbreviation names right after a name and a comma ("Trenton,
 * NJ", "Scranton, Pa."), or null: the name before it is a town of that state, whatever else its
 * words could be.
 *
 * @example
 * usStateAfterName('a show in Lenford, NJ @ the arena', 17); // 'New Jersey'
 * usStateAfterName('The Redmond, Wash.-based company', 11); // null (an adjective)
 */
export function usStateAfterName(source: string, end: number): string | null {
  const m = STATE_AFTER.exec(source.slice(end, end + 12));
  return m ? (shortForms().get(m[1]!) ?? null) : null;
}

/**
 * True for the name of a US state ("Pennsylvania"), so that "Pennsylvania" and "Scranton, PA"
 * in one article are one place.
 *
 * @example
 * isUsStateName('Pennsylvania'); // true
 * isUsStateName('Pa.'); // false
 */
export function isUsStateName(name: string): boolean {
  stateNames ??= new Set(STATES.map(([, , n]) => n));
  return stateNames.has(name);
}
let stateNames: ReadonlySet<string> | null = null;
