// Issue-16 regressions for the clean stage: leaked script/style code, option validation,
// restore's offset checks, bounded edit logs on edit-dense input, linear time.
import { describe, expect, it } from 'vitest';
import { clean, DEFAULT_RULES, restore } from '../../src/clean/index.js';
import type { CleanRule } from '../../src/clean/index.js';
import { earlierSameText, readOncePerText } from '../../src/clean/repeats.js';
import { editViolation } from './support/invariants.js';

describe('leaked <script>, <style> and <noscript> bodies go as markup', () => {
  it.each([
    [
      'inside a paragraph',
      'The vote was close.<script type="text/javascript">window.ads = []; ads.push({slot: 1});</script>',
      'markup/script',
    ],
    ['style inside a paragraph', 'The vote was close.<style>.ad { display: none }</style>', 'markup/script'],
    [
      'across paragraphs',
      'The vote was close.\n\n<script>\nwindow.ads = [];\n\nads.push(1);\n</script>\n\nCounting ends on Friday.',
      'markup/script-block',
    ],
    [
      'noscript across paragraphs',
      'The vote was close.\n\n<noscript>\nPlease enable JavaScript\n</noscript>\n\nCounting ends on Friday.',
      'markup/script-block',
    ],
  ])('%s', (_why, raw, rule) => {
    const result = clean(raw);
    expect(result.text).not.toMatch(/window\.ads|display: none|enable JavaScript|ads\.push/);
    expect(result.text).toContain('The vote was close.');
    expect(result.edits.some((e) => e.rule === rule && e.category === 'markup')).toBe(true);
    expect(restore(result)).toBe(raw);
  });

  it('leaves the text after an opening tag that never closes', () => {
    expect(clean('The vote was close. <script> Counting ends on Friday.').text).toContain('Counting ends on Friday.');
  });
});

describe('options are validated', () => {
  it.each([
    ['a misspelled rule id', { disable: ['footer/folow-us'] }, /names no rule: "footer\/folow-us".*footer\/follow-us/],
    ['a prefix that matches nothing', { disable: ['nosuch/'] }, /names no rule: "nosuch\/"/],
    ['an unknown language code', { language: 'xyz' }, /known language.*eng.*"xyz"/],
    ['a language that is not a code', { language: 'English' }, /ISO 639-3/],
  ])('rejects %s with a RangeError that lists the known values', (_why, options, message) => {
    expect(() => clean('Text.', options)).toThrow(RangeError);
    expect(() => clean('Text.', options)).toThrow(message);
  });

  it.each([
    [
      'an inline rule without find',
      { type: 'inline', id: 'x/y', category: 'x', description: '' },
      /'x\/y' of type 'inline' needs a find\(\)/,
    ],
    ['a block rule without match', { type: 'block', id: 'x/z', category: 'x', description: '' }, /needs a match\(\)/],
    ['a rule of an unknown type', { type: 'nope', id: 'x/w' }, /not a rule/],
    [
      'a block rule whose maxLength is no number',
      { type: 'block', id: 'x/v', category: 'x', description: '', maxLength: '80', match: (): null => null },
      /'x\/v' has a maxLength/,
    ],
    [
      'a block rule whose textOnly is no boolean',
      { type: 'block', id: 'x/t', category: 'x', description: '', textOnly: 'yes', match: (): null => null },
      /'x\/t' has a textOnly/,
    ],
    [
      'an inline rule whose requiresChars is no list of strings',
      { type: 'inline', id: 'x/u', category: 'x', description: '', requiresChars: '<', find: () => [] },
      /'x\/u' has a requiresChars/,
    ],
  ])('rejects %s clearly', (_why, rule, message) => {
    expect(() => clean('Text.', { rules: [...DEFAULT_RULES, rule as unknown as CleanRule] })).toThrow(TypeError);
    expect(() => clean('Text.', { rules: [...DEFAULT_RULES, rule as unknown as CleanRule] })).toThrow(message);
  });

  it('accepts known ids, prefixes and codes', () => {
    expect(() =>
      clean('Text.', { disable: ['footer/follow-us', 'translation/', 'page/comments'], language: 'por' }),
    ).not.toThrow();
  });
});

describe("a block rule's maxLength", () => {
  // The runner does not ask the rule about a longer block; shorter ones and exactly
  // maxLength are asked as before.
  const asked: string[] = [];
  const rule: CleanRule = {
    type: 'block',
    id: 'test/short-lines',
    category: 'test',
    description: 'Removes every block it is asked about',
    maxLength: 12,
    match: (block) => (asked.push(block.text), {}),
  };
  it.each([
    ['Short line.', true],
    ['Twelve chars', true],
    ['A line longer than twelve characters.', false],
  ])('%j asked: %s', (line, expected) => {
    asked.length = 0;
    const result = clean(`${line}\n\nThe council met on Tuesday and voted on the budget for next year.`, {
      rules: [rule],
    });
    expect(asked.includes(line)).toBe(expected);
    expect(result.text.includes(line)).toBe(!expected);
  });
});

describe("a block rule's textOnly", () => {
  // A later block with an earlier block's text takes that block's answer without a call when
  // the rule declares textOnly and the answer read nothing of the context; else it is asked.
  const asked: string[] = [];
  const rule = (textOnly: boolean, readsContext: boolean): CleanRule => ({
    type: 'block',
    id: 'test/share-lines',
    category: 'test',
    description: 'Removes "Share" lines',
    textOnly,
    match(block, context) {
      asked.push(block.text);
      if (block.text !== 'Share') return null;
      return !readsContext || context.keptBefore(block.index) > 0 ? {} : null;
    },
  });
  const page = 'Share\n\nThe council met on Tuesday.\n\nShare\n\nThe budget passed.\n\nShare';
  // (Reading the removals, the first copy is asked again after the others went, and stays:
  // nothing is kept before it.)
  it.each([
    ['declared, reading no context', rule(true, false), 1, 0],
    ['declared, reading the removals', rule(true, true), 4, 1],
    ['not declared', rule(false, false), 3, 0],
  ])('%s: "Share" asked %i times, %i copies kept', (_why, shareRule, calls, kept) => {
    asked.length = 0;
    const result = clean(page, { rules: [shareRule] });
    expect(asked.filter((text) => text === 'Share')).toHaveLength(calls);
    expect(asked.filter((text) => text !== 'Share')).toHaveLength(2);
    expect(result.text.match(/Share/g) ?? []).toHaveLength(kept);
  });
});

describe('earlierSameText', () => {
  it.each([
    [[], []],
    [['Home'], [-1]],
    [
      ['Home', 'Body.', 'Home', 'Home'],
      [-1, -1, 0, 0],
    ],
    [
      ['Home', 'home', 'Home '],
      [-1, -1, -1],
    ],
  ])('%j → %j', (texts, expected) => {
    expect([...earlierSameText(texts.length, (i) => texts[i]!)]).toEqual(expected);
  });
});

describe('readOncePerText', () => {
  it('reads each distinct text once; repeats take the first read, an undefined one too', () => {
    const texts = ['Home', 'Body.', 'Home', 'Menu', 'Menu'];
    const read: string[] = [];
    const out = readOncePerText(
      texts,
      earlierSameText(texts.length, (i) => texts[i]!),
      (t) => {
        read.push(t);
        return t === 'Menu' ? undefined : t.length;
      },
    );
    expect(out).toEqual([4, 5, 4, undefined, undefined]);
    expect(read).toEqual(['Home', 'Body.', 'Menu']);
  });
});

describe('a paragraph repeated on the page', () => {
  // Inline rules read a repeated raw paragraph once; each copy gets its own exact edits.
  it.each([
    ['a repeated line with markup', 'Vote <b>now</b>', 'Vote now'],
    ['a repeated line with a wrap', 'The council voted on the budget for next year and then\nadjourned', null],
    ['a repeated plain line', 'The council met.', 'The council met.'],
  ])('%s', (_why, line, cleaned) => {
    const raw = `Intro paragraph of the story.\n\n${line}\n\nMiddle paragraph.\n\n${line}\n\nLast.`;
    const result = clean(raw, { rules: DEFAULT_RULES.filter((rule) => rule.type === 'inline') });
    expect(restore(result)).toBe(raw);
    expect(editViolation(raw, result)).toBeNull();
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs[1]).toBe(paragraphs[3]);
    if (cleaned !== null) expect(paragraphs[1]).toBe(cleaned);
  });
});

describe("an inline or flag rule's requiresChars", () => {
  // The runner does not give the rule a paragraph without a character of each set; the
  // others are given as before, and a rule that declares nothing sees every paragraph.
  const seen: string[] = [];
  const inline = (requiresChars?: string[]): CleanRule => ({
    type: 'inline',
    id: 'test/reader',
    category: 'test',
    description: 'Notes every text it is given',
    ...(requiresChars ? { requiresChars } : {}),
    find: (text) => (seen.push(text), []),
  });
  const flag = (requiresChars: string[]): CleanRule => ({
    type: 'flag',
    id: 'flag/test-reader',
    flagKind: 'test',
    description: 'Notes every paragraph it is given',
    requiresChars,
    find: (paragraph) => (seen.push(paragraph), []),
  });
  it.each([
    ['a set it holds', inline(['<']), 'The <b>vote</b> was close.', true],
    ['no character of the set', inline(['<']), 'The vote was close.', false],
    ['one character of a set of several', inline(['‘´`']), 'The mayor´s vote.', true],
    ['both of two sets', inline(['.', '0123456789']), 'On 7. December.', true],
    ['one of two sets only', inline(['.', '0123456789']), 'On December the seventh.', false],
    ['a non-ASCII character', inline(['“']), 'He said “no”.', true],
    ['a non-ASCII character it lacks', inline(['“']), 'He said "no".', false],
    ['no declaration', inline(), 'The vote was close.', true],
    ['an empty list', inline([]), 'The vote was close.', true],
    ['a flag rule with a set it holds', flag([';']), 'Prices rose; wages fell.', true],
    ['a flag rule without', flag([';']), 'Prices rose and wages fell.', false],
  ])('%s: given %j', (_why, rule, paragraph, expected) => {
    seen.length = 0;
    clean(paragraph, { rules: [rule] });
    expect(seen.includes(paragraph)).toBe(expected);
  });
});

describe('restore rejects malformed offsets', () => {
  const good = clean('Putin spoke.\n\nFollow Skai.gr on Google News');
  it.each([
    ['NaN start', { ...good.edits[0]!, start: Number.NaN }],
    ['fractional end', { ...good.edits[0]!, end: 1.5 }],
    ['Infinity end', { ...good.edits[0]!, end: Infinity }],
  ])('%s is a RangeError', (_why, edit) => {
    expect(() => restore({ text: good.text, edits: [edit] })).toThrow(RangeError);
  });
});

describe('edit-dense input keeps a small, restorable edit log', () => {
  it.each([
    ['dots and spaces', '. '],
    ['spaces before commas', 'a , '],
    ['entities', '&amp;'],
  ])('%s', (_why, unit) => {
    const raw = unit.repeat(50_000);
    const result = clean(raw);
    expect(result.edits.length).toBeLessThan(2_000);
    expect(restore(result)).toBe(raw);
    expect(editViolation(raw, result)).toBeNull();
  });
});
