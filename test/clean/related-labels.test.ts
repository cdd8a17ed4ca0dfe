import { describe, expect, it } from 'vitest';
import { MAY_INTEREST_LABELS, READ_ALSO_LABELS, RELATED_LABELS } from '../../src/lexicon/read-also.js';
import { clean } from '../../src/index.js';
import { relatedLinksRule } from '../../src/clean/rules/related/related-links.js';
import { teaserListRule } from '../../src/clean/rules/related/teasers.js';
import { cleanChecked } from './support.js';

// The related rules alone: a line in another language than the article's is also removed by
// the foreign-language rule, which would hide what these rules do.
const RELATED_RULES = [relatedLinksRule, teaserListRule];
const cleanRelated = (raw: string) => clean(raw, { rules: RELATED_RULES });

// The genre: an article translated into English on a site whose "read also" / "related" / "this
// may interest you" boxes stay in the site's language.
const BEFORE = [
  'The regional council approved the new budget on Tuesday after a four-hour debate.',
  'Spending on public transport will rise by a fifth, while the road programme is cut back.',
  'The council leader said the plan was the most ambitious in a decade.',
].join('\n\n');
const AFTER = 'The opposition said it would challenge several spending items before the courts.';

describe('the label tables', () => {
  const tables = { READ_ALSO_LABELS, RELATED_LABELS, MAY_INTEREST_LABELS };
  const labels = Object.entries(tables).flatMap(([table, byLanguage]) =>
    Object.entries(byLanguage).flatMap(([language, list]) => list.map((label) => [table, language, label] as const)),
  );
  it.each(labels)('%s.%s %j compiles with the iu flags and captures nothing', (_table, _language, label) => {
    expect(() => new RegExp(`^(?:${label})$`, 'iu')).not.toThrow();
    expect(new RegExp(`^(?:${label})$|`, 'iu').exec('')!.length).toBe(1);
  });
});

// One label and its headline on a line, inside the article: that line goes, the paragraphs on
// either side stay.
// prettier-ignore
const ONE_LINE: Array<[language: string, line: string]> = [
  ['English, upper case', 'MORE ON THIS TOPIC: Council to vote on tram extension in March'],
  ['German', 'Zum Thema: Wie die Stadtwerke den Strompreis berechnen'],
  ['German, "may interest you"', 'Das könnte dich auch interessieren: Neue Radwege für die Innenstadt'],
  ['Spanish (Rioplatense)', 'Leé también: Cómo quedó el mapa de las tarifas de luz'],
  ['Spanish, "related"', 'Noticias relacionadas: El puerto amplía su horario de carga'],
  ['Portuguese, "related"', 'Relacionadas: Câmara aprova novo plano de mobilidade'],
  ['Italian, "related"', 'Articoli correlati: Il Comune rinvia la gara per le mense'],
  ['Dutch', 'Bekijk ook: Gemeente schrapt parkeerplaatsen in centrum'],
  ['Swedish', 'Läs också: Kommunen höjer avgiften för hemtjänst'],
  ['Norwegian', 'Les også: Fylket vil bygge ny bru over sundet'],
  ['Norwegian, "related"', 'Relatert: Ny skole åpner i august'],
  ['Danish', 'LÆS OGSÅ: Regionen lukker to akutklinikker'],
  ['Finnish', 'Lue myös: Kaupunki nostaa joukkoliikenteen hintoja'],
  ['Finnish, "more on the topic"', 'Aiheesta lisää: Valtuusto hyväksyi talousarvion'],
  ['Icelandic', 'Lestu einnig: Borgin lækkar fasteignagjöld'],
  ['Polish', 'Przeczytaj też: Miasto kupi nowe autobusy elektryczne'],
  ['Polish, "may interest you"', 'Może cię zainteresować: Ceny mieszkań znów w górę'],
  ['Czech', 'Čtěte také: Kraj opraví silnici do Jeseníku'],
  ['Czech, "related"', 'Související: Vláda schválila rozpočet na příští rok'],
  ['Slovak', 'Prečítajte si aj: Mesto opraví most cez Váh'],
  ['Slovak, "may interest you"', 'Mohlo by vás zaujímať: Ceny energií klesnú'],
  ['Slovenian', 'Preberite tudi: Občina bo zgradila nov vrtec'],
  ['Slovenian, "may interest you"', 'Morda vas zanima: Cene goriva spet višje'],
  ['Croatian', 'Pročitajte i: Grad uvodi novi javni prijevoz'],
  ['Serbian (Latin)', 'Povezane vesti: Skupština usvojila budžet'],
  ['Serbian (Cyrillic)', 'Прочитајте још: Влада најавила нове мере'],
  ['Bosnian', 'Možda vas zanima: Kanton gradi novu bolnicu'],
  ['Hungarian', 'Kapcsolódó cikk: Drágul a tömegközlekedés Debrecenben'],
  ['Hungarian, "may interest you"', 'Ez is érdekelheti: Új híd épül a Dunán'],
  ['Romanian', 'Citește și: Primăria anunță noi piste de biciclete'],
  ['Romanian, no diacritics', 'Citeste si: Guvernul aproba bugetul pe 2027'],
  ['Romanian, "may interest you"', 'Te-ar putea interesa: Prețul gazelor scade din martie'],
  ['Bulgarian', 'Още по темата: Общината ремонтира пътя към Банско'],
  ['Greek, upper case without accents', 'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέα μέτρα για την ακρίβεια'],
  ['Greek, "related"', 'Σχετικά άρθρα: Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα'],
  ['Russian, "related"', 'По теме: Мэрия закроет мост на ремонт'],
  ['Ukrainian, "may interest you"', 'Вас може зацікавити: Уряд підвищив пенсії'],
  ['Lithuanian', 'Taip pat skaitykite: Vilniuje statoma nauja mokykla'],
  ['Latvian', 'Lasiet arī: Rīgā atklās jaunu tramvaja līniju'],
  ['Estonian', 'Loe ka: Tallinn tõstab parkimistasusid'],
  ['Turkish, upper case', 'İLGİLİ HABERLER: Belediye yeni metro hattını açtı'],
  ['Turkish, "may interest you"', 'Bunlar da ilginizi çekebilir: Asgari ücrete ara zam'],
  ['Arabic', 'اقرأ أيضا: الحكومة تعلن خطة جديدة للنقل'],
  ['Arabic, "may interest you"', 'قد يهمك أيضا: ارتفاع أسعار الذهب في الأسواق'],
  ['Persian', 'بیشتر بخوانید: دولت بودجه جدید را تصویب کرد'],
  ['Hebrew', 'עוד בנושא: העירייה תסגור את הכביש לשיפוצים'],
  ['Hindi, precomposed nukta', 'ये भी \u092a\u095d\u0947\u0902: नगर निगम ने नया बजट पेश किया'],
  ['Bengali', 'আরও পড়ুন: সিটি করপোরেশনের নতুন বাজেট ঘোষণা'],
  ['Urdu', 'یہ بھی پڑھیں: حکومت نے نیا بجٹ پیش کر دیا'],
  ['Indonesian, "related"', 'Berita Terkait: Pemkot tambah armada bus listrik'],
  ['Malay', 'Artikel berkaitan: Kerajaan umum bantuan tunai baharu'],
  ['Filipino', 'BASAHIN DIN: Bagong tulay sa Pasig, bubuksan na'],
  ['Vietnamese', 'Có thể bạn quan tâm: Hà Nội mở thêm tuyến xe buýt điện'],
  ['Vietnamese, "related"', 'Tin liên quan: TP.HCM khởi công cầu mới'],
  ['Thai', 'ข่าวที่เกี่ยวข้อง: กทม. เปิดเส้นทางรถเมล์ไฟฟ้าสายใหม่'],
  ['Chinese, "related"', '相关新闻：市政府公布新的公交线路'],
  ['Japanese, bracketed', '【関連記事】市が新たな交通計画を発表'],
  ['Korean', '관련기사: 시, 새 버스 노선 발표'],
  ['Swahili', 'Soma pia: Serikali yatangaza bajeti mpya'],
];

describe('a one-line "read also" / "related" / "may interest you" teaser goes', () => {
  it.each(ONE_LINE)('%s', (_language, line) => {
    const result = cleanRelated(`${BEFORE}\n\n${line}\n\n${AFTER}`);
    expect(result.text).toBe(`${BEFORE}\n\n${AFTER}`);
    expect(result.edits.filter((e) => e.rule === 'related/links')).toHaveLength(1);
  });
});

// The label alone, as a heading over two headlines, inside the article: the box goes, the next
// paragraph stays.
// prettier-ignore
const HEADINGS: Array<[language: string, heading: string, headlines: string]> = [
  ['Czech', 'Související články', 'Praha chystá novou linku metra\n\nDopravní podnik zdraží jízdenky'],
  ['Finnish', 'Lue myös', 'Kaupunki sulkee kaksi kirjastoa\n\nValtuusto kiistelee verotuksesta'],
  ['Hungarian', 'KAPCSOLÓDÓ', 'Drágul a parkolás a belvárosban\n\nÚj iskola nyílik Pécsen'],
  ['Bulgarian', 'Свързани новини', 'Общината спира водата в три квартала\n\nНов парк в центъра на Пловдив'],
  ['Korean', '관련 기사', '시, 새 버스 노선 발표\n\n도서관 운영 시간 연장'],
];

// In the whole pipeline too, where the line is short enough to escape the language rules.
// prettier-ignore
const WHOLE: string[] = ['Lue myös: Kunta leikkaa koulujen budjetteja', 'Kapcsolódó: Új busz a reptérre', 'MORE ON THIS TOPIC: Tram fares to rise'];
describe('in the whole pipeline, a short teaser line goes by the related rule', () => {
  it.each(WHOLE)('%s', (line) => {
    const result = cleanChecked(`${BEFORE}\n\n${line}\n\n${AFTER}`);
    expect(result.text).toBe(`${BEFORE}\n\n${AFTER}`);
    expect(result.edits.filter((e) => e.rule === 'related/links')).toHaveLength(1);
  });
});

describe('a "related" heading over headlines inside the article', () => {
  it.each(HEADINGS)('%s: the heading and its headlines go, the next paragraph stays', (_language, heading, list) => {
    const result = cleanRelated(`${BEFORE}\n\n${heading}\n\n${list}\n\n${AFTER}`);
    expect(result.text).toBe(`${BEFORE}\n\n${AFTER}`);
  });
});

// Article sentences in these languages that open with a label's words, without the label's
// shape (no colon after the label, or the label runs on into the sentence): nothing goes.
// prettier-ignore
const PROSE: Array<[language: string, sentence: string]> = [
  ['German', 'Zum Thema Wohnungsbau sagte die Ministerin am Dienstag: „Wir bauen zu wenig.“'],
  ['Finnish', 'Lue myös raportin liitteet, kehotti ministeri toimittajia tiedotustilaisuudessa.'],
  ['Hungarian', 'Kapcsolódó bejelentésében a miniszter elmondta, hogy a tervek szerint jövőre indul a beruházás.'],
  ['Russian', 'По теме переговоров министр сказал: «Мы готовы продолжить диалог».'],
  ['Greek', 'Σχετικά με την απόφαση, ο υπουργός δήλωσε ότι η κυβέρνηση θα τη σεβαστεί.'],
  ['Indonesian', 'Terkait hal itu, menteri mengatakan: "Kami akan segera mengevaluasi kebijakan ini."'],
  ['Spanish', 'Relacionado con el caso, el fiscal dijo: "Vamos a pedir la detención de los acusados".'],
  ['Estonian', 'Seotud isikute ring on laiem, kui uurijad algul arvasid, ütles prokurör.'],
];

describe('article prose opening with a label word stays', () => {
  it.each(PROSE)('%s', (_language, sentence) => {
    const raw = `${BEFORE}\n\n${sentence}\n\n${AFTER}`;
    expect(cleanRelated(raw).text).toBe(raw);
  });
});

// A one-line teaser near the page's end is no heading over a list: the article's sentences
// after it stay, though two short lines of the page's chrome follow them.
describe('after a one-line teaser near the end, the sentences that follow stay', () => {
  it('keeps the closing paragraphs under a Swedish "read also" line', () => {
    const closing = 'All four were released on Thursday evening.\n\nThe company said it would review its safety rules.';
    const raw = `${BEFORE}\n\nLäs också: Hamnen i Göteborg byggs ut\n\n${closing}\n\nFå nyheterna direkt i din mobil\n\nLogga in för att kommentera artikeln`;
    expect(cleanRelated(raw).text.startsWith(`${BEFORE}\n\n${closing}`)).toBe(true);
  });
});
