/**
 * metadata/edition-stamp — short stamp lines at the head or the tail of a page that say where
 * and in which edition the story ran, not what it says:
 * - "Published in The Valley Courier, March 3rd, 2026", "First published in Valley Courier on
 *   3 March 2026", "Erschienen in Der Talbote am 3. März 2026", "Publicado en El Valle, 3 de
 *   marzo de 2026" (the place, then a date: a year in it);
 * - "Filed from Kelso | 3 March 2026", "Reporting from Kelso" (in the head only);
 * - "Print edition, Page 5", "Printausgabe: Seite 5", "Edición impresa · 3 de marzo de 2026",
 *   "This article appeared in the print edition of March 3, 2026";
 * - the "English edition" label of a site that runs one, in its own language ("Edición en
 *   inglés", "Englische Ausgabe", "Édition anglaise", "英文版").
 * The label alone, or the label and a page number or date: a sentence of the story that
 * opens with the same words goes on past them ("Published in 1998, the report found …").
 */
import type { BlockContext, BlockRule } from '../../rule.js';
import type { Block } from '../../segment.js';
import { firstWordKey, firstWordsOf, isProseParagraph, moreWordsThan, opensWithKeyOf } from '../../shape.js';
import { matchAnyPattern } from '../../../lexicon/pattern.js';
import { inHeadBeforeProse } from './head.js';

const MAX_LENGTH = 200;
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;
const DIGIT = /\d/;
// A sentence going on after a date ("… 1998, the report found"): a comma or a mark, then a word in
// lower case and another ("3. März 2026" has none).
const SENTENCE_GOES_ON = /[,.!?;]\s+\p{Ll}+\s+\p{L}|[!?]/u;

/** "Published in …" in the languages of the news (ISO 639-1), lower case. */
// prettier-ignore
const PUBLISHED_IN: Readonly<Record<string, readonly string[]>> = {
  en: ['published in', 'first published in', 'originally published in', 'printed in', 'first appeared in', 'appeared in', 'this article appeared in', 'this story appeared in', 'this article was first published in', 'this story was first published in'],
  de: ['erschienen in', 'zuerst erschienen in', 'veröffentlicht in', 'erstmals veröffentlicht in'],
  fr: ['publié dans', 'paru dans', 'initialement publié dans'],
  es: ['publicado en', 'publicada en', 'publicado originalmente en'],
  pt: ['publicado em', 'publicado no', 'publicado na', 'publicada em', 'publicada no', 'publicada na'],
  it: ['pubblicato su', 'pubblicato in', 'pubblicato sul', 'pubblicato sulla', 'apparso su'],
  nl: ['verschenen in', 'gepubliceerd in'],
  sv: ['publicerad i'],
  no: ['publisert i'],
  da: ['publiceret i', 'bragt i'],
  pl: ['opublikowano w'],
  cs: ['vyšlo v', 'publikováno v'],
  hr: ['objavljeno u'],
  ro: ['publicat în'],
  id: ['diterbitkan di', 'terbit di', 'dimuat di'],
  ms: ['diterbitkan dalam', 'disiarkan dalam'],
};
// "Published in Valley Courier, March 3rd, 2026": the label, a name of capitalised words (or a
// "the"), a separator, a date with a year; a period may close it.
const PUBLISHED = new RegExp(
  `^(?:${matchAnyPattern(Object.values(PUBLISHED_IN).flat())})\\s+(?:the\\s+)?[\\p{Lu}\\d«"“][^,|·•]{0,60}?(?:,|\\s+[|·•—–-]|\\s+(?:on|am|le|el|em|il|op|den|dne|pada|pe|the))\\s+(.{4,50}?)\\.?$`,
  'iu',
);
// "Filed from Kelso | 3 March 2026", "Reporting from Kelso".
const FILED_FROM =
  /^(?:[Ff]iled|[Rr]eported|[Rr]eporting|[Ww]ritten|[Ww]riting|FILED|REPORTING)\s+from\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s-]\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?(?:\s*[|·•—–,-]\s*(.{4,50}))?$/u;

/** The print edition, by language (ISO 639-1), lower case. */
// prettier-ignore
const PRINT_EDITION: Readonly<Record<string, readonly string[]>> = {
  en: ['print edition', 'printed edition', 'print version', 'in print', 'newspaper edition', 'e-paper'],
  de: ['printausgabe', 'print-ausgabe', 'gedruckte ausgabe', 'zeitungsausgabe'],
  fr: ['édition imprimée', 'édition papier', 'version papier', 'version imprimée'],
  es: ['edición impresa', 'versión impresa', 'edición de papel'],
  pt: ['edição impressa', 'versão impressa'],
  it: ['edizione cartacea', 'versione cartacea'],
  nl: ['papieren editie', 'papieren krant'],
  sv: ['papperstidningen'],
  no: ['papiravisen'],
  da: ['den trykte avis', 'trykt udgave'],
  fi: ['painettu lehti', 'näköislehti'],
  pl: ['wydanie papierowe', 'wydanie drukowane'],
  cs: ['tištěné vydání'],
  sk: ['tlačené vydanie'],
  hu: ['nyomtatott kiadás'],
  ro: ['ediția tipărită', 'ediţia tipărită'],
  ru: ['печатная версия', 'печатное издание'],
  uk: ['друкована версія'],
  id: ['edisi cetak', 'versi cetak'],
  ms: ['edisi cetak'],
};
const PRINT_LABEL = matchAnyPattern(Object.values(PRINT_EDITION).flat());
// "Print edition, Page 5", "Printausgabe: Seite 5", "Edición impresa · 3 de marzo de 2026": the
// label alone, or a page or date after it (a digit in a short rest).
const PRINT = new RegExp(`^(?:${PRINT_LABEL})(?:\\s*[:,|·•—–-]\\s*|\\s+)?(.{0,50})$`, 'iu');
// "This article appeared in the print edition of March 3, 2026" ("A version of this article
// appears in print on …" is footer/disclaimer's).
const APPEARED_IN_PRINT = new RegExp(
  `^(?:this|the)\\s+(?:article|story|report)\\s+(?:first\\s+|also\\s+)?(?:appeared|appears|was published|ran)\\s+in\\s+(?:the\\s+|our\\s+)?(?:${PRINT_LABEL}|print|paper|newspaper)\\b`,
  'iu',
);

/** The "English edition" label, by language (ISO 639-1), lower case. */
// prettier-ignore
const ENGLISH_EDITION: Readonly<Record<string, readonly string[]>> = {
  en: ['english edition', 'english version', 'in english'],
  de: ['englische ausgabe', 'englische version', 'englischsprachige ausgabe'],
  fr: ['édition anglaise', 'édition en anglais', 'version anglaise', 'version en anglais'],
  es: ['edición en inglés', 'versión en inglés'],
  pt: ['edição em inglês', 'versão em inglês'],
  it: ['edizione inglese', 'edizione in inglese', 'versione inglese', 'versione in inglese'],
  nl: ['engelse editie', 'engelstalige editie', 'engelse versie'],
  sv: ['engelsk utgåva', 'engelsk version'],
  no: ['engelsk utgave', 'engelsk versjon'],
  da: ['engelsk udgave', 'engelsk version'],
  fi: ['englanninkielinen painos', 'englanninkielinen versio'],
  pl: ['wydanie angielskie', 'wersja angielska', 'wydanie anglojęzyczne'],
  cs: ['anglické vydání', 'anglická verze'],
  sk: ['anglické vydanie', 'anglická verzia'],
  sl: ['angleška izdaja', 'angleška različica'],
  hr: ['englesko izdanje', 'engleska verzija'],
  sr: ['englesko izdanje', 'енглеско издање'],
  bs: ['englesko izdanje'],
  hu: ['angol nyelvű kiadás', 'angol kiadás', 'angol nyelvű változat'],
  ro: ['ediția în limba engleză', 'ediţia în limba engleză', 'versiunea în limba engleză'],
  bg: ['издание на английски', 'английско издание'],
  el: ['αγγλική έκδοση'],
  ru: ['английская версия', 'английское издание', 'версия на английском'],
  uk: ['англійська версія', 'англійське видання'],
  tr: ['i̇ngilizce baskı', 'ingilizce baskı', 'i̇ngilizce sürüm', 'ingilizce sürüm'],
  ar: ['النسخة الإنجليزية', 'الطبعة الإنجليزية'],
  fa: ['نسخه انگلیسی'],
  he: ['מהדורה באנגלית'],
  hi: ['अंग्रेज़ी संस्करण', 'अंग्रेजी संस्करण'],
  id: ['edisi bahasa inggris', 'edisi inggris'],
  ms: ['edisi bahasa inggeris'],
  vi: ['phiên bản tiếng anh', 'ấn bản tiếng anh'],
  th: ['ฉบับภาษาอังกฤษ'],
  zh: ['英文版'],
  ja: ['英語版'],
  ko: ['영문판', '영어판'],
  sw: ['toleo la kiingereza'],
};
// The label alone, maybe between brackets or after a bullet, or with a date after it.
const ENGLISH = new RegExp(
  `^[\\s\\[(|·•»›-]*(?:${matchAnyPattern(Object.values(ENGLISH_EDITION).flat())})[\\s\\])|·•«‹-]*(?:[:,|·•—–-]\\s*(.{4,40}))?$`,
  'iu',
);

// The first words of the labels: a line whose first word is none of them is none of the stamps
// opening with a Latin label (a word firstWordKey does not key is left to the patterns).
const firstWords = (labels: readonly string[]) =>
  firstWordsOf(
    [...new Set(labels.map((label) => label.split(/[ -]/)[0]!))].filter((word) => /^[a-z]+$/.test(word)).join(' '),
  );
const LATIN_FIRST = firstWords([
  ...Object.values(PUBLISHED_IN).flat(),
  ...Object.values(PRINT_EDITION).flat(),
  ...['filed', 'reported', 'reporting', 'written', 'writing', 'this', 'the'],
]);
const ENGLISH_FIRST = firstWords(Object.values(ENGLISH_EDITION).flat());
const MAX_ENGLISH_LENGTH = 90;

/**
 * Rule `metadata/edition-stamp`: A stamp line at the head or tail saying where and in which edition the story ran ("Published in Valley Courier, March 3rd, 2026", "Print edition, Page 5", "Edición en inglés").
 *
 * @example
 * clean('The operator said on Wednesday that both of its larger ships had been withdrawn.\n\nPublished in Valley Courier, March 3rd, 2026').text; // 'The operator said on Wednesday that both of its larger ships had been withdrawn.'
 */
export const editionStampRule: BlockRule = {
  type: 'block',
  id: 'metadata/edition-stamp',
  category: 'dateline',
  description:
    'A stamp line at the head or tail saying where and in which edition the story ran ("Published in Valley Courier, March 3rd, 2026", "Print edition, Page 5", "Edición en inglés")',
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text } = block;
    if (text.length > MAX_LENGTH || text.length < 2) return null;
    const kind = stampKind(text);
    if (kind === undefined) return null;
    if (kind === 'head') return inHeadBeforeProse(block, context) ? {} : null;
    return inHeadBeforeProse(block, context) || atTail(block, context) ? {} : null;
  },
};

/**
 * Which stamp the text is, and where it may stand: 'head' (the head only), 'edge' (head or
 * tail), or undefined when it is none.
 *
 * @example
 * stampKind('Print edition, Page 5'); // 'edge'
 * stampKind('Published in 1998, the report found that rents had doubled.'); // undefined
 */
export function stampKind(text: string): 'head' | 'edge' | undefined {
  const key = firstWordKey(text);
  if (opensWithKeyOf(key, LATIN_FIRST)) {
    const published = PUBLISHED.exec(text);
    if (published && YEAR.test(published[1]!) && !SENTENCE_GOES_ON.test(published[1]!)) return 'edge';
    const filed = FILED_FROM.exec(text);
    if (filed && (filed[1] === undefined || DIGIT.test(filed[1]))) return 'head';
    const print = PRINT.exec(text);
    if (print && (print[1] === '' || (DIGIT.test(print[1]!) && !/[.!?]$/.test(print[1]!)))) return 'edge';
    if (APPEARED_IN_PRINT.test(text)) return 'edge';
  }
  if (text.length > MAX_ENGLISH_LENGTH || (key > 0 && !opensWithKeyOf(key, ENGLISH_FIRST))) return undefined;
  const english = ENGLISH.exec(text);
  if (english && (english[1] === undefined || DIGIT.test(english[1]))) return 'edge';
  return undefined;
}

// No paragraph of prose is kept after the block.
function atTail(block: Block, context: BlockContext): boolean {
  const { blocks } = context;
  for (let j = block.index + 1; j < blocks.length; j++)
    if (!context.isRemoved(j) && isProseParagraph(blocks[j]!.text)) return false;
  return !moreWordsThan(block.text, 40);
}
