// Name shapes of translated news: institutions named after their seat, a title or a body's name
// run into a person's name, Nordic and German company names. Invented sentences, one table per
// behaviour, look-alikes beside the positives.
import { describe, expect, it } from 'vitest';
import { summary } from './support/entities.js';

/** Every row: the text, an entity (type:name) that must be found, one that must not (null: none). */
type Row = [string, string, string | null];

const check = (text: string, found: string, absent: string | null): void => {
  const got = summary(text);
  expect(got, got.join(' | ')).toContain(found);
  if (absent) expect(got, got.join(' | ')).not.toContain(absent);
};

describe('an institution named after its seat ("University of" + a place) is one organization', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Students of the University of Lima marched on Tuesday.', 'organization:University of Lima', 'place:Lima'],
    ['Curators of the Museum of Kestby reopened two rooms.', 'organization:Museum of Kestby', 'place:Kestby'],
    ['Economists of the Bank of Varnia cut their forecast.', 'organization:Bank of Varnia', 'place:Varnia'],
    // a place's name right before such an institution is its first word
    ['The Varnia Chamber of Commerce said exports fell.', 'organization:Varnia Chamber of Commerce', 'place:Varnia'],
    // a public body ends before its country; a street named after an institution is no body
    ['The Ministry of Health of Varnia said on Monday that cases fell.', 'organization:Ministry of Health of Varnia', 'place:Varnia'],
    ['Traffic was slow on University Avenue in Lenford on Monday.', 'place:Lenford', 'organization:University Avenue'],
  ];
  it.each(rows)('%s -> %s', check);
});

describe('head/organization-of-inner: an institution\'s head before "of" inside the name', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The University Hospital of North Varnia treated the crew.', 'organization:University Hospital of North Varnia', 'place:University Hospital of North Varnia'],
    ['The City Museum of Kestby opened a new wing.', 'organization:City Museum of Kestby', null],
    // a place named with "of" keeps its reading
    ['The Isle of Man voted on Monday.', 'place:Isle of Man', 'organization:Isle of Man'],
    ['Ships crossed the Gulf of Varnia on Monday.', 'place:Gulf of Varnia', 'organization:Gulf of Varnia'],
  ];
  it.each(rows)('%s -> %s', check);
});

describe("the Mayor's Office: a possessive title before a body's head is the office's name", () => {
  // prettier-ignore
  const rows: Row[] = [
    ["A spokesman for the Mayor's Office of Kestby said the road was closed.", "organization:Mayor's Office of Kestby", 'organization:Office of Kestby'],
    ["The Governor's Office of Lenford said on Monday that schools reopen.", "organization:Governor's Office of Lenford", 'person:Office of Lenford'],
    // a possessive title before a person's name is no office
    ['The President met Ida Lind on Monday.', 'person:Ida Lind', null],
  ];
  it.each(rows)('%s -> %s', check);
});

describe('a given name opens the person: a title word or a body before it is not the name', () => {
  // prettier-ignore
  const rows: Row[] = [
    // a capitalized common word before a given name ends the title (a portfolio)
    ['According to Minister of Fisheries and Water Tarek Haddad, the dams are full.', 'person:Tarek Haddad', 'person:Water Tarek Haddad'],
    ['The Minister of Energy and Forests Mirela Dobre said prices would fall.', 'person:Mirela Dobre', 'person:Forests Mirela Dobre'],
    // a given name first stays the person's first name, with a surname that is an English word
    ['The singer Grace Water said on Monday that the tour was over.', 'person:Grace Water', null],
    ['Grace Water Smith said on Monday that the tour was over.', 'person:Grace Water Smith', 'person:Water Smith'],
    // a short word or a particle before a given name opens the name
    ['Scorers: Jan Tomas Berg (60th minute), Ida Lind (75th).', 'person:Jan Tomas Berg', 'person:Tomas Berg'],
    // a given name after a body's head noun opens the person's name, over name particles
    ['He met the head of the Varnian Commission Ursula van der Lind in Kestby.', 'person:Ursula van der Lind', 'organization:Varnian Commission Ursula'],
    ['The chairman of the Lenmark Commission Tarek Haddad said on Monday that talks failed.', 'person:Tarek Haddad', null],
  ];
  it.each(rows)('%s -> %s', check);
});

describe('Nordic, German and Dutch company names; a company noun before a name', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The utility Nordvik Energi said prices rose.', 'organization:Nordvik Energi', 'person:Nordvik Energi'],
    ['Prices at Lenvik Energi rose on Monday.', 'organization:Lenvik Energi', 'person:Lenvik Energi'],
    ['Shares in Varco ASA fell on Monday.', 'organization:Varco ASA', null],
    ['The transmission operator Lenmark kraftnät said on Monday that the line was cut.', 'organization:Lenmark kraftnät', 'person:Lenmark'],
    ['The grid operator Lenkraft said on Monday that the line was cut.', 'organization:Lenkraft', 'person:Lenkraft'],
    // a person with a company word as surname; an operator of a thing is a person
    ['Anna Kraft won the race on Sunday.', 'person:Anna Kraft', 'organization:Anna Kraft'],
    ['The camera operator Tom Hale said the crew was safe.', 'person:Tom Hale', 'organization:Tom Hale'],
  ];
  it.each(rows)('%s -> %s', check);
});
