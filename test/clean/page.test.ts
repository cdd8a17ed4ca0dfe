// The page-level article extractor (page/* rules): on a whole scraped page it keeps the
// article and removes the chrome around it, each removal with its id and reason; on
// article-only input it does nothing. Pages here are invented in the genre's style.
import { describe, expect, it } from 'vitest';
import { clean, restore } from '../../src/clean/index.js';
import { editViolation } from './support/invariants.js';

// prettier-ignore
const MENU = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Video', 'Podcasts', 'Newsletters', 'Sign in', 'Subscribe', 'Search'];
const TITLE = 'Port workers in Valdora end strike after pay deal - The Daily Ledger';
const BODY = [
  'Dock workers at the port of Valdora returned to work on Thursday after their union accepted a two-year pay deal, ending a nine-day strike that had left dozens of container ships waiting offshore.',
  'The agreement raises wages by 6 percent this year and a further 4 percent next year, the union said in a statement, and adds a bonus for night shifts that workers had demanded since the spring.',
  'What changes for shippers',
  'Port officials said the backlog of ships would take about a week to clear, and that priority would go to vessels carrying food and medical supplies.',
  '“We are relieved that the port is moving again, but the losses of the last nine days will not be recovered quickly,” said Mara Olen, who heads the regional exporters’ association.',
  'The strike was the longest at the port since 2009, when a dispute over pensions halted work for two weeks.',
];
// prettier-ignore
const AFTER = ['Related stories', 'Valdora port traffic hits record high', 'Union leaders meet minister over pensions', 'Shipping rates climb as strikes spread',
  'Comments', 'J. Fenn', 'About time they settled this.', 'Reply', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'About Us', 'Advertise', 'Careers', '© 2024 The Daily Ledger. All rights reserved.'];

const page = [TITLE, ...MENU, ...BODY, 'Share', 'Facebook', 'Twitter', 'Email', ...AFTER].join('\n\n');

describe('page extractor on a whole page', () => {
  const result = clean(page);

  it('keeps every line of the article, the subheading between body paragraphs included', () => {
    for (const line of BODY) expect(result.text).toContain(line);
  });

  it('removes the menu, the related list, the comments and the footer', () => {
    // Recall first: the menu line right before the article may stay (the region's edge).
    for (const line of [...MENU.slice(0, -1), ...AFTER.slice(1)]) expect(result.text.split('\n\n')).not.toContain(line);
  });

  it('records each page-level removal under a page/ id with its reason', () => {
    const pageEdits = result.edits.filter((e) => e.rule.startsWith('page/'));
    expect(pageEdits.length).toBeGreaterThan(0);
    for (const e of pageEdits) {
      expect([
        'page/before-article',
        'page/after-article',
        'page/inside-article',
        'page/comments',
        'page/related',
      ]).toContain(e.rule);
      expect(e.reason).toMatch(/tokens?.*(before|after|inside|heading)/);
    }
    expect(pageEdits.find((e) => e.before.includes('Politics'))?.rule).toBe('page/before-article');
  });

  it('restores exactly and keeps every edit invariant', () => {
    expect(restore(result)).toBe(page);
    expect(editViolation(page, result)).toBeNull();
  });

  it('can be switched off as a whole or by id', () => {
    expect(clean(page, { disable: ['page/'] }).edits.some((e) => e.rule.startsWith('page/'))).toBe(false);
    expect(clean(page, { disable: ['page/before-article'] }).text).toContain('Politics');
  });
});

describe('page extractor leaves article-only input alone', () => {
  const article = [...BODY, 'He resigned.', 'No concessions', 'Talks resume in January.'].join('\n\n');
  it.each([
    ['an article with short lines at the end', article],
    ['an article with a short line at the start', ['Analysis', ...BODY].join('\n\n')],
  ])('%s', (_why, raw) => {
    expect(clean(raw).edits.filter((e) => e.rule.startsWith('page/'))).toEqual([]);
  });
});

describe('the article language comes from its body', () => {
  // prettier-ignore
  const portuguese = [
    'Menu', 'Início', 'Política',
    'O governo anunciou nesta quinta-feira um novo pacote de medidas para conter a alta dos preços dos alimentos, que inclui a redução de impostos sobre a cesta básica.',
    'Segundo o ministro da Fazenda, as medidas devem entrar em vigor no próximo mês e terão um custo estimado de 12 bilhões de reais por ano para os cofres públicos.',
    'A oposição criticou o anúncio e disse que o governo demorou a agir diante da inflação, que já acumula alta de 8 por cento nos últimos doze meses.',
  ].join('\n\n');

  it('keeps a Portuguese article in Portuguese (default hint eng) and reports por', () => {
    const result = clean(portuguese);
    expect(result.metadata.language).toBe('por');
    expect(result.edits.filter((e) => e.category === 'foreign-language')).toEqual([]);
    expect(result.text).toContain('A oposição criticou o anúncio');
  });

  it('still removes a passage in another language than the body', () => {
    const raw = `${BODY.join('\n\n')}\n\nБайден выразил сожаление, что не смог увидеться лично с Путиным на этой неделе.`;
    const result = clean(raw);
    expect(result.metadata.language).toBe('eng');
    expect(result.edits.find((e) => e.category === 'foreign-language')?.language).toBe('rus');
  });

  it('treats the language option as a hint, not a deletion order', () => {
    const result = clean(BODY.join('\n\n'), { language: 'spa' });
    expect(result.metadata.language).toBe('eng');
    expect(result.text).toContain(BODY[0]);
  });
});
