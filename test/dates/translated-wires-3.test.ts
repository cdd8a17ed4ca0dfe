// The date language of translated and non-US wires, third round: a part of a relative day
// ("the day before yesterday evening", "the night before last"), "a year ago today", a range
// of days in a relative month ("from 5 to 7 of this month"), the British "Monday next" and
// "Friday last", a weekday after a future reporting verb ("will say on Friday"), and the
// further patterns found by running invented wire sentences. Every sentence is invented for
// this file in the style of translated Korean, Chinese and European wire copy; each table puts
// look-alikes that must not be read as dates beside the positives.
import { describe, it } from 'vitest';
import { check, table, type Row } from './support/rows.js';

// Publication 2024-03-14 is a Thursday.
const PUB = '2024-03-14';

describe('a part of a relative day: "the day before yesterday evening", "the night before last"', () => {
  // prettier-ignore
  table(
    [
      ['The fire broke out the day before yesterday evening in a warehouse.', PUB, 'the day before yesterday evening', '2024-03-12TEV', 'TIME'],
      ['The day before yesterday morning, police raided the office.', PUB, 'The day before yesterday morning', '2024-03-12TMO', 'TIME'],
      ['The vote will take place the day after tomorrow afternoon.', PUB, 'the day after tomorrow afternoon', '2024-03-16TAF', 'TIME'],
      ['Shells fell on the border town the night before last, residents said.', PUB, 'the night before last', '2024-03-12TNI', 'TIME'],
      ['The envoy arrived in Seoul last evening for three days of talks.', PUB, 'last evening', '2024-03-13TEV', 'TIME'],
    ],
    [
      // "last" of a noun after it: the night before that day
      ['Officials met the night before last week’s vote.', PUB, /before last$/],
      ['It was his last evening in Paris before the trial.', PUB, /last evening/],
      ['On the last evening of the festival, fireworks lit the sky.', PUB, /last evening/],
    ],
  );
});

describe('an anniversary counted back from a day word: "a year ago today"', () => {
  // prettier-ignore
  table(
    [
      ['A year ago today, the country held its first free election.', PUB, 'A year ago today', '2023-03-14', 'DATE'],
      ['The ferry sank ten years ago today off the southwest coast.', PUB, 'ten years ago today', '2014-03-14', 'DATE'],
      ['The factory closed a week ago today, leaving 400 jobless.', PUB, 'a week ago today', '2024-03-07', 'DATE'],
      ['The firm filed for bankruptcy a month ago yesterday.', PUB, 'a month ago yesterday', '2024-02-13', 'DATE'],
      // the shorter month's last day
      ['The mine collapsed a month ago today.', '2024-03-31', 'a month ago today', '2024-02-29', 'DATE'],
    ],
    [
      ['The law passed a year ago, and today it takes effect.', PUB, /ago,? and today|ago today/],
      ['He won a year ago today’s champions were still juniors.', PUB, /ago today/],
    ],
  );
});

describe('days of a relative month written as numbers: "from 5 to 7 of this month"', () => {
  // prettier-ignore
  table(
    [
      ['The film festival will be held from 5 to 7 of this month in Busan.', PUB, '5', '2024-03-05', 'DATE'],
      ['The film festival will be held from 5 to 7 of this month in Busan.', PUB, '7 of this month', '2024-03-07', 'DATE'],
      ['The drills were held between 20 and 22 of last month near the border.', PUB, '22 of last month', '2024-02-22', 'DATE'],
      ['The fair runs from the 5th to 7th of next month.', PUB, '7th of next month', '2024-04-07', 'DATE'],
      ['Joint exercises took place on the 20th and 22nd of last month.', PUB, '22nd of last month', '2024-02-22', 'DATE'],
      ['The talks were held from 5-7 of last month in Hanoi.', PUB, '5', '2024-02-05', 'DATE'],
      ['Applications close on 25 of this month.', PUB, '25 of this month', '2024-03-25', 'DATE'],
    ],
    [
      // counts before a possessive month
      ['Only 3 of this month’s 20 flights left on time.', PUB, /^3/],
      ['Prices rose from 5 to 7 of this month’s highest levels.', PUB, /^[57]/],
      ['Prices rose from 5 to 7 percent this month.', PUB, /^[57]/],
    ],
  );
});

describe('"next" and "last" after the day: "Monday next", "Friday last", "5 March last"', () => {
  // prettier-ignore
  table(
    [
      ['The summit will open on Monday next in Brussels.', PUB, 'Monday next', '2024-03-18', 'DATE'],
      ['The minister resigned on Friday last after the audit report.', PUB, 'Friday last', '2024-03-08', 'DATE'],
      ['On Thursday last, the court rejected the appeal.', PUB, 'Thursday last', '2024-03-07', 'DATE'],
      ['The decree of 20 February last was annulled by the council.', PUB, '20 February last', '2024-02-20', 'DATE'],
      ['The congress will take place in May next in Lyon.', PUB, 'May next', '2024-05', 'DATE'],
    ],
    [
      // "next"/"last" qualifies the word after it, or is a verb or a preposition
      ['On Friday last year’s winner returned to the track.', PUB, /Friday last/],
      ['The shop opened on Monday next to the station.', PUB, /Monday next/],
      ['The congress will take place in May next year.', PUB, /^May next$/],
      ['The talks may last until the summer.', PUB, /may last/i],
    ],
  );
});

describe('a weekday after a future reporting verb: "will say on Friday"', () => {
  // prettier-ignore
  table(
    [
      ['The president will say on Friday whether he will seek a second term.', PUB, 'Friday', '2024-03-15', 'DATE'],
      ['The premier is expected to say on Monday whether the curfew will be lifted.', PUB, 'Monday', '2024-03-18', 'DATE'],
      // guards beside the fix, read right before it: another reporting verb, and past narration
      ['The central bank is expected to announce on Tuesday its rate decision.', PUB, 'Tuesday', '2024-03-19', 'DATE'],
      ['The spokesman declined to say on Tuesday whether the plant was shut.', PUB, 'Tuesday', '2024-03-12', 'DATE'],
      ['The minister said on Monday that talks would continue.', PUB, 'Monday', '2024-03-11', 'DATE'],
    ],
    [],
  );
});

describe('further wire patterns: "the first time in five years", "the latter half of last year"', () => {
  // prettier-ignore
  table(
    [
      // the span since the last time, not a date five years ahead
      ['The premier will visit Japan for the first time in five years next month.', PUB, 'five years', 'P5Y', 'DURATION'],
      ['Inflation hit its highest level in two years in February.', PUB, 'two years', 'P2Y', 'DURATION'],
      // after a superlative, in any tense: the span since the last such
      ['Wheat sells at 190 euros a tonne, the lowest in six years.', PUB, 'six years', 'P6Y', 'DURATION'],
      ['Exports show their biggest monthly drop in a decade.', PUB, 'a decade', 'P10Y', 'DURATION'],
      ['It is the best harvest in 20 years.', PUB, '20 years', 'P20Y', 'DURATION'],
      ['The central bank raised rates twice in the latter half of last year.', PUB, 'the latter half of last year', '2023-H2', 'DATE'],
      ['Construction of the line will begin in the latter half of this year.', PUB, 'the latter half of this year', '2024-H2', 'DATE'],
    ],
    [
      ['Of the two candidates, the latter half-heartedly agreed to debate.', PUB, /half/],
      ['The latter half of the match was dull.', PUB, /half/],
    ],
  );
  // an offset from publication stays a date
  // (a noun ending in "est" is no superlative)
  it.each([
    ['The bridge will reopen in two years.', PUB, 'two years', '2026', 'DATE'],
    ['The union will hold the protest in two years.', PUB, 'two years', '2026', 'DATE'],
  ] as Row[])('%s (%s) → %s = %s', (...row) => check(row as Row));
});
