// The shared lexicon: tables, the views derived from them, and the sentence segmenter.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_PATTERN,
  CAPITALIZED_MONTH_PATTERN,
  CUE_WORDS,
  DATED_HOLIDAY_FORM_PATTERN,
  HOLIDAY_NAME_PATTERN,
  HOLIDAYS,
  HONORIFICS,
  isZoneAfterClockTime,
  MONTH_NAME_PATTERN,
  MONTH_PATTERN,
  MONTHS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  PART_OF_DAY_CODES,
  REPORT_PAST_PATTERN,
  REPORTED_SPEECH_PATTERN,
  SPEAKER_TITLES,
  SPEAKER_VERBS,
  SPEECH_VERB_TABLE,
  TENSE_NEUTRAL_VERBS,
  TITLE_GENDERS,
  TITLE_HEADS,
  TITLE_TABLE,
  WEEKDAY_ABBREVIATION_PATTERN,
  WEEKDAY_PATTERN,
  WEEKDAYS,
  dateNeedsDay,
  endsSentenceAt,
  gluedSentenceBreaks,
  holidayByForm,
  isAbbreviation,
  isAbbreviationPeriod,
  matchAnyPattern,
  phrasePattern,
  sentenceAround,
  splitSentences,
  titleOf,
} from '../../src/lexicon/index.js';
import { spaceGluedWords, writtenOffset } from '../../src/lexicon/glued-words.js';
import { isListedGivenName } from '../../src/lexicon/given-names.js';
import { isCelestialBody, readsAsSpace } from '../../src/lexicon/celestial-bodies.js';
import { LOCALIZED_MONTHS, monthNamesFromIntl } from '../../src/lexicon/localized-months.js';
import { LOCALIZED_MONTHS_ICU } from '../../src/lexicon/localized-months.data.js';

const whole = (pattern: string, flags = '') => new RegExp(`^(?:${pattern})$`, flags);

describe('matchAnyPattern builds alternations from lists', () => {
  it.each([
    [['sept', 'september', 'sep'], 'september|sept|sep'],
    [['a.m.', 'U.S.'], 'U\\.S\\.|a\\.m\\.'],
    [['St. Patrick'], 'St\\.\\s+Patrick'],
  ])('%j → %s', (list, expected) => expect(matchAnyPattern(list)).toBe(expected));

  it.each([
    ["New Year's", 'New Year’s', true],
    ["New Year's", "New  Year's", true],
    ["New Year's", 'New Years', false],
  ])('phrasePattern(%j) matches %j: %s', (phrase, text, expected) => {
    expect(new RegExp(`^${phrasePattern(phrase)}$`, 'u').test(text)).toBe(expected);
  });

  it('escapes hyphens without breaking the u flag', () => {
    expect(whole(matchAnyPattern(['ex-president']), 'u').test('ex-president')).toBe(true);
  });
});

describe('calendar words', () => {
  it.each([
    ['january', 1],
    ['sept', 9],
    ['sep', 9],
    ['dec', 12],
    ['may', 5],
  ])('MONTHS[%s] = %i', (word, n) => expect(MONTHS[word]).toBe(n));

  it.each([
    ['Sept.', true],
    ['Sept', true],
    ['Mar.', true],
    ['Mar', false],
    ['Jun', false],
    ['Jun.', true],
    ['March', true],
    ['Marc', false],
  ])('MONTH_PATTERN (case-insensitive) on %j: %s', (text, expected) =>
    expect(whole(MONTH_PATTERN, 'i').test(text)).toBe(expected),
  );

  it.each([
    ['March', true],
    ['Mar.', false],
  ])('MONTH_NAME_PATTERN on %j: %s', (text, expected) => {
    expect(whole(MONTH_NAME_PATTERN, 'i').test(text)).toBe(expected);
  });

  it.each([
    ['Sept.', true],
    ['December', true],
    ['Dec', true],
    ['december', false],
    ['Mayo', false],
  ])('CAPITALIZED_MONTH_PATTERN on %j: %s', (text, expected) => {
    expect(new RegExp(`^${CAPITALIZED_MONTH_PATTERN}$`).test(text)).toBe(expected);
  });

  it('weekdays are numbered from Sunday = 0, as chrono does', () => {
    expect(WEEKDAYS).toMatchObject({ sunday: 0, monday: 1, saturday: 6 });
    expect(whole(WEEKDAY_PATTERN, 'i').test('Wednesday')).toBe(true);
    expect(whole(WEEKDAY_PATTERN, 'i').test('Wed')).toBe(false);
    expect(whole(WEEKDAY_ABBREVIATION_PATTERN, 'i').test('Thurs')).toBe(true);
  });

  it('parts of the day carry their TIMEX3 codes', () => {
    expect(PART_OF_DAY_CODES).toEqual({ morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' });
  });
});

describe('holidays', () => {
  it.each([
    ['New Year’s Eve', 'new year eve'],
    ['Labour', 'labor'],
    ['Martin Luther King Jr.', 'martin luther king'],
    ["Mother's", 'mothers'],
    ['July 4th', 'fourth of july'],
    ['Ramadan', 'ramadan'],
  ])('holidayByForm(%j) is %s', (form, key) => expect(holidayByForm(form)?.key).toBe(key));

  it('every dated holiday has a form the date pattern matches, and undated ones are left out', () => {
    const dated = new RegExp(`^(?:${DATED_HOLIDAY_FORM_PATTERN})$`, 'u');
    for (const h of HOLIDAYS) for (const form of h.forms) expect(dated.test(form), form).toBe(h.date !== undefined);
  });

  it.each([
    ['Labor Day', true],
    ['Labor', false],
    ['Christmas', true],
    ['Christmas Day', true],
    ["New Year's", true],
    ['Eid al-Adha', true],
    ['St. Patrick', false],
    ["St. Patrick's Day", true],
    ['Easter Island', false],
  ])('HOLIDAY_NAME_PATTERN on %j: %s', (text, expected) => {
    expect(new RegExp(`^(?:${HOLIDAY_NAME_PATTERN})$`, 'u').test(text)).toBe(expected);
  });

  it('"New Year" alone is a holiday name but not a date', () => {
    expect(dateNeedsDay(holidayByForm('New Year')!)).toBe(true);
    expect(dateNeedsDay(holidayByForm('Christmas')!)).toBe(false);
  });
});

describe('abbreviations', () => {
  it.each([
    ['Sen', true],
    ['Sens', true],
    ['Mr', true],
    ['Calif', true],
    ['Ill', true],
    ['ill', false],
    ['No', true],
    ['no', false],
    ['etc', true],
    ['al', true],
    ['Al', false],
    ['Jan', true],
    ['U.S', true],
    ['a.m', true],
    ['G', true],
    ['g', false],
    ['Department', false],
    ['said', false],
    ['', false],
  ])('isAbbreviation(%j) = %s', (word, expected) => expect(isAbbreviation(word)).toBe(expected));

  it.each([
    ['Sen. Warren', 3, true],
    ['He left. Then', 7, false],
    ['the U.S. said', 7, true],
    ['Birmingham, Ala. The', 15, true],
    ['in Ill. Then', 6, true],
    ['he was ill. Then', 10, false],
    ['.', 0, false],
  ])('isAbbreviationPeriod(%j, %i) = %s', (text, i, expected) => expect(isAbbreviationPeriod(text, i)).toBe(expected));
});

describe('the sentence segmenter', () => {
  it.each([
    ['Sen. Warren said so. Then', 3, false],
    ['Sen. Warren said so. Then', 19, true],
    ['It rose 3.5 percent.', 9, false],
    ['He left. and then', 7, false],
    ['“We will act.” Then', 12, true],
    ['R-Ky., said', 4, false],
    ['Really? Yes.', 6, true],
    ['He left.', 7, true],
  ])('endsSentenceAt(%j, %i) = %s', (text, i, expected) => expect(endsSentenceAt(text, i)).toBe(expected));

  it.each([
    ['He left. She will go Monday.', 21, 27, { start: 8, end: 28 }],
    ['Sen. Warren met him Monday.', 20, 26, { start: 0, end: 27 }],
    ['First line\nSecond line Monday', 23, 29, { start: 11, end: 29 }],
  ])('sentenceAround(%j, %i, %i)', (text, start, end, expected) =>
    expect(sentenceAround(text, start, end)).toEqual(expected),
  );

  it('splits a paragraph into sentences, keeping abbreviations and quotes whole', () => {
    const text = 'Sen. Warren spoke. “We will act,” she said.\nNext line';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Sen. Warren spoke.',
      '“We will act,” she said.',
      'Next line',
    ]);
  });

  it.each([
    ['The river flooded.The town was evacuated.', [18]],
    ['Sales fell.It was late.However, prices held.', [11, 23]],
    // negatives: abbreviations, domains, decimals, a capital before the period, a non-opener after it
    ['Visit example.com or the U.S.The end.', []],
    ['Go to news.It.com today.', []],
    ['It rose 3.5 percent.', []],
    ['He met UN.The talks ended.', []],
    ['The river flooded.Paris was dry.', []],
  ])('gluedSentenceBreaks(%j) = %j', (text, expected) => expect(gluedSentenceBreaks(text)).toEqual(expected));

  describe('glued words spaced for a reader of words (spaceGluedWords, writtenOffset)', () => {
    // text | the text with the glued words spaced | where each inserted space stands
    it.each([
      ['in 36 hoursyesterday', 'in 36 hours yesterday', [11]],
      ['saidThursday and daystomorrow', 'said Thursday and days tomorrow', [4, 22]],
      // negatives: no glued token, a real word, a compound
      ['in 36 hours yesterday', null, null],
      ['the Decemberists and a cyberattack', null, null],
    ] as const)('spaceGluedWords(%j) = %j at %j', (text, spaced, inserted) => {
      const result = spaceGluedWords(text, () => true);
      expect(result?.text ?? null).toBe(spaced);
      expect(result?.inserted ?? null).toEqual(inserted);
    });

    it('spaceGluedWords takes only the splits `accept` takes', () => {
      expect(spaceGluedWords('saidThursday and daystomorrow', (s) => s.right === 'tomorrow')?.text).toBe(
        'saidThursday and days tomorrow',
      );
    });

    // with a hint (a pattern every token `accept` takes contains), only the runs of letters
    // around its matches are read: the same spacing as a reading of every word
    // text | the right parts accepted | hint | the text with the glued words spaced
    it.each([
      ['saidThursday and daystomorrow', ['tomorrow'], /tomorrow/gi, 'saidThursday and days tomorrow'],
      [
        'saidThursday and daystomorrow',
        ['Thursday', 'tomorrow'],
        /thursday|tomorrow/gi,
        'said Thursday and days tomorrow',
      ],
      ['saidThursday and daystomorrow', ['tomorrow'], /morrow/gi, 'saidThursday and days tomorrow'], // a hint inside the word
      ['saidThursday, 𝐀daystomorrow', ['Thursday', 'tomorrow'], /thursday|tomorrow/gi, 'said Thursday, 𝐀daystomorrow'], // a letter outside the BMP is part of the word
      ['in 36 hours yesterday', ['yesterday'], /yesterday/gi, null],
    ] as const)('spaceGluedWords(%j) taking %j, hint %s = %j', (text, rights, hint, spaced) => {
      const accept = (split: { right: string }) => (rights as readonly string[]).includes(split.right);
      expect(spaceGluedWords(text, accept, hint)?.text ?? null).toBe(spaced);
      expect(spaceGluedWords(text, accept)?.text ?? null).toBe(spaced);
    });

    // an offset in the spaced text | the offset in the text as written ('in 36 hoursyesterday')
    it.each([
      [0, 0],
      [11, 11], // the inserted space: where the two words meet
      [12, 11], // "yesterday" starts where "hours" ends
      [21, 20], // the end of the text
    ])('writtenOffset(%i) = %i', (offset, written) => {
      expect(writtenOffset({ text: 'in 36 hours yesterday', inserted: [11] }, offset)).toBe(written);
    });
  });

  it('stays linear on dot runs and long gaps', () => {
    const text = `${'. '.repeat(200_000)}${' '.repeat(200_000)}.`;
    const t0 = performance.now();
    splitSentences(text);
    sentenceAround(text, 200_000, 200_010);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('titles', () => {
  it.each([
    ['spokeswoman', 'female'],
    ['mrs', 'female'],
    ['wife', undefined],
    ['mr', 'male'],
    ['king', 'male'],
    ['minister', undefined],
  ])('TITLE_GENDERS.get(%s) = %s', (word, gender) => expect(TITLE_GENDERS.get(word)).toBe(gender));

  it('honorifics give a gender or null', () => {
    expect(HONORIFICS.get('ms')).toBe('female');
    expect(HONORIFICS.get('dr')).toBeNull();
    expect(HONORIFICS.has('spokesman')).toBe(false);
  });

  it.each([
    ['spokesman', true, true],
    ['striker', true, false],
    ['wife', true, false],
    ['dr', true, true],
    ['mr', false, true],
    ['democrat', false, true],
    ['deputy', false, true],
    ['driver', true, false],
  ])('%s: a title head for entities %s, stripped from speaker names %s', (word, head, speaker) => {
    expect(TITLE_HEADS.has(word)).toBe(head);
    expect(SPEAKER_TITLES.has(word)).toBe(speaker);
  });

  it('titleOf reads any case and a trailing period', () => {
    expect(titleOf('Sen.')).toEqual({ word: 'sen', kind: 'office', abbreviates: 'senator' });
    expect(titleOf('Peskov')).toBeUndefined();
  });

  it('each title word is listed once', () => {
    const words = TITLE_TABLE.map((t) => t.word);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('speech verbs', () => {
  it.each([
    ['said', 'reporting'],
    ['vowed', 'framing'],
    ['called', 'framing'],
    ['state', undefined],
    ['states', 'reporting'],
    ['denied', undefined],
    ['ruled', undefined],
  ])('CUE_WORDS.get(%s) = %s', (form, strength) => expect(CUE_WORDS.get(form)).toBe(strength));

  it.each([
    ['added', true],
    ['says', true],
    ['denied', true],
    ['believes', true],
    ['say', false],
    ['saying', false],
    ['called', false],
    ['reports', false],
    ['reported', false],
    ['told', true],
  ])('SPEAKER_VERBS.has(%s) = %s', (form, expected) => expect(SPEAKER_VERBS.has(form)).toBe(expected));

  it.each([
    ['said', true],
    ['says', true],
    ['wrote', true],
    ['warned', false],
  ])('TENSE_NEUTRAL_VERBS.has(%s) = %s', (form, expected) => {
    expect(TENSE_NEUTRAL_VERBS.has(form)).toBe(expected);
  });

  it.each([
    ['announced', true],
    ['ruled', true],
    ['urged', true],
    ['wrote', false],
    ['says', false],
  ])('REPORT_PAST_PATTERN matches %s: %s', (form, expected) =>
    expect(whole(REPORT_PAST_PATTERN).test(form)).toBe(expected),
  );

  it.each([
    ['said', true],
    ['says', true],
    ['warns', false],
  ])('ATTRIBUTION_PATTERN matches %s: %s', (form, expected) => {
    expect(whole(ATTRIBUTION_PATTERN).test(form)).toBe(expected);
  });

  it.each([
    ['reiterated', true],
    ['told', false],
    ['insists', true],
  ])('REPORTED_SPEECH_PATTERN matches %s: %s', (form, expected) => {
    expect(whole(REPORTED_SPEECH_PATTERN).test(form)).toBe(expected);
  });

  it('each form belongs to one verb', () => {
    const forms = SPEECH_VERB_TABLE.flatMap((v) => v.forms);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });
});

describe('name parts', () => {
  it('connectors are the particles plus the function words of names', () => {
    for (const p of NAME_PARTICLES) expect(NAME_CONNECTORS.has(p)).toBe(true);
    expect(NAME_CONNECTORS.has('of')).toBe(true);
    expect(NAME_PARTICLES.has('of')).toBe(false);
  });
});

describe('given names beyond compromise (given-names.data.ts, generated)', () => {
  // word | listed: first names of several registers, not the words, places and brands that parents
  // also chose ("Summer", "London", "Tesla"), nor one pinyin syllable (name-order.ts reads those)
  // prettier-ignore
  const rows: [string, boolean][] = [
    ['caden', true], ['tarek', true], ['margaux', true], ['mirela', true],
    ['summer', false], ['london', false], ['tesla', false], ['general', false], ['hong', false], ['xyzzy', false],
  ];
  it.each(rows)('isListedGivenName(%s) is %s', (word, listed) => expect(isListedGivenName(word)).toBe(listed));
});

describe('planets and moons, and texts about space', () => {
  // prettier-ignore
  const texts: [string, boolean][] = [
    ['The probe reached Jupiter and then Europa.', true], // two bodies
    ['The lander touched down on Mars on Tuesday.', true], // a space word
    ['The Solar System formed 4.6 billion years ago.', true],
    ['A space station resupply flight was delayed.', true],
    ['Mars reported higher sales of chocolate.', false],
    ['Mars pledged to protect the Earth.', false], // Earth is not a second body
    ['The office space downtown was rented.', false],
    ['Mercury levels in the river rose, with mars on the paint.', false], // lower case is no name
  ];
  it.each(texts)('readsAsSpace(%j) is %s', (text, space) => expect(readsAsSpace(text)).toBe(space));
  // prettier-ignore
  const words: [string, boolean, boolean][] = [
    ['Mars', true, true], ['Mars', false, false], ['Earth', false, true], ['EARTH', true, false], ['Marsh', true, false],
  ];
  it.each(words)('isCelestialBody(%s, space %s) is %s', (word, space, body) =>
    expect(isCelestialBody(word, space)).toBe(body),
  );
});

describe('localized month names', () => {
  // The table ships generated; on the ICU version it was read from it is what Intl gives
  // (after a Node upgrade that changes ICU: npx tsx scripts/build-localized-months.ts).
  it.skipIf(process.versions.icu !== LOCALIZED_MONTHS_ICU)('the shipped table is what Intl gives', () => {
    expect([...LOCALIZED_MONTHS]).toEqual([...monthNamesFromIntl()]);
  });
  it.each([
    ['dezember', 12],
    ['janvier', 1],
    ['sunday', undefined],
    ['ডিসেম্বর', 12],
    ['ஜனவரி', 1],
    ['ಅಕ್ಟೋಬರ್', 10],
    ['ጃንዋሪ', 1],
    ['දුරුතු', undefined], // Sinhala: Intl's names are the lunar months (see WITHOUT_NAMES)
  ])('%s → %s', (name, month) => expect(LOCALIZED_MONTHS.get(name)).toBe(month));
});

describe('the lexicon loads nothing heavy', () => {
  it('imports only its own modules', () => {
    const dir = join(__dirname, '../../src/lexicon');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      const specifiers = [...source.matchAll(/^import[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
      // its own modules only (a generated table such as ./english-words.data.js is one)
      for (const s of specifiers) expect(s, `${file} imports ${s}`).toMatch(/^\.\/[\w-]+(?:\.data)?\.js$/);
    }
  });
});

describe('time zones after a clock time', () => {
  it.each([
    ['PST', 'opens at 8AM ', true],
    ['GMT', 'at 14.30 ', true],
    ['EST', 'at 5 p.m. ', true],
    ['PST', 'members of the ', false],
    ['NATO', 'at 8AM ', false],
    ['pst', 'at 8AM ', false],
  ] as const)('%s after %j -> %s', (word, before, expected) => {
    expect(isZoneAfterClockTime(word, before)).toBe(expected);
  });
});
