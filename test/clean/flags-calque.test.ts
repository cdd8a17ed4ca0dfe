// flag/calque: a source-language construction rendered word for word. Invented sentences,
// positives beside native English that must stay unflagged, through the default rule list.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';

const RULE = 'flag/calque';

// [paragraph, flagged text]
// prettier-ignore
const flagged: Array<[paragraph: string, text: string]> = [
  ['The dockers have been on strike since three weeks, the union said.', 'since three weeks'],
  ['Since two years, the bridge is closed to lorries.', 'Since two years'],
  ['"We wait for an answer since a long time," the mayor said.', 'since a long time'],
  ['The most of the vineyards were lost to the hail.', 'The most of the'],
  ['He added: "The most of the shops will stay shut."', 'The most of the'],
  ['Prices rose again, and the most of the families cut back.', 'the most of the'],
  ['It is what affirms the consumer association in a statement.', 'It is what affirms the'],
  ['This is what reveals a report of the court of auditors.', 'This is what reveals a'],
];

// [why, paragraph]
// prettier-ignore
const notFlagged: Array<[why: string, paragraph: string]> = [
  ['"since" with a point in time', 'The bridge has been closed since three weeks ago.'],
  ['"since" with a time before an event', 'It was the first strike since two years before the merger.'],
  ['"since" with a date', 'The dockers have been on strike since March.'],
  ['"for" with a length of time', 'The dockers have been on strike for three weeks.'],
  ['"make the most of"', 'The growers made the most of the dry spell.'],
  ['"make the most of" a quoted phrase', 'They will make "the most of the chance" they have.'],
  ['"most of the" without the article', 'Most of the vineyards were lost to the hail.'],
  ['"what" with its subject first', 'It is what the association says in its statement.'],
  ['"what says the most"', 'This is what says the most about the plan.'],
];

describe(RULE, () => {
  it.each(flagged)('%j', (paragraph, text) => {
    const flags = clean(paragraph).flags.filter((f) => f.rule === RULE);
    expect(flags.map((f) => f.text)).toEqual([text]);
    expect(flags[0]!.category).toBe('grammar');
  });
  it.each(notFlagged)('%s: %j', (_why, paragraph) => {
    expect(clean(paragraph).flags.filter((f) => f.rule === RULE)).toEqual([]);
  });
});
