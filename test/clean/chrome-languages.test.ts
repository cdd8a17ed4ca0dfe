// Table tests for the chrome of boilerplate/chrome.ts in the languages of the world's news sites:
// share rows, comment bars and prompts, tag lines, relative timestamps, cookie and browser
// notices printed in the site's language around an article in English. Invented lines only;
// beside each kind, lines of the same languages that open with the same word and must stay.
import { describe, expect, it } from 'vitest';
import { cleanChecked } from './support.js';
import type { BlockContext, BlockRule } from '../../src/clean/rule.js';
import {
  BROWSER_WORDS,
  COMMENT_WORDS,
  COOKIE_WORDS,
  SHARE_WORDS,
  TAG_LABELS,
  TIME_WORDS,
  browserNoticeRule,
  commentsRule,
  cookieRule,
  isTimestampLine,
  shareRule,
  tagsRule,
  timestampRule,
} from '../../src/clean/rules/boilerplate/chrome.js';

const BODY = 'The ferry operator will add a night crossing to the outer islands from May, the company said on Monday.';
const MORE = 'Islanders had asked for a later boat for years, and the council agreed to pay part of the cost.';

const rulesOf = (raw: string) => cleanChecked(raw).edits.map((e) => e.rule);

const RULES: Record<string, BlockRule> = Object.fromEntries(
  [shareRule, commentsRule, tagsRule, timestampRule, cookieRule, browserNoticeRule].map((rule) => [rule.id, rule]),
);
// The rule's own answer for the line between BODY and MORE (another rule, the foreign-language
// passage, may take a line of another script first in a whole clean).
function fires(rule: string, line: string): boolean {
  const blocks = [BODY, line, MORE].map((text, index) => ({ text, index }));
  const context = { blocks, isRemoved: () => false, keptAfter: () => 1 } as unknown as BlockContext;
  return RULES[rule]!.match(blocks[1] as never, context) !== null;
}

// A line between two paragraphs goes with `rule`; the paragraphs stay.
// prettier-ignore
const removed: Array<[rule: string, line: string]> = [
  // Share rows: a label with its colon, a verb with a platform, the prompt alone.
  ['boilerplate/share', 'Jaa: Facebook | X | WhatsApp'],
  ['boilerplate/share', 'Deila: Facebook · X'],
  ['boilerplate/share', 'Udostępnij: Facebook | X | Kopiuj link'],
  ['boilerplate/share', 'Zdieľať: Facebook · Messenger · Kopírovať odkaz'],
  ['boilerplate/share', 'Podijeli: Facebook | Viber | Kopiraj link'],
  ['boilerplate/share', 'Megosztás: Facebook · X · Link másolása'],
  ['boilerplate/share', 'Distribuie pe Facebook'],
  ['boilerplate/share', 'Сподели във Facebook'],
  ['boilerplate/share', 'Поділитися: Facebook · Telegram · Копіювати посилання'],
  ['boilerplate/share', 'Dalintis: Facebook | X'],
  ['boilerplate/share', 'Paylaş: Facebook | X | WhatsApp | Linki kopyala'],
  ['boilerplate/share', 'Partager sur Facebook · Partager sur X'],
  ['boilerplate/share', 'Teilen auf WhatsApp'],
  ['boilerplate/share', 'Deel dit artikel'],
  ['boilerplate/share', 'Del artikkelen: Facebook | E-post | Kopier lenke'],
  ['boilerplate/share', 'Compartilhe esta notícia'],
  ['boilerplate/share', 'Condividi questo articolo'],
  ['boilerplate/share', 'Bagikan artikel ini'],
  ['boilerplate/share', 'Chia sẻ bài viết này'],
  ['boilerplate/share', 'شارك المقال'],
  ['boilerplate/share', 'この記事をシェア'],
  // Comment counters, prompts and bars.
  ['boilerplate/comments', '8 kommentarer'],
  ['boilerplate/comments', '23 kommenttia · Kirjoita kommentti'],
  ['boilerplate/comments', 'Napisz komentarz'],
  ['boilerplate/comments', '5 komentářů | Přidat komentář'],
  ['boilerplate/comments', 'Hozzászólások (4)'],
  ['boilerplate/comments', 'Lasă un comentariu'],
  ['boilerplate/comments', 'Оставить комментарий'],
  ['boilerplate/comments', '3 коментарі · Залишити коментар'],
  ['boilerplate/comments', 'Yorum yap'],
  ['boilerplate/comments', 'Log in to comment'],
  ['boilerplate/comments', 'Post a comment — Your email address will not be published.'],
  ['boilerplate/comments', 'Lascia un commento'],
  ['boilerplate/comments', 'Tulis komentar'],
  ['boilerplate/comments', 'Viết bình luận'],
  ['boilerplate/comments', '댓글 쓰기'],
  ['boilerplate/comments', 'Réagir à cet article (12 réactions)'],
  // Tag lines.
  ['boilerplate/tags', 'Emner: Energi, Klima, Nordsøen'],
  ['boilerplate/tags', 'Avainsanat: liikenne, raitiotie, Tampere'],
  ['boilerplate/tags', 'Słowa kluczowe: kolej, Kraków, inwestycje'],
  ['boilerplate/tags', 'Štítky: doprava, Brno'],
  ['boilerplate/tags', 'Címkék: vasút, MÁV, Debrecen'],
  ['boilerplate/tags', 'Etichete: Cluj, transport public'],
  ['boilerplate/tags', 'Ключевые слова: транспорт, Казань'],
  ['boilerplate/tags', 'Etiketler: ulaşım, İzmir'],
  ['boilerplate/tags', 'Ετικέτες: Πειραιάς, λιμάνι'],
  ['boilerplate/tags', 'Từ khóa: giao thông, Hà Nội'],
  ['boilerplate/tags', '标签：交通 地铁'],
  ['boilerplate/tags', 'Filed under: Transport | Tags: ferries, islands'],
  // Relative timestamps and their labels.
  ['boilerplate/timestamp', 'för 3 timmar sedan'],
  ['boilerplate/timestamp', 'Oppdatert 20 minutter siden'],
  ['boilerplate/timestamp', '5 tuntia sitten'],
  ['boilerplate/timestamp', '2 godziny temu'],
  ['boilerplate/timestamp', 'Aktualizováno před 4 hodinami'],
  ['boilerplate/timestamp', 'prije 2 sata'],
  ['boilerplate/timestamp', '3 órája'],
  ['boilerplate/timestamp', 'acum 10 minute'],
  ['boilerplate/timestamp', 'преди 2 часа'],
  ['boilerplate/timestamp', 'πριν από 3 ώρες'],
  ['boilerplate/timestamp', '3 часа назад'],
  ['boilerplate/timestamp', 'prieš 2 valandas'],
  ['boilerplate/timestamp', 'منذ 3 ساعات'],
  ['boilerplate/timestamp', 'לפני 4 שעות'],
  ['boilerplate/timestamp', '2 घंटे पहले'],
  ['boilerplate/timestamp', '5 phút trước'],
  ['boilerplate/timestamp', '3 ชั่วโมงที่แล้ว'],
  ['boilerplate/timestamp', '3小时前'],
  ['boilerplate/timestamp', '2시간 전'],
  ['boilerplate/timestamp', 'dakika 5 zilizopita'],
  ['boilerplate/timestamp', 'только что'],
  // Cookie and browser notices.
  ['boilerplate/cookie', 'Käytämme evästeitä sivuston toiminnan parantamiseen. Hyväksy evästeet'],
  ['boilerplate/cookie', 'Nous utilisons des cookies pour mesurer l’audience. Tout accepter'],
  ['boilerplate/cookie', 'Ta strona używa ciasteczek. Akceptuję'],
  ['boilerplate/cookie', 'Web sitemizde çerezler kullanılmaktadır. Kabul et'],
  ['boilerplate/cookie', 'Utilizamos cookies propias y de terceros. Aceptar | Configuración'],
  ['boilerplate/browser-notice', 'Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser.'],
  ['boilerplate/browser-notice', 'Je browser wordt niet meer ondersteund.'],
  ['boilerplate/browser-notice', 'Browser Anda tidak didukung. Silakan perbarui.'],
  ['boilerplate/browser-notice', 'Il tuo browser non è supportato.'],
];

describe('chrome in other languages: removed between paragraphs', () => {
  it.each(removed)('%s removes %j', (rule, line) => {
    expect(fires(rule, line)).toBe(true);
    const result = cleanChecked(`${BODY}\n\n${line}\n\n${MORE}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
  });
});

// Lines that open with the same words (prose, headings, a lone common word): `rule` keeps them.
// prettier-ignore
const kept: Array<[rule: string, line: string]> = [
  ['boilerplate/share', 'Del'],
  ['boilerplate/share', 'Del 2'],
  ['boilerplate/share', 'Dela upp'],
  ['boilerplate/share', 'Jaa'],
  ['boilerplate/share', 'Deel meer'],
  ['boilerplate/share', 'Compartir en familia'],
  ['boilerplate/share', 'Del av kostnaden betalas av kommunen, enligt beslutet i fullmäktige.'],
  ['boilerplate/share', 'Udostępnij dane, a dostaniesz zniżkę – tak brzmiała oferta banku.'],
  ['boilerplate/comments', 'Kommentar'],
  ['boilerplate/comments', 'Commento'],
  ['boilerplate/comments', 'Yorum'],
  ['boilerplate/comments', 'Komentar'],
  ['boilerplate/comments', 'Kommentarer från läsarna visar att frågan engagerar många i regionen.'],
  ['boilerplate/comments', '12 kommentarer kom in under den första timmen efter beslutet.'],
  ['boilerplate/tags', 'Temas que preocupan a los vecinos del barrio'],
  ['boilerplate/tags', 'Emner som klima og energi fylder meget i valgkampen.'],
  ['boilerplate/tags', 'Label: Universal Music'],
  ['boilerplate/timestamp', 'Vor 30 Jahren'],
  ['boilerplate/timestamp', '3 timmar'],
  ['boilerplate/timestamp', 'För 3 timmar sedan kom beskedet att färjan ställs in.'],
  ['boilerplate/timestamp', 'Hace 2 horas que la ciudad está sin luz, según los vecinos.'],
  ['boilerplate/cookie', 'Die Bäckerei verkauft Cookies und akzeptiert nur Bargeld in der Filiale am Markt.'],
  ['boilerplate/cookie', 'Soldiers in Kabul said we shared cookies with the children at the checkpoint.'],
  ['boilerplate/cookie', 'Evästeet ovat pieniä tekstitiedostoja, kertoi tutkija Helsingin yliopistosta.'],
  ['boilerplate/browser-notice', 'The navigator updated the route.'],
  ['boilerplate/browser-notice', 'Der Browser des Unternehmens wurde 2008 veröffentlicht, sagte der Gründer.'],
];

describe('chrome in other languages: lines that stay', () => {
  it.each(kept)('%s keeps %j', (rule, line) => {
    expect(fires(rule, line)).toBe(false);
    expect(rulesOf(`${BODY}\n\n${line}\n\n${MORE}`)).not.toContain(rule);
  });
});

describe('chrome in other languages: the tables', () => {
  // The brief's list of languages; each kind's table names the ones it knows.
  const LANGUAGES =
    'de fr es pt it nl sv no da fi pl cs sk sl hr sr hu ro bg el ru uk lt lv et tr ar fa he hi id ms vi zh ja ko';
  it.each([
    ['share', SHARE_WORDS],
    ['comments', COMMENT_WORDS],
    ['tags', TAG_LABELS],
    ['timestamps', TIME_WORDS],
    ['cookies', COOKIE_WORDS],
  ] as const)('the %s table covers the news languages', (_kind, table) => {
    const missing = LANGUAGES.split(' ').filter((language) => !(language in table));
    expect(missing).toEqual([]);
  });

  it('the browser notice knows the languages that print the word "browser"', () => {
    expect(Object.keys(BROWSER_WORDS)).toEqual(expect.arrayContaining(['de', 'it', 'nl', 'da', 'id']));
  });

  it('a relative time reads only as a whole line', () => {
    expect(isTimestampLine('2 tuntia sitten')).toBe(true);
    expect(isTimestampLine('2 tuntia sitten kello soi')).toBe(false);
  });
});
