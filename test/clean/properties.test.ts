/**
 * Property tests of clean/restore with fast-check: on arbitrary Unicode (lone surrogates,
 * NUL, bidi controls, CR/LF mixtures) and on "newsy" text built from fragments that trigger
 * the rules, clean never throws, is lossless, keeps an exact edit log and exact flag spans,
 * is idempotent and leaves tidy paragraphs.
 *
 * Where a property fails on exotic generated input only, the generated property is marked
 * `it.fails` with the minimal counterexamples in a comment, and the realistic inputs that
 * break it are pinned in plain regression tables next to it (those fail until the engine
 * is fixed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, restore } from '../../src/clean/index.js';
import { anyText, newsyArticle, newsyText, unicodeText } from './support/arbitraries.js';
import { editViolation, flagViolation, shapeViolation } from './support/invariants.js';

const RUNS = 400;

const ARBITRARIES: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['arbitrary Unicode (lone surrogates, NUL, bidi marks, CR/LF)', unicodeText()],
  ['newsy fragments', newsyText()],
  ['newsy articles (lines and paragraph breaks)', newsyArticle()],
  ['mixtures', anyText()],
];

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(FIXTURE_DIR + name, 'utf8')] as const);

/** The fixture texts in the line-ending and paragraph styles scrapers produce. */
function fixtureVariants(): Array<[string, string]> {
  return FIXTURES.flatMap(([name, raw]) => [
    [name, raw],
    [`${name} (CRLF)`, raw.replace(/\r?\n/g, '\r\n')],
    [`${name} (single newlines)`, raw.replace(/\n\s*\n/g, '\n')],
    [`${name} (leading blank lines, trailing spaces)`, `\n\n  ${raw.replace(/\n/g, ' \n')}\n\n`],
  ]);
}

function idempotenceViolation(raw: string): string | null {
  const once = clean(raw).text;
  const twice = clean(once).text;
  return once === twice ? null : `clean(${JSON.stringify(raw)}).text = ${JSON.stringify(once)}, cleaned again = ${JSON.stringify(twice)}`;
}

describe.each(ARBITRARIES)('clean on %s', (_name, arbitrary) => {
  it('never throws and returns a well-formed result', () => {
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const result = clean(raw);
        expect(typeof result.text).toBe('string');
        expect(Array.isArray(result.edits)).toBe(true);
        expect(Array.isArray(result.flags)).toBe(true);
        expect(typeof result.metadata.language).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('is lossless: restore(clean(x)) === x', () => {
    fc.assert(fc.property(arbitrary, (raw) => restore(clean(raw)) === raw), { numRuns: RUNS });
  });

  it('keeps an exact edit log (before/after slices, order, gaps, kind)', () => {
    fc.assert(fc.property(arbitrary, (raw) => expect(editViolation(raw, clean(raw))).toBeNull()), { numRuns: RUNS });
  });

  it('keeps exact flag spans (text and raw offsets)', () => {
    fc.assert(fc.property(arbitrary, (raw) => expect(flagViolation(raw, clean(raw))).toBeNull()), { numRuns: RUNS });
  });
});

describe('the generators reach the rules (so the properties above are not vacuous)', () => {
  it('newsy input produces edits of every rule family and flags', () => {
    const samples = fc.sample(fc.oneof(newsyText(), newsyArticle()), { numRuns: 600, seed: 42 });
    const families = new Set<string>();
    let flags = 0;
    for (const raw of samples) {
      const result = clean(raw);
      for (const edit of result.edits) families.add(edit.rule.split('/')[0]!);
      flags += result.flags.length;
    }
    for (const family of ['markup', 'translation', 'embed', 'footer', 'related', 'metadata', 'whitespace', 'boilerplate']) {
      expect(families, family).toContain(family);
    }
    expect(flags).toBeGreaterThan(0);
  });
});

describe('edit log and flags on known-tricky inputs', () => {
  const cases = [
    'He said “we will go ”. Department. He reiterated that I was not going.',
    'Presidents Joe Biden and Vladimir Putin they had a call.\r\n\r\nIran‘s “colossal” colossus [said](#) him., in',
    '\ud800\u202e“\u0000[a](#)\u2066 &amp;nbsp;\r\r\n\u2028x',
    'Putin said so.\n\nFollow us on Twitter\nand be the first to know all the news\n\nKeep reading:\nA Headline',
  ];
  it.each(cases)('%j', (raw) => {
    const result = clean(raw);
    expect(restore(result)).toBe(raw);
    expect(editViolation(raw, result)).toBeNull();
    expect(flagViolation(raw, result)).toBeNull();
  });
});

describe('idempotence: clean(clean(x).text).text === clean(x).text', () => {
  it.each(fixtureVariants())('holds on fixture %s', (_name, raw) => {
    expect(idempotenceViolation(raw)).toBeNull();
  });

  // Realistic inputs that are not idempotent today: a second pass still finds work because
  // block rules and the translation repairs read the raw text, where markup (a <p>/<br>
  // tag, a markdown link, an entity) or a soft wrap hides what the rule looks for, or two
  // edits of different rules leave a space that no rule saw. These fail until the engine
  // is fixed (see the report).
  const REALISTIC = [
    // block rules judge the raw block: markup around a chrome line hides it
    'Putin said so.\n\n<p>Advertisement</p>\n\nBiden said so.',
    'Putin said so.\n\n<p>Follow us on Twitter</p>',
    'Putin said so.\n\nSubscribe now<br>',
    'Putin said so.\n\n<strong>Read more:</strong>\n\nSome Headline Here',
    '<h1>Putin and Biden Hold Summit</h1>\n\n<p>By Jane Doe</p>\n\nPutin said so.',
    'Putin said so.\n\nFelix Light contributed reporting.</p>',
    // a soft-wrapped continuation hides a chrome line from a one-line pattern
    'Putin said so.\n\nTags: Russia, Ukraine\nsanctions',
    // a block removed later in the rule order is still "kept" for a tail rule that ran earlier
    'Putin said so.\n\nhttps://www.example.com/2021/12/07/putin-biden\n\n***',
    // repairs read the raw text: a markdown link hides the letter before ‘ / the word before .,
    '[Iran](#)‘s nuclear plan worries Washington.',
    'It rose [sharply](#).,in the east.',
    'Talks began on the [10th](#). January in Geneva.',
    // a space produced by one rule meets a space or punctuation another rule kept
    'Putin said so <br>.',
    'He said “we will go <br>”.',
    'Putin said so&nbsp;!',
    'He said so.&nbsp;\n\nNext paragraph here.',
    '[caption id="a1"] [/caption] Putin said so.',
  ];
  it.each(REALISTIC)('holds on realistic input %j', (raw) => {
    expect(idempotenceViolation(raw)).toBeNull();
  });

  // Fails today on generated input. Minimal counterexamples found by shrinking (besides
  // the realistic ones above), with the rule the second pass applies:
  //   "\u2060!"                      → "!"  → ""   (boilerplate/lone-punctuation after typography/invisible)
  //   "0\t!"                          → "0 !" → "0!" (typography/space-before-punctuation matches ' ' only)
  //   "\u0000\u000b\u00ad"            → "\u0000 " → "\u0000" (tidyRemoval ignores \v, \u2009…)
  //   ".,,.,By Jane Doe"              → ".,.,By Jane Doe" → "..,By Jane Doe" (translation/punctuation-pair)
  //   ", . reiterated that I"         → ",. reiterated that I" → ". reiterated…" (punctuation-pair after space-before-punctuation)
  //   "[Kremlin![photo](x.jpg)](#)"   → "[Kremlin](#)" → "Kremlin" (markup/markdown-link, nested)
  //   "</strong> \nsaid,."            → "</strong> said." → "said." (html-tag dropped: its tidied span overlaps the line-wrap edit)
  //   "<p> https://t.co/x “"          → "https://t.co/x “" → "“" (inline-link dropped: overlaps the tidied tag removal)
  //   "\u2018Iran\u2018sStates\u2018 " → "‘Iran’sStates‘" → "‘Iran’sStates’" (translation/apostrophe: a repaired ‘ does not close the open quote)
  //   "the 10th. Januaryhttps://t.co/x" → "the 10th. January" → "the 10th January" (ordinal-period sees the glued link)
  it.fails('holds on generated input', () => {
    fc.assert(fc.property(anyText(), (raw) => expect(idempotenceViolation(raw)).toBeNull()), { numRuns: RUNS });
  });
});

describe('shape of the cleaned text: trimmed, paragraphs separated by exactly "\\n\\n"', () => {
  it.each(fixtureVariants())('holds on fixture %s', (_name, raw) => {
    expect(shapeViolation(clean(raw).text)).toBeNull();
  });

  it('holds on single-newline, double-newline and leading-blank-line styles alike', () => {
    const paragraphs = ['Putin said so.', 'Biden said so too.', 'They met on Tuesday.'];
    const styles = [paragraphs.join('\n'), paragraphs.join('\n\n'), `\n\n\n${paragraphs.join('\n\n\n')}\n`, paragraphs.join('\r\n'), ` ${paragraphs.join(' \n \n ')} `];
    for (const raw of styles) expect(clean(raw).text).toBe(paragraphs.join('\n\n'));
  });

  // Realistic inputs whose cleaned paragraphs start or end with a space today: a
  // replacement that yields a space (&nbsp;, <br>) at a paragraph edge is not trimmed.
  const REALISTIC = [
    'He said so.&nbsp;\n\nNext paragraph here.',
    'He said so.<br>\n\nNext paragraph here.',
    '<br>He said so.',
    '&nbsp;He said so.',
    'He said so. <br>',
    'The summit was on December 07, 2021<br>\n\nPutin said so.',
    'Putin said so. pic.twitter.com/abc<br>',
    // classic Mac line endings: lone CRs stay in the text instead of becoming breaks
    'Putin said so.\r\rBiden said so too.',
  ];
  it.each(REALISTIC)('holds on realistic input %j', (raw) => {
    expect(shapeViolation(clean(raw).text)).toBeNull();
  });

  // Fails today on generated input. Minimal counterexamples (besides the realistic ones):
  //   "\u200b\u2009\u0000"      → " \u0000"  (invisible removed, the \u2009 it exposes becomes a leading space)
  //   "\u0000\u000b\u00ad"      → "\u0000 "  (same at the end, with \v)
  //   "pic.twitter.com/abc\nmore" → " more"  (the line-wrap space stays after the link on the first line goes)
  //   "<p>\nand “"               → " and “"  (same after a tag)
  //   "“ <br>\n"                 → "“  "     (<br> becomes a space next to a kept space)
  //   "!\r\u2060"                → "!\r"     (a lone CR inside a line is neither a break nor trimmed)
  it.fails('holds on generated input', () => {
    fc.assert(fc.property(anyText(), (raw) => expect(shapeViolation(clean(raw).text)).toBeNull()), { numRuns: RUNS });
  });
});
