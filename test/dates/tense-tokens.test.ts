import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/dates/tense.js';

// The reading tokenize implements by hand, kept here as its specification.
const TOKEN = /(\p{L}[\p{L}'’]*)|``|''|--|[,;:()"“”—–]/gu;
function byPattern(part: string) {
  return [...part.matchAll(TOKEN)].map((m) => {
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    const boundary =
      m[1] === undefined ||
      /^(?:that|which|who|whom|whose|when|while|because|although|though|but|where|whereas|if|unless|and|or|since|after|before|as)$/.test(
        lower,
      );
    const w = lower.endsWith("'ll") ? "'ll" : lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    return { w, raw: m[0], boundary };
  });
}

// pieces that meet at the edges of the reading: apostrophes, doubled marks, letters outside
// ASCII and the BMP, a lone surrogate, and the letters whose lower case depends on context
const PIECES = [
  'He',
  "'ll",
  '’s',
  "'",
  '’',
  '`',
  '``',
  "''",
  '--',
  '-',
  '—',
  '–',
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  ' ',
  '  ',
  '\n',
  '.',
  '3',
  '2021',
  'said',
  'AND',
  'Since',
  'Zürich',
  'İstanbul',
  'ΟΔΟΣ',
  'Σ',
  'σ',
  'ß',
  '東京',
  '𝒜b',
  '𐐀',
  '\ud800',
  '\udc00',
  'ª',
  'µ',
  'Ǆ',
  'rock’n’roll',
  "o'clock",
  '½',
];

describe('tokenize', () => {
  it.each([
    ["He'll go, she said", ["'ll", 'go', ',', 'she', 'said']],
    ['the Smiths’ vote -- and “then”', ['the', "smiths'", 'vote', '--', 'and', '“', 'then', '”']],
    ['ΟΔΟΣ.Α', ['οδος', 'α']],
    ['3 - 4', []],
  ])('reads %j as %j', (part, words) => {
    expect(tokenize(part).map((t) => t.w)).toEqual(words);
  });

  it('reads random text as the pattern does', () => {
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5000; n++) {
      let part = '';
      for (let k = 1 + Math.floor(next() * 12); k > 0; k--) part += PIECES[Math.floor(next() * PIECES.length)];
      expect(tokenize(part), JSON.stringify(part)).toEqual(byPattern(part));
    }
  });
});
