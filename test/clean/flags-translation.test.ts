// Translation-damage flags and repairs of the clean stage: tables of invented sentences,
// positives beside negatives, through the default rule list (so rule order and the other
// rules are part of what is tested).
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../src/clean/index.js';
import { englishBand, isEnglishWord } from '../../src/lexicon/english-words.js';
import { FOREIGN_FUNCTION_WORDS, FUNCTION_WORDS } from '../../src/lexicon/closed-class.js';
import { gluedSplit } from '../../src/lexicon/glued-words.js';
import { cleanChecked } from './support.js';

// [rule, paragraph, the flagged text]
const flagged: Array<[rule: string, paragraph: string, text: string]> = [
  // glued words
  ['flag/glued-words', 'Rescue teams searched for three daystomorrow and beyond.', 'daystomorrow'],
  ['flag/glued-words', 'The Health Ministryannounced new rules on Tuesday.', 'Ministryannounced'],
  ['flag/glued-words', 'Storms hit Lombardiawhich is on alert again.', 'Lombardiawhich'],
  ['flag/glued-words', 'Rain returns to theVeneto this weekend.', 'theVeneto'],
  ['flag/glued-words', 'The vote was held on FridayThe results come later.', 'FridayThe'],
  ['flag/glued-words', 'Since Novemberrainfall has doubled in the north.', 'Novemberrainfall'],
  ['flag/glued-words', 'The mayor, Luis Ortegainsisted on Sunday that the plan stands.', 'Ortegainsisted'],
  // doubled words
  ['flag/doubled-word', 'The council approved the plan plan on Monday.', 'plan plan'],
  ['flag/doubled-word', 'There is a risk of new erosion and/or erosion on the coast.', 'erosion and/or erosion'],
  ['flag/doubled-word', 'People in the heat feel weary and weary.', 'weary and weary'],
  ['flag/doubled-word', 'The island stands against nationalism and nationalism.', 'nationalism and nationalism'],
  // quote marks
  [
    'flag/quote-marks',
    'He said: “It was ‘fraud’.” We are concerned about it,” he added.',
    'We are concerned about it,”',
  ],
  ['flag/quote-marks', '“The talks failed – “in return for nothing,” the envoy said.', '“in'],
  ['flag/quote-marks', 'The critics called it a plan such as’betrayal’ of voters.', 'as’betrayal'],
  ['flag/quote-marks', 'The minister said the reform was needed for the party“, he added.', '“'],
  ['flag/quote-marks', '«The coalition can still agree. Then we keep the decision to ourselves.’', '.’'],
  // markup residue
  ['flag/markup-residue', 'Leaders of the group #x27;centrist allies met on Friday.', '#x27;'],
  ['flag/markup-residue', 'She answered quot;no quot; twice.', 'quot;'],
  // another script, source-language words
  ['flag/source-script', 'He called them an incompetent group (无能), not a party.', '无能'],
  ['flag/source-script', 'The slogan read Свобода on every banner in the square.', 'Свобода'],
  ['flag/source-language-word', 'L’unemployment keeps rising, the agency said.', 'L’unemployment'],
  ['flag/source-language-word', 'The report on prices und wages was published today.', 'und'],
  ['flag/source-language-word', 'After the Schmidt-Aus the club has won only twice.', 'Aus'],
  ['flag/source-language-word', 'The new dirección of the party met on Monday.', 'dirección'],
  // sentence breaks
  ['flag/sentence-break', 'Last month Together He promised them support.', 'He'],
  ['flag/sentence-break', 'The council met on Monday and said The rules would change.', 'The'],
  ['flag/sentence-break', 'He promised “a new vote within a week.” to write a new charter.', '.” to'],
  // numbers and punctuation
  ['flag/number-words', 'The bill was backed by sixty – twelve senators.', 'sixty – twelve'],
  ['flag/number-words', 'It was signed by ninety-fifteen members.', 'ninety-fifteen'],
  ['flag/broken-number', 'Fresh produce rose slightly (+1 , 4%) in May.', ', '],
  ['flag/broken-number', 'Services stayed at 2.6%.. The index rose.', '..'],
  ['flag/broken-hyphen', 'She is a co- founder of the firm.', '- founder'],
  // article agreement
  ['flag/article-agreement', 'They promise an “strong economy” for all.', 'an “strong'],
  ['flag/article-agreement', 'The country faces a economic crisis.', 'a economic'],
  ['flag/article-agreement', 'It was a hour of chaos.', 'a hour'],
  // older rules, kept working
  ['flag/fragment-sentence', 'The army holds the line in the north. Department.', 'Department.'],
];

// [why, paragraph]: native English that must stay unflagged.
// prettier-ignore
const notFlagged: Array<[why: string, paragraph: string]> = [
  ['compounds and brands', 'The cyberattack hit an iPhone maker and eBay; McDonald and BlackRock shares fell.'],
  ['a place name built of English words', 'Officials in Greenfield and Mayfield said the roads were open.'],
  ['doubled on purpose', 'It was a very very long night, and he had had enough; it is what it is.'],
  ['repeated for emphasis', 'He kept talking and talking, and they laughed and laughed; years and years of lie and lie and lie.'],
  ['the second copy goes on', 'Questions about her date of travel and travel papers grew.'],
  ['a handle', 'Follow @thenews and @newsdesk for updates.'],
  ['particle before a preposition', 'The house he lived in in 1990 was sold.'],
  ['emphatic "and"', 'Prices rose again and again, more and more, faster and faster.'],
  ['"may or may not"', 'The plan may or may not pass, and his or her aides know it.'],
  ['names repeated', 'The band Duran Duran played in Walla Walla.'],
  ['contractions and names with apostrophes', 'We’re sure he’ll come; O’Brien and D’Angelo read the Qur’an.'],
  ['nested quotes that pair', '“She called it a ‘scandal’,” he said. “We agree.”'],
  ['a quote continued in the next paragraph', '“We will not stop.\n\n“We will keep going,” she said.'],
  ['straight quotes', 'He said "yes" and then "no."'],
  ['a coup d’état', 'It was a coup d’état, the court ruled.'],
  ['a name particle', 'The painting by Piero della Francesca hangs in Los Angeles.'],
  ['a loanword with marks', 'They met at a café; the résumé was naïve.'],
  ['a Greek letter as a symbol', 'The α variant spread first.'],
  ['"The" in a name', 'She told The Associated Press that talks in The Hague went well.'],
  ['a name before "He"', 'Vice Premier Zhou He met the delegation.'],
  ['a dateline before "According"', 'BEIJING, May 3rd According to the ministry, exports rose.'],
  ['a question inside a quote', '“Why now?” he asked.'],
  ['"twenty-ten" is a year', 'It started in twenty-ten, when fifty-fifty deals were common.'],
  ['a date with a comma', 'On March 3, 5% of voters were undecided.'],
  ['an ellipsis', 'He paused... then went on. Uh.. well, maybe.'],
  ['feet and inches', '“He is 6’2”, I am 5’9”,” she said.'],
  ['a dropped g', 'They called him ‘Lyin’ Ted.’'],
  ['single marks inside double ones', '“’Twas a hit,” he said of “’House of Cards,’” and his wife said \'I am busy,’ too.'],
  ['a suspended hyphen', 'Pre- and post-war figures differ.'],
  ['a/an by sound', 'An hour later a European envoy, a university head and an unusual guest arrived; a one-off.'],
  ['capitalized "A" in a name', 'Plan A or Plan B, the team said.'],
  ['abbreviations', 'Sen. Warren spoke. Mr. Biden replied at 9 a.m. Eastern.'],
  ['reported "we"', 'The economist notes that we are at a rare moment.'],
  ['a court case and a one-word adverb', 'The ruling cited Roe v. Wade. Easily. Listen.'],
  ['"First it" is no doubled subject', 'First it was the mayor who spoke. All he wants is a vote. Eventually he left. So they won.'],
  ['a series of one-word sentences', 'The crowd shouted. Liar. Cheat. Fraud. It went on.'],
  ['a possessive before a name', 'Neither Norway’s Ola Berg nor Lind spoke.'],
  ['nickname and a plural of a name', 'Sandy Jones and Sandra Jones met the Barry Bennetts of the world.'],
];

describe('translation flags', () => {
  it.each(flagged)('%s: %j', (rule, paragraph, text) => {
    const result = cleanChecked(paragraph);
    const flag = result.flags.find((f) => f.rule === rule && f.text === text);
    expect(flag, JSON.stringify(result.flags)).toBeDefined();
    expect(result.text.slice(flag!.start, flag!.end)).toBe(text);
    expect(paragraph.slice(flag!.rawStart, flag!.rawEnd)).toContain(text.trim());
    expect(flag!.confidence).toBeGreaterThan(0);
    expect(flag!.confidence).toBeLessThanOrEqual(1);
    expect(typeof flag!.category).toBe('string');
  });

  it.each(notFlagged)('does not flag %s', (_why, paragraph) => {
    expect(cleanChecked(paragraph).flags).toEqual([]);
  });

  it('flags nothing on text in another language, or when the caller expects another', () => {
    const german = 'Die Regierung hat am Montag neue Regeln beschlossen und die Opposition kritisiert den Plan scharf.';
    expect(cleanChecked(german).flags).toEqual([]);
    // Too few words to judge: the hint stands, and no English rule reads a German page.
    const tooShort = cleanChecked('Teams searched daystomorrow.', { language: 'deu' });
    expect([tooShort.metadata.language, tooShort.flags]).toEqual(['deu', []]);
  });

  it('reads a short English page under another hint as English (its body cannot be foreign to itself)', () => {
    const text = 'Rescue teams searched for three daystomorrow and beyond.';
    const r = cleanChecked(text, { language: 'deu' });
    expect([r.metadata.language, r.text, r.flags.map((f) => f.text)]).toEqual(['eng', text, ['daystomorrow']]);
  });

  it('every flag rule declares a category and a confidence', () => {
    for (const rule of DEFAULT_RULES) {
      if (rule.type !== 'flag') continue;
      expect(typeof rule.category, rule.id).toBe('string');
      expect(rule.confidence, rule.id).toBeGreaterThan(0);
    }
  });
});

// Repairs: [rule, raw, cleaned]
// prettier-ignore
const repaired: Array<[rule: string, raw: string, cleaned: string]> = [
  ['translation/doubled-word', 'Prices rose during the the crisis.', 'Prices rose during the crisis.'],
  ['translation/doubled-word', 'The the council met.', 'The council met.'],
  ['translation/doubled-word', 'He bought a a house and and a car.', 'He bought a house and a car.'],
  ['translation/closing-quote', 'He said “the bridge will reopen before the winter“.', 'He said “the bridge will reopen before the winter”.'],
  ['translation/closing-quote', '“We will fight for the party“, he added.', '“We will fight for the party”, he added.'],
  ['translation/sentence-space', 'The river flooded.The town was evacuated.', 'The river flooded. The town was evacuated.'],
];
// prettier-ignore
const untouched: Array<[why: string, raw: string]> = [
  ['a run of three is left alone', 'la la la and a a a'],
  ['a band called The The', 'The The played in London.'],
  ['a preposition doubled on purpose', 'The place we went to to eat.'],
  ['an opening quote that opens', 'He said “yes” and then “no”.'],
  ['a domain and an abbreviation', 'See example.com.The U.S.The end'],
];

describe('translation repairs', () => {
  it.each(repaired)('%s: %j', (rule, raw, cleaned) => {
    const result = cleanChecked(raw);
    expect(result.text).toBe(cleaned);
    expect(result.edits.some((e) => e.rule === rule)).toBe(true);
  });

  it.each(untouched)('%s', (_why, raw) => {
    const result = cleanChecked(raw);
    expect(
      result.edits.filter((e) =>
        ['translation/doubled-word', 'translation/closing-quote', 'translation/sentence-space'].includes(e.rule),
      ),
    ).toEqual([]);
  });
});

describe('English word list', () => {
  it.each([
    ['today', true],
    ['Precipitation', true],
    ['hours', true],
    ['daystomorrow', false],
    ['morest', false],
    ['', false],
  ] as const)('isEnglishWord(%j) is %s', (word, known) => {
    expect(isEnglishWord(word)).toBe(known);
  });

  it('ranks common words above rare ones', () => {
    expect(englishBand('the')).toBeGreaterThan(englishBand('precipitation'));
    expect(englishBand('precipitation')).toBeGreaterThanOrEqual(0);
  });

  it('never throws on odd input', () => {
    expect(englishBand('\ud800')).toBe(-1);
    expect(englishBand('a'.repeat(100))).toBe(-1);
    expect(englishBand(42 as unknown as string)).toBe(-1);
  });

  it('has no English word among the foreign function words', () => {
    const english = [...FOREIGN_FUNCTION_WORDS.keys()].filter((w) => FUNCTION_WORDS.has(w));
    expect(english).toEqual([]);
  });

  it.each([
    ['daystomorrow', { left: 'days', right: 'tomorrow' }],
    ['Ministryannounced', { left: 'Ministry', right: 'announced' }],
    ['theVeneto', { left: 'the', right: 'Veneto' }],
    ['cyberattack', null],
    ['Washington', null],
    ['Mayweather', null],
    ['iPhone', null],
    // compounds that end in a particle
    ['walkthrough', null],
    ['shutdown', null],
    ['theport', { left: 'the', right: 'port' }],
  ] as const)('gluedSplit(%j)', (word, split) => {
    expect(gluedSplit(word)).toEqual(split);
  });
});
