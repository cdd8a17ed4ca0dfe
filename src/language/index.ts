/**
 * newsnorm/language — language and script detection for news passages.
 *
 * @example
 * import { detectLanguage } from 'newsnorm/language';
 * detectLanguage('Russia has never planned to attack anyone.').language; // 'eng'
 */
export { detectLanguage, DEFAULT_LANGUAGE_CANDIDATES } from './detect.js';
export type { LanguageOptions, LanguageResult } from './detect.js';
export { countScripts, dominantScript } from './scripts.js';
export type { ScriptName, ScriptCensus } from './scripts.js';
