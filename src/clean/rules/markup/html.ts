/**
 * markup/html-tag and markup/html-entity — stray HTML left by a scraper: tags go
 * ("<p>", "</strong>", "<br/>"), entities are decoded ("&amp;" → "&", "&#8217;" → "’").
 * "&lt;" and "&gt;" stay encoded so decoding never creates a new tag.
 */
import { regexEdits, type InlineRule } from '../../rule.js';

const TAG =
  /<\/?(?:p|div|span|br|strong|b|em|i|u|s|a|img|figure|figcaption|iframe|script|style|blockquote|ul|ol|li|h[1-6]|section|article|header|footer|aside|nav|source|video|audio|picture|noscript|small|sup|sub|hr|table|tr|td|th|tbody|thead|font|center|mark|cite|q|time|abbr|ins|del|wbr|label|button|input|form|svg|path|meta|link)(?:\s[^<>\n]{0,1000})?\s*\/?>/gi;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  sbquo: '‚',
  shy: '',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwj: '',
  zwnj: '',
};
// "&amp;amp;" (double-escaped) decodes in one step, so cleaning twice changes nothing.
const ENTITY = /&(?:amp;)*(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

/**
 * Rule `markup/html-tag`: Stray HTML tags are removed (their text stays).
 *
 * @example
 * clean("The <strong>talks</strong> ended.", { rules: [htmlTagRule] }).text; // "The talks ended."
 */
export const htmlTagRule: InlineRule = {
  type: 'inline',
  id: 'markup/html-tag',
  category: 'markup',
  description: 'Stray HTML tags are removed (their text stays)',
  requiresChars: ['<'],
  find: (text) => (text.includes('<') ? regexEdits(TAG, text, (m) => (/^<br/i.test(m[0]) ? ' ' : '')) : []),
};

/**
 * Rule `markup/html-entity`: HTML entities are decoded (except &lt; and &gt;).
 *
 * @example
 * clean("Johnson &amp; Johnson said it&#8217;s ready.", { rules: [htmlEntityRule] }).text; // "Johnson & Johnson said it’s ready."
 */
export const htmlEntityRule: InlineRule = {
  type: 'inline',
  id: 'markup/html-entity',
  category: 'markup',
  description: 'HTML entities are decoded (except &lt; and &gt;)',
  requiresChars: ['&'],
  find: (text) => (text.includes('&') ? regexEdits(ENTITY, text, (m) => decode(m[1]!)) : []),
};

function decode(name: string): string | null {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    // No NUL, controls, surrogates, '<' '>' '&' or out-of-range code points.
    if (
      !(code >= 0x20 && code <= 0x10ffff) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0x3c ||
      code === 0x3e ||
      code === 0x26 ||
      (code >= 0x7f && code < 0xa0)
    )
      return null;
    return String.fromCodePoint(code);
  }
  const lower = name.toLowerCase();
  return name === lower || name === name.toUpperCase() ? (NAMED[lower] ?? null) : (NAMED[name] ?? null);
}
