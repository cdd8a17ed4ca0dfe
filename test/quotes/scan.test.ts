import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../src/quotes/scan.js';

const texts = (text: string): string[] => scanQuotes(text).map((q) => text.slice(q.start, q.end));

describe('scanQuotes: quote marks', () => {
  it.each([
    ['curly', '“Greetings, Mr. President,” Putin said.', ['Greetings, Mr. President,']],
    ['straight', 'He said "we are ready" and left.', ['we are ready']],
    ['single curly', '‘We will win,’ she said.', ['We will win,']],
    ['straight single', "'We will win,' she said.", ['We will win,']],
    ['guillemets', 'Il a dit «nous sommes prêts» hier.', ['nous sommes prêts']],
    ['reversed guillemets', 'Er sagte »wir sind bereit« gestern.', ['wir sind bereit']],
    ['spaced guillemets (French typography)', 'Il a dit « nous sommes prêts » hier.', ['nous sommes prêts']],
    [
      'spaced guillemets kept by a translation',
      '« The works will end in June », the mayor said.',
      ['The works will end in June'],
    ],
    ['a spaced guillemet with no closing one in its paragraph', 'Prices rose from 5 « to 7.\n\nThen » fell.', []],
    [
      'spaced curly marks (tokenized translation output)',
      '“ The works will end in June ”, the mayor said.',
      ['The works will end in June'],
    ],
    ['a spaced left curly mark with no right one in its paragraph', 'The list read: “ one.\n\nTwo ” and three.', []],
    ['low-9 German', 'Er sagte „wir sind bereit“ gestern.', ['wir sind bereit']],
    ['low-9 with right mark', 'Er sagte „wir sind bereit” gestern.', ['wir sind bereit']],
    ['doubled apostrophes', "''It's only a first step,'' said Maria Lind.", ["It's only a first step,"]],
    [
      'doubled apostrophes, quote inside',
      "''He called it 'a farce' today,'' she said.",
      ["He called it 'a farce' today,"],
    ],
    [
      'doubled apostrophes closing over a single quote (three in a row)',
      "''The plan is 'modest,''' said Maria Lind. ''It works.''",
      ["The plan is 'modest,'", 'It works.'],
    ],
    ['two quotes', '“A b,” he said. “C d.”', ['A b,', 'C d.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('reads two apostrophes as one mark: the quote closes after both', () => {
    const text = "''We will not sign,'' said Maria Lind.";
    expect(scanQuotes(text)).toEqual([{ open: 0, close: 21, start: 2, end: 19, closed: true, continues: false }]);
  });

  it.each([
    ['inch marks', "a 5'' screen and a 7'' one"],
    ['an empty pair', "the field was left as '' on the form"],
  ])('two apostrophes that quote nothing: %s', (_name, text) => {
    expect(scanQuotes(text)).toEqual([]);
  });

  it('keeps a nested quote inside its outer quote', () => {
    expect(texts('“He told me ‘never again’ twice,” she said.')).toEqual(['He told me ‘never again’ twice,']);
    expect(texts('"He called it \'a farce\' today," she said.')).toEqual(["He called it 'a farce' today,"]);
  });
});

describe('scanQuotes: apostrophes never open quotes', () => {
  it.each([
    ['Russia’s escalation and Ukraine’s sovereignty'],
    ['the United States‘ support and Iran‘s nuclear program'],
    ["the countries' leaders met in the '90s"],
    ['rock ’n’ roll and the ’90s'],
    ["Biden's and Putin's aides"],
  ])('%s', (text) => {
    expect(scanQuotes(text)).toEqual([]);
  });

  it('leaves an apostrophe inside a quote alone', () => {
    expect(texts('“Russia’s troops aren’t leaving,” he said.')).toEqual(['Russia’s troops aren’t leaving,']);
  });
});

describe('scanQuotes: broken marks of translated text', () => {
  it('closes at a mark glued to the next word ("measures”Said")', () => {
    const t = '“We would respond with strong economic measures”Said National Security Advisor Jake Sullivan.';
    expect(texts(t)).toEqual(['We would respond with strong economic measures']);
  });
  it('closes at a mark after a space ("it wants ”.")', () => {
    expect(texts('He said: “It can make its territory whatever it wants ”.')).toEqual([
      'It can make its territory whatever it wants',
    ]);
  });
  it('takes an opening mark after sentence punctuation as a closer ("Ukraine. “wrote")', () => {
    const t =
      '“The aim is not to occupy Ukraine. “wrote Maxim Samorukov, a fellow. “His aim is rather to convince the West,” Samorukov added.';
    expect(texts(t)).toEqual(['The aim is not to occupy Ukraine.', 'His aim is rather to convince the West,']);
  });
});

describe('scanQuotes: paragraphs and line breaks', () => {
  it('runs a quote over paragraphs: an opening mark on each, a closing mark only on the last', () => {
    const t = '“First paragraph of the speech.\n\n“Second paragraph of it,” she said.';
    const qs = scanQuotes(t);
    expect(qs.map((q) => t.slice(q.start, q.end))).toEqual([
      'First paragraph of the speech.',
      'Second paragraph of it,',
    ]);
    expect(qs.map((q) => [q.closed, q.continues])).toEqual([
      [false, false],
      [true, true],
    ]);
  });
  it('ends an unclosed quote at its paragraph end', () => {
    const t = 'He said “this never closes.\n\nNext paragraph without quotes.';
    const qs = scanQuotes(t);
    expect(qs.map((q) => t.slice(q.start, q.end))).toEqual(['this never closes.']);
    expect(qs[0]!.closed).toBe(false);
  });
  it('crosses a line break inside a sentence', () => {
    const t = '“We will defend\nUkraine and its people,” he said.';
    expect(texts(t)).toEqual(['We will defend\nUkraine and its people,']);
  });
});

describe('scanQuotes: robustness', () => {
  it('runs in linear time on thousands of unmatched marks', () => {
    for (const unit of ['“a ', '" ', '‘a ', '«', '„x ', '” ', "'b "]) {
      const text = unit.repeat(100_000);
      const t0 = performance.now();
      scanQuotes(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
  it('never throws on odd Unicode', () => {
    expect(() => scanQuotes('\uD800“\u0000”\u202E"\uDFFF')).not.toThrow();
    expect(scanQuotes('')).toEqual([]);
  });
  it('satisfies the span invariant', () => {
    const t = '“A,” he said. "B c" and ‘d e’.';
    for (const q of scanQuotes(t)) expect(q.start).toBeLessThan(q.end);
  });
});
