/**
 * metadata/dateline — a line that is only a date (and maybe a time or "Published"/"Updated"
 * label): "December 07, 2021", "Published: 7 Dec 2021 14:30 GMT", "2021-12-07",
 * "Updated 9:41 PM ET, Thu December 2, 2021", "Issued on: 07/12/2021 - 18:42"; a lone label
 * line with the date on the next line ("Published" / "7 December 2021"); and, in the head,
 * a header line of '|' or '•' fields one of which is a date ("Source: Xinhua | 2021-12-07
 * 21:14:05 | Editor: huaxia", "NAME | City - 07 Dec 2021 - 15:30 CET", "By Outlet with AP •
 * Updated: …"). A publication date (not an update date) goes to `metadata.publishedAt`, but
 * only from the head of the article: a date under a related post at the end is not it. An
 * update date in the head goes to `metadata.updatedAt`. A bare date line above the headline
 * with only chrome above it is the masthead's today-date: it goes, and gives no date.
 * Labels: "Published", "Posted", "Updated", "As of", "Issued" …; dates in English and in
 * the month names of the detector's languages ("7. Dezember 2021", "7 de diciembre de 2021").
 */
import type { BlockContext, BlockRule, MetadataPatch } from '../../rule.js';
import type { Block } from '../../segment.js';
import { isLocalizedWeekday, LOCALIZED_MONTHS } from '../../../lexicon/localized-months.js';
import { groupedAlternation, groupedMatchAny } from '../../../lexicon/pattern.js';
import { FUNCTION_WORDS } from '../../../lexicon/closed-class.js';
import {
  charSet,
  isHeadlineShaped,
  isTitleShaped,
  MONTH_PATTERN,
  moreWordsThan,
  opensWithFolded,
  readDate,
  unlink,
} from '../../shape.js';
import { readBylineField } from './byline.js';
import { mergePatch } from './patch.js';
import { isWireAgency, WIRE_AGENCY_PATTERN } from '../../../lexicon/news-agencies.js';
import { chromeLinesOf, fieldText, inHeadBeforeProse } from './head.js';
import { normalizeStamp } from './stamp-forms.js';
import { isTimestampLine } from '../boilerplate/chrome.js';

const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+)?';
// The labels of a publication and of an update stamp, by language (ISO 639-1), lower case,
// regex sources. Korean sites' 수정 ("modified", "edited" in translation), 입력 and 등록
// ("input", "registered", "entered"); Japanese 公開 and 配信.
// prettier-ignore
const UPDATE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['updated', 'last updated', 'last modified', 'modified', 'edited', 'revised', 'as of'],
  es: ['actualizado', 'actualizada', 'última actualización'],
  pt: ['atualizado', 'atualizada', 'última atualização', 'actualizado'],
  fr: ['mis à jour', 'modifié', 'modifiée', 'dernière mise à jour', 'mise à jour'],
  de: ['aktualisiert', 'zuletzt aktualisiert'],
  it: ['aggiornato', 'aggiornata', 'modifica', 'modificato', 'ultimo aggiornamento', 'ultima modifica'],
  nl: ['bijgewerkt', 'laatste update', 'laatst bijgewerkt', 'aangepast'],
  sv: ['uppdaterad', 'uppdaterat', 'senast uppdaterad', 'ändrad'],
  no: ['oppdatert', 'sist oppdatert', 'endret', 'sist endret'],
  da: ['opdateret', 'senest opdateret', 'ændret'],
  fi: ['päivitetty', 'muokattu'],
  is: ['uppfært'],
  pl: ['zaktualizowano', 'aktualizacja'],
  cs: ['aktualizováno', 'aktualizace'],
  sk: ['aktualizované', 'aktualizovaný'],
  sl: ['posodobljeno', 'zadnja sprememba'],
  hr: ['ažurirano', 'ажурирано'],
  hu: ['frissítve', 'frissítés', 'módosítva', 'utolsó módosítás'],
  ro: ['actualizat', 'actualizare', 'ultima actualizare'],
  bg: ['обновена', 'обновено', 'актуализирана', 'актуализирано'],
  el: ['ενημέρωση', 'ενημερώθηκε', 'τελευταία ενημέρωση'],
  ru: ['обновлено', 'обновлен', 'обновлена'],
  uk: ['оновлено', 'оновлена', 'оновлений'],
  lt: ['atnaujinta'],
  lv: ['atjaunots', 'atjaunināts'],
  et: ['uuendatud', 'muudetud'],
  tr: ['güncellendi', 'güncelleme', 'son güncelleme', 'güncellenme'],
  ar: ['آخر تحديث', 'تحديث', 'تم التحديث'],
  fa: ['به‌روزرسانی', 'بروزرسانی', 'به روز رسانی'],
  he: ['עודכן', 'עדכון אחרון'],
  hi: ['अपडेट', 'अपडेटेड', 'अद्यतन'],
  bn: ['আপডেট'],
  ur: ['اپ ڈیٹ'],
  id: ['diperbarui', 'diperbaharui'],
  ms: ['dikemas kini', 'kemas kini'],
  vi: ['cập nhật'],
  th: ['อัปเดต', 'แก้ไขล่าสุด'],
  zh: ['更新', '更新时间', '更新時間'],
  ja: ['更新', '最終更新'],
  ko: ['수정', '업데이트', '최종수정'],
};
// prettier-ignore
const PUBLISHED_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['published', 'posted', 'date', 'first published', 'issued', 'released', 'input', 'entered', 'registered'],
  es: ['publicado', 'publicada', 'fecha'],
  pt: ['publicado', 'publicada', 'data'],
  fr: ['publié', 'publiée', 'mis en ligne', 'date'],
  de: ['veröffentlicht', 'erschienen', 'datum'],
  it: ['pubblicato', 'pubblicata', 'data'],
  nl: ['gepubliceerd', 'geplaatst', 'datum'],
  sv: ['publicerad', 'publicerat', 'datum'],
  no: ['publisert', 'dato'],
  da: ['publiceret', 'offentliggjort', 'dato'],
  fi: ['julkaistu', 'päiväys'],
  is: ['birt', 'birtist'],
  pl: ['opublikowano', 'data publikacji', 'data'],
  cs: ['publikováno', 'zveřejněno', 'datum'],
  sk: ['publikované', 'uverejnené', 'dátum'],
  sl: ['objavljeno', 'objava', 'datum'],
  hr: ['objavljeno', 'objava', 'datum', 'објављено'],
  hu: ['publikálva', 'közzétéve', 'megjelent', 'dátum'],
  ro: ['publicat', 'data publicării', 'data'],
  bg: ['публикувана', 'публикувано', 'дата'],
  el: ['δημοσίευση', 'δημοσιεύθηκε', 'ημερομηνία'],
  ru: ['опубликовано', 'дата публикации', 'дата'],
  uk: ['опубліковано', 'дата публікації', 'дата'],
  lt: ['publikuota', 'paskelbta', 'data'],
  lv: ['publicēts', 'datums'],
  et: ['avaldatud', 'kuupäev'],
  tr: ['yayınlanma', 'yayınlandı', 'yayın tarihi', 'tarih'],
  ar: ['نشر', 'نُشر', 'تاريخ النشر', 'التاريخ', 'نشر في'],
  fa: ['تاریخ انتشار', 'انتشار', 'منتشر شده'],
  he: ['פורסם', 'פורסם לראשונה'],
  hi: ['प्रकाशित', 'प्रकाशन तिथि', 'पब्लिश्ड'],
  bn: ['প্রকাশিত', 'প্রকাশ', 'প্রকাশের সময়'],
  ur: ['شائع', 'شائع شدہ', 'اشاعت'],
  id: ['diterbitkan', 'dipublikasikan', 'tanggal'],
  ms: ['diterbitkan', 'disiarkan', 'tarikh'],
  tl: ['inilathala', 'petsa'],
  vi: ['đăng', 'đăng lúc', 'ngày đăng', 'xuất bản'],
  th: ['เผยแพร่', 'วันที่'],
  zh: ['发布', '發布', '發佈', '发布时间', '發布時間', '发表', '發表', '日期'],
  ja: ['公開', '配信', '掲載', '公開日'],
  ko: ['입력', '기사입력', '등록', '발행'],
  sw: ['imechapishwa', 'tarehe'],
};
// The label words, longest first (a flat list for the gates below); the patterns hold them
// grouped by first letter (groupedAlternation: the same matches, far fewer tries on a line that
// opens with none of them).
const UPDATE_LIST = [...new Set(Object.values(UPDATE_LABELS).flat())].sort((a, b) => b.length - a.length);
const LABEL_LIST = [...new Set([...Object.values(PUBLISHED_LABELS).flat(), ...UPDATE_LIST])].sort(
  (a, b) => b.length - a.length,
);
const UPDATE_WORDS = groupedAlternation(UPDATE_LIST);
const LABEL_WORDS = `(?:${groupedAlternation(LABEL_LIST)})`;
// The particle after a label: "Publicado el", "Aktualisiert am", "Publisert den", "Diterbitkan
// pada", "نشر في", "Cập nhật ngày", "Опубликовано в".
const LABEL_PARTICLE = '(?:on|el|em|am|le|il|op|den|às|a las|alle|dne|pada|tanggal|tarikh|في|ngày|lúc|в|на|o)';
// "On June 15, 2022 at 6:40 p.m." opens a stamp too.
// "Published - April 9, 2025": a dash after the label as well as a colon.
const LABEL = `(?:${LABEL_WORDS}(?:\\s+${LABEL_PARTICLE})?\\s*(?::|\\s[-–—])?\\s*|on\\s+)?`;
// "14:18", "6:40 p.m.", "11h03" (Portuguese and French sites), "3.05pm".
// After the clock: "p.m.", "a. m.", Arabic ص and م; a zone ("CET", "(GMT+7)", "(Taipei Time)").
const CLOCK =
  '\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?\\s?[Mm]\\.?|ص|م)?\\s*(?:[A-Z]{2,5}|\\([A-Z]{2,5}\\)|\\((?:GMT|UTC)\\s?[+-]\\d{1,2}(?::\\d{2})?\\)|\\(\\p{Lu}\\p{Ll}+ Time\\)|UTC[+-]\\d{1,2}(?::\\d{2})?|GMT[+-]\\d{1,2})?';
// The word before the clock: "at", "um", "kl.", "klo", "o godz.", "saat", "pukul", "lúc", "в" …
const TIME = `(?:\\.?\\s*[,|•·–—-]?\\s*(?:at|à|às|um|alle|a las|a les|om|kl\\.?|klo|kello|klockan|o godz\\.?|godz\\.?|v|u|ob|в|о|στις|saat|pukul|jam|lúc|vào lúc)?\\s*${CLOCK})?`;
// "Updated 9:41 PM ET, Thu December 2, 2021": the time before the date.
const TIME_FIRST = `(?:${CLOCK}\\s*,?\\s*)?`;
// The localized month names (LOCALIZED_MONTH_PATTERN's alternation, ~860 names), grouped by first letter.
const LOCAL_MONTH = groupedMatchAny(LOCALIZED_MONTHS.keys());
// A localized month name, day first: "7. Dezember 2021", "7 de diciembre de 2021", "7 декабря 2021 г.".
const LOCAL_DATE = `\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${LOCAL_MONTH})\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}(?:\\s*г\\.?)?`;
// Year first with dots or slashes ("2024.03.12", "2024/3/12", the East Asian order), in
// Chinese, Japanese or Korean characters ("2024年3月12日", "2024년 3월 12일"), and a two-digit
// year after a day and a month ("12·03·24", "12.03.24": read only after a label, see SHORT_YEAR).
const YEAR_FIRST = '\\d{4}[./]\\d{1,2}[./]\\d{1,2}(?!\\d)|\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일]';
// Year first with a month name: Hungarian "2026. október 15.", Lithuanian "2026 m. spalio 15 d.".
const YEAR_FIRST_NAMED = `\\d{4}(?:\\.|\\s*m\\.)\\s+(?:${LOCAL_MONTH})\\.?\\s+\\d{1,2}(?:\\.|\\s*d\\.)?`;
const SHORT_YEAR_DATE = '\\d{1,2}(?:\\.\\d{1,2}\\.|·\\d{1,2}·|/\\d{1,2}/)\\d{2}(?!\\d)';
const DATE = `(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH_PATTERN},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|${YEAR_FIRST}|${LOCAL_DATE}|${YEAR_FIRST_NAMED}|${SHORT_YEAR_DATE})`;
const DATELINE = new RegExp(
  `^${LABEL}${TIME_FIRST}${WEEKDAY}(${DATE})${TIME}(?:\\s*[|•·●]\\s*\\d+\\s*min(?:ute)?s?\\s+read)?\\.?$`,
  'iu',
);
// A labelled time stamp without a year ("Posted Nov 19, 6:51 AM"): the label and the clock
// make it a stamp; it gives no date (the year is unknown).
const YEARLESS_STAMP = new RegExp(
  `^${LABEL_WORDS}(?:\\s+on)?\\s*:?\\s*${WEEKDAY}(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\.?\\s+${MONTH_PATTERN}),?\\s*(?:at\\s+)?${CLOCK}$`,
  'iu',
);
// "Updated an hour ago", "Posted 3 mins ago": a stamp relative to the reader's clock.
const RELATIVE_STAMP = new RegExp(
  `^${LABEL_WORDS}\\s+(?:an?|\\d{1,3})\\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\\s+ago$`,
  'i',
);
// Where a line of several stamps is cut: at ';' or before a label word that opens the next
// ("Updated 9:15 AM; Posted 8:10 AM", "Published Wed, Mar 3 2021 9:12 PM PST Updated 2 hours ago").
const STAMP_BREAK = new RegExp(`\\s*;\\s*|\\s+(?=${LABEL_WORDS}(?![\\p{L}\\p{N}]))`, 'iu');
const ANY_DIGIT = /[0-9]/;
const TRAILING_COMMA = /\s*,\s*$/;
const TWELVE_HOUR = /\d\s*[AaPp]\.?[Mm]\b/;
const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const UPDATE_LABEL = new RegExp(`^(?:${UPDATE_WORDS})`, 'iu');
const LABELLED = new RegExp(`^(?:${LABEL_WORDS}|on)(?![\\p{L}\\p{N}])`, 'iu');
const LONE_LABEL = new RegExp(`^${LABEL_WORDS}(?:\\s+${LABEL_PARTICLE})?\\s*:?$`, 'iu');
// A place before the date inside a header field: "Madrid - 07 Dec 2021 - 15:30 CET".
const PLACE_PREFIX = /^\p{Lu}[\p{L}'’. ]{1,30}?\s+[-–—]\s+/u;
// Fields are cut at '|', '•', '·', a slash between spaces ("Coast Herald / 04:12 PM March 27,
// 2023") and a run of spaces ("Redazione X  ROME  07 October 2021 14:18").
const FIELD_SEPARATOR = /\s+[|•·●/]\s+|\s*\|\s*|\s{2,}/;
// "10:15 — updated 07.04.2026": a dash before an update label also ends a field.
const DASH_BEFORE_UPDATE = new RegExp(`\\s+[–—-]\\s+(?=(?:${UPDATE_WORDS})(?![\\p{L}\\p{N}]))`, 'iu');
const CAPS_NAME = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}$/u;
const MAX_HEADER_LENGTH = 200;
const CREDIT_FIELD = /^(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}$/u;

/**
 * A date line read: the ISO date, and whether its label marks an update.
 *
 * @example
 * readDateline('Updated: 8 Dec 2021'); // { date: '2021-12-08', update: true }
 */
export interface DatelineReading {
  date: string | undefined;
  update: boolean;
  /** The update date of a line of stamps whose `date` is the publication date. */
  updated?: string;
}

/**
 * Reads a line that is only a (labelled) date or date-time; null when the line is more.
 *
 * @example
 * readDateline('Published: 7 Dec 2021 14:30 GMT'); // { date: '2021-12-07', update: false }
 * readDateline('The talks began on 7 Dec 2021.');  // null
 */
export function readDateline(text: string): DatelineReading | null {
  return readPlainDateline(text) ?? readOtherForm(text);
}
// A stamp in another written form ("2026年3月5日 午後3時12分", "5 березня 2026 р., 15:12",
// "৫ মার্চ ২০২৬"): rewritten by normalizeStamp, then read as above.
function readOtherForm(text: string): DatelineReading | null {
  if (text.length > 120) return null;
  const line = normalizeStamp(text, isTimestampLine);
  return line !== text ? readPlainDateline(line) : null;
}
function readPlainDateline(text: string): DatelineReading | null {
  // Every DATE form has a four-digit year, and unlink only drops characters: a line
  // without an ASCII digit cannot match (\d is [0-9] under the u flag too).
  if (text.length > 100 || !ANY_DIGIT.test(text)) return null;
  const line = unlink(text);
  // Every DATE form holds four digits in a row or a short year's day and month (DATE_DIGITS);
  // the readers after readStamps match DATELINE on a part of the line, so need them too.
  if (!DATE_DIGITS.test(line)) return readStamps(text);
  const m = DATELINE.exec(line);
  if (m)
    return SHORT_YEAR.test(m[1]!) && !LABELLED.test(line)
      ? null
      : { date: dateOf(m[1]!, text), update: UPDATE_LABEL.test(text) };
  return readStamps(text) ?? readWeekdayDate(line) ?? readAmended(line) ?? readTwoCalendars(line);
}
// What every DATE form holds: a four-digit year (all but SHORT_YEAR_DATE), or SHORT_YEAR_DATE's
// digit, mark, one or two digits, mark and two digits.
const DATE_DIGITS = /\d{4}|\d[./·]\d{1,2}[./·]\d{2}/;

// "Selasa, 19 Agu 2025 14:05 WIB", "Jueves 29 de mayo de 2025, 7:40 hrs": a word before a
// date and a clock (the weekday of another language; English names and abbreviations are
// DATELINE's own). Not a function word ("Since 5 March 2024 14:05"). A word, a date and a clock
// make a stamp whatever the word (a place: "Berlin, 5 March 2024, 14:05"). A weekday's name of
// any language (LOCALIZED_WEEKDAYS: "Tirsdag den 3. juni 2025", "الخميس، 5 يونيو 2025",
// "Thứ Hai, 09/06/2025"), maybe after a label ("Publicado el viernes 6 de junio de 2025"), needs
// no clock.
const LOCAL_WEEKDAY =
  /^(\p{L}[\p{Ll}\p{Lo}\p{M}]{1,11}(?:\s+(?!den\s)\p{L}[\p{Ll}\p{Lo}\p{M}]{1,5})?)\.?\s*[,،、]?\s+(?:den\s+)?(?=\d)/u;
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}{2,11}$/u;
// The first words of the labels: a line opening with none has no label to cut.
const LABEL_FIRST_WORDS: ReadonlySet<string> = new Set(LABEL_LIST.map((label) => label.split(' ')[0]!));
const LEADING_LABEL = new RegExp(`^${LABEL_WORDS}(?:\\s+${LABEL_PARTICLE})?\\s*(?::|\\s[-–—])?\\s*`, 'iu');
function readWeekdayDate(line: string): DatelineReading | null {
  // A letter first: in ASCII only A–Z and a–z (the label may open in lower case).
  // (Past the end charCodeAt is NaN, which passes: the pattern decides.)
  const first = line.charCodeAt(0) | 0x20;
  if (first < 0x80 && !(first >= 0x61 && first <= 0x7a)) return null;
  const space = line.search(/[\s:]/);
  const label = LABEL_FIRST_WORDS.has(line.slice(0, space).toLowerCase()) ? LEADING_LABEL.exec(line) : null;
  const rest = label && label[0].length < line.length ? line.slice(label[0].length) : line;
  const m = LOCAL_WEEKDAY.exec(rest);
  if (!m) return null;
  const word = m[1]!;
  const weekday = word.length >= 3 && isLocalizedWeekday(word);
  if (!weekday && (rest !== line || !CAPITALIZED_WORD.test(word) || FUNCTION_WORDS.has(word.toLowerCase())))
    return null;
  const after = rest.slice(m[0].length);
  const date = DATELINE.exec(after);
  if (!date || SHORT_YEAR.test(date[1]!) || (!weekday && !STAMP_CLOCK.test(after.slice(date[1]!.length)))) return null;
  return { date: dateOf(date[1]!, line), update: rest !== line && UPDATE_LABEL.test(line) };
}

// "8 October 2024 (updated 8 October 2024 | 13:20)", "8 ottobre 2024 (modifica il …)": a date
// and, in parentheses, a labelled update stamp.
const AMENDED = /^([^()]{6,50}?)\s*\(([^()]{6,60})\)$/u;
function readAmended(line: string): DatelineReading | null {
  const m = line.endsWith(')') ? AMENDED.exec(line) : null;
  if (!m) return null;
  const first = DATELINE.exec(m[1]!);
  const second = first && LABELLED.test(m[2]!) ? DATELINE.exec(m[2]!) : null;
  if (!first || !second || SHORT_YEAR.test(first[1]!)) return null;
  const date = dateOf(first[1]!, m[1]!);
  const later = dateOf(second[1]!, m[2]!);
  if (!UPDATE_LABEL.test(m[2]!)) return { date, update: false };
  return later ? { date, update: false, updated: later } : { date, update: false };
}

// "Tuesday, 13 Dhu al-Qadah 1445 AH – 21 May 2024": a Hijri date (a year of 13xx or 14xx,
// maybe "AH") beside the Gregorian one, either first, joined by a dash or a bar.
const HIJRI_FIRST = new RegExp(
  `^${WEEKDAY}\\d{1,2}\\s+\\p{L}[\\p{L}'’ -]{2,24}?\\s+1[34]\\d{2}(?:\\s*(?:AH|A\\.H\\.|H|هـ))?\\s*[–—|-]\\s*`,
  'u',
);
const HIJRI_LAST = /\s*[–—|-]\s*\d{1,2}\s+\p{L}[\p{L}'’ -]{2,24}?\s+1[34]\d{2}(?:\s*(?:AH|A\.H\.|H|هـ))?$/u;
const HIJRI_YEAR = /\s1[34]\d{2}(?!\d)/;
function readTwoCalendars(line: string): DatelineReading | null {
  if (!HIJRI_YEAR.test(line)) return null;
  const gregorian = line.replace(HIJRI_FIRST, '').replace(HIJRI_LAST, '');
  if (gregorian === line) return null;
  const m = DATELINE.exec(gregorian);
  return m && !SHORT_YEAR.test(m[1]!) ? { date: dateOf(m[1]!, gregorian), update: false } : null;
}

// The ISO date of a DATE match in `stamp`. A 12-hour clock ("9:23 p.m.") is the US
// convention, where 04/05/2023 is April 5.
function dateOf(date: string, stamp: string): string | undefined {
  const yearFirst = YEAR_FIRST_PARTS.exec(date);
  if (yearFirst) return readDate(`${yearFirst[1]}-${yearFirst[2]!.padStart(2, '0')}-${yearFirst[3]!.padStart(2, '0')}`);
  const named = YEAR_FIRST_NAMED_PARTS.exec(date);
  if (named) return readDate(`${named[3]} ${named[2]} ${named[1]}`);
  const short = SHORT_YEAR_PARTS.exec(date);
  if (short) return readDate(`${short[1]}.${short[2]}.20${short[3]}`);
  const monthFirst = TWELVE_HOUR.test(stamp) ? MONTH_FIRST.exec(date) : null;
  return monthFirst ? readDate(`${monthFirst[2]}/${monthFirst[1]}/${monthFirst[3]}`) : readDate(date);
}
const YEAR_FIRST_NAMED_PARTS = /^(\d{4})(?:\.|\s*m\.)\s+([\p{L}\p{M}]+)\.?\s+(\d{1,2})/u;
const YEAR_FIRST_PARTS = /^(\d{4})\s*[./年년]\s*(\d{1,2})\s*[./月월]\s*(\d{1,2})/u;
const SHORT_YEAR_PARTS = /^(\d{1,2})[./·](\d{1,2})[./·](\d{2})$/;
const SHORT_YEAR = SHORT_YEAR_PARTS;

// A line of labelled stamps, none of them more than a stamp: a dated one (DATELINE), one
// without a year or relative to now. The publication date comes from a dated stamp that is not
// an update, else the update date; a line of stamps without a date gives none.
function readStamps(text: string): DatelineReading | null {
  if (!LABELLED.test(text) && !text.includes('](')) return null;
  const line = unlink(text).trim();
  if (!LABELLED.test(line)) return null;
  // "On June 15, 2022 at 6:40 p.m., modified on …": a comma before the next stamp is not the first's.
  const pieces = line
    .split(STAMP_BREAK)
    .map((part) => part.replace(TRAILING_COMMA, ''))
    .filter(Boolean);
  // "Sist oppdatert: …", "Last updated …": a label word before another is no stamp of its own.
  const parts: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let part = pieces[k]!;
    while (k + 1 < pieces.length && !ANY_DIGIT.test(part) && !RELATIVE_STAMP.test(part))
      part = `${part} ${pieces[++k]!}`;
    parts.push(part);
  }
  let published: string | undefined;
  let updated: string | undefined;
  for (const part of parts) {
    if (YEARLESS_STAMP.test(part) || RELATIVE_STAMP.test(part)) continue;
    const m = parts.length > 1 ? DATELINE.exec(part) : null;
    if (!m || !LABELLED.test(part)) return null;
    const date = dateOf(m[1]!, part);
    if (UPDATE_LABEL.test(part)) updated ??= date;
    else published ??= date;
  }
  if (!published) return { date: updated, update: updated !== undefined };
  return updated ? { date: published, update: false, updated } : { date: published, update: false };
}

/**
 * Rule `metadata/dateline`: A line that is only a date or date-time, or a head line of date fields; the publication date goes to metadata.publishedAt.
 *
 * @example
 * clean("December 07, 2021\n\nPutin spoke.", { rules: [datelineRule] }).text; // "Putin spoke."
 */
export const datelineRule: BlockRule = {
  type: 'block',
  id: 'metadata/dateline',
  category: 'dateline',
  description:
    'A line that is only a date or date-time, or a head line of date fields; the publication date goes to metadata.publishedAt',
  maxLength: MAX_HEADER_LENGTH,
  match(block, context) {
    if (block.text.length > MAX_HEADER_LENGTH) return null;
    // A date line and an agency stamp hold a digit, a header line a field mark: one scan for
    // both, and most lines (neither) are asked for a lone label only.
    const marked = DIGIT_OR_MARK.test(block.text);
    // Whether the line is in the head reads the removals: asked only where the answer needs
    // it, so that the other lines are not asked again in later passes.
    const reading = marked ? readDateline(block.text) : null;
    if (reading)
      return { metadata: publication(reading, inHeadBeforeProse(block, context) && !isMastheadDate(block, context)) };
    const stamped = marked ? agencyStamp(block.text) : null;
    if (stamped)
      return {
        metadata: inHeadBeforeProse(block, context) ? { ...stamped.credit, ...publication(stamped.reading, true) } : {},
      };
    // "Published" on its own line, the date on the next.
    // The label first: reading the block list costs the getter on every line.
    const next =
      opensWithFolded(block.text, LABEL_FIRST, true) && LONE_LABEL.test(block.text)
        ? context.blocks[block.index + 1]
        : undefined;
    if (next && !context.isRemoved(next.index)) {
      const nextReading = readDateline(next.text);
      if (nextReading)
        return {
          through: next.index,
          metadata: publication(
            { ...nextReading, update: UPDATE_LABEL.test(block.text) },
            inHeadBeforeProse(block, context),
          ),
        };
    }
    if (!marked) return null;
    const fields = fieldText(block);
    if (!mayBeHeaderLine(fields)) return null;
    const header = readHeaderLine(fields);
    if (!header) return null;
    // A line of stamps only (no name, no label) is no sentence: it goes wherever it stands.
    if (inHeadBeforeProse(block, context)) return { metadata: header.metadata };
    return header.stampsOnly ? {} : null;
  },
};

// A digit (every date and stamp readDateline and agencyStamp read has one) or a field mark
// (mayBeHeaderLine's): a line with neither is none of those.
// (Digits of other scripts too: "৫ মার্চ ২০২৬", read through normalizeStamp.)
const DIGIT_OR_MARK = /[0-9|•·●\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/u;
// The first ASCII letters of LONE_LABEL's words, read from the word list itself (a word added
// there is never turned away here); a line opening above ASCII goes on to the pattern (the
// Korean and Japanese labels; under /iu 'ſ' and the Kelvin sign fold onto s and k).
const LABEL_FIRST = charSet(LABEL_LIST.map((word) => word[0]!).join(''));

// "Associated Press March 3, 2021, 11:47 AM": a wire agency's name, then a dated stamp. The
// agency is credited, as in a byline.
const FOUR_DIGITS = /\d{4}/;
const MAX_AGENCY_STAMP = 150;
const AGENCY_PREFIX = new RegExp(`^((?:the\\s+)?(?:${WIRE_AGENCY_PATTERN}))(?:\\s*[,|•·-])*\\s+(?=\\S)`, 'i');
function agencyStamp(text: string): { reading: DatelineReading; credit: MetadataPatch } | null {
  // A stamp is a short line (readDateline reads at most 100 characters after the name) with a
  // four-digit year: the agency names are looked for only then.
  if (text.length > MAX_AGENCY_STAMP || !FOUR_DIGITS.test(text)) return null;
  const m = AGENCY_PREFIX.exec(text);
  if (!m || !isWireAgency(m[1]!)) return null;
  const reading = readDateline(text.slice(m[0].length));
  return reading?.date ? { reading, credit: { agency: m[1]!, credits: [m[1]!] } } : null;
}

// A bare date line (no "Published"/"Updated" label) above the headline, with only chrome
// lines above it, is the masthead's today-date (the day the page was viewed), not the article's.
function isMastheadDate(block: Block, context: BlockContext): boolean {
  if (LABELLED.test(block.text.trim())) return false;
  const chrome = chromeLinesOf(context.blocks);
  for (let j = 0; j < block.index; j++) {
    if (context.removedBy(j) === 'metadata/title') return false;
    if (!context.isRemoved(j) && !chrome(j)) return false;
  }
  for (let j = block.index + 1, seen = 0; j < context.blocks.length && seen < 3; j++) {
    if (context.isRemoved(j) || chrome(j)) continue;
    const text = context.blocks[j]!.text;
    seen++;
    if (isTitleShaped(text) || isHeadlineShaped(text)) return true;
    return false;
  }
  return false;
}

function publication(reading: DatelineReading, head: boolean): MetadataPatch {
  if (!reading.date || !head) return {};
  if (reading.update) return { updatedAt: reading.date };
  return reading.updated ? { publishedAt: reading.date, updatedAt: reading.updated } : { publishedAt: reading.date };
}

const mayBeHeaderLine = (text: string): boolean => (FIELD_MARK.test(text) || isGlued(text)) && !text.includes('\n');
// A field mark, a run of two spaces or a slash between spaces: one scan for the three.
const FIELD_MARK = /[|•·●]| {2}| \/ /;
// A clock glued to the year ("September 19, 20234:12 PM") or a label glued to the stamp
// before it ("GMT+2Updated 2 hours ago"): the template's spans lost their spaces.
const GLUED = /(?:19|20)\d{2}\d{1,2}:\d{2}|[\p{Ll}\d](?:Updated|Published|Posted|Modified)\b/u;
// What a GLUED match holds, looked for first: GLUED tries its \p{Ll} class at every position.
const GLUED_NEEDS = /:|Updated|Published|Posted|Modified/;
const isGlued = (text: string): boolean => GLUED_NEEDS.test(text) && GLUED.test(text);
const STAMP_CLOCK = /\d[:h]\d{2}(?!\d)/;
const GLUED_CLOCK = /((?:19|20)\d{2})(\d{1,2}:\d{2})/g;
const GLUED_LABEL = /([\p{Ll}\d])(Updated|Published|Posted|Modified)\b/gu;
const unglue = (text: string): string =>
  isGlued(text) ? text.replace(GLUED_CLOCK, '$1 $2').replace(GLUED_LABEL, '$1 | $2') : text;

/**
 * True for a head line of fields one of which is a date ("By Jane Doe · Updated March 3,
 * 2024", "Reporter Kim Min-ji | Posted 2024-03-12 09:41"): the dateline rule reads it whole,
 * the byline and the date, so the byline rule leaves it.
 *
 * @example
 * isDatedHeaderLine('By Jane Doe | 7 December 2021'); // true
 * isDatedHeaderLine('By Jane Doe • 3h'); // false
 */
export function isDatedHeaderLine(text: string): boolean {
  return DIGIT_OR_MARK.test(text) && readHeaderLine(text) !== null;
}

// "Source: Xinhua | 2021-12-07 21:14:05 | Editor: huaxia": every field is a date, a byline,
// a name in capitals or a short label, and at least one is a date.
function readHeaderLine(text: string): { metadata: MetadataPatch; stampsOnly: boolean } | null {
  if (!mayBeHeaderLine(text)) return null;
  let stampsOnly = true;
  // A clock or a label makes the fields stamps: "29 November 2018 | 20 January 2019" may be an
  // event's dates in the body.
  let timed = false;
  const fields = unglue(text)
    .split(FIELD_SEPARATOR)
    .flatMap((f) => (/[–—-]/.test(f) ? f.split(DASH_BEFORE_UPDATE) : [f]))
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.length < 2 || fields.length > 5) return null;
  const metadata: MetadataPatch = {};
  let dated = false;
  let bylined = false;
  for (const field of fields) {
    const reading = readDateline(field) ?? readDateline(field.replace(PLACE_PREFIX, ''));
    if (reading) {
      dated = true;
      timed ||= LABELLED.test(field) || STAMP_CLOCK.test(field);
      if (reading.date && !reading.update && !metadata.publishedAt) metadata.publishedAt = reading.date;
      if (reading.date && reading.update && !metadata.updatedAt) metadata.updatedAt = reading.date;
      continue;
    }
    stampsOnly = false;
    const by = readBylineField(field);
    if (by !== undefined) {
      const patch = by;
      if (patch) {
        mergePatch(metadata, patch);
        bylined = true;
      }
      continue;
    }
    // The organisation after a byline field ("By Jane Doe | The Coast Herald").
    if (bylined && CREDIT_FIELD.test(field)) {
      mergePatch(metadata, { credits: [field], ...(isWireAgency(field) ? { agency: field } : { outlet: field }) });
      continue;
    }
    if (CAPS_NAME.test(field) && !moreWordsThan(field, 4)) {
      metadata.byline = [...(metadata.byline ?? []), titleCase(field)];
      continue;
    }
    if (moreWordsThan(field, 5) || /[.!?]$/.test(field)) return null;
  }
  return dated ? { metadata, stampsOnly: stampsOnly && timed } : null;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
