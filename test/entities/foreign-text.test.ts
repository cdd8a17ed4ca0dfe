// Names in texts of other languages (options.language): invented passages, names kept beside
// the capitalized words that are no names there.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { conjunctionsOf } from '../../src/lexicon/conjunctions.js';
import { isCalendarName } from '../../src/lexicon/localized-months.js';

const names = (text: string, language?: string): string[] =>
  extractEntities(text, language === undefined ? {} : { language }).map((e) => e.name);

const PORTUGUESE =
  'Veja como a Petrobras anunciou lucro recorde. Segundo Carlos Mendes, a empresa cresceu.\n\nComente!';
const INDONESIAN =
  'Pada bulan Maret, Presiden Joko Widodo berkunjung ke Jakarta. Bukan hanya itu, dia juga bertemu dengan Sri Mulyani dan Prabowo.';
const GERMAN = 'Am Sonntag traf Angela Merkel in Berlin ein. Gestern sagte sie nichts.';

describe('names in a text of another language', () => {
  // text | language | kept | not kept (read as names when the text is taken for English)
  const rows: [string, string, string[], string[]][] = [
    // a verb opening a sentence, a button on a line of its own; the preposition before a name
    [PORTUGUESE, 'por', ['Petrobras', 'Carlos Mendes'], ['Veja', 'Comente', 'Segundo Carlos Mendes']],
    // a month, an adverb opening a sentence; two names joined by the language's "and"
    [
      INDONESIAN,
      'ind',
      ['Joko Widodo', 'Jakarta', 'Sri Mulyani', 'Prabowo'],
      ['Maret', 'Bukan', 'Sri Mulyani dan Prabowo'],
    ],
    // a weekday after a preposition
    [GERMAN, 'deu', ['Angela Merkel', 'Berlin'], ['Am Sonntag', 'Sonntag']],
    // every German noun has a capital: one capitalized word mid-sentence is no name there
    [
      'In Kestrow hat Lena Vogt am Montag ein neues Gesetz vorgestellt. Die Pressekonferenz fand im Rathaus statt.',
      'deu',
      ['Lena Vogt'],
      ['Gesetz', 'Pressekonferenz', 'Rathaus'],
    ],
    // nor is a run of capitalized nouns: after a number, or joined by a lower-case word without
    // a gazetteer entry, an acronym or a given name ("Ursula von der Leyen" has one)
    [
      'Nach Angaben des Finanzministeriums steigen die Kosten der Maßnahmen auf 800 Millionen Euro. Die Zahl der Arbeitslosen sank, sagte Jonas Brenner.',
      'deu',
      ['Jonas Brenner'],
      ['Angaben des Finanzministeriums', 'Kosten der Maßnahmen', 'Millionen Euro', 'Zahl der Arbeitslosen'],
    ],
    // a name ends at a suffix behind an apostrophe (Turkish "Ankara’da", in Ankara), and the
    // suffix is no part of it; a sentence's full stop ends a name too
    [
      'Mehmet Kaya salı günü Ankara’da Emine Doğan ile görüştü. Toplantı iki saat sürdü.',
      'tur',
      ['Mehmet Kaya', 'Ankara', 'Emine Doğan'],
      ['Ankara’da', 'Ankara’da Emine Doğan'],
    ],
    // elsewhere an apostrophe may be the name's own (Indonesian "Qur’an")
    ['Para santri membaca Al Qur’an setiap pagi di Jakarta.', 'ind', ['Jakarta'], ['Al Qur']],
    // (compromise reads "Ba." as an English abbreviation and runs the sentence on)
    ['Phiên họp diễn ra hôm thứ Ba. Ngân hàng Trung ương giữ nguyên lãi suất.', 'vie', [], ['Ba. Ngân']],
    // acronyms are names in any language
    // an acronym is kept (and named by the national-bodies table: PSDB is Brazil's party)
    ['O PSDB votou contra a proposta do governo.', 'por', ['Brazilian Social Democracy Party'], []],
  ];
  it.each(rows)('%s (%s)', (text, language, kept, dropped) => {
    const found = names(text, language);
    for (const name of kept) expect(found).toContain(name);
    for (const name of dropped) expect(found).not.toContain(name);
  });

  it('an English text reads the same with and without the option', () => {
    const text = 'Heavy rain flooded Verona on Monday, and Mayor Carla Ruffo said the city was ready.';
    expect(names(text, 'eng')).toEqual(names(text));
  });

  it.each([['pt'], ['Portuguese'], [5]])('rejects a language that is no ISO 639-3 code: %s', (language) => {
    expect(() => extractEntities('Text.', { language: language as string })).toThrow(/ISO 639-3/);
  });
});

describe("a language's own words around names", () => {
  const typed = (text: string, language: string): string[] =>
    extractEntities(text, { language }).map((e) => `${e.type}:${e.name}`);
  // text | language | found (type:name) | not found
  const rows: [string, string, string[], string[]][] = [
    // a title glued to the name's run is no part of it: a German compound's head after a hyphen,
    // and the name runs on over its particles
    [
      'UN-Sonderbeauftragte Greta Holm und NATO-Generalsekretärin Maria von der Aue trafen sich.',
      'deu',
      ['person:Maria von der Aue'],
      ['organization:NATO-Generalsekretärin Maria'],
    ],
    // a capitalized common noun after a title is no name
    [
      'Als Präsident Verantwortung zu übernehmen, sei schwer, sagte Jonas Brenner.',
      'deu',
      ['person:Jonas Brenner'],
      ['person:Verantwortung'],
    ],
    // a body by its head noun, declined adjective before it or link word after it
    [
      'Nach Angaben des Statistischen Landesamtes und der Bundesagentur für Wasserbau sank der Wert.',
      'deu',
      ['organization:Bundesagentur für Wasserbau'],
      ['person:Bundesagentur für Wasserbau'],
    ],
    // a country in the language's own name, declined; a building by its head noun
    [
      'Die Delegation der Vereinigten Staaten wartete im Gelben Haus auf Lena Vogt.',
      'deu',
      ['place:Vereinigten Staaten', 'person:Lena Vogt'],
      ['person:Vereinigten Staaten', 'person:Gelben Haus'],
    ],
    // Turkish: a country, a title, a name in one run
    [
      'İtalya Dışişleri Bakanı Marco Bellini, Macaristan Başbakanı Lajos Tóth ile görüştü.',
      'tur',
      ['place:İtalya', 'person:Marco Bellini', 'place:Macaristan', 'person:Lajos Tóth'],
      ['organization:İtalya Dışişleri Bakanı', 'person:Macaristan Başbakanı Lajos Tóth'],
    ],
    // Vietnamese: a preposition opening the sentence; a body's name past the capitals; a title
    // before a country and a name
    [
      'Theo Bộ Ngoại giao, Tổng thống Pháp Lucien Marchal sẽ tới thăm.',
      'vie',
      ['organization:Bộ Ngoại giao', 'person:Lucien Marchal'],
      ['person:Theo Bộ Ngoại', 'organization:Pháp Lucien Marchal'],
    ],
    // an English text keeps none of this
    [
      'Thousands marched in Hamburg as Chancellor Olaf Scholz spoke.',
      'eng',
      ['person:Olaf Scholz', 'place:Hamburg'],
      [],
    ],
  ];
  it.each(rows)('%s (%s)', (text, language, found, notFound) => {
    const got = typed(text, language);
    for (const name of found) expect(got).toContain(name);
    for (const name of notFound) expect(got).not.toContain(name);
  });
});

describe('speakers in a text of another language', () => {
  const text = 'Durante a reunião, todos ouviram: “Por que uma criança pequena já consegue ler sozinha em casa?”';
  it('a speaker that English grammar proposes but no entity backs is dropped', () => {
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Durante']);
    expect(extractQuotes(text, { language: 'por' }).map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
  it('rejects a language that is no ISO 639-3 code', () => {
    expect(() => extractQuotes(text, { language: 'pt' })).toThrow(/ISO 639-3/);
  });
});

describe('calendar names and conjunctions from the runtime', () => {
  // word | a month or weekday's full name in some language
  const calendar: [string, boolean][] = [
    ['Oktober', true],
    ['Sonntag', true],
    ['segunda-feira', true],
    ['Jan', false], // abbreviations are also names
    ['Berlin', false],
  ];
  it.each(calendar)('%s → %s', (word, expected) => expect(isCalendarName(word)).toBe(expected));

  // language | its "and"
  const and: [string, string][] = [
    ['ind', 'dan'],
    ['por', 'e'],
    ['deu', 'und'],
    ['rus', 'и'],
  ];
  it.each(and)('%s joins with %s', (language, word) => expect(conjunctionsOf(language).has(word)).toBe(true));
  it('a language the runtime has no list data for has no conjunctions', () => {
    expect(conjunctionsOf('xxx').size).toBe(0);
  });
});
