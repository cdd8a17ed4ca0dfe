/**
 * credit/photo — image credit lines left between paragraphs: "Photo: Reuters",
 * "Alexei Nikolsky/Sputnik/AFP", "Getty Images", "© AFP 2021", "Image source, Getty Images", or a bare domain such as
 * "kremlin.ru" (the credit of an official photo). The credit goes to metadata.credits.
 */
import type { BlockRule } from '../../rule.js';
import { isAsciiLetter } from '../../../core/word-scan.js';
import { charSet, endsWithMark, firstWordKey, firstWordsOf, foldedPairAt, moreWordsThan, unlink } from '../../shape.js';
import { firstRunsOf, fitsRuns } from '../../pattern-gates.js';
import { NAME_PARTICLE_PATTERN } from '../../../lexicon/name-parts.js';
import { WIRE_AGENCIES } from '../../../lexicon/news-agencies.js';
import { matchAnyPattern } from '../../../lexicon/pattern.js';
import { CREDIT_LABELS, CREDIT_STOCK_WORDS, PHOTO_LABELS } from '../../../lexicon/photo-labels.js';

// The labels of a credit line, in every language of PHOTO_LABELS and CREDIT_LABELS, and the
// English ones of a picture's place ("Cover photo: …", "Pictured: …").
const LABEL_WORDS = [
  ...Object.values(PHOTO_LABELS).flat(),
  ...Object.values(CREDIT_LABELS).flat(),
  'cover photo',
  'main photo',
  'file photo',
  'pictured',
];
// The marks between a label and its credit ("Photo: …", "写真：…", "사진=…", "Foto © …", "Bild | …").
const LABELLED = new RegExp(`^(?:${matchAnyPattern(LABEL_WORDS)})\\s*(?:[:：©|/–—=-]|by\\b)\\s*\\S.{0,120}$`, 'iu');
const LABEL_AND_MARK = /^[^:：©|/–—=-]*[:：©|/–—=-]\s*|^\S+\s+by\s+/i;
// "Image source, Getty Images" (the BBC's label for screen readers).
const SOURCE_LABELLED = /^(?:image|media|photo|picture|video) source\s*[,:]\s*\S.{0,120}$/i;
const COPYRIGHT = /^(?:©|ⓒ|\(c\)|copyright\b)\s*\S.{0,100}$/i;
const DOMAIN = /^(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,12}$/i;
/** Picture desks and agencies whose names end photo credits; the vocabulary of the genre. */
export const PICTURE_AGENCY_NAMES: readonly string[] = [
  'Getty Images',
  'AFP',
  'Reuters',
  'AP Photo',
  'AP',
  'Associated Press',
  'ASSOCIATED PRESS',
  'EPA',
  'EPA-EFE',
  'EFE',
  'Shutterstock',
  'TASS',
  'Sputnik',
  'Xinhua',
  'Bloomberg',
  'Anadolu',
  'Anadolu Agency',
  'NurPhoto',
  'SOPA Images',
  'LightRocket',
  'Pool',
  'Imago',
  'dpa',
  'Alamy',
  'iStock',
  'ANSA',
  'Kyodo',
  'Yonhap',
  'RIA Novosti',
  'Kremlin Press Office',
  'Kremlin Pool',
  'Press Service',
  'handout',
  'Wikimedia Commons',
  'Flickr',
  'Unsplash',
  'picture alliance',
];
const AGENCY = new RegExp(`(?:^|[\\s/|,(])(?:${PICTURE_AGENCY_NAMES.join('|')})(?:\\s*via\\s*Getty Images)?\\)?$`);
// The last word of each name (after its last space or hyphen), by length: what AGENCY leaves
// as the line's trailing run of letters, before an optional ")".
const AGENCY_LAST_WORDS: string[][] = [];
for (const name of PICTURE_AGENCY_NAMES) {
  const word = name.slice(Math.max(name.lastIndexOf(' '), name.lastIndexOf('-')) + 1);
  (AGENCY_LAST_WORDS[word.length] ??= []).push(word);
}

// True when AGENCY may match: the line's last run of ASCII letters (before one ")") is the last
// word of a name. Exact: every name ends in ASCII letters after a space, a hyphen or one of
// AGENCY's leading marks, none of them a letter, so on a match that run is the word itself.
// Read from the end: AGENCY, anchored only there, would be tried at every position of the line.
function mayEndInAgency(text: string): boolean {
  const end = text.charCodeAt(text.length - 1) === 41 /* ) */ ? text.length - 1 : text.length;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  for (const word of AGENCY_LAST_WORDS[end - start] ?? []) if (text.startsWith(word, start)) return true;
  return false;
}

// True when LABELLED, SOURCE_LABELLED or COPYRIGHT may match: their words open with one of
// these two characters (A–Z in any case; a letter above ASCII as printed in lower case, with a
// capital or all in capitals: "фото", "Фото", "ФОТО"), with "(c", "©" or "ⓒ", or (a label of
// one character: "图") with that character.
const LABEL_PAIRS = new Set<number>();
const LABEL_FIRST_ALONE = new Set<number>();
for (const word of [...LABEL_WORDS, 'image', 'media', 'photo', 'picture', 'video', 'copyright', '(c']) {
  if (word.length === 1) LABEL_FIRST_ALONE.add(word.charCodeAt(0));
  for (const form of [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])
    LABEL_PAIRS.add(foldedPairAt(form, 0));
}
const mayOpenWithLabel = (text: string): boolean =>
  LABEL_PAIRS.has(foldedPairAt(text, 0)) ||
  text.charCodeAt(0) === 0xa9 ||
  text.charCodeAt(0) === 0x24d2 ||
  LABEL_FIRST_ALONE.has(text.charCodeAt(0));
// The line's first run of ASCII letters, where a pattern may stand (read by firstWordKey once
// per line): LABELLED's is a label's, or a label's run on into "by" ("Photoby Jane Doe"), as
// firstRunsOf reads them from the label pattern (a run ends at a space whatever quantifier
// follows it, so "\s+" reads as "\s" there; a label opening above ASCII leaves the line to
// the pattern); SOURCE_LABELLED's is one of its five words (under /i without u no character
// above ASCII folds onto theirs, so a first word firstWordKey does not key is none of them).
// COPYRIGHT opens with "©", "ⓒ", "(" or a c in either case.
const LABELLED_RUNS = firstRunsOf([{ source: `^(?:${matchAnyPattern(LABEL_WORDS)})(?:by)?$` }]);
const SOURCE_LABELLED_FIRST = firstWordsOf('image media photo picture video');
const mayOpenCopyright = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c === 0xa9 || c === 0x24d2 || c === 40 || (c | 0x20) === 0x63;
};
// A final '.', '!' or '?' ends a sentence.
const SENTENCE_MARKS = charSet('.!?');

/**
 * Rule `credit/photo`: Photo and image credits ("Photo: Reuters", "kremlin.ru", "Getty Images"); go to metadata.credits.
 *
 * @example
 * clean("Putin spoke.\n\nPhoto: Reuters", { rules: [photoCreditRule] }).text; // "Putin spoke."
 */
export const photoCreditRule: BlockRule = {
  type: 'block',
  id: 'credit/photo',
  category: 'credit',
  description: 'Photo and image credits ("Photo: Reuters", "kremlin.ru", "Getty Images"); go to metadata.credits',
  textOnly: true,
  maxLength: 160,
  match(block) {
    if (block.text.length > 160 || block.text.includes('\n')) return null;
    const text = unlink(block.text).trim();
    if (text.length > 120) return null;
    // A final '.', '!' or '?' ends a sentence, unless it follows a domain ("kremlin.ru.").
    // (a domain holds no space: a line with one is no domain, and DOMAIN is not run on it)
    if (endsWithMark(text, SENTENCE_MARKS) && (text.includes(' ') || !DOMAIN.test(text.slice(0, -1)))) return null;
    // After a label, the credit itself is names and agencies, not a phrase ('Photos: Sudanese rally against …' is a headline).
    const label = mayOpenWithLabel(text);
    const key = label ? firstWordKey(text) : 0;
    const labelled =
      label &&
      fitsRuns(key, text, LABELLED_RUNS) &&
      LABELLED.test(text) &&
      isLabelledCredit(text.replace(LABEL_AND_MARK, ''));
    const isCredit =
      labelled ||
      (label &&
        ((SOURCE_LABELLED_FIRST.has(key) && SOURCE_LABELLED.test(text)) ||
          (mayOpenCopyright(text) && COPYRIGHT.test(text)))) ||
      // a domain has a dot and no space
      (text.includes('.') && !text.includes(' ') && DOMAIN.test(text)) ||
      (mayEndInAgency(text) && AGENCY.test(text) && looksLikeCreditLine(text));
    // The word count last: most lines are no credit, and it is the same answer in any order.
    return isCredit && !moreWordsThan(text, 12) ? { metadata: { credits: [text] } } : null;
  },
};

// "Alexei Nikolsky/Sputnik/AFP", "Getty Images", "Evan Vucci / AP": capitalised parts and
// slashes only, no verbs or lowercase words (which would make it a sentence).
/** Lower-case words a credit line may hold: "via", "and" and name particles ("Pablo de la Rosa"). */
const CREDIT_LOWER_WORD = new RegExp(`^(?:via|and|${NAME_PARTICLE_PATTERN})$`);

// After a label, agency words may be in lower case ("Foto: picture alliance / dpa", "Photo: supplied"),
// and a credit in a script without capitals is a few words of it ("写真：共同通信", "صورة: رويترز").
const isLabelledCredit = (text: string): boolean =>
  looksLikeCreditLine(text) || isCreditWords(text) || isCaselessCredit(text);

/**
 * True when `credit` is a credit in a script without capitals ("共同通信", "وكالة الأنباء"): at
 * most five words and 40 characters, each opening with a letter of such a script, a capital or
 * a digit, one of them caseless; no sentence's or clause's mark.
 */
export function isCaselessCredit(text: string): boolean {
  if (text.length > 40 || moreWordsThan(text, 5) || /[.,;!?。，、！？]/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.some((word) => /^\p{Lo}/u.test(word)) && words.every((word) => /^[\p{Lo}\p{Lu}\d(/|©-]/u.test(word));
}

function looksLikeCreditLine(text: string): boolean {
  return text.split(/\s+/).every((word) => /^[\p{Lu}\d(/|©-]/u.test(word) || CREDIT_LOWER_WORD.test(word));
}

// A credit prints some agency words in lower case ("dpa", "picture alliance", "imago").
/** Words of picture and wire agencies, lower-cased, and the stock words of credits ("supplied", "archive"). */
export const AGENCY_WORDS = new Set<string>(Object.values(CREDIT_STOCK_WORDS).flat());
for (const name of [...PICTURE_AGENCY_NAMES, ...WIRE_AGENCIES])
  for (const word of name.split(/[\s-]+/)) if (word.length > 1 && word !== 'The') AGENCY_WORDS.add(word.toLowerCase());

/**
 * True when `credit` is a list of names: capitalised words, digits, slashes and bars, agency
 * words in any case ("picture alliance/dpa | Jane Doe"), at most ten words.
 */
export function isCreditWords(credit: string): boolean {
  if (credit === '' || credit.length > 90 || moreWordsThan(credit, 10)) return false;
  if (/[.!?,;:]$/.test(credit)) return false;
  return credit
    .split(/\s+/)
    .every(
      (word) =>
        /^[\p{Lu}\d(/|©ⓒ-]/u.test(word) ||
        CREDIT_LOWER_WORD.test(word) ||
        word.split('/').every((part) => part === '' || AGENCY_WORDS.has(part.toLowerCase())),
    );
}
