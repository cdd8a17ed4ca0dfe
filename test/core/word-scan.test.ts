// The char-code word helpers give the answers of the Unicode regexes they replace.
import { describe, expect, it } from 'vitest';
import {
  AsciiKeySet,
  asciiWordKey,
  lowercaseWordKey,
  asciiWordKeys,
  BoundedKeySet,
  charBefore,
  classAt,
  isLetterAt,
  isWhitespace,
  joinedWordEnd,
  scanWords,
  scanWordsWhile,
  trailingLetters,
  type CharClass,
} from '../../src/core/word-scan.js';

const PATTERN: Record<CharClass, RegExp> = {
  L: /\p{L}/u,
  LN: /[\p{L}\p{N}]/u,
  LNM: /[\p{L}\p{N}\p{M}]/u,
};

describe('classAt', () => {
  // prettier-ignore
  it.each<[string, number, CharClass, number]>([
    ['abc', 0, 'L', 1],
    ['7', 0, 'L', 0],
    ['7', 0, 'LN', 1],
    ['é', 0, 'L', 1],
    ['e\u0301', 1, 'LN', 0],   // a combining accent is a mark
    ['e\u0301', 1, 'LNM', 1],
    ['’', 0, 'LNM', 0],
    ['“', 0, 'LNM', 0],
    ['𝐀b', 0, 'L', 2],        // an astral letter is one character of two units
    ['😀', 0, 'LNM', 0],
    ['\ud835', 0, 'L', 0],     // a lone surrogate is no letter
    ['a', 1, 'L', 0],          // past the end
  ])('%j at %i in %s → %i', (text, i, cls, length) => {
    expect(classAt(text, i, cls)).toBe(length);
  });

  it('agrees with the regex on every BMP code unit', () => {
    for (const cls of ['L', 'LN', 'LNM'] as const) {
      const wrong: number[] = [];
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (classAt(ch, 0, cls) !== (PATTERN[cls].test(ch) ? 1 : 0)) wrong.push(c);
      }
      expect(wrong).toEqual([]);
    }
  });
});

describe('isLetterAt', () => {
  // prettier-ignore
  it.each<[string, boolean]>([
    ['a', true], ['é', true], ['×', false],
    ['Ж', true], ['λ', true], ['ع', true], ['字', true], ['가', true],
    ['\u0301', true],   // a combining mark
    ['\u0903', true],   // a Devanagari vowel sign
    ['€', false], ['—', false], ['・', false], ['。', false], ['١', false], // signs, punctuation, digits
  ])('%j → %s, asked twice (the second answer is remembered)', (text, letter) => {
    expect(isLetterAt(text, 0)).toBe(letter);
    expect(isLetterAt(text, 0)).toBe(letter);
    expect(/[\p{L}\p{M}]/u.test(text)).toBe(letter);
  });
});

describe('joinedWordEnd', () => {
  // prettier-ignore
  it.each<[string, number, string, number]>([
    ["don't-stop now", 0, "'’-", 10],
    ['U.S. troops', 0, '.', 3],       // a joiner must be followed by the class
    ['AT&T said', 0, '&', 4],
    ['well-', 0, '-', 4],
    ['-abc', 0, '-', 0],             // no word starts at a joiner
    ['  word', 0, '-', 0],
    ['Jean–Marie', 0, '-', 4],        // an en dash is not a hyphen
  ])('%j from %i with %j → %i', (text, i, joiners, end) => {
    expect(joinedWordEnd(text, i, 'LN', joiners)).toBe(end);
  });
});

describe('isWhitespace', () => {
  it('agrees with /\\s/ on every BMP code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('trailingLetters', () => {
  // prettier-ignore
  it.each<[string, number]>([
    ['Example News Staff', 13],
    ['Share', 0],
    ['Share.', 6],       // no letter at the end
    ['', 0],
    ['AT&T', 3],
    ['Olá Ação', 4],
    ['x 𝐀𝐁', 2],        // astral letters, two units each
    ['x \ud835', 3],     // a lone surrogate is no letter
    ['ab\udc00', 3],
    ['42', 2],
  ])('%j → %i', (text, start) => {
    expect(trailingLetters(text)).toBe(start);
    const m = /\p{L}+$/u.exec(text);
    expect(start).toBe(m ? m.index : text.length);
  });
});

describe('charBefore', () => {
  // What a one-character lookbehind reads before the offset.
  // prettier-ignore
  it.each<[string, number, string]>([
    ['ab', 1, 'a'],
    ['ab', 0, ''],          // the text's start: nothing
    ['a𝐀b', 3, '𝐀'],        // an astral letter: both units
    ['a𝐀b', 2, '\ud835'],   // inside the pair: the lone high unit
    ['\udc00b', 1, '\udc00'], // a lone low unit
    ['x’s', 2, '’'],
  ])('%j at %i → %j', (text, at, char) => {
    expect(charBefore(text, at)).toBe(char);
  });

  // At every offset a /u pattern can match at (none inside a surrogate pair).
  it('reads what a lookbehind reads', () => {
    const lookbehind = /(?<=\p{Ll})/uy;
    for (const text of ['a𝐚 b', '\ud835x\udc1a', '\udc1a\ud835𝐚', 'é1 ſ']) {
      for (let at = 0; at <= text.length; at++) {
        if (/[\ud800-\udbff]/.test(text[at - 1] ?? '') && /[\udc00-\udfff]/.test(text[at] ?? '')) continue;
        lookbehind.lastIndex = at;
        expect(/\p{Ll}/u.test(charBefore(text, at)), `${JSON.stringify(text)} at ${at}`).toBe(lookbehind.test(text));
      }
    }
  });
});

describe('asciiWordKey', () => {
  // prettier-ignore
  it.each<[string, string, boolean]>([
    ['The', 'the', true],
    ['THE', 'the', true],
    ['then', 'the', false],
    ['abcdefghij', 'abcdefghij', true],
  ])('%j and %j share a key: %s', (a, b, same) => {
    expect(asciiWordKey(a, 0, a.length) === asciiWordKey(b, 0, b.length)).toBe(same);
  });

  // prettier-ignore
  it.each<string>(['für', 'don’t', 'a_b', 'x1', 'abcdefghijk', 'a@b', 'a[b'])('%j has none', (word) => {
    expect(asciiWordKey(word, 0, word.length)).toBe(-1);
  });

  it('keys only the a–z words of a list', () => {
    const keys = asciiWordKeys(['the', 'für', 'Upper', 'abcdefghijk']);
    expect(keys.size).toBe(1);
    expect(keys.has(asciiWordKey('THE', 0, 3))).toBe(true);
  });
});

describe('lowercaseWordKey', () => {
  // prettier-ignore
  it.each<[string, number]>([
    ['the', asciiWordKey('the', 0, 3)],
    ['abcdefghij', asciiWordKey('abcdefghij', 0, 10)],
    ['The', -1],
    ['tHe', -1],
    ['für', -1],
    ['abcdefghijk', -1],
  ])('%j → %d', (word, key) => {
    expect(lowercaseWordKey(word, 0, word.length)).toBe(key);
  });
});

describe('AsciiKeySet', () => {
  const words = ['the', 'and', 'abcdefghij', 'zzzzzzzzzz', 'a', 'für', 'Upper'];
  const set = new AsciiKeySet(asciiWordKeys(words));
  // prettier-ignore
  it.each<[string, boolean]>([
    ['The', true],
    ['AND', true],
    ['abcdefghij', true],   // ten letters: the largest keys
    ['zzzzzzzzzz', true],
    ['a', true],
    ['an', false],
    ['then', false],
    ['für', false],         // no key: never in the set
    ['upper', false],       // not an a-z word of the list
  ])('%j → %s', (word, member) => {
    expect(set.has(asciiWordKey(word, 0, word.length))).toBe(member);
  });

  it('answers as the Set of the same keys does', () => {
    const keys = asciiWordKeys(
      Array.from({ length: 3000 }, (_, i) => i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[+d]!)),
    );
    const table = new AsciiKeySet(keys);
    for (const key of keys) expect(table.has(key)).toBe(true);
    for (let n = 0; n < 5000; n++) {
      const key = Math.floor(Math.random() * 32 ** 6);
      expect(table.has(key)).toBe(keys.has(key));
    }
    expect(table.has(-1)).toBe(false);
    expect(table.has(0)).toBe(false);
  });
});

describe('BoundedKeySet', () => {
  const key = (word: string) => asciiWordKey(word, 0, word.length);
  it('holds what was added until it is half full; the next add starts it empty', () => {
    const memo = new BoundedKeySet(4); // 16 slots: half full at 8 keys
    const added = ['the', 'and', 'for', 'with', 'from', 'into', 'over'].map(key);
    for (const k of added) memo.add(k);
    memo.add(key('the')); // a key already there takes no slot
    memo.add(key('upon')); // the eighth
    for (const k of [...added, key('upon')]) expect(memo.has(k)).toBe(true);
    expect(memo.has(key('then'))).toBe(false);
    memo.add(key('then')); // a ninth: the table is emptied first
    expect(memo.has(key('then'))).toBe(true);
    expect(memo.has(key('the'))).toBe(false);
  });
  it.each([-1, 0])('keeps no key %i', (k) => {
    const memo = new BoundedKeySet(4);
    memo.add(k);
    expect(memo.has(k)).toBe(false);
  });
  it('rejects a table size out of range', () => {
    expect(() => new BoundedKeySet(3)).toThrow(RangeError);
    expect(() => new BoundedKeySet(31)).toThrow(RangeError);
  });
});

describe('scanWords', () => {
  const spans = (text: string) => {
    const out: string[] = [];
    scanWords(text, (start, end) => out.push(text.slice(start, end)));
    return out;
  };

  // prettier-ignore
  it.each<[string, string[]]>([
    ['Iran’s plan', ['Iran’s', 'plan']],
    ["don't stop-now 42", ["don't", 'stop', 'now']],
    ["rock 'n' roll", ['rock', 'n', 'roll']],   // a mark not between letters ends the word
    ['Olá, Ação!', ['Olá', 'Ação']],
    ['Ole\u0301, Ac\u0327a\u0303o!', ['Ole\u0301', 'Ac\u0327a\u0303o']],   // accents written as combining marks
    ['सरकार ने समाचार दिया', ['सरकार', 'ने', 'समाचार', 'दिया']],          // Devanagari vowel signs stay in their word
    ['রাজনীতি ও অর্থনীতি', ['রাজনীতি', 'ও', 'অর্থনীতি']],                 // Bengali, with a virama
    ['\u0301abc', ['\u0301abc']],                                    // a stray mark reads as a letter
    ['', []],
  ])('%j → %j', (text, words) => {
    expect(spans(text)).toEqual(words);
    expect(spans(text)).toEqual(words); // the second scan of the same text reads the kept spans
  });

  it('visits the words scanWordsWhile finds, also when a visit scans another text', () => {
    const text = 'One two three';
    const seen: string[] = [];
    scanWords(text, (start, end) => {
      seen.push(text.slice(start, end));
      scanWords('inner words here', () => {}); // replaces the kept text mid-visit
    });
    const expected: string[] = [];
    scanWordsWhile(text, (start, end) => expected.push(text.slice(start, end)) > 0);
    expect(seen).toEqual(expected);
    expect(seen).toEqual(['One', 'two', 'three']);
  });
});
