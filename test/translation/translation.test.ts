// The translation stage: clause checks on the parse, name consistency on the parse and the
// entities, the per-article summary, and its argument checks. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { extractEntitiesFromParse, parseText } from '../../src/entities/index.js';
import { normalizeArticle } from '../../src/index.js';
import {
  assessTranslation,
  countSentences,
  translatedStyleMarks,
  translationEvidence,
  translationQuality,
} from '../../src/translation/index.js';
import { bestTime, fill } from '../clean/support/timing.js';

/** The stage as normalizeArticle runs it, on an already clean text. */
function assess(text: string) {
  const cleaned = clean(text);
  const parse = parseText(cleaned.text);
  return assessTranslation(cleaned.text, {
    flags: cleaned.flags,
    edits: cleaned.edits,
    parse,
    entities: extractEntitiesFromParse(parse),
  });
}

// [rule, text, flagged text]
// prettier-ignore
const flagged: Array<[rule: string, text: string, flaggedText: string]> = [
  ['translation/verbless-sentence', 'The bombing was condemned by the spokesman of the youth branch. Zentra, the Northern Chapter. The group met later.', 'Zentra, the Northern Chapter.'],
  ['translation/speech-inversion', 'Turnout reached 61%, specified the head of the electoral agency, Maria Lopez.', 'specified the head'],
  ['translation/speech-inversion', 'Investors were relieved after the speech, commented Marco Rossi, strategist at a bank in Milan.', 'commented Marco'],
  ['translation/verb-that', 'The mayor has denounced that they receive too little money.', 'has denounced that they'],
  ['translation/verb-that', 'Later he has assured that for them the border was never negotiable.', 'has assured that for'],
  ['translation/adjective-one-noun', 'Families face a bitter one defeat this winter.', 'a bitter one defeat'],
  ['translation/adverb-before-title', 'Support came from the still minister of finance and his allies.', 'the still minister'],
  ['translation/doubled-article-noun', 'Experts say this is a policy a tool for growth.', 'a policy a tool'],
  ['translation/doubled-article-noun', 'Analysts see the deal as a step a move toward peace.', 'a step a move'],
  ['translation/article-dropped', 'The club was angry about the loss, he praised former defensive stalwart.', 'former defensive stalwart'],
  ['translation/repeated-noun', 'The agreement must include a binding agreement and allow visits, he said.', 'The agreement must include a binding agreement'],
  ['translation/name-order', 'Kim Ji-woo spoke on Monday. Later Kim Ji-woo left for Seoul. Critics said Minister Ji-woo Kim had erred.', 'Ji-woo Kim'],
  ['translation/name-spelling', 'Ibrahim Mohammadu spoke first. Ibrahim Mohammadu thanked the voters. Then Ibrahim Mohamadu left.', 'Ibrahim Mohamadu'],
];

// prettier-ignore
const notFlagged: Array<[why: string, text: string]> = [
  ['a stylistic fragment', 'Prices are up again. So good luck with that. A terrible week for buyers.'],
  ['a headline line', 'Floods in the north\nThe river rose by two meters overnight, officials said.'],
  ['a contraction hides the verb', 'The vote is close. It’s basically a tie between the two parties.'],
  ['an inversion after a quote', '“We will win,” said the president. “No doubt,” added the minister.'],
  ['an inversion with "said"', 'The vote will be held in May, said the spokesman, John Smith.'],
  ['subject, appositive, verb', 'Mike Jones of Ohio, a Republican who served in the Army, denounced Smith.'],
  ['a passive "assured"', 'Rest assured that the plan will work, he said.'],
  ['"a big one" before an adverb', 'It was a big one indeed, the coach said.'],
  ['"still" as an adjective before water', 'The still water of the lake froze overnight.'],
  ['a rate', 'Fuel costs a dollar a gallon, and he runs a mile a day.'],
  ['noun/verb homographs before a relative clause', 'It was a test a student could pass, and a plan a child would follow.'],
  ['a naming verb', 'Critics call a plan a success too early.'],
  ['a relative clause after the phrase', 'It was a point a senior adviser made last week.'],
  ['"former" in a longer phrase', 'The deal freed former managers from blame, the court said.'],
  ['the same noun on both sides legitimately', 'The new policy replaced a policy that had failed.'],
  ['two people with different names', 'John Smith and Jane Smyth met. John Smith spoke first and Jane Smyth replied.'],
  ['romanization variants', 'Chen Jia-wei spoke. Chen Jiawei then left. Chen Jia-wei returned.'],
  ['a native paragraph', 'The Senate passed the bill on Tuesday by a vote of 52 to 48. Mr. Smith said he would sign it next week, and aides expect a ceremony at the White House.'],
];

describe('clause and name checks', () => {
  it.each(flagged)('%s: %j', (rule, text, flaggedText) => {
    const { flags } = assess(text);
    const flag = flags.find((f) => f.rule === rule);
    expect(flag, JSON.stringify(flags)).toBeDefined();
    expect(flag!.text).toBe(flaggedText);
    expect(text.slice(flag!.start, flag!.end)).toBe(flaggedText);
    expect(flag!.confidence).toBeGreaterThan(0);
    expect(typeof flag!.category).toBe('string');
  });

  it.each(notFlagged)('does not flag %s', (_why, text) => {
    expect(assess(text).flags).toEqual([]);
  });

  it('checks nothing on text of another language', () => {
    const parse = parseText('Investors were relieved, commented Marco Rossi, strategist at a bank.');
    expect(assessTranslation(parse.text, { parse, language: 'ita' }).flags).toEqual([]);
  });
});

describe('translationQuality', () => {
  it('is zero for a text without evidence', () => {
    expect(translationQuality([], [], 12)).toEqual({
      score: 0,
      likelyMachineTranslated: false,
      flagsPer100Sentences: 0,
    });
    expect(translationQuality([], [], 0)).toEqual({
      score: 0,
      likelyMachineTranslated: false,
      flagsPer100Sentences: 0,
    });
  });

  it('grows with evidence per sentence and saturates below 1', () => {
    const flag = (text: string, confidence = 0.9) => ({
      kind: 'glued-words',
      rule: 'flag/glued-words',
      category: 'glued-words',
      confidence,
      message: '',
      text,
      start: 0,
      end: 1,
      rawStart: 0,
      rawEnd: 1,
    });
    const one = translationQuality([flag('a')], [], 20).score;
    const three = translationQuality([flag('a'), flag('b'), flag('c')], [], 20).score;
    const long = translationQuality([flag('a')], [], 200).score;
    expect(three).toBeGreaterThan(one);
    expect(long).toBeLessThan(one);
    expect(
      translationQuality(
        Array.from({ length: 50 }, (_, i) => flag(String(i))),
        [],
        10,
      ).score,
    ).toBeLessThanOrEqual(1);
  });

  it('counts one mistake repeated once, and weighs typos below translation damage', () => {
    const hyphen = {
      kind: 'broken-hyphen',
      rule: 'flag/broken-hyphen',
      category: 'punctuation',
      confidence: 0.7,
      message: '',
      text: '- founder',
      start: 0,
      end: 1,
      rawStart: 0,
      rawEnd: 1,
    };
    const glued = {
      ...hyphen,
      kind: 'glued-words',
      rule: 'flag/glued-words',
      category: 'glued-words',
      text: 'daystomorrow',
    };
    expect(translationEvidence([hyphen, hyphen], [])).toBeCloseTo(translationEvidence([hyphen], []));
    expect(translationEvidence([hyphen], [])).toBeLessThan(translationEvidence([glued], []));
  });

  it('reads bare ordinal days as a mark of translated style', () => {
    expect(translatedStyleMarks('The survey ran from the 9th to the 12th. On the 4th, the party met.')).toBe(3);
    expect(translatedStyleMarks('He finished on the 18th hole on the 4th of July in the 21st century.')).toBe(0);
  });

  it('separates damaged translation from native prose', () => {
    const damaged = assess(
      'The Health Ministryannounced new rules. Rescue teams searched for three daystomorrow. Last month Together He promised them support. The critics called it such as’betrayal’ of voters.',
    );
    const native = assess(
      'The Health Ministry announced new rules on Tuesday. Rescue teams searched for three days. Last month the party promised them support, aides said.',
    );
    expect(damaged.quality.likelyMachineTranslated).toBe(true);
    expect(native.quality.likelyMachineTranslated).toBe(false);
    expect(damaged.quality.score).toBeGreaterThan(native.quality.score);
  });

  it('counts sentences without a parse by their end marks', () => {
    expect(countSentences('It rained. Then it stopped.\n\nHeadline')).toBe(3);
    expect(countSentences('')).toBe(0);
  });
});

describe('assessTranslation arguments', () => {
  it('rejects bad input with a clear error', () => {
    expect(() => assessTranslation(42 as unknown as string)).toThrow(TypeError);
    expect(() => assessTranslation('x', { flags: 'no' as unknown as [] })).toThrow(/flags/);
    expect(() => assessTranslation('x', { parse: parseText('y') })).toThrow(/parse/);
    expect(() => assessTranslation('x', { language: 'english' })).toThrow(RangeError);
    expect(() => assessTranslation('x', { bogus: true } as never)).toThrow(/bogus/);
  });

  it('never throws on odd Unicode and does not change its inputs', () => {
    const text = 'a\ud800 “b” \u202e c'.repeat(50);
    const parse = parseText(text);
    const flags = Object.freeze([]) as [];
    expect(() => assessTranslation(text, { parse, flags, entities: [] })).not.toThrow();
  });
});

describe('normalizeArticle', () => {
  it('adds the stage flags with raw offsets and the summary', () => {
    const raw = 'Storm damage\n\nTurnout reached 61%,   specified the head of the electoral agency, Maria Lopez.';
    const article = normalizeArticle(raw);
    const flag = article.flags.find((f) => f.rule === 'translation/speech-inversion');
    expect(flag).toBeDefined();
    expect(raw.slice(flag!.rawStart, flag!.rawEnd)).toBe('specified the head');
    expect(article.translationQuality.score).toBeGreaterThan(0);
  });

  it('assesses nothing when the article is in another language', () => {
    const article = normalizeArticle(
      'Die Regierung hat am Montag neue Regeln beschlossen, und die Opposition kritisiert den Plan scharf.',
    );
    expect(article.flags).toEqual([]);
    expect(article.translationQuality.score).toBe(0);
  });
});

describe('assessTranslation runs in linear time', () => {
  // The parse is made once outside the timing: only the stage's own work is measured (CPU
  // time, best of three), on sentences built to hit every check.
  const unit =
    'Kim Ji-woo met Ji-woo Kim and Kimm Ji-wooo, detailed the minister. A bitter one defeat, “the still minister”. ';
  const timed = (size: number) => {
    const text = fill(unit, size);
    const parse = parseText(text);
    return bestTime(() => assessTranslation(text, { parse, entities: [] }), 3).cpu;
  };

  it('grows about linearly from 50 kB to 200 kB', () => {
    const small = Math.max(timed(50_000), 5);
    const large = timed(200_000);
    expect(large / small, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(4 * 3);
  }, 120_000);
});
