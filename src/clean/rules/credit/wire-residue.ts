/**
 * credit/wire-residue — what a wire service's desk leaves at the foot of a story:
 * translator and version credits ("(French version by Jane Doe)", "(Translated by Jane
 * Doe)", "(Adapted by …)"), the unedited-feed note ("(… this story has not been
 * edited by X staff and is published from a syndicated feed.)"), lines carrying instrument or topic codes of the wire's terminal
 * ("* European session reminder: [.EUFR]", "For the markets page <.SPX>"), the bulleted
 * lines of the same desk note around them ("* To follow on Thursday:"), and the slug line a
 * wire story carries through the desk ("BC-US--Budget-Vote, 2nd Ld-Writethru": category and
 * desk codes, a double hyphen, the hyphenated keyword, the version).
 */
import type { BlockRule } from '../../rule.js';
import { charAtIn, charSet, endsSentence, foldedPairAt, moreWordsThan } from '../../shape.js';
import { bylineNames } from '../metadata/byline.js';

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]{0,30}";
const NAMES = `${NAME_WORD}(?:\\s${NAME_WORD}){0,3}(?:\\s?(?:,|and|&|et|y|und)\\s?${NAME_WORD}(?:\\s${NAME_WORD}){0,3}){0,3}`;
const VERSION_CREDIT = new RegExp(
  `^\\(?(?:(?:\\p{L}+ )?version(?: \\p{L}+)?|translat(?:ed|ion)|adapted|adaptation|traduction|traducción|übersetzung)(?: and (?:edited|adapted))?(?: into \\p{L}+)?,?\\s(?:by|par|por|von|:)\\s?${NAMES}\\)?\\.?$`,
  'iu',
);
// Two pieces every VERSION_CREDIT match holds, under its own flags: a keyword, and the "by",
// "par", "por", "von" or ":" after a space. Small patterns are cheap to compile: the large
// one is compiled and run only for a line that has both (the first lines of a process pay
// for every pattern they run).
const VERSION_KEYWORD = /version|translat|adapt|traduc|übersetzung/iu;
const CREDIT_MARKER = /\s(?:by|par|por|von|:)/iu;
// A terminal code: "[.EUFR]", "[nL1N2XYZ]", "<.SPX>", "<LCOc1>", "[O/R]", "[GOL/]" (not "[WATCH]")
const CODE = /\[\.[A-Z0-9]{2,12}\]|\[n[A-Z0-9]{6,14}\]|\[[A-Z]{1,6}\/[A-Z]{0,4}\]|<\.?[A-Z0-9]{2,10}(?:[a-z]\d)?>/;
const BULLET = /^[*•]\s/;
// The note that a story came from a wire's feed unedited: "(Except for the headline, this story
// has not been edited by Example staff and is published from a syndicated feed.)", "(Only the
// headline of this report may have been reworked by Example staff; the rest of the content is
// auto-generated from a syndicated feed.)".
const SYNDICATED_NOTE =
  /^\(?(?:(?:except for|apart from|other than) the headline(?: and picture)?,\s*)?(?:this (?:story|article|report|content) (?:has not been|was not|is not) edited|only the headline\b).{0,200}\b(?:syndicated|agency|wire) feed\b.{0,60}$/iu;
const MAX_NOTE = 400;
// SYNDICATED_NOTE opens, after an optional "(", with except, apart, other, this or only: an e, a,
// o or t in either case (/iu folds no character above ASCII onto these four).
const NOTE_FIRST = charSet('eaotEAOT');
const mayOpenNote = (text: string): boolean => charAtIn(text, text.charCodeAt(0) === 40 /* ( */ ? 1 : 0, NOTE_FIRST);
// "BC-US--Budget-Vote, 2nd Ld-Writethru", "AP-EU--Port-Strike": codes, '--', keyword, version.
const SLUG_LINE =
  /^(?:BC|AP)-[A-Z]{2,4}(?:-[A-Z]{2,4}){0,2}--[\p{L}\d]+(?:-[\p{L}\d]+){0,6}(?:,\s?[\p{L}\d]+(?:[ -][\p{L}\d]+){0,3})?$/u;

// A necessary condition of each pattern above, read from a few characters: most lines fail
// all four and skip the word count and the regexes. Exact: a line that fails it matches none
// of VERSION_CREDIT, CODE, SLUG_LINE, BULLET, and the match answers null.
function mayBeResidue(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 42 /* * */ || first === 0x2022 /* • */) return true; // BULLET
  if (first === 66 /* B */ || first === 65 /* A */) {
    if (text.startsWith('BC-') || text.startsWith('AP-')) return true; // SLUG_LINE
  }
  if (mayBeVersionCredit(text)) return true;
  return text.includes('[') || text.includes('<'); // CODE
}

// VERSION_CREDIT opens (after an optional "(") with its keyword, or with one word and a space
// before "version": the keyword starts with "ve", "tr", "ad" or "ü" in either case, so those
// letters stand first, or a v after the first space. (A character above ASCII is left to the
// pattern; /iu folds none onto these ASCII letters, but it may fold one onto ü.)
const KEYWORD_PAIRS = new Set(['ve', 'tr', 'ad'].map((pair) => foldedPairAt(pair, 0)));
function mayBeVersionCredit(text: string): boolean {
  const at = text.charCodeAt(0) === 40 /* ( */ ? 1 : 0;
  if (text.charCodeAt(at) >= 0x80 || KEYWORD_PAIRS.has(foldedPairAt(text, at))) return true;
  const space = text.indexOf(' ', at);
  if (space < 0) return false;
  const next = text.charCodeAt(space + 1);
  return next >= 0x80 || (next | 0x20) === 0x76;
}

/**
 * Rule `credit/wire-residue`: Wire desk residue: version and translation credits ("(French version by Name)"), lines with terminal codes ("[.EUFR]", "<.SPX>"), the bulleted desk notes beside them, and slug lines ("BC-US--Budget-Vote, 2nd Ld-Writethru").
 *
 * @example
 * clean("Putin spoke.\n\n(French version by Jane Doe)", { rules: [wireResidueRule] }).text; // "Putin spoke."
 */
export const wireResidueRule: BlockRule = {
  type: 'block',
  id: 'credit/wire-residue',
  category: 'credit',
  description:
    'Wire desk residue: version and translation credits ("(French version by Name)"), lines with terminal codes ("[.EUFR]", "<.SPX>"), the bulleted desk notes beside them, and slug lines ("BC-US--Budget-Vote, 2nd Ld-Writethru")',
  textOnly: true,
  maxLength: MAX_NOTE,
  match(block, context) {
    const { text } = block;
    if (text.length <= MAX_NOTE && mayOpenNote(text) && text.includes(' feed') && SYNDICATED_NOTE.test(text)) return {};
    if (text.length > 200 || !mayBeResidue(text) || text.includes('\n') || moreWordsThan(text, 20)) return null;
    if (mayBeVersionCredit(text) && VERSION_KEYWORD.test(text) && CREDIT_MARKER.test(text) && VERSION_CREDIT.test(text))
      return { metadata: { credits: [text.replace(/^\(|\)\.?$/g, '')] } };
    // Each pattern only where its mark is (mayBeResidue's tests, one by one).
    if ((text.includes('[') || text.includes('<')) && CODE.test(text) && !endsSentence(text)) return {};
    if ((text.startsWith('BC-') || text.startsWith('AP-')) && SLUG_LINE.test(text)) return {};
    // A short bulleted note beside a removed code line or credit ("* Follow on Thursday:").
    const first = text.charCodeAt(0); // "*" or "•"
    if (!(first === 42 || first === 0x2022) || !BULLET.test(text) || moreWordsThan(text, 8)) return null;
    const near = [context.removedBy(block.index - 1), context.removedBy(block.index + 1)];
    return near.includes('credit/wire-residue') ? {} : null;
  },
};

// "From CNN's Jane Doe and John Roe": a live blog's credit of one post.
const FROM_OUTLET =
  /^From (?:the )?(\p{Lu}[\p{L}\p{N}.&-]{0,30}(?: \p{Lu}[\p{L}\p{N}.&-]{0,30}){0,2})[’']s? (\p{Lu}.{2,150})$/u;

/**
 * Rule `credit/from-outlet`: A post's contributor credit in a live blog ("From CNN's Jane Doe and John Roe"); the names go to metadata.credits.
 *
 * @example
 * clean("Putin spoke.\n\nFrom Example News' Jane Doe and John Roe", { rules: [fromOutletRule] }).text; // "Putin spoke."
 */
export const fromOutletRule: BlockRule = {
  type: 'block',
  id: 'credit/from-outlet',
  category: 'credit',
  description:
    'A post\'s contributor credit in a live blog ("From CNN\'s Jane Doe and John Roe"); the names go to metadata.credits',
  textOnly: true,
  maxLength: 200,
  match(block) {
    const { text } = block;
    // FROM_OUTLET opens with "From " (case-sensitive): the other lines need no further test.
    if (text.length > 200 || !text.startsWith('From ') || text.includes('\n') || /[.!?:;,]$/.test(text)) return null;
    const m = FROM_OUTLET.exec(text);
    const names = m ? bylineNames(m[2]!) : null;
    return names ? { metadata: { credits: [text.slice(5)] } } : null;
  },
};
