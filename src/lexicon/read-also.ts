/**
 * "Read also" labels in the languages of the news we see: the box a site prints inside or
 * under an article to send the reader to another story ("Leia também: …", "Baca juga",
 * "Читайте также", "Lue myös"), as a heading over a few headlines or as a label before one.
 * Declared by language (ISO 639-1; Serbian in both scripts) so a reader can see which forms are
 * known; lower case, regex sources (no capturing groups), read with the 'iu' flags. Capitals
 * that do not fold onto the lower-case letter are spelled out: Greek capitals print no accent
 * ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"), Turkish has a dotted capital İ and a dotless ı, Romanian sites print ș/ş
 * or a bare s, Hindi and Bengali write the nukta letters precomposed or as two code points.
 * Three tables: the "read/see also" kind (with the names sites give the same box: "Also
 * interesting", "More on the topic", "The editors recommend"), the "related" kind ("Noticias
 * relacionadas", "Kapcsolódó", "관련기사") and the "this may interest you" kind. "You may also
 * like" and "most read" headings close a page, and the related-links rule reads the English
 * ones of those itself.
 */

// Turkish capitals: the dotted İ does not fold onto i under 'iu', and the capital of ı is I,
// which folds onto i: "İLGİLİ", "AYRICA".
function turkish(labels: readonly string[]): readonly string[] {
  return labels.map((label) => label.replace(/i/g, '[iİ]').replace(/ı/g, '[ıi]'));
}

// The labels of every language as one alternation, each label once (languages share some:
// "baca juga", "pročitajte i").
function alternation(table: Readonly<Record<string, readonly string[]>>): string {
  return [...new Set(Object.values(table).flat())].join('|');
}

/**
 * "Read also" labels by ISO 639-1 code.
 *
 * @example
 * READ_ALSO_LABELS.id; // ['baca juga', 'baca pula', 'simak juga', 'lihat juga']
 */
// prettier-ignore
export const READ_ALSO_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['also interesting', 'more (?:on|about) (?:the|this|that) (?:topic|subject|story|issue)', 'more for you', '(?:the )?(?:editorial (?:team |staff |board )?|editors? )recommends?', 'recommended by (?:the|our) (?:editors|editorial (?:team|staff))'],
  de: ['lesen sie (?:auch|mehr)', 'lies auch', 'siehe auch', 'auch interessant', 'mehr zum thema', 'das könnte sie auch interessieren', 'empfehlungen der redaktion', 'die redaktion empfiehlt'],
  fr: ['(?:à )?lire (?:aussi|également)', 'voir aussi', 'la rédaction (?:vous )?recommande', 'plus sur (?:ce|le) sujet', 'à voir aussi'],
  es: ['le[aeé] (?:también|además)', 'leer también', 'ver también', 'mir[aeá] también', 'más sobre (?:el|este) tema', 'la redacción recomienda', 'te recomendamos'],
  pt: ['leia (?:também|mais)', 'veja (?:também|mais)', 'saiba mais', 'confira também', 'mais sobre o (?:tema|assunto)', 'recomendados? (?:pela|da) redação'],
  it: ['leggi (?:anche|pure)', 'vedi anche', 'la redazione consiglia', 'altro sull?\'argomento'],
  nl: ['lees (?:ook|meer)', 'bekijk ook', 'zie ook', 'meer over dit onderwerp', 'ook interessant'],
  sv: ['läs (?:också|även|mer)', 'se (?:också|även)', 'mer (?:om|i) ämnet'],
  no: ['les (?:også|mer)', 'se også', 'mer om (?:saken|temaet)'],
  da: ['læs (?:også|mere)', 'se også', 'mere om emnet'],
  fi: ['lue (?:myös|lisää)', 'katso myös', 'lisää aiheesta', 'aiheesta lisää'],
  is: ['lestu (?:einnig|líka|meira)', 'lesið (?:einnig|líka|meira)', 'sjá (?:einnig|líka)', 'sjáið (?:einnig|líka)'],
  pl: ['(?:prze)?czytaj (?:także|też|również)', 'zobacz (?:też|także|również)', 'sprawdź (?:też|także|również)', 'więcej na ten temat', 'polecamy'],
  cs: ['čtěte (?:také|též|i)', 'přečtěte si (?:také|též|i)', 'viz (?:také|též)', 'více k tématu', 'doporučujeme'],
  sk: ['čítajte (?:aj|tiež)', 'prečítajte si (?:aj|tiež)', 'pozri (?:aj|tiež)', 'viac (?:k téme|na tému)', 'odporúčame'],
  sl: ['preberite (?:tudi|še)', 'preberi (?:tudi|še)', 'poglejte (?:tudi|še)', 'več o temi'],
  hr: ['pročitajte (?:i|još|također)', 'pročitaj (?:i|još)', 'pogledajte (?:i|još)', 'više o temi'],
  sr: ['pročitajte (?:i|još|takođe)', 'pogledajte (?:i|još)', 'više o temi', 'прочитајте (?:и|још|такође)', 'погледајте (?:и|још)', 'више о теми'],
  bs: ['pročitajte (?:i|još|također)', 'pogledajte (?:i|još)', 'više o temi'],
  hu: ['olvassa el ezt is', 'olvasd el ezt is', 'ezt is olvassa el', 'lásd még'],
  ro: ['cite[sșş]te (?:[sșş]i|mai mult)', 'citi[tțţ]i (?:[sșş]i|mai mult)', 'vezi (?:[sșş]i|mai mult)'],
  bg: ['прочетете (?:още|също)', 'вижте (?:още|също)', 'още по темата'],
  el: ['δι[αά]β[αά]στε (?:επ[ιί]σης|ακ[οό]μη|ακ[οό]μα|περισσ[οό]τερα)', 'δε[ιί]τε (?:επ[ιί]σης|ακ[οό]μη|ακ[οό]μα)'],
  ru: ['читайте (?:также|еще|ещё)', 'смотрите также', '(?:еще|ещё|больше) по теме'],
  uk: ['читайте (?:також|ще)', 'дивіться також', '(?:ще|більше) (?:по|на) тем[іу]'],
  lt: ['(?:taip pat )?skaitykite(?: taip pat| daugiau)?', 'taip pat žiūrėkite', 'daugiau šia tema'],
  lv: ['lasiet arī', 'lasi arī', 'skatiet arī', 'vairāk par tēmu'],
  et: ['loe (?:ka|lisaks|veel)', 'vaata ka'],
  tr: turkish(['(?:bunu da|ayrıca) okuyun', 'ayrıca bakınız']),
  ar: ['[اأإ]قر[أا] [أا]يضا[ًً]?', '[اأإ]قر[أا] المزيد', 'شاهد [أا]يضا[ًً]?', 'طالع [أا]يضا[ًً]?'],
  fa: ['(?:همچنین|بیشتر|بيشتر) بخوانید', '(?:همچنین|بیشتر|بيشتر) بخوانيد'],
  he: ['קראו (?:גם|עוד)', 'ראו גם', 'עוד בנושא'],
  hi: ['(?:यह|ये|इसे) भी (?:पढ़ें|पढ़ें|देखें)', 'और (?:पढ़ें|पढ़ें)'],
  bn: ['(?:আরও|আরো|এটিও|এটাও) (?:পড়ুন|পড়ুন|দেখুন)'],
  ur: ['[یي][ہه] بھی (?:پڑھیں|پڑھيں|دیکھیں|دیکھيں)', 'مزید (?:پڑھیں|پڑھيں)'],
  id: ['baca juga', 'baca pula', 'simak juga', 'lihat juga'],
  ms: ['baca juga', 'lihat juga', 'baca lagi'],
  tl: ['basahin(?: (?:din|rin|pa))?', 'tingnan (?:din|rin)'],
  vi: ['xem thêm', 'đọc thêm'],
  th: ['อ่านเพิ่มเติม', 'ดูเพิ่มเติม'],
  zh: ['延伸[阅閱][读讀]', '推[荐薦][阅閱][读讀]'],
  ja: ['あわせて読みたい', '(?:こちらも|合わせて)読みたい'],
  ko: ['함께 보면 좋은 기사', '더 읽을거리', '함께 읽으면 좋은 기사'],
  sw: ['soma (?:pia|zaidi)', 'tazama pia'],
  ka: ['ასევე წაიკითხეთ', 'წაიკითხეთ ასევე', 'ასევე იხილეთ'],
  am: ['ተጨማሪ ያንብቡ', 'ይህንም ያንብቡ'],
  ta: ['மேலும் படிக்க', 'இதையும் படிக்க(?:வும்|ுங்கள்)?'],
};

/**
 * "Related" labels by ISO 639-1 code: the same box under the name of the story's topic
 * ("Noticias relacionadas", "Kapcsolódó", "Связанные новости", "관련기사"), as a heading over a
 * few headlines or as a label before one. Read as the "read also" labels are.
 *
 * @example
 * RELATED_LABELS.hu; // ['kapcsolódó(?: cikk(?:ek)?| hírek| tartalmak?)?']
 */
// prettier-ignore
export const RELATED_LABELS: Readonly<Record<string, readonly string[]>> = {
  de: ['verwandte (?:artikel|themen|beiträge)', 'ähnliche (?:artikel|beiträge)', 'zum thema'],
  fr: ['sur le même sujet', 'articles? (?:liés|similaires|associés)', 'à lire sur le même sujet'],
  es: ['(?:noticias|notas|artículos|contenidos?) relacionad[oa]s', 'relacionad[oa]s?', 'sobre el mismo tema'],
  pt: ['(?:notícias|matérias|artigos|conteúdos?) relacionad[oa]s', 'relacionad[oa]s?', 'sobre o mesmo (?:tema|assunto)'],
  it: ['(?:articoli|notizie) correlat[ie]', 'correlat[io]', 'sullo stesso (?:argomento|tema)'],
  nl: ['gerelateerde (?:artikelen|berichten|verhalen)', 'gerelateerd'],
  sv: ['relaterade (?:artiklar|nyheter)', 'relaterat'],
  no: ['relaterte (?:artikler|saker)', 'relatert'],
  da: ['relaterede (?:artikler|nyheder)', 'relateret'],
  fi: ['aiheeseen liittyvät?(?: uutiset| artikkelit| jutut)?', 'liittyvät (?:uutiset|artikkelit|jutut)'],
  is: ['tengdar fréttir', 'tengt efni'],
  pl: ['powiązane(?: artykuły| tematy| wiadomości)?', 'podobne artykuły'],
  cs: ['související(?: články| zprávy| téma)?'],
  sk: ['súvisiace(?: články| správy| témy)?'],
  sl: ['(?:sorodne|povezane) (?:novice|vsebine)', '(?:sorodni|povezani) članki'],
  hr: ['povezan[ei] (?:članci|vijesti|sadržaji?)', 'srodn[ei] (?:članci|vijesti)'],
  sr: ['povezan[ei] (?:vesti|tekstovi|članci)', 'повезан[еи] (?:вести|текстови|чланци)'],
  bs: ['povezan[ei] (?:vijesti|članci|tekstovi)'],
  hu: ['kapcsolódó(?: cikk(?:ek)?| hírek| tartalmak?)?'],
  ro: ['articole (?:similare|asem[aă]n[aă]toare|conexe)', '[sșş]tiri (?:similare|asem[aă]n[aă]toare|conexe)', 'pe aceea[sșş]i tem[aă]'],
  bg: ['свързани(?: новини| статии)?', 'по темата'],
  el: ['σχετικ[αά](?: [αά]ρθρα| θ[εέ]ματα| ν[εέ]α)?'],
  ru: ['по теме', '(?:новости|материалы|статьи) по теме', '(?:похожие|связанные) (?:новости|статьи|материалы|публикации)'],
  uk: ['по темі', '(?:новини|матеріали|статті) (?:по темі|на тему)', '(?:схожі|пов[\'’ʼ]язані) (?:новини|статті|матеріали|публікації)'],
  lt: ['susiję(?: straipsniai| naujienos)?'],
  lv: ['saistītie (?:raksti|materiāli)', 'saistītās ziņas'],
  et: ['seotud(?: artiklid| uudised| lood)?', 'teemaga seotud'],
  tr: turkish(['ilgili (?:haberler|haber|içerikler|yazılar)', 'benzer haberler']),
  ar: ['(?:أخبار|اخبار|مقالات|مواضيع|موضوعات) ذات صلة', 'ذات صلة'],
  fa: ['(?:مطالب|اخبار|مطلب) مرتبط', 'مرتبط'],
  he: ['כתבות (?:קשורות|נוספות בנושא)'],
  hi: ['संबंधित (?:खबरें|ख़बरें|ख़बरें|समाचार|लेख)'],
  bn: ['(?:সম্পর্কিত|সংশ্লিষ্ট) (?:খবর|সংবাদ)'],
  ur: ['متعلقہ (?:خبریں|خبريں|مضامین)'],
  id: ['(?:berita|artikel) terkait', 'terkait'],
  ms: ['(?:berita|artikel) berkaitan', 'berkaitan'],
  tl: ['(?:mga )?kaugnay na (?:balita|artikulo)'],
  vi: ['(?:tin|bài(?: viết)?) liên quan', 'tin cùng chuyên mục'],
  th: ['(?:ข่าว|บทความ)(?:ที่)?เกี่ยวข้อง', 'อ่านข่าวที่เกี่ยวข้อง'],
  zh: ['相[关關](?:[阅閱][读讀]|新[闻聞]|文章|[报報][导導])'],
  ja: ['関連(?:記事|ニュース)'],
  ko: ['관련 ?(?:기사|뉴스)'],
  sw: ['habari (?:zinazohusiana|zaidi)'],
};

/**
 * A regex source matching one "read also" label of any language (use with the 'iu' flags).
 *
 * @example
 * new RegExp(`^(?:${READ_ALSO_PATTERN})$`, 'iu').test('Читайте также'); // true
 */
export const READ_ALSO_PATTERN = alternation(READ_ALSO_LABELS);

/**
 * A regex source matching one "related" label of any language (use with the 'iu' flags).
 *
 * @example
 * new RegExp(`^(?:${RELATED_PATTERN})$`, 'iu').test('Noticias relacionadas'); // true
 */
export const RELATED_PATTERN = alternation(RELATED_LABELS);

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
  en: ['you (?:may|might) (?:also )?be interested in', 'this may interest you', 'you (?:may|might) also like'],
  de: ['(?:das )?könnte sie (?:auch )?interessieren', '(?:das )?könnte dich (?:auch )?interessieren'],
  fr: ['(?:ça|cela|ceci|cet article|ces articles) (?:peut|peuvent|pourrait|pourraient) (?:aussi |également )?vous intéresser', 'vous aimerez aussi'],
  es: ['(?:también )?(?:te|le) (?:puede|podría) interesar', 'puede interesarte', '(?:quizás?|tal vez) te interese'],
  pt: ['(?:também )?pode (?:te |lhe )?interessar', 'você (?:também )?pode gostar'],
  it: ['(?:ti )?potrebbe (?:anche )?interessarti', 'ti potrebbe (?:anche )?interessare', '(?:ti )?potrebbero (?:anche )?interessarti'],
  nl: ['(?:dit vind je )?misschien ook interessant'],
  no: ['dette kan (?:også )?interessere deg'],
  fi: ['saatat (?:myös )?olla kiinnostunut', 'sinua (?:voisi|saattaisi) (?:myös )?kiinnostaa'],
  pl: ['(?:to )?może cię (?:też |także |również )?zainteresować', '(?:to )?może was (?:też |także |również )?zainteresować'],
  cs: ['mohlo by (?:vás|tě) (?:také |též |i )?zajímat'],
  sk: ['mohlo by (?:vás|ťa) (?:tiež |aj )?zaujímať'],
  sl: ['morda vas (?:tudi )?zanima'],
  hr: ['moglo bi vas (?:još |također )?zanimati', 'možda vas (?:još )?zanima'],
  sr: ['moglo bi vas (?:još |takođe )?zanimati', 'možda vas (?:još )?zanima', 'могло би вас (?:још |такође )?занимати', 'можда вас (?:још )?занима'],
  bs: ['moglo bi vas (?:još |također )?zanimati', 'možda vas (?:još )?zanima'],
  hu: ['ez(?:ek)? is érdekelhet(?:i|ik)?'],
  ro: ['(?:te|v[aă])-ar (?:mai )?putea interesa'],
  bg: ['може (?:също )?да ви (?:заинтересува|интересува)'],
  el: ['μπορε[ιί] (?:επ[ιί]σης )?να σας ενδιαφ[εέ]ρ(?:ει|ουν)'],
  ru: ['вам (?:также |тоже )?может быть интересно', 'вас (?:также |тоже )?может заинтересовать', 'это (?:также |тоже )?может быть интересно'],
  uk: ['вас (?:також )?може зацікавити', 'вам (?:також )?може бути цікаво'],
  lt: ['(?:jums )?(?:taip pat )?gali būti įdomu'],
  lv: ['(?:jūs|tevi) (?:varētu|var) interesēt'],
  et: ['(?:sind|teid) võib (?:ka )?huvitada'],
  tr: turkish(['(?:bunlar da |bu (?:haber )?de )?ilginizi çekebilir']),
  ar: ['قد (?:يهمك|يهمّك|يعجبك|يهمكم)(?: [أا]يضا[ًً]?)?'],
  he: ['אולי (?:יעניין|תאהבו) (?:אותך|אתכם)(?: גם)?'],
  id: ['(?:anda )?mungkin (?:anda )?(?:juga )?(?:suka|tertarik)'],
  ms: ['anda mungkin (?:juga )?(?:berminat|suka)'],
  vi: ['(?:có thể )?bạn (?:có thể )?(?:sẽ )?quan tâm'],
  th: ['(?:คุณ)?อาจ(?:จะ)?สนใจ'],
  zh: ['(?:你|您)可能(?:也)?(?:[会會])?(?:感[兴興]趣|喜[欢歡])(?:的(?:文章|新[闻聞]))?', '猜你喜[欢歡]'],
};

/**
 * A regex source matching one "this may interest you" label of any language (use with 'iu').
 *
 * @example
 * new RegExp(`^(?:${MAY_INTEREST_PATTERN})$`, 'iu').test('Te puede interesar'); // true
 */
export const MAY_INTEREST_PATTERN = alternation(MAY_INTEREST_LABELS);
