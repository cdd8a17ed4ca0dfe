// Script census and letter weights: how much text a passage holds in an alphabet's letters'
// worth (a Han, Kana or Hangul character says more than a Latin letter), which the clean
// stage's language vote and foreign-passage test read.
import { describe, expect, it } from 'vitest';
import {
  countScripts,
  dominantScript,
  hasWeightedLetters,
  letterWeight,
  scriptOfLanguage,
  SYLLABLE_LETTER_WEIGHT,
  UNSPACED_LETTER_WEIGHT,
  weightedLetters,
  type ScriptName,
} from '../../src/language/scripts.js';

describe('letterWeight', () => {
  // prettier-ignore
  const rows: ReadonlyArray<readonly [ScriptName, number]> = [
    ['Han', UNSPACED_LETTER_WEIGHT], ['Kana', UNSPACED_LETTER_WEIGHT], ['Hangul', SYLLABLE_LETTER_WEIGHT],
    ['Latin', 1], ['Cyrillic', 1], ['Greek', 1], ['Arabic', 1], ['Thai', 1], ['Other', 1],
    // Spaced scripts whose letters spell sounds, as an alphabet's do.
    ['Bengali', 1], ['Gurmukhi', 1], ['Gujarati', 1], ['Tamil', 1], ['Telugu', 1], ['Kannada', 1],
    ['Malayalam', 1], ['Sinhala', 1], ['Ethiopic', 1],
  ];
  it.each(rows)('%s weighs %d', (script, weight) => expect(letterWeight(script)).toBe(weight));
});

describe('weightedLetters', () => {
  // prettier-ignore
  const rows: ReadonlyArray<readonly [string, ScriptName | undefined, number]> = [
    ['Kyiv said', undefined, 8],
    ['Київ said', undefined, 8],            // an alphabet's letter weighs one, whatever the alphabet
    ['北京 said', undefined, 2 * 3 + 4],
    ['北京 said', 'Latin', 4],
    ['北京 said', 'Han', 6],
    ['東京で', undefined, 3 * 3],             // Kana as Han
    ['서울 said', undefined, 2 * 2 + 4],
    ['ঢাকা said', undefined, 4 + 4],         // ঢ া ক া: a vowel sign is a code unit of the word
    ['አዲስ said', undefined, 3 + 4],
    ['2024 — 100%', undefined, 0],          // no letters
  ];
  it.each(rows)('%j (%s) → %d', (text, script, expected) =>
    expect(weightedLetters(countScripts(text), script)).toBe(expected),
  );
});

describe('hasWeightedLetters', () => {
  // prettier-ignore
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ['北京 said', true], ['東京で', true], ['서울', true],
    ['Kyiv said', false], ['Київ', false], ['Αθήνα', false], ['กรุงเทพ', false], ['。、！', false], ['', false],
    ['ঢাকা', false], ['சென்னை', false], ['አዲስ አበባ', false],
  ];
  it.each(rows)('%j → %s (what weightedLetters and the plain count disagree on)', (text, expected) => {
    expect(hasWeightedLetters(text)).toBe(expected);
    const census = countScripts(text);
    expect(weightedLetters(census) !== census.letters).toBe(expected);
  });
});

describe('countScripts and dominantScript', () => {
  // prettier-ignore
  const rows: ReadonlyArray<readonly [string, ScriptName]> = [
    ['Ukraine', 'Latin'], ['Кремль said', 'Cyrillic'], ['政府 and the government', 'Latin'],
    ['政府宣布新措施', 'Han'], ['', 'Other'],
    ['কলকাতা', 'Bengali'], ['ਅੰਮ੍ਰਿਤਸਰ', 'Gurmukhi'], ['અમદાવાદ', 'Gujarati'], ['சென்னை', 'Tamil'],
    ['హైదరాబాద్', 'Telugu'], ['ಬೆಂಗಳೂರು', 'Kannada'], ['കൊച്ചി', 'Malayalam'], ['කොළඹ', 'Sinhala'],
    ['አዲስ አበባ', 'Ethiopic'],
    ['সংবাদ।', 'Bengali'],                    // the Devanagari danda ending a Bengali sentence is one letter of Devanagari
    ['Kolkata (কলকাতা) said', 'Latin'],       // a name in brackets inside English
    ['১২৩', 'Bengali'],                       // a block's own digits count, as Devanagari's do
    ['123 — ।', 'Devanagari'],
  ];
  it.each(rows)('%j is mostly %s (by letters, unweighted)', (text, script) =>
    expect(dominantScript(countScripts(text))).toBe(script),
  );

  it('counts every code unit of a block, its vowel signs and viramas with its letters', () => {
    expect(countScripts('ক্ষেত্রে')).toEqual({ letters: 8, counts: { Bengali: 8 } });
    expect(countScripts('சென்னை said')).toEqual({ letters: 10, counts: { Tamil: 6, Latin: 4 } });
  });
});

describe('scriptOfLanguage', () => {
  // prettier-ignore
  const rows: ReadonlyArray<readonly [string, ScriptName]> = [
    ['ben', 'Bengali'], ['pan', 'Gurmukhi'], ['guj', 'Gujarati'], ['tam', 'Tamil'], ['tel', 'Telugu'],
    ['kan', 'Kannada'], ['mal', 'Malayalam'], ['sin', 'Sinhala'], ['amh', 'Ethiopic'],
    ['hin', 'Devanagari'], ['mar', 'Devanagari'], ['npi', 'Devanagari'], ['kat', 'Georgian'], ['eng', 'Latin'],
    ['swh', 'Latin'],
  ];
  it.each(rows)('%s is written in %s', (language, script) => expect(scriptOfLanguage(language)).toBe(script));
});
