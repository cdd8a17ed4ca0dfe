// Table tests for the outlet's notes about the article: the machine-translation note in the
// site's language (any wording with a word of translating and a word of the machine), the
// correction or editor's note, the link to the article in another language. Each rule runs alone
// below (or above) an English article; beside the notes, article sentences that open with the same
// words or speak of translation software, and stay.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import type { BlockRule } from '../../src/clean/rule.js';
import { disclaimerRule } from '../../src/clean/rules/footer/disclaimer.js';
import { correctionNoteRule, isForeignTranslationNote, languageLinkRule } from '../../src/clean/rules/footer/notes.js';
import { cleanChecked } from './support.js';

const BODY = 'The harbour board approved the new ferry timetable on Monday after a long public hearing.';
const MORE = 'Officials said the earlier sailings would start in March, and fares would stay the same.';

const RULES: Record<string, BlockRule> = {
  'footer/disclaimer': disclaimerRule,
  'footer/correction-note': correctionNoteRule,
  'footer/language-link': languageLinkRule,
};

// prettier-ignore
const removed: Array<[rule: string, line: string]> = [
  // machine-translation notes, in other wordings than the fixed openings
  ['footer/disclaimer', 'Diese Meldung wurde mithilfe von KI aus dem Englischen übersetzt.'],
  ['footer/disclaimer', 'Unser Text wurde maschinell ins Englische übertragen und übersetzt'],
  ['footer/disclaimer', 'Cette dépêche a été traduite par une intelligence artificielle.'],
  ['footer/disclaimer', 'Texte traduit de l’anglais de façon automatique'],
  ['footer/disclaimer', 'La noticia fue traducida por IA desde el catalán.'],
  ['footer/disclaimer', 'Notícia traduzida automaticamente do espanhol'],
  ['footer/disclaimer', 'Traduzione con intelligenza artificiale dal francese'],
  ['footer/disclaimer', 'Deze tekst werd met AI vertaald uit het Frans.'],
  ['footer/disclaimer', 'Texten är översatt med hjälp av AI.'],
  ['footer/disclaimer', 'Saken er oversatt fra engelsk ved hjelp av KI.'],
  ['footer/disclaimer', 'Artiklen er oversat af en maskine.'],
  ['footer/disclaimer', 'Juttu on käännetty tekoälyn avulla.'],
  ['footer/disclaimer', 'Tekst przetłumaczony przez AI z języka angielskiego.'],
  ['footer/disclaimer', 'Zprávu automaticky přeložil nástroj.'],
  ['footer/disclaimer', 'Článok bol preložený strojovo.'],
  ['footer/disclaimer', 'Vijest je automatski prevedena s engleskog.'],
  ['footer/disclaimer', 'A hírt mesterséges intelligencia segítségével fordítottuk.'],
  ['footer/disclaimer', 'Știre tradusă cu ajutorul AI din engleză.'],
  ['footer/disclaimer', 'Новость переведена с английского с помощью ИИ.'],
  ['footer/disclaimer', 'Матеріал автоматично перекладено з англійської.'],
  ['footer/disclaimer', 'Текстът е преведен машинно.'],
  ['footer/disclaimer', 'Το κείμενο μεταφράστηκε με τεχνητή νοημοσύνη.'],
  ['footer/disclaimer', 'Haber yapay zekâ ile çevrildi.'],
  ['footer/disclaimer', 'تمت ترجمة هذه المادة بشكل آلي'],
  ['footer/disclaimer', 'Berita ini diterjemahkan menggunakan AI.'],
  ['footer/disclaimer', 'Tin được dịch bằng máy.'],
  ['footer/disclaimer', '本文由人工智能翻译'],
  ['footer/disclaimer', 'この記事はAIで翻訳しています'],
  ['footer/disclaimer', '이 뉴스는 AI로 번역되었습니다'],
  // English wordings
  ['footer/disclaimer', 'AI translation'],
  ['footer/disclaimer', 'Automatically translated from German.'],
  ['footer/disclaimer', 'This article was translated into English by software.'],
  // corrections and editor's notes
  ['footer/correction-note', 'Correction: An earlier version of this report gave the wrong year for the bridge.'],
  ['footer/correction-note', 'Corrected: 3 March 2025'],
  ['footer/correction-note', "Editor's note: The names of two witnesses have been changed at their request."],
  ['footer/correction-note', 'Clarification: The ferry operator is owned by the county, not the city.'],
  ['footer/correction-note', 'Update (May 4): This story has been updated to include comment from the ministry.'],
  ['footer/correction-note', 'A previous version of this story misspelled the mayor’s surname.'],
  ['footer/correction-note', 'This article has been corrected to show the right date.'],
  ['footer/correction-note', 'Rättelse: I en tidigare version stod det fel datum.'],
  ['footer/correction-note', 'Korjaus 4.3. klo 12.10: Jutussa mainittiin aiemmin väärä vuosi.'],
  ['footer/correction-note', 'Berichtigung: In einer früheren Fassung hieß es, die Fähre fahre ab Mai.'],
  ['footer/correction-note', 'Anmerkung der Redaktion: Der Text wurde nachträglich ergänzt.'],
  ['footer/correction-note', 'Correção: uma versão anterior deste texto informava a data errada.'],
  ['footer/correction-note', 'Fe de erratas: el alcalde se llama Jorge, no José.'],
  ['footer/correction-note', 'Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędną datę.'],
  ['footer/correction-note', 'Rectificatif : une version précédente indiquait un mauvais chiffre.'],
  ['footer/correction-note', 'Исправление: в первоначальной версии была указана неверная дата.'],
  ['footer/correction-note', 'Düzeltme: Haberin ilk halinde tarih yanlış yazılmıştı.'],
  ['footer/correction-note', '[Correction]'],
  ['footer/correction-note', '【訂正】'],
  // language links
  ['footer/language-link', 'Read in English'],
  ['footer/language-link', 'Read this article in Spanish'],
  ['footer/language-link', 'English edition'],
  ['footer/language-link', 'Lire en français'],
  ['footer/language-link', 'Auf Deutsch lesen'],
  ['footer/language-link', 'Versión en español'],
  ['footer/language-link', 'Leggi in italiano →'],
  ['footer/language-link', 'Läs på svenska'],
  ['footer/language-link', 'Czytaj po polsku'],
  ['footer/language-link', 'Читать на русском языке'],
  ['footer/language-link', 'Türkçe oku'],
];

// prettier-ignore
const kept: Array<[rule: string, line: string]> = [
  // an article about a report speaks of "this report"
  ['footer/correction-note', 'An earlier version of this report, published by the agency in May, said the dam was safe.'],
  ['footer/correction-note', 'This report was updated in March to include the new survey.'],
  ['footer/disclaimer', 'Machine translation has improved quickly, and the ministry now uses it for routine letters.'],
  ['footer/disclaimer', 'The app translates menus automatically, its makers said.'],
  ['footer/disclaimer', 'AI tools translated the documents within hours, according to the court.'],
  ['footer/disclaimer', 'The translator, who spoke on condition of anonymity, reported that the machine broke down twice.'],
  ['footer/disclaimer', '"La traducción automática nunca será perfecta", dijo el lingüista.'],
  ['footer/disclaimer', 'Traditional fishing boats were automatically registered last year.'],
  ['footer/correction-note', 'Corrections officers said the prisoner escaped at night.'],
  ['footer/correction-note', 'Correction of the error will take months, the auditor said.'],
  ['footer/correction-note', 'The correction: stocks fell by a tenth in two weeks.'],
  ['footer/correction-note', 'An earlier version of the bill was rejected by parliament in May.'],
  ['footer/correction-note', 'This story has been told many times, but never like this.'],
  ['footer/correction-note', 'Update your software before the deadline, the agency said.'],
  ['footer/correction-note', 'Clarification of the rules is expected next week.'],
  ['footer/language-link', 'Read in full, the report is damning.'],
  ['footer/language-link', 'Read in context'],
  ['footer/language-link', 'English edition sales fell by a third last year.'],
  ['footer/language-link', 'Available in stores from Monday'],
];

function alone(rule: string, line: string, language?: string): string {
  return clean(`${BODY}\n\n${MORE}\n\n${line}`, { rules: [RULES[rule]!], language }).text;
}

describe('notes about the article go', () => {
  it.each(removed)('%s: %s', (rule, line) => {
    expect(alone(rule, line)).toBe(`${BODY}\n\n${MORE}`);
  });
});

describe('lines that open with the same words stay', () => {
  it.each(kept)('%s: %s', (rule, line) => {
    expect(alone(rule, line)).toBe(`${BODY}\n\n${MORE}\n\n${line}`);
  });
});

describe('the correction note above the article goes', () => {
  it.each(removed.filter(([rule]) => rule === 'footer/correction-note').slice(0, 5))('%s: %s', (rule, line) => {
    const text = clean(`${line}\n\n${BODY}\n\n${MORE}`, { rules: [RULES[rule]!] }).text;
    expect(text).toBe(`${BODY}\n\n${MORE}`);
  });
});

describe('a translation note in the article’s own language is left to the fixed openings', () => {
  it.each([
    ['Die Software hat den Brief automatisch übersetzt.', 'deu', false],
    ['Die Software hat den Brief automatisch übersetzt.', 'eng', true],
    ['Программа автоматически переводит текст.', 'rus', false],
  ] as const)('%s (%s)', (line, language, note) => {
    expect(isForeignTranslationNote(line, language)).toBe(note);
  });
});

describe('in the whole pipeline', () => {
  it.each(removed.filter((_, k) => k % 6 === 0))('%s: %s', (rule, line) => {
    const result = cleanChecked(`${BODY}\n\n${MORE}\n\n${line}`);
    expect(result.text).toBe(`${BODY}\n\n${MORE}`);
  });
});
