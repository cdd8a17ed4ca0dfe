/**
 * The order of a person's name words: clustering and the surname rules read the family name
 * last, as in English ("Joe Biden"). Korean and Chinese names are written family name first
 * ("Yoon Seok-yeol", "Xi Jinping"), and translations sometimes swap a Korean name to the
 * Western order ("Seok-yeol Yoon"); both are read here as [given..., family], so "Yoon",
 * "President Yoon" and "Xi said" join the full name.
 */
import { CHINESE_FAMILY_NAMES, KOREAN_FAMILY_NAMES } from '../lexicon/name-parts.js';
import { isTitleCaseWord } from './candidates.js';

/** A Korean given name as romanized: two syllables joined by a hyphen, the second in lower case ("Seok-yeol"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/**
 * A given name of two syllables joined by a hyphen, the second in either case: Korean
 * ("Jae-myung", "Jae-Myung") and the Wade-Giles or Cantonese spelling of a Chinese one
 * ("Yi-feng", "Kai-shek").
 */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u;
/** A Korean family name: one short syllable ("Kim", "Yoon", "Lee"). */
const KOREAN_FAMILY = /^\p{Lu}\p{Ll}{0,4}$/u;
/** A pinyin syllable: an optional initial consonant, then a final ("jin", "ping", "an"). */
const PINYIN_INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const PINYIN_FINAL =
  '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)';
const PINYIN_SYLLABLE = `${PINYIN_INITIAL}?${PINYIN_FINAL}`;
/** A pinyin given name: one or two syllables, capitalized, no tone marks ("Jinping", "Qiang", "Yi"). */
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);

const ONE_PINYIN_SYLLABLE = new RegExp(`^${PINYIN_SYLLABLE}$`);

/**
 * True for a lower-case word that is one pinyin syllable ("wei", "ming"): on a list of given
 * names such a word is more often a Chinese name's part, read by the rules of this module.
 *
 * @example
 * isPinyinSyllable('ming'); // true
 * isPinyinSyllable('elon'); // false
 */
export function isPinyinSyllable(lower: string): boolean {
  return ONE_PINYIN_SYLLABLE.test(lower);
}

/**
 * The words of a name with the family name last, whichever order the text wrote them in.
 *
 * @example
 * familyLast(['Yoon', 'Seok-yeol']); // ['Seok-yeol', 'Yoon']
 * familyLast(['Xi', 'Jinping']); // ['Jinping', 'Xi']
 * familyLast(['Joe', 'Biden']); // ['Joe', 'Biden']
 */
export function familyLast(words: string[]): string[] {
  return isFamilyFirstName(words) ? [words[1]!, words[0]!] : words;
}

/**
 * True for a two-word name written family name first, Korean ("Yoon Seok-yeol") or Chinese
 * ("Xi Jinping", "Sun Yi-feng"): the shape of a person's name.
 *
 * @example
 * isFamilyFirstName(['Xi', 'Jinping']); // true
 * isFamilyFirstName(['Sun', 'Yi-feng']); // true
 * isFamilyFirstName(['Hong', 'Kong']); // false
 */
export function isFamilyFirstName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  const family =
    KOREAN_FAMILY.test(a) && (KOREAN_FAMILY_NAMES.has(a.toLowerCase()) || CHINESE_FAMILY_NAMES.has(a.toLowerCase()));
  return (family && HYPHENATED_GIVEN.test(b)) || isChineseOrder(a, b);
}

/**
 * "Seok-yeol Yoon" (a translation's Western order) -> "Yoon Seok-yeol"; other names unchanged.
 *
 * @example
 * koreanOrder('Seok-yeol Yoon'); // 'Yoon Seok-yeol'
 * koreanOrder('Xi Jinping'); // 'Xi Jinping'
 */
export function koreanOrder(name: string): string {
  const words = name.split(/\s+/);
  return words.length === 2 && KOREAN_GIVEN.test(words[0]!) && KOREAN_FAMILY.test(words[1]!)
    ? `${words[1]} ${words[0]}`
    : name;
}

// The second syllable opens with a consonant: pinyin writes an apostrophe before a vowel that
// opens a syllable inside a word ("Xi'an"), so "Qiang" is one syllable, not "qi" + "ang".
const TWO_PINYIN_SYLLABLES = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_INITIAL}${PINYIN_FINAL}$`);
// Letters that pinyin writes and European names seldom do ("Huawei", "Douyin", "Lanxin"); many
// European surnames also split into two pinyin syllables ("Rosen", "Cohen", "Manning").
const PINYIN_MARK = /x|q|zh|ao|ou|ei|ui|iu|ie|uo|ua|ia|ong/;

/**
 * True for one capitalized word of two pinyin syllables, with letters pinyin writes and European
 * names seldom do, that is no Chinese family name ("Huawei", "Douyin", "Xiaoping"): a Chinese
 * given name, a brand or a place. News names a
 * Chinese person by the family name, alone or before the given name, never by the given
 * name alone: such a word standing alone names no person.
 *
 * @example
 * isLonePinyinWord('Huawei'); // true
 * isLonePinyinWord('Zhang'); // false (a family name)
 * isLonePinyinWord('Shiseido'); // false (no pinyin)
 * isLonePinyinWord('Cohen'); // false (two pinyin syllables, but nothing only pinyin writes)
 */
export function isLonePinyinWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    isTitleCaseWord(word) &&
    !CHINESE_FAMILY_NAMES.has(lower) &&
    TWO_PINYIN_SYLLABLES.test(lower) &&
    PINYIN_MARK.test(lower)
  );
}

// "Xi Jinping": a Chinese family name, then a capitalized pinyin given name.
function isChineseOrder(family: string, given: string): boolean {
  return (
    isTitleCaseWord(family) &&
    CHINESE_FAMILY_NAMES.has(family.toLowerCase()) &&
    isTitleCaseWord(given) &&
    PINYIN_GIVEN.test(given.toLowerCase())
  );
}

// Pinyin writes an apostrophe before a syllable that opens with a vowel; one or two syllables
// on either side of it. The lone vowels "a", "e", "o" are left out after it: Arabic spellings
// write them so ("Jama'a").
const VOWEL_SYLLABLE = '(?:ang|eng|ai|an|ao|ei|en|er|ou)';
const APOSTROPHE_PINYIN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}['’]${VOWEL_SYLLABLE}(?:${PINYIN_SYLLABLE})?$`);

/**
 * True for one capitalized word of pinyin syllables joined by an apostrophe before a syllable
 * that opens with a vowel ("Tai'an", "Lu'an"): the spelling of a Chinese place name. A person is
 * named by the family name (one syllable, no apostrophe), alone or before the given name, so
 * such a word alone names no person.
 *
 * @example
 * isApostrophePinyinWord("Tai'an"); // true
 * isApostrophePinyinWord("O'Brien"); // false (no pinyin syllable before the apostrophe)
 * isApostrophePinyinWord("Qur'an"); // false
 */
export function isApostrophePinyinWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && APOSTROPHE_PINYIN.test(word.toLowerCase());
}

// Of PINYIN_MARK, the letters European and Japanese given names hardly ever write: many of them
// have a pinyin shape with "ei", "ie", "ou", "ao" or "ia", and Russian ones write "zh".
const PINYIN_ONLY_MARK = /x|q|ui|iu|ua|uo|ong/;

/**
 * True for a name of two or more words that opens with a lone pinyin word (isLonePinyinWord:
 * "Qiaoxin", "Xuanlong") with letters only pinyin writes, and does not end in a Chinese
 * family name: neither a Chinese name (family name first) nor one written in the Western order
 * ("Xuanlong Deng"). Translations run a place into the next ("<Province> <County>") and write
 * firms by their pinyin names ("Qiaoxin Cable"): such a name is a place or a body, no person.
 *
 * @example
 * isPinyinLedName(['Qiaoxin', 'Cable']); // true
 * isPinyinLedName(['Xuanlong', 'Deng']); // false (the Western order of a Chinese name)
 * isPinyinLedName(['Zhang', 'Wei']); // false (a family name first)
 */
export function isPinyinLedName(words: readonly string[]): boolean {
  if (words.length < 2 || !isLonePinyinWord(words[0]!) || !PINYIN_ONLY_MARK.test(words[0]!.toLowerCase())) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return !CHINESE_FAMILY_NAMES.has(last) && !KOREAN_FAMILY_NAMES.has(last);
}
