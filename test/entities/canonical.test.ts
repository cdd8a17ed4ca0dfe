// Canonical names and ids across articles: the same country, international body or person
// gets the same id in every article, whichever written form or transliteration the article
// uses. The articles are invented, in the style of wire copy and machine-translated news.
import { describe, expect, it } from 'vitest';
import { extractEntities, type Entity } from '../../src/entities/index.js';
import { canonicalEntity, countryOfNationality } from '../../src/entities/countries.js';
import { regionCountry, regionName, regionOfCode } from '../../src/entities/regions.js';
import { cityCountry } from '../../src/entities/cities.js';
import { nationalBody } from '../../src/entities/national-bodies.js';
import { idSlug } from '../../src/entities/merge-mentions.js';

const ARTICLES = [
  'U.S. officials said on Monday that the Organization for Security and Co-operation in Europe (OSCE) would send more monitors. ' +
    'President Volodymyr Zelensky welcomed the decision, while Kremlin spokesman Dmitry Peskov said Moscow would study it.',
  'The United States and its allies warned Moscow again on Tuesday. The OSCE said its mission would stay in the region. ' +
    'Ukrainian leader Volodymyr Zelenskyy thanked the monitors, and Dmitry Peskow told reporters the Kremlin saw no reason for alarm.',
  "America's allies met in Vienna on Wednesday. Officials from the US said Volodymyr Zelenskiy would join by video link. " +
    'Dmitri Peskov, the Kremlin spokesman, declined to comment on the talks.',
];

const entitiesOf = ARTICLES.map((a) => extractEntities(a));
const idOf = (article: number, alias: string): string | undefined =>
  entitiesOf[article]!.find((e: Entity) => e.aliases.includes(alias) || e.name === alias)?.id;

describe('one id for one entity in every article', () => {
  // entity | id | the form written in each article
  // prettier-ignore
  const rows: [string, string, [string, string, string]][] = [
    ['the United States', 'place:united-states', ['U.S.', 'United States', 'US']],
    ['Volodymyr Zelensky', 'person:volodymyr-zelensky', ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy']],
    ['Dmitry Peskov', 'person:dmitry-peskov', ['Dmitry Peskov', 'Dmitry Peskow', 'Dmitri Peskov']],
  ];
  it.each([
    ['the FBI', 'the Federal Bureau of Investigation'],
    ['the CIA', 'the Central Intelligence Agency'],
    ['the Israeli Defence Forces', 'the Israel Defense Forces'],
    ['ESA', 'the European Space Agency'],
    ['the SBU', 'the Security Service of Ukraine'],
  ])('a body written "%s" in one article and "%s" in another has one id', (a, b) => {
    const ids = (text: string) => extractEntities(text).map((e) => e.id);
    const first = ids(`Officials said ${a} would respond on Monday.`);
    expect(first).toHaveLength(1);
    expect(ids(`Officials said ${b} would respond on Monday.`)).toEqual(first);
  });
  it.each([
    ['Kiev', 'Kyiv'],
    ['Kharkov', 'Kharkiv'],
  ])('a city written %s in one article and %s in another has one id', (older, today) => {
    const id = (text: string, form: string) =>
      extractEntities(text).find((e) => e.aliases.includes(form) || e.name === form)?.id;
    const a = id(`Officials in ${older} said the shelling went on overnight.`, older);
    expect(a).toBe(`place:${today.toLowerCase()}`);
    expect(id(`Officials in ${today} said the shelling went on overnight.`, today)).toBe(a);
  });
  it.each(rows)('%s', (_name, id, forms) => {
    forms.forEach((form, k) => expect(idOf(k, form), `article ${k}: ${form}`).toBe(id));
  });

  it('the OSCE has one id whether the article spells it out or not', () => {
    const id = 'organization:organization-for-security-and-co-operation-in-europe';
    expect(idOf(0, 'OSCE')).toBe(id);
    expect(idOf(0, 'Organization for Security and Co-operation in Europe')).toBe(id);
    expect(idOf(1, 'OSCE')).toBe(id);
  });

  it('the acronym and its expansion in one article are one entity', () => {
    const osce = entitiesOf[0]!.filter(
      (e) => e.aliases.includes('OSCE') || e.aliases.includes('Organization for Security and Co-operation in Europe'),
    );
    expect(osce).toHaveLength(1);
    expect(osce[0]!.name).toBe('Organization for Security and Co-operation in Europe');
  });

  it('"America" and "US" in one article are one country', () => {
    const us = entitiesOf[2]!.filter((e) => e.id === 'place:united-states');
    expect(us).toHaveLength(1);
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(['America', 'US']));
  });
});

describe('canonicalEntity', () => {
  // written form | canonical name (null: none)
  // prettier-ignore
  const rows: [string, string | null][] = [
    ['U.S.', 'United States'],
    ['USA', 'United States'],
    ['America', 'United States'],
    ['the United States', 'United States'],
    ['Britain', 'United Kingdom'],
    ['UK', 'United Kingdom'],
    ['Russian Federation', 'Russia'],
    ['Türkiye', 'Turkey'],
    ['the Netherlands', 'Netherlands'],
    ['Holland', 'Netherlands'],
    ['NATO', 'North Atlantic Treaty Organization'],
    ['U.N.', 'United Nations'],
    ['Fed', 'Federal Reserve'],
    // armed groups under their several spellings
    ['ISIL', 'Islamic State'],
    ['Daesh', 'Islamic State'],
    ['Al Qaeda', 'al-Qaeda'],
    ['Hizbollah', 'Hezbollah'],
    // a name written in capitals, as on a headline
    ['JAPAN', 'Japan'],
    ['NORTH KOREA', 'North Korea'],
    // forums of countries and the bodies news cites most, by acronym and full name
    ['G-20', 'Group of 20'],
    ['G7', 'Group of Seven'],
    ['WEF', 'World Economic Forum'],
    ['International Labor Organization', 'International Labour Organization'],
    // a long form without its inner "the", and common variants of the two Congos
    ['Democratic Republic of Congo', 'Democratic Republic of the Congo'],
    ['DR Congo', 'Democratic Republic of the Congo'],
    ['Republic of Congo', 'Republic of the Congo'],
    ['Republic of Ireland', 'Ireland'],
    // cities and regions under an older or another transliteration: today's wire name
    ['Kiev', 'Kyiv'],
    ['Kharkov', 'Kharkiv'],
    ['Zaporozhye', 'Zaporizhzhia'],
    ['Donbass', 'Donbas'],
    ['Bombay', 'Mumbai'],
    ['Rangoon', 'Yangon'],
    // negatives: a pronoun, a bird, an ambiguous name, a person, a city name two places share
    ['Odessa', null],
    ['us', null],
    ['turkey', null],
    ['Congo', null],
    ['Jordan Peterson', null],
  ];
  it.each(rows)('%s -> %s', (form, name) => {
    expect(canonicalEntity(form)?.name ?? null).toBe(name);
  });
});

describe('idSlug folds transliteration variants of a name', () => {
  // variants that share an id | a different name that must not
  // prettier-ignore
  const rows: [string[], string][] = [
    [['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelenski'], 'Volodymyr Zelinsky'],
    [['Dmitry Peskov', 'Dmitri Peskov', 'Dmitry Peskow'], 'Dmitry Pesko'],
    [['Mikhail Khodorkovsky', 'Mikhail Hodorkovsky'], 'Mikhail Gorbachev'],
    [['Sergei Lavrov', 'Sergey Lavrov'], 'Sergei Lavrin'],
    [['Alexei Navalny', 'Alexey Navalny'], 'Alexander Navalny'],
    [['Mohammed bin Salman', 'Mohammad bin Salman', 'Muhammad bin Salman', 'Mohamed bin Salman'], 'Mahmoud bin Salman'],
    [['Ahmed Hassan', 'Ahmad Hassan'], 'Ahmet Hassan'],
  ];
  it.each(rows)('%j', (variants, other) => {
    const ids = new Set(variants.map(idSlug));
    expect(ids.size).toBe(1);
    expect(ids.has(idSlug(other))).toBe(false);
  });
});

describe('national bodies: one canonical name and id in every article (national-bodies.ts)', () => {
  const idOfForm = (text: string, form: string): string | undefined =>
    extractEntities(text).find((e) => e.aliases.includes(form))?.id;
  // article | form written | id
  // prettier-ignore
  const rows: [string, string, string | undefined][] = [
    // a generic form in an article about the body's country (its countries, cities, nationality words)
    ['Lebanon’s currency fell again on Monday. The Central Bank said reserves in Lebanon were low.', 'Central Bank', 'organization:banque-du-liban'],
    ['Lebanese banks limited withdrawals, and the Central Bank said the Lebanese pound would float.', 'Central Bank', 'organization:banque-du-liban'],
    // a full name means the body in any article
    ['The Central Bank of Lebanon cut its main rate on Tuesday.', 'Central Bank of Lebanon', 'organization:banque-du-liban'],
    ['Traders watched the US Treasury on Wednesday.', 'US Treasury', 'organization:united-states-department-of-the-treasury'],
    // the same generic form, another country: another body
    ['Australian voters went to the polls. Labor won seats across Australia, and the Liberals lost ground.', 'Liberals', 'organization:liberal-party-of-australia'],
    ['Canadian voters went to the polls. The Liberals won seats across Canada on Monday.', 'Liberals', 'organization:liberal-party-of-canada'],
    // the people named by their nationality tell the country ("Australians", twice)
    ['Australians voted on Saturday. The Labor party lost two seats, and Australians woke to a new cabinet.', 'Labor', 'organization:australian-labor-party'],
    ['Voters went to the polls on Saturday. The Labor party lost two seats, and voters woke to a new cabinet.', 'Labor', 'organization:labor'],
    // a body named in full tells the country too
    ['The Bundestag voted on Friday, and the Greens backed the bill in the Bundestag.', 'Greens', 'organization:alliance-90-the-greens'],
    // a party whose name has no head noun, written with "Party" after it; not a body with a head noun
    ['Hungarian voters went to the polls. The Fidesz Party won seats across Hungary.', 'Fidesz Party', 'organization:fidesz'],
    ['French senators met in Paris. The new Senate Party won seats across France.', 'Senate Party', 'organization:senate-party'],
    // two countries' bodies of one name keep apart
    ['French deputies met in Paris. The National Assembly voted on the budget in France.', 'National Assembly', 'organization:national-assembly-fr'],
    ['South Korean lawmakers met in Seoul. The National Assembly voted on the budget in South Korea.', 'National Assembly', 'organization:national-assembly-kr'],
  ];
  it.each(rows)('%s -> %s is %s', (text, form, id) => {
    expect(idOfForm(text, form)).toBe(id);
  });

  // no country in the article: a generic form stays as written
  it('"the Central Bank" of an article that names no country is no one country’s bank', () => {
    const bank = extractEntities('The Central Bank said reserves were low on Monday.').find((e) =>
      e.aliases.includes('Central Bank'),
    );
    expect(bank?.name).toBe('Central Bank');
  });

  it('a generic form is found by its country, a full name anywhere, an English phrase never alone', () => {
    expect(nationalBody('the Central Bank', 'LB')?.name).toBe('Banque du Liban');
    expect(nationalBody('the Central Bank')).toBeNull();
    expect(nationalBody('Bundestag')?.country).toBe('DE');
    // "Coalition" and "Department of the Treasury" are English phrases: only with their country
    expect(nationalBody('Coalition')).toBeNull();
    expect(nationalBody('Coalition', 'AU')?.name).toBe('Coalition');
    expect(nationalBody('Department of the Treasury')).toBeNull();
    // a possessive is no foreign word: "People's Party" is several countries' party
    expect(nationalBody("People's Party")).toBeNull();
  });

  it('the article country reads regions: a first-level region is a known place with its country', () => {
    expect(regionCountry('Zhejiang')).toBe('CN');
    expect(regionCountry('Tamil Nadu')).toBe('IN');
    expect(regionCountry('Central')).toBeNull();
    const ministry = extractEntities(
      'Officials in Zhejiang and Jiangsu said on Monday that the Foreign Ministry would comment.',
    ).find((e) => e.aliases.includes('Foreign Ministry'));
    expect(ministry?.name).toBe("Ministry of Foreign Affairs of the People's Republic of China");
  });

  it('the article country reads larger cities and nationality adjectives', () => {
    expect(cityCountry('Beirut')).toBe('LB');
    expect(cityCountry('Springfield')).toBeNull();
    expect(countryOfNationality('Lebanese')).toBe('LB');
    expect(countryOfNationality('lebanese')).toBeNull();
    // the plural is the noun for the people
    expect(countryOfNationality('Australians')).toBe('AU');
    expect(countryOfNationality('Israelis')).toBe('IL');
    expect(countryOfNationality('Parties')).toBeNull();
  });
});

describe('regions: the gazetteer name without its hyphens, and a letter code in an article about its country', () => {
  it.each([
    // written | the gazetteer's spelling (null: no region, or other letters than the gazetteer's)
    ['Schleswig Holstein', 'Schleswig-Holstein'],
    ['Friuli Venezia Giulia', 'Friuli-Venezia Giulia'],
    ['Baden-Württemberg', 'Baden-Württemberg'],
    ['Baden Wurttemberg', null], // found (the country reads it) but the writer's spelling stays
    ['schleswig holstein', null], // a name is written with a capital
    ['Hamburg Harbour', null],
  ] as const)('regionName(%j) is %j', (written, name) => {
    expect(regionName(written)).toBe(name);
  });

  it('finds the region’s country whatever the hyphens and accents', () => {
    expect(regionCountry('Schleswig Holstein')).toBe('DE');
    expect(regionCountry('Baden Wurttemberg')).toBe('DE');
  });

  it.each([
    ['AU', 'NSW', 'New South Wales'],
    ['CA', 'BC', 'British Columbia'],
    ['US', 'VA', 'Virginia'],
    ['AU', 'BC', null], // another country's code
    ['AU', 'Nsw', null], // a code is written in capitals
  ] as const)('regionOfCode(%j, %j) is %j', (country, code, name) => {
    expect(regionOfCode(country, code)).toBe(name);
  });

  const placeOf = (text: string, form: string) =>
    extractEntities(text).find((e) => e.type === 'place' && e.aliases.includes(form));
  // article | form written | name | id
  // prettier-ignore
  it.each([
    ['Storms hit Schleswig Holstein on Monday, and Kiel closed its port.', 'Schleswig Holstein', 'Schleswig-Holstein', 'place:schleswig-holstein'],
    ['Wildfires in BC forced thousands from their homes, Canadian officials said. Canadians in Kelowna agreed.', 'BC', 'British Columbia', 'place:british-columbia'],
  ])('%s: %s is %s', (text, form, name, id) => {
    const place = placeOf(text, form);
    expect([place?.name, place?.id]).toEqual([name, id]);
  });

  // only a mention read as a place is renamed: the tagger has seen the code used as one
  it('a code stays as written where the article’s country is unknown or another', () => {
    expect(placeOf('Wildfires in BC forced thousands from their homes.', 'BC')?.name).toBe('BC');
    const australian =
      'Wildfires in BC forced thousands from their homes, Australian officials said. Australians agreed.';
    expect(placeOf(australian, 'BC')?.name).toBe('BC');
  });

  it('the code and the full name in one article are one place', () => {
    const places = extractEntities(
      'Wildfires in BC forced thousands from their homes. Canadians in British Columbia were told to leave, Canadian officials said.',
    ).filter((e) => e.type === 'place');
    expect(places.find((e) => e.name === 'British Columbia')?.aliases).toEqual(['BC', 'British Columbia']);
  });
});

describe('US states: one name and id for the code, the AP abbreviation and the name (us-states.ts)', () => {
  const stateOf = (text: string, form: string): string | undefined =>
    extractEntities(text).find((e) => e.aliases.includes(form))?.id;
  // article | form written | id
  // prettier-ignore
  const rows: [string, string, string | undefined][] = [
    ['She lives in Scranton, PA, and works in a school.', 'PA', 'place:pennsylvania'],
    ['The rally in Erie, Pa., drew thousands on Saturday.', 'Pa.', 'place:pennsylvania'],
    ['Floods hit Pennsylvania on Monday, the governor said.', 'Pennsylvania', 'place:pennsylvania'],
    ['He was arrested in Towson, MD. The police said he had fled.', 'MD.', 'place:maryland'],
    // a code with no city before it is no state ("PA" is also a news agency)
    ['The PA news agency reported the story on Monday.', 'PA', 'organization:pa'],
    // a state's nickname is the state
    ['Voters in Ohio went to the polls. The Buckeye State picked the mayor.', 'Buckeye State', 'place:ohio'],
    ['Campaigning across the Sooner State, she praised Oklahoma farmers.', 'Sooner State', 'place:oklahoma'],
  ];
  it.each(rows)('%s -> %s is %s', (text, form, id) => {
    expect(stateOf(text, form)).toBe(id);
  });

  // a party tag names the member's state, never a person or a body
  // article | every entity, in order
  // prettier-ignore
  const tags: [string, string[]][] = [
    ['Sen. Ida Renn (R-Fla.) spoke first.', ['person:Ida Renn', 'place:Florida']],
    ['Rep. Tom Arlo, D-N.Y., voted no.', ['person:Tom Arlo', 'place:New York']],
    ['The bill by Sen. Lea Moss, R-Texas, passed.', ['person:Lea Moss', 'place:Texas']],
    ['Sen. Ada Voss (I-Vt.) and Rep. Ned Cole (R-TX) met.', ['person:Ada Voss', 'place:Vermont', 'person:Ned Cole', 'place:Texas']],
    ['Sen. Ida Renn (R-Wisc.) said Wisconsin would vote.', ['person:Ida Renn', 'place:Wisconsin']],
    // a letter and a hyphen before no state: no state
    ['Traffic on I-95 slowed on Friday.', []],
  ];
  it.each(tags)('%s -> %j', (text, names) => {
    expect(extractEntities(text).map((e) => `${e.type}:${e.name}`)).toEqual(names);
  });

  it('the code after a city and the name in one article are one place', () => {
    const places = extractEntities('Crews in Erie, Pa., cleared roads. Pennsylvania asked for federal aid.').filter(
      (e) => e.type === 'place',
    );
    expect(places.map((e) => e.name)).toEqual(['Erie', 'Pennsylvania']);
    expect(places[1]!.aliases).toEqual(['Pa.', 'Pennsylvania']);
  });

  it('a sentence opener after an abbreviation’s period starts a new sentence, not a longer name', () => {
    const names = extractEntities('He was arrested in Towson, MD. The police said he had fled.').map((e) => e.name);
    expect(names).not.toContain('MD. The');
  });
});
