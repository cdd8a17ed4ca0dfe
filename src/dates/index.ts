/**
 * Public entry point of `newsnorm/dates`: temporal expressions of news text resolved
 * to TIMEX3 values against the publication date.
 *
 * @example
 * import { resolveDates } from 'newsnorm/dates';
 * resolveDates('Talks will begin on January 10.', { publishedAt: '2021-12-31' });
 * // [{ text: 'January 10', type: 'DATE', value: '2022-01-10', anchor: 'publication', ... }]
 */
export { resolveDates, type DateOptions } from './resolve-dates.js';
export type { TemporalExpression, Span, TimexMod } from '../core/types.js';
