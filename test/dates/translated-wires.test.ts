// Issue 17: the date patterns of machine-translated and non-US wires — bare day ordinals
// ("on the 5th"), "the 24th of last month", "the night between 21 and 22 November", "3.00pm
// today", a clock time and a determined date written apart, a bare month in a past report,
// "the same day" after a named day, "recent days", "less than 48 hours", "almost thirty
// years". Every sentence is invented for this file in the style of translated Korean,
// Japanese, Italian, French and Nigerian wire copy; each table puts look-alikes that must
// not be read as dates beside the positives.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';
import type { TemporalExpression } from '../../src/core/types.js';

/** [sentence, publication date, span, value, type?, mod?] */
type Row = readonly [
  sentence: string,
  published: string,
  span: string,
  value: string,
  type?: TemporalExpression['type'],
  mod?: TemporalExpression['mod'],
];
/** [sentence, publication date, words no date may overlap] */
type Negative = readonly [sentence: string, published: string, forbidden: string];

function expectRow([sentence, published, span, value, type, mod]: Row): void {
  const dates = resolveDates(sentence, { publishedAt: published });
  const hit = dates.find((d) => d.text === span);
  const seen = dates.map((d) => `${d.text}=${d.value}${d.mod ? `/${d.mod}` : ''}`).join('; ');
  expect(hit, `no span ${JSON.stringify(span)} in: ${seen || 'nothing'}`).toBeDefined();
  expect(hit!.value, seen).toBe(value);
  if (type) expect(hit!.type).toBe(type);
  expect(hit!.mod).toBe(mod);
  expect(sentence.slice(hit!.start, hit!.end)).toBe(span);
}

function expectNone([sentence, published, forbidden]: Negative): void {
  const at = sentence.indexOf(forbidden);
  expect(at, 'the look-alike is in the sentence').toBeGreaterThanOrEqual(0);
  const overlapping = resolveDates(sentence, { publishedAt: published }).filter(
    (d) => d.start < at + forbidden.length && at < d.end,
  );
  expect(overlapping.map((d) => `${d.text}=${d.value}`)).toEqual([]);
}

function rowTests(rows: readonly Row[]): void {
  for (const row of rows) it(`${row[0]} (${row[1]}) → ${row[2]} = ${row[3]}`, () => expectRow(row));
}

function negativeTests(rows: readonly Negative[]): void {
  for (const row of rows) it(`no date in ${row[0]} (${row[1]}): ${row[2]}`, () => expectNone(row));
}

describe('bare day ordinals: a day of the month under discussion', () => {
  const rows: Row[] = [
    // Korean and Japanese wires: the month of publication, or the previous one when the day is still ahead
    [
      'The survey, conducted by the broadcaster from the 2nd to the 4th, put support at 31%.',
      '2022-09-06',
      'the 2nd',
      '2022-09-02',
      'DATE',
    ],
    [
      'The survey, conducted by the broadcaster from the 2nd to the 4th, put support at 31%.',
      '2022-09-06',
      'the 4th',
      '2022-09-04',
      'DATE',
    ],
    [
      'On the 3rd, the ruling party expelled two lawmakers over the bribery case.',
      '2022-09-06',
      'the 3rd',
      '2022-09-03',
    ],
    ['The opposition leader was questioned by prosecutors on the 29th.', '2022-09-06', 'the 29th', '2022-08-29'],
    [
      'Representative Park said on the 6th that the budget bill would be revised.',
      '2022-09-06',
      'the 6th',
      '2022-09-06',
    ],
    [
      'The strike by cargo truckers continued until the 5th, paralysing the port of Busan.',
      '2022-09-06',
      'the 5th',
      '2022-09-05',
    ],
    ['Since the 1st, the price of diesel has risen four times.', '2022-09-06', 'the 1st', '2022-09-01'],
    // a part of the day before it ("on the afternoon of the 7th"): the day (a "night of" date stays a DATE, as annotated)
    ['On the afternoon of the 5th, police announced two arrests in Daegu.', '2022-09-06', 'the 5th', '2022-09-05'],
    ['The fire broke out on the night of the 4th near the harbour.', '2022-09-06', 'the 4th', '2022-09-04'],
    // a future statement: this month when the day is still ahead, the next one when it has passed
    [
      'The minister will visit Tokyo on the 20th (local time) to meet his counterpart.',
      '2022-09-06',
      'the 20th',
      '2022-09-20',
    ],
    ['The summit will open on the 2nd, officials said.', '2022-09-26', 'the 2nd', '2022-10-02'],
    // the month the sentence names
    [
      'Inspections were carried out between March 3 and the 5th in three provinces.',
      '2022-04-11',
      'the 5th',
      '2022-03-05',
    ],
    ['Voting took place from the 14th to the 16th of May in all regions.', '2022-06-01', 'the 14th', '2022-05-14'],
    // a month named relative to publication, and "the first of the month"
    [
      'President Yoon spoke at the founding ceremony on the 27th of last month.',
      '2022-09-06',
      'the 27th of last month',
      '2022-08-27',
      'DATE',
    ],
    [
      'The new fare system takes effect on the 15th of next month.',
      '2022-12-06',
      'the 15th of next month',
      '2023-01-15',
    ],
    ['The committee must report by the 30th of this month.', '2022-09-06', 'the 30th of this month', '2022-09-30'],
  ];
  rowTests(rows);

  // prettier-ignore
  const negatives: Negative[] = [
    ['The ceremony marked the 69th anniversary of the federation.', '2022-09-06', '69th'],
    ['Firefighters reached the 5th floor of the burning building.', '2022-09-06', '5th'],
    ['The party fell from the 2nd to the 4th place in the latest ranking.', '2022-09-06', '2nd'],
    ['The party fell from the 2nd to the 4th place in the latest ranking.', '2022-09-06', '4th'],
    ['He scored in the 89th minute to win the match.', '2022-09-06', '89th'],
    ['The 3rd Infantry Division moved to the border on the 4th Avenue checkpoint.', '2022-09-06', '4th'],
    ['She finished in the 5th.', '2022-09-06', '5th'],
    // a habit, not a date
    ['Rents are due on the first of the month.', '2022-09-06', 'first'],
    ['The club climbed from the 5th to the 3rd in the standings.', '2022-09-06', '5th'],
    ['She moved up to the 2nd in the world ranking.', '2022-09-06', '2nd'],
    // "the 31st of this month" in a 30-day month is no date
    ['A rally is planned for the 31st of this month.', '2022-11-06', '31st'],
    // a part of the day before an ordinal that names no day
    ['The evening of the 69th anniversary passed quietly.', '2022-09-06', '69th'],
    ['On the morning of the 2nd round, the favourite withdrew.', '2022-09-06', '2nd'],
  ];
  negativeTests(negatives);
});

describe('"the same day" after a named day', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['On the 30th of last month, the party chairman called for unity. On the same day, a former minister left the party.', '2022-09-02', 'the same day', '2022-08-30'],
    ['The governor resigned on the 4th. The same day, prosecutors raided his office.', '2022-09-06', 'The same day', '2022-09-04'],
  ];
  rowTests(rows);
});

describe('a night named by the two days it joins', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Heavy rain fell during the night between 21 and 22 September, flooding the lower town.', '2022-09-23', 'the night between 21 and 22 September', '2022-09-21TNI', 'TIME'],
    ['The fire broke out in the night of 3 to 4 March 2021 in a warehouse.', '2022-09-19', 'the night of 3 to 4 March 2021', '2021-03-03TNI', 'TIME'],
    ['Police were called during the night from August 6 to 7.', '2022-09-19', 'the night from August 6 to 7', '2022-08-06TNI', 'TIME'],
    ['Snow is expected in the night between 31 December and 1 January.', '2022-12-28', 'the night between 31 December and 1 January', '2022-12-31TNI', 'TIME'],
    ['The decree was signed in the night between Saturday and Sunday.', '2022-09-19', 'the night between Saturday and Sunday', '2022-09-17TNI', 'TIME'],
    ['Clashes erupted in the night between the 12th and the 13th.', '2022-09-19', 'the night between the 12th and the 13th', '2022-09-12TNI', 'TIME'],
  ];
  rowTests(rows);
  // two days that are not one night apart are no single night
  it('"the night between 17 and 19 September" is no single night', () => {
    const dates = resolveDates('Patrols ran in the night between 17 and 19 September.', { publishedAt: '2022-09-20' });
    expect(dates.some((d) => d.value?.endsWith('TNI') && d.text.includes('between'))).toBe(false);
  });
});

describe('clock times with their day', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Certificates will be presented at 2.00pm today at the collation centre.', '2023-03-01', '2.00pm today', '2023-03-01T14:00', 'TIME'],
    ['The governor will address the assembly at 3pm today.', '2023-03-01', '3pm today', '2023-03-01T15:00', 'TIME'],
    ['Results were announced at 16.30 yesterday in Abuja.', '2023-03-01', '16.30 yesterday', '2023-02-28T16:30', 'TIME'],
    // a time and a date with its own determiner after a comma: two expressions, the time on that day
    ['It is 10 a.m., this Tuesday, May 9, when the deputies take their seats.', '2023-05-09', '10 a.m.', '2023-05-09T10:00', 'TIME'],
    ['It is 10 a.m., this Tuesday, May 9, when the deputies take their seats.', '2023-05-09', 'this Tuesday, May 9', '2023-05-09', 'DATE'],
    ['The rescue began at 6 a.m., last Friday, near the harbour.', '2023-05-09', 'last Friday', '2023-05-05', 'DATE'],
    // two references: a part of day today and another day
    ['Ministers met this morning, next Friday they meet the unions.', '2023-05-09', 'this morning', '2023-05-09TMO', 'TIME'],
    ['Ministers met this morning, next Friday they meet the unions.', '2023-05-09', 'next Friday', '2023-05-12', 'DATE'],
    // one TIME as before: no determiner, no second day
    ['Bids are due by 5 p.m. GMT, June 6.', '2023-05-09', '5 p.m. GMT, June 6', '2023-06-06T17:00', 'TIME'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['The index closed at 14.30 yesterday after a volatile session.', '2023-03-01', '14.30'],
    ['Shares were quoted at 12.45 today in early trade.', '2023-03-01', '12.45'],
  ];
  negativeTests(negatives);
});

describe('a bare month in a past report', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Exports got off to a slow start in January, the customs office said.', '2023-02-01', 'January', '2023-01'],
    ['The bourse is off to a strong start, posting its best monthly gains since 2018 in January.', '2023-02-01', 'January', '2023-01'],
    ['Tourist arrivals fell sharply in December, the ministry reported.', '2023-02-01', 'December', '2022-12'],
    // a schedule still reads ahead
    ['The new terminal opens in March.', '2023-02-01', 'March', '2023-03'],
    ['The players start training in January.', '2023-11-20', 'January', '2024-01'],
  ];
  rowTests(rows);
});

describe('vague spans and quantity modifiers', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Water levels in the basin have risen in recent days.', '2022-10-19', 'recent days', 'PAST_REF', 'DATE'],
    ['The currency has lost a third of its value in the recent weeks.', '2022-10-19', 'the recent weeks', 'PAST_REF', 'DATE'],
    ['Prices have doubled in recent years.', '2022-10-19', 'recent years', 'PAST_REF', 'DATE'],
    ['Firefighters carried out 60 interventions in less than 48 hours.', '2022-10-19', 'less than 48 hours', 'PT48H', 'DURATION', 'LESS_THAN'],
    ['He has sat in the assembly for almost thirty years.', '2022-10-19', 'almost thirty years', 'P30Y', 'DURATION', 'LESS_THAN'],
    ['The talks dragged on for nearly two months.', '2022-10-19', 'nearly two months', 'P2M', 'DURATION', 'LESS_THAN'],
    // on a date, "nearly" stays approximate
    ['The bridge collapsed nearly four years ago.', '2022-10-19', 'nearly four years ago', '2018', 'DATE', 'APPROX'],
    ['The crisis lasted about three weeks.', '2022-10-19', 'about three weeks', 'P3W', 'DURATION', 'APPROX'],
  ];
  rowTests(rows);
  it('"recent" before a number keeps the duration, not PAST_REF', () => {
    const [d] = resolveDates('Output fell in the recent two years.', { publishedAt: '2022-10-19' });
    expect(d).toMatchObject({ text: 'the recent two years', type: 'DURATION', value: 'P2Y' });
  });
});

describe('"today" and "tomorrow" naming an age, not a day', () => {
  // prettier-ignore
  const negatives: Negative[] = [
    ['For today\'s youth the war is history.', '2022-10-19', 'today'],
    ['Solar panels power many of today\'s electric cars.', '2022-10-19', 'today'],
    ['We are training the engineers of tomorrow.', '2022-10-19', 'tomorrow'],
  ];
  negativeTests(negatives);
  // prettier-ignore
  const rows: Row[] = [
    ['Today\'s vote was postponed by the speaker.', '2022-10-19', 'Today', '2022-10-19'],
    ['The minister will attend tomorrow\'s summit in Rome.', '2022-10-19', 'tomorrow', '2022-10-20'],
  ];
  rowTests(rows);
});

describe('weekends: a week value, never a made-up Saturday', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['This weekend, voters go to the polls in six regions.', '2022-10-19', 'This weekend', '2022-W42-WE'],
    ['The talks broke down over the weekend.', '2022-10-19', 'the weekend', '2022-W41-WE'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['After a weekend of heavy rain, the river burst its banks.', '2022-10-19', 'weekend'],
    ['Pharmacies open only on weekdays.', '2022-10-19', 'weekdays'],
  ];
  negativeTests(negatives);
});

describe('a date word glued to the next or the last word (a space lost in translation or scraping)', () => {
  // the span and offsets are those of the text as written; only splits that free a date word count
  // prettier-ignore
  const rows: Row[] = [
    ['Crews made 60 rescues in less than 36 hoursyesterday, the agency said.', '2023-11-04', 'less than 36 hours', 'PT36H', 'DURATION', 'LESS_THAN'],
    ['Crews made 60 rescues in less than 36 hoursyesterday, the agency said.', '2023-11-04', 'yesterday', '2023-11-03'],
    ['The minister saidThursday that the plan was ready.', '2023-11-04', 'Thursday', '2023-11-02'],
    ['The storm hit on 3 Novemberrainfall was heavy in the north.', '2023-11-04', '3 November', '2023-11-03'],
    ['The talks endedyesterday in Rome, officials said.', '2023-11-04', 'yesterday', '2023-11-03'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    // a glued token with no date word stays one word; a real word holding a date word is no glue
    ['The governmentannounced new rules for the ports.', '2023-11-04', 'governmentannounced'],
    ['The Decemberists played in Rome.', '2023-11-04', 'Decemberists'],
    ['The weekendsale drew crowds to the old town.', '2023-11-04', 'weekendsale'],
  ];
  negativeTests(negatives);
});

describe('two days before one month: each day a date (day-pair)', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Roads will close between 1 and 3 December for the works.', '2023-11-08', '1', '2023-12-01'],
    ['Roads will close between 1 and 3 December for the works.', '2023-11-08', '3 December', '2023-12-03'],
    ['The fair runs on 14 and 15 March 2024 in Verona.', '2023-11-08', '14', '2024-03-14'],
    ['The first rounds were played on 2 and 3 September.', '2023-11-08', '2', '2023-09-02'],
    // a list of days before one month: each earlier day too
    ['The meeting will be held on 4, 5 and 6 July.', '2024-03-13', '4', '2024-07-04'],
    ['Inspections took place on 2, 3, and 4 March.', '2024-03-13', '2', '2024-03-02'],
    ['The fair runs on the 4th, 5th and 6th of May.', '2024-03-13', 'the 4th', '2024-05-04'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    // a decimal, a count of things and an impossible day are no dates
    ['Rates of 1.5 and 2 percent in May were expected.', '2023-11-08', '1.5'],
    ['He scored 2 and 3 goals in May.', '2023-11-08', '2 and 3'],
    ['He scored 2, 3 and 4 goals in May.', '2023-11-08', '2, 3 and 4'],
    ['Rates of 1.5, 2 and 3 percent in May were expected.', '2023-11-08', '1.5, 2 and 3'],
    ['Between 30 and 31 February nothing happened.', '2023-11-08', '30'],
  ];
  negativeTests(negatives);
});

describe('a date in parentheses is the date without them', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The strike on 3 November (Friday) shut the schools.', '2023-11-08', 'Friday', '2023-11-03'],
    ['The talks ended (on Monday, officials said) without a deal.', '2023-11-08', 'Monday', '2023-11-06'],
    ['Markets (4 a.m. EDT Thursday) fell sharply.', '2023-11-08', '4 a.m. EDT Thursday', '2023-11-02T04:00'],
  ];
  rowTests(rows);
});

describe('a weekday with its day of the month after it (Spanish and Italian wires)', () => {
  // the day names which week the weekday is in
  // prettier-ignore
  const rows: Row[] = [
    ['Next Thursday 16 the unions will strike in every port.', '2023-11-08', 'Next Thursday 16', '2023-11-16'],
    ['Last Friday 3, the court ruled against the mayor.', '2023-11-08', 'Last Friday 3', '2023-11-03'],
    ['On Monday 6 the minister resigned over the contracts.', '2023-11-08', 'Monday 6', '2023-11-06'],
  ];
  rowTests(rows);
  // prettier-ignore
  const ranges: Row[] = [
    // the first weekday and day of a range or list take the month of the second (published 13 March 2024)
    ['The festival will take place from Thursday 4 to Sunday 7 July.', '2024-03-13', 'Thursday 4', '2024-07-04'],
    ['The office is closed from Friday 15 to Monday 18 March.', '2024-03-13', 'Friday 15', '2024-03-15'],
    ['The festival ran from Friday 28 to Monday 1 July.', '2024-03-13', 'Friday 28', '2024-06-28'],
    ['Talks are set for Thursday 4 and Friday 5 July in Vienna.', '2024-03-13', 'Thursday 4', '2024-07-04'],
    // the weekday written picks the year of a month-day without one
    ['The festival ran from Friday 28 to Monday 1 July.', '2024-03-13', 'Monday 1 July', '2024-07-01'],
    // the day does not fall on that weekday: the weekday alone, as before
    ['The festival will take place from Thursday 5 to Sunday 7 July.', '2024-03-13', 'Thursday', '2024-03-14'],
  ];
  rowTests(ranges);
  // prettier-ignore
  const negatives: Negative[] = [
    // a count after the weekday is no day of the month
    ['On Monday 6 to 8 people died in the clashes.', '2023-11-08', '6 to 8'],
    ['On Monday 6 people died in the attack on the market.', '2023-11-08', '6 people'],
    ['On Friday 3 goals were scored in the second half.', '2023-11-08', '3 goals'],
  ];
  negativeTests(negatives);
});

describe('a bare day ordinal next to a clock time or a city clock', () => {
  // prettier-ignore
  const rows: Row[] = [
    // a clock time after "until" is no second ordinal of a ranking ("to the 4th place")
    ['The operation lasted from 8 p.m. on the 5th until 2 a.m., police said.', '2022-09-06', 'the 5th', '2022-09-05'],
    ['The operation lasted from 8 p.m. on the 5th until 2 a.m., police said.', '2022-09-06', '8 p.m.', '2022-09-05T20:00', 'TIME'],
    ['Roads stayed closed from the 3rd to 6 a.m. on the 4th.', '2022-09-06', 'the 3rd', '2022-09-03'],
    // "Beijing time", "Seoul time" as "local time"
    ['On the evening of the 4th Beijing time, the rocket lifted off.', '2022-09-06', 'the 4th', '2022-09-04'],
    ['The ship docked on the 2nd Seoul time after a week at sea.', '2022-09-06', 'the 2nd', '2022-09-02'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['The rider improved on the 10th fastest time of the day.', '2022-09-06', '10th'],
    ['The club dropped from the 2nd to the 9th place overnight.', '2022-09-06', '2nd'],
  ];
  negativeTests(negatives);
});

describe('a range of weekdays ends after it starts', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    // future: the end a week ahead of this week's weekday
    ['The dockers will strike from Monday to Friday, the union said.', '2024-03-13', 'Monday', '2024-03-18'],
    ['The dockers will strike from Monday to Friday, the union said.', '2024-03-13', 'Friday', '2024-03-22'],
    ['The port will stay closed from Tuesday until Thursday.', '2024-03-13', 'Thursday', '2024-03-21'],
    // past: the start a week back (the end cannot lie after publication)
    ['The shops were shut from Tuesday to Thursday.', '2024-03-13', 'Tuesday', '2024-03-05'],
    ['The shops were shut from Tuesday to Thursday.', '2024-03-13', 'Thursday', '2024-03-07'],
    // "will last": the verb, not "last Monday"
    ['The strike will last until Monday.', '2024-03-13', 'Monday', '2024-03-18'],
    ['The festival is set to last from Friday to Sunday.', '2024-03-13', 'Friday', '2024-03-15'],
    // already in order: unchanged
    ['The shops were shut from Thursday to Saturday.', '2024-03-13', 'Thursday', '2024-03-07'],
    ['The ferries will run from Friday to Monday.', '2024-03-13', 'Monday', '2024-03-18'],
    ['The last ferry left on Monday.', '2024-03-13', 'Monday', '2024-03-11'],
  ];
  rowTests(rows);
});

describe('24-hour clocks with "hours" or "h", and a restated wire clock', () => {
  // prettier-ignore
  const rows: Row[] = [
    // "hours" after a 24-hour clock is part of the TIME, not a count of hours
    ['The convoy left the base at 1430 hours.', '2024-03-13', '1430 hours', '2024-03-13T14:30', 'TIME'],
    ['The troops will withdraw by 0600 hours on Friday.', '2024-03-13', '0600 hours', '2024-03-15T06:00', 'TIME'],
    ['The blast occurred at 14.30 hours on Monday.', '2024-03-13', '14.30 hours', '2024-03-11T14:30', 'TIME'],
    // the French and Italian "h"
    ['The blast occurred at 14h30 local time.', '2024-03-13', '14h30', '2024-03-13T14:30', 'TIME'],
    ['The rally was banned until 9h on Sunday.', '2024-03-13', '9h', '2024-03-10T09:00', 'TIME'],
    // an amount of hours stays a duration
    ['The pilot has flown for 1200 hours.', '2024-03-13', '1200 hours', 'PT1200H', 'DURATION'],
    ['Pilots logged 1200 hours of flight last year.', '2024-03-13', '1200 hours', 'PT1200H', 'DURATION'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    // a number with "h" that is no clock
    ['A 24h strike is planned in the ports.', '2024-03-13', '24h'],
    ['The 10h journey was tiring.', '2024-03-13', '10h'],
    // a wire clock restated in parentheses is no year (and no second time)
    ['The ferry sank at 0900 GMT (1800 local time) off the coast.', '2024-03-13', '1800'],
  ];
  negativeTests(negatives);
});

describe('the end of the week, and halves written H1/H2', () => {
  // published on Wednesday 13 March 2024 (ISO week 11)
  // prettier-ignore
  const rows: Row[] = [
    ['The ministry expects a decision by the end of the week.', '2024-03-13', 'the end of the week', '2024-W11', 'DATE', 'END'],
    ['Talks resume at the start of the week, the envoy said.', '2024-03-13', 'the start of the week', '2024-W11', 'DATE', 'START'],
    ['Exports fell 4% in H1 2023, the customs office said.', '2024-03-13', 'H1 2023', '2023-H1', 'DATE'],
    ['Margins improved in 2023 H2.', '2024-03-13', '2023 H2', '2023-H2', 'DATE'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    // an event's week, and a week-long event
    ['Crowds thinned by the end of the week of mourning.', '2024-03-13', 'week'],
    ['At the end of the week-long festival, the streets emptied.', '2024-03-13', 'end of the'],
    // a virus and a visa
    ['Sales of H1N1 vaccines rose in 2009.', '2024-03-13', 'H1N1'],
    ['He applied for an H1 visa in 2019.', '2024-03-13', 'H1'],
  ];
  negativeTests(negatives);
});

describe('a clock time takes the day written after it, also across a range or an anaphoric day', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['The operation lasted from 8 p.m. on the 5th until 2 a.m. the next day.', '2024-03-13', '2 a.m.', '2024-03-06T02:00', 'TIME'],
    ['The storm hit on Monday. Power returned at 4 a.m. the following day.', '2024-03-13', '4 a.m.', '2024-03-12T04:00', 'TIME'],
    ['He was arrested on Friday and released at 6 p.m. the same day.', '2024-03-13', '6 p.m.', '2024-03-08T18:00', 'TIME'],
    // the first end of a range of clock times
    ['Polling stations will open from 6 a.m. to 6 p.m. on the 20th.', '2024-03-13', '6 a.m.', '2024-03-20T06:00', 'TIME'],
    // "was open": an adjective after a past copula, not the schedule verb "opens"
    ['The market was open until 11 a.m. on Tuesday.', '2024-03-13', '11 a.m. on Tuesday', '2024-03-12T11:00', 'TIME'],
    // no day after the range, and an anaphoric day in another clause: unchanged
    ['The curfew runs from 10 p.m. to 5 a.m.', '2024-03-13', '10 p.m.', '2024-03-13T22:00', 'TIME'],
    ['The mayor spoke at 9 p.m., and the next day the road reopened.', '2024-03-13', '9 p.m.', '2024-03-13T21:00', 'TIME'],
  ];
  rowTests(rows);
});

describe('a weekday of a named week, a month-day named relatively, "around the 20th"', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['On Wednesday last week, the council approved the budget.', '2024-03-13', 'Wednesday last week', '2024-03-06'],
    ['The council will vote on Friday next week.', '2024-03-13', 'Friday next week', '2024-03-22'],
    ['The ministers meet on Sunday this week in Rome.', '2024-03-13', 'Sunday this week', '2024-03-17'],
    // "last March 12": the most recent March 12, not last March
    ['The ruling of last March 12 was annulled.', '2024-03-13', 'last March 12', '2024-03-12'],
    ['The talks will resume next March 12.', '2024-03-13', 'next March 12', '2025-03-12'],
    ['The law was approved on the 12th of March of this year.', '2024-03-13', 'the 12th of March of this year', '2024-03-12'],
    ['The accord was signed on the 3rd of June last year.', '2024-03-13', 'the 3rd of June last year', '2023-06-03'],
    ['The verdict is expected around the 20th.', '2024-03-13', 'around the 20th', '2024-03-20', 'DATE', 'APPROX'],
    // a count or a decimal after the month
    ['Last May 5 people died in the floods.', '2024-03-13', 'Last May', '2023-05'],
    ['Sales fell last May 5.5% on the year.', '2024-03-13', 'last May', '2023-05'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['The crowd gathered around the 20th floor of the tower.', '2024-03-13', '20th'],
    ['He walked around the 5th and 6th pillars.', '2024-03-13', '5th'],
  ];
  negativeTests(negatives);
});

describe('years of a span, and a bare ordinal after a schedule', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The dam was repaired in 2020-2023 with EU funds.', '2024-03-13', '2020', '2020'],
    ['The dam was repaired in 2020-2023 with EU funds.', '2024-03-13', '2023', '2023'],
    ['The 2022/23 season was the club\'s best.', '2024-03-13', '2022', '2022'],
    ['The strike is planned for the 25th and the 26th.', '2024-03-13', 'the 25th', '2024-03-25'],
    ['The vote is scheduled for the 2nd, officials said.', '2024-03-13', 'the 2nd', '2024-04-02'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    // a score, years out of order, an ISO date's parts, counts
    ['The match ended 2020-10 after extra time.', '2024-03-13', '2020'],
    ['The codes 1990-1985 were retired.', '2024-03-13', '1990'],
    ['The hearing was postponed for the 3rd time.', '2024-03-13', '3rd'],
    ['The team qualified for the 2nd round.', '2024-03-13', '2nd'],
  ];
  negativeTests(negatives);
});

describe('clock times said in words, or with a part of the day', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['The fire broke out at five in the morning on Tuesday.', '2024-03-13', 'five in the morning', '2024-03-12T05:00', 'TIME'],
    ['The ceremony will begin at half past seven in the evening.', '2024-03-13', 'half past seven in the evening', '2024-03-13T19:30', 'TIME'],
    ['The rally started at eight o\'clock sharp.', '2024-03-13', 'eight o\'clock', '2024-03-13T08:00', 'TIME'],
    ['Rescuers reached the village at two o\'clock in the afternoon on Sunday.', '2024-03-13', 'two o\'clock in the afternoon', '2024-03-10T14:00', 'TIME'],
    ['The quake struck at a quarter to six in the morning local time.', '2024-03-13', 'a quarter to six in the morning', '2024-03-13T05:45', 'TIME'],
    ['The shelling stopped at ten at night.', '2024-03-13', 'ten at night', '2024-03-13T22:00', 'TIME'],
    ['The shelling resumed at two at night.', '2024-03-13', 'two at night', '2024-03-13T02:00', 'TIME'],
    ['Doors open at twenty past eight.', '2024-03-13', 'twenty past eight', '2024-03-13T08:20', 'TIME'],
    ['The train left at ten minutes to nine.', '2024-03-13', 'ten minutes to nine', '2024-03-13T08:50', 'TIME'],
    ['He was born at seven thirty in the morning.', '2024-03-13', 'seven thirty in the morning', '2024-03-13T07:30', 'TIME'],
    ['The vote closes at eight p.m.', '2024-03-13', 'eight p.m.', '2024-03-13T20:00', 'TIME'],
    ['The raid began at six this morning.', '2024-03-13', 'six this morning', '2024-03-13T06:00', 'TIME'],
    ['The talks resume at nine tomorrow morning.', '2024-03-13', 'nine tomorrow morning', '2024-03-14T09:00', 'TIME'],
    ['It was five in the morning when the shelling began.', '2024-03-13', 'five in the morning', '2024-03-13T05:00', 'TIME'],
    // digits with a part of the day: the evening is after noon ("7:30" alone would be morning)
    ['The concert began at 7:30 in the evening on Friday.', '2024-03-13', '7:30 in the evening', '2024-03-08T19:30', 'TIME'],
    ['The plane landed at 9 in the evening on Friday.', '2024-03-13', '9 in the evening', '2024-03-08T21:00', 'TIME'],
    ['The plane landed at 9 o\'clock in the evening.', '2024-03-13', '9 o\'clock in the evening', '2024-03-13T21:00', 'TIME'],
    // the day named after it stays a date of its own
    ['The fire broke out at five in the morning on Tuesday.', '2024-03-13', 'Tuesday', '2024-03-12', 'DATE'],
    // "from seven to nine": a range, each end an hour
    ['The shops open from seven to nine in the evening.', '2024-03-13', 'nine in the evening', '2024-03-13T21:00', 'TIME'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    // counts and names, not clock times
    ['Output rose by a quarter to nine million tonnes.', '2024-03-13', 'quarter to nine'],
    ['He watched the six o\'clock news with his family.', '2024-03-13', 'six o\'clock'],
    ['The team scored five in the first half.', '2024-03-13', 'five'],
    // an hour the part of the day cannot have
    ['Trains run at ten in the afternoon timetable.', '2024-03-13', 'ten in'],
    ['He turned seven in the spring.', '2024-03-13', 'seven'],
  ];
  negativeTests(negatives);
});

describe('the first, middle and last ten days of a month (the dekads of Chinese and Korean reports)', () => {
  // published on Wednesday 13 March 2024; TIMEX3 has no third of a month: the month with START/MID/END
  // prettier-ignore
  const rows: Row[] = [
    ['In the first ten days of April, exports fell 12 percent.', '2024-03-13', 'the first ten days of April', '2024-04', 'DATE', 'START'],
    ['Prices climbed in the middle ten days of February.', '2024-03-13', 'the middle ten days of February', '2024-02', 'DATE', 'MID'],
    ['Exports in the first 10 days of this month rose 3.4%.', '2024-03-13', 'the first 10 days of this month', '2024-03', 'DATE', 'START'],
    ['Chip exports jumped in the last ten days of last month.', '2024-03-13', 'the last ten days of last month', '2024-02', 'DATE', 'END'],
    ['Rainfall in the second ten days of May 2023 was low.', '2024-03-13', 'the second ten days of May 2023', '2023-05', 'DATE', 'MID'],
    // "the month": the month under discussion, the publication month when none was named
    ['Exports rose in the last ten days of the month.', '2024-03-13', 'the last ten days of the month', '2024-03', 'DATE', 'END'],
    ['Sales fell in January. In the last ten days of the month, they recovered.', '2024-03-13', 'the last ten days of the month', '2024-01', 'DATE', 'END'],
    ['Sales rose in the second half of the month.', '2024-03-13', 'the second half of the month', '2024-03', 'DATE', 'END'],
    // ten days of something else stay a length of time
    ['He spent the first ten days of the war in a bunker.', '2024-03-13', 'the first ten days', 'P10D', 'DURATION'],
    ['She spent the last ten days in hospital.', '2024-03-13', 'the last ten days', 'P10D', 'DURATION'],
    ['Exports fell in the last ten days of the month of Ramadan.', '2024-03-13', 'the last ten days', 'P10D', 'DURATION'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['The month was a disaster for exporters.', '2024-03-13', 'The month'],
    ['Fasting ends after the month of Ramadan.', '2024-03-13', 'month'],
  ];
  negativeTests(negatives);
});

describe('a night named with "overnight"', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['Heavy rain fell overnight Saturday, flooding roads.', '2024-03-13', 'overnight Saturday', '2024-03-09TNI', 'TIME'],
    ['Rebels attacked the base overnight Thursday, officials said Friday.', '2024-03-13', 'overnight Thursday', '2024-03-07TNI', 'TIME'],
    ['Troops shelled the city overnight Friday into Saturday.', '2024-03-13', 'overnight Friday into Saturday', '2024-03-08TNI', 'TIME'],
    ['Troops shelled the city overnight Friday to Saturday.', '2024-03-13', 'overnight Friday to Saturday', '2024-03-08TNI', 'TIME'],
    // "into" a day: the night that ends on it
    ['The storm will move north overnight into Sunday.', '2024-03-13', 'overnight into Sunday', '2024-03-16TNI', 'TIME'],
    ['The clashes continued overnight into March 5.', '2024-03-13', 'overnight into March 5', '2024-03-04TNI', 'TIME'],
    // the idiom "overnight on", and a day that is not the next one, stay apart
    ['He became a star overnight on Saturday.', '2024-03-13', 'Saturday', '2024-03-09', 'DATE'],
    ['Fighting raged overnight Saturday and into Monday.', '2024-03-13', 'Monday', '2024-03-11', 'DATE'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['Rebels attacked the base overnight, officials said.', '2024-03-13', 'overnight'],
    ['He became a star overnight on Saturday.', '2024-03-13', 'overnight'],
  ];
  negativeTests(negatives);
});

describe('a list of weekdays in a schedule runs forward', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['The ministers will meet on Monday and Friday.', '2024-03-13', 'Friday', '2024-03-22', 'DATE'],
    ['Talks will be held on Tuesday, Wednesday and Thursday.', '2024-03-13', 'Wednesday', '2024-03-20', 'DATE'],
    ['Talks will be held on Tuesday, Wednesday and Thursday.', '2024-03-13', 'Thursday', '2024-03-21', 'DATE'],
    ['The museum will open next Monday and Friday.', '2024-03-13', 'Friday', '2024-03-22', 'DATE'],
    // already in order: unchanged
    ['The ministers will meet on Friday and Monday.', '2024-03-13', 'Friday', '2024-03-15', 'DATE'],
    ['The ministers will meet on Friday and Monday.', '2024-03-13', 'Monday', '2024-03-18', 'DATE'],
    // past narration: each the most recent such day, as before
    ['The ministers met on Monday and Friday.', '2024-03-13', 'Friday', '2024-03-08', 'DATE'],
    // not one list: another clause
    ['The ministers will meet on Monday, and the unions said Friday they would strike.', '2024-03-13', 'Friday', '2024-03-08', 'DATE'],
  ];
  rowTests(rows);
});

describe('"the same period (month, day) of last year": the one under discussion, a year back', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['Exports in February rose 3% compared to the same period of last year.', '2024-03-13', 'the same period of last year', '2023-02', 'DATE'],
    ['Exports in February rose 3% on the same period of the previous year.', '2024-03-13', 'the same period of the previous year', '2023-02', 'DATE'],
    ['In the first quarter, profit rose 3% over the same period of last year.', '2024-03-13', 'the same period of last year', '2023-Q1', 'DATE'],
    ['Exports in February rose 3% compared with the same month last year.', '2024-03-13', 'the same month last year', '2023-02', 'DATE'],
    ['Exports in February rose 3% compared with the same month of the previous year.', '2024-03-13', 'the same month of the previous year', '2023-02', 'DATE'],
    ['On March 3, traffic rose 3% compared with the same day last year.', '2024-03-13', 'the same day last year', '2023-03-03', 'DATE'],
    // a period of a named year stays that year's
    ['Profit in the third quarter of last year fell.', '2024-03-13', 'the third quarter of last year', '2023-Q3', 'DATE'],
    // another clause: each on its own
    ['Sales rose in the same month, officials said last year.', '2024-03-13', 'last year', '2023', 'DATE'],
  ];
  rowTests(rows);
});

describe('"in the course of the week (day)": this week, this day', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['In the course of the week, the minister will meet the unions.', '2024-03-13', 'the week', '2024-W11', 'DATE'],
    ['Over the course of the week, prices rose.', '2024-03-13', 'the week', '2024-W11', 'DATE'],
    ['The decision is expected in the course of the day.', '2024-03-13', 'the day', '2024-03-13', 'DATE'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['The course of the week was eventful.', '2024-03-13', 'the week'],
    ['The course of the day was planned by aides.', '2024-03-13', 'the day'],
  ];
  negativeTests(negatives);
});

describe('a range of clock times: past midnight, and the half of the day of its second end', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    // past midnight: the end on the next day, or the start on the evening before the day written
    ['The curfew runs from 10 p.m. to 5 a.m.', '2024-03-13', '5 a.m.', '2024-03-14T05:00', 'TIME'],
    ['The curfew runs from 22:00 to 06:00.', '2024-03-13', '06:00', '2024-03-14T06:00', 'TIME'],
    ['The curfew ran from 10 p.m. on Friday to 5 a.m.', '2024-03-13', '5 a.m.', '2024-03-09T05:00', 'TIME'],
    ['The curfew runs from 10 p.m. to 5 a.m. the next day.', '2024-03-13', '10 p.m.', '2024-03-13T22:00', 'TIME'],
    ['The raids came between 11 p.m. and 4 a.m. on Saturday.', '2024-03-13', '11 p.m.', '2024-03-08T23:00', 'TIME'],
    // the first end takes the second's half of the day
    ['The raid happened between 9 and 11 p.m.', '2024-03-13', '9', '2024-03-13T21:00', 'TIME'],
    ['The raid happened between 9:30 and 11 p.m.', '2024-03-13', '9:30', '2024-03-13T21:30', 'TIME'],
    ['The raid happened between nine and eleven in the evening.', '2024-03-13', 'nine', '2024-03-13T21:00', 'TIME'],
    ['The operation took place between 3 and 4 a.m. on Friday.', '2024-03-13', '3', '2024-03-08T03:00', 'TIME'],
    ['The shop opens between 11 and 1 p.m.', '2024-03-13', '11', '2024-03-13T11:00', 'TIME'],
    // "from seven to nine": a range (seven is no count of minutes to nine)
    ['The shops open from seven to nine in the evening.', '2024-03-13', 'seven', '2024-03-13T19:00', 'TIME'],
    // not one range: two times, or a range within the day
    ['Sirens sounded at 10 p.m. and 5 a.m.', '2024-03-13', '5 a.m.', '2024-03-13T05:00', 'TIME'],
    ['Polls are open from 8 a.m. to 8 p.m.', '2024-03-13', '8 p.m.', '2024-03-13T20:00', 'TIME'],
  ];
  rowTests(rows);
  // prettier-ignore
  const negatives: Negative[] = [
    ['He scored between 3 and 4 goals at 5 p.m.', '2024-03-13', '3 and 4'],
    ['Prices rose from 3 to 4 percent in the morning.', '2024-03-13', '3 to 4'],
  ];
  negativeTests(negatives);
});

describe('a passive future of a reporting verb looks ahead ("will be announced on the 15th")', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['The results will be announced on the 15th.', '2024-03-13', 'the 15th', '2024-03-15', 'DATE'],
    ['The verdict will be announced on Friday.', '2024-03-13', 'Friday', '2024-03-15', 'DATE'],
    ['The winner is to be announced on Friday.', '2024-03-13', 'Friday', '2024-03-15', 'DATE'],
    ['The law will be voted on the 14th.', '2024-03-13', 'the 14th', '2024-03-14', 'DATE'],
    // the report itself: behind us
    ['The results were announced on Friday.', '2024-03-13', 'Friday', '2024-03-08', 'DATE'],
    ['He announced on Friday that he would run.', '2024-03-13', 'Friday', '2024-03-08', 'DATE'],
  ];
  rowTests(rows);
});

describe('a clock time restated in parentheses before its day ends at the parenthesis', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['The vote will be held at 18:00 (17:00 GMT) on Sunday.', '2024-03-13', '17:00 GMT', '2024-03-17T17:00', 'TIME'],
    ['The quake struck at 9:20 a.m. (6:20 a.m. GMT) Friday.', '2024-03-13', '6:20 a.m. GMT', '2024-03-08T06:20', 'TIME'],
    ['The vote will be held at 18:00 (17:00 GMT) on Sunday.', '2024-03-13', '18:00', '2024-03-17T18:00', 'TIME'],
    // a whole parenthetical keeps its day
    ['Polls close (4 a.m. EDT Thursday) early.', '2024-03-13', '4 a.m. EDT Thursday', '2024-03-14T04:00', 'TIME'],
  ];
  rowTests(rows);
});

describe('the start, middle and end of "the month"', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['The central bank raised rates at the start of the month.', '2024-03-13', 'the start of the month', '2024-03', 'DATE', 'START'],
    ['The law takes effect in the middle of the month.', '2024-03-13', 'the middle of the month', '2024-03', 'DATE', 'MID'],
    ['Prices rose at the beginning of the month, the agency said.', '2024-03-13', 'the beginning of the month', '2024-03', 'DATE', 'START'],
    // past narration after a month named: that month
    ['Sales fell in February. By the end of the month they had recovered.', '2024-03-13', 'the end of the month', '2024-02', 'DATE', 'END'],
    // a day named in passing, or a statement about what lies ahead: this month
    ['The closures announced on February 25 last until the end of the month.', '2024-03-13', 'the end of the month', '2024-03', 'DATE', 'END'],
    ['The bank decides on April 16. Analysts expect a rise by the end of the month.', '2024-03-13', 'the end of the month', '2024-03', 'DATE', 'END'],
  ];
  rowTests(rows);
});

describe('a clock time with the day of the month around it ("in the morning of the 14th", "the 2nd of next month at 9")', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['At 6 in the morning of the 14th, the troops entered the town.', '2024-03-13', '6 in the morning', '2024-02-14T06:00', 'TIME'],
    ['The ferry will leave at ten in the evening of the 20th.', '2024-03-13', 'ten in the evening', '2024-03-20T22:00', 'TIME'],
    ["The trial will open on the 2nd of next month at 9 o'clock.", '2024-03-13', 'the 2nd of next month', '2024-04-02', 'DATE'],
    ["The trial will open on the 2nd of next month at 9 o'clock.", '2024-03-13', "9 o'clock", '2024-04-02T09:00', 'TIME'],
    ['The law was approved on the 12th of March of this year at noon.', '2024-03-13', 'noon', '2024-03-12T12:00', 'TIME'],
    // "next month" without a day of ours stays one reading with the clock time
    ['The summit opens at 10 a.m. next month.', '2024-03-13', '10 a.m. next month', '2024-04', 'DATE'],
  ];
  rowTests(rows);
});

describe('a clock time on a weekday keeps the part of the day written after it ("10 p.m. on Sunday night")', () => {
  // published on Wednesday 13 March 2024
  // prettier-ignore
  const rows: Row[] = [
    ['The attack took place at 10 pm on Sunday evening.', '2024-03-13', '10 pm on Sunday evening', '2024-03-10T22:00', 'TIME'],
    ['The attack took place at 10 p.m. Sunday night.', '2024-03-13', '10 p.m. Sunday night', '2024-03-10T22:00', 'TIME'],
    ['The ferry docked at 7 a.m. on Sunday morning.', '2024-03-13', '7 a.m. on Sunday morning', '2024-03-10T07:00', 'TIME'],
    // another sentence: apart
    ['He left at 10 p.m. on Sunday. Night fell.', '2024-03-13', '10 p.m. on Sunday', '2024-03-10T22:00', 'TIME'],
  ];
  rowTests(rows);
});
