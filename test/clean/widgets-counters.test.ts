// Table tests for the widgets a scraper leaves around an article: view, read and comment
// counters, comment prompts, share rows naming platforms, audio players and reading time, and
// "read also" labels of the languages added last. Invented lines only; beside each kind, article
// lines that open with the same words and must stay.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { cleanChecked } from './support.js';
import type { BlockContext, BlockRule } from '../../src/clean/rule.js';
import { counterRule, playerClockRule } from '../../src/clean/rules/boilerplate/counters.js';
import { commentsRule, shareRule } from '../../src/clean/rules/boilerplate/chrome.js';
import { widgetRule } from '../../src/clean/rules/boilerplate/head-chrome.js';
import { relatedLinksRule } from '../../src/clean/rules/related/related-links.js';

const BODY = 'The harbour board will open a second ferry berth in the spring, its chairman said on Friday.';
const MORE = 'Work on the berth began last year and cost less than planned, according to the board.';

// The rule's own answer for the line between BODY and MORE (another rule, the foreign-language
// passage, may take a line of another script first in a whole clean).
function fires(rule: BlockRule, line: string): boolean {
  const blocks = [BODY, line, MORE].map((text, index) => ({ text, index, source: text }));
  const context = {
    blocks,
    isRemoved: () => false,
    keptAfter: () => 1,
    keptBefore: () => 1,
  } as unknown as BlockContext;
  return rule.match(blocks[1] as never, context) !== null;
}

// prettier-ignore
const COUNTERS: string[] = [
  'Views: 3 415', '2,480 views', 'Read 1,204 times', '👁 2.3K', '👁️ 870', '📖 Reads: 96',
  'Aufrufe: 340', '12 mal gelesen', 'Vues : 2 300', 'Lu 58 fois', 'Visitas: 1.234', 'Leído 230 veces',
  'Visualizações: 1.234', 'Lido 88 vezes', 'Letto 340 volte', '1.204 visualizzazioni', '12 weergaven',
  'Visningar: 230', 'Luettu 45 kertaa', 'Wyświetleń: 1 234', 'Zobrazení: 4 521', 'Přečteno 1 234×',
  'Pregleda: 1.204', 'Прегледа: 1.204', 'Megtekintések száma: 230', 'Vizualizări: 1.204', 'Прегледи: 1204',
  'Προβολές: 1.204', 'Просмотров: 1205', 'Прочитано 512 раз', 'Переглядів: 1204', 'Okunma Sayısı: 2.345',
  'المشاهدات: 1520', 'بازدید: ۱۲۳۴', 'צפיות: 400', 'Dibaca 1.234 kali', 'Lượt xem: 3.412', '阅读 1234',
  '閱讀次數：1234', '閲覧数 1,200', '조회수 1,234',
  // comment counters
  'Discussion (118)', 'Diskussion (23)', 'Comments: 12', 'Kommentare: 3', 'Обсуждение (5)', 'Diskuse (42)',
  'Reactions [4]',
  'Kommentare 12',
  'Комментарии 5',
  '💬 4', '🗨 31', '🗨️ 7',
];
// prettier-ignore
const ARTICLE_LINES: string[] = [
  'Views of the committee differ on the matter.', 'Read 12 chapters before the exam, the teacher said.',
  'Discussion of the budget continues on Monday.', 'Comments: none were made by the ministry.',
  '12 views were put forward at the hearing.', 'Aufrufe zur Ruhe blieben ungehört.', 'Просмотров было мало.',
  'Reads like a thriller.', 'Debate over the tax lasted 12 hours.', 'Visitas de Estado: 3 en 2024 y otras más',
  'Comments 12 and 13 were deleted by the moderators.', '2.3 million viewers watched the final.', 'Discussion (see page 4)', 'Views 12 and 14 of the survey',
];

describe('boilerplate/counter: view, read and comment counters', () => {
  it.each(COUNTERS)('removes %j', (line) => expect(fires(counterRule, line)).toBe(true));
  it.each(ARTICLE_LINES)('keeps %j', (line) => expect(fires(counterRule, line)).toBe(false));
  it('removes the counter in a whole clean and keeps the paragraphs', () => {
    const result = cleanChecked(`${BODY}\n\nViews: 3 415\n\n${MORE}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.edits.map((e) => e.rule)).toContain('boilerplate/counter');
  });
});

describe('boilerplate/player-clock: a player clock', () => {
  it.each(['0:00 / 3:12', '▶ 00:00 / 03:12', '▶ 1:05 / 12:40', '00:00:00 / 01:02:10'])('removes %j', (line) =>
    expect(fires(playerClockRule, line)).toBe(true),
  );
  it.each(['2:15 / 4:30', 'Score 0:00 / 3:12 at the break', '1/2'])('keeps %j', (line) =>
    expect(fires(playerClockRule, line)).toBe(false),
  );
});

describe('boilerplate/comments: prompts and labelled counts', () => {
  // prettier-ignore
  it.each([
    'Have your say (6)', 'Have your say', 'Comment on this article (63 comments)', 'Comment on the story',
    'Be the first to react', 'Join the debate', 'Diskutieren Sie mit', 'Soyez le premier à commenter',
    'Sé el primero en comentar', 'Seja o primeiro a comentar', 'Partecipa alla discussione', 'Praat mee',
    'Dołącz do dyskusji', 'Присоединяйтесь к обсуждению', 'Jadilah yang pertama berkomentar', '参与讨论', '我来说两句',
  ])('removes %j', (line) => expect(fires(commentsRule, line)).toBe(true));
  // prettier-ignore
  it.each([
    'Have your say on the plan at the town hall on Friday.', 'Comment on the story was not available.',
    'Join the debate, the mayor urged residents.', 'Praat mee of zwijg, zei hij.',
  ])('keeps %j', (line) => expect(fires(commentsRule, line)).toBe(false));
});

describe('boilerplate/share: rows that name platforms', () => {
  // prettier-ignore
  it.each([
    'Share · Facebook · X', 'Teilen: Facebook | WhatsApp', 'Chia sẻ: Facebook Zalo', 'シェア LINE Facebook X',
    '공유 카카오톡 페이스북', '공유 카카오톡 네이버 밴드', '分享到 微博 微信 QQ空间', 'Share: Facebook | Telegram | Viber',
    '字号 打印 分享', '글자크기 인쇄 공유', '文字サイズ 印刷 シェア',
  ])('removes %j', (line) => expect(fires(shareRule, line)).toBe(true));
  it.each(['Share prices fell on Facebook news.', 'Line managers met on Monday.', 'Kakao shares fell 3 percent.'])(
    'keeps %j',
    (line) => expect(fires(shareRule, line)).toBe(false),
  );
});

describe('boilerplate/widget: players and reading time', () => {
  // prettier-ignore
  it.each([
    'Listen (audio news)', '🎧 Listen to this story', 'Listen to the audio version', '⏱ 3-minute read',
    '⏱️ 4-minute read', '3-minute read', '5-min read', '📖 Lesezeit: 4 Minuten',
  ])('removes %j', (line) => expect(fires(widgetRule, line)).toBe(true));
  it.each([
    '3-minute walk',
    'Listen to the audio of the hearing, he said.',
    'A 3-minute read of the charges followed.',
  ])('keeps %j', (line) => expect(fires(widgetRule, line)).toBe(false));
});

describe('related/links: "read also" in Icelandic, Georgian, Amharic and Tamil', () => {
  const clean1 = (raw: string) => clean(raw, { rules: [relatedLinksRule] });
  // prettier-ignore
  it.each([
    'Lesið einnig: Borgin lækkar fasteignagjöld', 'ასევე წაიკითხეთ: ქალაქი ახალ ხიდს აშენებს',
    'ተጨማሪ ያንብቡ: ከተማዋ አዲስ ድልድይ ትገነባለች', 'மேலும் படிக்க: நகரம் புதிய பாலம் கட்டுகிறது',
  ])('removes %j', (line) => {
    const raw = `${BODY}\n\n${line}\n\n${MORE}`;
    expect(clean1(raw).text).toBe(`${BODY}\n\n${MORE}`);
  });
});
