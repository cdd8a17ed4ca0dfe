/**
 * metadata/outlet-* — the publication a page belongs to, where the page names it (the
 * `<title>` suffix is read by metadata/title, a byline's "…, CNN" by metadata/byline):
 * - the masthead: the logo's text on the page's first line, with only header buttons after
 *   it ("Coast Herald Menu Search", "Coast Herald Share");
 * - the footer: the name in a copyright notice ("© 2024 The Coast Herald. All rights
 *   reserved", "© The Coast Herald (www.example.com)"), or a short Latin name line just
 *   above a notice written in another script ("the coast herald" over an Arabic notice);
 *   a wire agency named there goes to metadata.agency instead;
 * - the story itself, when the outlet speaks of its own reporting: "At COAST HERALD we have
 *   covered …", "In The Coast Herald we tell you …" (outside quotation marks).
 * They read the page and remove nothing.
 */
import { isWireAgency } from '../../../lexicon/news-agencies.js';
import type { BlockContext, MetadataPatch, MetadataRule } from '../../rule.js';
import { isChromeLine } from './head.js';

// Header buttons printed beside the logo.
const HEADER_BUTTONS =
  '(?:Share|Menu|Search|Subscribe|Sign in|Sign In|Log in|Log In|Login|Home|Open menu|Close|Navigation|Sections)';
const MASTHEAD = new RegExp(
  `^((?:The\\s+)?\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'’-]*){0,3}?)((?:\\s+${HEADER_BUTTONS})+)$`,
  'u',
);
const NAME =
  "(?:The\\s+)?\\p{Lu}[\\p{L}\\d&'’-]*(?:\\.\\p{L}+)*(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[\\p{L}\\d&'’-]*(?:\\.\\p{L}+)*){0,5}";
// "© 2024 The Coast Herald. All rights reserved", "Copyright (c) 2021-2024 Coast Herald Ltd"
const COPYRIGHT = new RegExp(
  `(?:©|\\(c\\)|\\bcopyright\\b)\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?,?\\s*)?(?:by\\s+)?(${NAME})(?=\\s*[.,(|®]|\\s+[–—-]\\s|\\s*$|\\s+(?:19|20)\\d{2}\\b|\\s+all rights)`,
  'iu',
);
const COPYRIGHT_SIGN = /©|\(c\)|\bcopyright\b/i;
const LEGAL_SUFFIX = /\s+(?:Ltd|Limited|Inc|LLC|GmbH|AG|S\.?A|plc|Co|Corp|Pty|Group|Media Group)\.?$/;
const NAME_TAIL = /\s+(?:all rights reserved|unless otherwise noted)\b.*$/i;
const FOOTER_LINKS =
  /\b(?:privacy|terms|contact|about|cookies?|advertise|advertising|sitemap|subscribe|careers|jobs|help|imprint|impressum|legal|home|menu|search|share|follow|newsletter|related|latest|more|top|back|view|site|mobile|rss|feeds?|editorial|guidelines|policy|standards|accessibility|feedback|corrections|faq|team|masthead|login|register|speaking|vacancies)\b/i;
// A notice in a script other than Latin: its name cannot be read, the line above may give it.
const NON_LATIN_NOTICE =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Devanagari}]/u;
const TAIL_BLOCKS = 40;
// The outlet speaking of its own reporting: "At COAST HERALD we have covered …".
const SELF_REFERENCE = new RegExp(
  `(?:^|[.!?]\\s+|,\\s+)(?:In|At|Here at)\\s+(${NAME}),?\\s+we\\s+(?:have\\s+|will\\s+)?(?:tell|told|report|reported|narrate|narrated|explain|explained|bring|brought|cover|covered|inform|informed|follow|followed|keep)\\b`,
  'u',
);
const MIN_NAME_LENGTH = 2;

/**
 * Rule `metadata/outlet-masthead`: The logo's text on the first line, followed only by header buttons ("Coast Herald Menu Search"); goes to metadata.outlet.
 *
 * @example
 * clean('Coast Herald Share\n\nStorm closes every port on the coast\n\nThe storm closed every port on the coast on Monday, officials said.').metadata.outlet; // 'Coast Herald'
 */
export const mastheadOutletRule: MetadataRule = {
  type: 'metadata',
  id: 'metadata/outlet-masthead',
  category: 'outlet',
  description:
    'The logo\'s text on the first line, followed only by header buttons ("Coast Herald Menu Search"); goes to metadata.outlet',
  read(context) {
    const first = context.blocks[0];
    const m = first && first.text.length <= 80 ? MASTHEAD.exec(first.text.trim()) : null;
    return m ? credit(m[1]!) : null;
  },
};

/**
 * Rule `metadata/outlet-footer`: The name in the copyright notice at the end, or a short name line just above it; goes to metadata.outlet (a wire agency to metadata.agency).
 *
 * @example
 * clean('The storm closed every port on the coast on Monday, officials said.\n\n© 2024 The Coast Herald. All rights reserved.').metadata.outlet; // 'The Coast Herald'
 */
export const footerOutletRule: MetadataRule = {
  type: 'metadata',
  id: 'metadata/outlet-footer',
  category: 'outlet',
  description:
    'The name in the copyright notice at the end, or a short name line just above it; goes to metadata.outlet (a wire agency to metadata.agency)',
  read(context) {
    const n = context.blocks.length;
    // The notice closest to the end, among the last blocks, after the story's first paragraph.
    for (let i = n - 1; i >= Math.max(1, n - TAIL_BLOCKS); i--) {
      const text = context.blocks[i]!.text;
      if (text.length > 500 || !COPYRIGHT_SIGN.test(text)) continue;
      if (!context.isRemoved(i) && context.keptAfter(i) > 0 && !isNotice(text)) continue;
      const m = COPYRIGHT.exec(text);
      const name = m ? cleanName(m[1]!) : undefined;
      if (name && name.length >= MIN_NAME_LENGTH) return credit(name);
      return NON_LATIN_NOTICE.test(text) ? nameLineAbove(i, context) : null;
    }
    return null;
  },
};

/**
 * Rule `metadata/outlet-self-reference`: The outlet speaking of its own reporting in the story ("At Coast Herald we have covered …"); goes to metadata.outlet.
 *
 * @example
 * clean('The storm closed every port. At COAST HERALD we have covered the storm hour by hour since Monday.').metadata.outlet; // 'COAST HERALD'
 */
export const selfReferenceOutletRule: MetadataRule = {
  type: 'metadata',
  id: 'metadata/outlet-self-reference',
  category: 'outlet',
  description:
    'The outlet speaking of its own reporting in the story ("At Coast Herald we have covered …"); goes to metadata.outlet',
  read(context) {
    for (let i = 0; i < context.blocks.length; i++) {
      if (context.isRemoved(i)) continue;
      const text = context.blocks[i]!.text;
      const m = SELF_REFERENCE.exec(text);
      if (m && !insideQuote(text, m.index)) return { outlet: m[1]! };
    }
    return null;
  },
};

function isNotice(text: string): boolean {
  return /^(?:©|\(c\)|copyright\b)/i.test(text.trim()) || /all rights reserved/i.test(text);
}

function cleanName(name: string): string | undefined {
  const trimmed = name.replace(NAME_TAIL, '').replace(LEGAL_SUFFIX, '').trim();
  if (/^(?:all rights|copyright)/i.test(trimmed)) return undefined;
  return trimmed;
}

// A short name line of two to four words (not a footer link) at most two blocks above the notice.
function nameLineAbove(index: number, context: BlockContext): MetadataPatch | null {
  for (let j = index - 1; j >= Math.max(0, index - 2); j--) {
    const text = context.blocks[j]!.text.trim();
    if (
      isChromeLine(text) &&
      /\s/.test(text) &&
      /^[\p{L}\d][\p{L}\d .&'’-]*$/u.test(text) &&
      !FOOTER_LINKS.test(text) &&
      /\p{Script=Latin}/u.test(text)
    ) {
      return credit(text);
    }
  }
  return null;
}

function credit(name: string): MetadataPatch {
  return isWireAgency(name) ? { agency: name } : { outlet: name };
}

// An odd number of quotation marks before the position: inside a quotation.
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = (before.match(/[“«]/g) ?? []).length;
  const closes = (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}
