import { describe, expect, it } from 'vitest';
import { readsBetter, rereadLanguage } from '../../src/clean/article-language.js';
import type { Edit } from '../../src/core/types.js';

// The second look after a cleaning: passages removed as foreign that outweigh the prose kept
// clearly in the article's language send the page to a second reading in their language, and
// that reading stands only when it is the article.

const GREEK = [
  'Σεισμός 4,5 Ρίχτερ σημειώθηκε χθες το βράδυ ανοιχτά της Ζακύνθου.',
  'Δεν αναφέρθηκαν ζημιές ούτε τραυματισμοί.',
  'Το επίκεντρο βρισκόταν 30 χιλιόμετρα δυτικά του νησιού.',
  'Οι αρχές καλούν τους κατοίκους σε ψυχραιμία.',
];
const RUSSIAN = [
  'Землетрясение магнитудой 4,5 произошло утром у побережья.',
  'О разрушениях и пострадавших не сообщается.',
  'Эпицентр находился в 20 километрах к югу от города.',
  'Сейсмологи призывают жителей сохранять спокойствие.',
];
const ENGLISH =
  'Dock workers returned to work on Thursday after their union accepted a two-year pay deal, ending a nine-day strike that had left ships waiting offshore.\n\nThe agreement raises wages by 6 percent this year and a further 4 percent next year, the union said in a statement.';

const removedAs = (language: string, before: string): Edit => ({
  kind: 'remove',
  category: 'foreign-language',
  rule: 'foreign-language/passage',
  rawStart: 0,
  rawEnd: before.length,
  before,
  start: 0,
  end: 0,
  after: '',
  language,
});

describe('rereadLanguage', () => {
  // [case, edits, kept text, expected, the first reading's language (default 'eng')]
  it.each<[string, Edit[], string, string | null, string?]>([
    ['a Greek brief removed, two menu words kept', GREEK.map((p) => removedAs('ell', p)), 'Sport\n\nCulture', 'ell'],
    [
      'the passages detected together, not one by one',
      RUSSIAN.map((p, i) => removedAs(i % 2 ? 'rus' : 'bul', p)),
      'Home',
      'rus',
    ],
    ['passages in the article language itself', GREEK.map((p) => removedAs('ell', p)), 'Sport', null, 'ell'],
    ['one Greek line removed from an English article', [removedAs('ell', GREEK[0]!)], ENGLISH, null],
    ['nothing removed as foreign', [], 'Sport', null],
    ['a passage in a script no detector names', [removedAs('und', GREEK.join(' '))], 'Home', null],
    ['nothing removed, a Chinese brief kept', [], '昨晚沿海发生四点五级地震。\n\n目前没有损失和伤亡报告。', 'cmn'],
    ['nothing removed, an English article naming Київ kept', [], `${ENGLISH} Київ`, null],
  ])('%s → %s', (_, edits, kept, expected, language = 'eng') => {
    expect(rereadLanguage(edits, kept, language)).toBe(expected);
  });
});

describe('readsBetter', () => {
  it.each([
    ['the Greek brief against two menu words', GREEK.join('\n\n'), 'ell', 'Sport\n\nCulture', true],
    ['one Greek sentence against one menu word', GREEK[0]!, 'ell', 'Sport', true],
    ['one Greek sentence, less prose than the first reading kept', GREEK[1]!, 'ell', `${GREEK[0]} Home`, false],
    ['the Greek brief against an English article', GREEK.join('\n\n'), 'ell', ENGLISH, false],
    [
      'results lines holding Spanish function words',
      '3. El Mehdi de la Torre ( Spain ) 13:05.02\n\n4. Juan de los Santos ( Spain ) 13:07.90',
      'spa',
      '1. Tom Harker 48.91',
      false,
    ],
  ] as const)('%s → %s', (_, text, language, firstText, expected) => {
    expect(readsBetter(text, language, firstText, 'eng')).toBe(expected);
  });
});
