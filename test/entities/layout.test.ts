// Layout facts (layout.ts) and the rules that read them (rules.ts, layout/*): tables of
// invented lines, positives beside negatives.
import { describe, expect, it } from 'vitest';
import { extractEntities, parseText } from '../../src/entities/index.js';
import { computeLayout, hasTableRows } from '../../src/entities/layout.js';
import { fellowKinds, type FellowKind } from '../../src/entities/layout-spans.js';
import type { TaggedSpan } from '../../src/entities/tagger/model.js';
import { applyRules, type EvidenceType } from '../../src/entities/rules.js';
import { buildVocabulary } from '../../src/entities/vocabulary.js';

describe('datelines', () => {
  // text | the line opens a dateline
  // prettier-ignore
  const rows: [string, boolean][] = [
    ['DENVER 2004-03-11', true],
    ['NEW HAVEN 2004-03-11', true],
    ['NORTHFIELD , Vermont 2004-03-11', true],
    ['NORTHFIELD, Vermont, March 3 (Wire Service) - Rain fell.', true],
    ['PORTLAND (Wire) - Rain fell.', true],
    ['PORTLAND, March 3 - Rain fell.', true],
    // a bare year is no date: a headline in capitals
    ['VARCO SEES 2004 PROFIT', false],
    ['RUGBY - 2005 TOUR DATES', false],
    // a parenthesis after a name with no dash after it: a price row, a name spelled out
    ['BOND FUND ( MAR ) 96.8 96.7', false],
    ['VLF ( Valley Liberation Front ) has said it would.', false],
    // figures after the place: a row of a table
    ['VARCO HOLDING 2004-03-11 96.7 97.1', false],
    // a month in the headline is not a date after a place
    ['GRAIN STOCKS - factors to watch - March 3 .', false],
    ['Denver 2004-03-11', false],
  ];
  it.each(rows)('%s -> %s', (text, expected) => {
    const layout = computeLayout(text, parseText(text).tokens);
    expect(layout.datelineStart[0]).toBe(expected);
  });
});

/** The layout rules that fire on the mention `name` of `text`, the tagger having typed it `tagged`. */
function layoutRules(text: string, name: string, tagged: EvidenceType): string[] {
  const { tokens } = parseText(text);
  const at = text.indexOf(name);
  const first = tokens.findIndex((t) => t.start === at);
  const last = tokens.findIndex((t) => t.end === at + name.length);
  const cand = { first, last, start: at, end: at + name.length, text: name };
  return applyRules({
    source: text,
    tokens,
    cand,
    words: tokens.slice(first, last + 1),
    vocab: buildVocabulary(tokens),
    layout: computeLayout(text, tokens),
    capitalizedMid: new Set(),
    tagged,
  })
    .map((e) => e.rule)
    .filter((r) => r.startsWith('layout/'));
}

describe('competitors on result rows and fixture lines', () => {
  // text | name | the tagger's type | layout rules expected
  // prettier-ignore
  const rows: [string, string, EvidenceType, string[]][] = [
    // a place name before figures on a result row, or on a fixture line, names a club
    ['Northtown 3 Southport 2', 'Southport', 'place', ['layout/competitor']],
    ['DENVER 45 30 .600', 'DENVER', 'place', ['layout/competitor']],
    ['Northtown v Southport , Eastfield v Westbury', 'Eastfield', 'place', ['layout/competitor']],
    // the tagger reads a person: a player's score, not a club
    ['141 Pieter Vos 66 68', 'Pieter Vos', 'person', []],
    ['Northtown 310 ( Tom Hale 111 )', 'Tom Hale', 'person', []],
    // the name after "at" on a fixture line is where the game is played
    ['DENVER AT PORTLAND', 'PORTLAND', 'organization', ['layout/venue']],
    ['DENVER AT PORTLAND', 'DENVER', 'place', ['layout/competitor']],
    // a headline in capitals with a spaced dash is no fixture line
    ['GOLF - SCORES AT PORTLAND OPEN', 'PORTLAND OPEN', 'place', []],
    // no figure after the name on a result row
    ['Tom Hale ( Northtown ) 66', 'Northtown', 'place', []],
  ];
  it.each(rows)('%s: %s (%s) -> %j', (text, name, tagged, expected) => {
    expect(layoutRules(text, name, tagged)).toEqual(expected);
  });
});

describe('fixture lines after a label', () => {
  // text | the tokens marked as a fixture row
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Northern division one - Northtown v Eastfield , Westbury v', ['Northtown', 'v', 'Eastfield', 'Westbury', 'v']],
    // the line after a list ending in "v" goes on with it
    ['Northern division one - Northtown v Eastfield , Westbury v\nReading .', ['Northtown', 'v', 'Eastfield', 'Westbury', 'v', 'Reading']],
    ['Called off : Northtown v Eastfield', [ 'Northtown', 'v', 'Eastfield']],
    // a sentence after the label, a headline with a dash, a line after a closed list
    ['Northern division one - Northtown beat Eastfield', []],
    ['SOCCER - NORTHTOWN V EASTFIELD', []],
    ['Northern division one - Northtown v Eastfield .\nReading .', ['Northtown', 'v', 'Eastfield']],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const layout = computeLayout(text, tokens);
    expect(tokens.filter((_, i) => layout.fixtureRow[i]).map((t) => t.text)).toEqual(expected);
  });
});

describe('table rows', () => {
  // text | the text has a row of a table
  // prettier-ignore
  const rows: [string, boolean][] = [
    ['Rain fell.\nNorthtown 3 Southport 2', true],
    ['DENVER 45 30 .600', true],
    // a dateline has figures but is no table row
    ['DENVER 2004-03-11\nRain fell on Monday.', false],
    // one figure: a heading, a label
    ['Week 3\nRain fell.', false],
    // lower-case words: a sentence
    ['Northtown beat Southport 3 2 on Monday.', false],
  ];
  it.each(rows)('%s -> %s', (text, expected) => {
    const { tokens } = parseText(text);
    expect(hasTableRows(computeLayout(text, tokens), tokens)).toBe(expected);
  });
});

describe('table cells', () => {
  // text | the cells found, as "first token text:shape"
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Northtown 31 Eastfield 33', ['Northtown:result', 'Eastfield:result']],
    ['Bay City 4 3 1 0 8 2 10', ['Bay:standing 7']],
    // one name and fewer than three figures: a field of a report, a line of accounts
    ['Halftime 1-0', []],
    ['Net 1,196 2,232', []],
    // the figure must follow the name: "Tom Hale ( Northtown ) 66" has one cell, the person
    ['Tom Hale ( Northtown ) 66 68 70', []],
    // a dateline is no table row
    ['DENVER 2004-03-11', []],
    // a letter code in parentheses belongs to the club's name; a country's code does not
    ['Eastfield 3 Northtown ( KV ) 1', ['Eastfield:result', 'Northtown:result']],
    ['Tom Hale ( US ) 66 68 70', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const cells = [...computeLayout(text, tokens).cells.values()];
    expect(cells.map((c) => `${tokens[c.first]!.text}:${c.shape}`)).toEqual(expected);
  });

  const table = 'Northtown 4 3 1 0 8 2 10\nEastfield 4 2 1 1 6 4 7\nReading 4 1 0 3 4 9 3\nTotal 12 6 3 3 19 16 21';
  it('a cell the tagger left out takes the type of its column (with the layout option)', () => {
    const names = (layout: boolean): string[] => extractEntities(table, { layout }).map((e) => `${e.type}:${e.name}`);
    expect(names(true)).toContain('organization:Reading');
    expect(names(false)).not.toContain('organization:Reading');
    // negative: a label heading a row of figures is no name
    expect(names(true).join(' ')).not.toContain('Total');
  });
});

describe('clubs told apart by a letter code', () => {
  const names = (text: string, layout: boolean): string[] =>
    extractEntities(text, { layout }).flatMap((e) => e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`));
  const text = 'Eastfield 3 Northtown ( KV ) 1\nNorthtown ( S ) 2 Westbury 2\nNorthtown ( KV ) 5 2 2 1 7 4 8';
  it('a table cell keeps the code in the name (with the layout option)', () => {
    expect(names(text, true)).toEqual(
      expect.arrayContaining(['organization:Northtown ( KV )', 'organization:Northtown ( S )']),
    );
    expect(names(text, true)).not.toContain('organization:KV');
    expect(names(text, false)).not.toContain('organization:Northtown ( KV )');
  });
  it('negatives: a country in parentheses, a code outside a table row', () => {
    expect(names('Tom Hale ( US ) 66 68 70\nSam Ode ( UK ) 67 69 70', true)).not.toContain('person:Tom Hale ( US )');
    expect(names('Northtown ( KV ) said on Monday it would sell .', true).join(' ')).not.toContain('( KV )');
  });
});

describe('list lines', () => {
  // text | the names of the list line
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Tom Hale , Sam Ode ( Northland ) , Ray Lund 66 70', ['Tom Hale', 'Sam Ode', 'Ray Lund']],
    // the end of an item wrapped from the line before
    ['( Northland ) , Tom Hale , Sam Ode , Ray Lund', ['Tom Hale', 'Sam Ode', 'Ray Lund']],
    // a sentence, two items, capitals (a headline), fixtures (two names an item), a label before a name
    ['The club said Green , Tom Hale and Sam Ode would play .', []],
    ['Tom Hale , Sam Ode', []],
    ['GOLF - HALE , ODE , LUND LEAD', []],
    ['Northtown v Eastfield , Westbury v Reading , Bay City v Southend', []],
    ['Agent : Varco , Hale & Ode , Inc. , Denver', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const names = [...computeLayout(text, tokens).listNames.values()];
    expect(names.map((n) => text.slice(tokens[n.first]!.start, tokens[n.last]!.end))).toEqual(expected);
  });

  it('a name of a list of players is a person, also an ordinary word (with the layout option)', () => {
    const text = 'Squad .\nField , Tom Hale , Sam Ode , Ray Lund , Ian Moss';
    const names = (layout: boolean): string[] => extractEntities(text, { layout }).map((e) => `${e.type}:${e.name}`);
    expect(names(true)).toContain('person:Field');
    expect(names(false)).not.toContain('person:Field');
    // negative: in a sentence the ordinary word stays out
    expect(
      extractEntities('Field , Tom Hale said , the club would wait .', { layout: true }).map((e) => e.name),
    ).not.toContain('Field');
  });
});

describe('venues heading scorecard lines', () => {
  // text | the venues found (with "at" marked)
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['At Oakley Park : Northtown 284 and 41-3', ['Oakley Park:at']],
    ['At Oakley ( Northfield ) : Northtown 284 ( T. Hale 97 )', ['Oakley:at', 'Northfield:at']],
    ['At Oakley Park : Play called off for rain .', ['Oakley Park:at']],
    ['Denver : Northtown 352 ( T. Hale 97 ) , Eastfield 188-7', ['Denver']],
    ['Denver : Northtown beat Eastfield by an innings .', ['Denver']],
    // without "at", a label opens the line as often as a place: only a known place is a venue
    ['Result : Northtown 2 Eastfield 1', []],
    ['Issuer : Northfield County', []],
    // no colon: a sentence
    ['At Oakley Park Northtown won .', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const venues = [...computeLayout(text, tokens).venues.values()];
    expect(venues.map((v) => `${text.slice(tokens[v.first]!.start, tokens[v.last]!.end)}${v.at ? ':at' : ''}`)).toEqual(
      expected,
    );
  });

  it('the venue is a place, a label before a score is not (with the layout option)', () => {
    // a ground named as a facility ("... Bridge"), which is no name in prose
    const text = 'At Oakley Bridge : Northtown 284 ( T. Hale 97 )\nPenalties : Tom Hale 2 .';
    const names = (layout: boolean): string[] => extractEntities(text, { layout }).map((e) => `${e.type}:${e.name}`);
    expect(names(true)).toContain('place:Oakley Bridge');
    expect(names(false)).not.toContain('place:Oakley Bridge');
    expect(names(true).join(' ')).not.toContain('Penalties');
  });
});

describe('teams on results rows', () => {
  // text | the teams found
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['9. Tom Hale ( Canada ) Peru 1:52.204', ['Peru']],
    ['4. Sam Ode ( Chile ) VX-Northtown 1:21', ['VX-Northtown']],
    ['8. Ray Lund ( Italy ) Varco Motors', ['Varco Motors']],
    // a city after the country is where a record was set; no country in parentheses, no team
    ['2:31.04 Ann Lee ( Kenya ) Nairobi 12.6.91', []],
    ['Jon Beck ( Northland ) Varco 12', []],
    ['Tom Hale ( Canada ) 66 68', []],
    // a sentence is no results row
    ['Tom Hale ( Canada ) Peru said he would race .', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const teams = [...computeLayout(text, tokens).teams];
    expect(teams.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b]!.end))).toEqual(expected);
  });

  it('a team named as a country is an organization (with the layout option)', () => {
    const text = '9. Tom Hale ( Canada ) Peru 1:52.204\n10. Sam Ode ( Brazil ) Peru 1:53.917';
    const type = (layout: boolean): string | undefined =>
      extractEntities(text, { layout }).find((e) => e.name === 'Peru')?.type;
    expect(type(true)).toBe('organization');
    expect(type(false)).toBe('place');
  });
});

describe('places broken over two lines', () => {
  // text | the parts found
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Tom Hale ( Northland ) beat Sam Ode ( Czech\nRepublic ) 6-3 7-5', ['Czech', 'Republic']],
    ['Ray Lund ( Canada ) beat Ian Moss ( New\nZealand ) 6-2', ['New', 'Zealand']],
    // no known place when joined, no parenthesis, a parenthesis closed on its line
    ['Ray Lund ( Canada ) beat Ian Moss ( North\nTown ) 6-2', []],
    ['Ray Lund beat Ian Moss of New\nZealand 6-2', []],
    ['Ray Lund ( Canada ) beat Ian Moss ( New Zealand )\nRain fell .', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const parts = [...computeLayout(text, tokens).brokenPlaces];
    expect(parts.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b]!.end))).toEqual(expected);
  });

  it('each part is a place (with the layout option)', () => {
    const text = 'Tom Hale ( Northland ) beat Sam Ode ( Czech\nRepublic ) 6-3 7-5';
    const names = (layout: boolean): string[] => extractEntities(text, { layout }).map((e) => `${e.type}:${e.name}`);
    expect(names(true)).toEqual(expect.arrayContaining(['place:Czech', 'place:Republic']));
    expect(names(false)).not.toContain('place:Czech');
  });
});

describe('competitors written with their country', () => {
  // text | the competitors found
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['1. Tom Hale ( Canada ) 3:41.6', ['Tom Hale']],
    ['Northtown ( Canada ) 75 Eastfield ( Kenya ) 70', ['Northtown', 'Eastfield']],
    // no known country in the parentheses, a sentence, a club's letter code
    ['Tom Hale ( Northtown ) 66', []],
    ['Tom Hale ( Canada ) won the race .', []],
    ['Northtown ( KV ) 5 2 2 1', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const runs = [...computeLayout(text, tokens).countryRuns];
    expect(runs.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b]!.end))).toEqual(expected);
  });

  it('one the tagger left out takes the kind of the others (with the layout option)', () => {
    const text = 'Results .\n1. Tom Hale ( Canada ) 3:41.6\n2. Sam Ode ( Kenya ) 3:43.2\nBrannock ( Peru ) 3:44.8';
    const names = (layout: boolean): string[] => extractEntities(text, { layout }).map((e) => `${e.type}:${e.name}`);
    expect(names(true)).toContain('person:Brannock');
    expect(names(false)).not.toContain('person:Brannock');
  });
});

describe('line-ups', () => {
  // text | the names after a shirt number that the layout marks as players
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Northtown - 1 - Tom Hale , 2 - Sam Ode ; 5 - Ray Lund ( 14 - Ian Moss 70th )', ['Tom', 'Sam', 'Ray', 'Ian']],
    // two numbered names are no line-up: a score line, a list of two
    ['Northtown 2 - Eastfield 1 , 3 - Westbury', []],
    // the number must open an item of the list ("in 1996 - Northtown" does not)
    ['Northtown 1 - Tom Hale 2 - Sam Ode 5 - Ray Lund', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const { tokens } = parseText(text);
    const layout = computeLayout(text, tokens);
    expect(tokens.filter((_, i) => layout.squadName[i]).map((t) => t.text)).toEqual(expected);
  });
});

describe('fellows: the kind of a column or a list (layout-spans.ts, fellowKinds)', () => {
  // text | the tagger's types of its names, in order | name | its fellows' kind expected
  // prettier-ignore
  const rows: [string, TaggedSpan['type'][], string, FellowKind | undefined][] = [
    // a table of clubs: the cells around "Monaco" are organizations
    ['Eastfield 2 Monaco 1\nWestby 0 Northtown 3\nLakeside 1 Ardmore 1', ['ORG', 'LOC', 'ORG', 'ORG', 'ORG', 'ORG'], 'Monaco', 'organization'],
    ['Northtown 9 4 3 2 10\nMonaco 9 4 2 3 9\nWestby 9 3 3 3 8\nArdmore 9 2 3 4 7', ['ORG', 'LOC', 'ORG', 'ORG'], 'Monaco', 'organization'],
    // a table of countries; too few cells; a column of mixed kinds
    ['Canada 2 Peru 1\nChile 0 Brazil 3\nMexico 1 Panama 1', ['LOC', 'LOC', 'LOC', 'LOC', 'LOC', 'LOC'], 'Peru', 'place'],
    ['Eastfield 2 Monaco 1', ['ORG', 'LOC'], 'Monaco', undefined],
    ['Eastfield 2 Monaco 1\nWestby 0 Northtown 3\nLakeside 1 Ardmore 1', ['ORG', 'LOC', 'PER', 'LOC', 'ORG', 'PER'], 'Monaco', undefined],
    // a list of persons: the names around "Tam" are persons
    ['Hale , Ode , Tam , Moss , Beck', ['PER', 'PER', 'ORG', 'PER', 'PER'], 'Tam', 'person'],
    ['Hale , Ode , Tam , Moss', ['PER', 'ORG', 'ORG', 'PER'], 'Tam', undefined],
    // a sentence is no list
    ['Hale said Ode , Tam , Moss and Beck would play .', ['PER', 'PER', 'ORG', 'PER', 'PER'], 'Tam', undefined],
    // the parentheses after a list's names: the players' clubs, or their countries
    ['Hale ( Westby ) , Ode ( Lima ) , Tam ( Ardmore ) , Moss ( Vale )', ['PER', 'ORG', 'PER', 'LOC', 'PER', 'ORG', 'PER', 'ORG'], 'Lima', 'organization'],
    ['Hale ( Kenya ) , Ode ( Lima ) , Tam ( Peru ) , Moss ( Chile )', ['PER', 'LOC', 'PER', 'LOC', 'PER', 'LOC', 'PER', 'LOC'], 'Lima', 'place'],
    ['Hale ( Westby ) , Ode ( Lima ) , Tam ( Peru ) , Moss ( Vale )', ['PER', 'ORG', 'PER', 'LOC', 'PER', 'LOC', 'PER', 'ORG'], 'Lima', undefined],
  ];
  it.each(rows)('%s: %j -> %s %s', (text, types, name, expected) => {
    const { tokens } = parseText(text);
    const layout = computeLayout(text, tokens);
    // one span per capitalized word, typed in order
    const spans: TaggedSpan[] = [];
    tokens.forEach((t, i) => {
      if (/^\p{Lu}/u.test(t.text) && types[spans.length])
        spans.push({ first: i, last: i, type: types[spans.length]!, evidence: { PER: 0, ORG: 0, LOC: 0, MISC: 0 } });
    });
    const at = tokens.findIndex((t) => t.text === name);
    expect(fellowKinds(text, tokens, spans, layout).get(at)?.kind).toBe(expected);
  });

  it('a place among clubs is a club; a name among persons is a person (with the layout option)', () => {
    const types = (text: string, layout: boolean): string[] =>
      extractEntities(text, { layout }).map((e) => `${e.type}:${e.name}`);
    const clubs = 'Results on Saturday :\nEastfield 2 Vienna 1\nWestby 0 Northtown 3\nLakeside 1 Hale City 1';
    expect(types(clubs, true)).toContain('organization:Vienna');
    expect(types(clubs, false)).toContain('place:Vienna');
    const countries = 'Results on Saturday :\nCanada 2 Peru 1\nChile 0 Brazil 3\nMexico 1 Panama 1';
    expect(types(countries, true)).toContain('place:Peru');
    const scorers =
      'Leading scorers :\nTom Hale ( Westby Rovers ) , Sam Ode ( Northtown United ) , Ray Lund ( Lima ) ,\n' +
      'Ian Moss ( Ardmore Athletic ) , Jon Beck ( Lakeside Wanderers ) , Al Dunn ( Eastfield United ) .';
    expect(types(scorers, true)).toContain('organization:Lima');
    expect(types(scorers, false)).toContain('place:Lima');
    const team = 'Northland named the following team :\nHale , Ode , Westby , Moss , Beck , Eastfield , Tam .';
    expect(types(team, true)).toContain('person:Tam');
    expect(types(team, false)).not.toContain('person:Tam');
  });
});

describe('names of headlines in capitals that the story writes as names', () => {
  // text | the mentions expected on the headline with the layout option (type:text)
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['BOXING - HALE KEEPS WBX CRUISER TITLE .\nDENVER 2004-03-11\nTom Hale kept his WBX title on Saturday , the WBX said .', ['organization:WBX', 'person:HALE']],
    ['SOCCER - THREE WESTBY ROVERS PLAYERS BANNED .\nLONDON 2004-03-11\nWestby Rovers were fined on Friday .', ['organization:WESTBY ROVERS']],
    // the story writes the words in lower case, or names nothing of the headline
    ['SOCCER - THREE PLAYERS BANNED .\nLONDON 2004-03-11\nThree players were banned on Friday .', []],
    ['SOCCER - NORTH VALE PLAYERS BANNED .\nLONDON 2004-03-11\nThe club was fined on Friday .', []],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const end = text.indexOf('\n');
    const onHeadline = (layout: boolean): string[] =>
      extractEntities(text, { layout }).flatMap((e) =>
        e.mentions.filter((m) => m.end <= end).map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
      );
    expect(onHeadline(true).sort()).toEqual(expected);
    // without the layout option the tagger's reading stands
    expect(onHeadline(false)).not.toContain('organization:WESTBY ROVERS');
  });
});

describe('a club of two names joined by a slash', () => {
  // text | the mentions expected with the layout option (type:text), without it the halves
  // prettier-ignore
  const rows: [string, string[]][] = [
    ['Results on Sunday :\nWestby 1 Northtown / Eastfield 2\nArdmore 0 Lakeside 3', ['organization:Westby', 'organization:Northtown / Eastfield', 'organization:Ardmore', 'organization:Lakeside']],
    // two places joined by a slash stay two places
    ['Passengers at regional airports in July :\nDenver 1,806 up 4.6\nTulsa / Wichita 1,806 up 45.6', ['place:Denver', 'place:Tulsa', 'place:Wichita']],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const mentions = (layout: boolean): string[] =>
      extractEntities(text, { layout })
        .flatMap((e) => e.mentions.map((m) => ({ m, e })))
        .sort((x, y) => x.m.start - y.m.start)
        .map(({ m, e }) => `${e.type}:${text.slice(m.start, m.end)}`);
    expect(mentions(true)).toEqual(expected);
    expect(mentions(false)).not.toContain('organization:Northtown / Eastfield');
  });
});

describe('a cell whose name holds "of the" or a possessive', () => {
  // text | the mentions expected with the layout option (type:text)
  // prettier-ignore
  const rows: [string, string[]][] = [
    ["Results on Sunday :\nDuke of the Vale 2 Westby 1\nAbbot 's Vale 0 Ardmore 2\nLakeside 1 Northtown 1",
      ['organization:Duke of the Vale', 'organization:Westby', "organization:Abbot 's Vale", 'organization:Ardmore', 'organization:Lakeside', 'organization:Northtown']],
    // a sentence is no table row; a cell of one word keeps its reading
    ['He said the Duke of the Vale was 2 years old .', ['organization:Duke of the Vale']],
    ['Results on Sunday :\nWestby 1 Ardmore 2', ['organization:Westby', 'organization:Ardmore']],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const mentions = extractEntities(text, { layout: true })
      .flatMap((e) => e.mentions.map((m) => ({ m, e })))
      .sort((x, y) => x.m.start - y.m.start)
      .map(({ m, e }) => `${e.type}:${text.slice(m.start, m.end)}`);
    expect(mentions).toEqual(expected);
  });
});

describe('the two sides of a result in a headline in capitals', () => {
  // text | the mentions expected on the headline with the layout option (type:text)
  // prettier-ignore
  const rows: [string, string[]][] = [
    // a side the tagger left out takes the other's type: two countries, two clubs
    ['SOCCER - CANADA BEAT TOLLAND 2-0 .\nLONDON 2004-03-11\nThe match was played on Saturday .', ['place:CANADA', 'place:TOLLAND']],
    ['SOCCER - WESTBY ROVERS BEAT TOLLAND IN CUP .\nLONDON 2004-03-11\nWestby Rovers won on Saturday .', ['organization:TOLLAND', 'organization:WESTBY ROVERS']],
    // a function word after the verb is no side; no verb of a result, no side
    ['SOCCER - CANADA BEAT ALL COMERS .\nLONDON 2004-03-11\nCanada won on Saturday .', ['place:CANADA']],
    ['SOCCER - CANADA MEET TOLLAND .\nLONDON 2004-03-11\nThe match is on Saturday .', ['place:CANADA']],
  ];
  it.each(rows)('%s -> %j', (text, expected) => {
    const end = text.indexOf('\n');
    const onHeadline = (layout: boolean): string[] =>
      extractEntities(text, { layout })
        .flatMap((e) => e.mentions.filter((m) => m.end <= end).map((m) => `${e.type}:${text.slice(m.start, m.end)}`))
        .sort();
    expect(onHeadline(true)).toEqual(expected);
    expect(onHeadline(false).join(' ')).not.toContain('TOLLAND');
  });
});
