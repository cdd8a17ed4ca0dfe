// Names in newswire as CoNLL-2003 writes it (docs/entities.md, "Nineteenth round: newswire"): invented
// sentences, one table per behaviour, look-alikes that must keep their reading beside the positives.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { summary } from './support/entities.js';

/** type:name of every entity. */
/** The type of the entity that has a mention written `written`, or null. */
const typeOf = (text: string, written: string): string | null =>
  extractEntities(text).find((e) => e.mentions.some((m) => m.text === written))?.type ?? null;

describe("context/team-role-after: a name before a player's role and a player's name is the team", () => {
  // text | name | its type
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Preston striker Tom Hale scored twice before Swindon goalkeeper Sam Ode saved a penalty.', 'Preston', 'organization'],
    ['Preston striker Tom Hale scored twice before Swindon goalkeeper Sam Ode saved a penalty.', 'Swindon', 'organization'],
    ['Dundee manager Ray Lund said the side had played well.', 'Dundee', 'organization'],
    ['Leeds skipper Tom Hale was out with a knee injury.', 'Leeds', 'organization'],
    // a country's side stays a place; without a player's name after the role the town keeps its reading
    ['Brazil striker Tom Hale scored twice.', 'Brazil', 'place'],
    ['England captain Tom Hale won the toss.', 'England', 'place'],
    ['The Preston quarterback did not play on Sunday.', 'Preston', 'place'],
    ['We met in Preston on Sunday.', 'Preston', 'place'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe(type);
  });
});

describe('known/us-state-after-town: a state abbreviation after a town, its period spaced off as newswire writes it', () => {
  // text | abbreviation | its type (null: no mention)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['LENFORD , Pa .\n2024-03-02\nOkafor Bank said on Tuesday it cut 40 jobs .', 'Pa', 'place'],
    ['The plant in Brenville , Ill . , makes picture tubes .', 'Ill', 'place'],
    ['Okafor Bank of Dunmore , Mo . , cut 40 jobs .', 'Mo', 'place'],
    // prose writes the period glued; a lower-case word before a period is no state
    ['The plant in Brenville, Ill., makes picture tubes.', 'Ill.', 'place'],
    ['He said he felt ill . Then he left .', 'ill', null],
  ];
  it.each(rows)('%s -> %s %s', (text, written, type) => {
    expect(typeOf(text, written), summary(text).join(' | ')).toBe(type);
  });
});

describe("a firm's partners listed with commas and its designator after a comma are the firm's name", () => {
  // text | the organization's mention (its whole name)
  // prettier-ignore
  const rows: [string, string][] = [
    ['Ida Renn , a strategist at Brask , Hollin & Co . , told clients prices would fall .', 'Brask , Hollin & Co'],
    ['He joined Lenmark, Okafor & Co. as a partner in 2019.', 'Lenmark, Okafor & Co.'],
    ['Analysts at Brenmoor Research, Inc. said sales fell.', 'Brenmoor Research, Inc.'],
    ['Tessa Varga, vice president of sales for Quennell, Inc., said orders rose.', 'Quennell, Inc.'],
    ['Brokers at Hale & Sons , Inc said the stock was cheap .', 'Hale & Sons , Inc'],
    // a place or an ordinary word before the comma is no partner
    ['In Boston, Hale & Co. said sales fell.', 'Hale & Co.'],
    ['Meanwhile, Hale & Co. said sales fell.', 'Hale & Co.'],
  ];
  it.each(rows)('%s -> %s', (text, name) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe('organization');
  });
});

describe("a monarch's or a pope's number after the name is the name's (spans.ts regnalNumbers)", () => {
  // text | the person's mention
  // prettier-ignore
  const rows: [string, string][] = [
    ['1643 - King Louis XIV came to the throne .', 'Louis XIV'],
    ['Queen Isabella I funded the voyage .', 'Isabella I'],
    ['Daughter of Louis XIV and Maria Theresa , she died young .', 'Louis XIV'],
    // a lone "I" without a monarch's title is the pronoun
    ['He told Tom I would come .', 'Tom'],
  ];
  it.each(rows)('%s -> %s', (text, name) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe('person');
  });
});

describe('a name after a relation and "of" is the whole person ("the son of Ray Lund")', () => {
  // text | the person's mention
  // prettier-ignore
  const rows: [string, string][] = [
    ['The son of Ray Lund took over the farm .', 'Ray Lund'],
    ['The widow of Tom Hale spoke to reporters .', 'Tom Hale'],
    // after a title the object of "of" is the title's, not the person's
    ['Secretary of State Wendy Sherman said talks would resume .', 'Wendy Sherman'],
  ];
  it.each(rows)('%s -> %s', (text, name) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe('person');
  });
});

describe('a body named for its subject goes on over "on" (lexicon TOPIC_OPENERS)', () => {
  // text | the organization's mention
  // prettier-ignore
  const rows: [string, string][] = [
    ['Ida Renn chairs the Commission on Televised Debates , which picked three venues .', 'Commission on Televised Debates'],
    ['A study by the Lenford Institute on Drug Abuse found it.', 'Lenford Institute on Drug Abuse'],
    // a date after "on", or "the" opening a subject, is no part of the name
    ['The Lenford Planning Committee on Tuesday said it would meet.', 'Lenford Planning Committee'],
    ['A resolution of the Lenford Committee on the Great Harvest was adopted.', 'Lenford Committee'],
  ];
  it.each(rows)('%s -> %s', (text, name) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe('organization');
  });
});

describe('more peoples without a country of their name are no names (vocabulary EXTRA_DEMONYMS)', () => {
  // text | word | whether it may be a mention
  // prettier-ignore
  const rows: [string, string, boolean][] = [
    ['Farmers and Afrikaners marched to the town hall in Lenford on Sunday .', 'Afrikaners', false],
    ['Zulus and Xhosas voted in Durban on Sunday .', 'Xhosas', false],
    // the place beside them keeps its reading
    ['Zulus and Xhosas voted in Durban on Sunday .', 'Durban', true],
  ];
  it.each(rows)('%s -> %s %s', (text, word, kept) => {
    const mentions = extractEntities(text).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions.includes(word), summary(text).join(' | ')).toBe(kept);
  });
});

describe('after a title and "of", a name that opens with no English word is named whole', () => {
  // text | the mention | its type
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['Reporters reached the lawyer of Paolo Brenta by phone .', 'Paolo Brenta', 'person'],
    ['Tom Hale , the president of KVX Data Security , said so .', 'KVX Data Security', 'organization'],
    // a field or a place after "of" is the title's object
    ['Governor of Georgia Tom Hale said the vote would go ahead .', 'Tom Hale', 'person'],
    ['Minister of Justice Ray Lund said the law would change .', 'Ray Lund', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe(type);
  });
});

describe("known/seat-of-power: a known outlet's or body's name is a person's where the text names that person in full", () => {
  // text | the last mention's text | its type
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['Detectives said Tom Fox fled the scene . Fox is a skilled bushman .', 'Fox', 'person'],
    ['Ray Swift pitched seven innings . Swift struck out six .', 'Swift', 'person'],
    // with no person of that name the outlet or body keeps its reading
    ['Fox reported the poll first , and CNN followed .', 'Fox', 'organization'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    const found = extractEntities(text).find((e) => e.mentions.at(-1)?.text === name);
    expect(found?.type, summary(text).join(' | ')).toBe(type);
  });
});

describe('shape/hyphenated-town: a town joined through a particle is a place', () => {
  // text | the mention | its type
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['The match at Lenford-upon-Tay was rained off .', 'Lenford-upon-Tay', 'place'],
    ['He was born in Kelby-le-Moor in 1950 .', 'Kelby-le-Moor', 'place'],
    // a hyphenated given name is no town
    ['Jean-Marc Varga said the talks would resume .', 'Jean-Marc Varga', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe(type);
  });
});

describe('context/club-plural-verb: a one-word name that takes a plural verb is a club', () => {
  // text | name | its type
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Kestrin have agreed a fee with the keeper\'s club.', 'Kestrin', 'organization'],
    // a country's side stays a place; after a preposition or a link the plural verb is another's
    ['England have won the series.', 'England', 'place'],
    ['People in Tacoma have complained about the noise.', 'Tacoma', 'place'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => {
    expect(typeOf(text, name), summary(text).join(' | ')).toBe(type);
  });
});
