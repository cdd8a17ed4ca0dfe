/**
 * Caption shapes read off a single line with no sentence to lean on: the caption is a short
 * phrase ("Firefighters at the scene on the ring road"), not a sentence, and what makes it a
 * caption is what is printed at its end or its start:
 * - a parenthesised credit after the phrase, without a final full stop: "(Photo: Jane Doe)",
 *   "(Foto: dpa)", "(AP Photo)", "(Jane Doe/AFP)", "(file photo)", "(Archivbild)";
 * - a "©" credit: "… in the capital © AFP", "… © Agency/Jane Doe";
 * - a labelled credit after a dash or a space: "… — Photo: Jane Doe/Reuters", "… Foto: Jane
 *   Doe / dpa", "… | Imagen: EFE";
 * - an archive mark after a dash: "… - archive photo", "… – foto de archivo";
 * - a caption label at the start: "Photo: The harbour at dawn", "Bild: Der Hafen am Morgen";
 * - a wire or picture agency as the last word, with no mark at all: "… at the port ANP".
 *
 * Each needs the phrase before the credit to be one caption: at most 50 words, opening with a
 * capital or digit, no second sentence in it, no quoted speech. Article prose ends in a full
 * stop; a credit after one ("… she said. © AFP") is left to the rules that read it as such.
 */
import { AsciiKeySet, asciiWordKey, asciiWordKeys, isAsciiLetter, isWhitespace } from '../../../core/word-scan.js';
import { isWireAgency, WIRE_AGENCIES } from '../../../lexicon/news-agencies.js';
import {
  capitalAfterLastSlash,
  charAtIn,
  charSet,
  endsSentence,
  firstWordKey,
  foldedPairAt,
  moreWordsThan,
} from '../../shape.js';
import { firstRunsOf, fitsRuns } from '../../pattern-gates.js';
import { AGENCY_WORDS, isCaselessCredit, isCreditWords, PICTURE_AGENCY_NAMES } from './photo-credit.js';
import { capitalize, matchAnyPattern } from '../../../lexicon/pattern.js';
import {
  ARCHIVE_MARKS,
  CREDIT_LABELS,
  LONE_ARCHIVE_WORDS,
  PHOTO_LABELS,
  PLURAL_PHOTO_LABELS,
} from '../../../lexicon/photo-labels.js';

const MAX_PHRASE_WORDS = 50;
const MAX_CREDIT_WORDS = 10;

// A second sentence inside the phrase: a mark, a space and a capital ("… ended. The …").
const SENTENCE_BREAK = /[.!?]["”’]?\s+["“‘'(]?\p{Lu}/u;
const OPENS_CAPTION = /^[\p{Lu}\d]/u;

/** True when `phrase` may be a caption: one phrase of at most 50 words, opening with a capital. */
function isCaptionPhrase(phrase: string): boolean {
  return (
    phrase.length >= 8 &&
    OPENS_CAPTION.test(phrase) &&
    !moreWordsThan(phrase, MAX_PHRASE_WORDS) &&
    !SENTENCE_BREAK.test(phrase) &&
    !/["“”„«»]/.test(phrase)
  );
}

// The picture labels of every language (PHOTO_LABELS), one word each, and the credit labels.
const PICTURE_LABELS = [...new Set(Object.values(PHOTO_LABELS).flat())].filter((label) => !label.includes(' '));
// A caption label: the words sites print before a caption or a credit.
const LABEL = matchAnyPattern([...Object.values(PHOTO_LABELS).flat(), ...Object.values(CREDIT_LABELS).flat()]);
// "(Photo: Jane Doe)", "(Photo by Jane Doe)", "(Photo courtesy of Jane Doe)", "(Courtesy of
// Jane Doe)", "(fot. Jane Doe/PAP)"
const PAREN_LABELLED = new RegExp(
  `^(?:(?:${LABEL})\\s?(?:[:：=]|\\sby|\\scourtesy(?:\\sof)?)|courtesy(?:\\sof)?|photographed\\sby|fot\\.)\\s?(.+)$`,
  'iu',
);

// A credit a label announces ("Photo: press service of the regional administration", "Photo by
// Jane Doe /Daily Sun"): the label is the evidence, so any short run of words will do — at most
// ten, no sentence mark inside or at its end.
const MAX_ANNOUNCED_CREDIT_WORDS = 10;
// It names a source: a capital or a digit first ("the" before one), or a word of a source
// written in lower case ("press service of …", "handout", "supplied") — not a phrase ("the
// man who saw it").
const ANNOUNCED_OPENING =
  /^(?:the\s+)?[\p{Lu}\d]|^(?:press|handout|supplied|courtesy|archive|file|screenshot|screengrab|social media|video still)\b/u;
// After "courtesy of" any words will do ("Photo courtesy of a reader").
const isAnnouncedCredit = (credit: string, courtesy = false): boolean =>
  credit.length >= 2 &&
  credit.length <= 90 &&
  (courtesy || ANNOUNCED_OPENING.test(credit)) &&
  !/[.!?;:"“”]/.test(credit.replace(/\b\p{Lu}\./gu, '')) &&
  !moreWordsThan(credit, MAX_ANNOUNCED_CREDIT_WORDS);
// "(Photo AFP)", "(Foto Ansa)": a label and an agency, no colon.
const PAREN_LABEL_AGENCY = /^(?:photo|foto|fotó|bild|beeld)\s(.+)$/iu;
// "(AP Photo)", "(PTI Photo)", "(File Photo)", "(Representational Image)": one word before the
// label, an agency's initials or name or a word of the archive ("(Best Picture)" is an award).
const PAREN_AGENCY_PHOTO = /^([\p{L}-]{2,20})\s(?:Photo|Image|Pic|Foto|Bild|Picture)s?$/iu;
const ARCHIVE_WORD = /^(?:file|archive|stock|representational|representative|illustrative|symbolic)$/i;
const isAgencyPhotoWord = (word: string): boolean =>
  (word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase()) ||
  AGENCY_WORDS.has(word.toLowerCase()) ||
  ARCHIVE_WORD.test(word);
// "file photo", "archive", "Symbolbild", "foto de archivo", "photo d'archives", "Ảnh minh họa"
const ARCHIVE_MARK_LIST = Object.values(ARCHIVE_MARKS).flat();
const ARCHIVE = new RegExp(`^(?:${matchAnyPattern(ARCHIVE_MARK_LIST)})$`, 'iu');
// ARCHIVE's first runs of ASCII letters, read from its marks (a run ends at a space whatever
// quantifier follows it, so "\s+" reads as "\s" there): a text whose first word (firstWordKey)
// opens none of them is no mark, and ARCHIVE, tried on every line ending in a mark's last two
// letters, is not run on it.
const ARCHIVE_RUNS = firstRunsOf([{ source: `^(?:${matchAnyPattern(ARCHIVE_MARK_LIST)})$` }]);
const mayBeArchive = (text: string): boolean => fitsRuns(firstWordKey(text), text, ARCHIVE_RUNS) && ARCHIVE.test(text);

/** The credit of a parenthesised caption credit ("(Photo: Jane Doe)"), '' for an archive mark, or undefined. */
function parenCredit(inner: string): string | undefined {
  const label = PAREN_LABELLED.exec(inner);
  if (label) {
    const credit = label[1]!.trim();
    // (a graphic's label may announce its title and a link: "(Graphic: Assets in 2019 - here)")
    const announced = !GRAPHIC.test(inner) && isAnnouncedCredit(credit, COURTESY.test(inner));
    return isCreditWords(credit) || announced || isCaselessCredit(credit) ? inner : undefined;
  }
  const labelAgency = PAREN_LABEL_AGENCY.exec(inner);
  if (labelAgency && isCreditWords(labelAgency[1]!) && holdsAgency(labelAgency[1]!)) return inner;
  const agencyPhoto = PAREN_AGENCY_PHOTO.exec(inner);
  if (agencyPhoto && isAgencyPhotoWord(agencyPhoto[1]!)) return inner;
  if (mayBeArchive(inner)) return '';
  // "(Jane Doe/Reuters)": a slash list only with an agency in it ("(Labour/Conservative)" is none).
  if (inner.includes('/') && isCreditWords(inner) && holdsAgency(inner)) return inner;
  return undefined;
}

// True when one of the credit's parts (between slashes, bars or spaces) is an agency or a word of one.
function holdsAgency(credit: string): boolean {
  return credit.split(/\s*[/|]\s*|\s+/).some((part) => isWireAgency(part) || AGENCY_WORDS.has(part.toLowerCase()));
}

// The labels of a labelled credit after a caption, as printed (capitalised): "— Photo: …",
// "Foto: …", "Kuva: …"; and in scripts without capitals as they are ("صورة: …").
const TAIL_LABELS = new Set([...PICTURE_LABELS.map(capitalize), 'Credit']);
const LABEL_SEPARATORS = '-–—|•·';

/**
 * The credit that ends a one-line caption phrase ("(Photo: Jane Doe)", "© AFP", "— Photo:
 * Jane Doe/Reuters"); '' for an archive mark ("(file photo)", "- archive photo"); undefined
 * when the line is no such caption.
 */
export function captionTailCredit(text: string): string | undefined {
  // (one line: read for a line break after the last character's test, which most lines fail)
  if (text.length > 500) return undefined;
  const last = text.charCodeAt(text.length - 1);
  // "(Photo: Jane Doe)", "[Photo: Jane Doe]"
  if (last === 41 /* ) */ || last === 93 /* ] */) {
    if (text.includes('\n')) return undefined;
    const open = text.lastIndexOf(last === 41 ? '(' : '[');
    if (open < 0 || text.indexOf(text[text.length - 1]!, open) !== text.length - 1) return undefined;
    if (open > 0 && !isWhitespace(text.charCodeAt(open - 1))) return undefined;
    const inner = text.slice(open + 1, -1).trim();
    if (inner.length < 2 || inner.length > 80) return undefined;
    const credit = parenCredit(inner);
    if (credit === undefined) return undefined;
    const phrase = text.slice(0, open).trim();
    // A lone "(Photo: Jane Doe)" is a credit line; a lone "(archive)" says nothing.
    if (phrase === '') return credit === '' ? undefined : credit;
    // After a full stop only a labelled credit ("… cannula. (Photo Credit: Agency)"): the
    // other rules read "… on May 2. (Agency/Jane Doe)".
    if (endsSentence(phrase) && !PAREN_LABELLED.test(inner)) return undefined;
    return isCaptionPhrase(phrase) ? credit : undefined;
  }
  // The other credits end in a letter or a digit.
  if (!(isAsciiLetter(last) || (last >= 48 && last <= 57) || last >= 0x80) || text.includes('\n')) return undefined;
  return (
    copyrightTail(text) ??
    labelledTail(text) ??
    archiveTail(text) ??
    slashTail(text) ??
    announcedTail(text) ??
    slashLabelTail(text)
  );
}

// "… works on the dike. Beeld: Jan Bouwhuis/ND", "… near the town on Tuesday. Photo by Jane Doe
// /Prairie Sun", "… at the mine. Fot. Jan Nowak / Silesia News", "… in the region. Photo: press
// service of the regional administration", "… on Thursday morning. —PHOTO COURTESY OF CITY PIO":
// a caption sentence, then a credit its label announces. Read on the line's last 120 characters
// (the label sits within them), the phrase before it one caption sentence.
const ANNOUNCED_TAIL = new RegExp(
  `(?:[.!?]["”’)]?\\s+[—–-]?|\\s[—–|-]\\s?|—)((?:(?:${LABEL})\\s?(?::|\\sby|\\scourtesy\\sof)|courtesy\\sof|fot\\.)\\s?)([^:]{2,90})$`,
  'iu',
);
const ANNOUNCED_REACH = 120;
const GRAPHIC = /^graphic/i;
const COURTESY = /courtesy/i;
// What every ANNOUNCED_TAIL match holds after its label (a colon, "by", "courtesy of", "fot."):
// one scan of the line's end, so the pattern (tried at every position) runs on few lines.
const ANNOUNCED_NEEDS = /:|\sby\s|courtesy\sof|fot\./i;
function announcedTail(text: string): string | undefined {
  const from = Math.max(0, text.length - ANNOUNCED_REACH);
  // ANNOUNCED_NEEDS's colon, the y of "by" and "courtesy" (either case: /i without u folds no
  // other character onto it) or the full stop of "fot.": forward searches before the regex.
  if (
    text.indexOf(':', from) < 0 &&
    text.indexOf('y', from) < 0 &&
    text.indexOf('Y', from) < 0 &&
    text.indexOf('.', from) < 0
  )
    return undefined;
  const end = text.slice(from);
  if (!ANNOUNCED_NEEDS.test(end)) return undefined;
  const m = ANNOUNCED_TAIL.exec(end);
  if (!m || GRAPHIC.test(m[1]!)) return undefined;
  const credit = m[2]!.trim();
  if (!isAnnouncedCredit(credit, COURTESY.test(m[1]!))) return undefined;
  const phrase = text.slice(0, from + m.index + 1).trim();
  return moreWordsThan(phrase, 2) && isCaptionPhrase(phrase) ? `${m[1]!.trim()} ${credit}` : undefined;
}

// "… leaves the port Jane Doe/AFP", "… in the capital REUTERS/Jane Doe": a credit of names and
// slashes, one part an agency, after a phrase that ends in a lower-case word.
function slashTail(text: string): string | undefined {
  if (!capitalAfterLastSlash(text)) return undefined;
  const words = text.split(/\s+/);
  let k = words.length;
  while (k > 0 && /^[\p{Lu}\d]/u.test(words[k - 1]!) && !/[.,;:!?]$/.test(words[k - 1]!)) k--;
  if (k === 0 || k > words.length - 1 || words.length - k > MAX_CREDIT_WORDS) return undefined;
  const credit = words.slice(k).join(' ');
  if (!credit.includes('/') || !isCreditWords(credit) || !holdsAgency(credit)) return undefined;
  const phrase = words.slice(0, k).join(' ');
  return isCaptionPhrase(phrase) && !endsSentence(phrase) && moreWordsThan(phrase, 2) ? credit : undefined;
}

const RIGHTS_CLAUSE =
  /\b(?:rights|reserved|copyright|derechos|reservados|direitos|droits|réservés|diritti|riservati|rechte|vorbehalten|rechten|voorbehouden)\b/iu;

// "… in the capital © AFP", "… on the 8th. 2023.11.8/Agency ⓒ Agency Reporter Jane Doe"
function copyrightTail(text: string): string | undefined {
  // Most lines hold neither mark: a forward search says so for less than lastIndexOf's.
  if (text.indexOf('©') < 0 && text.indexOf('ⓒ') < 0) return undefined;
  const mark = Math.max(text.lastIndexOf('©'), text.lastIndexOf('ⓒ'));
  if (mark < 8 || !isWhitespace(text.charCodeAt(mark - 1))) return undefined;
  const credit = text.slice(mark + 1).trim();
  if (!isCreditWords(credit) || !/\p{L}/u.test(credit)) return undefined;
  // Not after a full stop: "… is part of the group. © 2025 Group Ltd" is a sentence and a
  // copyright line run together.
  const phrase = text.slice(0, mark).trim();
  // (a rights clause before the mark is footer/copyright's: "Todos los derechos reservados © 2025 X")
  if (RIGHTS_CLAUSE.test(phrase)) return undefined;
  return isCaptionPhrase(phrase) && !endsSentence(phrase) ? `${text[mark]} ${credit}` : undefined;
}

// "… at dusk. Photo / Jane Roe", "… on the quay. Kuva / Jane Roe, Lehtikuva": after the caption's
// last sentence a label, a spaced slash (the first in the line's last 120 characters) and the
// credit.
const SENTENCE_MARKS = charSet('.!?');
function slashLabelTail(text: string): string | undefined {
  const slash = text.indexOf(' / ', Math.max(0, text.length - ANNOUNCED_REACH));
  if (slash < 0) return undefined;
  let start = slash;
  while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
  if (start < 2 || !charAtIn(text, start - 2, SENTENCE_MARKS) || !TAIL_LABELS.has(text.slice(start, slash)))
    return undefined;
  const credit = text.slice(slash + 3).trim();
  if (!isCreditWords(credit) && !isCaselessCredit(credit)) return undefined;
  const phrase = text.slice(0, start).trim();
  return isCaptionPhrase(phrase) ? `${text.slice(start, slash)} / ${credit}` : undefined;
}

// "… in Pará — Photo: Jane Doe/Reuters", "… in Brandenburg Foto: Jane Doe / dpa"
function labelledTail(text: string): string | undefined {
  // (the last colon stands at 10 or later only if some colon does: a forward search first)
  if (text.indexOf(':', 10) < 0) return undefined;
  const colon = text.lastIndexOf(':');
  if (colon < 10) return undefined;
  let start = colon;
  while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
  const label = text.slice(start, colon);
  if (!TAIL_LABELS.has(label) || start === 0) return undefined;
  const credit = text.slice(colon + 1).trim();
  if (!isCreditWords(credit) && !isCaselessCredit(credit)) return undefined;
  let end = start - 1;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (LABEL_SEPARATORS.includes(text[end - 1]!)) end--;
  const phrase = text.slice(0, end).trim();
  // A caption label at the start ("Photo: The harbour at dawn. Image: Agency/Jane Doe") is
  // part of the caption.
  const body = CAPTION_LABEL_OPENING.exec(phrase);
  return isCaptionPhrase(body ? phrase.slice(body[0].length) : phrase) ? `${label}: ${credit}` : undefined;
}

// The last two characters of the marks ("to", "ge", "bo", "họa", …), in lower case, with a
// capital or all in capitals: a text ending in none of them (A–Z in any case) ends in no mark.
const lastPair = (text: string): number => foldedPairAt(text, text.length - 2);
const ARCHIVE_LAST_PAIRS = new Set(
  ARCHIVE_MARK_LIST.flatMap((mark) => [mark, capitalize(mark), mark.toUpperCase()].map(lastPair)),
);

// "… in the capital - archive photo", "… – foto de archivo"
// Outside parentheses an archive mark of two words or a compound ("file photo", "Archivbild"):
// a lone "Archive" or "File" is a menu's word.
const isArchiveMark = (mark: string): boolean => mayBeArchive(mark) && !LONE_ARCHIVE_WORDS.has(mark.toLowerCase());

const ARCHIVE_SEPARATORS = [' - ', ' – ', ' — ', ' | ', '. '];

function archiveTail(text: string): string | undefined {
  if (!ARCHIVE_LAST_PAIRS.has(lastPair(text))) return undefined;
  // A lone mark: "File photo", "Photo d'illustration", "Symbolbild" (not a lone "Archive").
  if (mayBeArchive(text)) return isArchiveMark(text) ? '' : undefined;
  // After a dash, a bar or a full stop.
  let at = -1;
  let end = -1;
  for (const separator of ARCHIVE_SEPARATORS) {
    const i = text.lastIndexOf(separator);
    if (i > at) [at, end] = [i, i + separator.length];
  }
  if (at < 8 || !isArchiveMark(text.slice(end).trim())) return undefined;
  return isCaptionPhrase(text.slice(0, text[at] === '.' ? at + 1 : at).trim()) ? '' : undefined;
}

// A caption label opening the line: a capitalised singular label, a colon, a capital (a plural
// one is a gallery's link: "Photos: Protesters march on the capital").
const OPENING_LABELS = [
  ...PICTURE_LABELS.filter((label) => !PLURAL_PHOTO_LABELS.has(label)).map(capitalize),
  'Pictured',
];
const CAPTION_LABEL_OPENING = new RegExp(`^(?:${matchAnyPattern(OPENING_LABELS)})\\s?:\\s(?=[\\p{Lu}\\d])`, 'u');
const LABEL_OPENING_FIRST = new Set(OPENING_LABELS.map((label) => label.charCodeAt(0)));
// CAPTION_LABEL_OPENING's colon follows its label, perhaps after one space: the line's first
// colon stands no later than the longest label's length plus one (most lines hold none there).
const LABEL_OPENING_COLON_REACH = Math.max(...OPENING_LABELS.map((label) => label.length)) + 1;

/**
 * True when the line is a caption under a caption label: "Photo: The harbour at dawn, where
 * the terminal is planned", "Bild: Der Hafen am Morgen". The rest is one caption (a second
 * sentence only as a trailing credit), with no final colon (a lead-in) and not a credit alone
 * (`credit/photo` reads those).
 */
export function isLabelledCaption(text: string): boolean {
  if (text.length > 500 || !LABEL_OPENING_FIRST.has(text.charCodeAt(0)) || text.includes('\n')) return false;
  const colon = text.indexOf(':');
  if (colon < 0 || colon > LABEL_OPENING_COLON_REACH) return false;
  const label = CAPTION_LABEL_OPENING.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  if (rest.endsWith(':') || isCreditWords(rest)) return false;
  if (isCaptionPhrase(rest)) return true;
  // "Photo: The harbour at dawn. Image: Agency/Jane Doe"
  return labelledTail(text) !== undefined;
}

// Words that end a clause before an agency's name in prose: "… said Reuters", "… told AFP",
// "… according to ANSA", "… by the AP".
const BEFORE_AGENCY_IN_PROSE = new Set(
  'the a an of to from by at in on for with and or via said says told tells reported reports according per quoted cited citing than like as'.split(
    ' ',
  ),
);
// Acronyms in the agency lists that are also common abbreviations of other things.
const AMBIGUOUS_ACRONYMS = new Set(['MENA', 'SPA', 'UNI', 'CNA', 'APA', 'PA', 'CP', 'TT', 'AP', 'ANI', 'WAM']);

/**
 * The agency that ends a caption with no mark before it ("Passengers at the cruise terminal
 * ANP"), or undefined. The line holds no colon and no sentence mark, has at least five words
 * and two lower-case ones (not an upper-case or Title Case headline), and the word before the
 * agency is no preposition, article or speech verb ("… said Reuters", "… according to AFP").
 */
export function trailingAgency(text: string): string | undefined {
  if (text.length > 300) return undefined;
  let start = text.length;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (text.length - start < 3 || start < 2 || !isWhitespace(text.charCodeAt(start - 1))) return undefined;
  // (a last word that ends no agency's name and is none, with no "X via " right before it, is
  // no credit: most lines end here, before the look-backs below. Read from the word's key
  // first, without a copy; a word of more than ten letters has none and goes on.)
  const key = asciiWordKey(text, start, text.length);
  if (key >= 0 && !AGENCY_LAST_WORD_KEYS.has(key) && !viaBefore(text, start)) return undefined;
  if (text.includes('\n')) return undefined;
  let agency = text.slice(start);
  const longer = AGENCIES_BY_LAST_WORD.get(agency);
  if (!longer && !viaBefore(text, start) && !isWireAgency(agency) && !PICTURE_AGENCY_NAMES.includes(agency))
    return undefined;
  // A name of more words ends in this one: "… Getty Images", "… Anadolu Agency".
  for (const name of longer ?? []) {
    if (
      text.length > name.length &&
      text.endsWith(name) &&
      isWhitespace(text.charCodeAt(text.length - name.length - 1))
    ) {
      agency = name;
      start = text.length - name.length;
      break;
    }
  }
  // "… AFP via Getty Images"
  const via = /\s(\p{Lu}[\p{L}-]*) via $/u.exec(text.slice(Math.max(0, start - 30), start));
  if (via && (isWireAgency(via[1]!) || PICTURE_AGENCY_NAMES.includes(via[1]!))) {
    agency = `${via[1]!} via ${agency}`;
    start -= via[0].length - 1;
  }
  // An acronym, or a name the picture desks print ("Reuters", "Xinhua", "Getty Images").
  if (
    !agency.includes(' ') &&
    (AMBIGUOUS_ACRONYMS.has(agency) ||
      (agency !== agency.toUpperCase() && agency !== 'dpa' && !/^\p{Lu}\p{Ll}+$/u.test(agency)) ||
      !(isWireAgency(agency) || PICTURE_AGENCY_NAMES.includes(agency)))
  )
    return undefined;
  const phrase = text.slice(0, start - 1).trimEnd();
  if (/[.!?:;]/.test(phrase) || !isCaptionPhrase(phrase) || !moreWordsThan(phrase, 4)) return undefined;
  const words = phrase.split(/\s+/);
  const before = words[words.length - 1]!;
  if (BEFORE_AGENCY_IN_PROSE.has(before.toLowerCase())) return undefined;
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length < 2) return undefined;
  return agency;
}

// The agency names of more than one word, by their last word ("Images" → "Getty Images").
const AGENCIES_BY_LAST_WORD = new Map<string, string[]>();
for (const name of [...PICTURE_AGENCY_NAMES, ...WIRE_AGENCIES]) {
  if (!name.includes(' ') || name.startsWith('The ')) continue;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  AGENCIES_BY_LAST_WORD.set(last, [...(AGENCIES_BY_LAST_WORD.get(last) ?? []), name]);
}
// Every word trailingAgency goes on with, lower-cased: the last words above, the wire agencies
// (isWireAgency ignores case) and the picture agencies. Its last word is A–Z and a–z only, so
// when it has a key and the key is not here, none of the three look-ups can find it.
const AGENCY_LAST_WORD_KEYS = new AsciiKeySet(
  asciiWordKeys(
    [...AGENCIES_BY_LAST_WORD.keys(), ...WIRE_AGENCIES, ...PICTURE_AGENCY_NAMES].map((word) => word.toLowerCase()),
  ),
);

// True when " via " ends right at `start` (the via credit's pattern needs it there).
const viaBefore = (text: string, start: number): boolean => start >= 5 && text.startsWith(' via ', start - 5);
