/**
 * Prepositions that chrono's locale parsers take into a date's span ("am 5. März", "à 14h30",
 * "в июне") in the languages other than English that `resolveDates` reads. TIMEX3 leaves the
 * preposition outside the expression (as the English engine's own leading-preposition trim
 * does), so resolveDates cuts one of these off the start of a span. Articles stay inside
 * ("la semaine prochaine", "el lunes"), as "the" does in English ("the next day").
 *
 * Keyed by ISO 639-3 code; a language not listed has none (Japanese and Chinese put their
 * particles after the date, Finnish uses case endings).
 */

/**
 * Leading prepositions of a date, per language (lower case; matched case-insensitively as
 * whole words followed by a space).
 *
 * @example
 * DATE_PREPOSITIONS.deu!.includes('am'); // true
 */
// prettier-ignore
export const DATE_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  deu: ['am', 'an', 'im', 'in', 'um', 'ab', 'seit', 'bis', 'vom', 'von', 'zum', 'gegen'],
  fra: ['à', 'en', 'depuis', 'dès', 'vers', 'jusqu’à', "jusqu'à"],
  spa: ['en', 'a', 'desde', 'hasta', 'hacia'],
  por: ['em', 'no', 'na', 'a', 'à', 'às', 'desde', 'até'],
  ita: ['a', 'al', 'alle', 'in', 'nel', 'nella', 'dal', 'dalle', 'da', 'entro'],
  nld: ['op', 'in', 'om', 'sinds', 'tot', 'vanaf'],
  swe: ['på', 'i', 'sedan', 'till', 'från'],
  rus: ['в', 'во', 'с', 'со', 'до', 'на', 'к'],
  ukr: ['в', 'у', 'о', 'об', 'з', 'із', 'до', 'на'],
  ind: ['pada', 'sejak', 'hingga', 'sampai'],
  vie: ['vào', 'lúc', 'từ', 'đến'],
  arb: ['في', 'منذ'],
});

/**
 * Words joining the two ends of a date range ("5. bis 7. März", "du 5 au 7 mars", "del 5 al 7
 * de marzo"), per language; the dashes every language writes are added by
 * {@link rangeConnectorPattern}.
 *
 * @example
 * RANGE_CONNECTORS.fra; // ['au', 'à', 'et']
 */
// prettier-ignore
export const RANGE_CONNECTORS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  deu: ['bis', 'und'],
  fra: ['au', 'à', 'et'],
  spa: ['al', 'a', 'hasta', 'y'],
  por: ['a', 'ao', 'até', 'e'],
  ita: ['al', 'a', 'fino al', 'e'],
  nld: ['tot', 'en'],
  swe: ['till', 'och'],
  rus: ['по', 'до', 'и'],
  ukr: ['по', 'до', 'і'],
  fin: ['ja'],
  ind: ['sampai', 'hingga', 'dan'],
  vie: ['đến', 'tới', 'và'],
  arb: ['إلى', 'حتى'],
});

/**
 * Words between a month and its year ("janeiro de 2018", "enero de 2018"), per language.
 *
 * @example
 * MONTH_YEAR_JOINERS.por; // ['de']
 */
export const MONTH_YEAR_JOINERS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  spa: ['de', 'del'],
  por: ['de'],
});

/** Codes of one language the tables above list under another code. */
const SAME_LANGUAGE: Readonly<Record<string, string>> = { ara: 'arb' };
const listed = (language: string): string => SAME_LANGUAGE[language] ?? language;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Not a letter of any script on this side: JavaScript's \b knows only ASCII letters. */
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/**
 * A pattern matching what joins the two ends of a range in `language`: one of its
 * {@link RANGE_CONNECTORS} as a whole word, or a dash, a tilde or the 〜/至 of Japanese and
 * Chinese, with the spaces around it.
 *
 * @example
 * rangeConnectorPattern('deu').exec('5. bis 7. März')![0]; // ' bis '
 */
export function rangeConnectorPattern(language: string): RegExp {
  const words = (RANGE_CONNECTORS[listed(language)] ?? []).map(escape);
  const wordPart = words.length ? `${NOT_LETTER_BEFORE}(?:${words.join('|')})${NOT_LETTER_AFTER}|` : '';
  return new RegExp(`\\s*(?:${wordPart}–|—|~|〜|～|至|\\s-\\s|(?<=[\\d.])-(?=\\s*\\d))\\s*`, 'iu');
}

/**
 * A pattern matching one leading preposition of `language` and the spaces after it, or null
 * when the language has none.
 *
 * @example
 * datePrepositionPattern('deu')!.exec('am Dienstag')![0]; // 'am '
 * datePrepositionPattern('jpn'); // null
 */
export function datePrepositionPattern(language: string): RegExp | null {
  const words = DATE_PREPOSITIONS[listed(language)];
  if (!words) return null;
  return new RegExp(`^(?:${words.map(escape).join('|')})\\s+`, 'iu');
}

/**
 * Words beside a weekday or a day of a month that place it before or after the publication day
 * ("el lunes pasado", "am vergangenen Montag", "le 1er janvier prochain", "el próximo 15 de
 * abril"), in the languages other than English that `resolveDates` reads. Lower case; chrono's
 * locale parsers read some of them and leave the others out of the span.
 *
 * @example
 * DATE_DIRECTION_WORDS.past.includes('pasado'); // true
 */
// prettier-ignore
export const DATE_DIRECTION_WORDS: Readonly<{ past: readonly string[]; future: readonly string[] }> = Object.freeze({
  past: ['pasado', 'pasada', 'passado', 'passada', 'scorso', 'scorsa', 'vergangenen', 'vergangener', 'letzten', 'vorigen',
    'vorige', 'afgelopen', 'dernier', 'dernière'],
  future: ['próximo', 'próxima', 'proximo', 'proxima', 'prochain', 'prochaine', 'prossimo', 'prossima', 'nächsten',
    'kommenden', 'volgende', 'komende'],
});
