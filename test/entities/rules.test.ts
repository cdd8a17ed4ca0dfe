// One table per typing / title rule: texts where the rule must fire and texts where it must not.
import { describe, expect, it } from 'vitest';
import { extractEntities, type Entity, type EntityType } from '../../src/entities/index.js';

const find = (text: string, name: string): Entity | undefined => extractEntities(text).find((e) => e.name === name);
const summary = (text: string): string =>
  extractEntities(text)
    .map((e) => `${e.type}:${e.name}`)
    .join(' | ');

/** text | name | its type (null: not found) */
type TypeRow = [string, string, EntityType | null];
/** One test per row: the entity of that name has that type, or none is found. */
function typeTable(rows: TypeRow[]): void {
  it.each(rows)('%s -> %s: %s', (text, name, type) => {
    expect(find(text, name)?.type ?? null, summary(text)).toBe(type);
  });
}

describe('plural titles apply to every name they list', () => {
  // text | name | titles it must have exactly
  // prettier-ignore
  const rows: [string, string, string[]][] = [
    ['Presidents Joe Biden and Vladimir Putin met on Tuesday.', 'Joe Biden', ['President']],
    ['Presidents Joe Biden and Vladimir Putin met on Tuesday.', 'Vladimir Putin', ['President']],
    ['Foreign Ministers Sergei Lavrov and Anthony Blinken spoke.', 'Anthony Blinken', ['Foreign Minister']],
    // negative: a singular title belongs to the first name only
    ['President Joe Biden and Vladimir Putin met on Tuesday.', 'Vladimir Putin', []],
    ['President Joe Biden and Vladimir Putin met on Tuesday.', 'Joe Biden', ['President']],
  ];
  it.each(rows)('%s -> %s %j', (text, name, titles) => {
    const e = find(text, name);
    expect(e, summary(text)).toBeDefined();
    expect(e!.titles ?? []).toEqual(titles);
  });

  it('a shared plural title gives no titled alias and stays outside the mention', () => {
    const e = find('Presidents Joe Biden and Vladimir Putin met on Tuesday.', 'Joe Biden')!;
    expect(e.aliases).toEqual(['Joe Biden']);
    expect(e.mentions.map((m) => m.text)).toEqual(['Joe Biden']);
  });
});

describe('appositive titles after the name', () => {
  // text | name | title expected (null: none)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['And Pavlo Klimkin, a Ukrainian Foreign Minister, explained it.', 'Pavlo Klimkin', 'Ukrainian Foreign Minister'],
    ['It was written by Maxim Samorukov, a fellow at the Moscow Carnegie Center, in an analysis.', 'Maxim Samorukov', 'fellow at the Moscow Carnegie Center'],
    ['Dmitry Peskov, Kremlin spokesman, said no.', 'Dmitry Peskov', 'Kremlin spokesman'],
    // negatives: no title head closing the appositive, a relation word, a list of names
    ['Japan, the host nation, won the cup.', 'Japan', null],
    ['Sergei Ryabkov, his counterpart, said so.', 'Sergei Ryabkov', null],
    ['Angela Merkel, Emmanuel Macron and Boris Johnson met.', 'Angela Merkel', null],
    ['Eugene Rumer, a fellow at the think tank in Washington, wrote it.', 'Eugene Rumer', null],
  ];
  it.each(rows)('%s -> %s: %s', (text, name, title) => {
    const e = find(text, name);
    expect(e, summary(text)).toBeDefined();
    expect(e!.titles ?? []).toEqual(title ? [title] : []);
    // the appositive never becomes an alias and never enters a mention
    expect(e!.aliases.every((a) => !a.includes(','))).toBe(true);
    expect(e!.mentions.map((m) => m.text)).toEqual([name]);
  });
});

describe('aliases are the surface forms of the name', () => {
  it('a title or honorific written right before the name gives a titled alias; the mention stays the bare name', () => {
    const e = find("President Biden met Mr. Biden's aides. Joe Biden said so.", 'Joe Biden')!;
    expect(e.aliases).toEqual(expect.arrayContaining(['Biden', 'President Biden', 'Mr. Biden', 'Joe Biden']));
    expect(e.mentions.map((m) => m.text)).toEqual(['Biden', 'Biden', 'Joe Biden']);
  });
  it('a lower-case title before the name gives a titled alias too, an appositive does not', () => {
    const e = find(
      'Kremlin spokesman Dmitry Peskov spoke. Later Dmitry Peskov, a former diplomat, left.',
      'Dmitry Peskov',
    )!;
    expect(e.aliases).toEqual(['Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov']);
    expect(e.titles).toEqual(['Kremlin spokesman', 'former diplomat']);
  });
});

describe('types from context', () => {
  // text | type:name that must come out
  const positive: [string, string][] = [
    // a lower-case direction before a name: a place
    ['He flew back from a tour of eastern Zaire.', 'place:Zaire'],
    // company cues: "X refinery workers", "X's chairman", "shares of X"
    ['Prices fell after Varco refinery workers voted to extend the walkout.', 'organization:Varco'],
    ["Analysts said Heineken 's chairman would retire.", 'organization:Heineken'],
    ['Shares of Gazprom rose. The Gazprom pipeline was full.', 'organization:Gazprom'],
    // a company's name without its designator is the company
    [
      'Halvard bid for Granite Ridge Gold Corp on Thursday. Granite Ridge rejected the offer. Granite Ridge shares rose.',
      'organization:Granite Ridge',
    ],
    // a person's affiliation in parentheses is an organization, a country stays a place
    ['Goalkeepers - Tom Hale ( Lenford , Spain ) , Sam Ode ( Lenford ) , Ray Lund ( Porto )', 'organization:Porto'],
    ['Goalkeepers - Tom Hale ( Lenford , Spain ) , Sam Ode ( Lenford ) , Ray Lund ( Porto )', 'place:Spain'],
    ['Stage winner Tony Rominger ( Switzerland ) led.', 'place:Switzerland'],
    // a competitor in a result row keeps that reading in running text; a dateline stays a place
    ['Barcelona 3 Real Madrid 2\nBarcelona have now won five games in a row.', 'organization:Barcelona'],
    ['Hollandia 1 ( Jansen 76 ) Victoria II Delden 2 ( Bakker 45 , De Vries 77 ) .', 'organization:Victoria II Delden'],
    // an initial with its period belongs to the name, even at a line start
    ['West Indies\nD. Marsh b Rashid 10\nK. Boyle c Imran Ali b Rashid 37', 'person:D. Marsh'],
    ['West Indies\nD. Marsh b Rashid 10\nK. Boyle c Imran Ali b Rashid 37', 'person:K. Boyle'],
    // the capitalized direction is part of the name
    ['Troops crossed into North Korea.', 'place:North Korea'],
    // a company cue is not needed for names the article types otherwise
    ['The Carlyle Group said it would buy the firm.', 'organization:Carlyle Group'],
    ['Iran missile tests worried Israel.', 'place:Iran'],
    // a region of a country that is nobody's name is no person where the tagger reads one
    ['Prices in Gansu rose while Anhui exports fell.', 'place:Anhui'],
    // negative: a person whose given name is a region's name
    ['Zhang Anhui said she would run again.', 'person:Zhang Anhui'],
    // in prose a compass word before a word no dictionary knows, or a landform, is a region
    ['Most cases were reported in Central Vasiyo (881), officials said.', 'place:Central Vasiyo'],
    ['Rain fell across the Central Highlands on Monday, officials said.', 'place:Central Highlands'],
    // a body whose one-word name is its head noun, borrowed from another language
    ['In the long budget debate in the Bundestag the minister spoke.', 'organization:Bundestag'],
    // a full name before "government" / "administration" names the leader of that term
    ['Critics said the former Moon Do-hyun government had failed.', 'person:Moon Do-hyun'],
    ['Officials served under the Star Hae-jin administration.', 'person:Star Hae-jin'],
    // a name in parentheses after a body's kind noun is such a body, also when it holds a country's name
    ['Two deputies quit the governing party (Bold Chile) on Friday.', 'organization:Bold Chile'],
    ['Its parent company (Varco Lines) said nothing.', 'organization:Varco Lines'],
    // an appositive headed by a body's kind noun
    ['An analyst at Lenmark, an independent research firm, said talks would go on.', 'organization:Lenmark'],
    ['Prices were set by Varnelo, a state-owned carmaker based in the north.', 'organization:Varnelo'],
    // a name before "data" or "platform" is a company's (two mentions with it tip a place reading)
    [
      'Savers moved money to Kessimo last year. Kessimo data show deposits doubled, and more users joined the Kessimo platform.',
      'organization:Kessimo',
    ],
    // the owner of a titled report or survey
    ["According to Lenmark's Household Debt Survey, savings fell.", 'organization:Lenmark'],
  ];
  it.each(positive)('%s -> %s', (text, entity) => {
    expect(summary(text).split(' | ')).toContain(entity);
  });

  it('a dateline opens with a place (with the layout option)', () => {
    const e = extractEntities('BARCELONA 2004-03-11\nBarcelona 3 Real Madrid 2', { layout: true }).find((x) =>
      x.mentions.some((m) => m.text === 'BARCELONA'),
    );
    expect(e?.type).toBe('place');
  });

  // text | type:name that must NOT come out
  // prettier-ignore
  const negative: [string, string][] = [
    ['Putin\'s spokesman declined to comment.', 'organization:Putin'],
    ['Santa Fe is the capital of New Mexico.', 'organization:Santa Fe'],
    ['Stage winner Tony Rominger ( Switzerland ) led.', 'organization:Switzerland'],
    ['A Reuters reporter was there.', 'organization:A Reuters'],
    ['West Indies\nD. Marsh b Rashid 10', 'person:Marsh'],
    ['Aung San Suu Kyi spoke. Aung San was her father. Suu Kyi said so.', 'person:Suu Kyi'],
    ['Fighting flared in eastern Zaire.', 'person:Zaire'],
    // a compass word before a head noun is a body, not a region
    ['The Central Bank raised rates on Monday, officials said.', 'place:Central Bank'],
    ['The Northern Command said the drills would go on.', 'place:Northern Command'],
    // a country, a party, a demonym or a compass word before "government" is no leader
    ['The New Zealand government said no.', 'person:New Zealand'],
    ['The Social Democrat government fell.', 'person:Social Democrat'],
    ['The North Korean regime fired missiles.', 'person:North Korean'],
    // a country in parentheses after an ordinary noun stays a place
    ['Tony Rominger, the stage winner (Switzerland), led.', 'organization:Switzerland'],
    // an appositive that goes on past the kind noun names a person's role
    ['Ada Lenmark, a company spokeswoman, said talks would go on.', 'organization:Ada Lenmark'],
    // a person's name before a titled work that is no report
    ["Critics praised Ada Lenmark's Northern Songs, her second album.", 'organization:Ada Lenmark'],
  ];
  it.each(negative)('%s -> no %s', (text, entity) => {
    expect(summary(text).split(' | ')).not.toContain(entity);
  });
});

describe('context/title-credit: the site after a dash at the end of a page title', () => {
  // text | name | type (null: the rule must not fire)
  // prettier-ignore
  const rows: [string, string, EntityType | null][] = [
    ['Port traffic rises again in the "Lotus link"-Kestrelnet\nShips waited for days.', 'Kestrelnet', 'organization'],
    ['Harbour cranes stand still for a third day - Varcoline\nShips waited for days.', 'Varcoline', 'organization'],
    // not in a line of the body, not after a short title, not in a wire headline in capitals
    ['Ships waited.\nPort traffic rises again in the "Lotus link"-Kestrelnet\nThey left.', 'Kestrelnet', null],
    ['Ports - Kestrelnet\nShips waited for days.', 'Kestrelnet', null],
    ['RUGBY UNION RESULTS FROM THE WEEKEND - VARCO\nVarco won.', 'VARCO', null],
  ];
  const fired = (text: string, name: string): string[] =>
    extractEntities(text, { explain: true })
      .filter((e) => e.name === name)
      .flatMap((e) => e.explain!.mentions.flatMap((m) => m.evidence.map((v) => v.rule)));
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    if (type === null) expect(fired(text, name)).not.toContain('context/title-credit');
    else {
      expect(find(text, name)?.type, summary(text)).toBe(type);
      expect(fired(text, name)).toContain('context/title-credit');
    }
  });
});

describe('what is not an entity', () => {
  // text | surface form that must not be any entity's mention
  const rows: [string, string][] = [
    // a product or facility named before its noun
    ['Gas flows through the Nord Stream 2 pipeline.', 'Nord Stream'],
    ['Russia tested Iskander missiles again.', 'Iskander'],
    // an abstract noun left over from a broken name
    ['Talks on Security and Cooperation in Europe (OSCE) resumed.', 'Cooperation'],
    // field labels heading many rows of figures
    [
      'Halftime 1-0 .\nAttendance : 18,500\nHalftime 2-2 .\nAttendance : 11,000\nHalftime 0-0 .\nAttendance : 7,400',
      'Halftime',
    ],
    [
      'Halftime 1-0 .\nAttendance : 18,500\nHalftime 2-2 .\nAttendance : 11,000\nHalftime 0-0 .\nAttendance : 7,400',
      'Attendance',
    ],
    // a time word
    ['Trading closed at 4 PM on Friday.', 'PM'],
    // a noun plus a letter labels a list
    ['Teams in Group A play on Sunday.', 'Group A'],
    // nationality adjectives, also in a pair before a plural role
    ['Peskov said the Russian and Turkish leaders were in regular contact.', 'Turkish'],
    ['Peskov said the Russian and Turkish leaders were in regular contact.', 'and Turkish'],
    ['The Polish government protested.', 'Polish'],
    // holidays, currency codes before an amount, the rest of a lower-case office
    ['Retailers rely on the weeks before Christmas to restock shelves.', 'Christmas'],
    // a piece of a holiday's name the tagger stopped inside ("Lunar New" of "Lunar New Year")
    ['Most workers went home for the Lunar New Year this year, the ministry said.', 'Lunar New'],
    ['Most workers went home for the Lunar New Year this year, the ministry said.', 'Lunar New Year'],
    ['The debt of USD 44,000 million was contracted in 2018.', 'USD'],
    ['Police uncovered an alleged Rs 450-crore bank fraud.', 'Rs'],
    ['Source: the ministry of Economy confirmed that the delegation will stay.', 'Economy'],
    // a title without a name, also with "of" inside it
    ['Also attending were the Inspector General of the Army and two envoys.', 'Inspector General of the Army'],
    // a kind of division in capitals, with no name of its own
    ['Laws of the Special Administrative Region apply to the port.', 'Special Administrative Region'],
    // one common word read as a place by the tagger alone, unknown to every gazetteer: a label
    ['Rates fell at Hope, the lender said, while Black rose.', 'Hope'],
    ['Rates fell at Hope, the lender said, while Black rose.', 'Black'],
    // a numbered sitting is an event, a law or treaty is none of our types
    ['Delegates to the Twelfth Varnian Party Congress voted on Sunday.', 'Twelfth Varnian Party Congress'],
    ['Judges cited the Varnian Constitution and the Clean Rivers Act.', 'Clean Rivers Act'],
    // a title's portfolio before the body it belongs to
    ['The Secretary for Harbour Affairs of the Varnak Government, Lam Kei, said so.', 'Harbour Affairs'],
    ['Ada Hale, Executive Director of Sports and Leisure at the Lotus Tourism Board, said so.', 'Sports'],
    ['Ada Hale, Executive Director of Sports and Leisure at the Lotus Tourism Board, said so.', 'Leisure'],
    // the title of a report, a survey or an exam, an art show named like one
    [
      'Figures from the Household Debt Survey released by the Varnian Central Bank showed a rise.',
      'Household Debt Survey',
    ],
    ['According to the Coastal Youth Savings Report, savings fell.', 'Coastal Youth Savings Report'],
    ['Pupils sat the Northland Entrance Examination on Monday.', 'Northland Entrance Examination'],
    ['The Lyon Harbour Biennial opened to the public on Friday.', 'Lyon Harbour Biennial'],
    // a legal designator alone, a pandemic of history
    ['The firm, Kestrel Holdings Inc., said profits rose. Inc. magazine wrote about it.', 'Inc.'],
    ['The Black Death killed millions across Europe.', 'Black Death'],
    // one or two common English words read as a person by the tagger alone: a work's title
    ['Fans cheered as Good Fortune, the ballad, played on the radio.', 'Good Fortune'],
    ['Critics praised Sacrifice, the second album, for its strings.', 'Sacrifice'],
    // a weather system or a military operation is an event, also named after a given name, and so
    // is its name written alone later
    ['Hurricane Delia weakened after crossing the coast of Varnia.', 'Hurricane Delia'],
    ['Tropical Storm Orlan dumped rain on Lenmark, forecasters said.', 'Tropical Storm Orlan'],
    ['Storm Maren brought floods to the valley on Sunday.', 'Maren'],
    ['Typhoon Sorel hit the islands. Sorel then weakened over the sea.', 'Sorel'],
    ['Operation Silver Gate began at dawn, the army said.', 'Operation Silver Gate'],
    // a name the text gives a craft or a numbered space flight, there and alone elsewhere
    ['The Kestrel capsule docked on Monday. Kestrel will return next week, the agency said.', 'Kestrel'],
    ['The Marvane 2 mission failed in orbit. Marvane had cost the agency two billion dollars.', 'Marvane'],
    // a contest is an event, a crude oil grade a product, a lasting illness a disease
    ['The Varnian Song Contest will be held in Lenmark.', 'Varnian Song Contest'],
    ['The Varlo crude price fell below $80 a barrel.', 'Varlo'],
    ['Covid-19 and Long Covid patients waited for hours, the health service said.', 'Long Covid'],
    // a page's own labels that the crawler kept
    ['Cookie Settings\n\nThe ministry said the port would reopen.', 'Cookie Settings'],
    ['Read the Terms of Use and the Privacy Policy before you comment.', 'Terms of Use'],
    ['All Newsletters\n\nDaily Deals\n\nThe ministry said the port would reopen.', 'All Newsletters'],
    ['Breaking News\n\nThe ministry said the port would reopen.', 'Breaking News'],
    // an adjective made of a place
    ['The London-based firm said profits rose.', 'London-based'],
    // a link to visit, written with its "www."
    ['Varco said profits rose. To order a copy, visit www.varco.com today.', 'www.varco.com'],
    // a name that fills a pair of quotes by itself is a work's title
    ['Critics loved her in “Winter Harbour”, a film shot in Lyon.', 'Winter Harbour'],
    // ... also with the sentence's comma inside the closing quote (a motto, American style)
    ['The crest bears the motto “Semper Ardens Vincit,” which the founders chose in 1820.', 'Semper Ardens Vincit'],
    // the parties of a court case name the case
    ['Lawyers for Varden v. Ostrell filed new papers on Monday.', 'Varden'],
    ['Lawyers for Varden v. Ostrell filed new papers on Monday.', 'Ostrell'],
    // a lettered part of a law, a scripture, the side of a civil war named as a people
    ['The statute (Part 4, Annex B) sets the fee.', 'Annex B'],
    ['Under Article V and Chapter 11 of the code, Paragraph C applies.', 'Paragraph C'],
    ['A rare Tanakh printed in 1520 sold for $9 million.', 'Tanakh'],
    ['Historians say the Confederate army lost its last port in 1865.', 'Confederate'],
    ['The town voted to move the Confederate monument, and its mayor agreed.', 'Confederate'],
    // common words listed before a plural noun say which ones of it
    ['The Housing, Transit and Budget committees will meet on Monday, the council said.', 'Transit'],
    // a text's first line in Title Case is its headline, though it ends in a period
    [
      'Dock Workers Rally Behind Ada Varnell as Harbor Strike Widens Across Lenmark.\n\nThe strike spread on Monday, aides to Varnell said.',
      'Harbor Strike Widens Across Lenmark',
    ],
  ];
  it.each(rows)('%s -> no "%s"', (text, bad) => {
    const hits = extractEntities(text).filter((e) => e.mentions.some((m) => m.text === bad));
    expect(hits.map((e) => e.name)).toEqual([]);
  });

  // text | name | type: the same rule must leave these alone
  // prettier-ignore
  const kept: [string, string, EntityType][] = [
    ['Mr. Clement said talks went on. Clement was pleased.', 'Clement', 'person'],
    // a person's name quoted with a comma inside the closing quote is a name said
    ['“He wanted to meet ‘Ada Lind,’ not me,” she said.', 'Ada Lind', 'person'],
    // a head of a document's part before a name is no label
    ['The Section Lenmark of the union met on Monday, Ada Hale said.', 'Ada Hale', 'person'],
    // a capital V is a middle initial, no court case's "v."
    ['Dr. Tomas V. Ostrell said the ruling stands.', 'Tomas V. Ostrell', 'person'],
    // bodies' generic names listed before a plural noun stay bodies
    ['Members of the Senate and House committees met on Monday.', 'Senate', 'organization'],
    // a headline's names stay names
    ['Dock Workers Rally Behind Ada Varnell as Harbor Strike Widens Across Lenmark.\n\nThe strike spread on Monday, aides to Varnell said.', 'Ada Varnell', 'person'],
    ['Iran missile tests worried Israel.', 'Iran', 'place'],
    ['The Carlyle Group said it would buy the firm.', 'Carlyle Group', 'organization'],
    // a company after a title and "of", with no body named after it
    ['He was chief executive of Lenmark Shipping at the time.', 'Lenmark Shipping', 'organization'],
    ['The Varnak Government, said the Secretary for Harbour Affairs, will pay.', 'Varnak Government', 'organization'],
    // the body that issues a survey or an index stays a body
    ['Figures from the Household Debt Survey released by the Varnian Central Bank showed a rise.', 'Varnian Central Bank', 'organization'],
    ['The Institute for Fiscal Index Studies said debt rose.', 'Institute for Fiscal Index Studies', 'organization'],
    // a given name ending like a demonym ("Iraqi" → "Iraq") is still a given name
    ['He met Denis Pushilin on Monday.', 'Denis Pushilin', 'person'],
    ['Turkish Airlines said flights would resume.', 'Turkish Airlines', 'organization'],
    // a possessive inside an organization's name, a hyphened word inside a long name
    ["The People's Bank of China said rates would stay.", "People's Bank of China", 'organization'],
    ["The Panhellenic Seamen's Federation said the accident showed that.", "Panhellenic Seamen's Federation", 'organization'],
    ['The Organization for Security and Co-operation in Europe has recorded a rise.', 'Organization for Security and Co-operation in Europe', 'organization'],
    // a place head before "of" makes a place
    // (a known country keeps its canonical name; the form written is an alias)
    ["The People's Republic of China protested.", "People's Republic of China", 'place'],
    ['The Kingdom of Saudi Arabia agreed.', 'Kingdom of Saudi Arabia', 'place'],
    // an honorific makes a person whatever the surname (the titled form is an alias)
    ['Mr. Post said the talks went well.', 'Mr. Post', 'person'],
    // a continent, a compass word and a country stay places in prose
    ['Exports to Asia rose while the West and Turkey argued.', 'Asia', 'place'],
    ['Exports to Asia rose while the West and Turkey argued.', 'West', 'place'],
    ['Exports to Asia rose while the West and Turkey argued.', 'Turkey', 'place'],
    // two common words that are also given or family names stay a person's name
    ['Fans cheered as Rose Young, the singer, walked on stage.', 'Rose Young', 'person'],
    // the office that names storms is a body; a person who shares a storm's name elsewhere is a person
    ['The National Hurricane Center in Lenmark issued a warning.', 'National Hurricane Center', 'organization'],
    ['Delia Marsh said the hurricane had passed.', 'Delia Marsh', 'person'],
    // a mission of a body, a maker of rockets: no craft's name
    ['The UN mission in Varnia said the talks went well.', 'United Nations', 'organization'],
    ['Nordvik Space said its Tarrow rockets flew twice. Nordvik Space will launch again in May.', 'Nordvik Space', 'organization'],
    // an outlet named with words that page labels use too
    ['He wrote for the Daily News and later for Lenmark Live News.', 'Daily News', 'organization'],
    // a site's address cited as a source is the site
    ['The figures came from www.varcodata.com, the report said.', 'www.varcodata.com', 'organization'],
    // a quoted outlet, a name given in quotes, a quoted body named with "of"
    ["Hong Kong's “Lenmark Morning Post” quoted an official.", 'Lenmark Morning Post', 'organization'],
    ['The Lenmark daily “Varkanta” reported the fire on Monday.', 'Varkanta', 'organization'],
    ['The home, named “Casa Lenda” (Tender Home), opened in Lyon.', 'Casa Lenda', 'organization'],
    ['He won the prize for his work for the “Brotherhood of Peoples” in 1952.', 'Brotherhood of Peoples', 'organization'],
  ];
  it.each(kept)('%s -> keeps %s', (text, name, type) => {
    const e = extractEntities(text).find((x) => x.name === name || x.aliases.includes(name));
    expect(e?.type, summary(text)).toBe(type);
  });
});

// Known gaps of 1996 result tables. The table heuristics (layout.ts, splitJoinedNames) were
// developed against the CoNLL-2003 test set; the learned tagger replaced them and these
// cases are left to it. Kept visible, skipped.
describe('result tables (known gaps)', () => {
  it.skip('a scorer in parentheses on a result row is a person ("( Bakker 45 , ...)")', () => {
    expect(summary('Hollandia 1 ( Jansen 76 ) Victoria II Delden 2 ( Bakker 45 , De Vries 77 ) .')).toContain(
      'person:Bakker',
    );
  });
  it.skip('every company on a price table is an organization ("Barrick 30.1 -0.10")', () => {
    expect(find('Newmont 45.5 +0.25\nBarrick 30.1 -0.10\nPlacer Dome 20.0 +0.5', 'Barrick')?.type).toBe('organization');
  });
  it.skip('splits a row cell pair into the two names the article writes on their own ("25-1 Athletic Bilbao Valencia")', () => {
    const text =
      'Correct score :\nAthletic Bilbao to win Valencia to win\n25-1 Athletic Bilbao Valencia\nValencia 2 Athletic Bilbao 1';
    const names = extractEntities(text).flatMap((e) => e.mentions.map((m) => m.text));
    expect(names).not.toContain('Athletic Bilbao Valencia');
    expect(find(text, 'Valencia')!.mentions).toHaveLength(3);
  });
});

describe('names stay whole', () => {
  it("keeps a person's full name in running text whole", () => {
    const text = 'Aung San Suu Kyi spoke. Aung San was her father. Suu Kyi said so.';
    expect(find(text, 'Aung San Suu Kyi')?.mentions.map((m) => m.text)).toContain('Aung San Suu Kyi');
  });
});

describe('tables and group nouns', () => {
  it('a plural role before one name is a group noun, not a title ("leaders Udinese")', () => {
    const e = find('Along with leaders Udinese , third-placed Parma surprised.', 'Udinese')!;
    expect(e.titles ?? []).toEqual([]);
    expect(e.aliases).toEqual(['Udinese']);
  });

  it('a table whose names mostly open with a given name lists people', () => {
    const text =
      '141 Pieter Vos 66 68\n142 Ryan Keller 71 62\n143 Sean van Dyk 64 70\n144 Johan Botha 69 66\n145 Tony Marsh 70 65';
    expect(find(text, 'Johan Botha')?.type).toBe('person');
    expect(find(text, 'Ryan Keller')?.type).toBe('person');
  });

  it('a table of clubs stays a table of organizations (negative of the rule above)', () => {
    const text = 'Barcelona 3 Real Madrid 2\nAtletico Madrid 1 Real Betis 1\nSporting Gijon 2 Deportivo Coruna 0';
    for (const name of ['Real Madrid', 'Atletico Madrid', 'Real Betis', 'Deportivo Coruna'])
      expect(find(text, name)?.type).toBe('organization');
  });

  it('ALL-CAPS names before figures on a standings row are names', () => {
    const text =
      'NORTH DIVISION\nW L T GF GA PTS\nBOSTON 16 8 5 84 50 37\nNY RANGERS 13 12 2 70 66 28\nTAMPA BAY 10 14 1 65 71 21';
    expect(summary(text)).toContain('organization:NY RANGERS');
    expect(summary(text)).toContain('organization:TAMPA BAY');
    // the header rows have no figures: their words are not names
    expect(summary(text)).not.toContain('GF');
    expect(summary(text)).not.toContain('NORTH DIVISION');
  });

  it('a Title-Case row of names and figures is not read as a headline', () => {
    expect(find('Barcelona 3 Real Madrid 2\nRacing Santander 0 Real Sociedad 0', 'Real Sociedad')?.type).toBe(
      'organization',
    );
    // negative: a Title-Case headline without figures is still a headline ("Hold", "Summit" are no names)
    const headline = summary('Putin and Biden Hold Virtual Summit Amid Ukraine Invasion Fears\nPutin spoke.');
    expect(headline).not.toMatch(/Summit|Hold|Fears/);
  });

  it('a Title-Case list with spaced commas (tokenized wire copy) is a list, not a headline', () => {
    // "Drift" is a verb in the lexicon: with the commas unseen the line read as a headline and lost its names
    const list = summary('The squad :\nTommy Hales , Samuel Odell , Raymond Drift , Ianto Mossop');
    for (const name of ['Tommy Hales', 'Samuel Odell', 'Raymond Drift', 'Ianto Mossop']) expect(list).toContain(name);
    // negative: one spaced comma in a headline leaves it a headline
    expect(summary('Putin , Biden Hold Virtual Summit Amid Fears\nPutin spoke .')).not.toMatch(/Summit|Hold/);
  });

  it('sides joined by "v" make a fixture line, not a Title-Case headline', () => {
    const fixture = summary('Abandoned Sunday : Northtown Park Rovers v Westbury');
    expect(fixture).toContain('organization:Northtown Park Rovers');
    expect(fixture).toContain('organization:Westbury');
    // negative: the headline rule still holds on a line without "v"
    expect(summary('Abandoned Sunday Hold Virtual Summit\nRain fell .')).not.toMatch(/Summit|Hold/);
  });

  it('a plural title before one name the tagger reads as a club opens the name', () => {
    expect(summary('Kings Park Rovers 2 Northtown 1')).toContain('organization:Kings Park Rovers');
    // negative: a plural title before two people is their title
    expect(summary('Presidents Tom Hale and Sam Ode met on Monday .')).toMatch(/person:Tom Hale.*person:Sam Ode/);
  });
});

describe("shape/inner-capital: a capital inside a word after a lower-case letter is a brand's spelling", () => {
  // text | name | the rule fires
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['LumaRay told reporters it had no plans to leave.', 'LumaRay', true],
    ['Investors in TaskLoop said the firm would grow.', 'TaskLoop', true],
    // negatives: family-name prefixes, a short model mark, a hyphen
    ['Senator McAllister and DeLuca met on Monday.', 'McAllister', false],
    ['Senator McAllister and DeLuca met on Monday.', 'DeLuca', false],
    ['Jean-Marie said so on Monday.', 'Jean-Marie', false],
  ];
  it.each(rows)('%s -> %s: %s', (text, name, fires) => {
    const e = extractEntities(text, { explain: true }).find((x) => x.name === name);
    expect(e, summary(text)).toBeDefined();
    const rules = e!.explain!.mentions.flatMap((m) => m.evidence.map((x) => x.rule));
    expect(rules.includes('shape/inner-capital')).toBe(fires);
  });
});

describe('pinyin shapes that name no person (shape/pinyin-apostrophe, shape/pinyin-led-name)', () => {
  // prettier-ignore
  const rows: TypeRow[] = [
    // a pinyin word with an apostrophe before a vowel syllable is a place
    ["Flights from Tai'an were cancelled on Monday.", "Tai'an", 'place'],
    ["Tai'an and Lu'an reported new cases.", "Lu'an", 'place'],
    // a name opening with a word only pinyin spells, ending in no family name, is no person
    ['A plant of Qiaoxin Cable was closed.', 'Qiaoxin Cable', 'organization'],
    // negatives: a name prefix, an Arabic spelling, a European given name of pinyin shape
    ["Mr. O'Brien said the Jama'a group was banned.", "O'Brien", 'person'],
    // (an Arabic name of pinyin shape before "group" is the group, not a place)
    ["Mr. O'Brien said the Jama'a group was banned.", "Jama'a", 'organization'],
    ['The sprinter Zhenya Varnova won the race.', 'Zhenya Varnova', 'person'],
  ];
  typeTable(rows);
});

describe('titles translations write in Title Case (none/title-only, none/job-title, title/before)', () => {
  // prettier-ignore
  const rows: TypeRow[] = [
    ['Counselor Lin Weiming said the talks went well.', 'Lin Weiming', 'person'],
    ['Counselor Lin Weiming said the talks went well.', 'Counselor Lin Weiming', null],
    ['Ada Renn, Commentator of the Lenmark Daily, wrote that the plan is bold.', 'Commentator', null],
    ['Ada Renn, Commentator of the Lenmark Daily, wrote that the plan is bold.', 'Ada Renn', 'person'],
    ['The Supervisory Representative of the bank, Ada Renn, spoke.', 'Supervisory Representative', null],
    // negatives: a body named with the title word, a person named so
    ['The Lenmark Safety Expert Group met on Monday.', 'Lenmark Safety Expert Group', 'organization'],
    ['Tom Counsellor and Ada Moderator met on Monday.', 'Ada Moderator', 'person'],
  ];
  typeTable(rows);
});

describe('places and events in translated news (shape/pinyin-in-region, head/numbered-event)', () => {
  // prettier-ignore
  const rows: TypeRow[] = [
    ['Herders from Yonghe in Gansu moved south.', 'Yonghe', 'place'],
    ['The Fifth Varnak Digital Forum ended on Monday.', 'Fifth Varnak Digital Forum', null],
    // negatives: a person's name before "in", an unnumbered forum the rule leaves alone
    ['Ada Renn in Gansu said so.', 'Ada Renn', 'person'],
    ['The Lenmark Trade Expo opened on Monday.', 'Lenmark Trade Expo', 'organization'],
  ];
  typeTable(rows);
});

describe('head/route-between-places: a line named by the places it joins is a place', () => {
  // prettier-ignore
  const rows: TypeRow[] = [
    ['Work on the Gansu-Ningxia Railway resumed on Monday.', 'Gansu-Ningxia Railway', 'place'],
    // negatives: a railway company named by one country
    ['Shares of Varnak Railways fell on Monday.', 'Varnak Railways', 'organization'],
  ];
  typeTable(rows);
});
