// Names in machine-translated news (docs/entities.md, eighteenth round): invented sentences, one
// table per behaviour, look-alikes that must keep their reading beside the positives.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { summary, mentionTexts } from './support/entities.js';

/** type:name of every entity, and every mention's text. */

describe('none/currency-code: a code that is only a currency is no name, with or without an amount', () => {
  // text | code | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['Officials said the RMB exchange rate was stable on Monday.', 'RMB', false],
    ['Since 2005, the RMB has risen by 17% against the USD.', 'RMB', false],
    ['Since 2005, the RMB has risen by 17% against the USD.', 'USD', false],
    ['The city wants more RMB trading in its port.', 'RMB', false],
    // an acronym that opens like a code, a central bank beside a currency pair
    ['The USDA said corn prices rose while the EUR weakened.', 'USDA', true],
    ['The EUR/USD pair fell as the ECB met.', 'ECB', true],
  ];
  it.each(rows)('%s -> %s %s', (text, code, kept) => {
    expect(mentionTexts(text).includes(code), summary(text).join(' | ')).toBe(kept);
  });
});

/** The entity whose name or alias is `form`. */
const entityOf = (text: string, form: string) =>
  extractEntities(text).find((e) => e.name === form || e.aliases.includes(form));

describe('agencies named by more than one form (lexicon/news-agencies.ts AGENCY_NAME_ROWS)', () => {
  // text | form | id of its entity (null: no entity has that form)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    // the long form stays whole in a headline in Title Case, and is the agency of the short one
    ['Harbour Cranes Stand Still for a Third Day - Xinhua News Agency\nXinhua, Hanoi, May 3 - Ships waited.', 'Xinhua News Agency', 'organization:xinhua'],
    ['Xinhua News Agency reported the floods. Xinhua said roads were closed.', 'Xinhua', 'organization:xinhua'],
    ['Agence France-Presse reported that the talks in Brussels failed.', 'Agence France-Presse', 'organization:afp'],
    ['Kyodo News said the ship left port on Monday.', 'Kyodo News', 'organization:kyodo'],
    // a longer name that opens with an agency's is its own body
    ['The Kyodo Lenmark Bank raised its rates on Monday.', 'Kyodo', null],
  ];
  it.each(rows)('%s -> %s %s', (text, form, id) => {
    expect(entityOf(text, form)?.id ?? null, summary(text).join(' | ')).toBe(id);
  });
});

describe("a page title's credit (gluedTitleCredit, context/title-credit, shape/web-address)", () => {
  // text | mention that must be found | mention that must not be
  // prettier-ignore
  const rows: [string, string | null, string | null][] = [
    // glued by a hyphen to the title's last word: the outlet alone, the rest of the word is the title's
    ['Port traffic rises again in the first half of 2024-Xinhuanet\nShips waited for days.', 'Xinhuanet', '2024-Xinhuanet'],
    ['Pay rises for the workers at the old port-Xinhua.\nXinhua, Hanoi, May 3 - Pay rose.', 'Xinhua', 'port-Xinhua'],
    ['Officials of the Lenmark Party meet in Varno-Chinanews.com\nOfficials met on Monday.', 'Chinanews.com', 'Varno-Chinanews.com'],
    ['Officials of the Lenmark Party meet in Varno-Chinanews.com\nOfficials met on Monday.', 'Varno', null],
    // a site's address in lower case after a spaced dash, and as a dateline's credit
    ['Northtown wins its third straight title - lotusnews.com\nlotusnews.com, July 26 - Northtown won.', 'lotusnews.com', null],
    // a compound written with a hyphen ends the title: no credit; nor a credit in a body line
    ['Trade ministers meet to deepen ties across the Asia-Pacific\nMinisters met on Monday.', 'Asia-Pacific', 'Pacific'],
    ['Ships waited for days.\nPort traffic rises again in the first half of 2024-Xinhua\nThey left.', null, 'Xinhua'],
    // outlets and a tagline run together by hyphens after the title: each outlet, no tagline, no glued word
    ['Port traffic rises again in the Bay-Lotus Daily Network-Quick Market News Website\nShips waited.', 'Lotus Daily Network', 'Quick Market News Website'],
    ['Port traffic rises again in the Bay-Lotus Daily Network-Quick Market News Website\nShips waited.', null, 'Bay-Lotus Daily Network'],
    ['Boats crowd the first Harbour Fair-Lenmark Daily Network-Varnet Online\nShips waited.', 'Varnet Online', 'Fair-Lenmark Daily'],
    ['Boats crowd the first Harbour Fair-Lenmark Daily Network-Varnet Online\nShips waited.', 'Lenmark Daily Network', null],
    // a hyphen in a name of the title, no outlet's head after it: no credits
    ['Port traffic rises again along the Alta-Bassa Coast Road\nShips waited.', null, 'Bassa Coast Road'],
    // a file's name is no site
    ['The report is in the annex - report.pdf\nShips waited for days.', null, 'report.pdf'],
  ];
  it.each(rows)('%s -> %s, not %s', (text, found, absent) => {
    const mentions = mentionTexts(text);
    if (found) expect(mentions, summary(text).join(' | ')).toContain(found);
    if (absent) expect(mentions, summary(text).join(' | ')).not.toContain(absent);
  });
});

describe('none/generic-noun: a generic head left alone by a cut name is no name', () => {
  // text | mention that must not be found | mention that must be
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['A counsellor of the Embassy of Peru in Chile, Ana Ruiz, stood in for the ambassador.', 'Embassy', 'Ana Ruiz'],
    ['The office invited travel magazines, Internet media and influencers/Internet stars to the city.', 'Internet', null],
    ['Ada Hale, now a fellow of the Center for a Safer Coast, a Boston research group, spoke first.', 'Center', 'Boston'],
    // a body named in full with such a head, and the Commonwealth alone (CoNLL: an organization), stay
    ['The Lenmark Research Institute said rents rose.', 'Institute', 'Lenmark Research Institute'],
    ['Leaders of the Commonwealth met in London.', 'World', 'Commonwealth'],
  ];
  it.each(rows)('%s -> not %s', (text, absent, found) => {
    const mentions = mentionTexts(text);
    expect(mentions, summary(text).join(' | ')).not.toContain(absent);
    if (found) expect(mentions, summary(text).join(' | ')).toContain(found);
  });
});

describe('head/law, head/law-opening: plans and memoranda governments sign are no bodies', () => {
  // text | mention that must not be an organization's | organization that must stay
  // prettier-ignore
  const rows: [string, string | null, string | null][] = [
    ['Peru and Chile signed the Memorandum of Understanding (MoU) on port services on Monday.', 'Memorandum of Understanding', null],
    ['Peru and Chile signed the Memorandum of Understanding (MoU) on port services on Monday.', 'MoU', null],
    ['The ministers adopted the Action Plan for Port Cooperation for 2024-2026.', 'Action Plan for Port Cooperation', null],
    ['The city issued the "Lenmark Smart Port Construction Action Plan" last week.', 'Lenmark Smart Port Construction Action Plan', null],
    // a body whose name opens with such a word and goes on without "of", "on" or "for" stays one
    ['Action Against Hunger said food prices rose in the north.', null, 'Action Against Hunger'],
  ];
  const organizations = (text: string): string[] =>
    extractEntities(text)
      .filter((e) => e.type === 'organization')
      .flatMap((e) => e.mentions.map((m) => m.text));
  it.each(rows)('%s -> not %s', (text, absent, kept) => {
    if (absent) expect(organizations(text), summary(text).join(' | ')).not.toContain(absent);
    if (kept) expect(organizations(text), summary(text).join(' | ')).toContain(kept);
  });
});

describe('splitAtPossessive: a place named with its kind of division owns the body after it', () => {
  // text | mentions that must be found
  // prettier-ignore
  const rows: [string, string[]][] = [
    ["Anhui Province's Department of Transport issued a notice on Monday.", ['Anhui Province', 'Department of Transport']],
    ["Sichuan Province's Department of Finance said revenue rose.", ['Sichuan Province', 'Department of Finance']],
    // an owner that is no known place with its division, or one word after the possessive, stays whole
    ["The Broward County Sheriff's Office said two men were held.", ["Broward County Sheriff's Office"]],
    ["The Panhellenic Seamen's Federation called a strike.", ["Panhellenic Seamen's Federation"]],
  ];
  it.each(rows)('%s -> %j', (text, found) => {
    expect(mentionTexts(text)).toEqual(expect.arrayContaining(found));
  });
});

describe("numbered-institute: a body's numbered institute after its name is one name", () => {
  // text | mention that must be found | mention that must not be
  // prettier-ignore
  const rows: [string, string | null, string | null][] = [
    ['The list names Kestrin Electronics Group 14th Institute, Lund Power Co., Ltd. and others.', 'Kestrin Electronics Group 14th Institute', 'Kestrin Electronics Group'],
    ['The firms are: Kestrin Electronics Group 14th Institute, Varnak Aerospace Corporation 3rd Research Institute, and others.', 'Varnak Aerospace Corporation 3rd Research Institute', 'Research Institute'],
    // an ordinal before a word that is no head, or a body without its head noun last
    ['Kestrin Electronics Group 2nd Quarter Results came out on Monday.', null, 'Kestrin Electronics Group 2nd Quarter Results'],
    ['Kestrin Ida 14th Institute was named.', null, 'Kestrin Ida 14th Institute'],
  ];
  it.each(rows)('%s -> %s, not %s', (text, found, absent) => {
    const mentions = mentionTexts(text);
    if (found) expect(mentions, summary(text).join(' | ')).toContain(found);
    if (absent) expect(mentions, summary(text).join(' | ')).not.toContain(absent);
  });
});

describe('company-prefix: a known place opening a company name stays the place alone', () => {
  // text | type:name that must come out
  // prettier-ignore
  const rows: [string, string][] = [
    ["China Railway Signal Co., Ltd. won the contract. China's rail exports rose in May, and China plans more lines.", 'place:China'],
    ['Lyon Harbour Logistics Ltd. won the tender, and Lyon will host the fair in May.', 'place:Lyon'],
    // a company's shorter form that is no place is still the company
    ['Shares of Granite Ridge Mining Corp rose. Granite Ridge said output grew.', 'organization:Granite Ridge Mining Corp'],
  ];
  it.each(rows)('%s -> %s', (text, entity) => {
    expect(summary(text)).toContain(entity);
  });
});

describe('isSpellingVariant: British and American spellings of one name are one entity', () => {
  // text | number of organizations
  // prettier-ignore
  const rows: [string, number][] = [
    ['Scientists joined the Lenmark Bay Research Centre on Monday. The Lenmark Bay Research Center has 800 staff.', 1],
    ['The Lenmark Defence Organisation said the Lenmark Defense Organization would grow.', 1],
    // two names that differ in more than the spelling stay two
    ['The Lenmark Trade Centre and the Lenmark Trade Council met on Monday.', 2],
  ];
  it.each(rows)('%s -> %i', (text, n) => {
    expect(extractEntities(text).filter((e) => e.type === 'organization').length, summary(text).join(' | ')).toBe(n);
  });
});
