// Names written family name first (Chinese, Korean) and lone pinyin words: tables of word(s) → answer.
import { describe, expect, it } from 'vitest';
import {
  familyLast,
  isApostrophePinyinWord,
  isFamilyFirstName,
  isLonePinyinWord,
  isPinyinLedName,
  koreanOrder,
} from '../../src/entities/name-order.js';

describe('isFamilyFirstName', () => {
  it.each([
    [['Xi', 'Jinping'], true],
    [['Li', 'Qiang'], true],
    [['Yoon', 'Seok-yeol'], true],
    [['Hong', 'Kong'], false], // Kong is no pinyin given name
    [['Joe', 'Biden'], false],
    [['Xi', 'Jinping', 'Li'], false],
  ] as const)('%j → %s', (words, expected) => {
    expect(isFamilyFirstName(words)).toBe(expected);
  });
});

describe('familyLast and koreanOrder', () => {
  it.each([
    [
      ['Xi', 'Jinping'],
      ['Jinping', 'Xi'],
    ],
    [
      ['Joe', 'Biden'],
      ['Joe', 'Biden'],
    ],
  ])('familyLast(%j) → %j', (words, expected) => {
    expect(familyLast(words)).toEqual(expected);
  });
  it.each([
    ['Seok-yeol Yoon', 'Yoon Seok-yeol'],
    ['Xi Jinping', 'Xi Jinping'],
    ['Anna Kowalski', 'Anna Kowalski'],
  ])('koreanOrder(%j) → %j', (name, expected) => {
    expect(koreanOrder(name)).toBe(expected);
  });
});

describe('isLonePinyinWord: two pinyin syllables, no family name', () => {
  it.each([
    ['Xiaoping', true],
    ['Lanxin', true],
    ['Meiyun', true],
    ['Jinping', false], // nothing only pinyin writes: a European name could read so too
    ['Cohen', false],
    ['Manning', false],
    ['Zhang', false], // a family name
    ['Wang', false],
    ['Qiang', false], // one syllable
    ['Zhongguancun', false], // three syllables
    ['Shiseido', false], // no pinyin
    ['lanxin', false], // not capitalized
    ['LANXIN', false],
  ] as const)('%s → %s', (word, expected) => {
    expect(isLonePinyinWord(word)).toBe(expected);
  });
});

describe('isApostrophePinyinWord: pinyin syllables joined by an apostrophe before a vowel', () => {
  it.each([
    ["Tai'an", true],
    ["Lu'an", true],
    ["Chang'an", true],
    ["O'Brien", false], // a name prefix
    ["Qur'an", false], // no pinyin syllable before the apostrophe
    ["Jama'a", false], // a lone vowel after it: an Arabic spelling
    ["D'Angelo", false],
    ["tai'an", false], // not capitalized
  ] as const)('%s → %s', (word, expected) => {
    expect(isApostrophePinyinWord(word)).toBe(expected);
  });
});

describe('isPinyinLedName: a name opening with a word only pinyin spells', () => {
  it.each([
    [['Qiaoxin', 'Cable'], true],
    [['Xuanlong', 'Yonghe'], true],
    [['Xuanlong', 'Deng'], false], // the Western order of a Chinese name
    [['Zhang', 'Wei'], false], // a family name first
    [['Meiyun', 'Cable'], false], // "ei": European names write it too
    [['Zhenya', 'Varnova'], false], // "zh": Russian names write it too
    [['Qiaoxin'], false], // one word
  ] as const)('%j → %s', (words, expected) => {
    expect(isPinyinLedName(words)).toBe(expected);
  });
});
