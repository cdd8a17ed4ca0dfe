// Author and date lines in the languages of the sites we see (labels, role words, the word for
// "and", weekday and month names, local time marks): removed in the head and lifted into
// metadata. Invented examples; negatives beside them (sentences of those languages that open
// with the same words, and name lines with no byline or date beside them).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { readDateline } from '../../src/clean/rules/metadata/dateline.js';
import { readLocalByline } from '../../src/clean/rules/metadata/byline.js';

const HEADLINE = 'Harbour authority delays the new ferry terminal by a year';
const BODY = [
  'The harbour authority said on Tuesday that the terminal would open a year later than planned because the piles had to be driven deeper.',
  'Ferry companies had planned to move their winter timetables to the new quays, and will now stay at the old pier until next autumn.',
  '"The ground was softer than the surveys said," the authority’s director told the city council on Monday evening.',
];

/** The headline, the head lines under test, then the body. */
function page(head: readonly string[]): string {
  return [HEADLINE, ...head, ...BODY].join('\n\n');
}

// [author line, the names lifted, the credit lifted (agency or outlet) or undefined]
const BYLINES: ReadonlyArray<readonly [string, readonly string[], string | undefined]> = [
  ['Autor: Jan Novák', ['Jan Novák'], undefined], // cs
  ['Autorka: Petra Malá | Editor: Ivan Horák', ['Petra Malá'], undefined], // sk, a second field
  ['Szerző: Szabó Júlia, Kiss Tamás (MTI)', ['Szabó Júlia', 'Kiss Tamás'], 'MTI'], // hu
  ['Teksti: Mikko Virtanen — STT', ['Mikko Virtanen'], 'STT'], // fi
  ['Text: Lena Holm', ['Lena Holm'], undefined], // sv
  ['Författare: Oskar Dahl och Elin Berg', ['Oskar Dahl', 'Elin Berg'], undefined], // sv
  ['Skrevet av Ingrid Solberg og Per Haugen', ['Ingrid Solberg', 'Per Haugen'], undefined], // no
  ['Av Ebba Lind och Nils Ek, reportrar', ['Ebba Lind', 'Nils Ek'], undefined], // sv, role after
  ['Af Jonas Krogh, journalist, og Ritzau', ['Jonas Krogh'], 'Ritzau'], // da, role and agency
  ['Piše: Marko Horvat', ['Marko Horvat'], undefined], // hr
  ['Пише: Јелена Петровић', ['Јелена Петровић'], undefined], // sr (Cyrillic)
  ['Avtorica: Maja Kranjc', ['Maja Kranjc'], undefined], // sl
  ['Autorius: Tomas Kazlauskas', ['Tomas Kazlauskas'], undefined], // lt
  ['Autors: Anna Ozola', ['Anna Ozola'], undefined], // lv
  ['Yazan: Elif Demir', ['Elif Demir'], undefined], // tr
  ['Penulis: Dewi Lestari', ['Dewi Lestari'], undefined], // id
  ['Oleh: Ahmad Faizal dan Siti Aminah', ['Ahmad Faizal', 'Siti Aminah'], undefined], // ms
  ['Автор: Ольга Кравченко', ['Ольга Кравченко'], undefined], // uk
  ['Συντάκτης: Νίκος Παπαδόπουλος', ['Νίκος Παπαδόπουλος'], undefined], // el
  ['Autore: Giulia Rossi e Marco Bianchi', ['Giulia Rossi', 'Marco Bianchi'], undefined], // it
  ['Escrito por Lucía Fernández', ['Lucía Fernández'], undefined], // es
  ['Tác giả: Nguyễn Minh Anh', ['Nguyễn Minh Anh'], undefined], // vi
  ['كتبت: سارة محمود — Al-Fajr Weekly', ['سارة محمود'], 'Al-Fajr Weekly'], // ar, outlet after a dash
  ['بقلم: خالد يوسف', ['خالد يوسف'], undefined], // ar
  ['Reporter Huang Mei-ling 黃美玲 and CNA', ['Huang Mei-ling'], 'CNA'], // a name in both scripts
  ['By Ana Costa, journalist, and Lusa', ['Ana Costa'], 'Lusa'],
];

// Sentences that open like an author line: they stay.
const NOT_BYLINES: readonly string[] = [
  'Autor der Studie ist der Hafenplaner Jan Novák aus Hamburg.',
  'Av alla tillfrågade svarade hälften att de åker färja varje vecka.',
  'Text messages from the authority reached passengers only on Tuesday.',
  'Oleh karena itu, pelabuhan lama tetap dibuka hingga musim gugur.',
  'Piše se nova studija o lučkom prometu.',
  'Skrevet av en gruppe ingeniører ble rapporten lagt fram mandag.',
  'Text: The Long Road Home',
];

describe('author lines of other languages', () => {
  it.each(BYLINES)('removes %j and lifts its names', (line, names, credit) => {
    const r = clean(page([line]));
    expect(r.text).not.toContain(line);
    expect(r.metadata.byline).toEqual(names);
    if (credit) expect(r.metadata.credits).toContain(credit);
  });

  // (A sentence of another language in an English page may go as a foreign passage: not as a byline.)
  it.each(NOT_BYLINES)('keeps %j', (line) => {
    const r = clean(page([line]));
    expect(r.edits.map((edit) => edit.rule)).not.toContain('metadata/byline');
    expect(r.metadata.byline ?? []).toEqual([]);
  });

  it.each([
    ['Nils Ek och Ebba Lind, reportrar', ['Nils Ek', 'Ebba Lind']],
    ['Jonas Krogh, journalist, og Ritzau', ['Jonas Krogh']],
    ['Kovács Anna (MTI)', ['Kovács Anna']],
  ])('readLocalByline(%j)', (text, names) => {
    expect(readLocalByline(text)?.byline).toEqual(names);
  });

  it("takes a desk's signature in the head", () => {
    const r = clean(page(['Staff Correspondent, Rajshahi']));
    expect(r.text).not.toContain('Staff Correspondent');
  });
});

describe('a line of names only, beside a byline or date line in the head', () => {
  it.each([
    [
      ['Linh Chi - Quốc Bảo', 'Thứ Hai, 09/03/2026 08:30 (GMT+7)'],
      ['Linh Chi', 'Quốc Bảo'],
    ],
    [
      ['Karen Ho and Derek Yip', 'Published: 9:10am, 9 Mar 2026'],
      ['Karen Ho', 'Derek Yip'],
    ],
    [
      ['Publicerad 9 mars 2026 kl. 08.30', 'Ebba Lind och Nils Ek'],
      ['Ebba Lind', 'Nils Ek'],
    ],
  ])('removes the names of %j', (head, names) => {
    const r = clean(page(head));
    for (const line of head) expect(r.text).not.toContain(line);
    expect(r.metadata.byline).toEqual(names);
  });

  it('keeps a line of names with no byline or date beside it', () => {
    const r = clean(page(['Karen Ho and Derek Yip']));
    expect(r.text).toContain('Karen Ho and Derek Yip');
  });

  it('takes a headline of two names above a date as no byline', () => {
    const r = clean(['Karen Ho and Derek Yip', '9 March 2026', ...BODY].join('\n\n'));
    expect(r.metadata.byline ?? []).toEqual([]);
  });
});

// [stamp line, publishedAt, updatedAt]
const STAMPS: ReadonlyArray<readonly [string, string | undefined, string | undefined]> = [
  ['Julkaistu 4.11.2026 klo 7.45 | Päivitetty 4.11.2026 klo 12.05', '2026-11-04', '2026-11-04'], // fi
  ['Publicerad 3 mars 2026 kl. 06.10', '2026-03-03', undefined], // sv
  ['Publisert: 01.02.26 21:40 Sist oppdatert: 02.02.26 08:15', '2026-02-01', '2026-02-02'], // no, two-digit year
  ['Opdateret 14. januar 2026 kl. 18.22', undefined, '2026-01-14'], // da
  ['Mandag den 9. marts 2026, kl. 11:30', '2026-03-09', undefined], // da, weekday and "den"
  ['03.02.2026 | 08:20 — actualizat 04.02.2026 | 10:05', '2026-02-03', '2026-02-04'], // ro
  ['Publikováno 3. února 2026 v 9:15', '2026-02-03', undefined], // cs
  ['Objavljeno: 12.01.2026. u 14:30', '2026-01-12', undefined], // hr
  ['2026. január 12. 14:30', '2026-01-12', undefined], // hu, year first
  ['Opublikowano: 5 stycznia 2026, 10:12', '2026-01-05', undefined], // pl
  ['Опубликовано 5 января 2026 в 10:12', '2026-01-05', undefined], // ru
  ['Оновлено: 6 січня 2026, 11:00', undefined, '2026-01-06'], // uk
  ['Yayınlanma: 20 Ocak 2026 14:10 | Güncelleme: 20 Ocak 2026 16:45', '2026-01-20', '2026-01-20'], // tr
  ['Kamis, 22 Januari 2026 09:15 WIB', '2026-01-22', undefined], // id
  ['Dikemas kini 22 Januari 2026, 9:15 pagi', undefined, '2026-01-22'], // ms
  ['الاثنين، 9 مارس 2026 - 08:30 ص', '2026-03-09', undefined], // ar, weekday and morning mark
  ['Thứ Sáu, 13/03/2026 16:45 (GMT+7)', '2026-03-13', undefined], // vi
  ['2026/03/13 16:45 (Taipei Time)', '2026-03-13', undefined],
  ['Publicado el martes 10 de marzo de 2026 - 9:05 a. m.', '2026-03-10', undefined], // es
  ['Avaldatud: 10.03.2026 09:05', '2026-03-10', undefined], // et
  ['Δημοσίευση: 10 Μαρτίου 2026, 09:05', '2026-03-10', undefined], // el
  ['Paskelbta 2026 m. kovo 10 d. 09:05', '2026-03-10', undefined], // lt
];

// Sentences that open like a stamp: they stay.
const NOT_STAMPS: readonly string[] = [
  'Julkaistu raportti arvioi, että terminaali valmistuu 4.11.2026 mennessä.',
  'Mandag den 9. marts 2026 mødes havnens bestyrelse for at drøfte budgettet.',
  'Publicado el informe el martes 10 de marzo de 2026, el puerto cerró dos muelles.',
  'Yayınlanma tarihi ertelenen rapor 20 Ocak 2026 günü açıklandı.',
];

describe('date lines of other languages', () => {
  it.each(STAMPS)('removes %j and lifts its dates', (line, published, updated) => {
    const r = clean(page([line]));
    expect(r.text).not.toContain(line);
    expect(r.metadata.publishedAt).toBe(published);
    expect(r.metadata.updatedAt).toBe(updated);
  });

  it.each(NOT_STAMPS)('keeps %j', (line) => {
    const r = clean(page([line]));
    expect(r.edits.map((edit) => edit.rule)).not.toContain('metadata/dateline');
    expect(readDateline(line)).toBeNull();
  });
});

describe('an author line of another language closing the story', () => {
  it.each([
    ['Teksti: Mikko Virtanen', ['Mikko Virtanen']],
    ['Autor: Jan Novák', ['Jan Novák']],
    ['Skrevet af Jonas Krogh og Ida Bech', ['Jonas Krogh', 'Ida Bech']],
  ])('removes %j at the end', (line, names) => {
    const r = clean([HEADLINE, ...BODY, line].join('\n\n'));
    expect(r.text).not.toContain(line);
    expect(r.metadata.byline).toEqual(names);
  });

  it('keeps a sentence that opens with a label at the end', () => {
    const line = 'Text: Hafenbehörde, 2026.';
    const r = clean([HEADLINE, ...BODY, line].join('\n\n'));
    expect(r.edits.map((edit) => edit.rule)).not.toContain('metadata/sign-off');
  });
});
