// Time stamps, bylines and end-of-story credits of more outlets and languages, on
// article-only input (no page extractor). Invented examples; negatives beside them
// (sentences that open like a stamp, a byline or a credit, and lines in the body).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { readDateline } from '../../src/clean/rules/metadata/dateline.js';

const HEADLINE = 'Ferry operator cancels winter timetable after engine failures';
const STANDFIRST = 'Islanders face a week without a direct crossing while two vessels are repaired.';
const BODY = [
  'The operator said on Wednesday that both of its larger ships had been withdrawn after inspectors found cracks in their engine mounts.',
  'A smaller vessel will run twice a day from the northern harbour, but it cannot carry lorries or more than forty cars.',
  '"We know this is hard for families and for the shops on the island," a spokeswoman said in a statement to local radio.',
];

/** The headline, a standfirst, the head lines under test, then the body. */
function page(head: readonly string[]): string {
  return [HEADLINE, STANDFIRST, ...head, ...BODY].join('\n\n');
}

const MENU = 'Home | Local | Politics | Business | Sport | Weather';

// [stamp line, the date lifted: publishedAt, else updatedAt]
const STAMPS: ReadonlyArray<readonly [string, string]> = [
  // Year first with dots or slashes (East Asian sites), labels translated or not.
  ['Entered 2023.05.08 07:41 | Edited 2023.05.08 10:12', '2023-05-08'],
  ['입력 2023.05.08 07:41 | 수정 2023.05.08 10:12', '2023-05-08'],
  ['2023/05/08 07:41 (JST)', '2023-05-08'],
  ['2023年5月8日 07:41', '2023-05-08'],
  // A date and its update stamp in parentheses.
  ['3 giugno 2023 (modifica il 4 giugno 2023 | 08:05)', '2023-06-03'],
  ['3 June 2023 (updated 4 June 2023, 08:05)', '2023-06-03'],
  // A newsroom credit and stamps joined by middle dots, a localized update label.
  ['Redactie Economie · 7 okt. 2023, 11:30 · Laatste update: 7 okt. 2023, 13:02', '2023-10-07'],
  // A Hijri date beside the Gregorian one, either first.
  ['Friday, 22 Shawwal 1444 AH – 12 May 2023', '2023-05-12'],
  ['12 May 2023 - 22 Shawwal 1444 AH', '2023-05-12'],
  // A dash after the label.
  ['Updated - September 2, 2023 06:15 am IST', '2023-09-02'],
  // A weekday of another language before the date.
  ['Kamis, 7 Sep 2023 16:20 WIB', '2023-09-07'],
  ['Dienstag, 5. September 2023, 16:20 Uhr', '2023-09-05'],
  // A name field, then a localized weekday date.
  ['Rodrigo Salas | Viernes 8 de septiembre de 2023, 12:10 hrs', '2023-09-08'],
  // An initial and surname, a place, a labelled date with a two-digit year, a clock.
  ['M. Quintana | Murcia | Actualizado: 09·09·23 | 17:45', '2023-09-09'],
];

describe('time-stamp lines in the head go, the date lifted', () => {
  it.each(STAMPS)('%s', (line, date) => {
    const result = clean([MENU, page([line])].join('\n\n'));
    expect(result.text).not.toContain(line);
    for (const paragraph of BODY) expect(result.text).toContain(paragraph);
    expect(result.metadata.publishedAt ?? result.metadata.updatedAt).toBe(date);
  });
});

describe('an update stamp in parentheses gives the update date', () => {
  it('3 June 2023 (updated 4 June 2023, 08:05)', () => {
    expect(readDateline('3 June 2023 (updated 4 June 2023, 08:05)')).toEqual({
      date: '2023-06-03',
      update: false,
      updated: '2023-06-04',
    });
  });
});

// [line, what readDateline answers]: look-alikes are no date line.
const NOT_STAMPS: readonly string[] = [
  '09·09·23', // a two-digit year without a label
  '14.02.24 | 17:45',
  '3 June 2023 (the day of the vote)', // no label in the parentheses
  'Kamis, 7 Sep 2023 16:20 WIB ketika hujan turun', // more than a stamp
  'Harbour 12 May 2023', // a word before a date without a clock
  'Lisboa, 12 de maio de 2023', // a letter's place and date
  'Since 12 May 2023 14:05', // a function word
  '12 May 2023 - 22 ships 1444 tonnes', // no Hijri date
];

describe('look-alike lines are no date line', () => {
  it.each(NOT_STAMPS)('%s', (line) => {
    expect(readDateline(line)).toBeNull();
  });
});

describe('sentences that open like a stamp stay', () => {
  it('Friday, 22 Shawwal 1444 AH – 12 May 2023 was …', () => {
    const line = 'Friday, 22 Shawwal 1444 AH – 12 May 2023 was the day the ferry last sailed on time.';
    expect(clean(page([line])).text).toContain(line);
  });
  // In a page of another language (an English page drops them as a foreign passage).
  it.each([
    'Viernes 8 de septiembre de 2023 fue el último día con servicio normal en el puerto.',
    'Dienstag, 5. September 2023, war der letzte Tag mit normalem Fahrplan.',
  ])('%s is no date line', (line) => {
    expect(readDateline(line)).toBeNull();
  });
});

// [byline, names lifted]
const BYLINES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Reporter Seo Min-jae (mjseo@example.co.kr)', ['Seo Min-jae']],
  ['By Laura Brandt, lbrandt@example.org', ['Laura Brandt']],
  ['Author: Taras Bondar, editor of the business desk', ['Taras Bondar']],
  ['By Nadia Okafor, senior correspondent', ['Nadia Okafor']],
];

describe('bylines with an e-mail or a role after the name', () => {
  it.each(BYLINES)('%s', (line, names) => {
    const result = clean(page([line]));
    expect(result.text).not.toContain(line);
    expect(result.metadata.byline).toEqual(names);
  });
});

describe('sentences that open like a byline with a comma stay', () => {
  it.each([
    'By Christmas Eve, the island had run out of fresh milk',
    'By Easter Monday, most of the crews had gone home.',
    'By Anna Karenina, the novel, readers mean the whole of Tolstoy',
  ])('%s', (line) => {
    expect(clean(page([line])).text).toContain(line);
  });
});

// End-of-story credits: where the writers were.
const REPORTED_FROM: readonly string[] = [
  'Achterberg reported from Tromsø, Norway.',
  'Mbeki and Lindqvist reported from Nairobi.',
  'Associated Press writer Tomas Ruiz reported from Quito, Ecuador, and Ana Pell from Lima.',
];

describe('a "reported from" credit at the end of the story goes', () => {
  it.each(REPORTED_FROM)('%s', (line) => {
    const result = clean([HEADLINE, ...BODY, line].join('\n\n'));
    expect(result.text).not.toContain(line);
    expect(result.metadata.credits).toContain(line);
    for (const paragraph of BODY) expect(result.text).toContain(paragraph);
  });
});

describe('"reported from" in the body, or with a pronoun or more words, stays', () => {
  it('in the body', () => {
    const line = 'Achterberg reported from Tromsø, Norway.';
    const text = [HEADLINE, BODY[0], line, BODY[1], BODY[2], STANDFIRST].join('\n\n');
    expect(clean(text).text).toContain(line);
  });
  it.each([
    'She reported from Tromsø, Norway.',
    'The Herald reported from Tromsø.',
    'Achterberg reported from Tromsø for a decade before joining the paper.',
    'Reuters reported from Nairobi that the talks had failed.',
  ])('%s', (line) => {
    expect(clean([HEADLINE, ...BODY, line].join('\n\n')).text).toContain(line);
  });
});

// A lone name line in the head whose name is the writer's in a contact line at the end.
describe('a lone name line in the head, the same name in a contact line', () => {
  it.each([['Contact Mirela Dobrescu at mdobrescu@example.com.'], ['Email Mirela Dobrescu | Follow @mdobrescu']])(
    '%s',
    (contact) => {
      const text = [MENU, HEADLINE, 'Mirela Dobrescu', 'September 8, 2023', ...BODY, contact].join('\n\n');
      const result = clean(text);
      expect(result.text).not.toMatch(/^Mirela Dobrescu$/m);
      expect(result.metadata.byline).toEqual(['Mirela Dobrescu']);
      for (const paragraph of BODY) expect(result.text).toContain(paragraph);
    },
  );
});

describe('a lone name line without a contact line, or named in prose, stays', () => {
  it.each([
    ['no contact line', []],
    [
      'the name deep in a sentence with an address',
      ['Gifts in memory of the late harbour master Mirela Dobrescu can be sent to fund@example.org.'],
    ],
    ['a possessive in the contact line', ['Contact Mirela Dobrescu’s office at office@example.org']],
  ])('%s', (_, tail) => {
    const text = [MENU, HEADLINE, 'Mirela Dobrescu', 'September 8, 2023', ...BODY, ...tail].join('\n\n');
    expect(clean(text).text).toMatch(/^Mirela Dobrescu$/m);
  });
});
