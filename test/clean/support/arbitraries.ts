/**
 * fast-check arbitraries for property tests of the clean stage: arbitrary UTF-16 (lone
 * surrogates, NUL, bidi controls, CR/LF mixtures) and "newsy" text assembled from fragments
 * that trigger the cleaning rules (quotes, brackets, links, entities, chrome lines, dates).
 */
import fc from 'fast-check';

/** Characters that break naive text code: NUL, controls, bidi marks, odd line breaks, invisibles. */
// prettier-ignore
export const AWKWARD_CHARS: readonly string[] = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085',
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  '\r', '\n', '\r\n', '\n\r', '\r\r', '\n\n', '\u2028', '\u2029', '\u000b', '\u000c',
  '\t', ' ', '\u00a0', '\u2009', '\u3000', '\u200b', '\ufeff', '\u00ad', '\u2060',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\ud83d', '\ude00',
];

/** One UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** One full Unicode code point (astral planes included). */
const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

/**
 * Arbitrary Unicode text: code points, raw UTF-16 code units (lone surrogates), awkward
 * characters and printable ASCII, mixed.
 *
 * @example
 * fc.assert(fc.property(unicodeText(), (x) => restore(clean(x)) === x));
 */
export function unicodeText(maxLength = 120): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: codePoint },
    { weight: 2, arbitrary: codeUnit },
    { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_CHARS) },
  );
  return fc.string({ unit, maxLength });
}

/** Fragments of scraped news that the rules react to. */
export const NEWSY_FRAGMENTS: readonly string[] = [
  // quotes and brackets
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  '„',
  '´',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '](',
  '](#)',
  '![',
  '{',
  '}',
  '[ ',
  ' ](#)',
  // markup and entities
  '&amp;',
  '&nbsp;',
  '&amp;nbsp;',
  '&#8217;',
  '&#x27;',
  '&lt;',
  '&',
  ';',
  '<p>',
  '</p>',
  '<br>',
  '<br/>',
  '</strong>',
  '<a href="x">',
  '<https://example.com/a>',
  '[said](#)',
  '![photo](x.jpg)',
  '[see_also ids="12"]',
  '[/caption]',
  '[sic]',
  // links and handles
  '#',
  '@',
  '@handle',
  'http://',
  'https://',
  'https://t.co/x',
  'pic.twitter.com/abc',
  'twitter.com/x/status/1',
  'www.',
  '.com',
  '/2021/12/07/',
  // chrome and metadata lines
  'Follow X on Twitter',
  'Follow us on Google News',
  'and be the first to know all the news',
  'Keep reading:',
  'Read more:',
  'Related',
  'See also',
  'Advertisement',
  'Share',
  'Embed:',
  'By Jane Doe',
  'By [Jane Doe](#)',
  'December 07, 2021',
  '7 December 2021',
  '2021-12-07',
  'Photo: AP',
  'Getty Images',
  'kremlin.ru',
  'Source-www.infobae.com',
  'Original url:',
  'Felix Light contributed reporting.',
  '— Name (@handle) December 7, 2021',
  '2 hours ago',
  'Tags: Russia, Ukraine',
  'Subscribe now',
  'Cookies policy accept',
  // translation damage
  'Iran‘s',
  'States‘ ',
  'measures”Said',
  ' ”.',
  'him., in',
  'said,.',
  'the 10th. January',
  'January 13. and',
  'Department.',
  '“colossal” colossus',
  'reiterated that I',
  'Putin they had',
  'Presidents Joe Biden and Vladimir Putin they had',
  // punctuation and whitespace
  '—',
  '–',
  '-',
  '.',
  ',',
  '.,',
  ',.',
  '...',
  '…',
  ':',
  '!',
  '?',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  // words
  'the',
  'said',
  'and',
  'a',
  'of',
  'to',
  'that',
  'in',
  'was',
  'he',
  'they',
  'news',
  'money',
  'follow',
  'more',
  'Putin',
  'Biden',
  'Kremlin',
  'Ukraine',
  'Moscow',
  'The',
  'He',
  'They',
  'Mr.',
  'U.S.',
  'January',
  'Dec.',
  '10th',
  '13',
  '2021',
  // name structure: openers and their links, designators, suffixes, kinds of company
  'Center',
  'Ministry',
  'for',
  'of the',
  'Inc',
  'Jr.',
  'company',
  'Both',
  'North',
  'American',
  'Chief',
  'Officer',
  'Путин',
  'сказал',
  'что',
  'в',
  'Россия',
  'Καλημέρα',
  '東京',
];

/**
 * Text assembled from newsy fragments, joined without separators (the fragments carry
 * their own spaces and newlines).
 *
 * @example
 * fc.sample(newsyText(), 1); // ['Keep reading:\n“Putin said,.  [said](#)']
 */
export function newsyText(maxFragments = 60): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...NEWSY_FRAGMENTS), { maxLength: maxFragments }).map((parts) => parts.join(''));
}

/**
 * Newsy paragraphs: lines of fragments separated by single or double newlines, the shape
 * of a scraped article (so block rules about heads, tails and headings fire).
 */
export function newsyArticle(): fc.Arbitrary<string> {
  const line = fc
    .array(fc.constantFrom(...NEWSY_FRAGMENTS.filter((f) => !f.includes('\n'))), { minLength: 1, maxLength: 14 })
    .map((parts) => parts.join(' '));
  const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\n \n', ' \n');
  return fc.array(fc.tuple(line, separator), { maxLength: 10 }).map((pairs) => pairs.map(([l, s]) => l + s).join(''));
}

/** Everything at once: arbitrary Unicode, newsy fragments, newsy articles and mixtures. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(
    unicodeText(),
    newsyText(),
    newsyArticle(),
    fc.tuple(newsyText(25), unicodeText(30), newsyText(25)).map(([a, b, c]) => a + b + c),
  );
}
