/**
 * credit/caption-sentence — a caption that reads like one sentence, told from article prose by
 * the credit printed inside or after it, never by its wording:
 * - an outlet's credit in parentheses after the sentence: "… on Monday. (Valley Times photo by
 *   Jane Roe)", "… (Valley Times file photo)", "… (Valley Times file)", "… (File)", "…
 *   (Submitted photo)";
 * - an agency alone in square brackets: "… at the border. [Reuters]";
 * - an outlet's picture credit after a dash: "… at dusk. - Harbour Post pic by Jane Roe", "… -
 *   Foto fail Harbour Post", or a stock credit: "… Image supplied", "… 📷 Jane Roe";
 * - a Korean credit after a slash: "… 있다. /사진=Agency", "… at the market. /사진=김민수 기자";
 * - a date tag in a Chinese or Japanese caption: "駅前を歩く人たち（10日）", "…（10日摄）";
 * and credit lines with an abbreviated label or a camera sign: "Fot. Jan Nowak / Gazeta",
 * "Nuotr. Jonas Jonaitis", "📷 Jane Roe / Harbour Post".
 *
 * The sentence is one sentence of at most 40 words, with no quotation and no reporting verb
 * ("said", "told"): an article paragraph that mentions a photo or a photographer keeps its text
 * (the credit must be the line's end, in one of the shapes above).
 */
import type { BlockRule } from '../../rule.js';
import { isWireAgency } from '../../../lexicon/news-agencies.js';
import { moreWordsThan } from '../../shape.js';
import { isCaselessCredit, isCreditWords, PICTURE_AGENCY_NAMES } from './photo-credit.js';

const MAX_SENTENCE_WORDS = 40;
const MAX_BRACKET_WORDS = 25;
// A capitalised word of an outlet's or a person's name ("Valley", "O'Neil", "Jean-Luc", "J.").
const NAME_WORD = "\\p{Lu}[\\p{L}'’.&-]{0,30}";
const NAMES = `${NAME_WORD}(?:\\s(?:${NAME_WORD}|de|da|van|von|der|del|la|le|bin|binti))*`;
// The words a parenthesised credit may put before "photo": the outlet's name, and the stock
// words of a picture not taken by the outlet.
const PAREN_PHOTO = new RegExp(
  `^(?:(?:${NAMES})\\s)?(?:(?:file|staff|submitted|contributed|courtesy|supplied|handout|archive)\\s)?(?:photo|picture|image|pic|photograph)(?:\\s(?:by|courtesy\\sof)\\s${NAMES})?$`,
  'u',
);
// "(File)", "(Valley Times file)", "(AFP/File)"
const PAREN_FILE = new RegExp(`^(?:(?:${NAMES})\\s?[\\s/]\\s?)?(?:file|File|FILE|Files)$`, 'u');
// The same with a capital label: "(Submitted Photo)", "(Valley Times Photo By Jane Roe)" are
// read by PAREN_PHOTO after the label is lower-cased.
const LABEL_WORD = /\b(?:Photo|Picture|Image|Pic|Photograph|PHOTO|File|Staff|Submitted|Contributed|Courtesy|By|Of)\b/g;

// "… - Harbour Post pic by Jane Roe", "… — Valley Times photo by Jane Roe", "… - Foto fail
// Harbour Post", "… - Gambar oleh Jane Roe": a dash after the sentence, then the credit.
const PIC = '(?:[Pp]ic|[Pp]hoto|[Pp]icture|[Ii]mage|PIC|PHOTO)';
const FOTO = '(?:[Ff]oto|[Gg]ambar|FOTO|GAMBAR)';
const DASH_CREDIT = new RegExp(
  `\\s[-–—]\\s?((?:(?:${NAMES})\\s)?(?:${PIC}|${FOTO})\\s(?:by|oleh|BY|OLEH)\\s${NAMES}|${FOTO}\\s(?:fail|FAIL)(?:\\s${NAMES})?|(?:${NAMES})\\s(?:file\\s)?${PIC})$`,
  'u',
);
// "… Image supplied", "… Photo supplied", "… Picture: supplied": a stock credit after the sentence.
const SUPPLIED_TAIL = /\s[-–—|]?\s?((?:image|photo|picture|pic)s?\s?:?\s(?:supplied|submitted|contributed|handout))$/iu;
// "… 📷 Jane Roe", "📷 Jane Roe / Harbour Post", "📸: Agency"
const CAMERA = /(?:^|\s)((?:\u{1F4F7}|\u{1F4F8})\s?:?\s?(.{2,80}))$/u;
// "… 있다. /사진=연합뉴스", "… /사진=김민수 기자", "… [사진=연합뉴스]", "(사진 제공=…)"
const KOREAN_CREDIT = /(?:\s\/\s?|\s?[([])(사진(?:\s?제공)?\s?[=:]\s?[^=()[\]/]{1,30})[)\]]?$/u;
// "…歩く人たち（10日）", "…（10日、共同）", "…（10日摄）", "…（新华社记者 张三摄）"
const CJK_DATE_TAG = /[（(](\d{1,2}日(?:[、，,]\s?[^（）()]{1,12})?|[^（）()]{0,20}摄)[）)]$/u;
// "Fot. Jan Nowak / Gazeta", "Nuotr. Jonas Jonaitis", "Nuotr.: BNS", "Fot.: PAP"
const ABBREVIATED_LABEL = /^(?:fot|nuotr|phot)\.\s?:?\s?(\S.{1,90})$/iu;

// "사진 연합뉴스", "写真 AFP=時事": a label of a script without capitals, a space, the credit in
// one or two words.
const SPACED_CJK_LABEL = /^(?:사진|写真|图片|圖片|照片)\s(\S{1,20}(?:\s\S{1,20})?)$/u;
const SPACED_CJK_FIRST = new Set(['사', '写', '图', '圖', '照'].map((c) => c.charCodeAt(0)));

// After an abbreviated label the credit is a name or an outlet's (its later words may be in lower
// case: "Nuotr.: Jonas Jonaitis / Kauno diena"): a capital first, at most eight words, no
// sentence's mark.
const isAbbreviatedCredit = (credit: string): boolean =>
  isCreditWords(credit) || (/^\p{Lu}/u.test(credit) && !moreWordsThan(credit, 8) && !/[.!?;:,]/.test(credit));

// A reporting verb: a sentence that reports speech is article prose.
const REPORTING = /\b(?:said|says|told|tells|according|stated|added|reported|wrote|asked|explained)\b/iu;
// A second sentence inside the caption: a mark, a space and a capital ("… ended. The …").
const SENTENCE_BREAK = /[.!?]["”’]?\s+["“‘'(]?\p{Lu}/u;

/** True when `sentence` may be a caption: one sentence, opening with a capital or a digit. */
function isCaptionSentence(sentence: string): boolean {
  return (
    sentence.length >= 12 &&
    /^[\p{Lu}\d]/u.test(sentence) &&
    !moreWordsThan(sentence, MAX_SENTENCE_WORDS) &&
    !SENTENCE_BREAK.test(sentence) &&
    !/["“”„«»]/.test(sentence) &&
    !REPORTING.test(sentence)
  );
}

const isAgency = (name: string): boolean => isWireAgency(name) || PICTURE_AGENCY_NAMES.includes(name);

// The credit inside the line's final parentheses or brackets, or undefined.
function bracketCredit(text: string, close: string): string | undefined {
  const open = text.lastIndexOf(close === ')' ? '(' : '[');
  if (open < 2 || text.indexOf(close, open) !== text.length - 1) return undefined;
  const inner = text.slice(open + 1, -1).trim();
  if (inner.length < 2) return undefined;
  if (inner.length > 80) return undefined;
  const sentence = text.slice(0, open).trim();
  if (close === ']') {
    // "[Reuters]", "[AFP/Jane Roe]": an agency in the credit, after a full stop.
    if (!/[.!?]$/.test(sentence)) return undefined;
    if (!isCreditWords(inner) || !inner.split(/\s*\/\s*/).some(isAgency)) return undefined;
    // A newsletter's item ends in its source the same way ("HEADLINE IN CAPITALS The agency
    // refused … [Reuters]"): a caption is short and has no headline of capitals in it.
    if (moreWordsThan(sentence, MAX_BRACKET_WORDS) || /\b\p{Lu}{2,}\s\p{Lu}{2,}\b/u.test(sentence)) return undefined;
  } else {
    const lowered = inner.replace(LABEL_WORD, (word) => word.toLowerCase());
    if (!PAREN_PHOTO.test(lowered) && !PAREN_FILE.test(inner)) return undefined;
    // a lone capitalised word is the label itself: "(Photo)" says no credit
    if (!/\s|file/i.test(inner)) return undefined;
    // Without a full stop before it, the label as printed in lower case ("(Best Picture)" is an award).
    if (!/[.!?]$/.test(sentence) && !/\b(?:photo|picture|image|pic|photograph|file)\b/.test(inner)) return undefined;
  }
  return isCaptionSentence(sentence) ? inner : undefined;
}

/** The credit that makes a one-line block a caption sentence or a credit line, or undefined. */
export function captionSentenceCredit(text: string): string | undefined {
  if (text.length > 400 || text.length < 6) return undefined;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x29 /* ) */ || last === 0x5d /* ] */) {
    // (the CJK date tag may close with a half-width parenthesis after CJK text)
    if (text.includes('\n')) return undefined;
    return bracketCredit(text, text[text.length - 1]!) ?? cjkDateTag(text) ?? koreanCredit(text);
  }
  if (last === 0xff09 /* ） */) return text.includes('\n') ? undefined : cjkDateTag(text);
  if (text.includes('\n')) return undefined;
  // ABBREVIATED_LABEL opens with f, n or p (either case), its full stop at 3 to 5.
  const first = text.charCodeAt(0) | 0x20;
  if (first === 0x66 || first === 0x6e || first === 0x70) {
    const dot = text.indexOf('.');
    const m = dot >= 3 && dot <= 5 ? ABBREVIATED_LABEL.exec(text) : null;
    if (m && isAbbreviatedCredit(m[1]!.trim())) return text;
  }
  if (SPACED_CJK_FIRST.has(text.charCodeAt(0))) {
    const m = SPACED_CJK_LABEL.exec(text);
    if (m && !/[다요]$/u.test(m[1]!) && (isCreditWords(m[1]!) || isCaselessCredit(m[1]!))) return text;
  }
  if (text.includes('\u{1F4F7}') || text.includes('\u{1F4F8}')) return cameraCredit(text);
  if (text.includes('사진')) return koreanCredit(text);
  if (text.indexOf(' ') < 0) return undefined;
  return dashCredit(text) ?? suppliedCredit(text);
}

function cameraCredit(text: string): string | undefined {
  const m = CAMERA.exec(text);
  if (!m) return undefined;
  const credit = m[2]!.trim();
  if (!isCreditWords(credit)) return undefined;
  const sentence = text.slice(0, m.index).trim();
  return sentence === '' || isCaptionSentence(sentence) ? m[1]!.trim() : undefined;
}

function koreanCredit(text: string): string | undefined {
  const m = KOREAN_CREDIT.exec(text);
  if (!m) return undefined;
  const sentence = text.slice(0, m.index).trim();
  // (the caption may be in Korean: no capital to open it)
  return sentence.length >= 8 && !moreWordsThan(sentence, MAX_SENTENCE_WORDS) && !/["“”]/.test(sentence)
    ? m[1]!
    : undefined;
}

function cjkDateTag(text: string): string | undefined {
  if (text.length > 120) return undefined;
  const m = CJK_DATE_TAG.exec(text);
  if (!m || m.index < 4) return undefined;
  const caption = text.slice(0, m.index);
  // A caption in Chinese or Japanese, one phrase: no full stop inside or before the tag.
  if (!/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(caption) || /[。！？.!?]/u.test(caption)) return undefined;
  return m[1]!;
}

function dashCredit(text: string): string | undefined {
  const at = Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf(' — '));
  if (at < 8) return undefined;
  const m = DASH_CREDIT.exec(text.slice(at));
  if (!m) return undefined;
  const sentence = text.slice(0, at).trim();
  return isCaptionSentence(sentence) || isShortCaption(sentence) ? m[1]! : undefined;
}

// "Gambar hiasan.", "Foto hiasan": an archive note standing as the caption.
const isShortCaption = (text: string): boolean => /^(?:gambar|foto)\s(?:hiasan|fail)\.?$/iu.test(text);

function suppliedCredit(text: string): string | undefined {
  if (!/(?:supplied|submitted|contributed|handout)$/i.test(text)) return undefined;
  const m = SUPPLIED_TAIL.exec(text);
  if (!m) return undefined;
  const sentence = text.slice(0, m.index).trim();
  return /[.!?]$/.test(sentence) && isCaptionSentence(sentence) ? m[1]! : undefined;
}

/**
 * Rule `credit/caption-sentence`: Caption sentences told by the credit inside or after them ("… (Valley Times photo by Name)", "… (File)", "… [Reuters]", "… - Post pic by Name", "… Image supplied", "… /사진=…", "…（10日）"), and abbreviated or camera credit lines ("Fot. Name", "📷 Name").
 *
 * @example
 * clean("Putin spoke.\n\nWorkers repair a water main on Monday. (Valley Times photo by Jane Roe)", { rules: [captionSentenceRule] }).text; // "Putin spoke."
 */
export const captionSentenceRule: BlockRule = {
  type: 'block',
  id: 'credit/caption-sentence',
  category: 'credit',
  description:
    'Caption sentences told by the credit inside or after them ("… (Valley Times photo by Name)", "… (File)", "… [Reuters]", "… - Post pic by Name", "… Image supplied", "… /사진=…", "…（10日）"), and abbreviated or camera credit lines ("Fot. Name", "📷 Name")',
  textOnly: true,
  match(block) {
    const credit = captionSentenceCredit(block.text);
    return credit === undefined ? null : { metadata: { credits: [credit] } };
  },
};
