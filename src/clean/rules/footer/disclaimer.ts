/**
 * footer/disclaimer — the outlet's standard notices about the article rather than in it: the
 * opinion disclaimer ("The views expressed are the author's own …"), the affiliate-link
 * disclosure ("When you buy through links on our site, we may earn a commission"), the
 * not-advice notice ("This article is for informational purposes only …"), the print-edition
 * line ("A version of this article appears in print on …") and the market-data vendor notice
 * ("Intraday data provided by …"), the translation note ("This article is an English translation of
 * …") and the funding note ("Example Reporting Service journalists are funded by … and write …",
 * "This reporting was supported by a grant from …"). Each is a declared pattern with the kind it names; a block
 * goes when it opens with one. A story that reports such a notice ("The company said the
 * views expressed were its own") does not open with it, and stays.
 */
import type { BlockRule } from '../../rule.js';
import { AsciiKeySet, asciiWordKey, asciiWordKeys, isAsciiLetter } from '../../../core/word-scan.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';
import { UNKEYED_WORD, firstWordKey, firstWordsOf, moreWordsThan } from '../../shape.js';
import { OpeningGate } from '../../pattern-gates.js';
import { isForeignTranslationNote } from './notes.js';

const MAX_LENGTH = 600;

/**
 * The kinds of disclaimer, each the opening of the notice (case-insensitive regex sources).
 *
 * @example
 * DISCLAIMER_OPENINGS.map(([kind]) => kind); // ['opinion', 'affiliate', 'advice', 'print-edition', 'market-data', 'translation', 'funding']
 */
// prettier-ignore
export const DISCLAIMER_OPENINGS: ReadonlyArray<readonly [kind: string, opening: string]> = [
  ['opinion', "(?:disclaimer:\\s*)?(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:in this (?:article|column|commentary|piece|post|op-ed)|here|herein|by (?:the )?(?:author|writer|contributors?)[^.]{0,40})(?: are| do not)|(?:the )?opinions expressed by [^.]{1,60} contributors are their own|this (?:article|column|piece) (?:reflects|represents) the (?:views|opinions) of the (?:author|writer)"],
  ['affiliate', "(?:(?:affiliate )?disclosure:\\s*(?:[^.]{0,60}\\bis reader-supported\\.\\s*)?)?(?:when you (?:buy|shop|make a purchase) (?:through|via|using) (?:links|our links)[^.]{0,60}, we (?:may )?(?:earn|receive)|we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation|affiliate commission)|(?:this|the) (?:article|post|page|story) (?:may )?contains? affiliate links)"],
  ['advice', "(?:disclaimer:\\s*)?(?:this|the) (?:article|content|information|material|post)(?: on this (?:site|page))? (?:is|are) (?:provided )?(?:for (?:general )?information(?:al)? (?:purposes )?only|not intended (?:to (?:be|provide)|as) (?:a substitute for |medical |financial |legal |investment )?(?:advice|a substitute))"],
  ['print-edition', "a version of this (?:article|story) appears? in print on"],
  ['market-data', "(?:intraday |market |quotes? |stock )?data (?:is )?(?:provided|delayed|powered) by [^.]{1,40}(?:\\.|and subject to)"],
  ['translation', "this (?:article|story|text|piece|content) (?:is an? (?:\\p{L}+ )?(?:translation|translated version) of|(?:was|has been|is) (?:automatically |machine[- ]|partly |partially )?translated (?:from|into english|by|with|using|automatically)\\b|(?:was|has been|is) machine-translated\\b|was (?:originally )?(?:published|written) in \\p{L}+(?: and (?:has been |was )?(?:automatically |machine[- ])?translated(?: (?:automatically|by machine|into english))?)?[.,]?$)|(?:machine[- ]translated|automatically translated|translated automatically|machine translation|automatic translation|ai[- ]translated|ai translation|translated (?:by|with|using) ai)(?: (?:from|into|by|with|using) [^.]{1,40})?[.:]?$"],
  ['funding', "(?:this (?:article|story|report|reporting|coverage|content|series|project|piece)(?: is part of [^.]{1,60}?(?: that| which))? (?:is|was|has been) (?:(?:produced|made|published|written|reported) )?(?:with (?:the )?(?:financial )?support (?:of|from)|(?:part(?:ly|ially)? |jointly |in part )?(?:funded|supported|made possible|financed|paid for) (?:by|through|with)\\b)|(?:the )?(?:\\p{Lu}[\\p{L}'’.-]*\\s){1,6}(?:journalists|reporters|correspondents|reporting|coverage)(?: of [^.]{1,60})?\\s(?:(?:is|are) (?:part(?:ly|ially)? |jointly |in part )?(?:funded|financed|paid for) by\\b[^.]{1,80}?\\b(?:and|to) (?:write|produce|cover|report)\\b|receives? (?:financial )?support from\\b))"],
];

// The translation note in the other languages of the news, by language (ISO 639-1): its openings
// (regex sources, each opening with a literal word), the sentence ("Tento text byl napsán
// v polštině a automaticky přeložen.", "Dieser Artikel wurde maschinell übersetzt.") or the
// label alone ("Maskinoversatt", "Traduction automatique"). A line that opens with one and has at
// most 40 words is the note.
// prettier-ignore
export const TRANSLATION_NOTES_BY_LANGUAGE: ReadonlyArray<readonly [language: string, openings: readonly string[]]> = [
  ['de', ['dieser (?:artikel|text|beitrag) wurde (?:automatisch |maschinell )?(?:aus dem \\p{L}+ )?(?:automatisch |maschinell )?übersetzt', 'maschinell übersetzt', 'automatisch übersetzt', 'maschinelle übersetzung']],
  ['fr', ["cet article a été (?:automatiquement )?traduit (?:automatiquement|de l['’]\\p{L}+|du \\p{L}+|par)", 'traduit automatiquement', 'traduction automatique']],
  ['es', ['este (?:artículo|texto) (?:fue|ha sido) traducido (?:automáticamente|del \\p{L}+|por|con)', 'traducido automáticamente', 'traducción automática']],
  ['pt', ['este (?:artigo|texto) foi traduzido (?:automaticamente|do \\p{L}+|por|com)', 'traduzido automaticamente', 'tradução automática']],
  ['it', ["questo (?:articolo|testo) è stato tradotto (?:automaticamente|dall['’]\\p{L}+|dal \\p{L}+|con)", 'tradotto automaticamente', 'traduzione automatica']],
  ['nl', ['dit (?:artikel|bericht) is (?:automatisch |machinaal )?vertaald', 'automatisch vertaald', 'machinaal vertaald', 'machinevertaling']],
  ['sv', ['den här artikeln (?:har|är) (?:maskinöversatt|maskinöversatts|översatts automatiskt|automatiskt översatt)',
      'denna artikel (?:har|är) (?:maskinöversatt|maskinöversatts|översatts automatiskt|automatiskt översatt)', 'maskinöversatt', 'maskinöversättning', 'automatiskt översatt']],
  ['no', ['denne artikkelen er (?:maskinoversatt|automatisk oversatt)', 'maskinoversatt', 'automatisk oversatt', 'maskinoversettelse']],
  ['da', ['denne artikel er (?:maskinoversat|automatisk oversat)', 'maskinoversat', 'automatisk oversat', 'maskinoversættelse']],
  ['fi', ['tämä (?:artikkeli|juttu) on (?:konekäännetty|käännetty koneellisesti)', 'konekäännetty', 'konekäännös']],
  ['is', ['vélþýtt', 'vélþýðing']],
  ['pl', ['ten (?:artykuł|tekst) (?:został|był) (?:przetłumaczony|tłumaczony) (?:automatycznie|maszynowo)', 'przetłumaczono automatycznie', 'tłumaczenie maszynowe', 'tłumaczenie automatyczne']],
  ['cs', ['tento (?:článek|text) byl (?:původně )?(?:publikován|napsán|zveřejněn) v \\p{L}+ a (?:strojově |automaticky )?přeložen', 'tento (?:článek|text) byl (?:strojově|automaticky) přeložen', 'strojově přeloženo', 'strojový překlad', 'automatický překlad']],
  ['sk', ['tento (?:článok|text) bol (?:strojovo|automaticky) preložený', 'strojovo preložené', 'strojový preklad', 'automatický preklad']],
  ['sl', ['ta (?:članek|prispevek) je bil (?:strojno|samodejno) preveden', 'strojni prevod', 'strojno prevedeno']],
  ['hr', ['ovaj (?:članak|tekst) je (?:strojno|automatski) preveden', 'strojni prijevod', 'automatski prijevod']],
  ['sr', ['ovaj (?:članak|tekst) je (?:mašinski|automatski) preveden', 'mašinski prevod', 'automatski prevod', 'овај (?:чланак|текст) је (?:машински|аутоматски) преведен', 'машински превод']],
  ['bs', ['ovaj (?:članak|tekst) je (?:mašinski|automatski) preveden', 'mašinski prijevod']],
  ['hu', ['ezt a cikket (?:gépi fordítással|automatikusan) fordítottuk', 'a cikk gépi fordítással készült', 'gépi fordítás']],
  ['ro', ['acest articol a fost tradus (?:automat|din \\p{L}+|cu)', 'tradus automat', 'traducere automată']],
  ['bg', ['тази статия е (?:преведена автоматично|машинно преведена)', 'машинен превод', 'автоматичен превод']],
  ['el', ['το άρθρο (?:αυτό )?(?:έχει )?μεταφράστηκε αυτόματα', 'αυτόματη μετάφραση', 'μηχανική μετάφραση']],
  ['ru', ['эта статья (?:была )?переведена (?:автоматически|с помощью машинного перевода)',
      'статья (?:была )?переведена (?:автоматически|с помощью машинного перевода)', 'машинный перевод', 'автоматический перевод', 'переведено автоматически']],
  ['uk', ['цю статтю (?:було )?перекладено (?:автоматично|машинним перекладом)',
      'статтю (?:було )?перекладено (?:автоматично|машинним перекладом)', 'машинний переклад', 'автоматичний переклад', 'перекладено автоматично']],
  ['lt', ['straipsnis (?:buvo )?išverstas automatiškai', 'mašininis vertimas', 'automatinis vertimas']],
  ['lv', ['mašīntulkojums', 'automātiskais tulkojums']],
  ['et', ['masintõlge', 'automaatne tõlge']],
  ['tr', ['bu (?:makale|haber|yazı) (?:otomatik olarak|makine çevirisiyle) çevrilmiştir', 'makine çevirisi', 'otomatik çeviri']],
  ['ar', ['ترجمة آلية', 'تمت ترجمة هذا (?:المقال|الخبر) آليا']],
  ['fa', ['ترجمه ماشینی', 'ترجمه خودکار']],
  ['he', ['תרגום מכונה', 'תורגם אוטומטית', 'תרגום אוטומטי']],
  ['id', ['artikel ini (?:diterjemahkan|telah diterjemahkan) secara otomatis', 'diterjemahkan secara otomatis', 'terjemahan otomatis', 'terjemahan mesin']],
  ['ms', ['artikel ini diterjemah(?:kan)? secara automatik', 'terjemahan mesin', 'terjemahan automatik']],
  ['vi', ['bài viết (?:này )?được dịch tự động', 'dịch tự động', 'dịch máy']],
  ['zh', ['本文(?:由|为|為|經|经)?(?:机器|機器|自动|自動)(?:翻译|翻譯)', '机器翻译', '機器翻譯']],
  ['ja', ['この記事は(?:機械|自動)翻訳', '機械翻訳', '自動翻訳']],
  ['ko', ['이 기사는 (?:기계|자동) ?번역', '기계 ?번역', '자동 ?번역']],
];
const TRANSLATION_NOTE = new RegExp(
  `^(?:${TRANSLATION_NOTES_BY_LANGUAGE.flatMap(([, openings]) => openings).join('|')})(?![\\p{L}\\p{M}]).{0,250}$`,
  'iu',
);
// Their first words, for firstWordKey (one with a letter above ASCII is not keyed and its lines go to the pattern).
const TRANSLATION_FIRST = firstWordsOf(
  [
    ...new Set(
      TRANSLATION_NOTES_BY_LANGUAGE.flatMap(([, openings]) =>
        openings.map((opening) => /^\p{L}+/u.exec(opening)![0].toLowerCase()),
      ),
    ),
  ].join(' '),
);
// A line whose first word is not keyed (Cyrillic, Greek, "Última …") goes to the pattern only when
// it opens with one of the openings' first characters.
const TRANSLATION_OPENING = new OpeningGate([TRANSLATION_NOTE]);
const DISCLAIMER = new RegExp(`^(?:${DISCLAIMER_OPENINGS.map(([, opening]) => opening).join('|')})`, 'iu');
// The funding note opens with the name of the programme or the outlet ("Example Democracy
// Reporting Service journalists are funded by …", "The Example Press's climate coverage receives
// financial support from …"): a capitalised line that holds one of its verbs is given to the
// pattern whatever its first word.
// (One scan for the four: a string search per verb costs more than the pattern's native scan.)
const FUNDING_VERB = /unded by|inanced by|aid for by|upport from/;
const mayBeFunding = (text: string): boolean => FUNDING_VERB.test(text);
// The openings' first words, alone or with the second word they need: a block that opens
// otherwise matches no opening, without a run of the pattern (most paragraphs that open with
// "The", "This" or "A" go on with another word).
const ALONE = new AsciiKeySet(
  asciiWordKeys([
    'disclaimer',
    'disclosure',
    'affiliate',
    'views',
    'opinions',
    'intraday',
    'market',
    'quote',
    'quotes',
    'stock',
    'data',
    'machine',
    'translated',
    'automatic',
    'ai',
  ]),
);
const DOCUMENT_WORDS = [
  'report',
  'reporting',
  'text',
  'coverage',
  'series',
  'project',
  'views',
  'opinions',
  'article',
  'column',
  'piece',
  'content',
  'information',
  'material',
  'post',
  'page',
  'story',
];
const WITH_SECOND = new Map<number, AsciiKeySet>([
  [asciiWordKey('the', 0, 3), new AsciiKeySet(asciiWordKeys(DOCUMENT_WORDS))],
  [asciiWordKey('this', 0, 4), new AsciiKeySet(asciiWordKeys(DOCUMENT_WORDS))],
  [asciiWordKey('a', 0, 1), new AsciiKeySet(asciiWordKeys(['version']))],
  [asciiWordKey('we', 0, 2), new AsciiKeySet(asciiWordKeys(['may']))],
  [asciiWordKey('when', 0, 4), new AsciiKeySet(asciiWordKeys(['you']))],
]);

function opensLikeDisclaimer(text: string): boolean {
  let end = 0;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  const first = asciiWordKey(text, 0, end);
  if (ALONE.has(first)) return true;
  // (A word of more than ten letters has no key: "Automatically translated …".)
  if (end === 13 && first === -1 && text.slice(0, 13).toLowerCase() === 'automatically') return true;
  const seconds = WITH_SECOND.get(first);
  if (seconds === undefined || text.charCodeAt(end) !== 0x20) return false;
  let secondEnd = end + 1;
  while (secondEnd < text.length && isAsciiLetter(text.charCodeAt(secondEnd))) secondEnd++;
  return seconds.has(asciiWordKey(text, end + 1, secondEnd));
}

/**
 * Rule `footer/disclaimer`: Opinion, affiliate-link, not-advice, print-edition and market-data notices.
 *
 * @example
 * clean("Putin spoke.\n\nThe views expressed in this article are the author's own.", { rules: [disclaimerRule] }).text; // "Putin spoke."
 */
export const disclaimerRule: BlockRule = {
  type: 'block',
  id: 'footer/disclaimer',
  category: 'footer',
  description: 'Opinion, affiliate-link, not-advice, print-edition and market-data notices',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text } = block;
    if (text.length > MAX_LENGTH) return null;
    // The machine-translation note in another language than the article's, read by its words.
    if (isForeignTranslationNote(text, context.language)) return {};
    const first = firstWordKey(text);
    if (
      (first === UNKEYED_WORD ? TRANSLATION_OPENING.mask(text) !== 0 : TRANSLATION_FIRST.has(first)) &&
      TRANSLATION_NOTE.test(text) &&
      !moreWordsThan(text, 40)
    )
      return {};
    if (!opensLikeDisclaimer(text)) {
      const c = text.charCodeAt(0);
      if (!(c >= 0x41 && c <= 0x5a) || text.length > 400 || !mayBeFunding(text)) return null;
    }
    return DISCLAIMER.test(text) && !endsWithAttribution(text) ? {} : null;
  },
};
