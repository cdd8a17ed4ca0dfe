/**
 * The one home of news-English knowledge shared by the stages: calendar words, holidays,
 * abbreviations and the sentence segmenter, titles and honorifics, speech verbs, and the
 * words that build names. Plain frozen data and small pure functions; importing it loads
 * neither compromise nor chrono-node (the cleaner imports it).
 *
 * To teach every stage a new word, add it to its table here: a holiday to `HOLIDAYS`, a title
 * to `TITLE_TABLE`, a speech verb to `SPEECH_VERB_TABLE` (see docs/architecture.md).
 */
export * from './pattern.js';
export * from './calendar-words.js';
export * from './holidays.js';
export * from './titles.js';
export * from './abbreviations.js';
export * from './sentences.js';
export * from './speech-verbs.js';
export * from './speech-verbs-languages.js';
export * from './name-parts.js';
export * from './localized-months.js';
export * from './conjunctions.js';
export * from './news-agencies.js';
export * from './time-zones.js';
export * from './quantifiers.js';
export * from './ordinals.js';
export * from './platforms.js';
export * from './common-acronyms.js';
export * from './sports-positions.js';
export * from './celestial-bodies.js';
export * from './topic-words.js';
