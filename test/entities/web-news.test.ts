// Names in English web news (docs/entities.md, "Eighteenth round, second pass"): invented
// sentences, one table per behaviour, look-alikes that must keep their reading beside the positives.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { expectNamedType, summary, mentionTexts } from './support/entities.js';
import { decideTypes, nameKey, type Evidenced } from '../../src/entities/decide.js';
import type { EvidenceType } from '../../src/entities/rules.js';

describe('tickers of indexes and metals, statistics and common-noun acronyms are no names', () => {
  // text | acronym | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['Futures on the SPX slipped 0.4% while the IXIC gained 12 points on Tuesday.', 'SPX', false],
    ['Futures on the SPX slipped 0.4% while the IXIC gained 12 points on Tuesday.', 'IXIC', false],
    ['Spot XAU rose to a two-week high as the VIX eased.', 'XAU', false],
    ['Spot XAU rose to a two-week high as the VIX eased.', 'VIX', false],
    ['Okafor finished with 6 tackles, 2 TFL, 1 INT and 3 PBU against the Rams.', 'TFL', false],
    ['Okafor: 5 tackles, 1 TFL, 1 INT, 2 passes defended.', 'INT', false],
    ['Okafor finished with 6 tackles, 2 TFL, 1 INT and 3 PBU against the Rams.', 'PBU', false],
    ['The school wired a LAN and bought RGB lighting and PV panels for the gym.', 'LAN', false],
    ['The school wired a LAN and bought RGB lighting and PV panels for the gym.', 'RGB', false],
    ['The PV market grew as PV installers hired.', 'PV', false],
    ['Revenue from VOD rentals fell as viewers moved to streaming.', 'VOD', false],
    ['Okafor had 1 sack, 2 QH and 1 TFL against the Rams.', 'QH', false],
    // bodies with letters like these keep their reading: a rating agency, a drone maker
    ['S&P cut the Lenmark Bank rating to junk on Friday.', 'S&P', true],
    ['The drone maker DJI said its sales in Europe rose.', 'DJI', true],
  ];
  it.each(rows)('%s -> %s %s', (text, code, kept) => {
    expect(mentionTexts(text).includes(code), summary(text).join(' | ')).toBe(kept);
  });
});

describe('context/town-before-state: a name before a comma and a state code is a town', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['June 4 – Brenford, NJ @ Lenmark Arena | June 6 – Tessaville, CT @ Ridge Pavilion', 'Brenford', 'place'],
    ['June 4 – Brenford, NJ @ Lenmark Arena | June 6 – Tessaville, CT @ Ridge Pavilion', 'Tessaville', 'place'],
    ['The band plays Brockton, Mass. on Friday and Dunmore, Pa. on Sunday.', 'Dunmore', 'place'],
    // a company or a person before a code keeps its reading; an adjective in "-based" is no code
    ['The Lenford, Wash.-based company Okafor Bank cut 40 jobs.', 'Okafor Bank', 'organization'],
    ['Ford, MI and Lenmark Bank, NY signed the deal.', 'Ford', 'organization'],
    ['Lenmark Bank, NY and Ford, MI signed the deal.', 'Lenmark Bank', 'organization'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('peoples without a country of their name are no names (vocabulary EXTRA_DEMONYMS)', () => {
  // text | word | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['Rights groups say Beijing has held Uighurs in camps since 2017.', 'Uighurs', false],
    ['Thousands of Tibetans marched through the town on Sunday.', 'Tibetans', false],
    ['The Rohingya fled across the border into Bangladesh.', 'Rohingya', false],
    // the place and the body beside them keep their reading
    ['The Rohingya fled across the border into Bangladesh.', 'Bangladesh', true],
    ['Rights groups say Beijing has held Uighurs in camps since 2017.', 'Beijing', true],
  ];
  it.each(rows)('%s -> %s %s', (text, word, kept) => {
    expect(mentionTexts(text).includes(word), summary(text).join(' | ')).toBe(kept);
  });
});

describe('known/celestial-body: a planet or large moon is a place in a text about space (the Moon after "the"), Earth in any', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['The orbiter will reach Jupiter in 2031 and then fly past Europa twice.', 'Jupiter', 'place'],
    ['The orbiter will reach Jupiter in 2031 and then fly past Europa twice.', 'Europa', 'place'],
    ['A crewed flight to Mars would take the astronauts about seven months.', 'Mars', 'place'],
    ['Engineers said the rover had found salt deposits on Mars.', 'Mars', 'place'],
    ['Saturn and Titan were photographed from Lenmark Observatory last week.', 'Titan', 'place'],
    ['The company said it wanted to protect the Earth for future generations.', 'Earth', 'place'],
    ["The probe will reach Saturn's rings in 2034, the space agency said.", 'Saturn', 'place'],
    // outside a text about space the name keeps its other readings: a company, a singer, a car
    ['Mars cut the price of its chocolate bars in Varnia on Monday.', 'Mars', null],
    ['Bruno Mars will play two nights in Lenford in June.', 'Mars', null],
    ['Bruno Mars will play two nights in Lenford in June.', 'Bruno Mars', 'person'],
    ['The Freedom Party of Mercury County met on Tuesday.', 'Mercury', null],
    // "Earth" inside a longer name is that name
    ['Friends of the Earth said the plan would harm the coast.', 'Earth', null],
    // the Moon after "the" in a text about space; "Moon" alone is a family name
    ['The lander will carry two astronauts to the Moon before a crewed flight to Mars, the agency said.', 'Moon', 'place'],
    ['Ahn Moon said the probe to Mars was late. Moon added that the orbit was fine.', 'Ahn Moon', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('a list glued by commas where the spaces were lost names each item', () => {
  // text | the entities expected among the result (type:name)
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Floods hit Colorado,Washington and Oregon this week.', ['place:Colorado', 'place:Washington']],
    ['Envoys from Paris,London and Rome met on Monday.', ['place:Paris', 'place:London']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(summary(text)).toEqual(expect.arrayContaining(expected));
  });
  it('a comma inside a number or before lower case is no list', () => {
    expect(summary('Varco sold 1,200 cars,trucks and vans.')).not.toContain('organization:Varco,trucks');
  });
});

describe('a name that opens with a holiday but goes on is no holiday', () => {
  it.each([
    ['Tourists flew to Easter Island in March.', 'place:Easter Island'],
    ['Ships were sent to Christmas Island on Monday.', 'place:Christmas Island'],
  ])('%s -> %s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });
});

describe('a postal box, an adverb opening a sentence, a disease and a pair of partners are no persons', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Mail your entry to P.O. Box 4410, Dayton, OH 45401.', 'P.O. Box', null],
    ['The rule was plain.’’ Crucially, however, the board said no.', 'Crucially', null],
    ['The rule was plain.’’ Tellingly, however, the board said no.', 'Tellingly', null],
    ['Its auditor, Grant & Young, signed the report.', 'Grant & Young', 'organization'],
    ['Cases of Tessan Encephalitis first appeared in the valley in August.', 'Tessan Encephalitis', null],
    ['Clinics saw more Varnak Hepatitis cases this year.', 'Varnak Hepatitis', null],
    ['The bank hired Oliver & Young as its auditor.', 'Oliver & Young', 'organization'],
    // a person before a comma, a box that is a surname and a name with an initial keep their reading
    ['The board met in March.’’ Sally, however, voted against the plan.', 'Sally', 'person'],
    ['The board met in March.’’ Kelly, 34, voted against the plan.', 'Kelly', 'person'],
    ['The singer Tessa Box played in Lenford on Friday.', 'Tessa Box', 'person'],
    ['The singer Tessa Hale played in Lenford on Friday.', 'Tessa Hale', 'person'],
    ['The lawyers Curtis Ode and Otis Hale filed the case.', 'Otis Hale', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('context/person-row: a name in a standings row among rows of persons is a person', () => {
  const persons = [
    '1 Marlow Stenning 2301 1 4 9 14',
    '2 David Ode 2274 0 5 5 13',
    '3 Tamsin Orrey 2257 1 0 7 12',
    '4 Kenrick Dallow 2237 1 0 6 18',
    '5 Matt Brook 2234 0 1 3 12',
  ].join('\n');
  const clubs = [
    '1 Lenford Rovers 10 7 2 1 21',
    '2 Westby Athletic 10 6 3 1 20',
    '3 Brixton Vale 10 6 2 2 19',
    '4 Northtown Wanderers 10 5 3 2 18',
  ].join('\n');
  // the last row: its own given name is known, one row above opens with one
  const lastRow = ['38 Marlow Orrey 6 0 0 0 0', '39 Drew Stenning 2 0 0 0 0', '40 Kyle Stonegate 1 0 0 0 0'].join('\n');
  const mixed = [
    '1 Daniel Ode 2301 1 4',
    '2 Ryan Lund 2274 0 5',
    '3 New Zealand 2257 1 0',
    '4 Jamie Brook 2237 1 0',
  ].join('\n');
  // name | its type | table
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['Tamsin Orrey', 'person', persons],
    ['Kenrick Dallow', 'person', persons],
    ['Kyle Stonegate', 'person', lastRow],
    // clubs among clubs and a known place among persons keep their reading
    ['Brixton Vale', 'organization', clubs],
    ['New Zealand', 'place', mixed],
  ];
  it.each(rows)('%s -> %s', (name, type, text) => {
    expectNamedType(text, name, type);
  });
});

describe('a one-word name only the tagger reads as a person, by a small margin, is no person (decide.ts isUnsupportedLoneName)', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Fans nearly broke Plexaro trying to look up the term.', 'Plexaro', null],
    ['The update adds Zentrix shortcuts to the watch.', 'Zentrix', null],
    ['Most reviewers tested it with Velmora installed.', 'Velmora', null],
    ['Investors asked Zendly about the plan.', 'Zendly', null],
    // evidence of a person keeps the reading: he or she after it, a verb of saying, a given name beside it, a row
    ['Most reviewers tested it with Velmora. She said it worked.', 'Velmora', 'person'],
    ['Fans nearly broke Plexaro trying to look up the term, Plexaro said.', 'Plexaro', 'person'],
    ['“Fans nearly broke it,” said Plexaro.', 'Plexaro', 'person'],
    ['The update adds Zentrix shortcuts, and Mira and Zentrix tried them.', 'Zentrix', 'person'],
    ['Did not bat : Hale , Okafor , Lind .', 'Lind', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe("a firm's cue makes a one-word name the tagger reads as a person a firm (rules.ts cue/firm-*, decide.ts hasFirmCue)", () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    // "its" going back to the name, a spokesperson for it, an appositive saying it is a site
    ['We rated Brindlo among the best tools of the year. Brindlo doubled its prices in May.', 'Brindlo', 'organization'],
    ['Marta Voss, the chief operating officer, said Brindlo would spend heavily on its new drones.', 'Brindlo', 'organization'],
    ['A spokesperson for Trovik confirmed the outage on Monday.', 'Trovik', 'organization'],
    ['The outage was fixed, a spokesperson for Trovik confirmed on Monday.', 'Trovik', 'organization'],
    ['Regulators fined Travlo, a Kestrel-like video sharing site, over the leak.', 'Travlo', 'organization'],
    ['Regulators fined Travlo, a popular video sharing site, over the leak.', 'Travlo', 'organization'],
    // listed with known companies
    ['The deal covers Google, Amazon and Whitcombe.', 'Whitcombe', 'organization'],
    // "its" with another owner between, a person's cue beside it, a person's noun in the appositive
    ['Quorvil thanked the team for its patience.', 'Quorvil', null],
    ['A spokesman for Trovik said the senator would not run again.', 'Trovik', 'person'],
    ['The agency hired Travlo, a network engineer, to fix it.', 'Travlo', null],
    ['The deal covers Google, Amazon and Whitcombe, who said he was pleased.', 'Whitcombe', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('context/given-name-owner: a full name with a known given name that owns the next name is a person', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Two bidders, Harlow Orbital and Ada Lind’s Kestrel, will build the probe.', 'Ada Lind', 'person'],
    // a known company's name keeps its reading
    ["Rival bids came from Harlow Orbital and Morgan Stanley's Kestrel unit.", 'Morgan Stanley', 'organization'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type, true);
  });
});

describe('a company written with and without its designator after a comma is one entity (decide.ts prefixes, merge-mentions withoutHeadNouns)', () => {
  // text | form | the other form | whether they are one organization
  // prettier-ignore
  const rows: [string, string, string, boolean][] = [
    ['Farms can lease the pumps from Drevik, a maker of irrigation gear. Drevik’s pumps run on solar power. Ida Lund, head of exports at Drevik, Inc., said demand doubled.', 'Drevik', 'Drevik, Inc.', true],
    // another company of the same first word is another one
    ['Drevik Marine, a boat maker, sued Drevik Holdings, Inc. on Monday.', 'Drevik Marine', 'Drevik Holdings, Inc.', false],
  ];
  it.each(rows)('%s: %s / %s', (text, a, b, same) => {
    const of = (form: string) =>
      extractEntities(text).find((e) => e.type === 'organization' && (e.name === form || e.aliases.includes(form)))?.id;
    expect(of(a) !== undefined && of(a) === of(b), summary(text).join(' | ')).toBe(same);
  });
});

describe('a name no type scores above 0 gives no surname inheritance (decide.ts)', () => {
  // "Ousted Zorbly", scored below 0 on every type, is dropped: "Zorbly" inherits no person evidence from it
  const mention = (text: string, first: number, evidence: [EvidenceType, number][]): Evidenced => ({
    first,
    last: first + text.split(' ').length - 1,
    start: first * 10,
    end: first * 10 + text.length,
    text,
    key: nameKey(text),
    evidence: evidence.map(([type, weight]) => ({ rule: 'model', type, weight })),
  });
  // fullName scores | type of "Zorbly"
  // prettier-ignore
  const rows: [[EvidenceType, number][], string | undefined][] = [
    [[['person', -2], ['organization', -26], ['place', -25], ['none', -21]], 'organization'],
    [[['person', 90], ['organization', 10], ['place', 0], ['none', 0]], 'person'],
  ];
  it.each(rows)('%j -> %s', (full, type) => {
    const zorbly: [EvidenceType, number][] = [
      ['person', 50],
      ['organization', 60],
      ['place', 0],
      ['none', 0],
    ];
    const typed = decideTypes([
      mention('Zorbly', 0, zorbly),
      mention('Ousted Zorbly', 3, full),
      mention('Zorbly', 9, zorbly),
    ]);
    expect(typed.find((m) => m.text === 'Zorbly')?.type).toBe(type);
  });
});

describe('context/employer-before-job: a name before a job noun and a person is the employer', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['In a note, Brackley analyst Mary Lund said the stock was cheap.', 'Brackley', 'organization'],
    ['In a note, Brackley analyst Mary Lund said the stock was cheap.', 'Mary Lund', 'person'],
    // a city there is the place the job is done in
    ['In a note, Boston analyst Mary Lund said the stock was cheap.', 'Boston', 'place'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('context/company-kind-before: a kind of company opening a sentence before a one-word name', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Developer Quenta called the game a flagship title.', 'Quenta', 'organization'],
    // a person's name after it, and a person's job, keep theirs
    ['Developer Ida Renn called the game a flagship title.', 'Ida Renn', 'person'],
    ['Director Quenta called the film a triumph.', 'Quenta', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('a body written with and without the country that opens its name is one entity (merge-mentions withoutCountry)', () => {
  // text | form | the other form | whether they are one entity
  // prettier-ignore
  const rows: [string, string, string, boolean][] = [
    ['Importers owe the levy to U.S. Customs and Harbour Protection. Customs and Harbour Protection said rules would change.', 'U.S. Customs and Harbour Protection', 'Customs and Harbour Protection', true],
    ['The Japan Coastal Guard Service said so. Later the Coastal Guard Service denied it.', 'Japan Coastal Guard Service', 'Coastal Guard Service', true],
    // two bodies of two countries share the short form: it joins neither
    ['The U.S. Coastal Guard Service and the Japan Coastal Guard Service met. The Coastal Guard Service said so.', 'U.S. Coastal Guard Service', 'Coastal Guard Service', false],
    // the acronym of the body without its country joins it (mergeAcronyms); another acronym does not
    ['The US Tide Charts Commission said so. The TCC agreed.', 'US Tide Charts Commission', 'TCC', true],
    ['The US Tide Charts Commission said so. The TCA agreed.', 'US Tide Charts Commission', 'TCA', false],
  ];
  it.each(rows)('%s: %s / %s', (text, a, b, same) => {
    const entities = extractEntities(text);
    // by name first: a body written with its country also has the body alone as an alias
    const of = (form: string) =>
      (entities.find((e) => e.name === form) ?? entities.find((e) => e.aliases.includes(form)))?.id;
    expect(of(a), summary(text).join(' | ')).toBeDefined();
    expect(of(a) === of(b), summary(text).join(' | ')).toBe(same);
  });
});

describe('a body written with its country has the body alone among its aliases (merge-mentions aliasWithoutCountry)', () => {
  // text | the alias | whether an organization has it
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['The US Tide Charts Department fined three shippers on Monday.', 'Tide Charts Department', true],
    ['The Norwegian Ministry of Kelp Farming said on Monday it would act.', 'Ministry of Kelp Farming', true],
    ['Officials at the Ministry of Kelp Farming of Norway said so.', 'Ministry of Kelp Farming', true],
    // a company named after its country keeps no ordinary word as a name
    ['Norwegian Airways said on Monday it would fly to Lenford.', 'Airways', false],
    ['Staff at the Ministry of Kelp Farming said so.', 'Ministry of Kelp', false],
    // two bodies of two countries would share it: an alias names one entity
    ['The Norwegian Ministry of Kelp Farming and the Swedish Ministry of Kelp Farming met.', 'Ministry of Kelp Farming', false],
  ];
  it.each(rows)('%s -> %s %s', (text, alias, has) => {
    const found = extractEntities(text).some((e) => e.type === 'organization' && e.aliases.includes(alias));
    expect(found, summary(text).join(' | ')).toBe(has);
  });
});

describe("a body's name ends before what follows it: an honorific, a designator, a site's city, a team", () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    // "Rt." opens the honorific "Rt. Hon." (spans.ts trimConnectors, HONORIFIC_OPENERS)
    ['A letter from the chair of the Varco Assembly Rt. Hon. Ida Renn was read out.', 'Varco Assembly', 'organization'],
    ['A letter from the chair of the Varco Assembly Rt. Hon. Ida Renn was read out.', 'Varco Assembly Rt', null],
    ['The Norvale Party of the Right said so on Monday.', 'Norvale Party of the Right', 'organization'],
    // a company ends at its designator written with a period (spans.ts endsCompany)
    ['Riders met at The Norvale Corp. Harbour Regatta this week.', 'The Norvale Corp.', 'organization'],
    ['Shares of Kestrel Co. Ltd. rose on Monday.', 'Kestrel Co. Ltd.', 'organization'],
    // an acronym, a city and a site noun are the body and the place (spans.ts acronym-site-city)
    ['Workers at the TXBP Laredo facility went on strike.', 'TXBP', 'organization'],
    ['Workers at the TXBP Laredo facility went on strike.', 'Laredo', 'place'],
    ['BBC Scotland reported the news on Monday.', 'BBC Scotland', 'organization'],
    // a body's team after the body written alone is the body and its unit (spans.ts splitOwnerUnits)
    ['Scientists of the NVSA Deep Sleep Team studied it. NVSA said so.', 'NVSA', 'organization'],
    ['Scientists of the NVSA Deep Sleep Team studied it. NVSA said so.', 'NVSA Deep Sleep Team', null],
    // a body after its owner's name whose acronym the text writes alone is a name of its own
    ['Dana Rook, the Varco House National Ports Council expert, left the NPC in May.', 'Varco House', 'organization'],
    ['Dana Rook, the Varco House National Ports Council expert, left the NPC in May.', 'National Ports Council', 'organization'],
    ['The Welsh National Ports Council (NPC) met on Monday.', 'Welsh National Ports Council', 'organization'],
    // a party named in the form of its member (spans.ts party-member-form)
    ['Ines Varga, a Free Democrat lawmaker, said so.', 'Free Democrat', 'organization'],
    ['Senate Republican leader Tom Hale spoke on Monday.', 'Senate', 'organization'],
    // a body named for its purpose goes on past "to" (spans.ts purpose-to)
    ['She backed the Society for Aid to Lost Hikers in 2010.', 'Society for Aid to Lost Hikers', 'organization'],
    ['The Centre for Sea Studies to Lenford University moved.', 'Centre for Sea Studies', 'organization'],
    // a public body named by its fields goes on to its country (spans.ts body-of-country)
    ['Tariffs are set by the Ministry of Ports and Harbours of Japan, its officials said.', 'Ministry of Ports and Harbours of Japan', 'organization'],
    ['The Liaison Office of the Lenmark Senate of Norway met on Monday.', 'Liaison Office of the Lenmark Senate', 'organization'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('none/ordinary-name-tail: ordinary words after "for"/"of" that carry on a longer name are no body', () => {
  // text | name | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['The Varnian Commissioner for Consumer Affairs said the rules would change.', 'Consumer Affairs', false],
    ['In 2009 she won the Lenmark Film Award for Best Screenplay in a Short Film.', 'Best Screenplay', false],
    ['The nurses, members of a new group Nurses for Safe Playgrounds, offered to help.', 'Safe Playgrounds', false],
    // a body after a title and "of", after a lower-case word, or a place after "on" keeps its reading
    ['The President of General Motors said the plant would close.', 'General Motors', true],
    ['A spokesman for Human Rights Watch said the report was wrong.', 'Human Rights Watch', true],
    ['The resort on Lenmark Island reopened on Monday.', 'Lenmark Island', true],
  ];
  it.each(rows)('%s -> %s %s', (text, name, kept) => {
    expect(mentionTexts(text).includes(name), summary(text).join(' | ')).toBe(kept);
  });
});

describe('none/quoted-title-piece: a name filling part of a quoted title (title and subtitle) is no entity', () => {
  // text | name | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ["Fans queued for 'Orbit Run: Lysa' on its first night.", 'Lysa', false],
    ['Fans praised “Orbit Run: Lysa Returns” as the best game of the year.', 'Lysa Returns', false],
    // an outlet that fills its quotes and people named in a quote keep their reading
    ['The “Lenmark Daily News” printed the letter.', 'Lenmark Daily News', true],
    ['He praised “Tessa Marin and Ida Renn” for the work.', 'Ida Renn', true],
  ];
  it.each(rows)('%s -> %s %s', (text, name, kept) => {
    expect(mentionTexts(text).includes(name), summary(text).join(' | ')).toBe(kept);
  });
});

describe('head/work and head/law-opening: a guide named as a roadmap or a handbook is a work, no body', () => {
  // text | name | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['Download the Small Shop Growth Roadmap for a checklist of every stage.', 'Small Shop Growth Roadmap', false],
    ['Her chapter in the Handbook of Coastal Repair for Small Ports (2019) is cited.', 'Handbook of Coastal Repair for Small Ports', false],
    // a body named with the word keeps its reading
    ['The Roadmap Institute published the data.', 'Roadmap Institute', true],
    ['The Handbook Company said sales rose.', 'Handbook Company', true],
  ];
  it.each(rows)('%s -> %s %s', (text, name, kept) => {
    expect(mentionTexts(text).includes(name), summary(text).join(' | ')).toBe(kept);
  });
});

describe('none/plural-acronym-gloss: a name glossed by an acronym in the plural is a kind of thing, no body', () => {
  // text | name | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['The device meets the needs of Neonatal Care Units (NCUs) across Europe.', 'Neonatal Care Units', false],
    // a body's own acronym is singular
    ['Staff at Lenmark Care Homes (LCH) said the rules changed.', 'Lenmark Care Homes', true],
  ];
  it.each(rows)('%s -> %s %s', (text, name, kept) => {
    expect(mentionTexts(text).includes(name), summary(text).join(' | ')).toBe(kept);
  });
});

describe('none/glossed-acronym, none/plural-acronym and head/law-acronym: an acronym the text spells out in lower case, writes in the plural or gives a law is no body', () => {
  // text | acronym | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['Seasonal mood disorder (SMD) peaks in winter, doctors say. People with SMD sleep more.', 'SMD', false],
    ['Hill walkers swear by SBL (start before light) in the hot months.', 'SBL', false],
    ['Brokers opened three new KRAs this week. A KRA pays no tax until you withdraw.', 'KRA', false],
    ['Filings under the Lenmark Fishing Treaty (LFT) rose. LFT fees fell.', 'LFT', false],
    // a body's acronym glosses its name in capitals, is singular, and follows a body's head
    ['The Kestrin Democratic Party (KDP) won the vote, and the KDP said it would govern alone.', 'KDP', true],
    ['Staff at the Varco Ocean Institute (VOI) said the VOI would hire.', 'VOI', true],
    ['Staff of the Lenmark Fishing Board (LFB) voted, and LFB members left.', 'LFB', true],
    ['Dealers sold more BMWs this year, BMW said on Monday.', 'BMW', true],
  ];
  it.each(rows)('%s -> %s %s', (text, acronym, kept) => {
    expect(mentionTexts(text).includes(acronym), summary(text).join(' | ')).toBe(kept);
  });
});

describe('context/listed-with-people: a full name listed with known given names is a person, the seat after "of" no body of the list', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['The paper by Lucy Orlan, Brannoc Veldry and Mary Tosk of the Kestrin Institute of Technology appeared in May.', 'Brannoc Veldry', 'person'],
    ['The paper by Lucy Orlan, Brannoc Veldry and Mary Tosk of the Kestrin Institute of Technology appeared in May.', 'Kestrin Institute of Technology', 'organization'],
    // bodies listed together keep their reading
    ['Shares of Varco Holdings, Tessa Labs and Lenmark Bank fell.', 'Tessa Labs', 'organization'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('none/code-abbreviation: a two-letter code that abbreviates a common noun is the noun before a lower-case noun', () => {
  // text | code | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['The mayor hired two PR consultants before the vote, the Lenmark Herald said.', 'PR', false],
    ['Tessa Varn runs a PE fund that buys dental clinics in Ostria.', 'PE', false],
    // a code after a town and a comma, and initials not on the list, keep their reading
    ['Voters in Lenford, PR went to the polls on Sunday.', 'PR', true],
    ['Staff told the PA news agency that the plant would close.', 'PA', true],
  ];
  it.each(rows)('%s -> %s %s', (text, code, kept) => {
    expect(mentionTexts(text).includes(code), summary(text).join(' | ')).toBe(kept);
  });
});

describe('context/outlet-cue and context/outlet-reported: an outlet named where outlets are named (outlet-cues.ts)', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    // an outlet's noun right before the name
    ['Readers sent the photo to the travel website Plain Truth before it spread.', 'Plain Truth', 'organization'],
    ['She told the newspaper Monday that she would run.', 'Monday', null],
    // a credit in brackets closing its line
    ['The council approved the rise.\nReporting / Ada Brell (Public Wire, Open Record)', 'Open Record', 'organization'],
    ['Why ferry fares rise every spring [ Plain Talk ]', 'Plain Talk', 'organization'],
    ['The winner was named at noon.\n(Tom Hale)', 'Tom Hale', 'person'],
    ['The film aired on Friday.\n(Video source: Open Record)', 'Open Record', 'organization'],
    ['The film aired on Friday.\n(Photo: Tom Hale)', 'Tom Hale', 'person'],
    ['Prices rose.\n( MILLIONS OF TONNES )', 'MILLIONS OF TONNES', null],
    // a credit's label opening a line of its own, no brackets
    ['The ferry sailed late.\n\nCredit: Halden Mirsky / Norvapix', 'Norvapix', 'organization'],
    ['The ferry sailed late.\n\nPhoto: Tom Hale', 'Tom Hale', 'person'],
    // a name told something by a medium, or cited for its figures
    ['The harbour master told Rivtly by phone that two boats were missing.', 'Rivtly', 'organization'],
    ['The nurse told Tessa Brill by phone that the ward was full.', 'Tessa Brill', 'person'],
    ['According to Thornel figures, exports fell in May.', 'Thornel', 'organization'],
    ['According to Mira data, exports fell in May.', 'Mira', 'person'],
    // "told The X", "responded to The X": a title with "The", told or cited
    ['The harbour master told The Ridge that the ferry would sail late.', 'The Ridge', 'organization'],
    ["The office did not respond to The Ridge's request for comment.", 'The Ridge', 'organization'],
    ['The harbour master told Ada Brell that the ferry would sail late.', 'Ada Brell', 'person'],
    // a name of common words that reports
    ['Rising Star reported details of the tour.', 'Rising Star', 'organization'],
    // the site credited at the end of a page's title line, after a spaced dash
    ['Ferry fares to the outer islands rise for the third year - Lenvarnet\nThe fares rose again.', 'Lenvarnet', 'organization'],
    ['Ferry fares to the outer islands rise for the third year - Opinion\nThe fares rose again.', 'Opinion', null],
    ['Tom Hale reported the crash.', 'Tom Hale', 'person'],
    // a title with "The" that reports or notes; a title of office or a nation's people after "The" does not
    ['The Lenfordian first reported the decision earlier on Sunday.', 'Lenfordian', 'organization'],
    ['As The Ridgeline recently noted, trust in the council is falling.', 'Ridgeline', 'organization'],
    ['The President wrote to the council on Sunday.', 'President', null],
    ['The Constitution notes that the Senate must confirm judges.', 'Constitution', null],
    ['The Republicans wrote to the chairman on Friday.', 'Republicans', null],
    // "issue of The X", "argues at The X": a publication's part or a writer's verb before the title
    ['In the May issue of The Brindle, the mayor admits the plan failed.', 'The Brindle', 'organization'],
    ['Ida Brell argues at The Ridgeline that the fares are too high.', 'The Ridgeline', 'organization'],
    // a hat tip, a statement to a name; not one opening with a given name
    ['The quote went round fast (h/t Varcoite.)', 'Varcoite', 'organization'],
    ['The quote went round fast (h/t Tessa Brill.)', 'Tessa Brill', 'person'],
    ['The coach said in a statement to Brindle that the club would appeal.', 'Brindle', 'organization'],
    ['The coach said in a statement to Tessa Brill that the club would appeal.', 'Tessa Brill', 'person'],
    // a source's credit in square brackets closing a line of text, whatever the tagger reads; a person's name stays one
    ['FOG DELAYS FERRIES Harbor crews blamed the fog for a “week of lost sailings.” [Vexley]\nBUSES RUN EARLY The bus left early again.', 'Vexley', 'organization'],
    ['FOG DELAYS FERRIES Harbor crews blamed the fog for a “week of lost sailings.” [Tom Hale]\nBUSES RUN EARLY The bus left early again.', 'Tom Hale', 'person'],
    // an outlet's appositive after the name; a reporter's keeps the person
    ['On Friday the Ledgerman, a Scottish newspaper, printed the full list of donors.', 'Ledgerman', 'organization'],
    ['On Friday Tessa Brill, a Scottish reporter, printed the full list of donors.', 'Tessa Brill', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('head/trade-firm and context/ticker-after: a firm named by its trade or listed by its ticker', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['With Lumet, Brevane Studio creates an illusion of depth.', 'Brevane Studio', 'organization'],
    ['Tomas Brevik said the lamps were ready.', 'Tomas Brevik', 'person'],
    ['The Sound Studio was full on Monday.', 'Sound Studio', null],
    ['Traders sold Hollis’s (HLS) stock on Monday.', 'Hollis', 'organization'],
    ['Senator Tom Hale (R) voted against the bill.', 'Tom Hale', 'person'],
    // a record label, a shoe maker: a given name, a surname or a coined word before the trade; a genre is none
    ['His holdings include Grant Music; Ida Lorne, a magnate, gave too.', 'Grant Music', 'organization'],
    ['Tom Varsko Footwear makes her shoes.', 'Tom Varsko Footwear', 'organization'],
    ['Ida Lorne, a magnate, gave too.', 'Ida Lorne', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('ordinary words are no body (none/adverb-word, none/shouted-word, none/title-field, none/lower-case-phrase)', () => {
  // text | name | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['Varco Kettle for $40 (Originally $60)\n\nVarco Toaster for $25 (Originally $35)', 'Originally', false],
    ['Most founders skip the DESIGN stage and regret it later.', 'DESIGN', false],
    ['"We must act now," said Mira Holt, Research and Outreach Director for the Tessaly office.', 'Outreach', false],
    ['I moved up to the Panic Zone list. Being in the panic zone is hard.', 'Panic Zone', false],
    ['The Safety Net team met on Monday. A safety net helps.', 'Safety Net', false],
    // a given name in -ly, a body's acronym in capitals before a verb, the body after the
    // title, a phrase ending in a place's or a body's head keep their reading
    ['Kimberly said the plan would work.', 'Kimberly', true],
    ['The BEACON said the route was safe.', 'BEACON', true],
    ['Banks may be cut off from the BEACON international payment network.', 'BEACON', true],
    ['"We must act now," said Mira Holt, Outreach Director at Varco.', 'Varco', true],
    ['Shares of Silver Lake rose. The silver lake boats left.', 'Silver Lake', true],
    ['The Green Valley Trust bought the farm. The green valley below is quiet.', 'Green Valley Trust', true],
  ];
  it.each(rows)('%s -> %s %s', (text, name, kept) => {
    expect(mentionTexts(text).includes(name), summary(text).join(' | ')).toBe(kept);
  });
});

describe('people the tagger reads as bodies: a given name first, an age after (lexicon/given-names.ts)', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    // a given name compromise does not know, from the wider list, opens a person's name
    ['Tarek Osvalde moved to Norvale Rovers on a free transfer.', 'Tarek Osvalde', 'person'],
    ["Elio Varsk's Norvale said sales rose.", 'Elio Varsk', 'person'],
    // an age between commas or in parentheses after the name: bodies have no age
    ['Caden Brill, 24, signed with the Norvale Hawks.', 'Caden Brill', 'person'],
    ['Ada Lind, 43, of Porthaven was arrested on Friday.', 'Ada Lind', 'person'],
    // the name that opens a credit is the author's, not one of the outlet beside it
    ['Photo by Lindqvo Marr, Varco News Agency', 'Lindqvo Marr', 'person'],
    // bodies keep their reading: a club, a score line, an outlet, a body's head after a given name
    ['Caden Brill, 24, signed with the Norvale Hawks.', 'Norvale Hawks', 'organization'],
    ['Norvale Rovers 3, Westby Athletic 1 on Saturday.', 'Norvale Rovers', 'organization'],
    ['Photo by Lindqvo Marr, Varco News Agency', 'Varco News Agency', 'organization'],
    ['A grant from Tessa Robotics helped.', 'Tessa Robotics', 'organization'],
    ['He won the Osric Prize for poetry.', 'Osric Prize', null],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expectNamedType(text, name, type);
  });
});

describe('teams named by a plural nickname: context/team-nickname, the nickname alone after its town, position codes', () => {
  // text | written form | the type of the entity that has that mention (null: none)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['The Russets beat the Greys on Sunday.', 'Russets', 'organization'],
    ['The Russets beat the Greys on Sunday.', 'Greys', 'organization'],
    ['Tom Hale signed with the Russets in March.', 'Russets', 'organization'],
    ['The Greys and Russets were fined after the game, and the league moved their rematch. The coach said the players want to win the title.', 'Greys', 'organization'],
    ['The coach said after the game that they are facing the Greys next, and the players want to win the league title.', 'Greys', 'organization'],
    // a people's plural, a sentence's first word before an ordinary verb
    ['The Serbs beat the Croats in the final.', 'Serbs', null],
    ['Miners led the march on Sunday.', 'Miners', null],
    // a position code parts team and player
    ['Tacoma Herons DL Tom Hale was suspended.', 'Tacoma Herons', 'organization'],
    ['Tacoma Herons DL Tom Hale was suspended.', 'Tom Hale', 'person'],
    ['Spokane DL Tom Hale was suspended for a game.', 'Spokane', 'organization'],
    ['Spokane DL Tom Hale was suspended for a game.', 'Spokane DL', null],
  ];
  it.each(rows)('%s -> %s %s', (text, written, type) => {
    const e = extractEntities(text).find((x) => x.mentions.some((m) => m.text === written));
    expect(e?.type ?? null, summary(text).join(' | ')).toBe(type);
  });
  it('gives "Tacoma Herons" and "the Herons" one id; two towns\' teams stay apart', () => {
    const herons = (text: string): string[][] =>
      extractEntities(text)
        .filter((e) => e.aliases.includes('Herons'))
        .map((e) => e.aliases);
    expect(herons('Tacoma Herons DL Tom Hale was suspended. The Herons lost to the Otters on Sunday.')).toEqual([
      ['Tacoma Herons', 'Herons'],
    ]);
    expect(
      herons('Tacoma Herons DL Tom Hale was suspended. Fresno Herons DL Sam Ode too. The Herons lost to the Otters.'),
    ).toEqual([['Herons']]);
  });
});

describe('outlet-beat-title and acronyms before a speaker verb: sports media and stats services', () => {
  // text | written form | the type of the entity that has that mention (null: none)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Norvale Sports NFL Insider Tom Hale reported the fine on Monday.', 'Norvale Sports', 'organization'],
    ['Norvale Sports NFL Insider Tom Hale reported the fine on Monday.', 'NFL', 'organization'],
    ['Norvale Sports NFL Insider Tom Hale reported the fine on Monday.', 'Tom Hale', 'person'],
    // an outlet named "Insider" alone keeps its name; a place's code keeps its reading
    ['Staff will be cut, according to Insider, which saw the memo.', 'Insider', 'organization'],
    ['USA said no to the plan on Monday.', 'USA', 'place'],
  ];
  it.each(rows)('%s -> %s %s', (text, written, type) => {
    const e = extractEntities(text).find((x) => x.mentions.some((m) => m.text === written));
    expect(e?.type ?? null, summary(text).join(' | ')).toBe(type);
  });
});
