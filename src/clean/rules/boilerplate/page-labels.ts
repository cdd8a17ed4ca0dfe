/**
 * Lone labels a crawler keeps from the page around the article: skip links ("Skip to main
 * content"), section labels above the headline ("World", "Analysis"), paywall labels
 * ("Premium content:"), comment-form prompts ("Please enter your comment!"), dangling date
 * labels whose date was a widget ("Published" / "on"), compound relative times ("3 hr 24
 * min ago"), "As of: <date> <time>" stamps, residue tokens (a bare numeric id, a lone
 * hashtag, a URL slug) and match/event fact boxes ("Venue: …", "Kick-off: …").
 *
 * Each is recognised by the whole line's shape, never by a sentence: article text has
 * verbs and runs on; these are one to a few words, or a run of "Label: value" lines.
 */
import { gatedLineRule, lineRule, nearestKeptAbove, type BlockContext, type BlockRule } from '../../rule.js';
import { charSet, firstWordKey, moreWordsThan, opensWithFolded } from '../../shape.js';
import { firstRunsOf, fitsRuns, openingChars } from '../../pattern-gates.js';
import { isAsciiLetter } from '../../../core/word-scan.js';
import { beforeProse, HOME_WORDS } from './head-chrome.js';

// The label a page gives the article's region for screen readers, which a CMS prints between
// the article's parts: "Article content", "Story body", "Contenido del artículo".
const REGION_LABEL =
  "(?:article|story) (?:content|body|text)|contenido del artículo|cuerpo de la noticia|conteúdo (?:do artigo|da matéria)|contenu de l[’']article|artikelinhalt|inhalt des artikels|contenuto dell[’']articolo|treść artykułu|содержание статьи";

// The links' and labels' first letters (skip, jump, go, back, aller, saltar, zum, vai, pular,
// article, story, contenido, cuerpo, inhalt, treść ...): a line opening with another ASCII
// character is none of them. One above ASCII goes on to the pattern (the Cyrillic label; /iu
// folds 'ſ' and the Kelvin sign onto s and k). The same holds for the two rules below.
const SKIP_LINK_FIRST = charSet('abcgijpstvz');
// premium, subscribers, for, members, exclusive, paid, free, unlocked, contenu, réservé, nur, plus
const PAYWALL_FIRST = charSet('cefmnprsu');
// please, you, save, your, name, e-mail, website, comment, notify, log, sign
const COMMENT_FORM_FIRST = charSet('celnpswy');

/**
 * Rule `boilerplate/skip-link`: Accessibility skip links and region labels ("Skip to main content", "Jump to navigation", a lone "Article content").
 *
 * @example
 * clean("Skip to main content\n\nPutin spoke.", { rules: [skipLinkRule] }).text; // "Putin spoke."
 */
export const skipLinkRule = gatedLineRule(
  lineRule(
    'boilerplate/skip-link',
    'boilerplate',
    'Accessibility skip links and region labels ("Skip to main content", "Jump to navigation", a lone "Article content")',
    new RegExp(
      `^(?:skip|jump|go|back) to (?:the )?(?:main |primary )?(?:content|navigation|nav|menu|search|footer|article|main|top)(?: of (?:the )?page)?[.!]?$|^(?:aller au contenu(?: principal)?|saltar al contenido(?: principal)?|zum inhalt springen|vai al contenuto(?: principale)?|pular para o conteúdo(?: principal)?|${REGION_LABEL})$`,
      'iu',
    ),
  ),
  (text) => opensWithFolded(text, SKIP_LINK_FIRST, true),
);

// Section names a page prints above the headline, by language (sr in both scripts; the home
// page's name is HOME_WORDS'). Lower or title case, alone on the line.
// prettier-ignore
const SECTION_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['world', 'world news', 'news', 'latest news', 'breaking news', 'breaking', 'live', 'live updates', 'politics', 'business', 'economy', 'markets', 'finance', 'sport', 'sports', 'football', 'opinion', 'analysis', 'comment', 'editorial', 'health', 'science', 'tech', 'technology', 'culture', 'entertainment', 'lifestyle', 'travel', 'local', 'national', 'international', 'nation', 'region', 'asia', 'europe', 'africa', 'americas', 'middle east', 'us', 'uk', 'video', 'videos', 'photos', 'gallery', 'podcast', 'features?', 'in depth', 'explainer', 'fact check', 'top stories', 'trending', 'news feed', 'newsfeed', 'society', 'environment', 'climate', 'education', 'crime', 'weather', 'regions?', 'domestic', 'metro', 'city', 'nation & world', 'world & nation'],
  de: ['nachrichten', 'politik', 'wirtschaft', 'inland', 'ausland', 'kultur', 'meinung', 'panorama', 'regional'],
  fr: ['actualités?', 'monde', 'politique', 'économie', 'société', 'culture', 'international', 'régions?', 'faits divers'],
  es: ['noticias', 'actualidad', 'mundo', 'internacional', 'política', 'economía', 'sociedad', 'cultura', 'deportes', 'opinión', 'nacional'],
  pt: ['notícias', 'mundo', 'internacional', 'política', 'economia', 'sociedade', 'cultura', 'desporto', 'esportes', 'opinião'],
  it: ['notizie', 'cronaca', 'mondo', 'esteri', 'politica', 'economia', 'cultura', 'sport', 'attualità'],
  nl: ['nieuws', 'binnenland', 'buitenland', 'politiek', 'economie', 'cultuur', 'regio'],
  sv: ['nyheter', 'inrikes', 'utrikes', 'politik', 'ekonomi', 'kultur', 'världen'],
  no: ['nyheter', 'innenriks', 'utenriks', 'politikk', 'økonomi', 'kultur', 'verden'],
  da: ['nyheder', 'indland', 'udland', 'politik', 'økonomi', 'kultur', 'verden'],
  fi: ['uutiset', 'kotimaa', 'ulkomaat', 'politiikka', 'talous', 'kulttuuri', 'urheilu', 'mielipide'],
  is: ['fréttir', 'innlent', 'erlent', 'íþróttir'],
  pl: ['wiadomości', 'kraj', 'świat', 'polityka', 'gospodarka', 'kultura', 'sport', 'opinie'],
  cs: ['zprávy', 'domácí', 'zahraničí', 'politika', 'ekonomika', 'kultura', 'sport', 'názory', 'regiony'],
  sk: ['správy', 'domáce', 'zahraničie', 'politika', 'ekonomika', 'kultúra', 'šport', 'názory', 'regióny'],
  sl: ['novice', 'svet', 'politika', 'gospodarstvo', 'kultura', 'šport'],
  hr: ['vijesti', 'svijet', 'politika', 'gospodarstvo', 'kultura', 'sport'],
  bs: ['vijesti', 'svijet', 'politika', 'ekonomija', 'kultura', 'sport'],
  sr: ['vesti', 'svet', 'politika', 'ekonomija', 'kultura', 'sport', 'вести', 'свет', 'политика', 'економија', 'култура', 'спорт', 'друштво', 'društvo'],
  hu: ['hírek', 'belföld', 'külföld', 'politika', 'gazdaság', 'kultúra', 'sport', 'vélemény'],
  ro: ['știri', 'actualitate', 'politică', 'economie', 'externe', 'internațional', 'social', 'cultură', 'sport', 'opinii'],
  bg: ['новини', 'свят', 'политика', 'икономика', 'култура', 'спорт'],
  el: ['ειδήσεις', 'κόσμος', 'πολιτική', 'οικονομία', 'πολιτισμός', 'αθλητισμός', 'κοινωνία'],
  ru: ['новости', 'в мире', 'мир', 'политика', 'экономика', 'общество', 'культура', 'спорт', 'происшествия'],
  uk: ['новини', 'світ', 'політика', 'економіка', 'суспільство', 'культура', 'спорт'],
  lt: ['naujienos', 'pasaulis', 'politika', 'ekonomika', 'kultūra', 'sportas'],
  lv: ['ziņas', 'latvijā', 'pasaulē', 'politika', 'ekonomika', 'kultūra', 'sports'],
  et: ['uudised', 'välismaa', 'poliitika', 'majandus', 'kultuur', 'sport', 'arvamus'],
  tr: ['haberler', 'gündem', 'dünya', 'siyaset', 'ekonomi', 'kültür', 'spor', 'yaşam'],
  ar: ['أخبار', 'الأخبار', 'محليات', 'عربي ودولي', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'العالم'],
  fa: ['اخبار', 'سیاسی', 'اقتصادی', 'ورزشی', 'فرهنگی', 'بین‌الملل', 'جهان'],
  he: ['חדשות', 'בארץ', 'בעולם', 'פוליטי', 'כלכלה', 'ספורט', 'תרבות'],
  hi: ['समाचार', 'देश', 'विदेश', 'राजनीति', 'व्यापार', 'खेल', 'मनोरंजन'],
  bn: ['খবর', 'সংবাদ', 'জাতীয়', 'আন্তর্জাতিক', 'রাজনীতি', 'অর্থনীতি', 'খেলা', 'বিনোদন'],
  ur: ['خبریں', 'دنیا', 'سیاست', 'کاروبار', 'کھیل'],
  id: ['berita', 'nasional', 'internasional', 'politik', 'ekonomi', 'bisnis', 'olahraga', 'daerah'],
  ms: ['berita', 'nasional', 'dunia', 'politik', 'ekonomi', 'bisnes', 'sukan', 'semasa'],
  tl: ['balita', 'bansa', 'mundo', 'pulitika', 'negosyo', 'palakasan', 'libangan'],
  vi: ['tin tức', 'thời sự', 'thế giới', 'chính trị', 'kinh tế', 'kinh doanh', 'xã hội', 'văn hóa', 'thể thao', 'pháp luật'],
  th: ['ข่าว', 'การเมือง', 'เศรษฐกิจ', 'ต่างประเทศ', 'กีฬา', 'สังคม', 'บันเทิง'],
  zh: ['新闻', '新聞', '国际', '國際', '政治', '财经', '財經', '体育', '體育', '社会', '社會', '文化', '要闻', '要聞'],
  ja: ['ニュース', '国内', '国際', '政治', '経済', '社会', 'スポーツ', '文化'],
  ko: ['뉴스', '정치', '경제', '사회', '국제', '문화', '스포츠'],
  sw: ['habari', 'kitaifa', 'kimataifa', 'siasa', 'biashara', 'michezo', 'burudani'],
};
const SECTION_WORDS = [...Object.values(SECTION_NAMES).flat(), ...Object.values(HOME_WORDS).flat()];
const SECTION = SECTION_WORDS.join('|');
const SECTION_LABEL = new RegExp(`^(?:${SECTION})(?:\\s*[>»/|›⟩]\\s*(?:${SECTION}))*$`, 'iu');

const MAX_SECTION_LENGTH = 60;
// The first letters of the section names: a line opening with another ASCII character is none
// (one above ASCII goes on: /iu folds 'ſ' and the Kelvin sign onto s and k).
const SECTION_FIRST = charSet(openingChars(SECTION_WORDS));
// (and their first words: a line whose first word none of them opens with is none)
const SECTION_RUNS = firstRunsOf([SECTION_LABEL]);
// Every name ends in an ASCII letter or a character above ASCII.
const endsAsSection = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0x80 || isAsciiLetter(c);
};
const IN_CATEGORY = /^in \p{Lu}[\p{L}&'’-]*(?: [\p{Lu}&][\p{L}&'’-]*){0,2}$/u;

/**
 * Rule `boilerplate/section-label`: Section labels above the article ("World", "News", "Analysis", "Business > Markets", a blog's "in World"); only before any kept text, or in the head before the article's first paragraph of prose.
 *
 * @example
 * clean("World\n\nPutin spoke.", { rules: [sectionLabelRule] }).text; // "Putin spoke."
 */
export const sectionLabelRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/section-label',
  category: 'boilerplate',
  description:
    'Section labels above the article ("World", "News", "Analysis", "Business > Markets", a blog\'s "in World"); only before any kept text, or in the head before the article\'s first paragraph of prose',
  maxLength: MAX_SECTION_LENGTH,
  textOnly: true,
  match(block, context) {
    const { text } = block;
    if (text.length > MAX_SECTION_LENGTH) return null;
    // A blog engine's category line under the headline: "in World", "in Local News".
    if (text.startsWith('in ') && IN_CATEGORY.test(text)) return beforeProse(context, block.index) ? {} : null;
    if (
      !opensWithFolded(text, SECTION_FIRST, true) ||
      !endsAsSection(text) ||
      !fitsRuns(firstWordKey(text), text, SECTION_RUNS) ||
      !SECTION_LABEL.test(text)
    )
      return null;
    return context.keptBefore(block.index) === 0 || beforeProse(context, block.index) ? {} : null;
  },
};

/**
 * Rule `boilerplate/paywall-label`: Paywall and access labels ("Premium content:", "Subscribers only", "Exclusive for members").
 *
 * @example
 * clean("Premium Content:\n\nPutin spoke.", { rules: [paywallLabelRule] }).text; // "Putin spoke."
 */
export const paywallLabelRule = gatedLineRule(
  lineRule(
    'boilerplate/paywall-label',
    'boilerplate',
    'Paywall and access labels ("Premium content:", "Subscribers only", "Exclusive for members")',
    /^(?:premium(?: content| article| story)?|subscriber(?:s)?(?:[- ]only)?(?: content| article)?|for subscribers|members? only|exclusive (?:for|to) (?:members|subscribers)|paid content|free article|unlocked(?: article)?|contenu (?:réservé aux )?abonnés|réservé aux abonnés|exclusivo (?:para )?suscriptores|nur für abonnenten|plus-inhalt)\s*[:.!]?$/iu,
    'anywhere',
    60,
  ),
  (text) => opensWithFolded(text, PAYWALL_FIRST, true),
);

/**
 * Rule `boilerplate/comment-form`: Comment-form prompts and validation messages ("Please enter your comment!", "Please enter your name here").
 *
 * @example
 * clean("Putin spoke.\n\nPlease enter your comment!", { rules: [commentFormRule] }).text; // "Putin spoke."
 */
export const commentFormRule = gatedLineRule(
  lineRule(
    'boilerplate/comment-form',
    'boilerplate',
    'Comment-form prompts and validation messages ("Please enter your comment!", "Please enter your name here")',
    /^(?:please (?:enter|type|write|provide) (?:your|a valid) (?:comment|name|e-?mail(?: address)?|website|message|reply)(?: here)?|you have entered an incorrect (?:e-?mail address|name)|save my name,? e-?mail,? (?:and|&) website in this browser for the next time i comment|(?:your )?(?:name|e-?mail|website|comment)\s*\*|notify me of (?:follow-up comments|new posts)(?: by e-?mail)?|log in to (?:comment|leave a comment|reply)|sign in to comment)\s*[.!:]?$/iu,
    'anywhere',
    160,
  ),
  (text) => opensWithFolded(text, COMMENT_FORM_FIRST, true),
);

// "3 hr 24 min ago", "1 hour 5 minutes ago", "2d 4h ago"
const COMPOUND_AGO =
  /^(?:(?:updated|published|posted)\s*:?\s*)?(?:\d+\s*(?:hours?|hrs?|h|days?|d|minutes?|mins?|m)\s*){2,3}ago\.?$/i;
// "As of: 03/14/2022 7:05 p.m", "As of 14.03.2022, 19:05", "As of: March 14, 2022 7:05 PM"
const AS_OF =
  /^as of:?\s+(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?)?\.?$/iu;
// AS_OF's opening under its own flags: a small pattern, cheap to compile, so that the large
// one is compiled and run only for a line that opens with it.
const AS_OF_OPENING = /^as of/iu;
// A date label left without its date (the date was a widget): "Published", "Updated on",
// "Julkaistu", "Actualizat". By language (sr in both scripts).
// prettier-ignore
const DATE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['published', 'updated', 'posted', 'last updated', 'first published', 'modified'],
  de: ['veröffentlicht', 'aktualisiert', 'zuletzt aktualisiert'], fr: ['publié', 'mis à jour', 'publié le', 'mis à jour le'],
  es: ['publicado', 'actualizado'], pt: ['publicado', 'atualizado', 'actualizado'], it: ['pubblicato', 'aggiornato'],
  nl: ['gepubliceerd', 'bijgewerkt'], sv: ['publicerad', 'uppdaterad'], no: ['publisert', 'oppdatert', 'sist oppdatert'],
  da: ['publiceret', 'opdateret'], fi: ['julkaistu', 'päivitetty'], is: ['birt', 'uppfært'],
  pl: ['opublikowano', 'aktualizacja', 'zaktualizowano'], cs: ['publikováno', 'aktualizováno'], sk: ['publikované', 'aktualizované'],
  sl: ['objavljeno', 'posodobljeno'], hr: ['objavljeno', 'ažurirano'], bs: ['objavljeno', 'ažurirano'],
  sr: ['objavljeno', 'ažurirano', 'објављено', 'ажурирано'], hu: ['közzétéve', 'frissítve', 'publikálva'],
  ro: ['publicat', 'actualizat'], bg: ['публикувано', 'обновено', 'актуализирано'], el: ['δημοσιεύθηκε', 'ενημερώθηκε'],
  ru: ['опубликовано', 'обновлено'], uk: ['опубліковано', 'оновлено'], lt: ['paskelbta', 'atnaujinta'],
  lv: ['publicēts', 'atjaunots'], et: ['avaldatud', 'uuendatud'], tr: ['yayınlanma', 'güncelleme', 'yayınlandı', 'güncellendi'],
  ar: ['نشر', 'نُشر', 'تحديث', 'آخر تحديث'], fa: ['انتشار', 'به‌روزرسانی', 'تاریخ انتشار'], he: ['פורסם', 'עודכן'],
  hi: ['प्रकाशित', 'अपडेट'], bn: ['প্রকাশ', 'প্রকাশিত', 'আপডেট'], ur: ['شائع', 'اپ ڈیٹ'],
  id: ['diterbitkan', 'dipublikasikan', 'diperbarui'], ms: ['diterbitkan', 'dikemas kini'], tl: ['inilathala', 'na-update'],
  vi: ['đăng', 'cập nhật', 'đăng lúc', 'cập nhật lúc'], th: ['เผยแพร่', 'ปรับปรุง', 'อัปเดต'], zh: ['发布', '發布', '更新', '发布时间', '發布時間', '更新时间', '更新時間'],
  ja: ['公開', '更新', '公開日', '更新日'], ko: ['입력', '수정', '업데이트'], sw: ['imechapishwa', 'imesasishwa'],
};
const DATE_LABEL_WORDS = Object.values(DATE_LABELS).flat();
const DANGLING_LABEL = new RegExp(`^(?:${DATE_LABEL_WORDS.join('|')})(?: on| at)?\\s*[:：]?$`, 'iu');
const DANGLING_WORD = /^(?:on|at|by|:)$/i;
// COMPOUND_AGO and AS_OF open with a digit or with u, p or a, DANGLING_LABEL with its words'
// letters, in either case; a line opening with another ASCII character matches none (a
// character above ASCII is left to the patterns: /iu may fold it).
const DATE_LABEL_FIRST = charSet(`0123456789upa${openingChars(DATE_LABEL_WORDS)}`);

/**
 * Rule `boilerplate/date-label`: Date widgets left as text: compound relative times ("3 hr 24 min ago"), "As of: <date> <time>", and a lone "Published" / "Updated" label with the stray "on" after it.
 *
 * @example
 * clean("Putin spoke.\n\n3 hr 24 min ago", { rules: [dateLabelRule] }).text; // "Putin spoke."
 */
export const dateLabelRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/date-label',
  category: 'boilerplate',
  description:
    'Date widgets left as text: compound relative times ("3 hr 24 min ago"), "As of: <date> <time>", and a lone "Published" / "Updated" label with the stray "on" after it',
  textOnly: true,
  maxLength: 80,
  match(block, context) {
    const { text } = block;
    if (text.length > 80 || !opensWithFolded(text, DATE_LABEL_FIRST, true) || text.includes('\n')) return null;
    if (COMPOUND_AGO.test(text) || (AS_OF_OPENING.test(text) && AS_OF.test(text))) return {};
    if (!DANGLING_LABEL.test(text)) return null;
    const next = context.blocks[block.index + 1];
    return next && !context.isRemoved(next.index) && DANGLING_WORD.test(next.text) ? { through: next.index } : {};
  },
};

// A numeric id or Unix time alone (six digits or more: never a year or a score).
const BARE_NUMBER = /^\d{6,}$/;
// Hashtags alone ("#P", "#Ukraine #Russia"): a tag cloud's residue.
const HASHTAGS = /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*$/u;
// URL slugs: lower-case words joined by hyphens, three parts or more, one to three of them.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){2,}(?:\s+[a-z0-9]+(?:-[a-z0-9]+){2,}){0,2}$/;

/**
 * Rule `boilerplate/residue`: Page residue alone on a line: a bare numeric id or Unix time ("1688210825"), lone hashtags ("#P"), URL slugs ("tax-reform-bill-vote").
 *
 * @example
 * clean("Putin spoke.\n\n1688210825", { rules: [residueRule] }).text; // "Putin spoke."
 */
export const residueRule = gatedLineRule(
  lineRule(
    'boilerplate/residue',
    'boilerplate',
    'Page residue alone on a line: a bare numeric id or Unix time ("1688210825"), lone hashtags ("#P"), URL slugs ("tax-reform-bill-vote")',
    new RegExp(`${BARE_NUMBER.source}|${HASHTAGS.source}|${SLUG.source}`, 'u'),
    'anywhere',
    200,
  ),
  // Each opens with a digit, "#" or a lower-case ASCII letter (case-sensitive).
  (text) => {
    const c = text.charCodeAt(0);
    return (c >= 0x30 && c <= 0x39) || c === 0x23 || (c >= 0x61 && c <= 0x7a);
  },
);

// "Venue: Harbour Park", "Start: 7pm", "Date: March 3": a label of one to three
// words, a colon, a short value that is no sentence.
const FACT = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}\s?:\s+[^\s.!?][^.!?:;]{0,50}$/u;
const MIN_FACTS = 3;
// "Researched by: …", "Edited by: …", "Photos by: …"
const CREDIT_LABEL = /^[^:]{1,30} by\s?:/iu;
const MAX_FACT_WORDS = 9;

const isFact = (text: string) =>
  text.length <= 70 &&
  !text.includes('\n') &&
  text.includes(':') &&
  FACT.test(text) &&
  !moreWordsThan(text, MAX_FACT_WORDS);

// The nearest kept block above (within a few: the scan stays bounded), when it is a line of
// the article's that ends in a colon.
const MAX_LOOK_BACK = 8;
function introducedBy(index: number, context: BlockContext): boolean {
  const above = nearestKeptAbove(context, index, MAX_LOOK_BACK);
  if (above < 0) return false;
  const text = context.blocks[above]!.text;
  return text.endsWith(':') && !isFact(text);
}

/**
 * Rule `boilerplate/fact-box`: Fact boxes: a run of three or more short "Label: value" lines ("Venue: …", "Kick-off: …", "Date: …").
 *
 * @example
 * clean("Venue: City Stadium\n\nKick-off: 8pm\n\nReferee: Anna Berg\n\nPutin spoke.", { rules: [factBoxRule] }).text; // "Putin spoke."
 */
export const factBoxRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/fact-box',
  category: 'boilerplate',
  description: 'Fact boxes: a run of three or more short "Label: value" lines ("Venue: …", "Kick-off: …", "Date: …")',
  textOnly: true,
  maxLength: 70, // isFact's first test
  match(block, context) {
    if (!isFact(block.text)) return null;
    const { blocks } = context;
    // Only at the start of a run, so one match takes the whole box.
    const previous = blocks[block.index - 1];
    if (previous && !context.isRemoved(previous.index) && isFact(previous.text)) return null;
    let last = block.index;
    let credits = CREDIT_LABEL.test(block.text);
    while (last + 1 < blocks.length && isFact(blocks[last + 1]!.text)) {
      last++;
      credits ||= CREDIT_LABEL.test(blocks[last]!.text);
    }
    if (last - block.index + 1 < MIN_FACTS) return null;
    // A list the article introduces ("Unofficial results:", "The town by the numbers:") is
    // its own (results, figures); a box of credits ("Edited by: …") is not, whatever heads it.
    return !credits && introducedBy(block.index, context) ? null : { through: last };
  },
};
