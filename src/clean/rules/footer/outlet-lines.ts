/**
 * footer/outlet-lines — the outlet's own name where the page prints it as chrome: beside a
 * share button ("ABC News Share"), as a staff signature at the foot of the story ("XYZ
 * Staff", "Example Times Web Desk"), and as the name line of the footer just above its
 * copyright notice ("the example times" over "© 2024 …").
 */
import type { BlockRule } from '../../rule.js';
import { asciiWordKey, asciiWordKeys, classAt, trailingLetters } from '../../../core/word-scan.js';
import { charSet, endsWithMark, firstWordKey, firstWordsOf, moreWordsThan, UNKEYED_WORD } from '../../shape.js';

const OUTLET_WORD = "\\p{Lu}[\\p{L}\\p{N}.&'’-]{0,30}";
// "ABC News Share", "The Example Times | Share": an outlet-like name (an acronym or a
// news word in it) and a share button.
const OUTLET_SHARE = new RegExp(
  `^(?:The\\s)?(?:${OUTLET_WORD}\\s){0,3}(?:\\p{Lu}{2,6}|News|Times|Post|Herald|Tribune|Journal|Media|TV|Radio|Daily)(?:\\s${OUTLET_WORD}){0,2}\\s?[|•·-]?\\s?(?:[Ss]hare|SHARE|[Ss]hare this(?: article| story)?)$`,
  'u',
);
// "XYZ Staff", "Example Times Staff", "Web Desk", "News Desk"
const STAFF_SIGNATURE = new RegExp(
  `^(?:The\\s)?(?:${OUTLET_WORD}\\s){1,4}(?:[Ss]taff(?: [Ww]riters?| [Rr]eporters?)?|[Ww]eb [Dd]esk|[Nn]ews [Dd]esk|[Dd]esk|[Nn]ewsroom)$`,
  'u',
);
// The newsroom's signature in the other languages of the news, by language (ISO 639-1), lower case:
// "Redacción La Voz", "Redakcja", "Example-Redaktion", "Haber Merkezi", "편집국". It stands alone, or
// with the outlet's name before or after it, as the story's last line.
// prettier-ignore
export const NEWSROOM_SIGNATURES_BY_LANGUAGE: ReadonlyArray<readonly [language: string, words: readonly string[]]> = [
  ['de', ['redaktion', 'online-redaktion']], ['fr', ['la rédaction', 'rédaction']], ['es', ['redacción']],
  ['pt', ['redação', 'redacção']], ['it', ['redazione', 'la redazione']], ['nl', ['redactie', 'de redactie']],
  ['sv', ['redaktionen']], ['no', ['redaksjonen']], ['da', ['redaktionen']], ['fi', ['toimitus']], ['is', ['ritstjórn']],
  ['pl', ['redakcja']], ['cs', ['redakce']], ['sk', ['redakcia']], ['sl', ['uredništvo']], ['hr', ['redakcija', 'uredništvo']],
  ['sr', ['redakcija', 'редакција']], ['bs', ['redakcija']], ['hu', ['szerkesztőség']], ['ro', ['redacția', 'redactia']],
  ['bg', ['редакция']], ['el', ['σύνταξη']], ['ru', ['редакция']], ['uk', ['редакція']], ['lt', ['redakcija']],
  ['lv', ['redakcija']], ['et', ['toimetus']], ['tr', ['haber merkezi']], ['ar', ['التحرير', 'هيئة التحرير']],
  ['fa', ['تحریریه']], ['he', ['מערכת']], ['id', ['redaksi', 'tim redaksi']], ['zh', ['编辑部', '編輯部']],
  ['ja', ['編集部']], ['ko', ['편집국']],
];
const SIGNATURE_WORDS = [...new Set(NEWSROOM_SIGNATURES_BY_LANGUAGE.flatMap(([, words]) => words))].sort(
  (a, b) => b.length - a.length,
);
const SIGNATURE_ALTERNATION = SIGNATURE_WORDS.map((word) => word.replace(/ /g, '\\s')).join('|');
const NAME_WORD = "[\\p{L}\\p{N}.&'’]+";
const NEWSROOM_SIGNATURE = new RegExp(
  `^(?:(?:${SIGNATURE_ALTERNATION})(?:\\s+${NAME_WORD}){0,4}|(?:${NAME_WORD}[\\s-]){1,4}(?:${SIGNATURE_ALTERNATION}))$`,
  'iu',
);
// Their first and last characters, either case: a line that opens with none and ends with none is
// no signature.
// Each signature's first and last word (lower case): the line's own first or last word is one.
const SIGNATURE_TOKENS = new Set(SIGNATURE_WORDS.flatMap((word) => [word.split(' ')[0]!, word.split(' ').at(-1)!]));
// Their first characters (lower case), and a bit per length: a word is lowercased and looked up
// only when its first character lowercases onto one and its length is one (lowercasing keeps a
// word's length but for 'İ', whose added U+0307 is in no token).
const TOKEN_FIRSTS = new Set([...SIGNATURE_TOKENS].map((token) => token.charCodeAt(0)));
let TOKEN_LENGTHS = 0;
for (const token of SIGNATURE_TOKENS) TOKEN_LENGTHS |= 1 << token.length;
// Per code unit, once asked: 1 when its lower case opens with a token's first character, 2 when not.
const OPENS_TOKEN = new Uint8Array(0x10000);
function mayOpenToken(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (!(c >= 0)) return false;
  if (OPENS_TOKEN[c] === 0)
    OPENS_TOKEN[c] = TOKEN_FIRSTS.has(String.fromCharCode(c).toLowerCase().charCodeAt(0)) ? 1 : 2;
  return OPENS_TOKEN[c] === 1;
}
// Per code unit, once asked: 1 when its lower case ends with a token's last character (a capital
// sigma too, which closes a word as ς), 2 when not.
const TOKEN_LASTS = new Set([...SIGNATURE_TOKENS].map((token) => token.charCodeAt(token.length - 1)));
const ENDS_TOKEN = new Uint8Array(0x10000);
function mayEndToken(c: number): boolean {
  if (!(c >= 0)) return false;
  if (ENDS_TOKEN[c] === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    ENDS_TOKEN[c] = c === 0x3a3 || TOKEN_LASTS.has(lower.charCodeAt(lower.length - 1)) ? 1 : 2;
  }
  return ENDS_TOKEN[c] === 1;
}
const mayBeTokenLength = (length: number): boolean => length < 31 && (TOKEN_LENGTHS & (1 << length)) !== 0;
// The tokens of A–Z letters, keyed as firstWordKey keys a line's first word: a line whose first word
// is keyed and none of these (followed by a space, a mark or nothing) opens with no token; an
// unkeyed one (a letter above ASCII, or more than ten letters) is looked at as before.
const ASCII_TOKEN_KEYS = firstWordsOf([...SIGNATURE_TOKENS].filter((token) => /^[a-z]+$/.test(token)).join(' '));
function hasSignatureWord(text: string): boolean {
  const first = firstWordKey(text);
  if ((first === UNKEYED_WORD || ASCII_TOKEN_KEYS.has(first)) && mayOpenToken(text, 0)) {
    const space = text.search(/[\s-]/);
    const word = space < 0 ? text : text.slice(0, space);
    if (mayBeTokenLength(word.length) && SIGNATURE_TOKENS.has(word.toLowerCase())) return true;
  }
  if (!mayEndToken(text.charCodeAt(text.length - 1))) return false;
  // The last space or hyphen (as the larger of their lastIndexOf), read back from the end: a
  // word after it longer than any token is none.
  let lastSpace = text.length - 1;
  while (lastSpace >= 0 && text.charCodeAt(lastSpace) !== 0x20 && text.charCodeAt(lastSpace) !== 0x2d) {
    if (text.length - lastSpace > 31) return false;
    lastSpace--;
  }
  return (
    lastSpace >= 0 &&
    mayBeTokenLength(text.length - lastSpace - 1) &&
    mayOpenToken(text, lastSpace + 1) &&
    SIGNATURE_TOKENS.has(text.slice(lastSpace + 1).toLowerCase())
  );
}
// (as a table of code units: 1 for an edge)
const SIGNATURE_EDGES = new Uint8Array(0x10000);
for (const word of SIGNATURE_WORDS)
  for (const c of [word[0]!, word[0]!.toUpperCase(), word.at(-1)!, word.at(-1)!.toUpperCase()])
    SIGNATURE_EDGES[c.charCodeAt(0)] = 1;
const COPYRIGHT_MARK =
  /[©ⓒⒸ]|\(c\) ?\d{4}|\bcopyright\b|\ball rights reserved\b|جميع الحقوق محفوظة|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten/iu;
// prettier-ignore
const SIGNATURE_END = new Set(['staff', 'writer', 'writers', 'reporter', 'reporters', 'desk', 'newsroom']);
const SHARE_END = new Set(['share', 'this', 'article', 'story']);
// The same words as asciiWordKey numbers: a last word in A–Z/a–z is compared without a string.
const SIGNATURE_KEYS = [...asciiWordKeys(SIGNATURE_END)];
const SHARE_KEYS = [...asciiWordKeys(SHARE_END)];
const MAX_LENGTH = 80;
// A line ending in one of these is a sentence or a label, not a name.
const STOPS = charSet('.!?:;,');
// A name line: 3 to 40 characters, each a letter, a digit or one of . & ' ’ space - (as
// /^[\p{L}\p{N}.&'’ -]{3,40}$/u reads it, code point by code point). Most short lines of a
// page are tested: read with classAt, not the Unicode class, which costs a search per character.
// Answers its number of words (as wordCount counts them: its runs of letters and digits, the
// other characters being no word's), or -1 for a line that is no name line.
function nameLineWords(text: string): number {
  let chars = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; chars++) {
    if (chars === 40) return -1;
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x26 || c === 0x27 || c === 0x2019 || c === 0x20 || c === 0x2d) {
      inWord = false;
      i++;
      continue;
    }
    if (c < 0x80) {
      // classAt's own ASCII branch, without the call: A–Z, a–z, 0–9 are one, the rest none.
      const lower = c | 0x20;
      if (!((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39))) return -1;
      i++;
    } else {
      const n = classAt(text, i, 'LN');
      if (n === 0) return -1;
      i += n;
    }
    if (!inWord) words++;
    inWord = true;
  }
  return chars >= 3 ? words : -1;
}

/**
 * Rule `footer/outlet-line`: The outlet's name as chrome: beside a share button ("ABC News Share"), as a staff signature ("Example Staff"), or above the footer's copyright line.
 *
 * @example
 * clean("Putin spoke.\n\nExample News Staff", { rules: [outletLineRule] }).text; // "Putin spoke."
 */
export const outletLineRule: BlockRule = {
  type: 'block',
  id: 'footer/outlet-line',
  category: 'footer',
  description:
    'The outlet\'s name as chrome: beside a share button ("ABC News Share"), as a staff signature ("Example Staff"), or above the footer\'s copyright line',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text } = block;
    if (text.length > MAX_LENGTH || text.includes('\n') || endsWithMark(text, STOPS)) return null;
    // The trailing run of letters (as /\p{L}+$/u finds it, scanned back from the end).
    // Only a last word of 4 to 9 letters can be one of the words below: no string made for others.
    const lastStart = trailingLetters(text);
    const lastLength = text.length - lastStart;
    let share = false;
    let signature = false;
    if (lastLength >= 4 && lastLength <= 9) {
      // A word of A–Z/a–z is compared by its key; any other (non-ASCII letters, whose
      // lowercase can still be ASCII: the Kelvin sign) by its lowercased string, as before.
      const key = asciiWordKey(text, lastStart, text.length);
      const last = key < 0 ? text.slice(lastStart).toLowerCase() : undefined;
      share = last === undefined ? SHARE_KEYS.includes(key) : SHARE_END.has(last);
      signature = last === undefined ? SIGNATURE_KEYS.includes(key) : SIGNATURE_END.has(last);
    }
    if (share) return OUTLET_SHARE.test(text) ? {} : null;
    // Signatures end the story: nothing of it after them but short lines.
    if (signature && STAFF_SIGNATURE.test(text) && !moreWordsThan(text, 6))
      return context.keptBefore(block.index) > 0 ? {} : null;
    if (
      (SIGNATURE_EDGES[text.charCodeAt(0)] === 1 || SIGNATURE_EDGES[text.charCodeAt(text.length - 1)] === 1) &&
      hasSignatureWord(text) &&
      !moreWordsThan(text, 6) &&
      NEWSROOM_SIGNATURE.test(text)
    )
      return context.keptBefore(block.index) > 0 ? {} : null;
    // The footer's name line: a few words above the footer's removed copyright notice (at most
    // two footer lines between them), with nothing kept after it.
    // (a name line's letters and digits are wordCount's words, and the marks between them no word's)
    const words = nameLineWords(text);
    if (words < 0 || words > 5) return null;
    if (context.keptAfter(block.index) > 0) return null;
    const { blocks } = context;
    for (let j = block.index + 1; j < blocks.length && j <= block.index + 3; j++) {
      const next = blocks[j]!.text;
      if (next.length <= 400 && COPYRIGHT_MARK.test(next)) return {};
    }
    return null;
  },
};
