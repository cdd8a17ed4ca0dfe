/**
 * metadata/stamp-forms — the written forms of a date/time stamp that the dateline's patterns do
 * not read, rewritten into one they do: digits of other scripts ("৫ মার্চ ২০২৬", "۱۴:۱۲"), a
 * full-width colon ("发布时间：…"), a CJK clock ("午後3時12分", "下午3时12分", "오후 3시 12분"),
 * the year's abbreviation after the year ("2026 г.", "2026 р.", "2026 r.", "2026 m."), a
 * trailing dot after the year ("14. ožujka 2026. 13:47"), a clock word after the clock ("15:12
 * Uhr", "15:12 ч.", "15:12 น.", "15:12 hrs"), an update time after an arrow ("13:47 → 14:30"),
 * "@ 6:05pm", the weekday after the date ("5 Mart 2026 Perşembe", "2026. március 5.,
 * csütörtök"), "den 5 mars", an ISO time ("2026-03-05T15:12:00+01:00"), spaced numeric dates
 * ("5. 3. 2026", "2026. 03. 05."), Thai month abbreviations ("มี.ค.") and the Buddhist era's
 * year (2569 → 2026), and a relative update after the stamp ("… 15h12 - Atualizado há 2
 * horas"). The reader (readDateline) reads the rewritten line; a line with none of these marks
 * is returned as it is.
 */
import { isLocalizedWeekday } from '../../../lexicon/localized-months.js';

// The digits of other scripts, by their zero's code point: Arabic-Indic, Persian, Devanagari,
// Bengali, Thai, full-width.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/gu;
const toAsciiDigit = (d: string): string => {
  const code = d.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
  return String(code - zero);
};

// Every mark a rewrite below looks for: a line with none is left as it is (one scan).
const MARKS =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e00-\u0e7f\uff10-\uff19\uff1a時时시@→⟶]|\d{4}(?:\s*[грrm]\.|\.(?!\d))|\d\.\s\d|\dT\d|\d\s*(?:Uhr|ч\.|hrs?\b|sa\b)|^den\s|\d{4},?\s+\p{L}|\d\.,\s*\p{L}|\s[-–—|]\s*\p{L}[^\d]*\d+[^\d]*$/u;

// "午後3時12分", "下午3时12分", "오후 3시 12분", "15時12分": the half of the day, the hour, the minutes.
const CJK_CLOCK = /(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})\s*[時时시]\s*(?:(\d{1,2})\s*[分분])?/gu;
const AFTERNOON = new Set(['午後', '下午', '오후']);
// "2026 г.", "2026 р.", "2026 r." (rok), "2026 m." after a day-first date (Lithuanian's year
// before the month stays: YEAR_FIRST_NAMED reads it), "2026 год.", "2026. godine".
const YEAR_WORD = /(\d{4})\.?\s*(?:г(?:од)?\.|р\.|r\.|godine\.?|године\.?)(?=[\s,]|$)/gu;
// A dot after the year before a clock, a comma or the end ("14. ožujka 2026. 13:47").
const YEAR_DOT = /(\d{4})\.(?=\s*(?:[,|]|\s\d|\su\s\d|$))/gu;
// "15:12 Uhr", "15:12 ч.", "15:12 น.", "7:40 hrs", "15.12 h" after a clock.
const CLOCK_WORD = /(\d{1,2}[:.h]\d{2})\s*(?:Uhr|ч\.?|น\.?|hrs?\.?|h\.|sa\.?)(?=[\s,|]|$)/gu;
// "13:47 → 14:30": the update time after the arrow.
const ARROW_TIME = /(\d{1,2}[:.]\d{2})\s*(?:→|⟶|->)\s*\d{1,2}[:.]\d{2}/gu;
const AT_SIGN = /\s*@\s*(?=\d)/gu;
const ISO_TIME = /(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?/gu;
// "5. 3. 2026" and "2026. 03. 05." (spaced numeric dates).
const SPACED_DAY_FIRST = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/gu;
const SPACED_YEAR_FIRST = /(?<!\d)(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.?(?!\d)/gu;
// A word after the year or after a year-first date's day ("2026 Perşembe", "5., csütörtök"):
// dropped when it is a weekday's name.
const WORD_AFTER_DATE =
  /(\d{4}|\d{1,2}\.)(\s*,?\s+|,\s*)(\p{L}[\p{L}\p{M}]{1,14}(?:\s\p{L}[\p{L}\p{M}]{1,5})?)\.?(?=[\s,]|$)/gu;
const ENGLISH_WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$/i;
const THAI_ABBREVIATED_MONTHS: Readonly<Record<string, string>> = {
  'ม.ค.': 'มกราคม',
  'ก.พ.': 'กุมภาพันธ์',
  'มี.ค.': 'มีนาคม',
  'เม.ย.': 'เมษายน',
  'พ.ค.': 'พฤษภาคม',
  'มิ.ย.': 'มิถุนายน',
  'ก.ค.': 'กรกฎาคม',
  'ส.ค.': 'สิงหาคม',
  'ก.ย.': 'กันยายน',
  'ต.ค.': 'ตุลาคม',
  'พ.ย.': 'พฤศจิกายน',
  'ธ.ค.': 'ธันวาคม',
};
const THAI_ABBREVIATION = /[\u0e01-\u0e4e]{1,3}\.[ก-ฮ]\.?/gu;
const THAI = /[\u0e00-\u0e7f]/u;
// The Buddhist era (543 years ahead) in a Thai stamp, maybe with its mark "พ.ศ.".
const BUDDHIST_YEAR = /(?:พ\.ศ\.\s*)?\b(25\d{2})\b/gu;
// A relative update after the stamp: "… 15h12 - Atualizado há 2 horas" (read by `isRelative`).
const TRAILING_FIELD = /\s+[-–—|•·]\s+(\p{L}[^\d]{0,30}\d{1,3}[^\d]{1,30})$/u;

/**
 * The line with a stamp's other forms rewritten into the dateline reader's; the line itself
 * when it holds none. `isRelative` tells a relative time stamp ("Atualizado há 2 horas"), which
 * is dropped from the end of a dated stamp.
 *
 * @example
 * normalizeStamp('2026年3月5日 午後3時12分'); // '2026年3月5日 15:12'
 * normalizeStamp('5 березня 2026 р., 15:12'); // '5 березня 2026, 15:12'
 */
export function normalizeStamp(text: string, isRelative: (text: string) => boolean = () => false): string {
  if (!MARKS.test(text)) return text;
  let line = text
    .replace(NATIVE_DIGIT, toAsciiDigit)
    .replace(/\uff1a/gu, ': ')
    .replace(/\u3000/gu, ' ');
  if (/[時时시]/u.test(line))
    line = line.replace(CJK_CLOCK, (all, half: string | undefined, hour: string, minute: string | undefined) => {
      // "3時" alone (no minutes, no half of the day) may be a count: only a clock with one of them.
      if (!half && minute === undefined) return all;
      const h = Number(hour) + (half && AFTERNOON.has(half) && Number(hour) < 12 ? 12 : 0);
      return ` ${h}:${(minute ?? '00').padStart(2, '0')}`;
    });
  line = line
    .replace(ISO_TIME, '$1 $2')
    .replace(SPACED_YEAR_FIRST, '$1.$2.$3')
    .replace(SPACED_DAY_FIRST, '$1.$2.$3')
    .replace(YEAR_WORD, '$1')
    .replace(YEAR_DOT, '$1')
    .replace(ARROW_TIME, '$1')
    .replace(CLOCK_WORD, '$1')
    .replace(AT_SIGN, ' at ')
    .replace(/^den\s+(?=\d)/iu, '')
    .replace(WORD_AFTER_DATE, (all, before: string, _gap: string, word: string) =>
      isLocalizedWeekday(word) || ENGLISH_WEEKDAY.test(word) ? before : all,
    );
  if (THAI.test(line)) {
    line = line
      .replace(
        THAI_ABBREVIATION,
        (abbreviation) =>
          THAI_ABBREVIATED_MONTHS[abbreviation.endsWith('.') ? abbreviation : `${abbreviation}.`] ?? abbreviation,
      )
      .replace(BUDDHIST_YEAR, (_, year: string) => String(Number(year) - 543));
  }
  const trailing = TRAILING_FIELD.exec(line);
  if (trailing && isRelative(trailing[1]!)) line = line.slice(0, trailing.index);
  return line
    .replace(/\s{2,}/gu, ' ')
    .replace(/\s*,\s*$/u, '')
    .trim();
}
