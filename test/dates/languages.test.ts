// resolveDates in the article's own language (options.language): invented sentences per
// language, read with chrono's locale for that language and our language-neutral steps.
// Publication date of every row: Thursday 7 March 2024. Expected values worked out by hand
// from that day: Tuesday → the 5th (the nearest Tuesday: tense is not read outside English);
// "last Friday" → 1 March; two weeks back → Thursday 22 February, ISO week 2024-W08; next
// week → 2024-W11; in two weeks → 21 March, 2024-W12; a month without a year → the nearest
// one (June → 2024-06, October → 2023-10, nearer than October 2024).
// Tables:
//   ROWS      — [language, sentence, expression, value, type]: a date with exactly that text
//               exists with that value and type, and its offsets slice back to it;
//   NEGATIVES — [language, sentence, pattern]: no date's text matches the pattern.
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';
import { normalizeArticle } from '../../src/index.js';

const PUBLISHED = '2024-03-07';

type Row = [language: string, sentence: string, text: string, value: string | null, type: string];
type Negative = [language: string, sentence: string, forbidden: RegExp];

// prettier-ignore
const ROWS: Row[] = [
  // German
  ['deu', 'Der Vertrag wurde am 12. Januar 2023 unterzeichnet.', '12. Januar 2023', '2023-01-12', 'DATE'],
  ['deu', 'Die Ministerin sprach am Dienstag vor dem Parlament.', 'Dienstag', '2024-03-05', 'DATE'],
  ['deu', 'Gestern demonstrierten Tausende in der Hauptstadt.', 'Gestern', '2024-03-06', 'DATE'],
  ['deu', 'Die Abstimmung ist für morgen geplant.', 'morgen', '2024-03-08', 'DATE'],
  ['deu', 'Morgen früh reist die Delegation ab.', 'Morgen', '2024-03-08', 'DATE'],
  ['deu', 'Die Wahl findet im Oktober statt.', 'Oktober', '2023-10', 'DATE'],
  ['deu', 'Die Wahl findet im Oktober 2024 statt.', 'Oktober 2024', '2024-10', 'DATE'],
  ['deu', 'Der Unfall geschah vor drei Tagen.', 'vor drei Tagen', '2024-03-04', 'DATE'],
  ['deu', 'Sie kam letzten Freitag zurück.', 'letzten Freitag', '2024-03-01', 'DATE'],
  ['deu', 'In zwei Wochen wird entschieden.', 'zwei Wochen', '2024-W12', 'DATE'],
  ['deu', 'Die Sitzung beginnt um 14:30 Uhr.', '14:30 Uhr', '2024-03-07T14:30', 'TIME'],
  ['deu', 'Heute Abend spielt das Orchester.', 'Heute Abend', '2024-03-07TEV', 'TIME'],
  ['deu', 'Die Messe läuft vom 5. bis 7. April.', '7. April', '2024-04-07', 'DATE'],
  ['deu', 'Das Gesetz gilt seit 2019.', '2019', '2019', 'DATE'],
  ['deu', 'Am 12.03.2024 begann der Prozess.', '12.03.2024', '2024-03-12', 'DATE'],
  // French
  ['fra', 'Le gouvernement a présenté mardi 5 mars 2024 son projet de loi.', 'mardi 5 mars 2024', '2024-03-05', 'DATE'],
  ['fra', 'Le traité a été signé le 12 janvier 2023.', '12 janvier 2023', '2023-01-12', 'DATE'],
  ['fra', 'La ministre a parlé mardi devant les députés.', 'mardi', '2024-03-05', 'DATE'],
  ['fra', 'Hier, des milliers de personnes ont manifesté.', 'Hier', '2024-03-06', 'DATE'],
  ['fra', 'Le vote aura lieu demain.', 'demain', '2024-03-08', 'DATE'],
  ['fra', 'Le projet sera examiné en juin.', 'juin', '2024-06', 'DATE'],
  ["fra", "L'accident s'est produit il y a deux semaines.", 'il y a deux semaines', '2024-W08', 'DATE'],
  ['fra', 'Le sommet aura lieu la semaine prochaine.', 'la semaine prochaine', '2024-W11', 'DATE'],
  ['fra', 'La séance commence à 14h30.', '14h30', '2024-03-07T14:30', 'TIME'],
  ['fra', 'Ce soir, le président parlera.', 'Ce soir', '2024-03-07TEV', 'TIME'],
  ['fra', 'La loi est en vigueur depuis 2019.', '2019', '2019', 'DATE'],
  // Spanish
  ['spa', 'El tratado se firmó el 12 de enero de 2023.', '12 de enero de 2023', '2023-01-12', 'DATE'],
  ['spa', 'La ministra habló el martes ante los diputados.', 'martes', '2024-03-05', 'DATE'],
  ['spa', 'Ayer miles de personas se manifestaron.', 'Ayer', '2024-03-06', 'DATE'],
  ['spa', 'La votación será mañana.', 'mañana', '2024-03-08', 'DATE'],
  ['spa', 'El proyecto se debatirá en junio.', 'junio', '2024-06', 'DATE'],
  ['spa', 'La respuesta llegará dentro de 3 días.', 'dentro de 3 días', '2024-03-10', 'DATE'],
  ['spa', 'La delegación llega el próximo lunes.', 'próximo lunes', '2024-03-11', 'DATE'],
  // a past marker puts the weekday in the week before (chrono-es reads "pasado" as this week's)
  ['spa', 'La delegación llegó el pasado lunes.', 'pasado lunes', '2024-03-04', 'DATE'],
  ['spa', 'El acuerdo se firmó el jueves pasado.', 'jueves pasado', '2024-02-29', 'DATE'],
  ['ita', 'Il ministro ha parlato lunedì scorso alla Camera.', 'lunedì scorso', '2024-03-04', 'DATE'],
  ['deu', 'Die Ministerin sprach am vergangenen Donnerstag.', 'vergangenen Donnerstag', '2024-02-29', 'DATE'],
  ['nld', 'De minister sprak afgelopen maandag in de Kamer.', 'afgelopen maandag', '2024-03-04', 'DATE'],
  // a day of a month with a direction word: the one after (or before) the publication day
  ['fra', 'La réforme entrera en vigueur le 1er janvier prochain.', '1er janvier prochain', '2025-01-01', 'DATE'],
  ['fra', 'Le suspect a été arrêté le 3 mars dernier.', '3 mars dernier', '2024-03-03', 'DATE'],
  ['spa', 'El acuerdo se firmó el pasado 15 de febrero.', 'pasado 15 de febrero', '2024-02-15', 'DATE'],
  ['por', 'A lei entra em vigor em 1º de janeiro próximo.', '1º de janeiro próximo', '2025-01-01', 'DATE'],
  ['deu', 'Die Delegation kommt am kommenden Montag.', 'kommenden Montag', '2024-03-11', 'DATE'],
  ['spa', 'La sesión comienza a las 14:30.', 'las 14:30', '2024-03-07T14:30', 'TIME'],
  // Portuguese
  ['por', 'O tratado foi assinado em 12 de janeiro de 2023.', '12 de janeiro de 2023', '2023-01-12', 'DATE'],
  ['por', 'A ministra falou na terça-feira aos deputados.', 'terça-feira', '2024-03-05', 'DATE'],
  ['por', 'Ontem milhares de pessoas protestaram.', 'Ontem', '2024-03-06', 'DATE'],
  ['por', 'A votação será amanhã.', 'amanhã', '2024-03-08', 'DATE'],
  ['por', 'O projeto será votado em junho.', 'junho', '2024-06', 'DATE'],
  ['por', 'O calendário foi divulgado em janeiro de 2018.', 'janeiro de 2018', '2018-01', 'DATE'],
  ['por', 'A sessão começa às 14:30.', '14:30', '2024-03-07T14:30', 'TIME'],
  ['por', 'A lei vale desde 2019.', '2019', '2019', 'DATE'],
  // Italian
  ['ita', 'Il trattato è stato firmato il 12 gennaio 2023.', 'il 12 gennaio 2023', '2023-01-12', 'DATE'],
  ['ita', 'La ministra ha parlato martedì ai deputati.', 'martedì', '2024-03-05', 'DATE'],
  ['ita', 'Ieri migliaia di persone hanno manifestato.', 'Ieri', '2024-03-06', 'DATE'],
  ['ita', 'Il progetto sarà discusso a giugno.', 'giugno', '2024-06', 'DATE'],
  ["ita", "L'incidente è avvenuto tre giorni fa.", 'tre giorni fa', '2024-03-04', 'DATE'],
  ['ita', 'Il vertice si terrà la settimana prossima.', 'la settimana prossima', '2024-W11', 'DATE'],
  ['ita', 'La seduta inizia alle 14:30.', '14:30', '2024-03-07T14:30', 'TIME'],
  // Dutch
  ['nld', 'Het verdrag werd op 12 januari 2023 ondertekend.', '12 januari 2023', '2023-01-12', 'DATE'],
  ['nld', 'De minister sprak dinsdag in de Kamer.', 'dinsdag', '2024-03-05', 'DATE'],
  ['nld', 'Gisteren demonstreerden duizenden mensen.', 'Gisteren', '2024-03-06', 'DATE'],
  ['nld', 'Het plan wordt in juni besproken.', 'juni', '2024-06', 'DATE'],
  ['nld', 'Het ongeluk gebeurde drie dagen geleden.', 'drie dagen geleden', '2024-03-04', 'DATE'],
  ['nld', 'De zitting begint om 14:30.', '14:30', '2024-03-07T14:30', 'TIME'],
  // Russian
  ['rus', 'Договор был подписан 12 января 2023 года.', '12 января 2023 года', '2023-01-12', 'DATE'],
  ['rus', 'Министр выступила во вторник перед депутатами.', 'вторник', '2024-03-05', 'DATE'],
  ['rus', 'Вчера тысячи людей вышли на улицы.', 'Вчера', '2024-03-06', 'DATE'],
  ['rus', 'Голосование состоится завтра.', 'завтра', '2024-03-08', 'DATE'],
  ['rus', 'Проект рассмотрят в июне.', 'июне', '2024-06', 'DATE'],
  ['rus', 'Авария произошла три дня назад.', 'три дня назад', '2024-03-04', 'DATE'],
  ['rus', 'Заседание начнётся в 14:30.', '14:30', '2024-03-07T14:30', 'TIME'],
  // Japanese and Chinese (no word spaces)
  ['jpn', '条約は2023年1月12日に署名された。', '2023年1月12日', '2023-01-12', 'DATE'],
  ['jpn', '大臣は火曜日に議会で演説した。', '火曜日', '2024-03-05', 'DATE'],
  ['jpn', '昨日、数千人がデモを行った。', '昨日', '2024-03-06', 'DATE'],
  ['jpn', '会議は14時30分に始まる。', '14時30分', '2024-03-07T14:30', 'TIME'],
  ['cmn', '条约于2023年1月12日签署。', '2023年1月12日', '2023-01-12', 'DATE'],
  ['cmn', '部长星期二在议会发表讲话。', '星期二', '2024-03-05', 'DATE'],
  ['cmn', '投票将于明天举行。', '明天', '2024-03-08', 'DATE'],
  ['cmn', '项目将在六月讨论。', '六月', '2024-06', 'DATE'],
  ['cmn', '会议将于14点30分开始。', '14点30分', '2024-03-07T14:30', 'TIME'],
  ['cmn', '会议将于下午三点二十分开始。', '下午三点二十分', '2024-03-07T15:20', 'TIME'],
  ['cmn', '代表团九点十五抵达。', '九点十五', '2024-03-07T09:15', 'TIME'],
  // Ukrainian, Swedish, Indonesian
  ['ukr', 'Аварія сталася три дні тому.', 'три дні тому', '2024-03-04', 'DATE'],
  ['swe', 'Avtalet undertecknades den 12 januari 2023.', 'den 12 januari 2023', '2023-01-12', 'DATE'],
  ['swe', 'Igår demonstrerade tusentals människor.', 'Igår', '2024-03-06', 'DATE'],
  ['ind', 'Perjanjian itu ditandatangani pada 12 Januari 2023.', '12 Januari 2023', '2023-01-12', 'DATE'],
  // "now" is the moment of writing, as English "now"
  ['por', 'O governo agora estuda a proposta.', 'agora', 'PRESENT_REF', 'DATE'],
];

// prettier-ignore
const NEGATIVES: Negative[] = [
  // no date at all
  ['deu', 'Er las das Buch mit großem Interesse.', /./],
  ['fra', 'Le livre est sur la table.', /./],
  ['spa', 'El libro está sobre la mesa.', /./],
  ['rus', 'Книга лежит на столе.', /./],
  ['jpn', '本は机の上にある。', /./],
  // a number that is no date: a count, a round number, a calorie figure, a numbered text
  ['deu', 'Der Verein hat 12 neue Mitglieder.', /./],
  ['deu', 'Die Stadt hat 2000 Einwohner.', /./],
  ['fra', 'Il a 12 ans.', /./],
  ['por', 'Ele tem 12 irmãos.', /./],
  ['rus', 'Суточная норма 1694 ккал.', /./],
  ['ind', 'Hadis itu diriwayatkan dalam kitab no.1997 dan dishahihkan.', /./],
  ['cmn', '他有12个兄弟。', /./],
  // a decimal is no clock time (点 is also the decimal point)
  ['cmn', '股市收盘上涨百分之一点二。', /./],
  ['cmn', '经济增长了三点五个百分点。', /./],
  ['cmn', '失业率下降到四点八%。', /./],
  ['cmn', '出口增长零点五倍。', /./],
  // no reading that cuts a word ("Morgen früh" was read as "Morgen fr", this morning)
  ['deu', 'Morgen früh reist die Delegation ab.', /fr$/],
  // English under another language: no English readings chrono's locale would not make
  ['deu', 'The minister spoke on Tuesday, March 5, and left yesterday.', /Tuesday|March|yesterday/],
  ['fra', 'The minister spoke on Tuesday, March 5, and left yesterday.', /./],
  ['spa', 'The minister spoke on Tuesday, March 5, and left yesterday.', /./],
];

function check(language: string, sentence: string, text: string, value: string | null, type: string): void {
  const all = resolveDates(sentence, { publishedAt: PUBLISHED, language });
  const found = all.find((d) => d.text === text);
  expect(found, `no ${JSON.stringify(text)} in ${JSON.stringify(all.map((d) => [d.text, d.value]))}`).toBeDefined();
  expect(found!.value).toBe(value);
  expect(found!.type).toBe(type);
  expect(sentence.slice(found!.start, found!.end)).toBe(found!.text);
}

describe('resolveDates in the text’s own language', () => {
  it.each(ROWS)('%s: %s → %s = %s', (language, sentence, text, value, type) =>
    check(language, sentence, text, value, type),
  );
  it.each(NEGATIVES)('%s: no date matching %s in %s', (language, sentence, forbidden) => {
    const found = resolveDates(sentence, { publishedAt: PUBLISHED, language }).filter((d) => forbidden.test(d.text));
    expect(found.map((d) => [d.text, d.value])).toEqual([]);
  });
});

describe('the language option', () => {
  it("reads English by default ('eng'): the same output as without the option", () => {
    const text = 'The minister spoke on Tuesday and will return in June.';
    expect(resolveDates(text, { publishedAt: PUBLISHED, language: 'eng' })).toEqual(
      resolveDates(text, { publishedAt: PUBLISHED }),
    );
    expect(resolveDates(text, { publishedAt: PUBLISHED }).map((d) => d.text)).toEqual(['Tuesday', 'June']);
  });

  it('leaves relative expressions unresolved without a publication date, absolute ones resolved', () => {
    const dates = resolveDates('Am 5. März 2024 und gestern sprach sie.', { language: 'deu' });
    expect(dates.map((d) => [d.text, d.value, d.unresolved])).toEqual([
      ['5. März 2024', '2024-03-05', undefined],
      ['gestern', null, 'no-reference-date'],
    ]);
    expect(
      resolveDates('Am 5. März 2024 und gestern sprach sie.', { language: 'deu', includeUnresolved: false }).map(
        (d) => d.text,
      ),
    ).toEqual(['5. März 2024']);
  });

  it('gives nothing for a language chrono has no locale for (no English misreadings)', () => {
    expect(
      resolveDates('We wtorek 5 marca 2024 roku, on Tuesday.', { publishedAt: PUBLISHED, language: 'pol' }),
    ).toEqual([]);
    expect(resolveDates('Tuesday, March 5, 2024', { publishedAt: PUBLISHED, language: 'und' })).toEqual([]);
  });

  it.each([['de'], ['DEU'], ['german'], ['']])('rejects %j with a RangeError naming options.language', (code) => {
    expect(() => resolveDates('gestern', { language: code })).toThrow(RangeError);
    expect(() => resolveDates('gestern', { language: code })).toThrow(/options\.language/);
  });

  it('rejects a language that is not a string with a TypeError', () => {
    expect(() => resolveDates('gestern', { language: 7 as never })).toThrow(TypeError);
  });

  it('reads each paragraph of a long text (chunked like English), offsets exact', () => {
    const paragraph = 'Die Ministerin sprach am Dienstag. Gestern demonstrierten Tausende.\n\n';
    const text = paragraph.repeat(200);
    const dates = resolveDates(text, { publishedAt: PUBLISHED, language: 'deu' });
    expect(dates).toHaveLength(400);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(new Set(dates.map((d) => d.value))).toEqual(new Set(['2024-03-05', '2024-03-06']));
  });
});

describe('normalizeArticle reads dates in the body’s language', () => {
  const body =
    'Die Bundesregierung will das Gesetz am 5. März 2024 verabschieden. Das sagte ein Sprecher am Dienstag in der Hauptstadt. ' +
    'Die Opposition kündigte gestern Widerstand an und verlangte eine Anhörung im Juni. Der Ausschuss tagt morgen erneut, ' +
    'teilte die Verwaltung mit. Die Abgeordneten hatten sich bereits vor drei Tagen getroffen.';

  it("passes metadata.language ('deu') to resolveDates", () => {
    const result = normalizeArticle(body, { publishedAt: PUBLISHED });
    expect(result.metadata.language).toBe('deu');
    expect(result.dates.map((d) => [d.text, d.value])).toEqual([
      ['5. März 2024', '2024-03-05'],
      ['Dienstag', '2024-03-05'],
      ['gestern', '2024-03-06'],
      ['Juni', '2024-06'],
      ['morgen', '2024-03-08'],
      ['vor drei Tagen', '2024-03-04'],
    ]);
  });

  it("passes a language chrono has no locale for ('ben'): no dates rather than English readings", () => {
    // Under the English hint the engine read "2024" here as a year.
    const bengali =
      'মন্ত্রী মঙ্গলবার জানিয়েছেন, নতুন ভর্তুকি 2024 সালের শেষ থেকে কার্যকর হবে এবং কৃষকেরা সরাসরি ব্যাংকে টাকা পাবেন। ' +
      'বিরোধী দল এই সিদ্ধান্তকে দেরিতে নেওয়া পদক্ষেপ বলে সমালোচনা করেছে।';
    const result = normalizeArticle(bengali, { publishedAt: PUBLISHED });
    expect(result.metadata.language).toBe('ben');
    expect(result.dates).toEqual([]);
    expect(normalizeArticle(bengali, { publishedAt: PUBLISHED, language: 'eng' }).dates).toEqual([]);
  });

  it('lets the caller’s date options name the language', () => {
    const result = normalizeArticle(body, { publishedAt: PUBLISHED, dates: { language: 'eng' } });
    expect(result.dates.map((d) => d.text)).toEqual(['2024']);
  });
});

describe('locale dates do not depend on the machine time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  it('gives the same output under UTC and Pacific/Kiritimati (UTC+14) and Etc/GMT+12', () => {
    const outputs = ['UTC', 'Pacific/Kiritimati', 'Etc/GMT+12'].map((zone) => {
      process.env.TZ = zone;
      return JSON.stringify(
        ROWS.map(([language, sentence]) => resolveDates(sentence, { publishedAt: PUBLISHED, language })),
      );
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
