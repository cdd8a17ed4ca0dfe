/**
 * footer/notes — short notes of the outlet about the article, in the outlet's language:
 * - the machine-translation note in another language than the article's ("Dieser Beitrag wurde
 *   mit KI aus dem Englischen übersetzt", "Traduction automatique", "Автоматический перевод"), read
 *   by its words rather than its opening: a short line that holds a word of translating and a word
 *   of the machine (automatic, AI) of one language, in either order (`footer/disclaimer` asks it);
 * - the correction or editor's note ("Correction: An earlier version of this story gave a wrong figure …",
 *   "Berichtigung: …", "Sprostowanie: …"), rule `footer/correction-note`;
 * - the link to the article in another language, alone on its line ("Read in English", "Lire en
 *   français", "Versión en español"), rule `footer/language-link`.
 */
import type { BlockRule } from '../../rule.js';
import { charSet, moreWordsThan, opensWithFolded } from '../../shape.js';

// The machine-translation note's words by language: [ISO 639-1, ISO 639-3, the words of
// translating, the words of the machine (case-insensitive), acronyms (case as written), whether
// the words may stand inside a word (compounds, scripts without spaces, prefixed articles)].
// Each word is a regex source read as a word's start (or anywhere, for `inside`).
// prettier-ignore
export const MT_WORDS_BY_LANGUAGE: ReadonlyArray<
  readonly [language: string, iso3: string, translate: string, machine: string, acronyms: string, inside: boolean]
> = [
  ['de', 'deu', 'übersetz', 'maschinell|maschinen|automatisch|automatisiert|künstliche[nr]? intelligenz', 'KI', true],
  ['fr', 'fra', 'tradu[ic]', 'automatique|machine|intelligence artificielle|logiciel de traduction', 'IA', false],
  ['es', 'spa', 'tradu[cj]', 'autom[aá]tica|m[aá]quina|inteligencia artificial', 'IA', false],
  ['pt', 'por', 'tradu[czçt]', 'autom[aá]tica|m[aá]quina|intelig[eê]ncia artificial', 'IA', false],
  ['it', 'ita', 'tradott|tradu[crz]', 'automatic|macchina|intelligenza artificiale', 'IA', false],
  ['nl', 'nld', 'verta(?:al|l)', 'automatisch|machin|kunstmatige intelligentie', 'AI', true],
  ['sv', 'swe', 'översat|översät', 'maskin|automatisk|artificiell intelligens', 'AI', true],
  ['no', 'nor', 'oversat|overset', 'maskin|automatisk|kunstig intelligens', 'KI', true],
  ['da', 'dan', 'oversat|oversæt', 'maskin|automatisk|kunstig intelligens', 'AI', true],
  ['fi', 'fin', 'käänn|käänt|käännö', 'kone|automaatti|tekoäly', 'AI', true],
  ['is', 'isl', 'þý[ðdt]', 'vél|sjálfvirk|gervigreind', '', true],
  ['et', 'est', 'tõlk|tõlgi|tõlge', 'masin|automaat|tehisintellekt|tehisaru', 'AI', true],
  ['lv', 'lav', 'tulko|tulkoj', 'mašīn|automātisk|mākslīg', 'AI', true],
  ['hu', 'hun', 'fordít', 'gépi|automatikus|mesterséges intelligencia', 'AI|MI', true],
  ['pl', 'pol', '(?:prze)?tłumacz', 'maszynow|automatyczn|sztuczn\\p{L}* inteligencj', 'AI', false],
  ['cs', 'ces', 'přelož|překl', 'strojov|strojově|automatick|uměl\\p{L}* inteligenc', 'AI|UI', false],
  ['sk', 'slk', 'prelož|prekl', 'strojov|automatick|umel\\p{L}* inteligenc', 'AI|UI', false],
  ['sl', 'slv', 'preved|prevod|prevaj', 'strojn|samodejn|avtomatsk|umetn\\p{L}* inteligenc', 'AI|UI', false],
  ['hr', 'hrv', 'prijevod|preved|prevod|prevođ', 'strojn|automatsk|mašinsk|umjetn\\p{L}* inteligencij', 'AI|UI', false],
  ['sr', 'srp', 'prevod|preved|prevođ|превод|преведен|превођ', 'mašinsk|automatsk|veštačk|машинск|аутоматск|вештачк', 'AI|ВИ', false],
  ['ro', 'ron', 'tradu[cs]', 'automat|inteligen[țţt][aă] artificial', 'AI|IA', false],
  ['bg', 'bul', 'превод|преведен', 'машин|автоматич|изкуствен', 'ИИ|AI', false],
  ['el', 'ell', 'μετάφρ|μεταφρ', 'αυτόματ|αυτοματ|μηχανικ|τεχνητ', 'AI', false],
  ['ru', 'rus', 'перев[оеё]д|перевел', 'машинн|автоматич|искусствен|нейросет', 'ИИ|AI', false],
  ['uk', 'ukr', 'перекла', 'машинн|автоматичн|штучн|нейромереж', 'ШІ|AI', false],
  ['lt', 'lit', 'išvers|vertim|išverst', 'mašinin|automatiš|automatin|dirbtin', 'DI|AI', false],
  ['tr', 'tur', 'çevir|çevri', 'makine|otomatik|yapay zek', 'AI', false],
  ['ar', 'ara', 'ترجم|تُرجم', 'آلي|تلقائي|الذكاء الاصطناعي', '', true],
  ['fa', 'fas', 'ترجمه', 'ماشینی|خودکار|هوش مصنوعی', '', true],
  ['ur', 'urd', 'ترجمہ', 'مشینی|خودکار|مصنوعی ذہانت', '', true],
  ['he', 'heb', 'תרגו|תורג|מתורג', 'מכונה|אוטומטי|בינה מלאכותית', '', true],
  ['hi', 'hin', 'अनुवाद|अनूदित', 'मशीन|स्वचालित|स्वतः|कृत्रिम बुद्धि|एआई', 'AI', false],
  ['bn', 'ben', 'অনুবাদ|অনূদিত', 'মেশিন|যান্ত্রিক|স্বয়ংক্রিয়|কৃত্রিম বুদ্ধিমত্তা', 'AI', false],
  ['id', 'ind', 'terjemah', 'otomatis|mesin|kecerdasan buatan', 'AI', true],
  ['ms', 'msa', 'terjemah', 'automatik|mesin|kecerdasan buatan', 'AI', true],
  ['sw', 'swa', 'tafsiri', 'mashine|kiotomatiki|akili bandia', 'AI', true],
  ['vi', 'vie', 'dịch(?! bệnh)', 'tự động|máy|trí tuệ nhân tạo', 'AI', false],
  ['th', 'tha', 'แปล(?!ก)', 'เครื่อง|อัตโนมัติ|ปัญญาประดิษฐ์|เอไอ', 'AI', true],
  ['zh', 'zho', '翻译|翻譯|机翻|機翻', '机器|機器|自动|自動|人工智能|人工智慧|机翻|機翻', 'AI|ＡＩ', true],
  ['ja', 'jpn', '翻訳', '機械|自動|人工知能', 'AI|ＡＩ', true],
  ['ko', 'kor', '번역', '기계|자동|인공지능', 'AI', true],
  ['ka', 'kat', 'თარგმ', 'მანქანურ|ავტომატურ|ხელოვნური ინტელექტ', 'AI', true],
];

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const ALPHABETS = '[\\p{sc=Latin}\\p{sc=Cyrillic}\\p{sc=Greek}]';
const NOT_ALPHABET_BEFORE = `(?<!${ALPHABETS})`;
const NOT_ALPHABET_AFTER = `(?!${ALPHABETS})`;
const at = (words: string, inside: boolean): string => (inside ? `(?:${words})` : `${NOT_LETTER_BEFORE}(?:${words})`);
// Any language's word of translating: the necessary condition, one scan.
// (Without the boundaries: a lookbehind before every alternative would slow the scan.)
const TRANSLATE_ANY = new RegExp(MT_WORDS_BY_LANGUAGE.map(([, , t]) => t).join('|'), 'u');
const MT_TESTS = MT_WORDS_BY_LANGUAGE.map(([, iso3, t, machine, acronyms, inside]) => ({
  iso3,
  translate: new RegExp(at(t, inside), 'u'),
  machine: new RegExp(at(machine, inside), 'u'),
  // (An acronym stands apart from the letters of alphabetic scripts: "AIで翻訳", "KI-Übersetzung".)
  acronym: acronyms === '' ? null : new RegExp(`${NOT_ALPHABET_BEFORE}(?:${acronyms})${NOT_ALPHABET_AFTER}`, 'u'),
}));
// A note, not a paragraph: at most 30 words (and 250 characters, for the scripts without spaces).
const MT_MAX_WORDS = 30;
const MT_MAX_LENGTH = 250;
// A quotation opens the line: someone's words, not the outlet's note.
const QUOTE_OPENERS = '"“”„«»‘’\'「『';

/**
 * True when the line is a machine-translation note in another language than the article's
 * (ISO 639-3): a short line with a word of translating and a word of the machine (or "AI") of
 * one language. English notes are `footer/disclaimer`'s own openings, and a note in the
 * article's own language is left to them too: there a short sentence about translating is prose.
 *
 * @example
 * isForeignTranslationNote('Dieser Text wurde mit KI übersetzt.', 'eng'); // true
 * isForeignTranslationNote('Dieser Text wurde mit KI übersetzt.', 'deu'); // false
 */
export function isForeignTranslationNote(text: string, articleLanguage: string): boolean {
  if (text.length > MT_MAX_LENGTH || QUOTE_OPENERS.includes(text.charAt(0))) return false;
  if (moreWordsThan(text, MT_MAX_WORDS)) return false;
  // (The patterns read the line in lower case, without /i: a case-folding scan costs far more.)
  const lower = text.toLowerCase();
  if (!TRANSLATE_ANY.test(lower)) return false;
  for (const test of MT_TESTS) {
    if (test.iso3 === articleLanguage || !test.translate.test(lower)) continue;
    if (test.machine.test(lower) || (test.acronym !== null && test.acronym.test(text))) return true;
  }
  return false;
}

// The correction or editor's note: its label in each language, then a colon (perhaps after a
// date in brackets or a date: "Update (7 Dec): …", "Korjaus 7.12. klo 10.15: …"), then its text.
// By language (ISO 639-1): the labels (regex sources, lower case).
// prettier-ignore
export const CORRECTION_LABELS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, labels: string]> = [
  ['en', "corrections?|corrected|clarification|clarified|erratum|editor['’]?s(?: note| notes)|editorial note|note from the editors?|note to readers"],
  ['de', 'berichtigung|korrektur|richtigstellung|klarstellung|anmerkung der redaktion|hinweis der redaktion|transparenzhinweis|korrekturhinweis'],
  ['fr', 'correction|correctif|rectificatif|erratum|précision|note de la rédaction|ndlr|note de l[’\']éditeur'],
  ['es', 'fe de erratas|corrección|rectificación|aclaración|errata|nota del editor|nota de la redacción|nota del editor'],
  ['pt', 'correção|correcção|errata|retificação|rectificação|esclarecimento|nota do editor|nota da redação|nota da redacção'],
  ['it', 'rettifica|correzione|errata corrige|precisazione|nota della redazione|nota del direttore'],
  ['nl', 'correctie|rectificatie|verbetering|noot van de redactie|naschrift van de redactie'],
  ['sv', 'rättelse|förtydligande|redaktionens kommentar|redaktionell anmärkning'],
  ['no', 'rettelse|korrigering|presisering|redaksjonell merknad|redaksjonens merknad'],
  ['da', 'rettelse|korrektion|præcisering|redaktionel note|redaktionens note'],
  ['fi', 'korjaus|oikaisu|tarkennus|toimituksen huomautus'],
  ['is', 'leiðrétting'],
  ['pl', 'sprostowanie|korekta|errata|od redakcji|nota redakcyjna|uwaga redakcji'],
  ['cs', 'oprava|upřesnění|poznámka redakce'],
  ['sk', 'oprava|spresnenie|poznámka redakcie'],
  ['sl', 'popravek|opomba uredništva|pojasnilo'],
  ['hr', 'ispravak|napomena uredništva|napomena urednika'],
  ['sr', 'ispravka|ispravak|napomena redakcije|исправка|напомена редакције'],
  ['bs', 'ispravka|ispravak|napomena redakcije'],
  ['hu', 'helyesbítés|pontosítás|a szerkesztőség megjegyzése|szerkesztői megjegyzés'],
  ['ro', 'erată|erata|corecție|corectură|rectificare|precizare|nota redacției|nota editorului'],
  ['bg', 'поправка|корекция|уточнение|бележка на редакцията|от редакцията'],
  ['el', 'διόρθωση|διευκρίνιση|σημείωση της σύνταξης|σημείωση σύνταξης'],
  ['ru', 'исправление|поправка|уточнение|примечание редакции|от редакции'],
  ['uk', 'виправлення|поправка|уточнення|примітка редакції|від редакції'],
  ['lt', 'patikslinimas|pataisymas|redakcijos pastaba'],
  ['lv', 'labojums|precizējums|redakcijas piezīme'],
  ['et', 'parandus|täpsustus|toimetuse märkus'],
  ['tr', 'düzeltme|tekzip|editörün notu|editör notu'],
  ['ar', 'تصحيح|توضيح|ملاحظة المحرر|ملاحظة التحرير'],
  ['fa', 'اصلاحیه|یادداشت سردبیر'],
  ['he', 'תיקון|הבהרה|הערת המערכת'],
  ['id', 'koreksi|ralat|catatan redaksi|catatan editor'],
  ['ms', 'pembetulan|nota editor|nota pengarang'],
  ['vi', 'đính chính|ghi chú của biên tập|ghi chú của tòa soạn'],
  ['zh', '更正|勘误|勘誤|编者按|編者按|编者注|編者註|編按'],
  ['ja', '訂正|おわび|お詫び|編集部注|編集注'],
  ['ko', '정정|바로잡습니다|편집자 주|편집자주'],
];
const CORRECTION_LABEL = `(?:${CORRECTION_LABELS_BY_LANGUAGE.map(([, labels]) => labels).join('|')})`;
// The label, then perhaps a date or time (in brackets, or a short run of digits, months and marks
// before the colon: "Correction, 7 December:", "Korjaus 7.12. klo 10.15:"), then the colon (or a
// dash) and the note's text; or the label alone in brackets ("[Correction]", "【訂正】").
const CORRECTION_NOTE = new RegExp(
  `^(?:[*_]{1,2})?(?:${CORRECTION_LABEL}(?:[*_]{1,2})?(?:\\s*\\([^()]{1,40}\\)|,?\\s+[\\p{N}][\\p{L}\\p{N} .,/:-]{0,30}?|,?\\s+\\p{L}{3,12}\\.? \\p{N}{1,2}(?:, \\p{N}{4})?)?\\s*[:：—–-]\\s*(?:[*_]{1,2}\\s*)?\\S|[\\[【(]${CORRECTION_LABEL}[\\]】)])`,
  'u',
);
// The English notes without a label ("report" left out: an article about a report says "this report"):
// "An earlier version of this story gave a wrong figure …", "This
// story has been corrected to reflect …", "Update (7 Dec): This article has been updated to …".
const ENGLISH_CORRECTION =
  /^(?:update[ds]?(?:\s*\([^()]{1,40}\)|,? [\p{L}\p{N} ,.:]{1,30}?)?\s*[:—–-]\s*)?(?:an? |the )?(?:earlier|previous|prior|original) version of this (?:article|story|post|piece|column|item)\b[^.]{0,40}?\b(?:misstated|misspelled|misidentified|misnamed|misattributed|incorrectly|wrongly|erroneously|mistakenly|inaccurately|misreported|misquoted|gave|stated|said|reported|referred|described|included|omitted|did not|contained|had)\b|^(?:update[ds]?(?:\s*\([^()]{1,40}\)|,? [\p{L}\p{N} ,.:]{1,30}?)?\s*[:—–-]\s*)?this (?:article|story|post|piece|column|item) (?:has been|was|is being) (?:corrected|amended|updated|revised|edited)\b(?: (?:on|at) [^.]{1,30})?(?:\s*(?:to|with|after|because|since|so)\b|[.:]?$)/u;
const CORRECTION_MAX_WORDS = 80;
const CORRECTION_MAX_LENGTH = 700;
// The labels' first characters (ASCII letters, brackets and marks; a line opening above ASCII is
// left to the pattern).
const CORRECTION_FIRST = charSet(
  [...new Set(CORRECTION_LABELS_BY_LANGUAGE.flatMap(([, labels]) => labels.split('|').map((label) => label[0]!)))]
    .filter((c) => c.charCodeAt(0) < 0x80)
    .join('') +
    'aeoptu(*' +
    '{\x7f', // ('[' and '_' fold onto '{' and DEL)
);

/**
 * Rule `footer/correction-note`: Correction and editor's notes ("Correction: An earlier version of this story gave a wrong figure …", "Berichtigung: …").
 *
 * @example
 * clean("Putin spoke.\n\nCorrection: An earlier version of this story gave the wrong date.", { rules: [correctionNoteRule] }).text; // "Putin spoke."
 */
export const correctionNoteRule: BlockRule = {
  type: 'block',
  id: 'footer/correction-note',
  category: 'footer',
  description: 'Correction and editor\'s notes ("Correction: An earlier version of this story gave a wrong figure …")',
  textOnly: true,
  maxLength: CORRECTION_MAX_LENGTH,
  match(block) {
    const { text } = block;
    if (text.length > CORRECTION_MAX_LENGTH || !opensWithFolded(text, CORRECTION_FIRST, true)) return null;
    if (moreWordsThan(text, CORRECTION_MAX_WORDS)) return null;
    // (The patterns read the line in lower case, without /i.)
    const lower = text.toLowerCase();
    return CORRECTION_NOTE.test(lower) || ENGLISH_CORRECTION.test(lower) ? {} : null;
  },
};

// The link to the article in another language, alone on its line: a verb of reading and the
// language ("Read in English", "Lire en français", "Auf Deutsch lesen"), or the edition's or
// version's name ("English edition", "Versión en español"). By language (ISO 639-1): whole-line
// regex sources, `LANG` standing for one word (the language's name).
// prettier-ignore
export const LANGUAGE_LINKS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, lines: readonly string[]]> = [
  ['en', ['read (?:(?:this|the) (?:article|story|text) |it )?in LANG', 'LANG (?:edition|version)', '(?:this (?:article|story) is )?(?:also )?available in LANG']],
  ['de', ['(?:auf|in) LANG lesen', '(?:diesen (?:artikel|text|beitrag) )?(?:auf|in) LANG lesen', 'LANG (?:ausgabe|version|fassung)', 'lesen sie (?:diesen (?:artikel|text|beitrag) )?(?:auf|in) LANG']],
  ['fr', ["lire (?:cet article |l['’]article )?en LANG", 'version LANG', 'édition LANG', "(?:(?:cet article est )?(?:aussi |également )?disponible )en LANG"]],
  ['es', ['leer (?:este artículo |el artículo )?en LANG', 'lea (?:este artículo )?en LANG', 'versión en LANG', 'edición en LANG', '(?:también )?disponible en LANG']],
  ['pt', ['ler (?:este artigo |o artigo )?em LANG', 'leia (?:este artigo )?em LANG', 'versão em LANG', 'edição em LANG', '(?:também )?disponível em LANG']],
  ['it', ["leggi (?:questo articolo |l['’]articolo )?in LANG", 'versione LANG', 'edizione LANG', '(?:anche )?disponibile in LANG']],
  ['nl', ['lees (?:dit artikel |het artikel )?in het LANG', 'LANG versie', 'LANG editie']],
  ['sv', ['läs (?:artikeln |den här artikeln )?på LANG', 'LANG version', 'LANG utgåva']],
  ['no', ['les (?:artikkelen |denne artikkelen )?på LANG', 'LANG versjon', 'LANG utgave']],
  ['da', ['læs (?:artiklen |denne artikel )?på LANG', 'LANG version', 'LANG udgave']],
  ['fi', ['lue (?:artikkeli |juttu )?LANG', 'LANG versio']],
  ['pl', ['czytaj (?:ten artykuł |artykuł )?po LANG', 'przeczytaj (?:ten artykuł |artykuł )?po LANG', 'wersja LANG', 'wydanie LANG']],
  ['cs', ['číst (?:článek )?LANG', 'přečtěte si (?:článek )?LANG', 'LANG verze', 'verze v LANG']],
  ['sk', ['čítať (?:článok )?po LANG', 'LANG verzia']],
  ['hr', ['pročitajte (?:članak )?na LANG', 'čitaj(?:te)? na LANG', 'LANG verzija', 'verzija na LANG']],
  ['sr', ['čitaj(?:te)? na LANG', 'pročitajte na LANG', 'читај(?:те)? на LANG', 'прочитајте на LANG', 'LANG verzija', 'LANG верзија']],
  ['hu', ['olvassa el LANG', 'olvasd LANG', 'LANG (?:nyelvű )?(?:változat|verzió)']],
  ['ro', ['citește (?:articolul )?în (?:limba )?LANG', 'citiți (?:articolul )?în (?:limba )?LANG', 'versiunea în (?:limba )?LANG']],
  ['bg', ['прочетете (?:статията )?на LANG', 'четете на LANG', 'версия на LANG']],
  ['el', ['διαβάστε (?:το άρθρο )?στα LANG', 'έκδοση στα LANG']],
  ['ru', ['читать (?:статью |эту статью )?на LANG(?: языке)?', 'читайте (?:статью |эту статью )?на LANG(?: языке)?', 'версия на LANG(?: языке)?', 'LANG версия']],
  ['uk', ['читати (?:статтю )?LANG', 'читайте (?:статтю )?LANG', 'читати (?:статтю )?на LANG(?: мові)?', 'версія LANG', 'LANG версія']],
  ['tr', ['LANG oku', 'LANG okuyun', 'LANG olarak oku', 'LANG (?:sürüm|versiyon)']],
  ['id', ['baca (?:artikel ini |dalam )?(?:bahasa )?LANG', 'versi (?:bahasa )?LANG']],
  ['ms', ['baca dalam (?:bahasa )?LANG', 'versi (?:bahasa )?LANG']],
  ['vi', ['đọc (?:bài )?bằng tiếng LANG', 'phiên bản tiếng LANG']],
  ['ar', ['اقرأ (?:المقال )?(?:بال|باللغة )LANG', 'النسخة LANG']],
];
const LANGUAGE_LINK = new RegExp(
  `^(?:${LANGUAGE_LINKS_BY_LANGUAGE.flatMap(([, lines]) => lines)
    .join('|')
    .replaceAll('LANG', '\\p{L}{3,20}')})\\s*[→›»>:.]?$`,
  'u',
);
// The words of the languages' names a link may give (lower case, each the start of a name in
// English or in the language itself): the link names a language, not "Read in full".
const LANGUAGE_NAME =
  /(?:engl|angl|ingl|inggris|anh|fran[cçz]|fren|deut|germ|alem|tedes|nemeck|němec|niemieck|njemač|nemač|немецк|німецьк|span|espa|spagn|hiszp|španěl|španiel|испанск|іспанськ|portu|ital|dutch|nederl|néerl|holand|svensk|swed|norsk|norw|dansk|danish|suom|finn|pols|polsk|česk|czech|slovak|slovensk|hrvat|croat|srp|serb|српск|magyar|hungar|angol|német|nemet|ingiliz|alman|allem|român|romanian|румън|румын|англ|франц|русск|росій|україн|укр|türk|turk|arab|عرب|إنجليز|انجليز|فرنس|ελληνικ|αγγλικ|greek|русском|chin|japan|korea|indones|melayu|malay)/u;
const LINK_MAX_WORDS = 8;
const LINK_MAX_LENGTH = 80;

/**
 * Rule `footer/language-link`: A link to the article in another language, alone on its line ("Read in English", "Lire en français").
 *
 * @example
 * clean("Putin spoke.\n\nLire en français", { rules: [languageLinkRule] }).text; // "Putin spoke."
 */
export const languageLinkRule: BlockRule = {
  type: 'block',
  id: 'footer/language-link',
  category: 'footer',
  description: 'A link to the article in another language, alone on its line ("Read in English", "Lire en français")',
  textOnly: true,
  maxLength: LINK_MAX_LENGTH,
  match(block) {
    const { text } = block;
    if (text.length > LINK_MAX_LENGTH || moreWordsThan(text, LINK_MAX_WORDS)) return null;
    // (The patterns read the line in lower case, without /i; the name first: the whole-line
    // pattern, whose alternatives may open with any word, costs more.)
    const lower = text.toLowerCase();
    return LANGUAGE_NAME.test(lower) && LANGUAGE_LINK.test(lower) ? {} : null;
  },
};
