/**
 * Features of the learned name tagger, one list of strings per token.
 *
 * The same function serves training (scripts/train-ner.ts, on CoNLL-2003 text parsed with
 * `parseText`) and run time (any text parsed with `parseText`), so tokenization, tags and
 * features cannot drift between the two. Tokens come from compromise (possessive 's cut
 * off, punctuation kept as `pre`/`post`), so tokenized newswire ("Bitar 's goal , said")
 * and ordinary prose ("Bitar's goal, said") give the same tokens and the same features.
 *
 * Feature families (every one general, none lists a name):
 * - the word: lower case, compressed shape, prefixes and suffixes, length;
 * - punctuation around it: possessive, comma/period/bracket/quote before or after;
 * - compromise's tags for the word (part of speech, and its lexicon of first names, places,
 *   organizations...), and the lexicon's tags for the word and the two-word phrases it is in
 *   (gazetteer membership);
 * - the country table (countries.ts) and the city gazetteer (cities.ts): the word is inside
 *   a country name or code, or a city name;
 * - the document: the word is written in lower case elsewhere, or capitalized mid-sentence
 *   elsewhere (what a capital at a sentence start or in a headline cannot tell); whether
 *   the text has rows of figures (sports and market copy, where cities name clubs);
 * - the line: mostly capitals or Title Case (headline), mostly figures (table row), short;
 * - a window of two words each side (word, shape, coarse tag).
 */
import { lexiconTags } from '../vocabulary.js';
import type { Token } from '../parse.js';
import { countryMatches, knownSpans } from '../countries.js';
import { cityMatches } from '../cities.js';

/** Per-text facts the features read, computed once (linear in the number of tokens). */
export interface FeatureContext {
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  readonly coarse: readonly string[];
  /** Lower-case words the text writes in lower case somewhere. */
  readonly seenLower: ReadonlySet<string>;
  /** Lower-case forms of words the text capitalizes mid-sentence on ordinary lines. */
  readonly seenCapitalMid: ReadonlySet<string>;
  /** Per token: its line is mostly capitals / Title Case (a headline) / mostly figures / short. */
  readonly lineCaps: readonly boolean[];
  readonly lineTitle: readonly boolean[];
  readonly lineFigures: readonly boolean[];
  readonly lineShort: readonly boolean[];
  /** Per token: 'B' or 'I' when inside a country name or code (countries.ts), else ''. */
  readonly country: readonly string[];
  /** Per token: 'B' or 'I' when inside a city name of the gazetteer (cities.ts), else ''. */
  readonly city: readonly string[];
  /** Per token: 'B' or 'I' when inside a known international body's name (countries.ts), else ''. */
  readonly body: readonly string[];
  /**
   * 'table' when the text has rows of figures (results, standings, prices: sports and market
   * copy, where a city often names a club), else 'prose'.
   */
  readonly kind: 'table' | 'prose';
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const FIGURE = /^[+-]?(?:\d[\d.,:/-]*%?|\.\d+)$/;
// The tagger learned punctuation from CoNLL's ASCII newswire; web text writes the same marks
// typographically ("—", "“", "«"). Such a mark is read as its ASCII form, so "Cebu, Philippines
// — Officials" gets the cue that "Cebu, Philippines - Officials" gets. Curly apostrophes stay as
// written: read as "'" they split possessive names apart ("People’s ...") on bench/pages.
const ASCII_MARK: Readonly<Record<string, string>> = {
  '—': '-',
  '–': '-',
  '―': '-',
  '‒': '-',
  '−': '-',
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '…': '.',
};
const asciiMark = (mark: string): string => ASCII_MARK[mark] ?? mark;

/**
 * Compressed word shape: capitals X, lower-case x, digits d, other characters kept,
 * runs of one class collapsed ("Peskov" -> "Xx", "U.S." -> "X.X.", "2004-03-11" -> "d-d-d").
 *
 * @example
 * wordShape('McDonald'); // 'XxXx'
 * wordShape('AL-AIN'); // 'X-X'
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    const code = ch.charCodeAt(0);
    // ASCII without the patterns (the same classes: its only letters are A-Z and a-z)
    if (code < 128)
      c = code >= 48 && code <= 57 ? 'd' : code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : ch;
    else if (UPPER.test(ch)) c = 'X';
    else if (LOWER.test(ch)) c = 'x';
    else if (LETTER.test(ch)) c = 'l';
    else c = ch;
    if (c !== last || !(c === 'd' || c === 'X' || c === 'x' || c === 'l')) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

// The tags of compromise worth a feature (its full tag set has ~90, many redundant).
// prettier-ignore
const TAG_FEATURES = [
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Address', 'Organization', 'SportsTeam', 'ProperNoun', 'Acronym', 'Abbreviation', 'Demonym', 'Noun', 'Plural',
  'Verb', 'PastTense', 'Gerund', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun',
  'Value', 'Date', 'Month', 'WeekDay', 'Actor', 'Possessive', 'Url', 'Currency', 'Unit', 'Copula', 'Modal',
];
// prettier-ignore
const LEXICON_TAGS = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Acronym', 'Month', 'WeekDay', 'Adjective', 'Verb',
  'Noun', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Actor',
]);

function coarseTag(t: Token): string {
  const tags = t.tags;
  if (FIGURE.test(t.text)) return 'NUM';
  for (const x of [
    'Person',
    'Place',
    'Organization',
    'Demonym',
    'ProperNoun',
    'Date',
    'Verb',
    'Adjective',
    'Adverb',
    'Preposition',
    'Determiner',
    'Conjunction',
    'Pronoun',
    'Noun',
  ]) {
    if (tags.has(x)) return x;
  }
  return 'O';
}

/**
 * Builds the per-text facts for `tokenFeatures`.
 *
 * @example
 * const parsed = parseText('Kremlin spokesman Dmitry Peskov said.');
 * const ctx = buildFeatureContext(parsed.text, parsed.tokens);
 * ctx.shapes; // ['Xx', 'x', 'Xx', 'Xx', 'x']
 */
export function buildFeatureContext(source: string, tokens: readonly Token[]): FeatureContext {
  const n = tokens.length;
  const lower = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => wordShape(t.text));
  const coarse = tokens.map(coarseTag);
  const lineCaps = new Array<boolean>(n).fill(false);
  const lineTitle = new Array<boolean>(n).fill(false);
  const lineFigures = new Array<boolean>(n).fill(false);
  const lineShort = new Array<boolean>(n).fill(false);
  let a = 0;
  while (a < n) {
    let b = a;
    while (b + 1 < n && !source.slice(tokens[b]!.end, tokens[b + 1]!.start).includes('\n')) b++;
    let words = 0;
    let caps = 0;
    let figures = 0;
    let long = 0;
    let titled = 0;
    for (let k = a; k <= b; k++) {
      const t = tokens[k]!.text;
      if (FIGURE.test(t)) figures++;
      else if (LETTER.test(t) && t.length > 1) {
        words++;
        if (!LOWER.test(t)) caps++;
        if (t.length > 3) {
          long++;
          if (UPPER.test(t.charAt(0)) && LOWER.test(t)) titled++;
        }
      }
    }
    const len = b - a + 1;
    const isCaps = words >= 2 && caps / words >= 0.7;
    const isFigures = figures >= 2 && figures / len >= 0.3;
    // a Title-Case headline: every long word capitalized, no figures, no closing period
    const lastText = tokens[b]!.post.trim();
    const isTitle = !isCaps && long >= 4 && titled === long && figures === 0 && !/[.!?]$/.test(lastText);
    for (let k = a; k <= b; k++) {
      lineCaps[k] = isCaps;
      lineTitle[k] = isTitle;
      lineFigures[k] = isFigures;
      lineShort[k] = len <= 4;
    }
    a = b + 1;
  }
  const seenLower = new Set<string>();
  const seenCapitalMid = new Set<string>();
  tokens.forEach((t, i) => {
    const first = t.text.charAt(0);
    if (LOWER.test(first)) seenLower.add(lower[i]!);
    else if (UPPER.test(first) && !t.sentenceStart && !lineCaps[i] && !lineTitle[i] && LOWER.test(t.text))
      seenCapitalMid.add(lower[i]!);
  });
  let figureLines = 0;
  for (let k = 0; k < n; k++) if (lineFigures[k] && (k === 0 || !lineFigures[k - 1])) figureLines++;
  const kind = figureLines >= 2 ? 'table' : 'prose';
  return {
    source,
    tokens,
    lower,
    shapes,
    coarse,
    seenLower,
    seenCapitalMid,
    lineCaps,
    lineTitle,
    lineFigures,
    lineShort,
    country: countryMatches(source, tokens),
    city: cityMatches(source, tokens),
    body: bodyMatches(source, tokens),
    kind,
  };
}

function bodyMatches(source: string, tokens: readonly Token[]): string[] {
  const out = new Array<string>(tokens.length).fill('');
  // the international bodies the model was trained with, not the company table read after it
  for (const k of knownSpans(source, tokens, 'organization')) {
    if (k.entity.company) continue;
    out[k.first] = 'B';
    for (let j = k.first + 1; j <= k.last; j++) out[j] = 'I';
  }
  return out;
}

/**
 * Receives one feature as up to six parts; the feature is their concatenation. `tokenFeatures`
 * joins them into strings; the run-time tagger hashes the parts in turn (model.ts), which gives
 * the hash of the joined string without building it.
 *
 * @example
 * const sink: FeatureSink = (a, b = '') => console.log(a + b);
 */
export type FeatureSink = (a: string, b?: string, c?: string, d?: string, e?: string, f?: string) => void;

const LENGTHS = Array.from({ length: 13 }, (_, k) => String(k));

function lexFeatures(emit: FeatureSink, prefix: string, phrase: string): void {
  for (const tag of lexiconTags(phrase)) if (LEXICON_TAGS.has(tag)) emit(prefix, tag);
}

/**
 * The feature strings of token i.
 *
 * @example
 * const parsed = parseText('Kremlin spokesman Dmitry Peskov said.');
 * tokenFeatures(buildFeatureContext(parsed.text, parsed.tokens), 3).includes('w=peskov'); // true
 */
export function tokenFeatures(ctx: FeatureContext, i: number): string[] {
  const out: string[] = [];
  const emit: FeatureSink = (a, b = '', c = '', d = '', e = '', f = '') => {
    out.push(a + b + c + d + e + f);
  };
  tokenOwnFeatures(ctx, i, emit);
  tokenContextFeatures(ctx, i, emit);
  return out;
}

/**
 * The first features of token i (`tokenFeatures` is these, then `tokenContextFeatures`): those
 * read from the token alone. They depend on nothing but the token's text, tags, sentenceStart,
 * possessive, parts (one or more) and pre/post punctuation (`lower`, `shapes` and `coarse` are
 * computed from its text and tags), so two tokens equal in these have the same ones.
 *
 * @example
 * tokenOwnFeatures(ctx, 3, (a, b = '') => console.log(a + b)); // 'bias', 'w=peskov', ...
 */
export function tokenOwnFeatures(ctx: FeatureContext, i: number, emit: FeatureSink): void {
  const { tokens, lower, shapes, coarse } = ctx;
  const t = tokens[i]!;
  const w = lower[i]!;
  const shape = shapes[i]!;
  emit('bias');
  emit('w=', w);
  emit('s=', shape);
  emit('c=', coarse[i]);
  const len = w.length;
  for (let k = 1; k <= 4 && k < len; k++) {
    emit(PREFIX_NAMES[k]!, w.slice(0, k));
    emit(SUFFIX_NAMES[k]!, w.slice(len - k));
  }
  emit('len=', LENGTHS[len > 12 ? 12 : len]);
  if (t.sentenceStart) {
    emit('start');
    emit('start|s=', shape);
  }
  if (t.possessive) emit('poss');
  if (t.parts > 1) emit('hyph');
  const pre = t.pre.trim();
  const post = t.post.trim();
  if (pre) emit('pre=', asciiMark(pre.slice(-1)));
  if (post) emit('post=', asciiMark(post.charAt(0)));
  for (const tag of TAG_FEATURES) if (t.tags.has(tag)) emit('t=', tag);
  lexFeatures(emit, 'lx=', w);
}

const PREFIX_NAMES = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX_NAMES = ['', 'x1=', 'x2=', 'x3=', 'x4='];

/**
 * The features of token i read from its neighbours, its line and the document (see
 * `tokenOwnFeatures`).
 *
 * @example
 * tokenContextFeatures(ctx, 3, (a, b = '') => console.log(a + b)); // 'w-1=dmitry', ...
 */
export function tokenContextFeatures(ctx: FeatureContext, i: number, emit: FeatureSink): void {
  const { tokens, lower, shapes, coarse } = ctx;
  const t = tokens[i]!;
  const w = lower[i]!;
  const shape = shapes[i]!;
  const capital = UPPER.test(t.text.charAt(0));
  const prev = i > 0 ? lower[i - 1]! : '<s>';
  const next = i + 1 < tokens.length ? lower[i + 1]! : '</s>';
  if (i > 0) lexFeatures(emit, 'lxL=', `${prev} ${w}`);
  if (i + 1 < tokens.length) lexFeatures(emit, 'lxR=', `${w} ${next}`);
  if (ctx.country[i]) emit('cty=', ctx.country[i]);
  if (ctx.city[i]) {
    emit('city=', ctx.city[i]);
    emit('city=', ctx.city[i], '|', ctx.kind);
  }
  // The word in this kind of text: "Parma" in a results table is a club, in prose a city.
  if (capital) emit('w|kind=', w, '|', ctx.kind);
  if (ctx.body[i]) emit('body=', ctx.body[i]);
  // Document: what the capital says elsewhere in the text.
  const docLower = ctx.seenLower.has(w);
  const docCapMid = ctx.seenCapitalMid.has(w);
  if (capital || !LOWER.test(t.text)) {
    if (docLower) emit('doc:lower');
    if (docCapMid) emit('doc:capmid');
    if (t.sentenceStart) emit('start|doc:', docLower ? 'lower' : '', docCapMid ? 'capmid' : '');
  }
  if (ctx.lineCaps[i]) {
    emit('line:caps');
    emit('line:caps|doc:', docCapMid ? 'capmid' : docLower ? 'lower' : 'none');
  }
  if (ctx.lineTitle[i]) {
    emit('line:title');
    emit('line:title|doc:', docCapMid ? 'capmid' : docLower ? 'lower' : 'none');
  }
  if (ctx.lineFigures[i]) {
    emit('line:figures');
    emit('line:figures|s=', shape);
  }
  if (ctx.lineShort[i]) emit('line:short');
  // Window.
  emit('w-1=', prev);
  emit('w+1=', next);
  emit('w-1|w=', prev, '|', w);
  emit('w|w+1=', w, '|', next);
  emit('w-2=', i > 1 ? lower[i - 2]! : '<s>');
  emit('w+2=', i + 2 < tokens.length ? lower[i + 2]! : '</s>');
  const prevShape = i > 0 ? shapes[i - 1]! : '<s>';
  const nextShape = i + 1 < tokens.length ? shapes[i + 1]! : '</s>';
  emit('s-1=', prevShape);
  emit('s+1=', nextShape);
  emit('s-1|s|s+1=', prevShape, '|', shape, '|', nextShape);
  emit('c-1=', i > 0 ? coarse[i - 1]! : '<s>');
  emit('c+1=', i + 1 < tokens.length ? coarse[i + 1]! : '</s>');
  if (i > 0) {
    const p = tokens[i - 1]!;
    if (p.possessive) emit('poss-1');
    const ppost = p.post.trim();
    if (ppost) emit('post-1=', asciiMark(ppost.charAt(0)));
  }
  if (i + 1 < tokens.length) {
    const npre = tokens[i + 1]!.pre.trim();
    if (npre) emit('pre+1=', asciiMark(npre.slice(-1)));
  }
}

/**
 * Where a name cannot continue: 1 at token i when punctuation other than an abbreviation's
 * period, "&" or a possessive 's, or a line break separates it from token i - 1 ("Reuters) -
 * The Federal Reserve" is two names; "St. Louis", "A. Smith", "Procter & Gamble" and
 * "People's Bank of China" one).
 * The tagger never puts an I- label there.
 *
 * @example
 * const parsed = parseText('Reuters) - The Fed');
 * spanBreaks(parsed.text, parsed.tokens); // Uint8Array [1, 1, 0]
 */
export function spanBreaks(source: string, tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === 0 || t.sentenceStart) {
      out[i] = 1;
      continue;
    }
    const p = tokens[i - 1]!;
    const gap = source.slice(p.end, t.start);
    // (most words are one space apart: no line break, no punctuation)
    if (gap === ' ') continue;
    if (gap.includes('\n')) {
      out[i] = 1;
      continue;
    }
    const punct = gap.replace(/\s+/g, '');
    if (punct === '' || punct === '&' || (p.possessive && /^['’‘`´]s$/i.test(punct))) continue;
    if (punct === '.' && (ABBREVIATION_SHAPE.test(p.text) || p.tags.has('Abbreviation') || p.tags.has('Honorific')))
      continue;
    out[i] = 1;
  }
  return out;
}

const ABBREVIATION_SHAPE = /^(?:\p{Lu}|\p{Lu}\p{Ll}{1,3}|(?:\p{L}\.)+\p{L})$/u;

/**
 * 32-bit FNV-1a hash of a feature string (the key of the packed weights).
 *
 * @example
 * featureHash('bias') === featureHash('bias'); // true
 */
export function featureHash(feature: string): number {
  return featureHashFold(FEATURE_HASH_START, feature) >>> 0;
}

/**
 * The state `featureHashFold` starts from (FNV-1a's offset basis).
 *
 * @example
 * featureHashFold(FEATURE_HASH_START, 'bias') >>> 0 === featureHash('bias'); // true
 */
export const FEATURE_HASH_START = 0x811c9dc5;

/**
 * FNV-1a continued over `s` from state `h`: folding the parts of a feature in turn from
 * FEATURE_HASH_START, then `>>> 0`, is `featureHash` of their concatenation.
 *
 * @example
 * featureHashFold(featureHashFold(FEATURE_HASH_START, 'w='), 'peskov') >>> 0 === featureHash('w=peskov'); // true
 */
export function featureHashFold(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
