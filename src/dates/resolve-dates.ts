/**
 * resolveDates: every temporal expression of a news text with its TIMEX3 value,
 * resolved against the publication date.
 *
 * The text is parsed paragraph by paragraph (chrono's cost grows with the length of the
 * string it scans, and no expression spans a blank line); over-long paragraphs are cut
 * at sentence ends so every call stays linear in the input size.
 */
import type { TemporalExpression } from '../core/types.js';
import { assertText, checkOptions, parsePublishedAt, type CalendarDate } from '../core/errors.js';
import { engine } from './engine.js';
import { localeEngine } from './locale-engine.js';
import { datePrepositionPattern } from '../lexicon/date-prepositions.js';
import { getSpec, type NewsParsingOption } from './timex.js';
import { rangeOf } from './range.js';
import { spaceGluedWords, writtenOffset, type GluedSplit } from '../lexicon/glued-words.js';
import { MONTH_TABLE, PARTS_OF_DAY, WEEKDAY_TABLE } from '../lexicon/calendar-words.js';

/**
 * Options of {@link resolveDates}.
 *
 * @example
 * const options: DateOptions = { publishedAt: '2021-12-07', types: ['DATE', 'TIME'] };
 */
export interface DateOptions {
  /**
   * Publication date: 'YYYY-MM-DD', an ISO date-time (its calendar date is used as
   * written, never shifted by a zone) or a Date (its UTC calendar day). Without it,
   * absolute dates still resolve and relative ones get value null with
   * `unresolved: 'no-reference-date'`.
   */
  publishedAt?: Date | string;
  /** Keep only these TIMEX3 types (default: all four). */
  types?: ReadonlyArray<TemporalExpression['type']>;
  /** Include relative expressions left unresolved (value null) — default true. */
  includeUnresolved?: boolean;
  /**
   * ISO 639-3 language of the text, default 'eng'. English is read by the full news engine;
   * German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Russian, Ukrainian,
   * Japanese, Chinese, Finnish, Indonesian, Vietnamese and Arabic ('deu', 'fra', 'spa', 'por',
   * 'ita', 'nld', 'swe', 'rus', 'ukr', 'jpn', 'zho'/'cmn', 'fin', 'ind', 'vie', 'arb') by
   * chrono's parsers for that language, without reading tense (see docs/dates.md); any other
   * language gives [] rather than English misreadings of its words.
   *
   * @example
   * resolveDates('Das sagte ein Sprecher gestern.', { publishedAt: '2024-03-07', language: 'deu' });
   * // [{ text: 'gestern', type: 'DATE', value: '2024-03-06', anchor: 'publication', ... }]
   */
  language?: string;
}

// prettier-ignore
const KNOWN_OPTIONS = ['publishedAt', 'types', 'includeUnresolved', 'language'] as const;
// prettier-ignore
const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const MAX_CHUNK = 4000;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|during|until|till|of|for|as\s+of)\s+/i;

// Words a date is made of, on either side of a glued token ("hours|today", "October|rainfall"):
// the only splits the date parsers read apart, so no other word of the text reads differently.
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_TABLE.map((m) => m.name),
  ...WEEKDAY_TABLE.map((d) => d.name),
  ...PARTS_OF_DAY.map((p) => p.name),
  ...['today', 'tomorrow', 'yesterday', 'tonight', 'weekend'],
  ...['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'].flatMap((u) => [u, `${u}s`]),
  ...['century', 'centuries'],
]);
const isDateWord = (word: string): boolean => DATE_WORDS.has(word.toLowerCase());
const splitsOffDateWord = (split: GluedSplit): boolean => isDateWord(split.left) || isDateWord(split.right);
// What every token splitsOffDateWord takes contains: a date word in any case (the Kelvin
// sign is the one other character whose lower case is a letter of them: 'k').
const DATE_WORD_HINT = new RegExp([...DATE_WORDS].join('|').replace(/k/g, '[k\u212A]'), 'gi');

/**
 * Splits text into [start, end) chunks of whole paragraphs up to MAX_CHUNK characters (a
 * longer paragraph is cut at sentence ends), so neighbouring paragraphs share a parse.
 */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  const paragraph = /\n[ \t]*\n/g;
  let chunkStart = 0;
  let chunkEnd = 0;
  const flush = () => {
    if (chunkEnd > chunkStart) out.push([chunkStart, chunkEnd]);
  };
  const add = (a: number, b: number) => {
    if (b - chunkStart <= MAX_CHUNK) {
      chunkEnd = b;
      return;
    }
    flush();
    while (b - a > MAX_CHUNK) {
      const window = text.slice(a + MAX_CHUNK / 2, a + MAX_CHUNK);
      const cut = window.search(/[.!?]\s[^]*$/);
      const at = cut >= 0 ? a + MAX_CHUNK / 2 + cut + 1 : a + MAX_CHUNK;
      out.push([a, at]);
      a = at;
    }
    chunkStart = a;
    chunkEnd = b;
  };
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = paragraph.exec(text)) !== null) {
    add(from, m.index);
    from = m.index + m[0].length;
  }
  add(from, text.length);
  flush();
  return out;
}

/**
 * The reference of a locale engine: noon of the reference day in the machine's own zone,
 * with chrono told that zone. Some of chrono's locale parsers (Chinese, Swedish) read the
 * reference instant with local-time getters and ignore the zone they are given; with the
 * instant at local noon and the zone the machine's, those and the zone-aware ones alike
 * land on the reference day in any machine zone (noon exists on every day, daylight saving
 * or not).
 *
 * @example
 * localNoon({ year: 2024, month: 3, day: 7 }); // under TZ=Pacific/Kiritimati: 2024-03-06T22:00Z, timezone 840
 */
function localNoon(day: CalendarDate): { instant: Date; timezone: number } {
  const instant = new Date(2000, day.month - 1, day.day, 12);
  instant.setFullYear(day.year);
  return { instant, timezone: -instant.getTimezoneOffset() };
}

/**
 * The language option checked: 'eng' when absent; a TypeError for a non-string, a RangeError
 * for a string that is no ISO 639-3 code (two letters, upper case: 'de', 'DEU').
 *
 * @example
 * languageOf(undefined); // 'eng'
 * languageOf('deu');     // 'deu'
 */
function languageOf(value: unknown): string {
  if (value === undefined) return 'eng';
  if (typeof value !== 'string')
    throw new TypeError(`resolveDates: expected options.language to be an ISO 639-3 code such as 'eng' or 'deu'`);
  if (!/^[a-z]{3}$/.test(value))
    throw new RangeError(
      `resolveDates: options.language must be an ISO 639-3 code (three lower-case letters such as 'eng', 'deu'), got ${JSON.stringify(value)}`,
    );
  return value;
}

/**
 * Finds and resolves the temporal expressions of a text.
 *
 * @example
 * resolveDates('Putin and Biden held a virtual summit Tuesday.', { publishedAt: '2021-12-07' });
 * // [{ text: 'Tuesday', start: 38, end: 45, rawStart: 38, rawEnd: 45, type: 'DATE',
 * //    value: '2021-12-07', anchor: 'publication', range: { start: '2021-12-07', end: '2021-12-08' } }]
 */
export function resolveDates(text: string, options?: DateOptions): TemporalExpression[] {
  assertText(text, 'resolveDates');
  const opts = checkOptions(options, KNOWN_OPTIONS, 'resolveDates');
  const publication: CalendarDate | null =
    opts.publishedAt === undefined || opts.publishedAt === null
      ? null
      : parsePublishedAt(opts.publishedAt, 'resolveDates');
  let types: Set<string> | null = null;
  if (opts.types !== undefined) {
    if (!Array.isArray(opts.types))
      throw new TypeError('resolveDates: expected options.types to be an array of TIMEX3 types');
    for (const t of opts.types)
      if (!TYPES.has(t))
        throw new RangeError(`resolveDates: unknown TIMEX3 type ${JSON.stringify(t)} in options.types`);
    types = new Set(opts.types);
  }
  if (opts.includeUnresolved !== undefined && typeof opts.includeUnresolved !== 'boolean') {
    throw new TypeError('resolveDates: expected options.includeUnresolved to be a boolean');
  }
  const includeUnresolved = opts.includeUnresolved ?? true;
  const language = languageOf(opts.language);
  const english = language === 'eng';
  const parser = english ? engine : localeEngine(language);
  // no chrono locale for the language: nothing rather than English readings of foreign words
  if (parser === null) return [];
  const preposition = english ? LEADING_PREPOSITION : datePrepositionPattern(language);
  const ref = publication ?? { year: 2000, month: 1, day: 1 };
  // noon UTC of the reference day with chrono told the zone is UTC, so chrono's own
  // arithmetic lands on that calendar day in any machine zone (setUTCFullYear keeps years
  // below 100 as written, which Date.UTC would read as 19xx)
  const instant = new Date(Date.UTC(2000, ref.month - 1, ref.day, 12));
  instant.setUTCFullYear(ref.year);
  const reference = english ? { instant, timezone: 0 } : localNoon(ref);
  const option: NewsParsingOption = {
    newsnorm: { publication, setAside: [], discourse: { previous: null, previousQuarter: null } },
  };
  const out: TemporalExpression[] = [];
  // A small text is parsed whole; a long one in paragraph chunks (chrono's merging refiners
  // are not linear), with the discourse state carried from chunk to chunk so "the next day"
  // still finds its date in an earlier paragraph.
  const pieces = text.length <= MAX_CHUNK ? [[0, text.length] as [number, number]] : chunks(text);
  for (const [from, to] of pieces) {
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    // Machine-translated and scraped pages lose spaces ("rescued in 36 hoursyesterday"): the
    // parsers read such words apart; offsets and texts stay those of the text as written.
    const spaced = english ? spaceGluedWords(piece, splitsOffDateWord, DATE_WORD_HINT) : null;
    for (const result of parser.parse(spaced?.text ?? piece, reference, option as never)) {
      const spec = getSpec(result.start);
      if (!spec) continue;
      let start = result.index;
      let span = result.text;
      // "3 November (Friday)", "(on Monday, police said)": chrono may take a parenthetical's
      // opening parenthesis (and, below, its closing one)
      if (span.startsWith('(') && !span.includes('(', 1)) {
        start += 1;
        span = span.slice(1);
      }
      if (!english) {
        // chrono's locale parsers may open with the space before the date (" Vor drei Tagen")
        const space = span.length - span.trimStart().length;
        start += space;
        span = span.slice(space);
      }
      const lead = preposition?.exec(span);
      if (lead && (spec.rule === 'chrono' || spec.rule === 'chrono-locale')) {
        start += lead[0].length;
        span = span.slice(lead[0].length);
      }
      const trail = /(?:\s+of)?[\s,;:]+$|\s+of$/.exec(span);
      if (trail) span = span.slice(0, trail.index);
      // "(4 a.m. EDT Thursday)", "(6:20 a.m. GMT) Friday": chrono may take the closing
      // parenthesis of a parenthetical, and read on across it; the span ends inside it
      const close = span.indexOf(')');
      if (close > 0 && !span.includes('(')) span = span.slice(0, close).trimEnd();
      if (english && /['’]s$/.test(span) && spec.rule === 'chrono') span = span.slice(0, -2);
      // chrono's weekday results may open with the comma before them (", this Monday")
      const leadingSpace = span.length - span.replace(/^[\s,]+/, '').length;
      start += leadingSpace;
      span = span.slice(leadingSpace);
      if (!span) continue;
      if (spaced) {
        const written = writtenOffset(spaced, start);
        span = piece.slice(written, writtenOffset(spaced, start + span.length));
        start = written;
      }
      start += from;
      if (types && !types.has(spec.type)) continue;
      // Without a publication date only absolute values stand: a value counted from the
      // placeholder reference day would be an invented date.
      const value =
        publication === null && spec.anchor === 'publication' && spec.value !== null && /^\d/.test(spec.value)
          ? null
          : spec.value;
      if (value === null && !includeUnresolved) continue;
      const expression: TemporalExpression = {
        text: span,
        start,
        end: start + span.length,
        rawStart: start,
        rawEnd: start + span.length,
        type: spec.type,
        value,
      };
      if (spec.mod) expression.mod = spec.mod;
      if (spec.type === 'DATE' || spec.type === 'TIME') {
        if (spec.anchor) expression.anchor = spec.anchor;
        const range = rangeOf(value, spec.mod);
        if (range) expression.range = range;
      }
      if (value === null && publication === null) expression.unresolved = 'no-reference-date';
      out.push(expression);
    }
  }
  return out;
}
