/**
 * credit/caption — photo captions left between paragraphs. A caption is recognised by its
 * credit, not its wording: a line whose last sentence is followed by a picture credit
 * ("… December 6, 2021. REUTERS/Evgenia Novozhenina", "… Dec. 6, 2021. (Xinhua/Kaikeo
 * Saiyasane)", "… as the strike began. Photograph: Louisa Gouliamaki/AFP/Getty Images"),
 * or a caption label for screen readers ("Image caption," with the caption on the same or
 * the next line). A caption phrase with no sentence in it, its credit or label printed at its
 * end or start ("… on the ring road (Photo: Jane Doe)", "… © AFP", "Photo: The harbour at
 * dawn"), is read by caption-tail.ts. The credit goes to metadata.credits.
 *
 * A body paragraph does not end in "AGENCY/Name" or "(Agency/Name)" after a full stop, so
 * the slash or the label is the evidence; everything is anchored at the end of a single
 * line of bounded length.
 */
import type { BlockRule, BlockVerdict } from '../../rule.js';
import { captionTailCredit, isLabelledCaption } from './caption-tail.js';
import { isAsciiLetter, isWhitespace, trailingLetters } from '../../../core/word-scan.js';
import {
  capitalAfterLastSlash,
  charAtIn,
  charSet,
  SENTENCE_MARK_OR_QUOTE,
  moreWordsThan,
  opensWithFolded,
} from '../../shape.js';
import { NAME_PARTICLE_PATTERN } from '../../../lexicon/name-parts.js';
import { matchAnyPattern } from '../../../lexicon/pattern.js';
import { CREDIT_LABELS, PHOTO_LABELS } from '../../../lexicon/photo-labels.js';

const MAX_CAPTION_WORDS = 70;
const CREDIT_NAME = "\\p{Lu}[\\p{L}'’.-]{0,30}(?:\\s\\p{Lu}[\\p{L}'’.-]{0,30}){0,3}";
// "… 2021. REUTERS/Evgenia Novozhenina", "… 2021. AP Photo/Efrem Lukatsky"
const AGENCY_SLASH = new RegExp(
  `(?:^|[.!?]["”’]?\\s)(\\p{Lu}{2,12}(?:\\sPhoto)?(?:\\s?\\/\\s?${CREDIT_NAME}){1,3})$`,
  'u',
);
// "… 2021. (Xinhua/Kaikeo Saiyasane)", "(Photo: AFP)"
const PAREN_CREDIT = new RegExp(
  `(?:^|[.!?]["”’]?\\s)\\((${CREDIT_NAME}(?:\\s?\\/\\s?${CREDIT_NAME}){1,3}|(?:photo|image|picture)\\s?:\\s?[^()\\n]{2,60})\\)$`,
  'iu',
);
// "… began. Photograph: Louisa Gouliamaki/AFP/Getty Images", "… koulun pihalla. Kuva: Jane Doe /
// Agency": the picture and credit labels of every language (PHOTO_LABELS, CREDIT_LABELS).
const CREDIT_LABEL_WORDS = [...Object.values(PHOTO_LABELS).flat(), ...Object.values(CREDIT_LABELS).flat()];
const LABELLED_CREDIT = new RegExp(
  `(?:^|[.!?]["”’]?\\s)(?:${matchAnyPattern(CREDIT_LABEL_WORDS)})s?\\s?:\\s?([^.:\\n]{2,80})$`,
  'iu',
);
// The last characters of those labels, in either case ('ſ' folds onto s under /iu).
const CREDIT_LABEL_LAST = charSet(
  CREDIT_LABEL_WORDS.map((word) => word.slice(-1) + word.slice(-1).toUpperCase()).join('') + 'sSſ',
);
const CAPTION_LABEL = /^(?:image|media|video|photo|picture) caption\s*[,:]?\s*(.{0,400})$/iu;
// CAPTION_LABEL opens with i, m, v or p in either case; a line opening with another ASCII
// character cannot match (a character above ASCII is left to the pattern: /iu may fold it).
const CAPTION_LABEL_FIRST = charSet('imvp');
// Its first word has five letters or seven ("picture"), and a space follows it.
const mayOpenWithCaptionLabel = (text: string): boolean =>
  (text.charCodeAt(5) === 32 || text.charCodeAt(7) === 32) && opensWithFolded(text, CAPTION_LABEL_FIRST, true);

/**
 * Rule `credit/caption`: Photo captions ending in a credit ("… REUTERS/Name", "(Xinhua/Name)", "Photograph: Name/AFP", "… (Photo: Name)", "… © AGENCY", "… — Foto: Name/dpa", "… (file photo)"), and caption labels ("Image caption,", "Photo: The harbour at dawn").
 *
 * @example
 * clean("Putin spoke.\n\nA ship leaves the port, December 6, 2021. REUTERS/Evgenia Novozhenina", { rules: [captionRule] }).text; // "Putin spoke."
 */
export const captionRule: BlockRule = {
  type: 'block',
  id: 'credit/caption',
  category: 'credit',
  description:
    'Photo captions ending in a credit ("… REUTERS/Name", "(Xinhua/Name)", "Photograph: Name/AFP", "… (Photo: Name)", "… © AGENCY", "… — Foto: Name/dpa", "… (file photo)"), and caption labels ("Image caption,", "Photo: The harbour at dawn")',
  textOnly: true,
  match(block, context) {
    const { text } = block;
    // One line: each path below reads the text for a line break itself, after its cheap tests
    // (most lines fail them, and are not read to their end for it).
    if (text.length > 600) return null;
    const label = mayOpenWithCaptionLabel(text) && !text.includes('\n') ? CAPTION_LABEL.exec(text) : null;
    if (label) {
      if (label[1]!.trim() !== '') return {};
      // The caption is the next line.
      const next = context.blocks[block.index + 1];
      const captionNext =
        next &&
        !context.isRemoved(next.index) &&
        !next.text.includes('\n') &&
        !moreWordsThan(next.text, MAX_CAPTION_WORDS);
      return captionNext ? { through: next.index } : {};
    }
    const after = creditAfterSentence(text);
    if (after) return after;
    // A caption phrase with its credit at the end ("… on the ring road (Photo: Jane Doe)",
    // "… © AFP", "… — Photo: Jane Doe/Reuters", "… - archive photo"), or under a caption
    // label ("Photo: The harbour at dawn"; not the page's first kept line, where a title stands).
    const tail = captionTailCredit(text);
    if (tail !== undefined) return tail === '' ? {} : { metadata: { credits: [tail] } };
    // (the text first: a rule that reads the page's state keeps the block pending, asked again
    // after every removal)
    return isLabelledCaption(text) && context.keptBefore(block.index) > 0 ? {} : null;
  },
};

// A caption's last sentence followed by its credit: "… 2021. REUTERS/Jane Doe", "… 2021.
// (Agency/Jane Doe)", "… began. Photograph: Jane Doe/AFP".
function creditAfterSentence(text: string): BlockVerdict | null {
  // A credit ends the line with a name or a closing parenthesis; prose ends with punctuation.
  // (/[\p{L})]$/u read from the end: the regex would try every position of the line.) Asked
  // first: most lines end in a full stop, and are not searched for the marks below.
  // Each pattern only where its mark is (a slash, a final parenthesis, a colon): the
  // unanchored ones would otherwise be tried at every position of every line. A line with
  // none of the marks (most lines) is no caption, and is not read further.
  // Each mark narrowed to where its pattern can stand (see the tests below).
  const last = text.charCodeAt(text.length - 1);
  const closes = last === 0x29; // ")"
  if (!closes && (last < 0x80 ? !isAsciiLetter(last) : trailingLetters(text) === text.length)) return null;
  const paren = closes && mayOpenParenCredit(text);
  // AGENCY_SLASH ends in "/", perhaps a space, and a capitalised name.
  const slash = capitalAfterLastSlash(text);
  const colon = mayEndInLabelledCredit(text);
  if (!slash && !paren && !colon) return null;
  if (text.includes('\n') || moreWordsThan(text, MAX_CAPTION_WORDS)) return null;
  const m =
    (slash ? AGENCY_SLASH.exec(text) : null) ??
    (paren ? PAREN_CREDIT.exec(text) : null) ??
    (colon ? LABELLED_CREDIT.exec(text) : null);
  if (!m) return null;
  const credit = m[1]!.trim();
  // The credit is a list of names, not a clause ("Credit: Moody's cut the rating" is a sentence).
  return isNameList(credit.replace(/^(?:photo|image|picture)\s?:\s?/i, ''))
    ? { metadata: { credits: [credit] } }
    : null;
}

// PAREN_CREDIT's "(" holds no parenthesis after it: it is the text's last "(", at the start of
// the line or after a space that follows a sentence's mark or closing quote.
function mayOpenParenCredit(text: string): boolean {
  const open = text.lastIndexOf('(');
  return (
    open === 0 ||
    (open >= 2 && isWhitespace(text.charCodeAt(open - 1)) && charAtIn(text, open - 2, SENTENCE_MARK_OR_QUOTE))
  );
}

// LABELLED_CREDIT's colon is the text's last (its credit holds none), no full stop follows it,
// and before it (past one space) a label word ends, or its plural s.
function mayEndInLabelledCredit(text: string): boolean {
  // (most lines hold no colon: a forward search says so for less than lastIndexOf's)
  if (text.indexOf(':') < 0) return false;
  const colon = text.lastIndexOf(':');
  if (text.indexOf('.', colon) >= 0) return false;
  let at = colon - 1;
  if (at >= 0 && isWhitespace(text.charCodeAt(at))) at--;
  return charAtIn(text, at, CREDIT_LABEL_LAST);
}

/** Lower-case words a credit may hold: "via", "and", "for" and name particles ("Pablo de la Rosa"). */
const CREDIT_LOWER_WORD = new RegExp(`^(?:via|and|for|${NAME_PARTICLE_PATTERN})$`);

function isNameList(text: string): boolean {
  return text.split(/\s+/).every((word) => /^[\p{Lu}\d(/|©-]/u.test(word) || CREDIT_LOWER_WORD.test(word));
}
