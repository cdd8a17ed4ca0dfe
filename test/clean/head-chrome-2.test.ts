// Table tests for chrome around an article-only input, second round: menu rows with a numbered
// section, a dropdown arrow or the outlet's name before its account buttons; share rows with a
// label in other languages; rows of article tools side by side; comment bars and the comment
// section's notices; the error-report and save-article prompts; a CMS's region label.
// Invented lines only; every kind has rows that must NOT fire beside the ones that must.
import { describe, expect, it } from 'vitest';
import { cleanChecked } from './support.js';
import { clean } from '../../src/clean/index.js';
import { widgetRule } from '../../src/clean/rules/boilerplate/head-chrome.js';
import { commentsRule } from '../../src/clean/rules/boilerplate/chrome.js';

const HEADLINE = 'Ferry operator adds a night crossing to the islands';
const BODY = 'The ferry operator will add a night crossing to the outer islands from May, the company said on Monday.';
const MORE = 'Islanders had asked for a later boat for years, and the council agreed to pay part of the cost.';

const rulesOf = (raw: string) => cleanChecked(raw).edits.map((e) => e.rule);

// A row above the headline goes with `rule`; the article is left whole.
// prettier-ignore
const removedAtHead: Array<[rule: string, line: string]> = [
  ['boilerplate/menu', 'Bergen | Nyheter | Sport | Kultur | 110 | Debatt'],
  ['boilerplate/menu', 'News | Politics | Business | 24h | Weather'],
  ['boilerplate/menu', 'Menu ▾ | News | Sport | Weather | Sign In'],
  ['boilerplate/menu', 'Rubriques ▼  Monde  Économie  Culture'],
  ['boilerplate/menu', 'Harbour Times – Edición en español | Entrar | Registrarse (gratis)'],
  ['boilerplate/menu', 'Valley Gazette Online | Log in | Register (free)'],
  ['boilerplate/menu', 'World · Business · Culture · Sport · Science · Travel'],
];

describe('head chrome 2: menu rows above the article', () => {
  it.each(removedAtHead)('%s removes %j', (rule, line) => {
    const result = cleanChecked(`${line}\n\n${HEADLINE}\n\n${BODY}\n\n${MORE}`);
    expect(result.text).toContain(`${BODY}\n\n${MORE}`);
    expect(result.text).not.toContain(line.replace(/\s+/g, ' '));
    expect(result.edits.map((e) => e.rule)).toContain(rule);
  });

  it.each(removedAtHead)('%s keeps %j below the first paragraph of prose', (_rule, line) => {
    expect(cleanChecked(`${HEADLINE}\n\n${BODY}\n\n${line}\n\n${MORE}`).text).toContain(line.replace(/\s+/g, ' '));
  });
});

// Rows that look like menus but are not: kept above the article.
// prettier-ignore
const keptAtHead: Array<[why: string, line: string]> = [
  ['a score row of few items', 'Rovers | 2 | City | 1'],
  ['two numbers among the items', 'Oslo | 12 | Bergen | 9 | Stavanger | 4'],
  ['an outlet-like name before one button', 'Harbour Times – Edición en español | Entrar'],
  ['a headline with a dash before a pipe', 'Ferry fares rise again – islanders angry, council says | Analysis'],
];

describe('head chrome 2: rows that stay', () => {
  it.each(keptAtHead)('%s', (_why, line) => {
    expect(rulesOf(`${HEADLINE}\n\n${line}\n\n${BODY}\n\n${MORE}`)).not.toContain('boilerplate/menu');
  });

  it("a short dotted trail stays the breadcrumb rule's", () => {
    expect(rulesOf(`Sport · Tennis · Doubles\n\n${HEADLINE}\n\n${BODY}`)).toContain('boilerplate/breadcrumb');
  });
});

// A lone line after the article goes with `rule`, and before its prose as well.
// prettier-ignore
const removedAnywhere: Array<[rule: string, line: string]> = [
  ['boilerplate/share', 'Share story: Facebook | X | Telegram | Email'],
  ['boilerplate/share', 'Bagikan: WhatsApp Facebook X Line'],
  ['boilerplate/share', 'Comparte: Facebook · X · WhatsApp'],
  ['boilerplate/share', 'Share page: WhatsApp | Facebook | E-Mail'],
  ['boilerplate/share', 'Kongsi: Facebook Telegram'],
  ['boilerplate/share', 'Chia sẻ: Facebook Zalo'],
  ['boilerplate/share', 'Share via Facebook · Share via WhatsApp · Send by email'],
  ['boilerplate/share', 'Share this story with your social networks'],
  ['boilerplate/widget', 'Listen to this story ▶ | Text size 文 文'],
  ['boilerplate/widget', 'Text size: A- A+ | Print'],
  ['boilerplate/widget', 'Artikel anhören | 4 Min. Lesezeit'],
  ['boilerplate/widget', 'Ouvir notícia · 5 min de leitura'],
  ['boilerplate/widget', 'Schriftgröße A A'],
  ['boilerplate/widget', 'Spotted a typo? Highlight it and press Ctrl + Enter to tell us.'],
  ['boilerplate/widget', 'Sign in or create a free account to save this story for later.'],
  ['boilerplate/comments', 'Comments (3) | Comment on this story'],
  ['boilerplate/comments', 'Kommentare (27) · Kommentieren'],
  ['boilerplate/comments', '12 comentarios | Escribe un comentario'],
  ['boilerplate/skip-link', 'Story content'],
  ['boilerplate/skip-link', 'Contenido del artículo'],
];

describe('widgets, share rows and comment bars', () => {
  it.each(removedAnywhere)('%s removes %j after the article', (rule, line) => {
    const result = cleanChecked(`${HEADLINE}\n\n${BODY}\n\n${MORE}\n\n${line}`);
    expect(result.text.endsWith(`${BODY}\n\n${MORE}`)).toBe(true);
    expect(result.edits.map((e) => e.rule)).toContain(rule);
  });

  it.each(removedAnywhere)('%s removes %j between paragraphs', (rule, line) => {
    expect(rulesOf(`${HEADLINE}\n\n${BODY}\n\n${line}\n\n${MORE}`)).toContain(rule);
  });
});

// The comment section's notices: only below the article's last paragraph of prose.
// prettier-ignore
const notices: string[] = [
  'Please read our community guidelines before commenting and keep it civil.',
  'Comments are the views of their writers and do not represent the views of the Valley Gazette.',
  'We reserve the right to remove comments that break our house rules.',
  'Opinions expressed in the comments are not the views of this newspaper.',
];

describe('comment notices', () => {
  it.each(notices)('removes %j at the end of the article', (line) => {
    const result = cleanChecked(`${HEADLINE}\n\n${BODY}\n\n${MORE}\n\n${line}`);
    expect(result.text.endsWith(`${BODY}\n\n${MORE}`)).toBe(true);
    expect(result.edits.map((e) => e.rule)).toContain('boilerplate/comments');
  });

  it.each(notices)('keeps %j with the article going on below it', (line) => {
    expect(rulesOf(`${HEADLINE}\n\n${BODY}\n\n${line}\n\n${MORE}`)).not.toContain('boilerplate/comments');
  });
});

// Article text on the same subjects: kept wherever it stands.
// prettier-ignore
const keptLines: string[] = [
  'The site said comments that break its guidelines would be moderated by volunteers, the editor said.',
  '"Comments do not represent the views of the paper," the editor wrote in a note to readers.',
  'Readers can save this article to their account, the company said, but only after they register.',
  'Press Ctrl+Enter to send the form, the manual says.',
  'Share prices rose on Facebook and X after the report.',
  'Font size matters: large print editions sold out in the islands.',
  'Line',
];

describe('article lines on the same subjects stay', () => {
  it.each(keptLines)('keeps %j', (line) => {
    const result = cleanChecked(`${HEADLINE}\n\n${BODY}\n\n${line}\n\n${MORE}\n\n${line === 'Line' ? MORE : BODY}`);
    expect(result.text).toContain(line);
  });
});

// Lines in the article's own language, read by the rules alone (an English test article would
// call them foreign passages first).
describe('localized widget and comment lines', () => {
  it.each([
    [widgetRule, 'Нашли ошибку? Выделите её и нажмите Ctrl+Enter', true],
    [widgetRule, 'Помітили помилку? Виділіть її та натисніть Ctrl+Enter', true],
    [widgetRule, 'Нажмите Ctrl+Enter, чтобы отправить сообщение', false],
    [widgetRule, 'Fehler melden', true],
    [widgetRule, 'Report a typo', true],
    [widgetRule, 'Report', false],
    [commentsRule, 'Los comentarios no representan la opinión de este diario.', true],
    [commentsRule, 'Redaksi tidak bertanggung jawab atas isi komentar pembaca.', true],
    [commentsRule, 'Die Kommentare spiegeln nicht die Meinung der Redaktion wider.', true],
    [commentsRule, 'Der Bürgermeister las die Kommentare der Anwohner vor.', false],
  ] as const)('%#: %s', (rule, line, removed) => {
    const out = clean(`Der Rat hat am Dienstag den Haushalt beschlossen.\n\n${line}`, { rules: [rule] }).text;
    expect(out.includes(line)).toBe(!removed);
  });
});
