/**
 * newsnorm/report — an HTML page showing what newsnorm did to one article, for people who would
 * rather look than read JSON. Loads no NLP library: it only reads a result.
 *
 * @example
 * import { renderReport } from 'newsnorm/report';
 * const html = renderReport(article, raw);
 */
export { renderReport, type ReportOptions } from './render.js';
export { escapeHtml } from './markup.js';
