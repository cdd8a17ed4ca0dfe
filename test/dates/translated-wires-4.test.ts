// The date language of translated and non-US wires, fourth round, and general errors found in
// the TimeBank and AQUAINT error lists: a year before a subject pronoun ("by 1992 it planned"),
// a season after "the early"/"the late", "the past week" (the seven days up to publication),
// and the further patterns found by running invented wire sentences. Every sentence is
// invented for this file; each table puts look-alikes that must not be read as dates beside
// the positives.
import { describe } from 'vitest';
import { table } from './support/rows.js';

// Publication 2024-03-14 is a Thursday.
const PUB = '2024-03-14';

describe('a year before a subject pronoun: "by 1992 it planned"', () => {
  // prettier-ignore
  table(
    [
      ['The mill had told its buyers that by 2027 it would double output.', PUB, '2027', '2027', 'DATE'],
      ['By 2030 we want every village connected, the minister said.', PUB, '2030', '2030', 'DATE'],
    ],
    [
      // a count before a noun stays a count
      ['The index rose by 1850 points to close at a record.', PUB, /1850/],
      ['About 1900 people attended the rally.', PUB, /1900/],
    ],
  );
});

describe('a season after "the early" / "the late"', () => {
  // prettier-ignore
  table(
    [
      ['Orders have recovered from the weak levels of the early summer.', PUB, 'the early summer', '2023-SU', 'DATE'],
      ['The herds move north in the late spring, herders said.', PUB, 'the late spring', '2024-SP', 'DATE'],
    ],
    [
      ['A tribute was paid to the late Summer Ellis, the singer.', PUB, /Summer/],
    ],
  );
});

describe('"the past week", "the last week": the seven days up to publication', () => {
  // prettier-ignore
  table(
    [
      // a Thursday: five of the seven days fall in this week
      ['The envoy has stayed in the capital for the past week.', PUB, 'the past week', '2024-W11', 'DATE'],
      ['Rain has fallen every day over the last week.', PUB, 'the last week', '2024-W11', 'DATE'],
      // a Monday: six of them fall in the week before
      ['The envoy has stayed in the capital for the past week.', '2024-03-11', 'the past week', '2024-W10', 'DATE'],
      // "last week" is the calendar week before this one
      ['The envoy arrived in the capital last week.', PUB, 'last week', '2024-W10', 'DATE'],
    ],
    [],
  );
});

describe('"within the week", "within the month": this week, this month', () => {
  // prettier-ignore
  table(
    [
      ['The ministry said the bridge will be reopened within the month.', PUB, 'the month', '2024-03', 'DATE'],
      ['A decision on the tariff is expected within the week.', PUB, 'the week', '2024-W11', 'DATE'],
      ['The line should be repaired in the course of the month, the operator said.', PUB, 'the month', '2024-03', 'DATE'],
    ],
    [
      // past narration counts from the event told
      ['He took office in 2019 and within the month had dismissed his deputy.', PUB, /month/],
      ['The cabinet will meet within the month of Ramadan.', PUB, /month/],
      ['The month was the wettest on record.', PUB, /month/],
    ],
  );
});

describe('the middle of the current period after a preposition: "by mid-year", "by midweek"', () => {
  // prettier-ignore
  table(
    [
      ['The refinery is expected to resume output by mid-year.', PUB, 'mid-year', '2024', 'DATE'],
      ['Exports should recover by midyear, the central bank said.', PUB, 'midyear', '2024', 'DATE'],
      ['By mid-month, the price of rice had doubled.', PUB, 'mid-month', '2024-03', 'DATE'],
      ['The delegation will return to Seoul by midweek.', PUB, 'midweek', '2024-W11', 'DATE'],
      ['The new terminal will open from mid-year 2025, the airport said.', PUB, 'mid-year 2025', '2025', 'DATE'],
    ],
    [
      // an adjective before a noun names an event
      ['Ministers met at the mid-year review of the budget.', PUB, /mid-?year/],
      ['A midweek match was postponed because of the snow.', PUB, /midweek/],
      ['The mid-year figures were revised upwards.', PUB, /mid-year/],
    ],
  );
});

describe('a clock time before "early on" / "late on" a day: that day', () => {
  // prettier-ignore
  table(
    [
      ['The quake struck at about 3 a.m. local time early on the 28th.', '2024-03-02', 'about 3 a.m.', '2024-02-28T03:00', 'TIME'],
      ['The ferry left port at 11 p.m. late on Wednesday.', PUB, '11 p.m.', '2024-03-13T23:00', 'TIME'],
    ],
    [],
  );
});

describe('the Chinese lunisolar festivals: "the Lunar New Year holiday", "the Spring Festival"', () => {
  // prettier-ignore
  table(
    [
      // past narration: the one just gone (2024-02-10); a future clause in January: the coming one
      ['Millions travelled home for the Lunar New Year holiday.', PUB, 'Lunar New Year', '2024-02-10', 'DATE'],
      ['Sales peaked during the Spring Festival holiday, the ministry said.', PUB, 'Spring Festival', '2024-02-10', 'DATE'],
      ['Markets will close for Chinese New Year.', '2024-01-05', 'Chinese New Year', '2024-02-10', 'DATE'],
      ['Markets closed for the Lunar New Year.', '2024-01-05', 'Lunar New Year', '2023-01-22', 'DATE'],
      ['Exports rebounded after the Lunar New Year 2023.', PUB, 'Lunar New Year 2023', '2023-01-22', 'DATE'],
      ['Families gathered for the Mid-Autumn Festival.', PUB, 'Mid-Autumn Festival', '2023-09-29', 'DATE'],
      ['The boats raced at the Dragon Boat Festival.', PUB, 'Dragon Boat Festival', '2023-06-22', 'DATE'],
    ],
    [
      // the festival as a season: no spring
      ['Millions travel home for the Spring Festival holiday.', PUB, /^(?:the )?Spring$/],
      // a show named after the festival
      ['The Spring Festival Gala drew a record audience.', PUB, /Spring/],
    ],
  );
});

describe('a bare day ordinal with a zone after it, and the second end of a range without "the"', () => {
  // prettier-ignore
  table(
    [
      ['The missile was launched at 2 p.m. on the 12th KST, the military said.', PUB, 'the 12th', '2024-03-12', 'DATE'],
      ['The missile was launched at 2 p.m. on the 12th KST, the military said.', PUB, '2 p.m.', '2024-03-12T14:00', 'TIME'],
      ['The summit will be held from the 20th to 21st in Busan.', PUB, '21st', '2024-03-21', 'DATE'],
      ['Talks were held on the 5th and 6th, the ministry said.', PUB, '6th', '2024-03-06', 'DATE'],
    ],
    [
      // ranks: no preposition of time before the first, or a rank noun after the pair
      ['The two skaters were ranked the 3rd and 4th in the poll.', PUB, /3rd|4th/],
      ['The team climbed from the 9th to 4th place.', PUB, /9th|4th/],
    ],
  );
});

describe('an offset by a loose amount: "in a year or two", "a week or two ago"', () => {
  // prettier-ignore
  table(
    [
      ['The new line may be ready in a year or two, engineers say.', PUB, 'a year or two', 'FUTURE_REF', 'DATE'],
      ['An agreement could come within a day or two.', PUB, 'a day or two', 'FUTURE_REF', 'DATE'],
      ['The envoy left the capital a week or two ago.', PUB, 'a week or two ago', 'PAST_REF', 'DATE'],
    ],
    [
      // a length, and an offset from the event told
      ['The envoy stayed for a year or two.', PUB, /or two/],
      ['In a year or two, the firm had failed.', PUB, /or two/],
    ],
  );
});

describe('"in a fortnight": two weeks ahead, as "in two weeks"', () => {
  // prettier-ignore
  table(
    [
      ['The committee will give its verdict in a fortnight.', PUB, 'a fortnight', '2024-W13', 'DATE'],
      ['Tolls on the bridge rise in two fortnights\' time, the operator said.', PUB, 'two fortnights', '2024-W15', 'DATE'],
      // in past narration a span, not a date ahead
      ['Her third visit to the mine in a fortnight ended on Monday.', PUB, 'a fortnight', 'P2W', 'DURATION'],
    ],
    [
      ['The paper runs a fortnightly column on farming.', PUB, /fortnight/],
    ],
  );
});
