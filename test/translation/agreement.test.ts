// translation/quantifier-number and translation/lone-first-person: invented sentences,
// positives beside native English that must stay unflagged, through the pipeline's stage.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { extractEntitiesFromParse, parseText } from '../../src/entities/index.js';
import { normalizeArticle } from '../../src/index.js';
import { assessTranslation } from '../../src/translation/index.js';

function flagsOf(text: string, rule: string) {
  const cleaned = clean(text);
  const parse = parseText(cleaned.text);
  const { flags } = assessTranslation(cleaned.text, {
    flags: cleaned.flags,
    edits: cleaned.edits,
    parse,
    entities: extractEntitiesFromParse(parse),
  });
  return flags.filter((f) => f.rule === rule);
}

describe('translation/quantifier-number', () => {
  const RULE = 'translation/quantifier-number';
  it.each([
    ['He was declared the winner, having satisfied all requirement.', 'all requirement'],
    ['Residents raised several complaint, the mayor said.', 'several complaint'],
    ['The candidates debated many issue, but agreed on none.', 'many issue'],
    ['Officials visited both village.', 'both village'],
  ])('%j', (text, flagged) => {
    expect(flagsOf(text, RULE).map((f) => f.text)).toEqual([flagged]);
  });

  it.each([
    ['a mass noun after "all"', 'The budget covers all government.'],
    ['an uncountable noun', 'They shared all information.'],
    ['a time phrase', 'They worked all night and it rained all week.'],
    ['"of all time"', 'It was the best show of all time.'],
    ['a participle', 'Thanks to all involved.'],
    ['a plural noun', 'The answer pleased all sides.'],
    ['a noun used as a modifier', 'The union represents all member states.'],
    ['a pronoun use opening a clause', 'That approach, many believe, could win votes.'],
    ['after a conjunction', 'It is a vow many voters hear but few trust.'],
    ['a pronoun use at the end', 'He spoke to both. We thank all of you.'],
  ])('%s', (_why, text) => {
    expect(flagsOf(text, RULE)).toEqual([]);
  });
});

describe('translation/lone-first-person', () => {
  const RULE = 'translation/lone-first-person';
  const report = (sentence: string) =>
    `Rain fell all night across the region. Two rivers rose above the alert level.\n\nRoads in the valley were closed. ${sentence} Schools stayed shut on Monday.`;

  it('flags the one "I" of a third-person report', () => {
    const flags = flagsOf(report('I am also on alert the basins in the hills.'), RULE);
    expect(flags.map((f) => f.text)).toEqual(['I am']);
    expect(flags[0]!.category).toBe('grammar');
  });

  it('maps to raw offsets in normalizeArticle', () => {
    const raw = report('I am also on alert the basins in the hills.');
    const flag = normalizeArticle(raw).flags.find((f) => f.rule === RULE);
    expect(flag && raw.slice(flag.rawStart, flag.rawEnd)).toBe('I am');
  });

  it.each([
    ['inside quotation marks', report('“I am worried about the dams,” the mayor said.')],
    ['a paragraph with a quote mark', report('The mayor was worried. I am told the dams hold,” he added.')],
    ['a first-person writer', report('I drove there myself. I saw the water rise.')],
    ['"my" elsewhere', `${report('I have seen worse floods.')} My street stayed dry.`],
    [
      'a paragraph that opens with "I"',
      'Rain fell all night. Rivers rose. Roads closed. Schools shut.\n\nI think the dams will hold, a reader wrote.',
    ],
    ['a short text', 'Roads were closed. I am on alert.'],
  ])('%s', (_why, text) => {
    expect(flagsOf(text, RULE)).toEqual([]);
  });

  it('flags nothing on text of another language', () => {
    const text = report('I am also on alert the basins in the hills.');
    expect(assessTranslation(text, { language: 'deu' }).flags).toEqual([]);
  });
});
