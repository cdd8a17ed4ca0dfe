// tallyFunctionWords counts every language's function words in one pass; what it answers must
// be what the one-question scans answer: tallyReadsAs as hasFunctionWords (on texts up to the
// length hasFunctionWords reads whole), sharesOf as functionWordShares; and a scan told to stop
// once a language clearly holds stops only where hasFunctionWords answers true.
import { describe, expect, it } from 'vitest';
import {
  functionWordShares,
  hasFunctionWords,
  sharesOf,
  tallyFunctionWords,
  tallyReadsAs,
} from '../../src/language/function-words.js';

// prettier-ignore
const texts: string[] = [
  'The harbour reopened on Tuesday after the storm.',
  'Home News Sport Weather Business Culture Travel Video',
  'El puerto reabrió el martes después de la tormenta y los barcos salieron.',
  'Der Hafen wurde am Dienstag nach dem Sturm wieder geöffnet, sagte die Behörde.',
  'De haven is dinsdag na de storm weer open gegaan voor de schepen.',
  'It’s the ship’s last run and the crew don’t know it',
  'İSTANBUL’DA THE PORT IS OPEN AND Σ IS A LETTER',
  '',
  '12,000 — 3.5% / 2024',
  // more than 60 words: the sample counts differ from the totals
  'Storm boats harbour crews cargo '.repeat(13) + 'the of and to in is that for it on was with as he be by at',
  'the of and to in is that for it on was with as he be by at are this from his have not but '.repeat(3),
];

describe('tallyFunctionWords', () => {
  it.each(texts.map((text) => [text.slice(0, 40), text]))('%j', (_, text) => {
    const tally = tallyFunctionWords(text);
    expect(tally.complete).toBe(true);
    expect(sharesOf(tally)).toEqual(functionWordShares(text));
    for (const language of ['eng', 'spa', 'deu', 'nld', 'rus'])
      for (const share of [0.08, 0.2, 0.5]) {
        expect([language, share, tallyReadsAs(tally, language, share)]).toEqual([
          language,
          share,
          hasFunctionWords(text, language, share),
        ]);
        const stopped = tallyFunctionWords(text, language, share);
        expect(tallyReadsAs(stopped, language, share)).toBe(hasFunctionWords(text, language, share));
        if (!stopped.complete) expect(hasFunctionWords(text, language, share)).toBe(true);
      }
  });

  it.each([
    // twelve function words (a fifth of a 60-word sample) are reached: nothing more is read
    ['The talks were held in the hall of the city and the mayor said that it was over at last.', 'eng', false],
    ['The talks were held in Geneva on the lake.', 'eng', true],
    ['Storm boats harbour crews cargo ships', 'eng', true],
  ])('stops early on %j for %s: %s', (text, language, complete) => {
    expect(tallyFunctionWords(text, language, 0.2).complete).toBe(complete);
  });
});
