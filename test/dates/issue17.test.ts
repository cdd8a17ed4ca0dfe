/**
 * Table tests for the issue-17 round of the date stage (general gaps found while reading the
 * TimeML dev errors; every sentence is invented): clock times with a zone word that belong to
 * the day named after them, and the four-digit 24-hour clock of wire copy. Positive rows sit
 * beside negative rows.
 */
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';
import { check, none, type Row } from './support/rows.js';

describe('a clock time with a zone word takes the day named after it', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The tremor hit the coast at 9:40 a.m. local time on Tuesday.', '2023-03-15', '9:40 a.m.', '2023-03-14T09:40', 'TIME'],
    ['The tremor hit the coast at 9:40 a.m. local time (0140 GMT) on Tuesday.', '2023-03-15', '9:40 a.m.', '2023-03-14T09:40', 'TIME'],
    ['The ferry sank at 3 a.m. Lisbon time on Friday, the coastguard said.', '2023-03-15', '3 a.m.', '2023-03-10T03:00', 'TIME'],
    ['Results were posted at 7 p.m. Eastern time Thursday.', '2023-03-17', '7 p.m.', '2023-03-16T19:00', 'TIME'],
    ['Results were posted at 7 p.m. Eastern Standard Time Thursday.', '2023-03-17', '7 p.m.', '2023-03-16T19:00', 'TIME'],
    ['The parade began at noon local time Sunday.', '2023-03-15', 'noon', '2023-03-12T12:00', 'TIME'],
    ['The market will reopen at 9 a.m. local time on Monday.', '2023-03-15', '9 a.m.', '2023-03-20T09:00', 'TIME'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  // prettier-ignore
  const publication: Row[] = [
    // no day after the zone word: the publication day stays
    ['Polls close at 8 p.m. local time.', '2023-03-15', '8 p.m.', '2023-03-15T20:00', 'TIME'],
    // a sentence ends between the time and the day: they are not one reference
    ['He woke at 6 a.m. Officials said Monday the road was shut.', '2023-03-15', '6 a.m.', '2023-03-15T06:00', 'TIME'],
  ];
  it.each(publication)('%s (%s) → %s', (...row) => check(row as Row));
});

describe('the four-digit 24-hour clock of wire copy', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Trading in the shares resumes at 1400 GMT.', '2023-03-15', '1400', '2023-03-15T14:00', 'TIME'],
    ['The truce took effect at 0001 GMT on Saturday.', '2023-03-15', '0001', '2023-03-11T00:01', 'TIME'],
    ['Voting began at 0700 local time in the north.', '2023-03-15', '0700', '2023-03-15T07:00', 'TIME'],
    ['The curfew starts at 2100 hrs.', '2023-03-15', '2100', '2023-03-15T21:00', 'TIME'],
    ['The launch window opens at 0930 EST.', '2023-03-15', '0930', '2023-03-15T09:30', 'TIME'],
    // the restatement in parentheses is the same moment: the first time keeps the day
    ['The summit opens at 10 a.m. (0900 GMT) on Monday.', '2023-03-15', '10 a.m.', '2023-03-20T10:00', 'TIME'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  it.each([
    // without a zone a four-digit number is a year or an amount
    ['The index closed at 1400 points.', /1400/],
    ['The castle was built in 1400 by a duke.', /^1400$/],
    ['Some 2300 workers joined the strike at 0800.', /2300|0800/],
    // "2459" is no clock
    ['The code 2459 GMT appeared on the screen.', /2459/],
    // a restatement in parentheses is not a second time
    ['The summit opens at 10 a.m. (0900 GMT) on Monday.', /0900/],
  ])('%s: no clock time', (sentence, forbidden) => {
    const found = resolveDates(sentence, { publishedAt: '2023-03-15' }).filter(
      (d) => d.type === 'TIME' && forbidden.test(d.text),
    );
    expect(found.map((d) => [d.text, d.value])).toEqual([]);
  });
});

describe('two steps away: "the year before last", "the week after next"', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Exports fell the year before last and recovered since.', '2023-03-15', 'the year before last', '2021', 'DATE'],
    ['The price doubled the month before last.', '2023-03-15', 'the month before last', '2023-01', 'DATE'],
    ['The board meets the week after next.', '2023-03-15', 'the week after next', '2023-W13', 'DATE'],
    ['The week before last, the mayor resigned.', '2023-03-15', 'The week before last', '2023-W09', 'DATE'],
    ['The year after next brings a census.', '2023-03-15', 'The year after next', '2025', 'DATE'],
    // one step stays one step
    ['The board met last week.', '2023-03-15', 'last week', '2023-W10', 'DATE'],
    ['During the week, the mayor rested.', '2023-03-15', 'the week', '2023-W11', 'DATE'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  it.each([
    // "before"/"after" an event is an offset from that event, not two steps away
    ['He arrived the year before the flood.', /before last|after next/],
    ['The week after the vote was calm.', /after next/],
  ])('%s: no two-step period', (sentence, forbidden) => {
    none(sentence, '2023-03-15', forbidden);
  });
});

describe('an ordinal week of a month: "the first week of April"', () => {
  // prettier-ignore
  const rows: Row[] = [
    // the ISO week holding the middle of those seven days (the 4th, the 11th, ...)
    ['Ballots go out in the first week of April.', '2023-03-15', 'the first week of April', '2023-W14', 'DATE'],
    ['The snow came in the second week of January.', '2023-03-15', 'the second week of January', '2023-W02', 'DATE'],
    ['The fair ran in the first week of April 2021.', '2023-03-15', 'the first week of April 2021', '2021-W13', 'DATE'],
    // the last week: three days before the month's end
    ['The courts closed during the final week of February.', '2023-03-15', 'the final week of February', '2023-W08', 'DATE'],
    // "the last" is the final one, not a past-tense cue: a present schedule looks ahead
    ['The talks end in the last week of June.', '2023-03-15', 'the last week of June', '2023-W26', 'DATE'],
    ['The talks ended in the last week of June.', '2023-03-15', 'the last week of June', '2022-W26', 'DATE'],
    // without "of <month>" nothing changes
    ['Prices rose over the last week.', '2023-03-15', 'the last week', '2023-W10', 'DATE'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  it.each([
    // a week of an event is no calendar week
    ['The first week of the strike was calm.', /first week/],
    ['In the second week of talks, they agreed.', /second week/],
  ])('%s: no ordinal week', (sentence, forbidden) => {
    none(sentence, '2023-03-15', forbidden);
  });
});

describe('a bare plural unit before "ago" is the vague past', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The mill closed decades ago.', '2023-03-15', 'decades ago', 'PAST_REF', 'DATE'],
    ['Years ago, the square was a market.', '2023-03-15', 'Years ago', 'PAST_REF', 'DATE'],
    ['She left the band months ago.', '2023-03-15', 'months ago', 'PAST_REF', 'DATE'],
    // as a counted or vague amount already was
    ['She left the band several months ago.', '2023-03-15', 'several months ago', 'PAST_REF', 'DATE'],
    ['She left the band three months ago.', '2023-03-15', 'three months ago', '2022-12', 'DATE'],
    // other signals keep the bare unit a duration
    ['Days later, the bridge reopened.', '2023-03-15', 'Days', 'PXD', 'DURATION'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  it.each([
    ['The post went up hours ago.', /ago/],
    ['Their agos were long.', /ago/],
  ])('%s: no vague past', (sentence, forbidden) => {
    none(sentence, '2023-03-15', forbidden);
  });
});

describe('a clock time after a possessive day; the early hours of a day', () => {
  // prettier-ignore
  const rows: Row[] = [
    ["Monday's 6 p.m. deadline passed quietly.", '2023-03-15', '6 p.m.', '2023-03-13T18:00', 'TIME'],
    ["The union rejected Friday's 5 p.m. offer.", '2023-03-15', '5 p.m.', '2023-03-10T17:00', 'TIME'],
    ['The raid came in the early hours of Saturday.', '2023-03-15', 'the early hours of Saturday', '2023-03-11TMO', 'TIME'],
    ['The dam broke in the small hours of Sunday, March 5.', '2023-03-15', 'the small hours of Sunday, March 5', '2023-03-05TMO', 'TIME'],
    // a counted or bare amount of hours stays a duration
    ['The rescue took hours.', '2023-03-15', 'hours', 'PTXH', 'DURATION'],
    ['The rescue took six hours.', '2023-03-15', 'six hours', 'PT6H', 'DURATION'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  it.each([
    // "the early hours" of an event: a time we cannot place, and no amount of hours
    ['The early hours of the strike were chaotic.', /hours/],
    ['They talked into the wee hours.', /hours/],
  ])('%s: no duration', (sentence, forbidden) => {
    none(sentence, '2023-03-15', forbidden);
  });
});

describe('compound durations are one DURATION', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The court jailed him for two years and three months.', '2023-03-15', 'two years and three months', 'P2Y3M', 'DURATION'],
    ['The crossing took 2 hours and 15 minutes.', '2023-03-15', '2 hours and 15 minutes', 'PT2H15M', 'DURATION'],
    ['She finished in 3 hours, 20 minutes.', '2023-03-15', '3 hours, 20 minutes', 'PT3H20M', 'DURATION'],
    ['The siege lasted one day and six hours.', '2023-03-15', 'one day and six hours', 'P1DT6H', 'DURATION'],
    ['The repair took two weeks and three days.', '2023-03-15', 'two weeks and three days', 'P17D', 'DURATION'],
    ['The debate ran more than 1 hour and 30 minutes.', '2023-03-15', 'more than 1 hour and 30 minutes', 'PT1H30M', 'DURATION'],
    // units that do not go down, a signal after the second part, or its own modifier: two parts
    ['The plan covers three months and two years.', '2023-03-15', 'three months', 'P3M', 'DURATION'],
    ['He served five years, and two months later he died.', '2023-03-15', 'two months', 'P2M', 'DURATION'],
    ['The talks ran two hours and about 15 minutes.', '2023-03-15', 'two hours', 'PT2H', 'DURATION'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));
});

describe('"this calendar year", "the last financial year"', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Imports rose in this calendar year.', '2023-03-15', 'this calendar year', '2023', 'DATE'],
    ['The budget for the current calendar year is set.', '2023-03-15', 'the current calendar year', '2023', 'DATE'],
    ['Profit fell in the last financial year.', '2023-03-15', 'the last financial year', '2022', 'DATE'],
    ['Profit fell in the last fiscal year.', '2023-03-15', 'the last fiscal year', '2022', 'DATE'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));
});

describe('a season across New Year named by both years', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The winter of 2021-22 was mild in the valley.', '2023-03-15', 'The winter of 2021-22', '2021-WI', 'DATE'],
    ['Snowfall in winter 2021/2022 set a record.', '2023-03-15', 'winter 2021/2022', '2021-WI', 'DATE'],
    ['The winter of 1999-2000 was long.', '2023-03-15', 'The winter of 1999-2000', '1999-WI', 'DATE'],
    // a second number that is not the next year stays outside
    ['The winter of 2021-23 never ended.', '2023-03-15', 'The winter of 2021', '2021-WI', 'DATE'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));
});
