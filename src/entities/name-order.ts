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
