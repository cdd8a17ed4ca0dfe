/**
 * The words of an author line in the languages of the news we see: the label before the
 * writer's name ("Autor:", "Teksti:", "Szerző:", "كتب:"), the word that joins two names
 * ("och", "og", "és") and the writer's role after or before a name ("reportrar",
 * "journalist", "toimittaja", "Korrespondent"). Declared by language (ISO 639-1) so that a
 * reader sees which languages are known; lower case. A language whose usual wording we are not
 * sure of is left out.
 *
 * The labels are read only before a colon ("Text: Jana Roe"): a bare "Text" or "Autor" opens
 * sentences too. The English labels that stand without a colon ("By", "Written by") are the
 * byline rule's own pattern.
 */

/**
 * The author-line words of one language.
 *
 * @example
 * BYLINE_WORDS.sv!.and; // ['och']
 */
export interface BylineWords {
  /** Labels before a colon and the writer's names ("Författare: …"). */
  readonly labels: readonly string[];
  /** The words for "and" between two names. */
  readonly and: readonly string[];
  /** The writer's role, singular and plural ("journalist", "journalister"). */
  readonly roles: readonly string[];
}

/**
 * Author-line words by ISO 639-1 code (Serbian in both scripts).
 *
 * @example
 * BYLINE_WORDS.fi!.labels; // ['teksti', 'kirjoittaja', 'toimittaja']
 */
// prettier-ignore
export const BYLINE_WORDS: Readonly<Record<string, BylineWords>> = {
  en: { labels: ['author', 'authors', 'writer', 'writers', 'text', 'words', 'reporter', 'reporters', 'reporting', 'correspondent', 'journalist'], and: ['and'],
    roles: ['reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists', 'staff writer', 'staff reporter', 'staff correspondent', 'special correspondent', 'senior reporter', 'senior correspondent', 'editor', 'writer'] },
  de: { labels: ['autor', 'autorin', 'autoren', 'text', 'von', 'verfasser', 'verfasserin'], and: ['und'],
    roles: ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'journalist', 'journalistin'] },
  fr: { labels: ['auteur', 'auteure', 'autrice', 'auteurs', 'texte', 'par', 'rédigé par', 'écrit par', 'journaliste'], and: ['et'],
    roles: ['journaliste', 'journalistes', 'correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale', 'rédacteur', 'rédactrice', 'reporter'] },
  es: { labels: ['autor', 'autora', 'autores', 'texto', 'por', 'escrito por', 'periodista'], and: ['y', 'e'],
    roles: ['periodista', 'periodistas', 'corresponsal', 'redactor', 'redactora', 'enviado especial', 'enviada especial', 'reportero', 'reportera'] },
  pt: { labels: ['autor', 'autora', 'autores', 'texto', 'por', 'escrito por', 'jornalista', 'repórter'], and: ['e'],
    roles: ['jornalista', 'jornalistas', 'correspondente', 'repórter', 'redator', 'redatora', 'enviado especial', 'enviada especial'] },
  it: { labels: ['autore', 'autrice', 'autori', 'testo', 'di', 'scritto da'], and: ['e', 'ed'],
    roles: ['giornalista', 'corrispondente', 'inviato', 'inviata', 'redattore', 'redattrice'] },
  nl: { labels: ['auteur', 'auteurs', 'tekst', 'door', 'geschreven door', 'verslaggever'], and: ['en'],
    roles: ['verslaggever', 'verslaggevers', 'verslaggeefster', 'correspondent', 'journalist', 'redacteur'] },
  sv: { labels: ['av', 'text', 'författare', 'reporter', 'skriven av'], and: ['och'],
    roles: ['reporter', 'reportrar', 'journalist', 'journalister', 'korrespondent', 'redaktör', 'medarbetare'] },
  no: { labels: ['av', 'tekst', 'forfatter', 'journalist', 'skrevet av'], and: ['og'],
    roles: ['journalist', 'journalister', 'reporter', 'korrespondent', 'redaktør', 'kommentator'] },
  da: { labels: ['af', 'tekst', 'forfatter', 'journalist', 'skrevet af'], and: ['og'],
    roles: ['journalist', 'journalister', 'korrespondent', 'redaktør', 'reporter', 'praktikant'] },
  fi: { labels: ['teksti', 'kirjoittaja', 'toimittaja'], and: ['ja'],
    roles: ['toimittaja', 'toimittajat', 'kirjeenvaihtaja', 'uutistoimittaja'] },
  is: { labels: ['höfundur'], and: ['og'], roles: ['blaðamaður', 'fréttamaður'] },
  pl: { labels: ['autor', 'autorka', 'autorzy', 'tekst'], and: ['i', 'oraz'],
    roles: ['dziennikarz', 'dziennikarka', 'reporter', 'reporterka', 'korespondent', 'korespondentka', 'redaktor'] },
  cs: { labels: ['autor', 'autorka', 'autoři', 'text'], and: ['a'],
    roles: ['redaktor', 'redaktorka', 'novinář', 'novinářka', 'zpravodaj', 'zpravodajka', 'reportér', 'reportérka'] },
  sk: { labels: ['autor', 'autorka', 'autori', 'text'], and: ['a'],
    roles: ['redaktor', 'redaktorka', 'novinár', 'novinárka', 'reportér', 'reportérka', 'spravodajca'] },
  sl: { labels: ['avtor', 'avtorica', 'avtorji', 'besedilo'], and: ['in'],
    roles: ['novinar', 'novinarka', 'dopisnik', 'dopisnica'] },
  hr: { labels: ['autor', 'autorica', 'piše', 'tekst', 'napisao', 'napisala'], and: ['i'],
    roles: ['novinar', 'novinarka', 'dopisnik', 'dopisnica', 'reporter', 'reporterka'] },
  bs: { labels: ['autor', 'autorica', 'piše', 'tekst'], and: ['i'], roles: ['novinar', 'novinarka', 'dopisnik', 'dopisnica'] },
  sr: { labels: ['autor', 'piše', 'tekst', 'аутор', 'пише', 'текст'], and: ['i', 'и'],
    roles: ['novinar', 'novinarka', 'dopisnik', 'новинар', 'новинарка', 'дописник'] },
  hu: { labels: ['szerző', 'szerzők', 'szöveg', 'írta'], and: ['és'], roles: ['újságíró', 'tudósító', 'riporter', 'szerkesztő'] },
  ro: { labels: ['autor', 'autori', 'autoare', 'text', 'scris de', 'reporter'], and: ['și', 'şi'],
    roles: ['reporter', 'jurnalist', 'jurnalistă', 'corespondent', 'corespondentă', 'redactor'] },
  bg: { labels: ['автор', 'текст', 'репортер'], and: ['и'], roles: ['журналист', 'репортер', 'кореспондент', 'редактор'] },
  el: { labels: ['συντάκτης', 'συντάκτρια', 'κείμενο', 'γράφει'], and: ['και'], roles: ['δημοσιογράφος', 'ανταποκριτής', 'ανταποκρίτρια', 'συντάκτης'] },
  ru: { labels: ['автор', 'авторы', 'текст', 'корреспондент'], and: ['и'], roles: ['корреспондент', 'журналист', 'обозреватель', 'редактор'] },
  uk: { labels: ['автор', 'авторка', 'автори', 'текст', 'кореспондент'], and: ['і', 'та', 'й'], roles: ['кореспондент', 'кореспондентка', 'журналіст', 'журналістка', 'редактор', 'оглядач'] },
  lt: { labels: ['autorius', 'autorė', 'tekstas'], and: ['ir'], roles: ['žurnalistas', 'žurnalistė', 'korespondentas', 'korespondentė'] },
  lv: { labels: ['autors', 'autore', 'teksts'], and: ['un'], roles: ['žurnālists', 'žurnāliste', 'korespondents', 'korespondente'] },
  et: { labels: ['autor', 'tekst'], and: ['ja'], roles: ['ajakirjanik', 'reporter', 'korrespondent', 'toimetaja'] },
  tr: { labels: ['yazar', 'yazan', 'haber', 'muhabir'], and: ['ve'], roles: ['muhabir', 'muhabiri', 'gazeteci', 'editör'] },
  ar: { labels: ['كتب', 'كتبت', 'بقلم', 'الكاتب', 'المحرر', 'إعداد'], and: ['و'], roles: ['مراسل', 'صحفي'] },
  fa: { labels: ['نویسنده', 'به قلم', 'خبرنگار'], and: ['و'], roles: ['خبرنگار'] },
  he: { labels: ['מאת', 'כתב', 'כתבת', 'כתבה', 'כתבו'], and: ['ו'], roles: ['כתב', 'כתבת'] },
  hi: { labels: ['लेखक', 'लेखिका', 'रिपोर्टर', 'संवाददाता'], and: ['और'], roles: ['संवाददाता', 'रिपोर्टर'] },
  bn: { labels: ['লেখক', 'প্রতিবেদক'], and: ['ও', 'এবং'], roles: ['প্রতিবেদক', 'সংবাদদাতা'] },
  ur: { labels: ['تحریر', 'رپورٹ', 'نامہ نگار'], and: ['اور'], roles: ['نامہ نگار', 'رپورٹر'] },
  id: { labels: ['penulis', 'reporter', 'pewarta', 'oleh', 'wartawan', 'kontributor'], and: ['dan'],
    roles: ['wartawan', 'jurnalis', 'koresponden', 'pewarta', 'kontributor'] },
  ms: { labels: ['penulis', 'oleh', 'wartawan', 'pemberita'], and: ['dan'], roles: ['wartawan', 'pemberita', 'koresponden'] },
  tl: { labels: ['isinulat ni', 'ulat ni'], and: ['at'], roles: ['reporter', 'mamamahayag'] },
  vi: { labels: ['tác giả', 'phóng viên', 'bài', 'bài và ảnh'], and: ['và'], roles: ['phóng viên', 'nhà báo', 'cộng tác viên'] },
  th: { labels: ['ผู้เขียน', 'เขียนโดย', 'โดย', 'ผู้สื่อข่าว'], and: ['และ'], roles: ['ผู้สื่อข่าว'] },
  zh: { labels: ['作者', '记者', '記者', '撰文', '文'], and: ['和', '與', '与'], roles: ['记者', '記者', '特约记者'] },
  ja: { labels: ['筆者', '執筆', '文', '記者'], and: ['と'], roles: ['記者', '特派員'] },
  ko: { labels: ['작성자'], and: [], roles: ['기자', '특파원'] },
  sw: { labels: ['mwandishi'], and: ['na'], roles: ['mwandishi', 'mwandishi wetu', 'ripota'] },
};
