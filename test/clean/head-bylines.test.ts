// Byline and time-stamp lines in an article's head, on article-only input (no page
// extractor): the lines go, the names go to metadata.byline. Invented examples in the
// styles of several outlets and languages; negatives beside them (sentences that open
// like a byline or a date, and lines after the first paragraph of prose).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { isTimestampLine } from '../../src/clean/rules/boilerplate/chrome.js';

const HEADLINE = 'Harbour authority closes two piers after winter storm damage';
const STANDFIRST = 'Engineers will inspect the structures before any ship is allowed to dock again.';
const BODY = [
  'The port authority said on Tuesday that the northern piers would stay shut for at least a fortnight while divers checked the foundations.',
  'Fishing crews have been told to use the southern basin, where berths are limited and queues formed early in the morning.',
  '"We cannot take any risk with structures that are more than a century old," the harbour master told reporters at a briefing.',
];

/** A page: chrome rows, the headline, a standfirst, the head lines under test, then the body. */
function page(head: readonly string[], options: { menu?: readonly string[]; standfirst?: boolean } = {}): string {
  const lines = [...(options.menu ?? []), HEADLINE, ...(options.standfirst === false ? [] : [STANDFIRST]), ...head];
  return [...lines, ...BODY].join('\n\n');
}

const MENU = ['Latest  Politics  Business  Culture  Sport  Opinion', 'Subscribe for full access to our reporting'];

// [line, names lifted to metadata.byline (undefined: not checked)]
const BYLINES: ReadonlyArray<readonly [string, readonly string[] | undefined]> = [
  ['By Marta Oliveira and Pieter de Wit', ['Marta Oliveira', 'Pieter de Wit']],
  ['By Grace Whitfield  Political Editor', ['Grace Whitfield']],
  ['By City Desk | Edited by Ravi Menon', ['City Desk']],
  ['By Lukas Brenner, SWR', ['Lukas Brenner']],
  ['By Camila Duarte, tv2 — Porto Alegre', ['Camila Duarte']],
  ['Story by The Weekend Team • 5h', ['The Weekend Team']],
  ['Reporter Han Seo-jin, Reporter Baek Do-yun | Posted 2024-03-12 09:41', ['Han Seo-jin', 'Baek Do-yun']],
  ['Correspondent Olena Hrytsenko', ['Olena Hrytsenko']],
  ['From Henrike Vollmer', ['Henrike Vollmer']],
  ['Von Henrike Vollmer und Jan Ott', ['Henrike Vollmer', 'Jan Ott']],
  ['From Anna Berg and Tomasz Wrona', ['Anna Berg', 'Tomasz Wrona']],
  ['Por Lucía Fernández Soto', ['Lucía Fernández Soto']],
];

describe('bylines in the head, under menu rows, a headline and a standfirst', () => {
  it.each(BYLINES)('%s goes, names lifted', (line, names) => {
    const result = clean(page([line], { menu: MENU }));
    expect(result.text).not.toContain(line.replace(/\s+/g, ' '));
    for (const paragraph of BODY) expect(result.text).toContain(paragraph);
    if (names) expect(result.metadata.byline).toEqual(names);
  });
});

describe('an agency credit line with a slash goes anywhere', () => {
  it.each(['DHA / Mehmet Aslan - Politics', 'AFP / Claire Dubois'])('%s', (line) => {
    const text = [HEADLINE, BODY[0], BODY[1], line, BODY[2]].join('\n\n');
    const result = clean(text);
    expect(result.text).not.toContain(line);
    expect(result.metadata.byline?.length).toBe(1);
  });
});

// Time-stamp lines: each goes in the head; [line, the date lifted (publishedAt, else updatedAt)].
const STAMPS: ReadonlyArray<readonly [string, string | undefined]> = [
  ['09:12, 4 MAR 2024  Updated 10:05, 4 MAR 2024', '2024-03-04'],
  ['March 4, 20249:12 AM GMT+1Updated 3 hours ago', '2024-03-04'],
  ['14/03/2024 09h12  Updated 1 hour ago', '2024-03-14'],
  ['On March 4, 2024 at 9:12 a.m., modified on March 4, 2024 at 10:05 a.m.', '2024-03-04'],
  ['March 4, 2024 — 9.12am', '2024-03-04'],
  ['The Coast Ledger / 09:12 AM March 4, 2024', '2024-03-04'],
  ['Newsroom NORD  HAMBURG  04 March 2024 09:12  Politics', '2024-03-04'],
  // Localized labels: without them the line goes as a foreign passage, and gives no date.
  ['Publicado el 4 de marzo de 2024, 09:12', '2024-03-04'],
  ['Aktualisiert am 5. März 2024, 10:05 Uhr', '2024-03-05'],
  ['Pubblicato il 4 marzo 2024 alle 09:12', '2024-03-04'],
];

// Forms main already removed: regressions.
const STAMPS_BEFORE: readonly string[] = ['Published: March 4, 2024  Updated: March 5, 2024', '2 days ago'];

describe('time-stamp lines in the head', () => {
  it.each(STAMPS)('%s', (line, date) => {
    const result = clean(page(['By Grace Whitfield', line], { menu: MENU }));
    expect(result.text).not.toContain(line.replace(/\s+/g, ' '));
    for (const paragraph of BODY) expect(result.text).toContain(paragraph);
    expect(result.metadata.publishedAt ?? result.metadata.updatedAt).toBe(date);
  });
  it.each(STAMPS_BEFORE)('%s', (line) => {
    expect(clean(page(['By Grace Whitfield', line], { menu: MENU })).text).not.toContain(line.replace(/\s+/g, ' '));
  });
});

describe('a line of stamps only goes after the prose too', () => {
  it.each(['09:12, 4 MAR 2024  Updated 10:05, 4 MAR 2024', 'On March 4, 2024 at 9:12 a.m.'])('%s', (line) => {
    const result = clean([HEADLINE, BODY[0], BODY[1], line, BODY[2]].join('\n\n'));
    expect(result.text).not.toContain(line.replace(/\s+/g, ' '));
  });
});

// What must stay: sentences that open like a byline or a stamp, and name lines after prose.
const KEPT_IN_HEAD: readonly string[] = [
  'By 2030, the authority wants every pier rebuilt in concrete.',
  'From Monday, ferries will leave from the southern basin.',
  'On March 4, 2024 at 9:12 a.m. the storm hit the coast.',
  'From Russia With Love',
  'Reporter Kim Min-ji spoke to the divers on Monday.',
];

describe('look-alikes in the head stay', () => {
  it.each(KEPT_IN_HEAD)('%s', (line) => {
    const result = clean(page([line], { menu: MENU }));
    expect(result.text).toContain(line);
  });
});

describe('a weak label or a role-after-spaces line after the prose stays', () => {
  it.each([
    'From Henrike Vollmer',
    'Por Lucía Fernández Soto',
    'Newsroom NORD  HAMBURG  04 March 2024 09:12  Politics',
  ])('%s', (line) => {
    const text = [HEADLINE, STANDFIRST, BODY[0], BODY[1], line, BODY[2]].join('\n\n');
    expect(clean(text).text).toContain(line.replace(/\s+/g, ' '));
  });
});

describe('an outlet credit after "From" gives no byline', () => {
  it('From Radio Nord’s Ida Berg', () => {
    const result = clean(page(['From Radio Nord’s Ida Berg']));
    expect(result.metadata.byline ?? []).not.toContain('Radio Nord’s Ida Berg');
  });
});

describe('a byline with a date field gives both', () => {
  it('By Grace Whitfield · Updated March 5, 2024', () => {
    const result = clean(page(['By Grace Whitfield · Updated March 5, 2024'], { menu: MENU }));
    expect(result.text).not.toContain('Grace Whitfield');
    expect(result.metadata.byline).toEqual(['Grace Whitfield']);
    expect(result.metadata.updatedAt).toBe('2024-03-05');
  });
});

describe('the first line of the page is not read as a weak-label byline', () => {
  it('Von Braun Rocket Center', () => {
    const text = ['Von Braun Rocket Center', BODY[0], BODY[1]].join('\n\n');
    expect(clean(text).text).toContain('Von Braun Rocket Center');
  });
});

// Relative time stamps in other languages: a line that is only one goes wherever it stands.
const RELATIVE: ReadonlyArray<readonly [string, boolean]> = [
  ['hace 3 horas', true],
  ['Actualizado hace 20 minutos', true],
  ['Há 2 dias', true],
  ['il y a 45 minutes', true],
  ['Aktualisiert vor 4 Stunden', true],
  ['6 ore fa', true],
  ['5 uur geleden', true],
  ['3 jam yang lalu', true],
  ['2 gün önce', true],
  ['vor 4 Stunden schloss der Hafen', false],
  ['hace 3 horas que llueve sin parar', false],
  ['Hace 40 años', false],
];

describe('isTimestampLine reads relative times of other languages', () => {
  it.each(RELATIVE)('%s → %s', (line, expected) => {
    expect(isTimestampLine(line)).toBe(expected);
  });
});

describe('the credit of a byline: the outlet after a comma before a dashed place', () => {
  it.each([
    ['By Camila Duarte, tv2 — Porto Alegre', 'tv2'],
    ['By Grace Whitfield | Coast Ledger', 'Coast Ledger'],
    ['By Grace Whitfield - Coast Ledger', 'Coast Ledger'],
    ['By Grace Whitfield and Tom Reyes, CNN', 'CNN'],
  ])('%s → %s', (line, credit) => {
    expect(clean(page([line])).metadata.credits).toContain(credit);
  });
});

describe('two bare dates between paragraphs (an event) stay', () => {
  it('12 April 2024 | 30 June 2024', () => {
    const text = [HEADLINE, ...BODY, '12 April 2024 | 30 June 2024', STANDFIRST].join('\n\n');
    expect(clean(text).text).toContain('12 April 2024 | 30 June 2024');
  });
});
