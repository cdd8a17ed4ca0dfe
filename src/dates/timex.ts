/**
 * The TIMEX3 description our parsers and refiners attach to chrono results, and the
 * per-call options they read.
 *
 * chrono's results carry provenance as string tags; we use the same channel for our
 * payload (`newsnorm/timex:{json}` on the result's start components), so a result keeps
 * its TIMEX3 description through chrono's own refiners (clone, merge, overlap removal)
 * without any state outside the parse call.
 */
import type { Parser, ParsingComponents, ParsingResult } from 'chrono-node/en';
import type { TimexMod } from '../core/types.js';
import type { CalendarDate } from './calendar-math.js';

/**
 * TIMEX3 types.
 *
 * @example
 * const type: TimexType = 'DURATION'; // e.g. "two hours" → PT2H
 */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * What a value was resolved against.
 *
 * @example
 * const anchor: TimexAnchor = 'publication'; // "yesterday" resolved against the publication date
 */
export type TimexAnchor = 'publication' | 'previous-date' | 'absolute';

/**
 * Units an anaphoric expression ('the next day', 'a year earlier') shifts by.
 *
 * @example
 * const unit: AnaphorUnit = 'day'; // "the next day" shifts by { unit: 'day', offset: 1 }
 */
export type AnaphorUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'same';

/**
 * A TIMEX3 description of one chrono result.
 *
 * @example
 * const spec: TimexSpec = { type: 'DATE', value: '2014', anchor: 'absolute', rule: 'year/prepositional' };
 */
export interface TimexSpec {
  type: TimexType;
  /** Null when the value needs a publication date that was not given. */
  value: string | null;
  mod?: TimexMod;
  anchor?: TimexAnchor;
  /** Stable id of the parser or refiner that made the spec. */
  rule: string;
  /** Set by anaphora parsers; the anaphora refiner resolves it against the previous date. */
  anaphor?: {
    unit: AnaphorUnit;
    offset: number;
    granularity?: 'day' | 'week' | 'month' | 'quarter' | 'year';
    /** "the previous Friday": step by `offset` from the antecedent day to this weekday (0 = Sunday). */
    weekday?: number;
    /** "before the holiday": the holiday named last ("Christmas"); dropped when there is none. */
    holiday?: boolean;
    /**
     * "In January, sales fell. In the last ten days of the month …": only a month named
     * without its day is the antecedent ("on March 25 … until the end of the month" is this
     * month's end); otherwise the publication-based value stays.
     */
    monthNamed?: boolean;
    /**
     * "the day after his death": a day counted from an event, taken as the day under
     * discussion (or the date it stands in apposition to); dropped when no day was named.
     */
    event?: boolean;
  };
  /** Set when the parser already included its own modifier words, so the modifier refiner skips it. */
  modDone?: boolean;
  /**
   * Set on a clock time written without a date ("at 10 p.m."): the anaphora refiner moves
   * it to the date it is told against (a date right after it, or in past narration the
   * previous date of the same or previous sentence).
   */
  timeOfDay?: boolean;
}

/**
 * Per-call data our parsers and refiners read from chrono's parsing option.
 *
 * @example
 * const option: NewsParsingOption = { newsnorm: { publication: { year: 2021, month: 12, day: 7 } } };
 */
export interface NewsParsingOption {
  newsnorm: {
    /** The publication date, or null when unknown (relative values then become null). */
    publication: CalendarDate | null;
    /**
     * Per-call holding area: our results wait here while chrono's own refiners run (they
     * would merge them into chrono's ranges or drop bare years as "just digits").
     */
    setAside: ParsingResult[];
    /**
     * Per-call discourse state the anaphora refiner carries from one chunk of a long text
     * to the next, so "the next day" can point at a date in the previous paragraph.
     */
    discourse?: DiscourseState;
  };
}

/**
 * The dates under discussion at the end of the text parsed so far (see the anaphora refiner).
 *
 * @example
 * const state: DiscourseState = { previous: { year: 2022, month: 1, day: 12 }, previousQuarter: null };
 */
export interface DiscourseState {
  previous: { year: number; month?: number; day?: number; quarter?: number; week?: number } | null;
  previousQuarter: { year: number; quarter?: number } | null;
  /** The value of the holiday named last ("Christmas" → '2021-12-25'). */
  previousHoliday?: string | null;
}

/**
 * The per-call discourse state, when the caller keeps one across chunks.
 *
 * @example
 * // with option { newsnorm: { publication: null, setAside: [], discourse: { previous: null, previousQuarter: null } } }
 * discourseOf(context); // { previous: null, previousQuarter: null }
 */
export function discourseOf(context: ParsingContext): DiscourseState | null {
  const option = context.option as unknown as Partial<NewsParsingOption>;
  return option.newsnorm?.discourse ?? null;
}

/**
 * chrono's parsing context (not exported by 'chrono-node/en' itself).
 *
 * @example
 * const extract = (context: ParsingContext, match: RegExpMatchArray) =>
 *   makeResult(context, match.index!, match[0], { type: 'DATE', value: match[0], anchor: 'absolute', rule: 'year' });
 */
export type ParsingContext = Parameters<Parser['extract']>[0];

const TAG = 'newsnorm/timex:';

/**
 * The per-call holding area for our results (see {@link NewsParsingOption}).
 *
 * @example
 * // inside a refiner, with option { newsnorm: { publication: null, setAside: [] } }
 * setAsideOf(context); // [] (the same array object as option.newsnorm.setAside)
 * // with no newsnorm option (plain chrono call)
 * setAsideOf(context); // null
 */
export function setAsideOf(context: ParsingContext): ParsingResult[] | null {
  const option = context.option as unknown as Partial<NewsParsingOption>;
  return option.newsnorm?.setAside ?? null;
}

/**
 * The publication date of the current parse call (null when not given).
 *
 * @example
 * // with option { newsnorm: { publication: { year: 2021, month: 12, day: 7 }, setAside: [] } }
 * publicationOf(context); // { year: 2021, month: 12, day: 7 }
 */
export function publicationOf(context: ParsingContext): CalendarDate | null {
  const option = context.option as unknown as Partial<NewsParsingOption>;
  return option.newsnorm?.publication ?? null;
}

/**
 * Attaches a spec to components (replacing an earlier one).
 *
 * @example
 * setSpec(result.start, { type: 'DURATION', value: 'P2H', rule: 'duration/number-unit' });
 */
export function setSpec(components: ParsingComponents, spec: TimexSpec): void {
  const tags = components.tags();
  for (const tag of [...tags]) if (tag.startsWith(TAG)) tags.delete(tag);
  components.addTag(TAG + JSON.stringify(spec));
}

/**
 * Reads the spec attached to components, if any.
 *
 * @example
 * getSpec(result.start)?.value; // 'P2H'
 */
export function getSpec(components: { tags(): Set<string> } | undefined | null): TimexSpec | null {
  if (!components) return null;
  let found: string | null = null;
  for (const tag of tagsOf(components)) if (tag.startsWith(TAG)) found = tag;
  return found === null ? null : parsedSpec(found);
}

// chrono's tags() copies the tag set at each call, and the refiners read specs ~100k times a
// pass over a few MB of text: read chrono's own set in place when the components hold one
// (ParsingComponents keep it in `_tags`), without changing it.
function tagsOf(components: { tags(): Set<string> }): ReadonlySet<string> {
  const own = (components as { _tags?: unknown })._tags;
  return own instanceof Set ? (own as ReadonlySet<string>) : components.tags();
}

// The refiners read a result's spec many times per parse: each tag is parsed once and the
// spec frozen, so a reader that wants another spec must build one (setSpec) and none can
// change a shared one. The cache is emptied when it grows past a bound (a long-running
// process sees an open-ended set of tags).
const SPEC_CACHE = new Map<string, TimexSpec>();
const SPEC_CACHE_LIMIT = 4096;
function parsedSpec(tag: string): TimexSpec {
  let spec = SPEC_CACHE.get(tag);
  if (!spec) {
    if (SPEC_CACHE.size >= SPEC_CACHE_LIMIT) SPEC_CACHE.clear();
    spec = JSON.parse(tag.slice(TAG.length)) as TimexSpec;
    if (spec.anaphor) Object.freeze(spec.anaphor);
    SPEC_CACHE.set(tag, Object.freeze(spec));
  }
  return spec;
}

/**
 * Builds a result for a span with a spec attached, the way our parsers return them.
 *
 * @example
 * return makeResult(context, index, 'two hours', { type: 'DURATION', value: 'PT2H', rule: 'duration' });
 */
export function makeResult(context: ParsingContext, index: number, text: string, spec: TimexSpec): ParsingResult {
  const result = context.createParsingResult(index, text);
  setSpec(result.start, spec);
  result.start.addTag(`newsnorm/${spec.rule}`);
  return result;
}

/**
 * Trims leading/trailing whitespace of a matched span, returning the new index and text.
 *
 * @example
 * trimSpan(4, ' June '); // { index: 5, text: 'June' }
 */
export function trimSpan(index: number, text: string): { index: number; text: string } {
  const lead = text.length - text.trimStart().length;
  return { index: index + lead, text: text.trim() };
}

/**
 * Widens a result's span leftwards by `length` characters of `text` ("the early hours of" +
 * "Saturday"); the refiners that take words before a date into its span use it.
 *
 * @example
 * widenLeft('in the early hours of Saturday', result, 'the early hours of '.length); // result.text: 'the early hours of Saturday'
 */
export function widenLeft(text: string, result: { index: number; text: string }, length: number): void {
  result.index -= length;
  result.text = text.slice(result.index, result.index + length + result.text.length);
}

/**
 * True when the character before `index` continues a word (letters, digits, $, @, etc.).
 *
 * @example
 * glued('$2021', 1); // true ('$' continues the word)
 * glued('in 2021', 3); // false (a space before index 3)
 */
export function glued(text: string, index: number): boolean {
  if (index <= 0) return false;
  return /[\p{L}\p{N}$£€@#_]/u.test(text[index - 1]!);
}

/**
 * True when the character at `index` continues a word.
 *
 * @example
 * gluedAfter('2021s', 4); // true
 * gluedAfter('2021.', 4); // false
 */
export function gluedAfter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return /[\p{L}\p{N}_]/u.test(text[index]!);
}
