// What must hold on the five seed articles, stated independently of the golden files:
// what is removed (and by which rule), what must survive, metadata, and losslessness.
import { describe, expect, it } from 'vitest';
import { clean, normalizeArticle, restore } from '../src/index.js';
import { loadFixtures } from './support/fixtures.js';

const fixtures = Object.fromEntries(loadFixtures().map((f) => [f.name.slice(0, 3), f]));

// Fixture → the rules of its removals, in raw order.
const expectedRemovals: Record<string, string[]> = {
  '000': [],
  '001': [],
  '002': ['footer/follow-us', 'boilerplate/lone-punctuation'],
  '003': ['related/links', 'footer/source-line'],
  '004': [
    'metadata/title',
    'metadata/byline',
    'metadata/dateline',
    'credit/photo',
    'embed/marker',
    'foreign-language/passage',
    'embed/tweet-signature',
    'credit/reporting',
    'metadata/source-url',
  ],
};

// Content that looks like chrome but is part of the article.
const mustSurvive: Record<string, string[]> = {
  '002': ['“Full US support”', 'No concessions', 'and Cooperation in Europe (OSCE).'],
  '003': [
    'The signal will be the direction taken by the Russian tanks, if they advance towards Kiev or if they return to Moscow.',
  ],
  '004': [
    'Kiev has been locked in a bitter war',
    'He will also speak with Ukrainian President Volodymyr Zelenskiy on Thursday',
  ],
};

const junk = [
  /Follow \S+ on/,
  /Keep reading/,
  /Embed:/,
  /pic\.twitter/,
  /\]\(#\)/,
  /<https?:/,
  /Source-www/,
  /@Kremlinpool/,
  /\p{Script=Cyrillic}/u,
];

describe('fixtures: clean', () => {
  it.each(Object.keys(expectedRemovals))('%s removes exactly the expected blocks', (id) => {
    const result = clean(fixtures[id]!.raw);
    const removals = result.edits.filter(
      (e) => e.kind === 'remove' && e.category !== 'whitespace' && !e.rule.startsWith('translation/'),
    );
    expect(removals.map((e) => e.rule)).toEqual(expectedRemovals[id]);
  });

  it.each(Object.keys(expectedRemovals))('%s leaves no footer, embed or markup residue and restores exactly', (id) => {
    const { raw } = fixtures[id]!;
    const result = clean(raw);
    for (const pattern of junk) expect(result.text).not.toMatch(pattern);
    for (const kept of mustSurvive[id] ?? []) expect(result.text).toContain(kept);
    expect(restore(result)).toBe(raw);
    expect(clean(result.text).text).toBe(result.text);
  });

  it('004: metadata lifted out of the body', () => {
    expect(clean(fixtures['004']!.raw).metadata).toEqual({
      title: 'Putin and Biden Hold Virtual Summit Amid Ukraine Invasion Fears',
      byline: ['Samantha Berkhead'],
      publishedAt: '2021-12-07',
      credits: ['kremlin.ru', 'Felix Light contributed reporting.'],
      sourceUrl:
        'https://www.themoscowtimes.com/2021/12/07/putin-and-biden-hold-virtual-summit-amid-ukraine-invasion-fears-a75754',
      language: 'eng',
    });
  });

  it('004: the Russian tweet is removed as foreign-language with its language code', () => {
    const edit = clean(fixtures['004']!.raw).edits.find((e) => e.category === 'foreign-language');
    expect(edit).toMatchObject({ language: 'rus', rule: 'foreign-language/passage' });
    expect(edit!.before).toMatch(/^Байден выразил сожаление/);
  });

  it('all three paragraph styles end in one blank line between paragraphs', () => {
    for (const { raw } of Object.values(fixtures)) {
      const { text } = clean(raw);
      expect(text).not.toMatch(/\n{3}|^\s|\s$/);
      expect(text.split('\n').filter((line) => line === '').length).toBe(text.split('\n\n').length - 1);
    }
  });

  it('normalizeArticle takes publishedAt from the dateline when the caller gives none', () => {
    expect(normalizeArticle(fixtures['004']!.raw).metadata.publishedAt).toBe('2021-12-07');
    expect(normalizeArticle(fixtures['001']!.raw).metadata.publishedAt).toBeUndefined();
  });
});
