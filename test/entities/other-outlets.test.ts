// Names on pages of other outlets (thirty-fourth round): role phrases written before a name without
// a comma, bodies followed by "in" and their town, ports and hospitals named after their town,
// legislatures' own names, clubs and broadcasters named in their language. Invented sentences, with
// look-alikes that keep their reading.
import { describe, expect, it } from 'vitest';
import { expectNamedType, summary } from './support/entities.js';

describe('a role phrase before a name ends at the name', () => {
  // text | name | its type (null: no entity of that name)
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Minister for Health Aoife Varley said the plan works.', 'Aoife Varley', 'person'],
    ['Minister for Health Aoife Varley said the plan works.', 'Health Aoife Varley', null],
    ['Minister for Rural Affairs Sean Tully agreed on Monday.', 'Sean Tully', 'person'],
    ['Minister for Rural Affairs Sean Tully agreed on Monday.', 'Rural Affairs Sean Tully', null],
    ['Lenmark West TD Aoife Varley objected to the plan.', 'Aoife Varley', 'person'],
    ['Lenmark West TD Aoife Varley objected to the plan.', 'Lenmark West', 'place'],
    ['Brenford North MLA Sean Tully agreed with her.', 'Sean Tully', 'person'],
    ['Oliver Kent, the Member of Parliament for Brenford Central, said the road is unsafe.', 'Brenford Central', 'place'],
    ['Member of Parliament for Brenford Central Oliver Kent said so.', 'Oliver Kent', 'person'],
    // a portfolio after "of" keeps its reading
    ['The Minister of Fisheries and Water Ida Renn spoke.', 'Ida Renn', 'person'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => expectNamedType(text, name, type));
});

describe('a body, its town and its seat', () => {
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ["The Tenants' Association in Brenford said rents rose.", "Tenants' Association", 'organization'],
    ["The Tenants' Association in Brenford said rents rose.", 'Brenford', 'place'],
    ['The Lenmark Farmers Union in Tessa Varno Province objected.', 'Lenmark Farmers Union', 'organization'],
    ['Residents will pay less for ferry tickets, the Port of Brenford announced on Wednesday.', 'Port of Brenford', 'organization'],
    ['She was treated at University Hospital Brenford on Thursday.', 'University Hospital Brenford', 'organization'],
    // a street named after the hospital stays a place
    ['She lives near University Hospital Road in Lenmark.', 'University Hospital Road', null],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => expectNamedType(text, name, type));
  it('a name with "in" and no head noun before it stays whole', () => {
    expect(summary('Sisters in Crime met on Friday.').some((e) => e.endsWith(':Sisters'))).toBe(false);
  });
});

describe("legislatures' own names, clubs and broadcasters in their language", () => {
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['The bill passed the Saeima on Tuesday.', 'Saeima', 'organization'],
    ['Lawmakers in the Riigikogu disagreed with the plan.', 'Riigikogu', 'organization'],
    ['The Bavarian Landtag and the Rajya Sabha debated it.', 'Rajya Sabha', 'organization'],
    ['Calcio Brenford lost to Club Atlético Tessara on Sunday.', 'Calcio Brenford', 'organization'],
    ['Calcio Brenford lost to Club Atlético Tessara on Sunday.', 'Club Atlético Tessara', 'organization'],
    ['Lenmark Esporte Clube beat the visitors, Rádio Brenford reported.', 'Rádio Brenford', 'organization'],
    ['The match was shown live on TV Lenmark.', 'TV Lenmark', 'organization'],
  ];
  it.each(rows)('%s -> %s %s', (text, name, type) => expectNamedType(text, name, type));
});
