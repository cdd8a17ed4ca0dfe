/**
 * chinese-decimal — a Chinese number with a decimal point read as a clock time. 点 is both
 * the decimal point (一点二, 1.2; 百分之三点五, 3.5 percent; 零点五个百分点) and "o'clock"
 * (三点, 三点半, 九点十五, 三点零五分), and chrono's Chinese locale reads 一点二 as 01:02.
 * A clock's minutes after 点 are a number of ten or more (十五, 二十), 半 or a quarter, or end
 * in 分: a single digit alone after 点 is a decimal's, and the reading is dropped.
 */
import { defineRefiner } from './define-refiner.js';

const DECIMAL_AS_CLOCK = /点(?:[零〇一二两三四五六七八九]|[0-9０-９])$/u;

/**
 * The refiner of this module (see the header), in the Chinese engine (locale-engine.ts).
 *
 * @example
 * resolveDates('股市收盘上涨百分之一点二。', { publishedAt: '2024-03-05', language: 'cmn' }); // []
 */
export const chineseDecimalFilter = defineRefiner('chinese-decimal', (_context, results) =>
  results.filter((result) => !DECIMAL_AS_CLOCK.test(result.text)),
);
