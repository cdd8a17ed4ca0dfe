// tallyFunctionWords counts every language's function words in one pass: the counts themselves
// (a table of texts → words and hits), and what it answers must be what the one-question scan
// answers: tallyReadsAs as hasFunctionWords (on texts up to the length hasFunctionWords reads
// whole); a scan told to stop once a language clearly holds stops only where hasFunctionWords
// answers true.
import { describe, expect, it } from 'vitest';
import {
  FUNCTION_WORD_LANGUAGES,
  hasFunctionWords,
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

// The languages whose function words a text holds, with their counts (languages with none left out).
function hitsOf(text: string): { words: number; hits: Record<string, number> } {
  const tally = tallyFunctionWords(text);
  const hits: Record<string, number> = {};
  FUNCTION_WORD_LANGUAGES.forEach((language, bit) => {
    if (tally.hits[bit]) hits[language] = tally.hits[bit]!;
  });
  return { words: tally.words, hits };
}

describe('tallyFunctionWords counts', () => {
  // prettier-ignore
  it.each([
    // English: the, will, be, in (held and Geneva are no function words); "in" is German,
    // Italian and Dutch too
    ['The talks will be held in Geneva', 7, { eng: 4, deu: 1, ita: 1, nld: 1 }],
    // Spanish: el, de, la, y, los; "de" is also French, Portuguese and Dutch, "la" French and Italian
    ['El puerto de la ciudad y los barcos', 8, { spa: 5, fra: 2, ita: 1, por: 1, nld: 1 }],
    // German: der, die, und, in; "die" is also Dutch, "in" every Germanic and Romance list's
    ['Der Hafen und die Stadt in Bayern', 7, { deu: 4, eng: 1, ita: 1, nld: 2 }],
    // case and typographic apostrophes: "It’s" is one word, not a function word
    ['THE HARBOUR It’s OPEN', 4, { eng: 1 }],
    // no words, no hits
    ['', 0, {}],
    ['12,000 — 3.5% / 2024', 0, {}],
    ['Storm boats harbour crews', 4, {}],
  ])('%j: %i words, %j', (text, words, hits) => {
    expect(hitsOf(text)).toEqual({ words, hits });
  });
});

describe('tallyFunctionWords answers as hasFunctionWords', () => {
  it.each(texts.map((text) => [text.slice(0, 40), text]))('%j', (_, text) => {
    const tally = tallyFunctionWords(text);
    expect(tally.complete).toBe(true);
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
