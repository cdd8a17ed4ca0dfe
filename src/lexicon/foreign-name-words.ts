/**
 * Words around names in texts that are not English, per language (ISO 639-3), read by the
 * entity stage's non-English path (entities/foreign-text.ts) and by the rules it feeds. The
 * tagger reads English: in another language it runs a title into the name after it
 * ("Almanya Başbakanı Olaf Scholz", "EU-Kommissionspräsidentin Ursula"), a preposition into
 * the name after it (Vietnamese "Theo Bộ Tài", according to the Ministry …), and it cannot
 * type a body by its head noun ("Statistischen Bundesamt"). No maintained package lists these
 * words; the lists are short and closed, and a language absent here simply gets no such help.
 *
 * Words are lower case. An "ending" matches a whole word or the end of a compound (German and
 * Turkish write a title or a body's kind as the compound's head: "Kommissionspräsidentin",
 * "EU-Kommissionspräsidentin", "Cumhurbaşkanı"); an ending is matched only when at least two
 * letters precede it, or the word is the ending itself.
 */

/** Words a language writes as a person's title before the name: no part of the name. */
// prettier-ignore
export const TITLE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  deu: ['präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'premierminister',
    'premierministerin', 'bürgermeister', 'bürgermeisterin', 'sprecher', 'sprecherin', 'chef', 'chefin',
    'vorsitzende', 'vorsitzender', 'generalsekretär', 'generalsekretärin', 'botschafter', 'botschafterin',
    'könig', 'königin', 'papst', 'senator', 'senatorin', 'gouverneur', 'gouverneurin'],
  tur: ['cumhurbaşkanı', 'başbakan', 'başbakanı', 'bakan', 'bakanı', 'başkan', 'başkanı', 'sözcüsü',
    'büyükelçisi', 'lideri', 'kralı', 'valisi'],
};

/**
 * Titles written in several words (Vietnamese writes a word in syllables: "Thủ tướng", prime
 * minister; "Tổng thống", president), matched word by word, lower case.
 */
// prettier-ignore
export const TITLE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  vie: ['thủ tướng', 'phó thủ tướng', 'tổng thống', 'phó tổng thống', 'bộ trưởng', 'thứ trưởng', 'chủ tịch',
    'phó chủ tịch', 'tổng bí thư', 'ngoại trưởng', 'đại sứ', 'thống đốc', 'người phát ngôn', 'giám đốc'],
};

/**
 * Head nouns of a body's name (German and Turkish put the head last, as the compound's
 * head: "Bundesamt", "Bundesagentur für Arbeit", "Merkez Bankası"): the name is an
 * organization's.
 */
// prettier-ignore
export const ORGANIZATION_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  deu: ['amt', 'agentur', 'bank', 'ministerium', 'behörde', 'gericht', 'gerichtshof', 'verband', 'institut',
    'kommission', 'regierung', 'polizei', 'gewerkschaft', 'stiftung', 'universität', 'partei', 'kammer',
    'bundestag', 'bundesrat', 'landtag', 'konzern'],
  tur: ['bankası', 'bakanlığı', 'başkanlığı', 'meclisi', 'mahkemesi', 'partisi', 'üniversitesi', 'kurumu',
    'belediyesi'],
};

/**
 * Words that open a body's name (Vietnamese puts the head first: "Bộ Tài chính", Ministry of
 * Finance; "Ngân hàng Nhà nước", the State Bank), matched word by word, lower case. A
 * Vietnamese name capitalizes the first syllable of each of its words only, so such a name
 * runs on past the tagger's capitalized run by one lower-case syllable ("Tài chính").
 */
// prettier-ignore
export const ORGANIZATION_OPENERS: Readonly<Record<string, readonly string[]>> = {
  vie: ['bộ', 'ngân hàng', 'sở', 'ủy ban', 'uỷ ban', 'tổng cục', 'cục', 'viện', 'tòa án', 'toà án', 'quốc hội',
    'đảng', 'công ty', 'tập đoàn', 'đại học', 'học viện', 'văn phòng'],
};

/**
 * German words after a body's head noun that carry its name on ("Bundesagentur für Arbeit",
 * "Institut für Weltwirtschaft"): the capitalized words after them are the name's.
 */
export const ORGANIZATION_LINKS: Readonly<Record<string, readonly string[]>> = {
  deu: ['für'],
};

/**
 * Head nouns of a building's or a square's name ("im Weißen Haus"): a place, never a person.
 */
export const PLACE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  deu: ['haus', 'palast', 'platz', 'schloss'],
};

/**
 * Prepositions and like words that open a sentence with a capital and that the language's
 * stopword list (stopwords-iso) does not give as single words: Vietnamese has no such list
 * here (its entries are syllables that also spell names: "bộ", "chính", "nhà"). "Theo Bộ Tài
 * chính" is "according to the Ministry of Finance".
 */
// prettier-ignore
export const LEADING_WORDS: Readonly<Record<string, readonly string[]>> = {
  vie: ['theo', 'tại', 'ở', 'của', 'với', 'cho', 'từ', 'về', 'trong', 'sau', 'trước', 'khi', 'nhưng', 'và',
    'các', 'những', 'ông', 'bà', 'đến', 'tới', 'giữa', 'trên', 'dưới', 'người'],
};

const EMPTY: readonly string[] = [];

/** Whether `lower` is one of `endings` or a compound ending in one (two letters or more before it, or a hyphen). */
export function endsWithOneOf(lower: string, endings: readonly string[]): boolean {
  for (const e of endings) {
    if (lower === e) return true;
    if (lower.length >= e.length + 2 && lower.endsWith(e)) return true;
  }
  return false;
}

/**
 * Whether the head of a word (lower case) is one of `endings` or ends in one (endsWithOneOf):
 * the word itself, or after a hyphen the compound's last part ("eu-kommissionspräsidentin").
 */
export function headEndsWithOneOf(lower: string, endings: readonly string[]): boolean {
  return endsWithOneOf(lower.slice(lower.lastIndexOf('-') + 1), endings);
}

/** The list of `table` for `language`, empty when none. */
export const wordsOf = (table: Readonly<Record<string, readonly string[]>>, language: string): readonly string[] =>
  Object.prototype.hasOwnProperty.call(table, language) ? table[language]! : EMPTY;

/**
 * Whether the words of a name (lower case) are a body's in `language`: its head noun last
 * ("statistischen bundesamt"), before a link word ("bundesagentur für arbeit"), or an opener
 * first followed by more ("bộ tài chính").
 *
 * @example
 * foreignBodyName(['statistischen', 'bundesamt'], 'deu'); // true
 * foreignBodyName(['olaf', 'scholz'], 'deu'); // false
 */
export function foreignBodyName(words: readonly string[], language: string): boolean {
  const endings = wordsOf(ORGANIZATION_ENDINGS, language);
  const head = (w: string): boolean => headEndsWithOneOf(w, endings);
  if (endings.length > 0 && words.length > 0) {
    if (head(words[words.length - 1]!)) return true;
    const links = wordsOf(ORGANIZATION_LINKS, language);
    const k = words.findIndex((w) => links.includes(w));
    if (k > 0 && head(words[k - 1]!)) return true;
  }
  return wordsOf(ORGANIZATION_OPENERS, language).some((p) => {
    const opener = p.split(' ');
    return words.length > opener.length && opener.every((w, k) => words[k] === w);
  });
}
