// Table tests for the chrome an article keeps at its head or as lone widget lines, on
// article-only input: breadcrumb trails, navigation and account rows, share rows, article
// tools (audio players, reading time, text size, feedback prompts) and advertisement labels.
// Invented lines only; every kind has rows that must NOT fire beside the ones that must.
import { describe, expect, it } from 'vitest';
import { cleanChecked } from './support.js';

const HEADLINE = 'Harbour authority approves second container terminal';
const BODY = 'The harbour authority approved a second container terminal on Tuesday after a debate of five hours.';
const MORE = 'Dock workers said the plan would bring jobs, while residents worried about noise and heavy traffic.';

const rulesOf = (raw: string) => cleanChecked(raw).edits.map((e) => e.rule);

// A line standing above the headline goes with `rule`; the article is left whole.
// prettier-ignore
const removedAtHead: Array<[rule: string, line: string]> = [
  ['boilerplate/breadcrumb', 'Start › Regions › Coimbra'],
  ['boilerplate/breadcrumb', 'Inicio / Deportes / Fútbol'],
  ['boilerplate/breadcrumb', 'Accueil » Monde » Afrique'],
  ['boilerplate/breadcrumb', 'Culture > Books'],
  ['boilerplate/breadcrumb', 'Newsdesk | Sport'],
  ['boilerplate/breadcrumb', 'Local · Ohio · Schools'],
  ['boilerplate/breadcrumb', 'example.org > Science > Space'],
  ['boilerplate/breadcrumb', 'Startseite»Wirtschaft»Handel'],
  ['boilerplate/breadcrumb', 'Home > Arts & Culture > Film'],
  ['boilerplate/menu', 'Politik  Wirtschaft  Kultur  Sport'],
  ['boilerplate/menu', 'HOME  METRO  BUSINESS  ARTS'],
  ['boilerplate/menu', 'Front Page  Sci-Tech  Letters  Weekend'],
  ['boilerplate/menu', 'Log in | Sign up'],
  ['boilerplate/menu', 'Abonnieren  Anmelden'],
  ['boilerplate/menu', 'Anmelden'],
  ['boilerplate/menu', 'Sign up'],
  ['boilerplate/menu', 'Iniciar sesión'],
  ['boilerplate/section-label', 'Climate'],
  ['boilerplate/section-label', 'in Local Politics'],
  ['boilerplate/menu', 'Trending: Heat wave | Rail strike | Council vote'],
  ['boilerplate/menu', 'Hot topics: Elections • Budget • Housing'],
];

describe('head chrome: what goes above the article', () => {
  it.each(removedAtHead)('%s removes %j', (rule, line) => {
    const result = cleanChecked(`${line}\n\n${HEADLINE}\n\n${BODY}\n\n${MORE}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.metadata.title).toBe(HEADLINE);
    expect(result.edits.map((e) => e.rule)).toContain(rule);
  });

  it.each(removedAtHead)('%s removes %j under the headline, above the first paragraph', (rule, line) => {
    expect(rulesOf(`${HEADLINE}\n\nBy Jane Roe\n\n${line}\n\n${BODY}\n\n${MORE}`)).toContain(rule);
  });

  // (the rule's head gate; another rule may know the line anywhere: a "Trending:" teaser label)
  it.each(removedAtHead)('%s does not fire on %j below the first paragraph of prose', (rule, line) => {
    expect(rulesOf(`${HEADLINE}\n\n${BODY}\n\n${line}\n\n${MORE}`)).not.toContain(rule);
  });
});

// Headlines and lines of the article that look like trails or menus: kept above the article.
// prettier-ignore
const keptAtHead: Array<[why: string, line: string]> = [
  ['a headline with a dash', 'Lula - Bolsonaro debate'],
  ['a headline with a colon and a slash', 'Budget vote: council split / mayor defiant'],
  ['a headline with a slash inside a name', 'AC/DC announce new tour dates across Europe'],
  ['a long headline with a pipe', 'Council approves the harbour plan after a long night | Analysis of the vote'],
  ['a headline with a score', 'Rovers 3 > City 1 in cup thriller'],
  ['a sentence-case line with double spaces', 'Dock workers walk out  over pay and hours'],
  ['a headline with two capitalised items', 'Harbour Deal  Signed'],
  ['a quote in a trail-like line', 'Home › “Exit” › Now'],
  ['a headline opening with "Trending"', 'Trending: why everyone is talking about the harbour vote'],
  ['a lower-case "in" line', 'in the harbour'],
];

describe('head chrome: headlines that look like chrome stay', () => {
  it.each(keptAtHead)('%s', (_why, line) => {
    const result = cleanChecked(`${line}\n\n${BODY}\n\n${MORE}`);
    const kept = result.text.includes(line.replace(/\s+/g, ' ')) || result.metadata.title === line.replace(/\s+/g, ' ');
    expect(kept).toBe(true);
  });

  it('a byline with a pipe is lifted as the byline, not removed as a trail', () => {
    const result = cleanChecked(`${HEADLINE}\n\nBy Jane Roe | Example Wire\n\n${BODY}\n\n${MORE}`);
    expect(result.metadata.byline).toEqual(['Jane Roe']);
    expect(result.edits.map((e) => e.rule)).not.toContain('boilerplate/breadcrumb');
  });

  it.each([
    ['a lone letter', `Coupon rate N / A\n\nMaturity N / A\n\n${BODY}`],
    ['a score', `Rovers 2 / City 1\n\n${BODY}`],
    ['no paragraph of prose after it (a list, a table)', 'Prices\n\nWheat / Barley\n\nOats / Rye\n\nMaize'],
  ])('a slashed line with %s stays', (_why, raw) => {
    expect(rulesOf(raw)).not.toContain('boilerplate/breadcrumb');
  });

  it('a table header row inside the article stays', () => {
    const row = 'Team  Played  Won  Points';
    expect(cleanChecked(`${BODY}\n\n${row}\n\n${MORE}`).text).toContain('Team Played Won Points');
  });
});

// A lone line after two paragraphs goes with `rule`.
// prettier-ignore
const removedAnywhere: Array<[rule: string, line: string]> = [
  ['boilerplate/widget', 'Listen to this story'],
  ['boilerplate/widget', 'Listen to article (4:12)'],
  ['boilerplate/widget', 'Listen ▶ 6 min'],
  ['boilerplate/widget', 'Artikel anhören'],
  ['boilerplate/widget', 'Escuchar noticia'],
  ['boilerplate/widget', 'Estimated reading time: 4 minutes'],
  ['boilerplate/widget', 'Read time: 7 mins read'],
  ['boilerplate/widget', 'Lesezeit: 5 Min.'],
  ['boilerplate/widget', '6 min de lectura'],
  ['boilerplate/widget', 'A- A A+'],
  ['boilerplate/widget', 'A+ A-'],
  ['boilerplate/widget', 'Was this story helpful?'],
  ['boilerplate/widget', 'How useful was this article?'],
  ['boilerplate/widget', 'Rate this story'],
  ['boilerplate/widget', 'War dieser Artikel hilfreich?'],
  ['boilerplate/widget', '¿Te resultó útil esta noticia?'],
  ['boilerplate/share', 'Teilen  E-Mail  WhatsApp'],
  ['boilerplate/share', 'Copy  Email  Facebook  More'],
  ['boilerplate/share', 'Compartir  Facebook  X'],
  ['boilerplate/share', 'Condividi'],
  ['boilerplate/share', 'facebook x.com e-mail'],
  ['boilerplate/share', 'Please share this article'],
  ['boilerplate/share', 'Share this post with your friends!'],
  ['boilerplate/share', 'Bookmark'],
  ['boilerplate/advertisement', 'Article continues after this advertisement'],
  ['boilerplate/advertisement', 'ARTICLE CONTINUES BELOW THIS AD'],
  ['boilerplate/advertisement', 'Advertisement - Scroll to continue reading'],
  ['boilerplate/advertisement', 'Anzeige'],
  ['boilerplate/advertisement', 'Publicidad'],
  ['boilerplate/advertisement', 'Pubblicità'],
  ['boilerplate/advertisement', 'Continua após a publicidade'],
  ['boilerplate/advertisement', 'La suite après cette publicité'],
  ['boilerplate/advertisement', 'Weiterlesen nach der Anzeige'],
];

describe('lone widget lines: what goes anywhere', () => {
  it.each(removedAnywhere)('%s removes %j after the article', (rule, line) => {
    const result = cleanChecked(`${BODY}\n\n${MORE}\n\n${line}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.edits.map((e) => e.rule)).toContain(rule);
  });

  it.each(removedAnywhere)('%s removes %j between paragraphs', (rule, line) => {
    expect(rulesOf(`${BODY}\n\n${line}\n\n${MORE}`)).toContain(rule);
  });
});

// Article text with the same words: kept between paragraphs and at the end.
// prettier-ignore
const keptAnywhere: Array<[why: string, line: string]> = [
  ['"listen" in a sentence', 'Listen to the minister’s full speech on our website, the ministry said.'],
  ['a listening headline', 'Listen to the Harbour'],
  ['"reading time" in a sentence', 'Reading time in schools has fallen by a third, the study found.'],
  ['a question about a decision', 'Was this the right decision? Voters will decide in May.'],
  ['"helpful" in a question', 'Was this plan helpful to the port?'],
  ['"share" in a sentence', 'Share prices rose 3% on Monday.'],
  ['"more" alone', 'More'],
  ['a grade', 'A'],
  ['a rating', 'AA'],
  ['an ad in a sentence', 'The advertising market continues to grow after the pandemic.'],
  ['a share headline', 'Share of renters rises'],
  ['"copy" in a sentence', 'Copy editors walked out on Friday.'],
];

describe('lone widget lines: look-alike article text stays', () => {
  it.each(keptAnywhere)('%s', (_why, line) => {
    expect(cleanChecked(`${BODY}\n\n${line}\n\n${MORE}`).text).toContain(line);
    expect(cleanChecked(`${BODY}\n\n${MORE}\n\n${line}`).text).toContain(line);
  });
});
