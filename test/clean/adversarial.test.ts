/**
 * Linear time on adversarial input: clean() on 0.5 MB and 1 MB of the same pattern (no
 * newline, or one-character lines) must grow about linearly (ratio < 3 when the input
 * doubles: a quadratic term as large as the linear one at 1 MB reads 3; best-of-N CPU time, so other jobs on the machine do not count). No absolute
 * time is asserted: a CPU-time guard (60 s) only stops a runaway probe. One pattern per
 * regex-heavy rule family (markup, embeds, translation repairs, flags, foreign-language,
 * footers and chrome, whitespace, segmentation). A small probe runs first, so a quadratic regex fails in
 * seconds with its timings instead of hanging the suite.
 */
import { describe, expect, it } from 'vitest';
import { clean, restore } from '../../src/clean/index.js';
import { fill, formatPoints, measureGrowth, type Timing } from './support/timing.js';

/** Deterministic pseudo-random mixture of tokens (a fixed LCG, no Math.random). */
function mixture(tokens: readonly string[], size: number, seed = 7): string {
  const parts: string[] = [];
  let length = 0;
  let state = seed;
  while (length < size) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const token = tokens[state % tokens.length]!;
    parts.push(token);
    length += token.length;
  }
  return parts.join('').slice(0, size);
}

// prettier-ignore
const NEWSY_TOKENS = [
  '“', '”', '‘', '’', '"', '«', '»', '[', ']', '](', '](#)', '(', ')', '<', '>', '</', '<p ', '&', '&amp;', '&nbsp;', '@', '#',
  'http', 'https://', 'http://t.co/', 'pic.twitter.com/', '.,', ',.', '. ', ', ', ' ', ' ', 'Putin ', 'They ', 'Department. ',
  'said ', 'that ', 'I ', 'January ', '10th. ', '13. ', 'Follow ', 'on ', 'Twitter ', '— ', '(@', 'www.', '=', '"',
];

// Each pattern: a family, a name, and how to build `size` characters of it.
const NO_NEWLINE: ReadonlyArray<[string, string, (size: number) => string]> = [
  ['mixed', 'newsy token soup (quotes, brackets, @, http, ](, <, &, .,)', (n) => mixture(NEWSY_TOKENS, n)],
  ['markup', 'quote marks', (n) => fill('“a” ‘b’ "c" «d» „e“ ”Said ', n)],
  ['markup', 'markdown links and brackets', (n) => fill('[a](#) ![x](y.jpg) [[ ]] ](# [b]( ', n)],
  ['markup', 'unclosed markdown link targets', (n) => fill('[a](' + 'x'.repeat(60), n)],
  [
    'markup',
    'autolinks and unclosed angle brackets',
    (n) => fill('<https://a.b/c> <http://' + 'x'.repeat(50) + ' <www.', n),
  ],
  [
    'markup',
    'HTML tags with long attributes',
    (n) => fill('<p class="' + 'x'.repeat(80) + '"> <br/> </strong> <a ', n),
  ],
  ['markup', 'entities and double-escaped entities', (n) => fill('&amp;amp;nbsp; &#8217; &#x27; &lt; & &foo ', n)],
  ['markup', 'shortcode-like attribute chain without ]', (n) => 'x' + fill(' a=[ab', n)],
  ['embed', '@ and http and t.co links', (n) => fill('@user http https://x.co/ http://t.co/ab pic.twitter.com/x ', n)],
  ['embed', 'tweet signature shapes', (n) => fill('— Name (@handle) December 7, 2021 ', n)],
  [
    'translation',
    'repair targets (apostrophes, quote spacing, .,, ordinals)',
    (n) => fill('Iran‘s States‘ measures”Said wants ”. him., said,. the 10th. January 13. and ', n),
  ],
  ['translation', 'long letter run with a .,', (n) => fill('a', n - 3) + ' .,'],
  ['translation', 'long run of spaces between words (and one " ." later)', (n) => `a${' '.repeat(n - 5)}b .x`],
  ['translation', 'spaces before closing quotes', (n) => fill('“a' + ' '.repeat(20) + '” ', n)],
  ['flags', 'capitalised words and pronouns', (n) => fill('Putin Biden Lavrov They Had ', n)],
  [
    'flags',
    'one-word sentences and reported speech',
    (n) => fill('It rained. Department. He said that I was. “colossal” colossus ', n),
  ],
  ['flags', 'long word', (n) => 'A' + fill('b', n - 3) + ' x'],
  ['flags', 'sentence end, long run of carriage returns, capitalised word', (n) => `a.${'\r'.repeat(n - 5)}Bb.`],
  ['foreign-language', 'Cyrillic', (n) => fill('Путин сказал, что Россия не нападёт. ', n)],
  [
    'foreign-language',
    'Latin, not English',
    (n) => fill('el presidente dijo que la guerra no es una opción y de los ', n),
  ],
  [
    'footers',
    'chrome phrases glued in one line',
    (n) => fill('Follow us on Twitter Keep reading: Advertisement Source-www.x.com Photo: AP By Jane Doe ', n),
  ],
  ['whitespace', 'tabs, no-break spaces and &nbsp; between words', (n) => fill('a\t \u00a0&nbsp;\u2009', n)],
  ['whitespace', 'long run of tabs and spaces between words', (n) => `a${fill('\t ', n - 2)}b`],
  [
    'whitespace',
    'invisible characters and bidi marks',
    (n) => fill('a\u200b\ufeff\u00ad\u2060\u200e\u202e\u2066b ', n),
  ],
];

// Lines shaped like chrome that block rules test one by one (each under their length
// guard): the cost per line must not blow up on whitespace runs inside the line.
const CHROME_LINES: ReadonlyArray<[string, string, (size: number) => string]> = [
  [
    'metadata',
    'dateline-shaped lines with a run of spaces',
    (n) => fill(`December 7, 2021 10:30${' '.repeat(70)}x\n`, n),
  ],
  ['boilerplate', 'clock-time lines with a run of spaces', (n) => fill(`10:30${' '.repeat(280)}x\n`, n)],
  [
    'boilerplate',
    'clock-time lines between removed prose-shaped lines',
    (n) => fill('12:05\n\nSign in with one of the accounts below to leave a reply here.\n\n', n),
  ],
  [
    'clean',
    'short foreign paragraphs (the short-page language vote)',
    (n) => fill('El consejo aprobó el plan de la ciudad ayer.\n\n', n),
  ],
  [
    'metadata',
    'lines of stamps',
    (n) => fill('Updated Mar 3, 9:15 AM; Posted Mar 3, 8:10 AM; Updated an hour ago\n\n', n),
  ],
  ['metadata', 'byline-shaped lines', (n) => fill(`By ${'Aa '.repeat(60)}x\n`, n)],
  ['embed', 'tweet-signature-shaped lines', (n) => fill(`— ${'a'.repeat(118)}(@${'b'.repeat(49)}x\n`, n)],
  ['credit', 'contributor-shaped lines', (n) => fill(`${'A B C D, '.repeat(30)}x\n`, n)],
];

const LINES: ReadonlyArray<[string, string, (size: number) => string]> = [
  ['segment', '1-char lowercase lines (every line a soft wrap)', (n) => fill('a\n', n)],
  ['segment', '1-char capitalised lines (every line a block)', (n) => fill('A\n', n)],
  ['segment', 'lines of punctuation', (n) => fill('.\n', n)],
  ['segment', 'CRLF blank lines', (n) => fill('\r\n', n)],
  [
    'footers',
    'chrome lines (headings, footers, signatures)',
    (n) =>
      fill(
        'Keep reading:\nA Headline\nFollow us on Twitter\nand be the first to know\n— Name (@h) December 7, 2021\nPhoto: AP\n',
        n,
      ),
  ],
];

// A growth reading taken while another test file's process runs on the other core can read
// about 4x for a doubling of a multi-megabyte input that measures linear alone (a full CI run
// at 2026-12-02 21:05: 1 → 2 → 4 MB in 0.7 → 2.7 → 9.8 s CPU; the same case alone: 1.0 → 1.9 s).
// Each growth test is tried once more on a failure: a quadratic rule fails both runs.
const GROWTH = { retry: 1 };

// 0.5 → 1 MB, not 1 → 2 MB: the same judgement of growth at half the suite's time (38 cases
// were 70 s of a CI run).
const FULL_SIZES = [500_000, 1_000_000];

function check(make: (size: number) => string) {
  const report = measureGrowth(make, (input) => clean(input), { full: FULL_SIZES });
  const timings = formatPoints(report.points);
  expect(report.problem, `${report.problem} [${timings}]`).toBeUndefined();
  const [[half], [whole]] = report.points.slice(-2) as [[number, Timing], [number, Timing]];
  expect([half, whole]).toEqual(FULL_SIZES);
  // the 0.5 MB → 1 MB step as measureGrowth judged it (a noisy first reading re-measured)
  expect(report.lastGrowth, timings).toBeLessThan(3);
}

describe('clean runs in linear time on 1 MB without a newline', GROWTH, () => {
  it.each(NO_NEWLINE)('%s: %s', (_family, _name, make) => check(make));
});

describe('clean runs in linear time on 1 MB of chrome-shaped lines', GROWTH, () => {
  it.each(CHROME_LINES)('%s: %s', (_family, _name, make) => check(make));
});

describe('clean runs in linear time on 1 MB of short lines', GROWTH, () => {
  // One block (and one paragraph-break edit) per line: half a million blocks take seconds even
  // when linear; only the growth is judged.
  it.each(LINES)('%s: %s', (_family, _name, make) => check(make));
});

describe('adversarial inputs stay lossless', () => {
  it.each([...NO_NEWLINE, ...CHROME_LINES, ...LINES])('%s: %s', (_family, _name, make) => {
    const raw = make(20_000);
    expect(restore(clean(raw))).toBe(raw);
  });
});

describe('measureGrowth itself', () => {
  // a nested loop over the input: 4x per doubling, which the judge must report
  const quadratic = (input: string): number => {
    let sum = 0;
    for (let i = 0; i < input.length; i++) for (let j = i; j < input.length; j++) sum += input.charCodeAt(j) & 1;
    return sum;
  };
  const linear = (input: string): number => {
    let sum = 0;
    for (let r = 0; r < 2000; r++) for (let i = 0; i < input.length; i++) sum += input.charCodeAt(i) & 1;
    return sum;
  };
  const sizes = { probe: [4_000, 8_000, 16_000], full: [32_000], floorMs: 5 };
  it.each([
    ['reports a quadratic function', quadratic, true],
    ['passes a linear one', linear, false],
  ] as const)('%s', (_name, fn, flagged) => {
    const report = measureGrowth((n) => fill('ab ', n), fn, sizes);
    expect(report.problem !== undefined, formatPoints(report.points)).toBe(flagged);
  });
});
