// Argument checks of the public functions (issue 16): a bad argument fails at the door with a
// TypeError or RangeError that names the function and the problem; a good one passes.
import { describe, expect, it } from 'vitest';
import {
  assessTranslation,
  countScripts,
  createOffsetMap,
  detectLanguage,
  dominantScript,
  extractQuotes,
  isBatchFailure,
  lineRule,
  mapSpan,
  regexEdits,
  segment,
  tidyRemoval,
  translationQuality,
} from '../../src/index.js';

const QUOTE = '“No,” Joe Smith said.';
const entity = {
  id: 'person:joe-smith',
  name: 'Joe Smith',
  type: 'person',
  aliases: [],
  mentions: [{ text: 'Joe Smith', start: 5, end: 14, rawStart: 5, rawEnd: 14 }],
};

describe('bad arguments are rejected with a message naming the problem', () => {
  it.each<[string, () => unknown, ErrorConstructor, RegExp]>([
    [
      'detectLanguage only: []',
      () => detectLanguage('The talks went on.', { only: [] }),
      RangeError,
      /^detectLanguage: options.only is empty/,
    ],
    [
      'detectLanguage only: [en]',
      () => detectLanguage('The talks went on.', { only: ['en'] }),
      RangeError,
      /^detectLanguage: unknown language code "en" in options.only \(known ISO 639-3 codes: .*eng/,
    ],
    [
      'detectLanguage minLength: an object without toString',
      () => detectLanguage('The talks went on.', { minLength: { toString: null } } as never),
      RangeError,
      /^detectLanguage: options.minLength must be a number >= 0, got object$/,
    ],
    [
      'detectLanguage minLength: -1',
      () => detectLanguage('The talks went on.', { minLength: -1 }),
      RangeError,
      /^detectLanguage: options.minLength must be a number >= 0, got -1$/,
    ],
    ['segment(null)', () => segment(null as never), TypeError, /^segment: expected raw to be a string, got null/],
    [
      'countScripts bounds',
      () => countScripts('abc', -5, 1e9),
      RangeError,
      /^countScripts: start must be a whole number from 0 to 3, got -5/,
    ],
    [
      'countScripts end < start',
      () => countScripts('abc', 2, 1),
      RangeError,
      /^countScripts: end must be a whole number from 2 to 3/,
    ],
    [
      'dominantScript({})',
      () => dominantScript({} as never),
      TypeError,
      /^dominantScript: expected a census from countScripts/,
    ],
    [
      'extractQuotes entities: [{}]',
      () => extractQuotes(QUOTE, { entities: [{}] as never }),
      TypeError,
      /^extractQuotes: expected options.entities\[0\].id to be a string, got undefined/,
    ],
    [
      'extractQuotes entities: [null]',
      () => extractQuotes(QUOTE, { entities: [null] as never }),
      TypeError,
      /^extractQuotes: expected options.entities\[0\] to be an object, got null/,
    ],
    [
      'extractQuotes entity type',
      () => extractQuotes(QUOTE, { entities: [{ ...entity, type: 'PER' }] as never }),
      RangeError,
      /^extractQuotes: options.entities\[0\].type must be one of person, organization, place, got "PER"/,
    ],
    [
      'extractQuotes mentions: 5',
      () => extractQuotes(QUOTE, { entities: [{ ...entity, mentions: 5 }] as never }),
      TypeError,
      /^extractQuotes: expected options.entities\[0\].mentions to be an array, got number/,
    ],
    [
      'assessTranslation edits: [null]',
      () => assessTranslation('The man.', { edits: [null] as never }),
      TypeError,
      /^assessTranslation: expected input.edits\[0\] to be an object, got null/,
    ],
    [
      'assessTranslation flags: [{}]',
      () => assessTranslation('The man.', { flags: [{}] as never }),
      TypeError,
      /^assessTranslation: expected input.flags\[0\].start to be a number, got undefined/,
    ],
    [
      'translationQuality sentences -1',
      () => translationQuality([], [], -1),
      RangeError,
      /^translationQuality: sentences must be a whole number/,
    ],
    [
      'translationQuality flags null',
      () => translationQuality(null as never, [], 1),
      TypeError,
      /^translationQuality: expected flags to be an array, got null/,
    ],
    [
      'createOffsetMap(null)',
      () => createOffsetMap(null as never),
      TypeError,
      /^createOffsetMap: expected edits to be an array, got null/,
    ],
    [
      'createOffsetMap([{}])',
      () => createOffsetMap([{}] as never),
      TypeError,
      /^createOffsetMap: expected edits\[0\].start to be a number/,
    ],
    [
      'mapSpan NaN',
      () => mapSpan({ text: '', start: NaN, end: 1, rawStart: 0, rawEnd: 1 }, createOffsetMap([])),
      RangeError,
      /^mapSpan: span.start must be a whole number/,
    ],
    [
      'mapSpan without a map',
      () => mapSpan({ text: 'a', start: 0, end: 1, rawStart: 0, rawEnd: 1 }, null as never),
      TypeError,
      /^mapSpan: expected map to be an offset map/,
    ],
    [
      'lineRule pattern as a string',
      () => lineRule('footer/x', 'footer', 'A line', 'x' as never),
      TypeError,
      /^lineRule: expected pattern to be a RegExp/,
    ],
    [
      'lineRule id 1',
      () => lineRule(1 as never, 'footer', 'A line', /x/),
      TypeError,
      /^lineRule: expected id to be a non-empty string, got 1/,
    ],
    [
      'lineRule where',
      () => lineRule('footer/x', 'footer', 'A line', /x/, 'middle' as never),
      RangeError,
      /^lineRule: where must be 'anywhere', 'head' or 'tail'/,
    ],
    [
      'regexEdits without g',
      () => regexEdits(/x/, 'xx', () => ''),
      TypeError,
      /^regexEdits: expected pattern to be a RegExp with the g \(or y\) flag/,
    ],
    [
      'tidyRemoval end past the text',
      () => tidyRemoval('abc', 1, 9),
      RangeError,
      /^tidyRemoval: end must be a whole number from 1 to 3, got 9/,
    ],
  ])('%s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('good arguments pass', () => {
  it.each<[string, () => unknown]>([
    ['detectLanguage only: [eng, deu]', () => detectLanguage('The talks went on.', { only: ['eng', 'deu'] })],
    ['countScripts with bounds', () => countScripts('abc', 1, 3)],
    ['extractQuotes with real entities', () => extractQuotes(QUOTE, { entities: [entity] as never })],
    [
      'mapSpan of an empty span',
      () => mapSpan({ text: '', start: 0, end: 0, rawStart: 0, rawEnd: 0 }, createOffsetMap([])),
    ],
    ['regexEdits with a sticky pattern', () => regexEdits(/x/y, 'xx', () => '')],
    ['tidyRemoval at the end', () => tidyRemoval('abc', 1, 3)],
  ])('%s', (_name, call) => expect(call).not.toThrow());

  it.each([
    [{ id: 1, error: { name: 'TypeError', message: 'x' } }, true],
    [{ id: 1, text: 'a', edits: [] }, false],
    [null, false],
  ])('isBatchFailure(%j) = %s', (value, expected) => expect(isBatchFailure(value as never)).toBe(expected));

  it('an empty span where a removal starts maps to an empty raw span', () => {
    const map = createOffsetMap([
      {
        kind: 'remove',
        category: 'markup',
        rule: 'markup/x',
        rawStart: 0,
        rawEnd: 1,
        before: '“',
        start: 0,
        end: 0,
        after: '',
      },
    ] as never);
    expect(mapSpan({ text: '', start: 0, end: 0, rawStart: 0, rawEnd: 0 }, map)).toMatchObject({
      rawStart: 1,
      rawEnd: 1,
    });
  });
});
