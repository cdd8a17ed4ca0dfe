/**
 * metadata/title — the headline at the top of a scraped page: the first kept block (or the
 * first longer line under a few short chrome lines: section labels, breadcrumbs, "Skip to
 * main content"), headline shaped (Title Case, or a sentence-case line of 3–25 words
 * without a final period; a leading "…" is allowed), with evidence after it that this is a
 * page head: a line another metadata rule removed (byline, dateline, photo credit) right
 * after it or after one standfirst, a wire dateline opening the next paragraph ("MOSCOW,
 * Dec 7 (Reuters) - …", or after one standfirst "MANILA, Philippines — …"), the same
 * headline repeated on the next line (a page's `<title>` above its `<h1>`: both go, and the
 * copy that kept its punctuation is the title), or
 * prose right under it (a paragraph of 15 or more words ending like a sentence, under a
 * headline of 5–15 words without a comma, written in headlinese: no leading article and one
 * article at most; not after a standfirst). The prose evidence is
 * kept narrow because an earlier cleaning can leave a standfirst on top of prose: read as
 * a headline, it would make cleaning twice change the text again. For the same reason a
 * headline over a standfirst stays in the body when that standfirst, once on top of the
 * cleaned text, would read as a headline itself (headline shaped, over a wire dateline or,
 * headlinese, over prose). A first line that ends like a sentence, or with nothing like
 * prose or a page head after it, stays in the body.
 *
 * A " | Outlet" or " - Outlet" suffix (the `<title>` form) is cut off the title and names
 * the outlet.
 *
 * The lifted title is the line with its markup and apostrophe damage repaired
 * ("<h1>Turkey‘s economy</h1>" → "Turkey’s economy"), the same repairs the body gets (a
 * block rule already reads the repaired text inside `clean`; `repairTitle` keeps the rule
 * right when called on raw blocks too).
 */
import type { BlockContext, BlockRule, InlineRule } from '../../rule.js';
import { isHeadlineShaped, isTitleShaped, moreWordsThan, splitCount } from '../../shape.js';
import { htmlEntityRule, htmlTagRule } from '../markup/html.js';
import { markdownLinkRule } from '../markup/markdown-link.js';
import { apostropheRule } from '../translation/apostrophe.js';
import { spacesRule } from '../whitespace/spaces.js';
import { contentBefore, isChromeLine } from './head.js';
import { readWireDateline } from './wire-dateline.js';
import { isDatedHeaderLine, readDateline } from './dateline.js';

const METADATA_RULES = /^(?:metadata\/|credit\/)/;
const LOOK_AHEAD = 8;
const MAX_STANDFIRST_WORDS = 60;
const MIN_PROSE_WORDS = 15;
const MAX_PROSE_TITLE_TOKENS = 15;
const PROSE_END = /[.!?"”’»)][\s.,;]*$/;
const MAX_HEAD_INDEX = 16;
const MAX_LENGTH = 400;
// Under chrome lines, a headline is longer than any of them; with only prose after it, too.
const MIN_TOKENS_UNDER_CHROME = 5;
// "Headline | Outlet", "Headline - Outlet": a suffix of 1–5 capitalised words.
const OUTLET_SUFFIX =
  /^(.{15,}?)\s+(?:\||[-–—]|::)\s+((?:The\s+)?[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d.&'’-]*){0,4})$/u;
const LEADING_ELLIPSIS = /^(?:…|\.\.\.)\s?/;
const DIGIT = /\d/;
const TITLE_REPAIRS: readonly InlineRule[] = [
  markdownLinkRule,
  htmlTagRule,
  htmlEntityRule,
  apostropheRule,
  spacesRule,
];

/**
 * A title line with the body's markup and apostrophe repairs applied.
 *
 * @example
 * repairTitle('<h1>Turkey‘s economy &amp; the lira</h1>'); // 'Turkey’s economy & the lira'
 */
export function repairTitle(text: string): string {
  let out = text;
  for (const rule of TITLE_REPAIRS) {
    const edits = rule.find(out, { isFirst: false, language: 'und' });
    for (let k = edits.length - 1; k >= 0; k--)
      out = out.slice(0, edits[k]!.start) + edits[k]!.after + out.slice(edits[k]!.end);
  }
  return out.trim();
}

/**
 * Rule `metadata/title`: Headline at the top, followed by a byline, dateline, credit or wire dateline; goes to metadata.title.
 *
 * @example
 * clean("Putin and Biden Hold Talks\n\nBy Jane Doe\n\nPutin spoke.", { rules: [bylineRule, titleRule] }).text; // "Putin spoke."
 */
export const titleRule: BlockRule = {
  type: 'block',
  id: 'metadata/title',
  category: 'title',
  description: 'Headline at the top, followed by a byline, dateline, credit or wire dateline; goes to metadata.title',
  maxLength: MAX_LENGTH,
  match(block, context) {
    if (block.text.length > MAX_LENGTH || block.index >= MAX_HEAD_INDEX) return null;
    const first = context.keptBefore(block.index) === 0;
    // Under chrome lines only: the first line longer than they are.
    if (!first && (contentBefore(block.index, context) > 0 || isChromeLine(block.text))) return null;
    if (!first && splitCount(block.text, MIN_TOKENS_UNDER_CHROME) < MIN_TOKENS_UNDER_CHROME) return null;
    // One title per article: a later pass must not take the standfirst as a second one.
    for (let j = 0; j < block.index; j++) if (context.removedBy(j) === 'metadata/title') return null;
    const repaired = repairTitle(block.text);
    // A headline cut at its start ("…scores 80 to win") is shaped like the rest of it.
    const cut = repaired.replace(LEADING_ELLIPSIS, '');
    const shape = cut === repaired ? repaired : cut.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    // isTitleShaped first (both pure; it is the cheaper and holds for most headlines).
    if (/:$/.test(shape) || (!isTitleShaped(shape) && !isHeadlineShaped(shape))) return null;
    // A stamp line is no headline, however it is shaped ("Kamis, 22 Feb 2024 15:10 WIB"): left
    // to the dateline rule when the chrome above the headline is gone.
    if (DIGIT.test(block.text) && (readDateline(block.text) !== null || isDatedHeaderLine(block.text))) return null;
    // A chrome line at the top ("Skip to main content") with a longer headline under it.
    if (first && isChromeLine(block.text) && headlineNext(block.index, context)) return null;
    const repeat = repeatedAfter(block.index, repaired, context);
    // The line that will be on top of the cleaned text must not read as a headline there:
    // cleaning the text again would lift it out of the body.
    if (headlineOnTop(repeat ?? block.index, context)) return null;
    // splitOutlet reads the text only: split where the answer is a title, not before.
    if (repeat !== undefined) {
      const { title, outlet } = splitOutlet(repaired);
      const copy = splitOutlet(repairTitle(context.blocks[repeat]!.text));
      const fuller = marks(copy.title) > marks(title) ? copy.title : title;
      return { through: repeat, metadata: withOutlet({ title: fuller }, outlet ?? copy.outlet) };
    }
    if (!hasHeadEvidenceAfter(block.index, context)) return null;
    const { title, outlet } = splitOutlet(repaired);
    return { metadata: withOutlet({ title }, outlet) };
  },
};

/**
 * Splits a `<title>`-style " | Outlet" or " - Outlet" suffix off a headline.
 *
 * @example
 * splitOutlet('Storm closes ports | The Coast Herald'); // { title: 'Storm closes ports', outlet: 'The Coast Herald' }
 * splitOutlet('Storm closes ports - live updates');     // { title: 'Storm closes ports - live updates' }
 */
export function splitOutlet(text: string): { title: string; outlet?: string } {
  const m = OUTLET_SUFFIX.exec(text);
  if (!m || (!isTitleShaped(m[1]!) && !isHeadlineShaped(m[1]!))) return { title: text };
  return { title: m[1]!.trim(), outlet: m[2]!.trim() };
}

function headlineNext(index: number, context: BlockContext): boolean {
  for (let j = index + 1; j < context.blocks.length && j <= index + LOOK_AHEAD; j++) {
    if (context.isRemoved(j)) continue;
    const text = context.blocks[j]!.text;
    return !isChromeLine(text) && (isTitleShaped(text) || isHeadlineShaped(text));
  }
  return false;
}

function withOutlet(metadata: { title: string }, outlet: string | undefined) {
  return outlet ? { ...metadata, outlet } : metadata;
}

// The same headline on the next kept line (letters compared, accents and punctuation aside).
// The title's letters are made once, and only when a kept line follows.
function repeatedAfter(index: number, title: string, context: BlockContext): number | undefined {
  for (let j = index + 1; j < context.blocks.length && j <= index + 2; j++) {
    if (context.isRemoved(j)) continue;
    const own = letters(title);
    if (own.length < 10) return undefined;
    const next = context.blocks[j]!.text;
    return asciiAlnumMoreThan(next, own.length) || letters(next) !== own ? undefined : j;
  }
  return undefined;
}

// True when the text holds more than `n` ASCII letters and digits. Each one is a character
// of its `letters` (NFD leaves it alone, the filter keeps it, lowercase keeps it one
// character): a longer line cannot fold to a title of `n` letters. Stops at n + 1.
function asciiAlnumMoreThan(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20; // A–Z onto a–z; nothing else lands there
    if (((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39)) && ++count > n) return true;
  }
  return false;
}

// Of two copies of one headline the title is the one that kept its punctuation: the other is
// a folded form (a `<title>` or slug stripped of its commas). Accents decide nothing: a name
// transliterated with or without them ("Sete", "Sète") is a spelling an outlet chooses. On a
// tie the first copy stays the title.
function marks(text: string): number {
  return text.replace(/[^\p{P}]/gu, '').length;
}

function letters(text: string): string {
  // On ASCII text and general punctuation (’ “ ” — …: no letters or digits, nothing NFD
  // turns into one) the letters are A–Z, a–z and 0–9: the same string without normalize.
  if (ASCII_OR_PUNCTUATION.test(text)) return text.replace(NOT_ASCII_ALNUM, '').toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[^\p{L}\d]/gu, '')
    .toLowerCase();
}

const ASCII_OR_PUNCTUATION = /^[\0-\x7f\u2000-\u206f]*$/;
const NOT_ASCII_ALNUM = /[^A-Za-z0-9]/g;

// A metadata line among the next blocks, with at most one kept standfirst before it; a
// wire dateline opening the first kept block after the title; or prose after at most one
// standfirst.
function hasHeadEvidenceAfter(index: number, context: BlockContext): boolean {
  // Prose is evidence right under the headline only, and only under a line of 5–15 words
  // without a comma or semicolon: a longer or clause-shaped line over prose is likely a
  // standfirst that an earlier cleaning left on top, and must not read as a headline.
  const longEnough = isProseHeadlineShaped(context.blocks[index]!.text);
  let standfirst = -1;
  for (let j = index + 1; j < context.blocks.length && j <= index + LOOK_AHEAD; j++) {
    const removedBy = context.removedBy(j);
    if (removedBy) {
      if (METADATA_RULES.test(removedBy)) return true;
      continue;
    }
    const text = context.blocks[j]!.text;
    const wire = readWireDateline(text);
    // An ALL-CAPS place with a colon only right under the headline ("NEW DELHI: ").
    if (wire && (standfirst < 0 || !wire.colon)) return true;
    if (standfirst < 0 && longEnough && isProse(text)) return true;
    if (standfirst >= 0 || text.includes('\n') || moreWordsThan(text, MAX_STANDFIRST_WORDS)) return false;
    standfirst = j;
  }
  return false;
}

function isProseHeadlineShaped(text: string): boolean {
  const tokens = splitCount(text, MAX_PROSE_TITLE_TOKENS);
  return (
    tokens >= MIN_TOKENS_UNDER_CHROME && tokens <= MAX_PROSE_TITLE_TOKENS && !/[,;]/.test(text) && isHeadlinese(text)
  );
}

// Would the first kept line after `last` (the headline, or its repeated copy), once the
// head above it is gone, be on top of the cleaned text with a page head's evidence under it
// (a wire dateline, or prose under a headlinese line)? Metadata lines under it are gone by
// then and prove nothing.
function headlineOnTop(last: number, context: BlockContext): boolean {
  let top = nextKept(last, context);
  // A line without a letter (a bare date, a stray quote mark) is not read as a headline, and
  // the rules after this one may remove it: the line under it may be on top.
  while (top !== undefined && !/\p{L}/u.test(context.blocks[top]!.text)) top = nextKept(top, context);
  if (top === undefined) return false;
  const text = repairTitle(context.blocks[top]!.text);
  if (/:$/.test(text) || (!isTitleShaped(text) && !isHeadlineShaped(text))) return false;
  const under = nextKept(top, context);
  if (under === undefined) return false;
  const next = context.blocks[under]!.text;
  return readWireDateline(next) !== null || (isProseHeadlineShaped(text) && isProse(next));
}

function nextKept(index: number, context: BlockContext): number | undefined {
  for (let j = index + 1; j < context.blocks.length; j++) if (!context.isRemoved(j)) return j;
  return undefined;
}

// Headlines drop articles ("Storm closes ports on coast"); standfirsts are written in full
// sentences ("The storm closed the ports along the coast"): no leading article, one at most.
function isHeadlinese(text: string): boolean {
  if (/^(?:the|a|an)\s/i.test(text)) return false;
  return (text.match(/(?:^|\s)(?:the|a|an)(?=\s)/gi) ?? []).length <= 1;
}

function isProse(text: string): boolean {
  return !text.includes('\n') && moreWordsThan(text, MIN_PROSE_WORDS - 1) && PROSE_END.test(text);
}
