// The guard in front of compromise (src/entities/guard.ts): pathological sentences are cut
// before compromise sees them, so parsing and extraction stay linear on any input; bad
// arguments fail at the door.
import { describe, expect, it } from 'vitest';
import { extractEntities, parseText } from '../../src/entities/index.js';
import { PIECE_LIMIT, SENTENCE_LIMIT, pieceBounds } from '../../src/entities/guard.js';
import { TYPE_RULES, type RuleInput } from '../../src/entities/rules.js';

describe('pieceBounds', () => {
  // text | number of pieces
  // prettier-ignore
  const rows: [string, string, number][] = [
    ['an ordinary article', 'Kremlin spokesman Dmitry Peskov said talks were over.\nPresident Biden disagreed.\n', 1],
    ['an empty text', '', 1],
    ['a run of dots', '. '.repeat(5000), 5],
    ['thousands of abbreviations', 'Mr. Joe '.repeat(1000), 4],
    ['a megabyte-long word', 'a'.repeat(9000), 5],
  ];
  it.each(rows)('%s', (_name, text, pieces) => {
    const bounds = pieceBounds(text);
    expect(bounds).toHaveLength(pieces);
    // the pieces tile the text
    expect(bounds[0]![0]).toBe(0);
    expect(bounds[bounds.length - 1]![1]).toBe(text.length);
    for (let k = 1; k < bounds.length; k++) expect(bounds[k]![0]).toBe(bounds[k - 1]![1]);
    for (const [a, b] of bounds) expect(b - a).toBeLessThanOrEqual(PIECE_LIMIT);
  });

  it('cuts a long line at sure sentence ends, never inside an abbreviation', () => {
    const sentence = 'Mr. Smith met Gen. Jones in Washington on Tuesday and they talked for hours. ';
    const text = sentence.repeat(60);
    const bounds = pieceBounds(text);
    expect(bounds.length).toBe(1); // grouped again: every cut was at a sure sentence end
    const units = text.length;
    expect(units).toBeGreaterThan(SENTENCE_LIMIT);
  });

  it('parses a long paragraph of prose to the same tokens as its sentences one by one', () => {
    const sentence = 'The minister said the talks in Geneva would resume. ';
    const text = sentence.repeat(80);
    const whole = parseText(text).tokens.map((t) => `${t.text}@${t.start}`);
    expect(whole).toHaveLength(80 * 9);
    expect(whole.slice(0, 8)).toEqual([
      'The@0',
      'minister@4',
      'said@13',
      'the@18',
      'talks@22',
      'in@28',
      'Geneva@31',
      'would@38',
    ]);
  });
});

describe('bad arguments', () => {
  it.each([null, undefined, 42, {}, ['text']])('parseText(%s) is a TypeError', (value) => {
    expect(() => parseText(value as unknown as string)).toThrow(TypeError);
    expect(() => parseText(value as unknown as string)).toThrow(/parseText: expected text to be a string/);
  });
  it('unknown and mistyped options are TypeErrors naming the option', () => {
    expect(() => extractEntities('Biden spoke.', { layuot: true } as never)).toThrow(/unknown option 'layuot'/);
    expect(() => extractEntities('Biden spoke.', { layout: 'yes' } as never)).toThrow(/options.layout to be a boolean/);
    expect(() => extractEntities('Biden spoke.', { explain: 1 } as never)).toThrow(/options.explain to be a boolean/);
    expect(() => extractEntities('Biden spoke.', { types: ['people'] } as never)).toThrow(RangeError);
  });
});

describe('linear time on adversarial shapes', () => {
  // Ten times the input must cost about ten times the time (a quadratic cost would be a
  // hundred times). The bound is loose (noise on a shared machine); `npm run bench --
  // entities-adversarial` measures seconds per megabyte and memory up to 1 MB.
  // prettier-ignore
  const shapes: [string, string][] = [
    ['dot runs', '. '],
    ['abbreviations', 'Mr. Joe '],
    ['no spaces', 'x'],
    ['names without punctuation', 'Vladimir Putin Joe Biden '],
    ['prose', 'Kremlin spokesman Dmitry Peskov said on Tuesday that talks in Geneva would resume. '],
  ];
  // the fastest of three runs, at least 20 ms (timer noise on small inputs)
  const time = (text: string): number => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      extractEntities(text);
      best = Math.min(best, performance.now() - t0);
    }
    return Math.max(best, 20);
  };
  it.each(shapes)(
    '%s: 50 KB costs at most 25x what 5 KB costs',
    (_name, unit) => {
      const small = unit.repeat(Math.ceil(5000 / unit.length));
      const large = unit.repeat(Math.ceil(50000 / unit.length));
      const a = time(small);
      const b = time(large);
      expect(b / a).toBeLessThan(25);
    },
    120000,
  );
});

describe('a rule that reads the lines around a name reads a bounded window', () => {
  // context/person-row looks for its line's start and the rows around it: on a text of one
  // long line, a scan to the line's start per name made every name cost the text's length
  const rule = TYPE_RULES.find((r) => r.id === 'context/person-row')!;
  const inputAtEnd = (length: number): RuleInput => {
    const source = `${'Ann Lee '.repeat(Math.ceil(length / 8))}12 Tom Hale 2274 0 5`;
    const parsed = parseText(source.slice(-40));
    const offset = source.length - 40;
    const tokens = parsed.tokens.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    const first = tokens.findIndex((t) => t.text === 'Tom');
    const cand = { first, last: first + 1, start: tokens[first]!.start, end: tokens[first + 1]!.end, text: 'Tom Hale' };
    return { source, tokens, cand, words: tokens.slice(first, first + 2) } as unknown as RuleInput;
  };
  const time = (input: RuleInput): number => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      for (let i = 0; i < 200; i++) rule.when(input);
      best = Math.min(best, performance.now() - t0);
    }
    return Math.max(best, 5);
  };
  it('a name at the end of 4 MB of one line costs about what it costs after 40 KB', () => {
    const near = inputAtEnd(40_000);
    const far = inputAtEnd(4_000_000);
    expect(rule.when(far)).toBe(rule.when(near));
    expect(time(far) / time(near)).toBeLessThan(10);
  });
});
