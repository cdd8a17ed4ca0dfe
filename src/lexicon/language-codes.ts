/**
 * The detector's language codes (ISO 639-3, as franc-min writes them) mapped to ISO 639-1 /
 * BCP 47, the codes `Intl` and most data packages use. One table, read by the localized month
 * names (Intl) and by the stopword-list generator (stopwords-iso), so the two cannot disagree
 * about which language a code means.
 */

/**
 * ISO 639-3 → ISO 639-1 for the news languages the detector knows. Languages written without
 * spaces between words are marked, since a word list cannot be matched there.
 *
 * @example
 * ISO_639_1.por; // 'pt'
 */
// prettier-ignore
export const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', spa: 'es', fra: 'fr', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', tur: 'tr',
  ron: 'ro', ind: 'id', swe: 'sv', hun: 'hu', ces: 'cs', hrv: 'hr', rus: 'ru', ukr: 'uk', bel: 'be',
  bul: 'bg', srp: 'sr', kaz: 'kk', arb: 'ar', pes: 'fa', urd: 'ur', hin: 'hi', mar: 'mr', npi: 'ne',
  ell: 'el', heb: 'he', kor: 'ko', hye: 'hy', kat: 'ka', tha: 'th', jpn: 'ja', cmn: 'zh',
  ben: 'bn', pan: 'pa', guj: 'gu', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', amh: 'am',
};

/**
 * Languages written without spaces between words (no word list can be matched there).
 *
 * @example
 * UNSPACED_LANGUAGES.has('jpn'); // true
 */
export const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['jpn', 'cmn', 'tha']);
