/**
 * Public data shapes shared by every stage: the API contract (see docs/architecture.md).
 *
 * Plain data only: results are JSON-serialisable, carry no class instances and keep
 * no copy of the raw input, so they can be logged, diffed and sent over the wire.
 */

/**
 * One change the cleaner made to the raw text. The edit log is the proof that nothing
 * was lost: `restore({ text, edits })` rebuilds the raw input from these alone.
 *
 * @example
 * const edit: Edit = {
 *   kind: 'remove', category: 'footer', rule: 'footer/follow-us',
 *   rawStart: 120, rawEnd: 150, before: 'Follow Skai.gr on Google News\n',
 *   start: 98, end: 98, after: '',
 * };
 */
export interface Edit {
  /** `remove` deletes `before`; `replace` swaps it for `after`. */
  kind: 'remove' | 'replace';
  /** What kind of text changed: 'footer', 'embed', 'markup', 'typography', 'whitespace', ... */
  category: string;
  /** Stable id of the rule that made the edit, e.g. 'footer/follow-us'. */
  rule: string;
  /** Raw offsets (UTF-16, end-exclusive): `raw.slice(rawStart, rawEnd) === before`. */
  rawStart: number;
  rawEnd: number;
  before: string;
  /** Cleaned offsets: `text.slice(start, end) === after`. */
  start: number;
  end: number;
  after: string;
  /** ISO 639-3 code of the removed passage, for category 'foreign-language'. */
  language?: string;
  /**
   * Why the rule decided so, when the evidence is more than the rule id: for a block the
   * page-level classifier removed, the features that decided it ('3 tokens, no sentence end,
   * after the comments heading').
   */
  reason?: string;
}

/**
 * A span of the cleaned text, with its position in the raw input too.
 *
 * @example
 * const span: Span = { text: 'Kremlin', start: 10, end: 17, rawStart: 42, rawEnd: 49 };
 */
export interface Span {
  text: string;
  /** Offsets in the text the stage was given (the cleaned text in `normalizeArticle`). */
  start: number;
  end: number;
  /** Offsets in the raw input. Equal to start/end when a stage is called on its own. */
  rawStart: number;
  rawEnd: number;
}

/**
 * A suspected problem left in place, e.g. broken machine translation that cannot be
 * repaired safely.
 *
 * @example
 * const flag: Flag = { kind: 'fragment-sentence', message: 'One-word sentence', text: 'Department.',
 *   start: 5, end: 16, rawStart: 5, rawEnd: 16 };
 */
export interface Flag extends Span {
  kind: string;
  message: string;
  /** Stable id of the rule that raised the flag. */
  rule?: string;
  /** What kind of damage: 'untranslated', 'glued-words', 'quote-marks', 'names', 'grammar', ... */
  category?: string;
  /** How likely the flagged text is a real error (0..1). */
  confidence?: number;
}

/**
 * Facts about the article lifted out of its body by the cleaner.
 *
 * @example
 * const meta: ArticleMetadata = { title: 'Putin and Biden Hold Virtual Summit', byline: ['Samantha Berkhead'],
 *   publishedAt: '2021-12-07', language: 'eng' };
 */
export interface ArticleMetadata {
  title?: string;
  byline?: string[];
  /** Calendar date, YYYY-MM-DD. */
  publishedAt?: string;
  /**
   * Calendar date, YYYY-MM-DD, of an "Updated:" stamp in the article's head. `normalizeArticle`
   * resolves relative dates against it when the page has no publication date.
   */
  updatedAt?: string;
  sourceUrl?: string;
  credits?: string[];
  /** The publication that carries the article ('Reuters', 'The Korea Herald'), from a title suffix, masthead or footer. */
  outlet?: string;
  /** The wire agency credited for the copy ('AFP', 'Yonhap'), when the text credits one. */
  agency?: string;
  /** The place of the dateline ('NEW YORK' in 'NEW YORK (Reuters) –'). */
  dateline?: string;
  /** ISO 639-3 code of the article body (the body's own language, never the caller's guess). */
  language: string;
}

/**
 * What `clean` returns.
 *
 * @example
 * const { text, edits } = clean(raw);
 */
export interface CleanResult {
  text: string;
  metadata: ArticleMetadata;
  edits: Edit[];
  flags: Flag[];
}

/**
 * TIMEX3 modifiers.
 *
 * @example
 * const mod: TimexMod = 'END'; // 'late January'
 */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/**
 * A temporal expression with its TIMEX3 value.
 *
 * @example
 * const t: TemporalExpression = { text: 'late January', start: 0, end: 12, rawStart: 0, rawEnd: 12,
 *   type: 'DATE', value: '2022-01', mod: 'END', anchor: 'publication',
 *   range: { start: '2022-01-21', end: '2022-02-01' } };
 */
export interface TemporalExpression extends Span {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value ('2022-01-10', '2021-W49', 'P50D', 'PRESENT_REF', ...), null when unresolvable. */
  value: string | null;
  mod?: TimexMod;
  /** What a relative value was resolved against. */
  anchor?: 'publication' | 'previous-date' | 'absolute';
  /** ISO dates or date-times; start inclusive, end exclusive. */
  range?: { start: string; end: string };
  /**
   * Why `value` is null: 'no-reference-date' when the expression is relative ("Tuesday",
   * "last night", "next week") and no publication date was given. Absent when value is set.
   */
  unresolved?: 'no-reference-date';
}

/**
 * Entity types.
 *
 * @example
 * const type: EntityType = 'organization'; // 'White House'
 */
export type EntityType = 'person' | 'organization' | 'place';

/**
 * A named entity with its canonical name and every mention.
 *
 * @example
 * const e: Entity = { id: 'person:joe-biden', type: 'person', name: 'Joe Biden',
 *   aliases: ['Biden', 'Joe Biden'], titles: ['President'], mentions: [] };
 */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  titles?: string[];
  mentions: Span[];
  /**
   * Grammatical gender when the article shows it (Mr./Ms., he/she referring back, a known
   * first name). An addition to the original contract, used by quote attribution to resolve pronouns.
   */
  gender?: 'male' | 'female';
  /**
   * With the `explain` option only: the evidence behind the type, summed per type over the
   * name's mentions, and per mention the tagger's score ('model') and the rules that fired.
   */
  explain?: {
    totals: Record<EntityType | 'none', number>;
    mentions: Array<{
      text: string;
      start: number;
      evidence: Array<{ rule: string; type: EntityType | 'none'; weight: number }>;
    }>;
  };
}

/**
 * The speaker of a quote: the mention as written (a name or pronoun) plus the
 * canonical name it resolves to.
 *
 * @example
 * const s: Speaker = { text: 'he', start: 5, end: 7, rawStart: 5, rawEnd: 7, name: 'Dmitry Peskov',
 *   entityId: 'person:dmitry-peskov' };
 */
export interface Speaker extends Span {
  name: string;
  entityId?: string;
  /** True for an unnamed source kept as described ('a senior US official'). */
  anonymous?: boolean;
}

/**
 * Quoted speech. `text` is the quoted words without the quote marks.
 *
 * @example
 * const q: Quote = { text: 'Russia has never planned to attack anyone,', start: 1, end: 43,
 *   rawStart: 1, rawEnd: 43, speaker: null, kind: 'direct' };
 */
export interface Quote extends Span {
  speaker: Speaker | null;
  cue?: string;
  kind: 'direct' | 'partial';
  /** With `extractQuotes(text, { explain: true })`: how the speaker was chosen. */
  explain?: QuoteExplanation;
}

/**
 * Why a quote got its speaker: every attribution rule that proposed a speaker phrase, in the
 * order they rank (the first one won), and how the phrase was resolved to a name.
 *
 * @example
 * const e: QuoteExplanation = { candidates: [{ rule: 'after', variant: 'after:reporting:S', phrase: 'Peskov', weight: 0.5 }],
 *   resolution: 'name' };
 */
export interface QuoteExplanation {
  candidates: { rule: string; variant: string; phrase: string; weight: number }[];
  /**
   * How the chosen phrase became a name: 'name' (an entity or the name as written), 'pronoun'
   * (resolved to an antecedent), 'resolved' (a document's author, a possessor, a role's holder),
   * 'anonymous', 'nominal' (a description kept as written), 'label' (a transcript label), 'language'
   * (a cue of the text's own language, e.g. "«…», a déclaré X"; the candidates are the English rules') or 'none'.
   */
  resolution: string;
}

/**
 * How much an article reads like broken machine translation, from the flags and repairs
 * the cleaner made. Users filter whole articles on it.
 *
 * @example
 * const q: TranslationQuality = { score: 0.82, likelyMachineTranslated: true, flagsPer100Sentences: 6.5 };
 */
export interface TranslationQuality {
  /** 0 (reads as native text) … 1 (certainly damaged machine translation). */
  score: number;
  likelyMachineTranslated: boolean;
  /** Flags plus translation repairs per 100 sentences of the cleaned text. */
  flagsPer100Sentences: number;
}
