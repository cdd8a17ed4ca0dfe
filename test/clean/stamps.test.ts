// Date/time stamps in other written forms (other scripts' digits, CJK clocks, the year's
// abbreviation, a weekday after the date, an update time after an arrow, the Buddhist era …)
// and author lines of a name and its role: removed in the head, read into metadata. Invented
// examples; negatives beside them.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { readDateline } from '../../src/clean/rules/metadata/dateline.js';
import { normalizeStamp } from '../../src/clean/rules/metadata/stamp-forms.js';
import { readSuffixByline } from '../../src/clean/rules/metadata/suffix-byline.js';
import { isTimestampLine } from '../../src/clean/rules/boilerplate/chrome.js';

const HEADLINE = 'Lighthouse keepers return to the northern cape after ten years';
const BODY = [
  'The coastal agency said on Monday that two keepers would live at the station again from the spring, after a decade of remote control.',
  'Fishermen had asked for the change after the automated lamp failed twice during the winter storms, the agency added in its statement.',
];
const page = (line: string): string => [HEADLINE, line, ...BODY].join('\n\n');

// [stamp line, publishedAt, updatedAt]
const STAMPS: ReadonlyArray<readonly [string, string | undefined, string | undefined]> = [
  ['2025年11月8日 午後4時05分', '2025-11-08', undefined], // ja
  ['2025年11月8日 下午4时05分', '2025-11-08', undefined], // zh
  ['2025년 11월 8일 오후 4시 5분', '2025-11-08', undefined], // ko
  ['发布时间：2025-11-08 16:05', '2025-11-08', undefined], // zh, full-width colon
  ['8 листопада 2025 р., 16:05', '2025-11-08', undefined], // uk
  ['8 ноября 2025 г. 16:05', '2025-11-08', undefined], // ru
  ['8 ноември 2025 г., 16:05 ч.', '2025-11-08', undefined], // bg
  ['8. listopadu 2025. 09:12 → 11:40', '2025-11-08', undefined], // cs, update time after an arrow
  ['8. studenoga 2025. 09:12', '2025-11-08', undefined], // hr
  ['8 grudnia 2025 r., 09:12', '2025-12-08', undefined], // pl
  ['8 Kasım 2025 Cumartesi 09:12', '2025-11-08', undefined], // tr, weekday after
  ['8 November 2025, Saturday', '2025-11-08', undefined],
  ['8. November 2025, Samstag, 09:12 Uhr', '2025-11-08', undefined], // de
  ['8 พฤศจิกายน 2568 09:12 น.', '2025-11-08', undefined], // th, Buddhist era
  ['8 พ.ย. 2568 09:12', '2025-11-08', undefined], // th, abbreviated month
  ['Sabtu, 8 November 2025 09:12 WITA', '2025-11-08', undefined], // id
  ['November 8, 2025 @ 9:12am', '2025-11-08', undefined],
  ['den 8 november 2025 kl 09:12', '2025-11-08', undefined], // sv
  ['2025-11-08T09:12:00+02:00', '2025-11-08', undefined],
  ['8. 11. 2025 09:12', '2025-11-08', undefined], // sk
  ['Ažurirano: 8. 11. 2025. u 09:12', undefined, '2025-11-08'], // hr, an update stamp
  ['08/11/2025 09h12 - Atualizado há 3 horas', '2025-11-08', undefined], // pt, relative update after
  ['৮ নভেম্বর ২০২৫, ০৯:১২', '2025-11-08', undefined], // bn digits
  ['٨ نوفمبر ٢٠٢٥ - ٠٩:١٢', '2025-11-08', undefined], // ar digits
];

// Sentences that hold a date in the same forms: they stay.
const NOT_STAMPS: readonly string[] = [
  'On 8 November 2025 at 9:12 the keepers climbed the tower again.',
  'Den 8 november 2025 kl 09:12 tändes fyren igen efter tio år.',
  '2025年11月8日午後4時05分、灯台守が戻った。',
  'Saturday, 8 November 2025, was the first day back for the keepers.',
  'The lamp went dark at 09:12 → and stayed dark until noon.',
  'Email us @ 9:12 if you want a tour of the tower.',
];

describe('date/time stamps in other written forms', () => {
  it.each(STAMPS)('removes and reads %s', (line, published, updated) => {
    const result = clean(page(line));
    expect(result.text).not.toContain(line);
    expect(result.text).toContain(BODY[0]);
    expect(result.metadata.publishedAt).toBe(published);
    expect(result.metadata.updatedAt).toBe(updated);
  });
  it.each(NOT_STAMPS)('keeps the sentence %s', (line) => {
    expect(clean(page(line)).text).toContain(line);
  });
  it('reads no date from a sentence that opens with one', () => {
    expect(readDateline('8 листопада 2025 р. наглядачі повернулися на маяк.')).toBeNull();
    expect(readDateline('8 grudnia 2025 r. latarnicy wrócili na przylądek.')).toBeNull();
  });
  it('rewrites the forms into the reader’s', () => {
    expect(normalizeStamp('2025年11月8日 午後4時05分')).toBe('2025年11月8日 16:05');
    expect(normalizeStamp('8 листопада 2025 р., 16:05')).toBe('8 листопада 2025, 16:05');
    expect(normalizeStamp('8 พ.ย. 2568')).toBe('8 พฤศจิกายน 2025');
    expect(normalizeStamp('The keepers came back.')).toBe('The keepers came back.');
  });
  it('reads an arrow’s second time as no new date', () => {
    expect(readDateline('8. listopadu 2025. 09:12 → 11:40')).toEqual({ date: '2025-11-08', update: false });
  });
  it('reads a relative update in Chinese', () => {
    expect(isTimestampLine('更新于 3小时前')).toBe(true);
    expect(isTimestampLine('发布于 2小时前')).toBe(true);
  });
});

// [author line, names]
const SUFFIX_BYLINES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['이서연 기자', ['이서연']],
  ['기자명 정하준 기자', ['정하준']],
  ['최유나·한지호 기자', ['최유나', '한지호']],
  ['오민재 특파원 mjoh@example.kr', ['오민재']],
  ['Imeandikwa na Baraka Mwangi', ['Baraka Mwangi']],
];
const NOT_SUFFIX_BYLINES: readonly string[] = [
  '기자 회견은 월요일에 열렸다',
  '이서연 기자는 등대를 찾았다',
  'Imeandikwa na wavuvi wa pwani kwamba taa ilizimika mara mbili.',
  'Imeandikwa na Baraka Mwangi kwamba taa ilizimika.',
];

describe('author lines of a name and its role', () => {
  it.each(SUFFIX_BYLINES)('removes %s and reads its names', (line, names) => {
    const result = clean(page(line));
    expect(result.text).not.toContain(line);
    expect(result.metadata.byline).toEqual(names);
  });
  it.each(NOT_SUFFIX_BYLINES)('keeps %s', (line) => {
    expect(readSuffixByline(line)).toBeNull();
    expect(clean(page(line)).text).toContain(line);
  });
  it('reads only in the head', () => {
    const more = [
      'The station was built in 1874 and has been run from the mainland since the last keeper retired.',
      'Applications for the two posts close at the end of the month, and the agency expects dozens of them.',
    ];
    const text = [HEADLINE, ...BODY, ...more, '이서연 기자'].join('\n\n');
    expect(clean(text).metadata.byline ?? []).not.toContain('이서연');
  });
});
