/**
 * "Read also" labels in the languages of the news we see: the box a site prints inside or
 * under an article to send the reader to another story ("Leia também: …", "Baca juga",
 * "Читайте также"), as a heading over a few headlines or as a label before one. Declared by
 * language so a reader can see which forms are known; lower case, regex sources (no
 * capturing groups). Only the "read/see also" kind: "you may also like" and "most read"
 * close a page (as do the "related articles" headings of Japanese, Chinese, Korean, Turkish and
 * Vietnamese sites), and the related-links rule reads the English ones of those itself. The
 * same box under the names sites give it ("Also interesting", "More on the topic", "The editors
 * recommend") is read as one.
 */

/**
 * "Read also" labels by ISO 639-1 code.
 *
 * @example
 * READ_ALSO_LABELS.id; // ['baca juga', 'baca pula', 'simak juga', 'lihat juga']
 */
// prettier-ignore
export const READ_ALSO_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['also interesting', 'more (?:on|about) the (?:topic|subject)', 'more for you', '(?:the )?(?:editorial (?:team |staff |board )?|editors? )recommends?', 'recommended by (?:the|our) (?:editors|editorial (?:team|staff))'],
  pt: ['leia (?:também|mais)', 'veja (?:também|mais)', 'saiba mais', 'mais sobre o (?:tema|assunto)', 'recomendados? (?:pela|da) redação'],
  es: ['le[ae] (?:también|además)', 'leer también', 'ver también', 'más sobre (?:el|este) tema', 'la redacción recomienda', 'te recomendamos'],
  fr: ['(?:à )?lire (?:aussi|également)', 'voir aussi', 'la rédaction (?:vous )?recommande', 'plus sur (?:ce|le) sujet', 'à voir aussi'],
  de: ['lesen sie (?:auch|mehr)', 'auch interessant', 'mehr zum thema', 'das könnte sie auch interessieren', 'empfehlungen der redaktion', 'die redaktion empfiehlt'],
  it: ['leggi (?:anche|pure)', 'vedi anche', 'la redazione consiglia', 'altro sull?\'argomento'],
  nl: ['lees (?:ook|meer)', 'meer over dit onderwerp', 'ook interessant'],
  sv: ['läs (?:också|även|mer)'],
  pl: ['czytaj (?:także|też|również)', 'zobacz (?:też|także|również)'],
  id: ['baca juga', 'baca pula', 'simak juga', 'lihat juga'],
  tr: ['(?:bunu da|ayrıca) okuyun'],
  vi: ['xem thêm', 'đọc thêm'],
  ru: ['читайте (?:также|еще|ещё)', 'смотрите также'],
  uk: ['читайте (?:також|ще)', 'дивіться також'],
  el: ['διαβάστε (?:επίσης|ακόμη|ακόμα)'],
  ar: ['اقرأ أيضا', 'اقرأ أيضاً'],
  hi: ['(?:यह|ये) भी पढ़ें'],
  ja: ['あわせて読みたい', '(?:こちらも|合わせて)読みたい'],
  zh: ['延伸[阅閱][读讀]'],
  ko: ['함께 보면 좋은 기사', '더 읽을거리'],
};

/**
 * A regex source matching one "read also" label of any language (use with the 'iu' flags).
 *
 * @example
 * new RegExp(`^(?:${READ_ALSO_PATTERN})$`, 'iu').test('Читайте также'); // true
 */
export const READ_ALSO_PATTERN = Object.values(READ_ALSO_LABELS).flat().join('|');

/**
 * "This may interest you" labels: the box under the name of the reader's interest ("Te puede
 * interesar: …", "Potrebbe interessarti: …"). Printed before one headline on its line, like the
 * "read also" labels; alone on a line the box often closes the page, and its heading is left to
 * the rules of the page's footer (the lines under it are no sure headlines). Lower case, regex
 * sources, by ISO 639-1 code.
 *
 * @example
 * MAY_INTEREST_LABELS.it; // ['(?:ti )?potrebbe (?:anche )?interessarti', 'ti potrebbe (?:anche )?interessare']
 */
// prettier-ignore
export const MAY_INTEREST_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['you (?:may|might) (?:also )?be interested in', 'this may interest you'],
  es: ['(?:también )?(?:te|le) (?:puede|podría) interesar', 'puede interesarte'],
  pt: ['(?:também )?pode (?:te |lhe )?interessar'],
  fr: ['(?:ça|cela) (?:peut|pourrait) (?:aussi )?vous intéresser'],
  it: ['(?:ti )?potrebbe (?:anche )?interessarti', 'ti potrebbe (?:anche )?interessare'],
  de: ['(?:das )?könnte sie (?:auch )?interessieren'],
};

/**
 * A regex source matching one "this may interest you" label of any language (use with 'iu').
 *
 * @example
 * new RegExp(`^(?:${MAY_INTEREST_PATTERN})$`, 'iu').test('Te puede interesar'); // true
 */
export const MAY_INTEREST_PATTERN = Object.values(MAY_INTEREST_LABELS).flat().join('|');
