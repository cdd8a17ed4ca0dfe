/**
 * More photo captions, each recognised by evidence a body paragraph does not carry:
 * - a parenthesised credit glued to the last sentence or labelled ("… these Games.(AP Photo:
 *   Jane Doe)", "… victory. (Getty Images: Agency/Jane Doe)", "… on May 2. (-/AFP/Getty Images)");
 * - a trailing "<Org> photo by <Name>" or "Source: <Name> / <Name>" credit;
 * - a one- or two-word agency fragment after the last full stop ("… last month. yonhap news");
 * - the wording of captions ("… is photographed at …", "in this file photo", "(L)");
 * - a caption echoed: the same words again as the start of the next block, which is a
 *   caption with its credit (lazy-loaded pictures print the caption twice).
 * The credit goes to metadata.credits.
 */
import { nearestKeptAbove, type BlockContext, type BlockRule } from '../../rule.js';
import { trailingAgency } from './caption-tail.js';
import { isWhitespace, trailingLetters } from '../../../core/word-scan.js';
import { capitalAfterLastSlash, charAtIn, endsSentence, SENTENCE_MARK_OR_QUOTE, moreWordsThan } from '../../shape.js';
import { NAME_PARTICLE_PATTERN } from '../../../lexicon/name-parts.js';

const MAX_CAPTION_WORDS = 70;
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]{0,30}";
const NAMES = `${NAME_WORD}(?:\\s${NAME_WORD}){0,4}`;
// "(AP Photo: Jane Doe)", "(Getty Images: Corbis/Jane Doe)", "(-/AFP/Getty Images)", glued or spaced.
const PAREN_CREDIT = /[.!?]["”’]?\s?\(([^()\n]{2,80})\)$/u;
// "Coast Guard photo by Lt. Jane Doe", "Photo by Jane Doe", "photo courtesy of Jane Doe"
const PHOTO_BY = new RegExp(
  `(?:^|[\\s:(])((?:${NAME_WORD}\\s){0,4}(?:[Pp]hoto|[Pp]icture|[Ii]mage|PHOTO)s?\\s(?:by|courtesy(?: of)?)\\s${NAMES})\\)?$`,
  'u',
);
// "… the crisis. Source: Agency / Jane Doe"
const SOURCE_SLASH = new RegExp(
  `[.!?]["”’]?\\s+((?:[Ss]ource|[Cc]redit|[Pp]hoto|SOURCE|PHOTO)\\s?:\\s?${NAMES}(?:\\s?\\/\\s?${NAMES}){1,3})$`,
  'u',
);
// "… last month. yonhap news": a lower-case agency fragment after the last sentence.
const AGENCY_FRAGMENT = /[.!?]["”’]?\s+((?:\p{L}+\s)?(?:news|photo|press|agency|images))$/iu;
// AGENCY_FRAGMENT's last words: the line must end in one (any case) for it to match.
const AGENCY_WORDS = ['news', 'photo', 'press', 'agency', 'images'];
const CAPTION_WORDING =
  /\b(?:is|are) (?:being )?(?:photographed|pictured)\b|\bposes? for (?:a )?(?:photo|picture|portrait)s?\b|\bin this (?:file |handout |undated )?(?:photo|picture|image|photograph)\b|\bthis (?:file |handout )?(?:photo|picture|image|photograph) (?:taken|released|provided|shows)\b|\((?:L|R|C|left|right|cent(?:re|er))\)/iu;
// Cheap pre-check: every caption phrase holds one of these.
const CAPTION_CUE = /photo|pictur|\((?:[LRC]|left|right|cent)/i;
// Every cue holds a "(" or a "p" followed by "h" or "i" (either case; /i without u folds no other
// character onto them): a few single-character searches before the regex's scan of the line.
function mayHoldCue(text: string): boolean {
  return text.includes('(') || pFollowedByHOrI(text, 'p') || pFollowedByHOrI(text, 'P');
}
function pFollowedByHOrI(text: string, p: string): boolean {
  for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
    const next = text.charCodeAt(at + 1) | 0x20; // h or i, either case
    if (next === 0x68 || next === 0x69) return true;
  }
  return false;
}
const SENTENCE_BREAK = /[.!?]["”’]?\s+["“‘'(]?\p{Lu}/u;

/** Lower-case words a credit may hold: "via", "and", "for" and name particles ("Pablo de la Rosa"). */
const CREDIT_LOWER_WORD = new RegExp(`^(?:via|and|for|${NAME_PARTICLE_PATTERN})$`);
// Every word of a credit is capitalised (or an agency slash list); a colon label must be short.
function isCredit(text: string): boolean {
  if (!/[/:]/.test(text) || !/\p{L}{2}/u.test(text) || /^\d{1,2}:\d{2}$/.test(text)) return false;
  const label = text.indexOf(':');
  if (label > 25) return false;
  return text.split(/\s+/).every((word) => /^[\p{Lu}\d(/|©-]/u.test(word) || CREDIT_LOWER_WORD.test(word));
}

/** The credit that makes a one-line block a caption, or undefined. */
export function captionCredit(text: string): string | undefined {
  // (one line: read for a line break after the cheap tests below, which most lines fail)
  if (text.length > 600) return undefined;
  const end = text.charCodeAt(text.length - 1);
  if (end === 41 /* ) */) {
    const paren = mayOpenGluedCredit(text) && !text.includes('\n') ? PAREN_CREDIT.exec(text) : null;
    return paren && isCredit(paren[1]!) && !moreWordsThan(text, MAX_CAPTION_WORDS) ? paren[1]! : undefined;
  }
  // Each pattern only where its mark is; a line with none of the marks (most lines) is no
  // caption, and is not read further.
  // The other credits end in a letter: a name or an agency word.
  // (/\p{L}$/u read from the end: the regex would try every position of the line.)
  if (trailingLetters(text) === text.length) return undefined;
  // SOURCE_SLASH ends in "/", perhaps a space, and a capitalised name, and has a label's colon.
  const slash = capitalAfterLastSlash(text) && text.includes(':');
  // (both words hold a "y": one single-character search spares most lines the two below; then
  // PHOTO_BY's label word, which the lines with a "by" in prose lack)
  const by = text.indexOf('y') >= 0 && (text.includes(' by ') || text.includes('courtesy')) && holdsPhotoByLabel(text);
  // AGENCY_FRAGMENT's words follow a sentence's mark.
  const agency = endsWithWordOf(text, AGENCY_WORDS) && (text.includes('.') || text.includes('!') || text.includes('?'));
  if ((!slash && !by && !agency) || text.includes('\n') || moreWordsThan(text, MAX_CAPTION_WORDS)) return undefined;
  const m =
    (slash ? SOURCE_SLASH.exec(text) : null) ??
    (by ? PHOTO_BY.exec(text) : null) ??
    (agency ? AGENCY_FRAGMENT.exec(text) : null);
  return m ? m[1]!.trim() : undefined;
}

// PHOTO_BY's label: "Photo", "photo", "PHOTO", "Picture", "picture", "Image" or "image".
const holdsPhotoByLabel = (text: string): boolean =>
  text.includes('hoto') || text.includes('HOTO') || text.includes('icture') || text.includes('mage');

// PAREN_CREDIT's "(" holds no parenthesis after it: it is the text's last "(", right after a
// sentence's mark or closing quote, or after one whitespace character that follows one.
function mayOpenGluedCredit(text: string): boolean {
  let at = text.lastIndexOf('(') - 1;
  if (at >= 0 && isWhitespace(text.charCodeAt(at))) at--;
  return charAtIn(text, at, SENTENCE_MARK_OR_QUOTE);
}

// True when the text ends in one of the lower-case ASCII words, in any case: what
// /(?:w1|w2)$/i answers (without the u flag, /i folds no other character to A-Z), read from
// the end instead of tried at every position.
function endsWithWordOf(text: string, words: readonly string[]): boolean {
  for (const word of words) {
    const at = text.length - word.length;
    if (at < 0) continue;
    let k = word.length - 1;
    // c | 0x20 equals a lower-case letter only for that letter and its capital.
    while (k >= 0 && (text.charCodeAt(at + k) | 0x20) === word.charCodeAt(k)) k--;
    if (k < 0) return true;
  }
  return false;
}

// "Passengers at the cruise terminal ANP": an agency's name ends a caption phrase with no
// mark, between paragraphs of the article (the kept block above ends a sentence).
function agencyAfterCaption(index: number, text: string, context: BlockContext): string | undefined {
  const agency = trailingAgency(text);
  if (agency === undefined) return undefined;
  const above = nearestKeptAbove(context, index);
  return above >= 0 && endsSentence(context.blocks[above]!.text) ? agency : undefined;
}

/**
 * Rule `credit/caption-credit`: Photo captions ending in a glued or labelled credit ("….(AP Photo: Name)", "… photo by Name", "… Source: Name / Name", "… yonhap news"), or in an agency's name between paragraphs ("… at the port ANP", "… Getty Images").
 *
 * @example
 * clean("Putin spoke.\n\nThe minister arrives at the summit.(AP Photo: Jane Doe)", { rules: [captionCreditRule] }).text; // "Putin spoke."
 */
export const captionCreditRule: BlockRule = {
  type: 'block',
  id: 'credit/caption-credit',
  category: 'credit',
  description:
    'Photo captions ending in a glued or labelled credit ("….(AP Photo: Name)", "… photo by Name", "… Source: Name / Name", "… yonhap news"), or in an agency\'s name between paragraphs ("… at the port ANP", "… Getty Images")',
  textOnly: true,
  match(block, context) {
    const credit = captionCredit(block.text) ?? agencyAfterCaption(block.index, block.text, context);
    return credit ? { metadata: { credits: [credit] } } : null;
  },
};

/**
 * Rule `credit/caption-wording`: One-sentence photo captions by their wording ("… is photographed at …", "In this file photo …", "(L)").
 *
 * @example
 * clean("Putin spoke.\n\nA mosquito is photographed at a laboratory in Manila on July 9, 2019.", { rules: [captionWordingRule] }).text; // "Putin spoke."
 */
export const captionWordingRule: BlockRule = {
  type: 'block',
  id: 'credit/caption-wording',
  category: 'credit',
  description: 'One-sentence photo captions by their wording ("… is photographed at …", "In this file photo …", "(L)")',
  textOnly: true,
  match(block) {
    const { text } = block;
    if (text.length > 400 || !mayHoldCue(text) || text.includes('\n') || !CAPTION_CUE.test(text)) return null;
    if (!CAPTION_WORDING.test(text)) return null;
    // One sentence: captions are not quoted speech and have no second sentence.
    return !moreWordsThan(text, 50) && !SENTENCE_BREAK.test(text) && !/["“”]/.test(text) ? {} : null;
  },
};

/**
 * Rule `credit/caption-echo`: A caption printed twice: the block is the start of the next block, which was removed as a caption.
 *
 * @example
 * clean("Putin spoke.\n\nA ship leaves the port.\n\nA ship leaves the port.(Agency/Jane Doe)", { rules: [captionCreditRule, captionEchoRule] }).text; // "Putin spoke."
 */
export const captionEchoRule: BlockRule = {
  type: 'block',
  id: 'credit/caption-echo',
  category: 'credit',
  description: 'A caption printed twice: the block is the start of the next block, which was removed as a caption',
  match(block, context) {
    const next = context.blocks[block.index + 1];
    if (
      !next ||
      next.text.length <= block.text.length ||
      !next.text.startsWith(block.text) ||
      !moreWordsThan(block.text, 3)
    )
      return null;
    const by = context.removedBy(next.index);
    return by?.startsWith('credit/caption') ? {} : null;
  },
};
