/**
 * Phrases that shift or widen the day written right after them, taken into its span
 * (TimeML keeps them inside one TIMEX3):
 * - "the day before last Tuesday's hearing" → the Monday; "the day after Christmas";
 * - "the night before Jan. 6" → the day before, with its part of day ('…TNI');
 * - "the week of March 6" → the ISO week holding that day; "the week before/after X" → the
 *   week before/after it.
 * The shifted date keeps the anchor of the date it was computed from.
 */
import { defineRefiner } from './base.js';
import { getSpec, setSpec } from '../timex.js';
import { addDays, formatDay, formatWeek } from '../calendar.js';

const PHRASE_BEFORE = /(?:\b(the)\s+)?\b(day|night|morning|afternoon|evening|week)\s+(before|after|of)\s+$/i;
const PARTS: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/**
 * The refiner of this module (see the header), one step of the news configuration in engine.ts.
 *
 * @example
 * resolveDates('The day before last Tuesday's hearing, he left.', { publishedAt: '2000-02-24' });
 * // ["The day before last Tuesday → 2000-02-21"]
 * resolveDates('during the week of March 6', { publishedAt: '2000-02-24' }); // ["the week of March 6 → 2000-W10"]
 */
export const dateOffsetRefiner = defineRefiner('date-offsets', (context, results) => {
  const text = context.text;
  for (const result of results) {
    const spec = getSpec(result.start);
    const day = spec?.type === 'DATE' && spec.value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(spec.value) : null;
    if (!spec || !day) continue;
    const m = PHRASE_BEFORE.exec(text.slice(Math.max(0, result.index - 40), result.index));
    if (!m) continue;
    const unit = m[2]!.toLowerCase();
    const relation = m[3]!.toLowerCase();
    // "the day of the vote" names the day itself; only a week widens with "of"
    if (relation === 'of' && unit !== 'week') continue;
    // "a day before Christmas" is a duration and a signal; the phrase needs its article
    if (!m[1]) continue;
    const shift = relation === 'before' ? -1 : relation === 'after' ? 1 : 0;
    const date = { year: +day[1]!, month: +day[2]!, day: +day[3]! };
    const value = unit === 'week' ? formatWeek(addDays(date, shift * 7)) : formatDay(addDays(date, shift)) + (PARTS[unit] ?? '');
    result.index -= m[0].length;
    result.text = text.slice(result.index, result.index + m[0].length + result.text.length);
    setSpec(result.start, { ...spec, type: PARTS[unit] ? 'TIME' : 'DATE', value });
  }
  return results;
});
