// flag/cognate-object: a verb with the noun of its own stem as object. Invented sentences,
// positives beside native English that must stay unflagged, through the default rule list.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';

const RULE = 'flag/cognate-object';

// [paragraph, flagged text]
// prettier-ignore
const flagged: Array<[paragraph: string, text: string]> = [
  ['The envoy proposed to him some proposals on the budget.', 'proposed to him some proposals'],
  ['Last year the exporters achieved their best achievements in a decade.', 'achieved their best achievements'],
  ['The ministry recommends the following recommendations to farmers.', 'recommends the following recommendations'],
  ['The two sides are negotiating a new negotiation over water rights.', 'negotiating a new negotiation'],
  ['The board organized an organization of volunteers.', 'organized an organization'],
  ['On a cold, wet and windy day in March the envoy proposed to him some proposals.', 'proposed to him some proposals'],
];

// [why, paragraph]
// prettier-ignore
const notFlagged: Array<[why: string, paragraph: string]> = [
  ['a cognate object English uses', 'She dreamed a dream and fought the good fight.'],
  ['an agent noun first', 'The organizers wanted to finish the organization of the fair by May.'],
  ['an adjective, not a verb', 'They built an integrated system for the region.'],
  ['an adjective and its noun before the object', 'They opened a connected network for the connection of towns.'],
  ['content words between verb and object', 'The region achieved major new achievements in exports.'],
  ['a sentence boundary between', 'The mayor proposed cuts. The proposals were rejected.'],
  ['a comma between', 'He proposed, to everyone’s surprise, a vote on the plan.'],
  ['different stems', 'The council approved the new regulations on Monday.'],
  ['a noun before the noun', 'The statements and the statement of the minister differ.'],
  ['a verb and an unrelated noun of like spelling', 'They stated the position of the state government.'],
];

describe(RULE, () => {
  it.each(flagged)('%j', (paragraph, text) => {
    const flags = clean(paragraph).flags.filter((f) => f.rule === RULE);
    expect(flags.map((f) => f.text)).toEqual([text]);
    expect(flags[0]!.category).toBe('doubled-words');
  });

  it.each(notFlagged)('%s', (_why, paragraph) => {
    expect(clean(paragraph).flags.filter((f) => f.rule === RULE)).toEqual([]);
  });
});
