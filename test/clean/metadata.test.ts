// Metadata from whole scraped pages (issue 18): headline, byline, publication/update date,
// outlet, wire agency and dateline place, each lifted as a metadata edit or read without
// removal. Tables of invented text: each row is input → expected, negatives beside positives.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { readByline } from '../../src/clean/rules/metadata/byline.js';
import { readDateline } from '../../src/clean/rules/metadata/dateline.js';
import { splitOutlet } from '../../src/clean/rules/metadata/title.js';
import { readAgencyCredit, readWireDateline } from '../../src/clean/rules/metadata/wire-dateline.js';
import { readDate } from '../../src/clean/shape.js';
import { localizedMonth } from '../../src/lexicon/localized-months.js';
import { isWireAgency } from '../../src/lexicon/news-agencies.js';
import { cleanChecked } from './support.js';

const BODY =
  'The harbour authority closed every port along the coast on Monday after the storm flooded the docks, officials said.';
const MORE = 'Ferry operators said they expected services to resume by the end of the week if the weather allowed.';
const LAST = 'The authority will review the flood defences next month, a spokesperson added.';

/** Cleans, checks lossless restore and idempotence, returns the result. */
function cleanTwice(raw: string) {
  const once = cleanChecked(raw);
  expect(clean(once.text).text).toBe(once.text);
  return once;
}

describe('headline on whole scraped pages', () => {
  it.each([
    [
      'under section labels and a skip link, before a byline',
      `Skip to main content\n\nWorld\n\nStorm season\n\nStorm closes every port on the northern coast\n\nBy Jane Doe\n\n${BODY}`,
      'Storm closes every port on the northern coast',
    ],
    [
      'repeated on the next line (the <title> above the <h1>); both go',
      `Storm closes every port on the northern coast\n\nStorm closes every port on the northern coast\n\n${BODY}`,
      'Storm closes every port on the northern coast',
    ],
    [
      'repeated with accents or punctuation changed',
      `Storm closes ports, ferries halted in Sète\n\nStorm closes ports ferries halted in Sete\n\n${BODY}`,
      'Storm closes ports, ferries halted in Sète',
    ],
    [
      'repeated, the copy without its comma first: the copy with its punctuation is the title',
      `Storm closes ports ferries halted in Sete\n\nStorm closes ports, ferries halted in Sète\n\n${BODY}`,
      'Storm closes ports, ferries halted in Sète',
    ],
    [
      'repeated with only its accents changed: the first copy is the title',
      `Storm closes every port in Sete\n\nStorm closes every port in Sète\n\n${BODY}`,
      'Storm closes every port in Sete',
    ],
    [
      'a headlinese line with prose right under it',
      `Storm closes every port on northern coast\n\n${BODY}\n\n${MORE}`,
      'Storm closes every port on northern coast',
    ],
    [
      'cut at its start by the page ("…")',
      `…closes every port on the northern coast\n\nBy Jane Doe\n\n${BODY}`,
      '…closes every port on the northern coast',
    ],
    [
      'with a " | Outlet" suffix, which names the outlet',
      `Storm closes every port on the northern coast | The Coast Herald\n\nBy Jane Doe\n\n${BODY}`,
      'Storm closes every port on the northern coast',
    ],
    [
      'under a masthead date line',
      `Monday, 7 December 2021\n\nStorm closes every port on the northern coast\n\nBy Jane Doe\n\n${BODY}`,
      'Storm closes every port on the northern coast',
    ],
    [
      "under the crawl store's date stamp",
      ` date 2021-12-07 Storm closes every port on the northern coast\n\n${BODY}\n\n${MORE}`,
      'Storm closes every port on the northern coast',
    ],
  ])('takes the headline %s', (_, raw, title) => {
    const r = cleanTwice(raw);
    expect(r.metadata.title).toBe(title);
    expect(r.text).toContain(BODY);
    expect(r.text).not.toContain(title);
  });

  it.each([
    ['a first line that ends like a sentence', `The storm closed every port on the coast.\n\n${BODY}`],
    ['a lead-in ending in a colon', `Storm closes every port on the coast:\n\n${BODY}`],
    ['a standfirst written in full sentences', `The storm has closed the ports along the coast for a week\n\n${BODY}`],
    ['a four-word line with only prose under it', `Storm closes coastal ports\n\n${BODY}`],
    [
      'a long clause-shaped line with only prose under it',
      `Ports close, ferries halt and the coast braces for more rain as the storm stalls offshore\n\n${BODY}`,
    ],
    ['a body line deep in the article', `${BODY}\n\n${MORE}\n\nStorm closes every port on northern coast\n\n${LAST}`],
  ])('keeps %s in the body', (_, raw) => {
    const r = cleanTwice(raw);
    expect(r.metadata.title).toBeUndefined();
    expect(r.text).toBe(raw);
  });

  // Over a standfirst and a byline or wire dateline, the headline goes only if the standfirst,
  // left on top of the cleaned text, would not read as a headline itself: cleaning twice must
  // not change the text (the second pass would lift the standfirst out of the body).
  it.each([
    [
      'a standfirst written as a clause',
      `Storm closes every port on the northern coast\n\nFerries halted, flights cancelled as winds rise\n\nBy Jane Doe\n\n${BODY}`,
      'Storm closes every port on the northern coast',
    ],
    [
      'a standfirst of full sentences',
      `Storm closes every port on the northern coast\n\nThe ferries will not run until the winds drop\n\nBy Jane Doe\n\n${BODY}`,
      'Storm closes every port on the northern coast',
    ],
    [
      "a headlinese standfirst: it would be the next pass's headline, so neither is lifted",
      `Storm closes every port on the northern coast\n\nFerries stop as winds reach record speeds\n\nBy Jane Doe\n\n${BODY}`,
      undefined,
    ],
    [
      'a standfirst ending like a sentence, before a wire dateline',
      `Storm closes every port on the northern coast\n\nThe ferries will not run until the winds drop.\n\nMANILA, Philippines — ${BODY}`,
      'Storm closes every port on the northern coast',
    ],
    [
      "a headline-shaped standfirst before a wire dateline: it would be the next pass's headline",
      `Storm closes every port on the northern coast\n\nFerries halted, flights cancelled as winds rise\n\nMANILA, Philippines — ${BODY}`,
      undefined,
    ],
  ])('over %s', (_, raw, title) => {
    const r = cleanTwice(raw);
    expect(r.metadata.title).toBe(title);
    expect(r.text).toContain(raw.split('\n\n')[1]);
  });

  it('takes one title: a chrome line at the top gives way to the headline under it', () => {
    const r = cleanTwice(
      `Skip to main content\n\nStorm closes every port on the northern coast\n\nBy Jane Doe\n\n${BODY}`,
    );
    expect(r.metadata.title).toBe('Storm closes every port on the northern coast');
  });

  it.each([
    ['Storm closes ports | The Coast Herald', { title: 'Storm closes ports', outlet: 'The Coast Herald' }],
    ['Storm closes every port - Coast Herald', { title: 'Storm closes every port', outlet: 'Coast Herald' }],
    ['Storm closes ports - live updates', { title: 'Storm closes ports - live updates' }],
    ['Storm closes ports', { title: 'Storm closes ports' }],
  ])('splitOutlet(%j)', (text, expected) => {
    expect(splitOutlet(text)).toEqual(expected);
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', { byline: ['Jane Doe'] }],
    ['Associated Press', { credits: ['Associated Press'], agency: 'Associated Press' }],
    ['Jane Doe at Olympic Park', { byline: ['Jane Doe'] }],
    ['Jane Doe and John Roe, CNN', { byline: ['Jane Doe', 'John Roe'], credits: ['CNN'], outlet: 'CNN' }],
    ['Jane Doe | Reuters', { byline: ['Jane Doe'], credits: ['Reuters'], agency: 'Reuters' }],
    ['the way the storm went', null],
  ])('readByline(%j)', (text, expected) => {
    expect(readByline(text)).toEqual(expected);
  });

  it.each([
    ['a staff signature closing the story', `${BODY}\n\n${MORE}\n\nCoast Herald Staff`, ['Coast Herald Staff']],
    ['a "By" line closing the story', `${BODY}\n\n${MORE}\n\nBy Jane Doe`, ['Jane Doe']],
    [
      "a byline with the writer's place",
      `Storm closes every port on the northern coast\n\nBy Jane Doe at Harbour House\n\n${BODY}`,
      ['Jane Doe'],
    ],
  ])('takes %s', (_, raw, byline) => {
    expect(cleanTwice(raw).metadata.byline).toEqual(byline);
  });

  it.each([
    ['"By the way" opening a paragraph', `${BODY}\n\nBy the way, the ferries will run a reduced timetable.\n\n${MORE}`],
    ['"By the way" closing the story', `${BODY}\n\n${MORE}\n\nBy the way, ferries run on Sunday.`],
    [
      '"Written by" in a sentence',
      `${BODY}\n\nWritten by hand, the notice on the gate asked drivers to turn back.\n\n${MORE}`,
    ],
    ['"Our Staff"', `${BODY}\n\n${MORE}\n\nOur Staff`],
    ['"By Reuters" closing the story (an organisation)', `${BODY}\n\n${MORE}\n\n${LAST}\n\nBy Reuters`],
  ])('takes no byline from %s', (_, raw) => {
    expect(cleanTwice(raw).metadata.byline).toBeUndefined();
  });
});

describe('publication and update dates', () => {
  it.each([
    ['As of: 03/14/2022 7:05 p.m', { date: '2022-03-14', update: true }],
    ['Published: Tuesday, Feb 13th 2024, 08:45', { date: '2024-02-13', update: false }],
    ['7. Dezember 2021', { date: '2021-12-07', update: false }],
    ['7 de diciembre de 2021', { date: '2021-12-07', update: false }],
    ['7 декабря 2021 г.', { date: '2021-12-07', update: false }],
    ['15 ডিসেম্বর 2021', { date: '2021-12-15', update: false }],
    ['15 ஜனவரி, 2021', { date: '2021-01-15', update: false }],
    ['15 ጃንዋሪ 2021', { date: '2021-01-15', update: false }],
    ['১৫ ডিসেম্বর ২০২১', { date: '2021-12-15', update: false }], // Bengali digits, read through normalizeStamp
    ['15 දුරුතු 2021', null], // Intl's Sinhala month names are the lunar months', left out
    ['Publié le 7 décembre 2021', { date: '2021-12-07', update: false }], // a localized label (metadata/dateline)
    ['2 hours ago', null],
    ['The vote is on 7 December 2021.', null],
    // Lines of stamps: a stamp without a year or relative to now gives no date.
    ['Posted Mar 3, 8:10 AM', { date: undefined, update: false }],
    ['Updated Mar 3, 9:15 AM; Posted Mar 3, 8:10 AM', { date: undefined, update: false }],
    ['Published Wed, Mar 3 2021 9:12 PM PST Updated 2 hours ago', { date: '2021-03-03', update: false }],
    [
      'Posted March 3, 2021 at 8:10 AM; Updated March 4, 2021 at 9:00 AM',
      { date: '2021-03-03', update: false, updated: '2021-03-04' },
    ],
    ['Updated March 4, 2021; Posted 04/03/2021 8:10 PM', { date: '2021-04-03', update: false, updated: '2021-03-04' }],
    ['Updated 04/03/2021 8:10 PM; Updated an hour ago', { date: '2021-04-03', update: true }],
    ['Posted Mar 3, 8:10 AM; the mayor spoke at length', null],
    ['Posted in Politics; Updated Mar 3, 9:15 AM', null],
    ['Posted by the council on Mar 3, 8:10 AM', null],
    ['Mar 3, 8:10 AM', null],
  ])('readDateline(%j)', (text, expected) => {
    expect(readDateline(text)).toEqual(expected);
  });

  it.each([
    [
      'a dateline under the headline',
      `Storm closes every port on the northern coast\n\n7 December 2021\n\n${BODY}`,
      { publishedAt: '2021-12-07' },
    ],
    [
      'a header line with "●" and a doubled "By"',
      `Storm closes every port on the northern coast\n\nDec 7, 2021 09:33AM ● By By Jane Doe | The Coast Herald\n\n${BODY}`,
      { publishedAt: '2021-12-07', byline: ['Jane Doe'], credits: ['The Coast Herald'], outlet: 'The Coast Herald' },
    ],
    ['an "As of" stamp', `As of: 12/07/2021 9:23 p.m\n\n${BODY}\n\n${MORE}`, { updatedAt: '2021-12-07' }],
    [
      'a line of two stamps',
      `Storm closes every port on the northern coast\n\nPublished March 3, 2021 8:10 AM; Updated March 4, 2021 9:00 AM\n\n${BODY}`,
      { publishedAt: '2021-03-03', updatedAt: '2021-03-04' },
    ],
    // A label on its own line, the date on the next: every label word, whatever its first letter.
    ['a lone "Published" label', `Published\n\nMarch 3, 2021\n\n${BODY}`, { publishedAt: '2021-03-03' }],
    ['a lone "Edited" label', `Edited\n\nMarch 3, 2021\n\n${BODY}`, { updatedAt: '2021-03-03' }],
    ['a lone "Revised:" label', `Revised:\n\n3 March 2021\n\n${BODY}`, { updatedAt: '2021-03-03' }],
    ['a lone "Registered" label', `Registered\n\n2021-03-03\n\n${BODY}`, { publishedAt: '2021-03-03' }],
    ['a lone Korean update label', `수정\n\n2021-03-03\n\n${BODY}`, { updatedAt: '2021-03-03' }],
  ])('lifts %s', (_, raw, expected) => {
    const { language: _l, title: _t, ...rest } = cleanTwice(raw).metadata;
    expect(rest).toEqual(expected);
  });

  it.each([
    [
      'a masthead today-date above the headline',
      `Home\n\nMonday, 7 December 2021\n\nStorm closes every port on the northern coast\n\nBy Jane Doe\n\n${BODY}`,
    ],
    ['an event date in the body', `${BODY}\n\nThe port reopens on 14 December 2021, the authority said.\n\n${MORE}`],
    [
      "a comment's date at the end",
      `${BODY}\n\n${MORE}\n\n${LAST}\n\nComments\n\nHarbour fan\n\n8 December 2021\n\nGreat news for the coast.`,
    ],
    ['a relative stamp', `Storm closes every port on the northern coast\n\n2 hours ago\n\n${BODY}`],
    ["the crawl store's date stamp", ` date 2021-12-07 ${BODY}\n\n${MORE}`],
    ['a fact box date without a year', `Start: 7pm\n\nDate: March 3\n\n${BODY}`],
  ])('takes no date from %s', (_, raw) => {
    const m = cleanTwice(raw).metadata;
    expect(m.publishedAt).toBeUndefined();
    expect(m.updatedAt).toBeUndefined();
  });

  it.each([
    ['7. Dezember 2021', '2021-12-07'],
    ['7 de diciembre de 2021', '2021-12-07'],
    ['15 grudnia 2021', '2021-12-15'],
    ['3 mai 2022', '2022-05-03'],
    ['3 Maybe 2022', undefined],
  ])('readDate(%j) reads localized month names', (text, expected) => {
    expect(readDate(text)).toBe(expected);
  });

  it.each([
    ['Dezember', 12],
    ['diciembre', 12],
    ['décembre', 12],
    ['декабря', 12],
    ['Δεκεμβρίου', 12],
    ['marzo', 3],
    ['Sunday', undefined],
  ])('localizedMonth(%j) is %s', (name, expected) => {
    expect(localizedMonth(name)).toBe(expected);
  });
});

describe('wire agency and dateline place', () => {
  it.each([
    [
      'NEW YORK (Reuters) – Stocks rose on Wednesday as investors cheered the central bank.',
      { place: 'NEW YORK', agency: 'Reuters' },
    ],
    [
      'LIMA, Peru — The health ministry reported on Tuesday that measles cases had risen sharply since March.',
      { place: 'LIMA, Peru' },
    ],
    ['The Kremlin said on Tuesday that the talks had been frank.', null],
  ])('readWireDateline(%j)', (text, expected) => {
    const read = readWireDateline(text);
    expect(read && { place: read.place, ...(read.agency ? { agency: read.agency } : {}) }).toEqual(expected);
  });

  it.each([
    ['(The Coast Herald) – The council voted on Monday to close the port.', 'The Coast Herald'],
    ['(see below) the council voted on Monday to close the port.', undefined],
  ])('readAgencyCredit(%j)', (text, expected) => {
    expect(readAgencyCredit(text)).toBe(expected);
  });

  it.each([
    [
      'after a photo caption and a byline',
      `Dock workers watch the water rise at the harbour on Monday.\n\nBy Jane Doe\n\nNEW YORK (Reuters) – ${BODY}`,
      { agency: 'Reuters', dateline: 'NEW YORK' },
    ],
    [
      'a place with its country, after a caption',
      `Storm closes every port on the northern coast\n\nA ferry waits at the quay of the harbour during the storm on Monday morning, as crews check the moorings.\n\nMANILA, Philippines — ${BODY}`,
      { dateline: 'MANILA, Philippines' },
    ],
    ['an agency credit without a place', `(The Coast Herald) – ${BODY}\n\n${MORE}`, { agency: 'The Coast Herald' }],
  ])('reads the wire dateline %s', (_, raw, expected) => {
    const m = cleanTwice(raw).metadata;
    expect({ ...(m.agency ? { agency: m.agency } : {}), ...(m.dateline ? { dateline: m.dateline } : {}) }).toEqual(
      expected,
    );
  });

  it('reads no dateline from a transcript line after the opening', () => {
    const m = cleanTwice(
      `${BODY}\n\nMAYOR: We will reopen the port as soon as the water goes down, and not a day later than that.\n\n${MORE}`,
    ).metadata;
    expect(m.dateline).toBeUndefined();
  });

  it.each([
    ['Reuters', true],
    ['afp', true],
    ['The Associated Press', true],
    ['CNN', false],
    ['The Coast Herald', false],
  ])('isWireAgency(%j) is %s', (name, expected) => {
    expect(isWireAgency(name)).toBe(expected);
  });
});

describe('outlet', () => {
  it.each([
    [
      "the masthead's logo text beside header buttons",
      `Coast Herald Menu Search\n\nStorm closes every port on the northern coast\n\nBy Jane Doe\n\n${BODY}`,
      'Coast Herald',
    ],
    [
      'the name in the copyright notice',
      `${BODY}\n\n${MORE}\n\n© 2021 The Coast Herald. All rights reserved.`,
      'The Coast Herald',
    ],
    [
      'the name before the site address in the notice',
      `${BODY}\n\n${MORE}\n\n© The Coast Herald(www.example.com). All rights reserved`,
      'The Coast Herald',
    ],
    [
      'a name line above a notice in another script',
      `${BODY}\n\n${MORE}\n\nthe coast herald\n\nجميع الحقوق محفوظة © 2021`,
      'the coast herald',
    ],
    [
      'the outlet speaking of its own coverage',
      `${BODY}\n\nAt COAST HERALD we have covered the storm hour by hour since Monday.\n\n${MORE}`,
      'COAST HERALD',
    ],
  ])('reads %s', (_, raw, outlet) => {
    expect(cleanTwice(raw).metadata.outlet).toBe(outlet);
  });

  it.each([
    [
      'a company speaking in a quotation',
      `${BODY}\n\n“At Harbour Freight we tell our drivers to wait,” the manager said.\n\n${MORE}`,
    ],
    ['a notice without a name', `${BODY}\n\n${MORE}\n\n© 2021 All rights reserved.`],
    [
      'a footer link above a notice in another script',
      `${BODY}\n\n${MORE}\n\nPrivacy Policy\n\nجميع الحقوق محفوظة © 2021`,
    ],
    [
      'a copyright sentence in the body',
      `${BODY}\n\nCopyright lawyers at the Coast Herald said the case would take years.\n\n${MORE}`,
    ],
  ])('reads no outlet from %s', (_, raw) => {
    expect(cleanTwice(raw).metadata.outlet).toBeUndefined();
  });

  it('a copyright notice of a wire agency credits the agency', () => {
    expect(cleanTwice(`${BODY}\n\n${MORE}\n\n© 2021 Reuters. All rights reserved.`).metadata.agency).toBe('Reuters');
  });
});
