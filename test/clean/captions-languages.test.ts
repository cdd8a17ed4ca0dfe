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
