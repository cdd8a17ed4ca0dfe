/**
 * Fuzz suite over every public function (issue 16): on arbitrary strings — lone surrogates,
 * NUL and other controls, RTL text with bidi marks, stacks of combining marks, news-like
 * fragments, date vocabulary — no function throws, `restore` is exact, every span slices to
 * its text and lies inside the input, and results are deterministic. Bad arguments and
 * options fail with a TypeError or RangeError whose message starts with the function's name.
 *
 * `npm test` runs a modest number of cases per property; `FUZZ_RUNS=100000 npm run fuzz` (or
 * any other number) runs that many per property, without a time limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessTranslation,
  clean,
  countScripts,
  createOffsetMap,
  detectLanguage,
  dominantScript,
  extractEntities,
  extractEntitiesFromParse,
  extractQuotes,
  isBatchFailure,
  lineRule,
  mapSpan,
  normalizeArticle,
  normalizeRecord,
  parseText,
  regexEdits,
  resolveDates,
  restore,
  segment,
  tidyRemoval,
  translationQuality,
} from '../../src/index.js';
import type { Span } from '../../src/index.js';
import { renderReport } from '../../src/report/index.js';
import { anyText, newsyArticle, newsyText, unicodeText } from '../clean/support/arbitraries.js';
import { editViolation, flagViolation } from '../clean/support/invariants.js';

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 0);
const LONG = FUZZ_RUNS > 0;
/** Runs per property: FUZZ_RUNS when set, else the property's modest default. */
const runs = (modest: number) => (LONG ? FUZZ_RUNS : modest);
/** A long fuzz run has no time limit; the modest one stays within the suite's usual bound. */
const TIMEOUT = LONG ? 0 : 120_000;
const PUBLISHED = '2021-12-07';

// --- arbitraries beyond the clean stage's (right-to-left text, combining marks, dates) ---

// prettier-ignore
const RTL_FRAGMENTS = [
  'قال', 'الرئيس', 'في', 'موسكو', 'يوم', 'الجمعة', '«', '»', '،', '؟', 'אמר', 'ראש', 'הממשלה', 'בירושלים', '״',
  '\u200f', '\u200e', '\u202b', '\u202e', '\u202c', '\u2067', '\u2069', ' ', '\n', '. ', '2021', 'Putin', '"',
];
/** Right-to-left words and bidi controls mixed with Latin words and digits. */
const rtlText = fc.array(fc.constantFrom(...RTL_FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(' '));

// prettier-ignore
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0327', '\u0336', '\u0489', '\u20dd', '\u0e31', '\u094d', '\u200d', '\ufe0f'];
/** Letters carrying stacks of combining marks ("zalgo"), joiners and variation selectors. */
const combiningText = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'E', 'n', 'й', 'ك', 'क', '"', ' ', '.', 'Said', '\n'),
      fc.array(fc.constantFrom(...COMBINING), { maxLength: 12 }),
    ),
    { maxLength: 30 },
  )
  .map((pairs) => pairs.map(([base, marks]) => base + marks.join('')).join(''));

// prettier-ignore
const DATE_FRAGMENTS = [
  'on', 'last', 'next', 'this', 'Friday', 'Monday night', 'January', 'Dec.', '7', '5th', 'of', 'the', 'day', 'week', 'year',
  'ago', 'since', '2014', 'in', 'early', 'late', 'morning', 'Christmas', 'Easter', 'said', 'will', 'the same day', 'tomorrow',
  'yesterday', 'two', 'years', '3:00 p.m.', 'GMT', 'until', 'between', 'and', '-', '/', '12/05', ',', '.', ' ', '\n',
];
/** Sentences from the date vocabulary (the resolver's parsers and refiners all fire). */
const dateText = fc.array(fc.constantFrom(...DATE_FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(' '));

/** Every kind of text at once. */
const ANY = fc.oneof(anyText(), rtlText, combiningText, dateText, newsyArticle());

const KINDS: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['arbitrary Unicode', unicodeText(160)],
  ['newsy fragments', newsyText()],
  ['right-to-left text', rtlText],
  ['combining marks', combiningText],
  ['date vocabulary', dateText],
];
/** Each kind apart in a modest run; one mixture in a long run (FUZZ_RUNS per function, not per kind). */
const SAMPLES: ReadonlyArray<[string, fc.Arbitrary<string>]> = LONG
  ? [['every kind of text', fc.oneof(...KINDS.map(([, a]) => a))]]
  : KINDS;

// --- invariants, as functions returning the first violation (null when none) ---

function spanViolation(text: string, span: Span, what: string, rawLength = text.length, direct = true): string | null {
  if (!(Number.isInteger(span.start) && span.start >= 0 && span.end >= span.start && span.end <= text.length))
    return `${what}: offsets ${span.start}-${span.end} outside the text`;
  if (text.slice(span.start, span.end) !== span.text)
    return `${what}: text.slice(${span.start}, ${span.end}) = ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`;
  if (!(span.rawStart >= 0 && span.rawEnd >= span.rawStart && span.rawEnd <= rawLength))
    return `${what}: raw offsets ${span.rawStart}-${span.rawEnd} outside the input`;
  if (direct && (span.rawStart !== span.start || span.rawEnd !== span.end))
    return `${what}: raw offsets differ from offsets on a direct call`;
  return null;
}

function firstViolation(checks: Iterable<string | null>): string | null {
  for (const check of checks) if (check) return check;
  return null;
}

function* dateViolations(text: string, rawLength?: number, direct = true) {
  for (const [i, d] of resolveDatesSafe(text).entries()) yield spanViolation(text, d, `date #${i}`, rawLength, direct);
}
const resolveDatesSafe = (text: string) => resolveDates(text, { publishedAt: PUBLISHED });

function* entityViolations(
  text: string,
  entities: ReturnType<typeof extractEntities>,
  rawLength?: number,
  direct = true,
) {
  for (const [i, e] of entities.entries()) {
    if (typeof e.id !== 'string' || !e.id.startsWith(`${e.type}:`))
      yield `entity #${i}: id ${JSON.stringify(e.id)} does not start with its type`;
    if (e.mentions.length === 0) yield `entity #${i} ${e.id}: no mention`;
    for (const [k, m] of e.mentions.entries())
      yield spanViolation(text, m, `entity #${i} ${e.id} mention #${k}`, rawLength, direct);
  }
}

function* quoteViolations(text: string, quotes: ReturnType<typeof extractQuotes>, rawLength?: number, direct = true) {
  for (const [i, q] of quotes.entries()) {
    yield spanViolation(text, q, `quote #${i}`, rawLength, direct);
    if (q.kind !== 'direct' && q.kind !== 'partial') yield `quote #${i}: kind ${String(q.kind)}`;
    if (q.speaker) yield spanViolation(text, q.speaker, `quote #${i} speaker`, rawLength, direct);
  }
}

const prop = (arbitrary: fc.Arbitrary<string>, check: (text: string) => string | null, numRuns: number) =>
  fc.assert(
    fc.property(arbitrary, (text) => {
      const violation = check(text);
      if (violation) throw new Error(violation);
    }),
    { numRuns },
  );

// --- the text functions never throw and keep their invariants ---

describe.each(SAMPLES)('on %s', (_name, arbitrary) => {
  it('clean: lossless, exact edit log and flag spans, deterministic', { timeout: TIMEOUT }, () => {
    prop(
      arbitrary,
      (raw) => {
        const result = clean(raw);
        if (restore(result) !== raw) return 'restore(clean(raw)) !== raw';
        if (JSON.stringify(clean(raw)) !== JSON.stringify(result)) return 'two runs differ';
        return editViolation(raw, result) ?? flagViolation(raw, result);
      },
      runs(150),
    );
  });

  it('resolveDates: spans slice to their text, deterministic', { timeout: TIMEOUT }, () => {
    prop(
      arbitrary,
      (text) => {
        if (JSON.stringify(resolveDatesSafe(text)) !== JSON.stringify(resolveDatesSafe(text))) return 'two runs differ';
        return firstViolation(dateViolations(text));
      },
      runs(150),
    );
  });

  it(
    'extractEntities (and parseText + extractEntitiesFromParse): spans slice to their text',
    { timeout: TIMEOUT },
    () => {
      prop(
        arbitrary,
        (text) => {
          const entities = extractEntities(text);
          const fromParse = extractEntitiesFromParse(parseText(text));
          if (JSON.stringify(entities) !== JSON.stringify(fromParse))
            return 'extractEntities and extractEntitiesFromParse differ';
          return firstViolation(entityViolations(text, entities));
        },
        runs(60),
      );
    },
  );

  it('extractQuotes: spans slice to their text, deterministic', { timeout: TIMEOUT }, () => {
    prop(
      arbitrary,
      (text) => {
        const quotes = extractQuotes(text);
        if (JSON.stringify(extractQuotes(text)) !== JSON.stringify(quotes)) return 'two runs differ';
        return firstViolation(quoteViolations(text, quotes));
      },
      runs(100),
    );
  });

  it('detectLanguage, countScripts, dominantScript, segment: well-formed results', { timeout: TIMEOUT }, () => {
    prop(
      arbitrary,
      (text) => {
        const result = detectLanguage(text);
        if (!/^(?:[a-z]{3})$/.test(result.language)) return `language ${JSON.stringify(result.language)}`;
        if (!(result.confidence >= 0 && result.confidence <= 1)) return `confidence ${result.confidence}`;
        const census = countScripts(text);
        const counted = Object.values(census.counts).reduce((a, b) => a + b, 0);
        if (counted !== census.letters || census.letters > text.length) return `census ${JSON.stringify(census)}`;
        if (census.letters > 0 && !(dominantScript(census) in census.counts)) return 'dominant script not counted';
        for (const block of segment(text)) {
          if (!(block.start >= 0 && block.end <= text.length && block.start <= block.end))
            return `block ${block.start}-${block.end} outside the text`;
        }
        return null;
      },
      runs(150),
    );
  });
});

describe('normalizeArticle and what builds on it', () => {
  it(
    'never throws; restore exact; every span in the cleaned text and inside the raw input',
    { timeout: TIMEOUT },
    () => {
      prop(
        ANY,
        (raw) => {
          const article = normalizeArticle(raw, { publishedAt: PUBLISHED });
          if (restore(article) !== raw) return 'restore(article) !== raw';
          const { text } = article;
          return (
            editViolation(raw, article) ??
            flagViolation(raw, article) ??
            firstViolation(article.dates.map((d, i) => spanViolation(text, d, `date #${i}`, raw.length, false))) ??
            firstViolation(entityViolations(text, article.entities, raw.length, false)) ??
            firstViolation(quoteViolations(text, article.quotes, raw.length, false))
          );
        },
        runs(60),
      );
    },
  );

  it(
    'offset maps: mapSpan of any span of the cleaned text lands inside the raw input, in order',
    { timeout: TIMEOUT },
    () => {
      fc.assert(
        fc.property(ANY, fc.nat(), fc.nat(), (raw, a, b) => {
          const result = clean(raw);
          const map = createOffsetMap(result.edits);
          const [start, end] = [a % (result.text.length + 1), b % (result.text.length + 1)].sort((x, y) => x - y) as [
            number,
            number,
          ];
          const span = mapSpan({ text: result.text.slice(start, end), start, end, rawStart: start, rawEnd: end }, map);
          if (!(span.rawStart >= 0 && span.rawStart <= span.rawEnd && span.rawEnd <= raw.length))
            throw new Error(`${start}-${end} → ${span.rawStart}-${span.rawEnd}`);
        }),
        { numRuns: runs(150) },
      );
    },
  );

  it(
    'assessTranslation, translationQuality, renderReport, normalizeRecord never throw on real results',
    { timeout: TIMEOUT },
    () => {
      prop(
        ANY,
        (raw) => {
          const cleaned = clean(raw);
          const parse = parseText(cleaned.text);
          const { quality } = assessTranslation(cleaned.text, {
            flags: cleaned.flags,
            edits: cleaned.edits,
            parse,
            entities: extractEntitiesFromParse(parse),
          });
          if (!(quality.score >= 0 && quality.score <= 1)) return `score ${quality.score}`;
          translationQuality(cleaned.flags, cleaned.edits, 1);
          const record = normalizeRecord({ id: 'x', text: raw });
          if (isBatchFailure(record)) return `normalizeRecord failed: ${record.error.message}`;
          const { id: _id, ...article } = record;
          if (typeof renderReport(article, raw) !== 'string') return 'renderReport returned no string';
          return null;
        },
        runs(30),
      );
    },
  );
});

// --- huge lines and shapes: one run each (1 MB under FUZZ_RUNS, 40 KB otherwise) ---

const SIZE = LONG ? 1_000_000 : 40_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
// prettier-ignore
const SHAPES: ReadonlyArray<[string, string]> = [
  ['one line of words', fill('word ')],
  ['NUL bytes', fill('\u0000')],
  ['lone surrogates', fill('\ud800x\udfff')],
  ['right-to-left with bidi marks', fill('\u202bقال الرئيس\u202c ')],
  ['combining marks', fill('e\u0301\u0336\u0489')],
  ['dot runs', fill('. ')],
  ['abbreviations', fill('Mr. Joe ')],
  ['quote marks', fill('“')],
];

describe.each(SHAPES)('a %s input', (_name, raw) => {
  it('passes every stage without a throw, restore exact', { timeout: LONG ? 0 : 120_000 }, () => {
    const article = normalizeArticle(raw, { publishedAt: PUBLISHED });
    expect(restore(article) === raw).toBe(true);
    expect(() => detectLanguage(raw)).not.toThrow();
    expect(() => extractQuotes(raw)).not.toThrow();
  });
});

// --- bad arguments and options: a TypeError or RangeError that names the function ---

// normalizeArticle hands its per-stage options to the stages, which name themselves.
// prettier-ignore
const STAGE_NAMES = ['clean', 'resolveDates', 'extractEntities', 'extractEntitiesFromParse', 'extractQuotes', 'detectLanguage'];

/** Calls `call` and returns null when it returns or throws a clear error, else the failure. */
function unclearError(fn: string, call: () => unknown): string | null {
  try {
    call();
    return null;
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) return `${fn} threw ${String(error)}`;
    const names = fn === 'normalizeArticle' ? [fn, ...STAGE_NAMES] : [fn];
    if (!names.some((name) => error.message.startsWith(`${name}: `)))
      return `${fn} threw a ${error.name} that does not name it: ${error.message}`;
    return null;
  }
}

const anyValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, -1, 1.5, '', 'xyz', [], [{}], [null], {}, null, new Date(NaN)),
);
/** Options objects with known keys (and sometimes an unknown one) holding arbitrary values. */
const optionsOf = (keys: readonly string[]) =>
  fc.oneof(
    anyValue,
    fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] }),
    fc.dictionary(fc.string({ maxLength: 8 }), anyValue, { maxKeys: 3 }),
  );

const ENTRIES: ReadonlyArray<[string, fc.Arbitrary<unknown>, (input: unknown) => unknown]> = [
  ['clean', optionsOf(['language', 'rules', 'disable']), (o) => clean('Talks resumed.', o as never)],
  [
    'resolveDates',
    optionsOf(['publishedAt', 'types', 'includeUnresolved']),
    (o) => resolveDates('on Friday', o as never),
  ],
  [
    'extractEntities',
    optionsOf(['types', 'layout', 'explain']),
    (o) => extractEntities('Joe Biden spoke.', o as never),
  ],
  [
    'extractEntitiesFromParse',
    optionsOf(['types', 'layout', 'explain']),
    (o) => extractEntitiesFromParse(parseText('Joe Biden spoke.'), o as never),
  ],
  ['extractQuotes', optionsOf(['entities', 'parsed', 'explain']), (o) => extractQuotes('“No,” he said.', o as never)],
  ['detectLanguage', optionsOf(['only', 'minLength']), (o) => detectLanguage('The talks went on.', o as never)],
  [
    'normalizeArticle',
    optionsOf(['publishedAt', 'language', 'stages', 'clean', 'dates', 'entities', 'quotes']),
    (o) => normalizeArticle('Talks resumed on Friday.', o as never),
  ],
  [
    'assessTranslation',
    optionsOf(['flags', 'edits', 'parse', 'entities', 'language']),
    (o) => assessTranslation('The talks went on.', o as never),
  ],
  ['restore', optionsOf(['text', 'edits']), (o) => restore(o as never)],
  ['createOffsetMap', anyValue, (o) => createOffsetMap(o as never).toRaw(0, 'start')],
  ['mapSpan', optionsOf(['start', 'end', 'text']), (o) => mapSpan(o as never, createOffsetMap([]))],
  [
    'translationQuality',
    fc.tuple(anyValue, anyValue, anyValue),
    (o) => translationQuality(...(o as [never, never, never])),
  ],
  ['countScripts', fc.tuple(anyValue, anyValue, anyValue), (o) => countScripts(...(o as [never, never, never]))],
  ['dominantScript', anyValue, (o) => dominantScript(o as never)],
  ['segment', anyValue, (o) => segment(o as never)],
  ['parseText', anyValue, (o) => parseText(o as never)],
  [
    'lineRule',
    fc.tuple(anyValue, anyValue, anyValue, anyValue),
    (o) => lineRule(...(o as [never, never, never, never])),
  ],
  ['regexEdits', fc.tuple(anyValue, anyValue, anyValue), (o) => regexEdits(...(o as [never, never, never]))],
  ['tidyRemoval', fc.tuple(anyValue, anyValue, anyValue), (o) => tidyRemoval(...(o as [never, never, never]))],
  ['renderReport', fc.tuple(anyValue, anyValue), (o) => renderReport(...(o as [never, never]))],
];

describe.each(ENTRIES)('%s with arbitrary arguments', (fn, arbitrary, call) => {
  it('returns, or throws a TypeError/RangeError that names it', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const failure = unclearError(fn, () => call(input));
        if (failure) throw new Error(failure);
      }),
      { numRuns: runs(200) },
    );
  });
});
