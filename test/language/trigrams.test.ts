// rankTrigrams is franc-min's francAll(text, { only, minLength: 1 }) computed faster: the
// ranking and the scores must be the same numbers, on sentences of every script franc knows,
// on edge cases (empty, one letter, digits only, a text past franc's 2,048-character cut),
// with the default candidates, no restriction, and a restriction that leaves none. topTrigrams
// is its first two entries.
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE_CANDIDATES } from '../../src/language/index.js';
import { rankTrigrams, topTrigrams } from '../../src/language/trigrams.js';

// prettier-ignore
const texts: string[] = [
  'The harbour reopened on Tuesday after the storm.',
  'Storm closes ports',
  'Home News Sport Weather Business Culture',
  'El puerto reabrió el martes después de la tormenta.',
  'O porto reabriu na terça-feira depois da tempestade.',
  'Le port a rouvert mardi après la tempête.',
  'Der Hafen wurde am Dienstag nach dem Sturm wieder geöffnet.',
  'Pelabuhan dibuka kembali pada hari Selasa setelah badai.',
  'Liman fırtınadan sonra salı günü yeniden açıldı.',
  'Cảng mở cửa trở lại vào thứ Ba sau cơn bão.',
  'Порт снова открылся во вторник после шторма.',
  'Порт знову відкрився у вівторок після шторму.',
  'Το λιμάνι άνοιξε ξανά την Τρίτη μετά την καταιγίδα.',
  'افتتح الميناء مجددا يوم الثلاثاء بعد العاصفة',
  'तूफान के बाद मंगलवार को बंदरगाह फिर से खुल गया।',
  '港口在风暴过后于周二重新开放',
  '港は嵐の後、火曜日に再開した。',
  '항구는 폭풍이 지나간 화요일에 다시 문을 열었다',
  'ท่าเรือเปิดอีกครั้งในวันอังคารหลังพายุ',
  'ঝড়ের পর মঙ্গলবার বন্দর আবার খুলেছে।',
  'புயலுக்குப் பிறகு செவ்வாய்க்கிழமை துறைமுகம் மீண்டும் திறக்கப்பட்டது.',
  'ከአውሎ ነፋሱ በኋላ ወደቡ ማክሰኞ እንደገና ተከፈተ።',
  'İstanbul’da Σ harbour ÇAĞRI',
  '  spaced\tout\n\nlines  — with “quotes” and 12,000 digits!  ',
  '  ASCII\tonly\r\n\v\fLINES -- with "quotes", [brackets] and 12,000 digits!  ',
  '\u0001control\u001fchars\u007f and ~tilde_ {braces} `ticks`',
  '',
  'a',
  '1234567890',
  '!!! ??? ...',
  'Emoji 😀 and 𝐀 astral letters in a line',
  'The harbour reopened on Tuesday after the storm. '.repeat(60),
];

const onlyLists: Array<[string, readonly string[]]> = [
  ['default candidates', DEFAULT_LANGUAGE_CANDIDATES],
  ['no restriction', []],
  ['two Latin languages', ['eng', 'spa']],
  ['none of the script', ['rus']],
];

describe('rankTrigrams', () => {
  for (const [name, only] of onlyLists) {
    it.each(texts.map((text) => [text.slice(0, 40), text]))(`${name}: %j`, (_, text) => {
      expect(rankTrigrams(text, only)).toEqual(francAll(text, { only: [...only], minLength: 1 }));
    });
  }
});

describe('topTrigrams', () => {
  // Ties included: 'aaa' scores several languages alike, and the first listed stays first.
  for (const [name, only] of [...onlyLists, ['one language', ['eng']] as const]) {
    it.each([...texts, 'aaa', 'zzzz qqqq'].map((text) => [text.slice(0, 40), text]))(`${name}: %j`, (_, text) => {
      const ranked = rankTrigrams(text, only);
      expect(topTrigrams(text, only)).toEqual([ranked[0], ranked[1]]);
    });
  }
});
