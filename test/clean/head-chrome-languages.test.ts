// Table tests for the head chrome and the article tools in the languages of the sites we had not
// listed: audio players, reading times, print / text-size / report-an-error buttons, breadcrumb
// trails opening with the home page, account buttons, section and date labels. Invented lines
// only; beside them, article sentences of the same language that open with the same word.
import { describe, expect, it } from 'vitest';
import { cleanChecked } from './support.js';
import { openingChars } from '../../src/clean/pattern-gates.js';

const HEADLINE = 'Ferry operator adds a night crossing to the islands';
const BODY = 'The ferry operator will add a night crossing to the outer islands from May, the company said on Monday.';
const MORE = 'Islanders had asked for a later boat for years, and the council agreed to pay part of the cost.';

const rulesOf = (raw: string) => cleanChecked(raw).edits.map((e) => e.rule);

// A lone tool line between or after the paragraphs goes with boilerplate/widget.
// prettier-ignore
const tools: Array<[lang: string, line: string]> = [
  ['fi', 'Kuuntele juttu ▶ 2:31'],
  ['sv', 'Lyssna på nyheten'],
  ['no', 'Lytt til saken'],
  ['da', 'Hør artiklen · 5 min.'],
  ['cs', 'Poslechněte si článek'],
  ['hu', 'Hallgassa meg a cikket'],
  ['ro', 'Ascultă știrea'],
  ['el', 'Άκουσε το άρθρο'],
  ['uk', 'Прослухати статтю'],
  ['bg', 'Чуй новината'],
  ['vi', 'Nghe đọc'],
  ['id', 'Dengarkan berita ini'],
  ['ar', 'استمع للمقال'],
  ['ko', '기사 듣기'],
  ['zh', '收聽新聞'],
  ['sw', 'Sikiliza makala hii'],
  ['nl', 'Lees voor'],
  ['en', 'Read aloud'],
  ['fi', 'Lukuaika: noin 6 min'],
  ['da', '4 min. læsetid'],
  ['hu', '3 perc olvasás'],
  ['pl', 'Czas czytania: ok. 4 min.'],
  ['sk', 'Čas čítania: 5 minút'],
  ['hr', 'Vrijeme čitanja: 2 minute'],
  ['sr', 'Време читања: 3 минута'],
  ['ro', 'Timp de citire: 6 minute'],
  ['lt', 'Skaitymo laikas: 4 min.'],
  ['et', 'Lugemisaeg: umbes 3 minutit'],
  ['tr', 'Okuma süresi: 6 dakika'],
  ['ms', 'Masa bacaan: 2 minit'],
  ['vi', 'Thời gian đọc: khoảng 4 phút'],
  ['th', 'เวลาอ่าน 3 นาที'],
  ['fa', 'زمان مطالعه: ۴ دقیقه'],
  ['he', 'זמן קריאה: 5 דקות'],
  ['ja', '約4分で読めます'],
  ['zh', '阅读时间：3分钟'],
  ['en', 'Reading time: about 7 min'],
  ['no', 'Skriv ut | Lytt'],
  ['sv', 'Textstorlek: A- A+'],
  ['cs', 'Velikost písma A A'],
  ['ja', '文字サイズ 小 中 大'],
  ['fi', 'Ilmoita virheestä'],
  ['vi', 'Báo lỗi'],
  ['pl', 'Zgłoś błąd'],
  ['lv', 'Ziņot par kļūdu'],
  ['cs', 'Našli jste chybu? Označte text a stiskněte Ctrl+Enter'],
  ['fi', 'Oliko jutusta hyötyä?'],
  ['sk', 'Bol pre vás tento článok užitočný?'],
  ['el', 'Ήταν χρήσιμο το άρθρο;'],
  ['lt', 'Ar šis straipsnis buvo naudingas?'],
  ['id', 'Apakah berita ini membantu?'],
  ['ko', '이 기사가 도움이 됐나요?'],
  ['fi', 'Tallenna juttu'],
  ['pl', 'Zapisz'],
  ['ro', 'Salvează articolul'],
  ['vi', 'Lưu tin'],
  ['zh', '收藏本文'],
];

describe('article tools in other languages', () => {
  it.each(tools)('%s: removes %j after the article', (_lang, line) => {
    const result = cleanChecked(`${BODY}\n\n${MORE}\n\n${line}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
    expect(result.edits.map((e) => e.rule)).toContain('boilerplate/widget');
  });

  it.each(tools)('%s: removes %j between the paragraphs', (_lang, line) => {
    expect(rulesOf(`${BODY}\n\n${line}\n\n${MORE}`)).toContain('boilerplate/widget');
  });
});

// Article lines of the same language opening with the tool's word: kept anywhere.
// prettier-ignore
const keptTools: Array<[lang: string, line: string]> = [
  ['fi', 'Kuuntele kansaa, ministeri sanoi vaalien jälkeen.'],
  ['fi', 'Lukuaika kouluissa on lyhentynyt kolmanneksen.'],
  ['sv', 'Lyssna på varandra, uppmanade talmannen.'],
  ['da', 'Læsetid er blevet et politisk emne i skolerne.'],
  ['hu', 'Olvasási idő helyett több sportórát kérnek a szülők.'],
  ['vi', 'Nghe tin bão, người dân đã chuẩn bị từ sớm.'],
  ['cs', 'Doba čtení se u dětí za deset let zkrátila.'],
  ['tr', 'Okuma süresi arttıkça başarı da arttı.'],
  ['ro', 'Ascultă-i pe fermieri, a cerut ministrul.'],
  ['pl', 'Zgłoś błąd w systemie, radzą eksperci.'],
  ['fi', 'Tallenna tiedostot ennen päivitystä, neuvoo tietoturvayhtiö.'],
  ['hu', 'Hasznos volt a cikk szerint a kormány döntése.'],
  ['en', 'Save'],
  ['da', 'Gem'],
  ['en', '5 minutes'],
  ['cs', 'Tisk'],
];

describe('article tools in other languages: look-alike article text stays', () => {
  // (the widget rule's answer: a sentence in another language may go as a foreign passage)
  it.each(keptTools)('%s: keeps %j', (_lang, line) => {
    expect(rulesOf(`${BODY}\n\n${line}\n\n${MORE}`)).not.toContain('boilerplate/widget');
    expect(rulesOf(`${BODY}\n\n${MORE}\n\n${line}`)).not.toContain('boilerplate/widget');
  });
});

// A line above the headline goes with `rule`; the article is left whole.
// prettier-ignore
const head: Array<[rule: string, line: string]> = [
  ['boilerplate/breadcrumb', 'Forside ⟩ Indland ⟩ Odense'],
  ['boilerplate/breadcrumb', 'Etusivu › kaupunki › Tampere'],
  ['boilerplate/breadcrumb', 'Főoldal / Belföld / Pécs'],
  ['boilerplate/breadcrumb', 'Naslovnica » Vijesti » Zagreb'],
  ['boilerplate/breadcrumb', 'Trang chủ > Thế giới > Châu Á'],
  ['boilerplate/breadcrumb', 'Avaleht › Eesti › Tartu'],
  ['boilerplate/section-label', 'Úvod > Zahraničí'],
  ['boilerplate/section-label', 'Acasă'],
  ['boilerplate/section-label', 'Kotimaa'],
  ['boilerplate/section-label', 'Thời sự'],
  ['boilerplate/section-label', 'Новини'],
  ['boilerplate/section-label', 'Beranda / Nasional'],
  ['boilerplate/menu', 'Logga in'],
  ['boilerplate/menu', 'Kirjaudu sisään | Tilaa'],
  ['boilerplate/menu', 'Belépés | Regisztráció'],
  ['boilerplate/menu', 'Đăng nhập  Đăng ký'],
  ['boilerplate/menu', 'Přihlásit se'],
  ['boilerplate/menu', 'Uudised  Eesti  Majandus  Sport  Kultuur'],
];

describe('head chrome in other languages', () => {
  it.each(head)('%s removes %j', (rule, line) => {
    const result = cleanChecked(`${line}\n\n${HEADLINE}\n\n${BODY}\n\n${MORE}`);
    expect(result.text).toContain(`${BODY}\n\n${MORE}`);
    expect(result.text).not.toContain(line);
    expect(result.edits.map((e) => e.rule)).toContain(rule);
  });

  it.each(head)('%s keeps %j below the first paragraph of prose', (_rule, line) => {
    expect(cleanChecked(`${HEADLINE}\n\n${BODY}\n\n${line}\n\n${MORE}`).text).toContain(line.replace(/\s+/g, ' '));
  });
});

// Headline-like lines of the same languages: not taken for chrome above the article (the first
// may go as the title).
// prettier-ignore
const keptHead: Array<[why: string, line: string]> = [
  ['a lower-case trail without the home page', 'home / office'],
  ['a Finnish headline opening with a section name', 'Kotimaa ja ulkomaat kiistelevät rajasta'],
  ['a Finnish headline opening with an account word', 'Tilaa nyt ja säästä'],
  ['a Vietnamese headline', 'Thời sự nóng nhất trong tuần'],
];

describe('head chrome in other languages: headlines stay', () => {
  it.each(keptHead)('%s', (_why, line) => {
    const rules = rulesOf(`${line}\n\n${HEADLINE}\n\n${BODY}\n\n${MORE}`);
    for (const rule of ['boilerplate/breadcrumb', 'boilerplate/menu', 'boilerplate/section-label'])
      expect(rules).not.toContain(rule);
  });
});

// A date label whose date was a widget: removed anywhere.
// prettier-ignore
const dateLabels: string[] = ['Julkaistu', 'Publicerad:', 'Actualizat', 'Opublikowano:', 'Frissítve', 'Опубликовано', 'Cập nhật'];

describe('dangling date labels in other languages', () => {
  it.each(dateLabels)('removes %j', (line) => {
    expect(rulesOf(`${BODY}\n\n${line}\n\n${MORE}`)).toContain('boilerplate/date-label');
  });

  it('keeps a sentence opening with the label', () => {
    const line = 'Julkaistu raportti osoittaa, että kaupungin väestö kasvaa.';
    expect(cleanChecked(`${BODY}\n\n${line}\n\n${MORE}`).text).toContain(line);
  });
});

describe('openingChars: the gate of a word list', () => {
  it.each([
    [['listen now', 'play'], 'lp'],
    [['(?:artikel|beitrag) anhören'], 'ab'],
    [['¿?te gustó'], 't'],
    [['(?:no)?klausīties'], 'nk'],
    [['[ab]c', 'écouter'], 'ab'],
  ])('%j opens with %j', (words, chars) => {
    expect(openingChars(words)).toBe(chars);
  });

  it('an opening it cannot read is an error', () => {
    expect(() => openingChars(['\\d+ min'])).toThrow(RangeError);
  });
});
