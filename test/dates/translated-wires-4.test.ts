// The date language of translated and non-US wires, fourth round, and general errors found in
// the TimeBank and AQUAINT error lists: a year before a subject pronoun ("by 1992 it planned"),
// a season after "the early"/"the late", "the past week" (the seven days up to publication),
// and the further patterns found by running invented wire sentences. Every sentence is
// invented for this file; each table puts look-alikes that must not be read as dates beside
// the positives.
import { describe, it } from 'vitest';
import { check, none, type Row } from './support/rows.js';

/** [sentence, publishedAt, a pattern no date's text may match]. */
type Negative = [sentence: string, publishedAt: string, forbidden: RegExp];

function table(rows: Row[], negatives: Negative[]): void {
  it.each(rows)('%s (%s) → %s = %s', (...row) => check(row as Row));
  it.each(negatives)('no date matching %s in %s', (sentence, publishedAt, forbidden) =>
    none(sentence, publishedAt, forbidden),
  );
}

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
      ['Millions travel home for the Spring Festival holiday.', PUB, /Spring/],
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
