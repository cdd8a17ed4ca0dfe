// Picture credits, caption credits, archive notes and contributor lines in the languages of the
// sites we read (the chrome stays in the site's language while the article is in English).
// Every kind has rows that must go beside article lines that open with the same words and stay.
import { describe, expect, it } from 'vitest';
import { captionTailCredit } from '../../src/clean/rules/credit/caption-tail.js';
import { cleanChecked, rulesFired } from './support.js';

const BODY = 'The city council approved the new tram line on Tuesday after three years of planning.';
const MORE = 'Work on the first section is due to begin in March, a council spokesman said on Wednesday.';
const LAST = 'The line is expected to carry 40,000 passengers a day when it opens in 2029.';

// A credit or caption between paragraphs of the article goes with `rule`.
// prettier-ignore
const removed: Array<[rule: string, line: string]> = [
  // a credit line under its label
  ['credit/photo', 'Kuva: Matti Virtanen / Aamuposti'],
  ['credit/photo', 'Bilde: Kari Nordmann / NTB'],
  ['credit/photo', 'Billede: Lars Holm/Ritzau Scanpix'],
  ['credit/photo', 'Zdjęcie: Anna Kowalska/Agencja Gazeta'],
  ['credit/photo', 'Snímek: Jan Novák, ČTK'],
  ['credit/photo', 'Fotó: Nagy Péter / MTI'],
  ['credit/photo', 'Kép: Kovács Anna'],
  ['credit/photo', 'Fotografie: Ion Popescu / Inquam Photos'],
  ['credit/photo', 'Фото: Иван Петров / ТАСС'],
  ['credit/photo', 'Снимка: Георги Иванов, БТА'],
  ['credit/photo', 'Φωτογραφία: Νίκος Παππάς / Eurokinissi'],
  ['credit/photo', 'Світлина: Олена Коваль'],
  ['credit/photo', 'Фотографија: Танјуг'],
  ['credit/photo', 'Slika: Marko Horvat / Pixsell'],
  ['credit/photo', 'Nuotrauka: Jonas Jonaitis / BNS'],
  ['credit/photo', 'Attēls: Jānis Bērziņš / LETA'],
  ['credit/photo', 'Pilt: Mari Tamm / Postimees'],
  ['credit/photo', 'Mynd: Jón Jónsson'],
  ['credit/photo', 'Fotoğraf: Ahmet Yılmaz / AA'],
  ['credit/photo', 'Görsel: Anadolu Ajansı'],
  ['credit/photo', 'صورة: رويترز'],
  ['credit/photo', 'تصوير: أحمد علي'],
  ['credit/photo', 'عکس: ایرنا'],
  ['credit/photo', 'צילום: משה כהן'],
  ['credit/photo', 'फोटो: पीटीआई'],
  ['credit/photo', 'ছবি: সংগৃহীত'],
  ['credit/photo', 'Gambar: Bernama'],
  ['credit/photo', 'Foto: Antara/Budi Santoso'],
  ['credit/photo', 'Larawan: Jose Reyes/PNA'],
  ['credit/photo', 'Ảnh: Nguyễn Văn An/TTXVN'],
  ['credit/photo', 'ภาพ: รอยเตอร์'],
  ['credit/photo', '图：新华社'],
  ['credit/photo', '写真：共同通信'],
  ['credit/photo', '사진=연합뉴스'],
  ['credit/photo', 'Picha: Reuters'],
  ['credit/photo', 'Foto: privat'],
  ['credit/photo', 'Foto: Divulgação'],
  ['credit/photo', 'Kuva: arkisto'],
  ['credit/photo', 'Crédito: Reprodução/Instagram'],
  // a caption sentence or phrase, then its labelled credit
  ['credit/caption', 'Students queue for lunch in the canteen. Kuva: Liisa Mäki / Keskisuomalainen'],
  ['credit/caption', 'A tram crosses the bridge at night. Zdjęcie: Piotr Nowak / PAP'],
  ['credit/caption', 'Farmers harvest grapes near the river. Fotó: Szabó Gábor / MTI'],
  ['credit/caption', 'Wind turbines on the coast near the port. Фото: Андрей Соколов / РИА Новости'],
  ['credit/caption', 'Voters at a polling station in the capital. Ảnh: TTXVN'],
  ['credit/caption', 'A spice market in the old city صورة: رويترز'],
  ['credit/caption', 'Cattle at the auction yard in the morning [Photo: Tom Baxter]'],
  ['credit/caption', 'Firefighters outside the warehouse (사진=연합뉴스)'],
  ['credit/caption', 'Hikers on the ridge trail at sunrise. Photo courtesy of the family'],
  ['credit/caption', '[Photo: Tom Baxter]'],
  // a caption under its label
  ['credit/caption', 'Kuva: Students queue for lunch in the school canteen'],
  ['credit/caption', 'Zdjęcie: The old harbour crane before its restoration'],
  // archive and illustration notes
  ['credit/caption', 'Stock photo'],
  ['credit/caption', 'Illustrative image'],
  ['credit/caption', 'Ảnh minh họa'],
  ['credit/caption', 'Gambar hiasan'],
  ['credit/caption', 'Arkistokuva'],
  ['credit/caption', 'Zdjęcie ilustracyjne'],
  ['credit/caption', 'صورة أرشيفية'],
  ['credit/caption', '資料写真'],
  ['credit/caption', 'Riot police on the main square (arkivbild)'],
  ['credit/caption', 'A fishing boat in the harbour – arkistokuva'],
  ['credit/caption', 'Children in a classroom | Ảnh minh họa'],
  ['credit/caption', 'A hospital corridor at night - Ilustrační foto'],
  // contributor lines
  ['credit/reporting', 'Con información adicional de María López'],
  ['credit/reporting', 'Con información de agencias'],
  ['credit/reporting', '(Reportagem de Ana Souza; Reportagem adicional de Pedro Lima)'],
  ['credit/reporting', 'Mitarbeit: Anna Schmidt'],
  ['credit/reporting', 'Met medewerking van Pieter de Vries'],
  ['credit/reporting', 'Hanno collaborato Marco Rossi e Giulia Bianchi'],
  ['credit/reporting', 'Współpraca: Anna Kowalska'],
  ['credit/reporting', 'Spolupracoval Jan Novák'],
  ['credit/reporting', 'По материалам РИА Новости'],
  ['credit/reporting', '(avec agences)'],
  ['credit/reporting', '(con agencias)'],
  ['credit/reporting', '(mit dpa und Reuters)'],
];

// Article lines opening with the same words: no credit rule takes them (a line in another
// language than the article's may go as a foreign passage, so the English ones must stay).
// prettier-ignore
const kept: Array<[why: string, paragraph: string]> = [
  ['fi: a label and a question in lower case', 'Kuva: millainen oli vuosi 2024?'],
  ['hu: a label and a phrase in lower case', 'Kép: a hét legjobb fotói'],
  ['ru: a label and a phrase in lower case', 'Фото: как изменился город за десять лет'],
  ['pl: a sentence opening with the word', 'Zdjęcie zrobione w 2019 roku pokazuje port przed powodzią.'],
  ['vi: a sentence opening with the letters of the label', 'Ảnh hưởng của bão đến nông nghiệp là rất lớn.'],
  ['vi: a sentence opening with the label', 'Hình ảnh này được chụp vào năm 2019.'],
  ['ar: a sentence opening with the word', 'صورة الرئيس في المؤتمر الصحفي أثارت جدلا واسعا.'],
  ['fi: a label with two sentences', 'Kuva: Students queue for lunch. The canteen opened in 2020.'],
  ['es: a sentence opening with the words', 'Con información de la policía, el fiscal abrió una investigación.'],
  ['es: a headline opening with the words', 'Reporte de Human Rights Watch revela abusos en las cárceles'],
  ['pt: a sentence opening with the verb', 'Colaborou com a investigação a Polícia Federal.'],
  ['de: a sentence opening with the words', 'Mit Material von gestern ist nichts anzufangen.'],
  ['cs: a sentence opening with the verb', 'Spolupracovali jsme s policií na vyšetřování.'],
  ['ru: a sentence opening with the words', 'По материалам СМИ, президент подписал указ.'],
  ['fr: a parenthesis opening with "avec"', '(avec le soutien de la mairie)'],
  ['en: a sentence about a stock photo', 'The stock photo was used without permission.'],
  ['en: a lone menu word', 'Archive'],
  ['en: a gallery link under a plural label', 'Photos: Protesters march on the capital'],
  ['fi: a gallery link under a plural label', 'Kuvat: Tuhannet marssivat pääkaupungissa'],
];

describe('credits, captions and contributor lines in other languages go', () => {
  it.each(removed)('%s removes %j', (rule, line) => {
    expect(rulesFired([BODY, MORE, line, LAST].join('\n\n'))).toContain(rule);
  });
});

describe('article lines opening with the same words are no credit', () => {
  it.each(kept)('%s', (why, paragraph) => {
    for (const raw of [[BODY, paragraph, MORE].join('\n\n'), [BODY, MORE, paragraph].join('\n\n')]) {
      expect(rulesFired(raw).filter((rule) => rule.startsWith('credit/'))).toEqual([]);
      if (why.startsWith('en:')) expect(cleanChecked(raw).text.split('\n\n')).toContain(paragraph);
    }
  });
});

describe('caption-tail in other languages', () => {
  // prettier-ignore
  const tails: Array<[text: string, credit: string | undefined]> = [
    ['Students in the canteen. Kuva: Liisa Mäki / Keskisuomalainen', 'Kuva: Liisa Mäki / Keskisuomalainen'],
    ['Cattle at the auction yard [Photo: Tom Baxter]', 'Photo: Tom Baxter'],
    ['Cattle at the auction yard [Photo: Tom Baxter)', undefined],
    ['Children in a classroom | Ảnh minh họa', ''],
    ['Children in a classroom | ảnh hưởng', undefined],
  ];
  it.each(tails)('captionTailCredit(%j) is %j', (text, credit) => {
    expect(captionTailCredit(text)).toBe(credit);
  });
});

describe('credit/author-bio in other languages', () => {
  const LATER =
    'The routes will begin running in September, and the agency said it would publish the new timetables on its website next month.';
  // [byline name, bio]
  // prettier-ignore
  const bios: Array<[name: string, bio: string]> = [
    ['Anna Lindberg', 'Anna Lindberg är reporter på Morgonposten.'],
    ['Kari Nordmann', 'Kari Nordmann er journalist i Bergensposten.'],
    ['Jens Holm', 'Jens Holm er korrespondent for avisen i Berlin.'],
    ['Liisa Mäki', 'Liisa Mäki on Keskilehden toimittaja.'],
    ['Petra Vogel', 'Petra Vogel ist Redakteurin im Ressort Wirtschaft.'],
    ['Claire Martin', 'Claire Martin est journaliste au service politique.'],
    ['Lucía Pardo', 'Lucía Pardo es periodista de economía.'],
    ['Ana Souza', 'Ana Souza é repórter de política.'],
    ['Marco Rossi', 'Marco Rossi è giornalista della cronaca locale.'],
    ['Pieter Smit', 'Pieter Smit is verslaggever bij de regioredactie.'],
    ['Anna Kowalska', 'Anna Kowalska jest dziennikarką działu krajowego.'],
    ['Jan Novák', 'Jan Novák je redaktorem domácí rubriky.'],
    ['Ion Popescu', 'Ion Popescu este jurnalist la secția de politică.'],
    ['Budi Santoso', 'Budi Santoso adalah wartawan desk ekonomi.'],
    ['Nguyễn Văn An', 'Nguyễn Văn An là phóng viên ban thời sự.'],
  ];
  const page = (...lines: string[]) => lines.join('\n\n');
  const bioRemoved = (raw: string) =>
    cleanChecked(raw)
      .edits.filter((e) => e.rule === 'credit/author-bio')
      .map((e) => e.before.trim());
  it.each(bios)('the bio of %s under the story goes', (name, bio) => {
    expect(bioRemoved(page(`By ${name}`, BODY, MORE, bio))).toEqual([bio]);
  });
  it.each(bios)('the bio of %s with the story after it stays', (name, bio) => {
    expect(bioRemoved(page(`By ${name}`, BODY, MORE, bio, LATER))).toEqual([]);
  });
  it.each(bios)('the bio of %s whom no byline names stays', (_name, bio) => {
    expect(bioRemoved(page('By Paul Amato', BODY, MORE, bio))).toEqual([]);
  });
  // prettier-ignore
  it.each([
    ['sv: a sentence about the byline writer that is no bio', 'Anna Lindberg', 'Anna Lindberg är född i Umeå och bor i Stockholm.'],
    ['de: a sentence about the byline writer that is no bio', 'Petra Vogel', 'Petra Vogel ist seit Jahren in der Stadt bekannt.'],
    ['en: the byline writer on a day', 'Anna Lindberg', 'Anna Lindberg on Tuesday thanked the reporter.'],
  ])('%s stays', (_why, name, line) => {
    expect(bioRemoved(page(`By ${name}`, BODY, MORE, line))).toEqual([]);
  });
});

describe('a caption sentence, then a label and a spaced slash', () => {
  // prettier-ignore
  it.each([
    ['A boat in the harbour at dusk. Photo / Jane Roe', 'Photo / Jane Roe'],
    ['Kayaks on the lake at dawn. Kuva / Jane Roe, Lehtikuva', 'Kuva / Jane Roe, Lehtikuva'],
    ['A bus at the depot. Picture / Getty Images', 'Picture / Getty Images'],
    ['A boat in the harbour at dusk. Photo / the best of the week', undefined],
    ['A boat in the harbour at dusk Photo / Jane Roe', undefined],
    ['He left. A boat in the harbour. Photo / Jane Roe', undefined],
  ])('captionTailCredit(%j) is %j', (text, credit) => {
    expect(captionTailCredit(text)).toBe(credit);
  });
});
