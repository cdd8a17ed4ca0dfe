/**
 * Chrome a scraped article keeps above its first paragraph, and the widgets a page prints as
 * lone lines: breadcrumb trails ("Home › Regions › Porto"), navigation and account rows
 * ("Politics  Business  Sport", "Sign in | Register"), and article tools (an audio player's
 * "Listen to this article", a reading-time label, text-size buttons, a "Was this article
 * helpful?" prompt).
 *
 * Trails and menu rows are read only in the head — before the article's first paragraph of
 * prose — and by their shape: short items of one to three capitalised words, no sentence
 * punctuation, joined by one repeated separator or by runs of spaces. A headline has more
 * words, or a colon or a dash between its parts, and stays.
 */
import { type BlockContext, type BlockRule } from '../../rule.js';
import { charSet, firstWordKey, isProseParagraph, moreWordsThan, opensWithFolded } from '../../shape.js';
import { firstRunsOf, fitsRuns, openingChars } from '../../pattern-gates.js';
import { isAsciiLetter } from '../../../core/word-scan.js';

// The head: no kept paragraph of prose (a sentence of eight words or more) above the block.
// Read over at most this many blocks; a block further down is not in the head.
const MAX_HEAD_BLOCKS = 12;

/**
 * False when the block stands too far down the page for `beforeProse` (which answers false
 * there without reading the context): a rule asks it before its own tests of the text.
 *
 * @example
 * mayBeInHead(40); // false
 */
export const mayBeInHead = (index: number): boolean => index <= MAX_HEAD_BLOCKS;

/**
 * True when the block stands in the head of an article: within the page's first blocks, no
 * kept block above it reads as prose (a sentence of eight words or more), and one of the
 * next blocks does (the article's first paragraph follows). A page of lists or tables with
 * no paragraph of prose has no head.
 *
 * @example
 * beforeProse(context, 0); // true for "Home › World" over a headline and the first paragraph
 */
export function beforeProse(context: BlockContext, index: number): boolean {
  if (!mayBeInHead(index)) return false;
  const { blocks } = context;
  for (let j = index - 1; j >= 0; j--) {
    if (!context.isRemoved(j) && isProseParagraph(blocks[j]!.text)) return false;
  }
  const end = Math.min(blocks.length, index + 1 + MAX_HEAD_BLOCKS);
  for (let j = index + 1; j < end; j++) if (isProseParagraph(blocks[j]!.text)) return true;
  return false;
}

// One item of a trail or a menu: one to three words, opening with a capital or a letter of a
// script without case (a site's name may be written in lower case: "g1", "example.com").
const MAX_ITEM_WORDS = 3;
// Letters, digits, spaces and what names of sections hold ("What's On", "Arts & Culture",
// "Sci-Tech"): no sentence punctuation, no quotes, no brackets.
const ITEM = /^[\p{L}\p{M}\d][\p{L}\p{M}\d'’&+\- ]*$/u;
const OPENS_CAPITAL = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
// A site's own name as the trail's first item: "g1", "example.com", "site.co.uk".
const SITE_NAME = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}]{2,})*$/u;
const HAS_LETTER = /\p{L}/u;
const UNCASED_RUN = /[\p{Lo}]{9}/u;
const DIGIT = /\d/;
const TWO_LETTERS = /\p{L}[\p{L}\p{M}]/u;

// An author's line ("By Jane Roe | Agency", "Por Ana Ruiz · Lisboa") is the byline rule's.
const BYLINE_WORD = /^(?:by|written by|story by|text by|words by|author|autor|auteur|por|von|par|di|door|av|od)\s/i;

function isItem(item: string, first: boolean, anyCase = false): boolean {
  if (item === '' || item.length > 40 || !HAS_LETTER.test(item)) return false;
  if (first && BYLINE_WORD.test(item)) return false;
  if (first && SITE_NAME.test(item)) return true;
  if (!ITEM.test(item) || !(anyCase || OPENS_CAPITAL.test(item))) return false;
  // No digits (a score, "Molde 1", a date) and no lone letter ("N / A").
  if (DIGIT.test(item) || !TWO_LETTERS.test(item)) return false;
  // Unspaced scripts: a short label, not a clause.
  return !moreWordsThan(item, MAX_ITEM_WORDS) && !UNCASED_RUN.test(item);
}

// The home page's name, a trail's first item, by language (sr in both scripts).
// prettier-ignore
export const HOME_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['home', 'homepage', 'home page', 'front page'], de: ['startseite'], fr: ['accueil'], es: ['inicio', 'portada'],
  pt: ['início', 'página inicial', 'capa'], it: ['homepage', 'prima pagina'], nl: ['voorpagina', 'startpagina'],
  sv: ['start', 'startsida', 'hem'], no: ['forside', 'hjem'], da: ['forside'], fi: ['etusivu'], is: ['forsíða'],
  pl: ['strona główna'], cs: ['úvod', 'hlavní strana', 'titulní strana'], sk: ['úvod', 'domov', 'titulná strana'],
  sl: ['domov', 'naslovnica'], hr: ['naslovnica', 'početna'], bs: ['naslovnica', 'početna'],
  sr: ['početna', 'naslovna', 'почетна', 'насловна'], hu: ['főoldal', 'címlap', 'kezdőlap'], ro: ['acasă', 'prima pagină'],
  bg: ['начало', 'начална страница'], el: ['αρχική', 'αρχική σελίδα'], ru: ['главная'], uk: ['головна'],
  lt: ['pradžia', 'pagrindinis'], lv: ['sākums', 'sākumlapa'], et: ['avaleht'], tr: ['ana sayfa', 'anasayfa'],
  ar: ['الرئيسية', 'الصفحة الرئيسية'], fa: ['صفحه اصلی', 'خانه'], he: ['דף הבית', 'ראשי'], hi: ['होम', 'मुखपृष्ठ'],
  bn: ['প্রচ্ছদ', 'হোম'], ur: ['صفحہ اول', 'ہوم'], id: ['beranda'], ms: ['laman utama', 'utama'], tl: ['tahanan'],
  vi: ['trang chủ'], th: ['หน้าแรก', 'หน้าหลัก'], zh: ['首页', '首頁'], ja: ['ホーム', 'トップ'], ko: ['홈'],
  sw: ['nyumbani', 'mwanzo'],
};
const HOME = new Set(Object.values(HOME_WORDS).flat());
// A trail that opens with the home page (capitalised) may print its sections in lower case:
// "Etusivu › uutiset".
const isHome = (item: string): boolean => HOME.has(item.toLowerCase());

// Separators of a trail. The ones no prose line uses between words may stand without spaces
// ("Home»News»World"); the others need a space on each side ("Start / Regions", "A · B").
// (⟩ and 〉 the angle brackets some sites print, ＞ and ≫ of CJK pages)
const UNSPACED_MARKS = '»›>→❯▸⟩〉＞≫';
const TRAIL_MARK = /[»›>→❯▸⟩〉＞≫/|·•]/u;
const MIN_TRAIL_ITEMS = 2;
const MAX_TRAIL_ITEMS = 5;
const MAX_TRAIL_LENGTH = 100;

/** The items of a breadcrumb trail, or null when the line is not one. */
function trailItems(text: string): string[] | null {
  // (the first mark found by a native scan: a loop over the line's characters costs more)
  const at = text.search(TRAIL_MARK);
  if (at < 0) return null;
  const mark = text[at]!;
  const parts = text.split(mark);
  if (parts.length < MIN_TRAIL_ITEMS || parts.length > MAX_TRAIL_ITEMS) return null;
  const spaced = !UNSPACED_MARKS.includes(mark);
  const items: string[] = [];
  let home = false;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (spaced && ((k > 0 && !part.startsWith(' ')) || (k < parts.length - 1 && !part.endsWith(' ')))) return null;
    const item = part.trim();
    // One separator only: a second kind inside an item is no trail ("A > B / C").
    if (TRAIL_MARK.test(item)) return null;
    if (k === 0) home = OPENS_CAPITAL.test(item) && isHome(item);
    if (!isItem(item, k === 0, home)) return null;
    items.push(item);
  }
  return items;
}

// The first characters a trail may open with: any letter or digit. A cheap reject of lines
// opening with punctuation, quotes or a bullet before the scan.
const LEADING_NON_ITEM = /^[^\p{L}\d]/u;
// (read without the pattern for an ASCII first character: a letter or a digit)
function opensAsItem(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0x80) return !LEADING_NON_ITEM.test(text);
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/**
 * Rule `boilerplate/breadcrumb`: Breadcrumb trails above the article ("Home › News › Europe", "Sport > Tennis", "Newsroom | Politics"): two to five items of one to three capitalised words joined by one repeated separator; only before the article's first paragraph of prose.
 *
 * @example
 * clean("Home › Regions › Porto\n\nThe council met on Tuesday and approved the new budget for the port.", { rules: [breadcrumbRule] }).text; // "The council met on Tuesday and approved the new budget for the port."
 */
export const breadcrumbRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/breadcrumb',
  category: 'boilerplate',
  description:
    'Breadcrumb trails above the article ("Home › News › Europe", "Sport > Tennis", "Newsroom | Politics"): two to five items of one to three capitalised words joined by one repeated separator; only before the article\'s first paragraph of prose',
  maxLength: MAX_TRAIL_LENGTH,
  textOnly: true,
  match(block, context) {
    const { text } = block;
    if (!mayBeInHead(block.index)) return null;
    if (text.length > MAX_TRAIL_LENGTH || text.length < 3 || text.includes('\n') || !opensAsItem(text)) return null;
    if (trailItems(text) === null) return null;
    return beforeProse(context, block.index) ? {} : null;
  },
};

// Account and subscription buttons, by language (sr in both scripts): a menu row's items, or a
// lone button in the head. A button may say it costs nothing: "Register (free)", "S'inscrire (gratuit)".
// prettier-ignore
const ACCOUNT_BUTTONS: Readonly<Record<string, readonly string[]>> = {
  en: ['sign in', 'sign up', 'sign out', 'log in', 'login', 'log out', 'logout', 'register', 'subscribe', 'subscribe now', 'my account', 'create (?:an )?account', 'account', 'my profile'],
  de: ['anmelden', 'einloggen', 'registrieren', 'abonnieren', 'abmelden', 'mein konto'],
  fr: ['connexion', 'se connecter', "s[’']inscrire", "s[’']abonner", 'mon compte', 'abonnez-vous'],
  es: ['iniciar sesión', 'registrarse', 'regístrate', 'suscríbete', 'suscribirse', 'mi cuenta', 'entrar', 'acceder'],
  pt: ['assine', 'assinar', 'cadastre-se', 'minha conta', 'entrar'],
  it: ['accedi', 'registrati', 'abbonati', 'il mio account'],
  nl: ['inloggen', 'registreren', 'abonneren', 'mijn account'],
  sv: ['logga in', 'logga ut', 'registrera dig', 'prenumerera', 'mitt konto', 'bli prenumerant'],
  no: ['logg inn', 'logg ut', 'registrer deg', 'abonner', 'bli abonnent', 'min side', 'min konto'],
  da: ['log ind', 'log ud', 'opret konto', 'bliv abonnent', 'abonnér', 'min konto', 'min side'],
  fi: ['kirjaudu(?: sisään| ulos)?', 'rekisteröidy', 'tilaa', 'tilaajaksi', 'oma tili'],
  is: ['innskráning', 'skrá inn', 'nýskráning', 'áskrift', 'mínar síður'],
  pl: ['zaloguj(?: się)?', 'zarejestruj(?: się)?', 'wyloguj(?: się)?', 'moje konto', 'subskrybuj', 'prenumerata'],
  cs: ['přihlásit(?: se)?', 'přihlášení', 'odhlásit(?: se)?', 'registrace', 'předplatné', 'můj účet'],
  sk: ['prihlásiť(?: sa)?', 'prihlásenie', 'odhlásiť(?: sa)?', 'registrácia', 'predplatné', 'môj účet'],
  sl: ['prijava', 'prijavi se', 'odjava', 'registracija', 'naročnina', 'moj račun'],
  hr: ['prijava', 'prijavi se', 'odjava', 'registracija', 'registriraj se', 'pretplata', 'moj račun'],
  bs: ['prijava', 'prijavi se', 'odjava', 'registracija', 'pretplata'],
  sr: ['prijava', 'prijavi se', 'registracija', 'пријава', 'пријави се', 'одјава', 'регистрација', 'претплата'],
  hu: ['belépés', 'bejelentkezés', 'kijelentkezés', 'regisztráció', 'előfizetés', 'fiókom'],
  ro: ['autentificare', 'conectare', 'conectează-te', 'înregistrare', 'abonează-te', 'contul meu'],
  bg: ['вход', 'изход', 'регистрация', 'абонирай се', 'моят профил'],
  el: ['σύνδεση', 'αποσύνδεση', 'εγγραφή', 'είσοδος', 'συνδρομή', 'ο λογαριασμός μου'],
  ru: ['войти', 'вход', 'выйти', 'регистрация', 'подписаться', 'личный кабинет'],
  uk: ['увійти', 'вхід', 'вийти', 'реєстрація', 'підписатися', 'передплатити'],
  lt: ['prisijungti', 'prisijungimas', 'atsijungti', 'registruotis', 'registracija', 'prenumeruoti', 'prenumerata'],
  lv: ['pieslēgties', 'ienākt', 'reģistrēties', 'abonēt', 'abonēšana'],
  et: ['logi sisse', 'logi välja', 'registreeru', 'telli', 'tellimus', 'minu konto'],
  tr: ['giriş yap', 'üye ol', 'abone ol', 'çıkış yap', 'hesabım'],
  ar: ['تسجيل الدخول', 'تسجيل الخروج', 'إنشاء حساب', 'اشترك(?: الآن)?', 'حسابي'],
  fa: ['ورود', 'ثبت ?نام', 'خروج', 'اشتراک'],
  he: ['התחברות', 'התנתקות', 'הרשמה', 'הירשמו', 'כניסה', 'מינוי'],
  hi: ['लॉग इन', 'लॉगिन', 'साइन इन', 'रजिस्टर'],
  bn: ['লগইন', 'লগ ইন', 'সাইন ইন', 'নিবন্ধন'],
  ur: ['لاگ ان', 'سائن ان'],
  id: ['masuk', 'daftar', 'keluar', 'berlangganan', 'langganan', 'akun saya'],
  ms: ['log masuk', 'log keluar', 'daftar', 'langgan', 'akaun saya'],
  tl: ['mag-log in', 'mag-sign up', 'mag-subscribe'],
  vi: ['đăng nhập', 'đăng ký', 'đăng xuất', 'tài khoản'],
  th: ['เข้าสู่ระบบ', 'ออกจากระบบ', 'สมัครสมาชิก'],
  zh: ['登录', '登入', '登錄', '注册', '註冊', '订阅', '訂閱', '退出'],
  ja: ['ログイン', 'ログアウト', '会員登録', '新規登録'],
  ko: ['로그인', '로그아웃', '회원가입'],
  sw: ['ingia', 'jisajili', 'jiandikishe'],
};
const ACCOUNT_WORDS = Object.values(ACCOUNT_BUTTONS).flat();
const ACCOUNT = new RegExp(
  `^(?:${ACCOUNT_WORDS.join('|')})(?:\\s?\\((?:free|it[’']s free|gratis|gratuit|gratuito|grátis|kostenlos|bezpłatnie|ücretsiz|ilmainen|zdarma|ingyenes|gratuită|бесплатно|miễn phí)\\))?$`,
  'iu',
);
// The first letters of ACCOUNT's buttons: a line opening with another ASCII character is none of
// them. One above ASCII goes on to the pattern (üye, the Cyrillic buttons; /iu folds 'ſ' and
// the Kelvin sign onto s and k).
const ACCOUNT_FIRST = charSet(openingChars(ACCOUNT_WORDS));
// (and their first words: a first word none of them opens with rules the pattern out)
const ACCOUNT_RUNS = firstRunsOf([ACCOUNT]);
const isAccount = (item: string): boolean =>
  opensWithFolded(item, ACCOUNT_FIRST, true) && fitsRuns(firstWordKey(item), item, ACCOUNT_RUNS) && ACCOUNT.test(item);

const MENU_GAP = /\t|\s{2,}|\s[|·•]\s/u;
const PLAIN_GAP = /\t|\s{2,}|\s\|\s/u;
const MENU_SPLIT = /\s*(?:\t|\s{2,}|\s[|·•]\s)\s*/u;
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEMS = 16;
const MAX_MENU_LENGTH = 160;
const MAX_ACCOUNT_LENGTH = 24;
const WHITESPACE_RUN = /\s+/g;
// A dropdown's arrow after an item: "Sections ▾", "More ▼".
const DROPDOWN_MARK = /\s?[▾▼⌄˅⏷▿]$/u;
// A section named by a number ("112", the Dutch emergency number, for the police and fire
// desk; "24h"): an item of a long row only, never of a short one ("Molde | 1 | Rosenborg").
const NUMBER_ITEM = /^\d{2,4}h?$/u;
const MIN_ITEMS_WITH_NUMBER = 5;
// The outlet's own name before its account buttons: "Daily Courier – English service | Login |
// Register": capitalised words and dashes between them, no sentence punctuation.
const OUTLET_NAME = /^[\p{Lu}\p{Lo}\d][\p{L}\p{M}\d'’&.\- ]*(?: [–—-] [\p{L}\p{M}\d'’& ]+)?$/u;
const MAX_OUTLET_WORDS = 7;
const MAX_OUTLET_LENGTH = 60;

/** True when the source line is a row of menu items (or of account buttons). */
function isMenuRow(source: string, text: string): boolean {
  // The raw line as the text (most lines): the test below lets through a row of single spaces
  // only, so its gap is " | ", " · " or " • ", and a line without a space has none.
  if (source === text && !text.includes(' ')) return false;
  if (!MENU_GAP.test(source)) return false;
  // The row as printed: the raw line differs from the text only in its spaces (no markup).
  const row = source.trim();
  if (row.replace(WHITESPACE_RUN, ' ') !== text) return false;
  const items = row.split(MENU_SPLIT);
  if (items.length > MAX_MENU_ITEMS) return false;
  // A short row of dots is a trail ("Local · Ohio · Schools"), the breadcrumb rule's.
  if (items.length <= MAX_TRAIL_ITEMS && !PLAIN_GAP.test(row)) return false;
  let accounts = 0;
  let numbers = 0;
  let outlet = false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!.replace(DROPDOWN_MARK, '');
    if (isAccount(item)) accounts++;
    else if (NUMBER_ITEM.test(item)) numbers++;
    else if (isItem(item, false)) continue;
    else if (
      k === 0 &&
      item.length <= MAX_OUTLET_LENGTH &&
      OUTLET_NAME.test(item) &&
      !moreWordsThan(item, MAX_OUTLET_WORDS)
    )
      outlet = true;
    else return false;
  }
  // One numbered section among five items or more; an outlet's name before two buttons.
  if (numbers > 1 || (numbers === 1 && items.length < MIN_ITEMS_WITH_NUMBER)) return false;
  if (outlet && accounts < 2) return false;
  return items.length >= MIN_MENU_ITEMS || (items.length >= 2 && accounts >= 1);
}

// A bar of trending topics: "Trending: Storm warning | School closures | Bridge crash".
const TRENDING_LABEL =
  /^(?:trending(?: now| topics| today)?|hot topics|top topics|in the news|popular now|most read|tendencias|temas del día|em alta|tendances|im trend|di tendenza|gündem)\s?:\s?/iu;
const TOPIC_SPLIT = /\s[|•·]\s/u;
const MAX_TOPIC_WORDS = 6;
const SENTENCE_MARK = /[.!?]/;

function isTrendingBar(text: string): boolean {
  const label = TRENDING_LABEL.exec(text);
  if (!label) return false;
  const topics = text.slice(label[0].length).split(TOPIC_SPLIT);
  if (topics.length < 2) return false;
  for (const topic of topics)
    if (topic.trim() === '' || SENTENCE_MARK.test(topic) || moreWordsThan(topic, MAX_TOPIC_WORDS)) return false;
  return true;
}
const TRENDING_FIRST = charSet('thpmegdi');

/**
 * Rule `boilerplate/menu`: Navigation and account rows above the article ("Politics  Business  Tech  Sport", "LOCAL  NATIONAL  WORLD", "Sign in | Register", a lone "Log in", "Trending: A | B | C"): three or more short capitalised items set apart by runs of spaces or " | " (two when one is an account button), or a trending-topics bar; only before the article's first paragraph of prose.
 *
 * @example
 * clean("Politics  Business  Sport\n\nThe council met on Tuesday and approved the new budget for the port.", { rules: [menuRule] }).text; // "The council met on Tuesday and approved the new budget for the port."
 */
export const menuRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/menu',
  category: 'boilerplate',
  description:
    'Navigation and account rows above the article ("Politics  Business  Tech  Sport", "LOCAL  NATIONAL  WORLD", "Sign in | Register", a lone "Log in", "Trending: A | B | C"): three or more short capitalised items set apart by runs of spaces or " | " (two when one is an account button), or a trending-topics bar; only before the article\'s first paragraph of prose',
  maxLength: MAX_MENU_LENGTH,
  match(block, context) {
    const { text, source } = block;
    // (beforeProse's own first test, before the row's)
    if (!mayBeInHead(block.index)) return null;
    if (text.length > MAX_MENU_LENGTH || text.length < 2 || text.includes('\n')) return null;
    const lone = text.length <= MAX_ACCOUNT_LENGTH && isAccount(text);
    const trending = !lone && opensWithFolded(text, TRENDING_FIRST, true) && text.includes(':') && isTrendingBar(text);
    if (!lone && !trending && (source.length > 2 * MAX_MENU_LENGTH || !isMenuRow(source, text))) return null;
    return beforeProse(context, block.index) ? {} : null;
  },
};

// The article tools' words, by language (ISO 639-1; sr in both scripts), as pattern sources read
// under /iu, each alone on its line or in a row of tools:
// - listen: an audio player's label ("Listen to this article", "Read aloud");
// - reading: a reading-time label before its minutes ("Reading time: 5 min");
// - readingAfter: what follows the minutes instead ("5 min read", "5 perc olvasás");
// - approx: "about" before the minutes; minutes: the unit after a number;
// - print, textSize (a text-size label, its buttons after it), reportError and save (lone buttons);
// - feedback: the question under the article ("Was this article helpful?"), its mark after it.
// A language whose usual wording we do not know for a kind has no entry for it.
interface ToolWords {
  readonly listen?: readonly string[];
  readonly reading?: readonly string[];
  readonly readingAfter?: readonly string[];
  readonly approx?: readonly string[];
  readonly minutes?: readonly string[];
  readonly print?: readonly string[];
  readonly textSize?: readonly string[];
  readonly reportError?: readonly string[];
  readonly save?: readonly string[];
  readonly feedback?: readonly string[];
}
// prettier-ignore
const ARTICLE_TOOLS: Readonly<Record<string, ToolWords>> = {
  en: {
    listen: ['listen(?: to)?(?: this| the)? (?:article|story|news|report)', 'listen now', 'listen', 'play audio', 'audio version', 'hear this (?:article|story)', 'article audio', 'read aloud', 'read (?:this |the )?article aloud', 'listen \\(audio(?: news| version| article)?\\)', 'listen to (?:the )?audio(?: version)?', 'audio article', 'listen to (?:this|the) (?:piece|podcast|episode)'],
    reading: ['(?:estimated )?read(?:ing)? time', 'est\\. read(?:ing)? time', 'time to read'],
    readingAfter: ['read', 'reading'],
    approx: ['about', 'approx\\.?', 'approximately', 'around', 'ca\\.?'],
    minutes: ['min(?:ute)?s?', 'mins'],
    print: ['print(?: this(?: article| story| page)?)?'],
    textSize: ['(?:text|font) size'],
    reportError: ['report (?:an? )?(?:error|typo|mistake|correction|inaccuracy)', 'suggest a correction'],
    feedback: ['(?:was|is) this (?:article|story|page|post|information|content) (?:helpful|useful|interesting|informative)', 'did you find this (?:article|story|page|post|information|content) (?:helpful|useful|interesting)', 'how (?:helpful|useful|interesting) (?:was|is|did you find) this (?:article|story|page|post|information|content)', 'did you (?:like|enjoy) this (?:article|story|post)', 'rate this (?:article|story|post)', 'how would you rate this (?:article|story)', 'what did you think of this (?:article|story)'],
    save: ['save (?:this |the )?(?:article|story)', 'save for later'],
  },
  de: {
    listen: ['(?:artikel|beitrag|nachricht) (?:anhören|vorlesen(?: lassen)?)', 'anhören', 'vorlesen', 'vorlesen lassen', 'audio abspielen'],
    reading: ['lesedauer', 'lesezeit'], readingAfter: ['lesezeit', 'lesedauer'],
    approx: ['ca\\.?', 'circa', 'etwa', 'ungefähr', 'rund'],
    minutes: ['minuten?', 'min\\.?'],
    print: ['drucken', 'artikel drucken'], textSize: ['schriftgröße', 'textgröße'], reportError: ['fehler melden'],
    feedback: ['(?:war|ist) (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich|interessant)', 'hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen', '(?:artikel|beitrag) bewerten'],
    save: ['(?:artikel )?merken', 'artikel speichern'],
  },
  fr: {
    listen: ['écouter(?: cet| l[’\']) ?article', 'écouter', 'écouter la version audio', 'version audio', 'lire à voix haute'],
    reading: ['temps de lecture', 'durée de lecture'], readingAfter: ['de lecture'],
    approx: ['environ', 'env\\.'], minutes: ['minutes?', 'min\\.?', 'mn'],
    print: ['imprimer', 'imprimer (?:cet |l[’\'])article'], textSize: ['taille du texte', 'taille de (?:la )?police'],
    reportError: ['signaler une erreur', 'signaler une faute'],
    feedback: ['cet article vous a-t-il (?:été utile|plu|intéressé)', 'avez-vous trouvé cet article utile', 'notez cet article'],
    save: ['enregistrer(?: l[’\']article)?', 'sauvegarder(?: l[’\']article)?'],
  },
  es: {
    listen: ['escuchar(?: este| esta| la| el)? (?:artículo|noticia|nota)', 'escuchar', 'escucha (?:esta |la )?(?:noticia|nota)', 'leer en voz alta', 'versión (?:en )?audio'],
    reading: ['tiempo (?:estimado )?de lectura', 'lectura'], readingAfter: ['de lectura'],
    approx: ['aprox\\.?', 'aproximadamente', 'unos'], minutes: ['minutos?', 'min\\.?'],
    print: ['imprimir'], textSize: ['tamaño (?:de (?:la )?)?(?:letra|texto|fuente)'],
    reportError: ['reportar (?:un )?error', 'informar (?:de )?(?:un )?error', 'notificar (?:un )?error'],
    feedback: ['¿?(?:te|le) (?:ha )?(?:resultado|resultó|pareció|ha parecido|gustó|ha gustado) (?:útil |interesante )?(?:este|esta) (?:artículo|noticia|nota|información)(?: útil| interesante)?', 'valora (?:este|esta) (?:artículo|noticia)'],
    save: ['guardar(?: (?:artículo|noticia|nota))?'],
  },
  pt: {
    listen: ['ouvir(?: este| esta| o| a)? (?:artigo|notícia|matéria|texto|reportagem)', 'ouvir', 'ouça(?: (?:este|esta|o|a))? (?:artigo|notícia|matéria|texto|reportagem)', 'ouça', 'versão (?:em )?áudio', 'ler em voz alta'],
    reading: ['tempo (?:estimado )?de leitura', 'leitura'], readingAfter: ['de leitura'],
    approx: ['aprox\\.?', 'aproximadamente', 'cerca de'], minutes: ['minutos?', 'min\\.?'],
    print: ['imprimir'], textSize: ['tamanho (?:da )?(?:letra|fonte|texto)'],
    reportError: ['(?:reportar|comunicar|informar) (?:um )?erro'],
    feedback: ['(?:este|esta) (?:artigo|notícia|matéria|conteúdo) (?:foi|é) útil', 'avalie (?:este|esta) (?:artigo|notícia|matéria)'],
    save: ['salvar(?: (?:artigo|notícia|matéria))?', 'guardar artigo'],
  },
  it: {
    listen: ['ascolta(?: l[’\'] ?articolo| la notizia| questo articolo)', 'ascolta', 'versione audio', 'leggi ad alta voce'],
    reading: ['tempo (?:stimato )?di lettura', 'lettura'], readingAfter: ['di lettura'],
    approx: ['circa', 'ca\\.'], minutes: ['minut[io]', 'min\\.?'],
    print: ['stampa'], textSize: ['dimensione (?:del )?(?:testo|carattere)'], reportError: ['segnala (?:un )?errore'],
    feedback: ['(?:questo|l[’\'] ?)articolo (?:ti|vi) (?:è stato|è) (?:utile|piaciuto)', 'valuta (?:questo|l[’\'] ?)articolo'],
    save: ['salva(?: l[’\'] ?articolo| articolo)?'],
  },
  nl: {
    listen: ['luister(?: naar)?(?: dit| het)? artikel', 'luister', 'beluister(?: dit| het)? artikel', 'voorlezen', 'lees voor'],
    reading: ['leestijd'], readingAfter: ['leestijd', 'lezen'], approx: ['ca\\.?', 'circa', 'ongeveer'],
    minutes: ['minuut', 'minuten', 'min\\.?'], print: ['afdrukken', 'printen'], textSize: ['lettergrootte', 'tekstgrootte'],
    reportError: ['fout melden', 'meld een fout'],
    feedback: ['(?:vond|vindt) (?:je|u) dit artikel (?:nuttig|interessant)', 'was dit artikel nuttig'],
    save: ['(?:artikel )?opslaan', 'bewaar(?: artikel)?'],
  },
  sv: {
    listen: ['lyssna(?: på)? (?:artikeln|texten|nyheten|reportaget)', 'lyssna', 'läs upp(?: artikeln)?', 'uppläsning'],
    reading: ['lästid'], readingAfter: ['lästid', 'läsning'], approx: ['ca\\.?', 'cirka', 'ungefär'],
    minutes: ['minuter', 'minut', 'min\\.?'], print: ['skriv ut'], textSize: ['textstorlek'], reportError: ['rapportera (?:ett )?fel'],
    feedback: ['var (?:den här )?artikeln (?:till hjälp|användbar|intressant)', 'hade du nytta av (?:den här )?artikeln'],
    save: ['spara(?: artikeln)?'],
  },
  no: {
    listen: ['lytt(?: til)? (?:artikkelen|saken)', 'lytt', 'hør (?:artikkelen|saken)', 'les opp(?: artikkelen| saken)?', 'opplesning'],
    reading: ['lesetid'], readingAfter: ['lesetid', 'lesing'], approx: ['ca\\.?', 'cirka', 'omtrent', 'rundt'],
    minutes: ['minutter', 'minutt', 'min\\.?'], print: ['skriv ut'], textSize: ['skriftstørrelse', 'tekststørrelse'],
    reportError: ['meld (?:fra om )?feil', 'rapporter feil'],
    feedback: ['var (?:denne )?(?:artikkelen|saken) nyttig'],
    save: ['lagre(?: artikkelen| saken)?'],
  },
  da: {
    listen: ['lyt(?: til)? (?:artiklen|historien)', 'lyt', 'hør (?:artiklen|historien)', 'læs op(?: artiklen)?', 'oplæsning'],
    reading: ['læsetid'], readingAfter: ['læsetid', 'læsning'], approx: ['ca\\.?', 'cirka', 'omkring'],
    minutes: ['minutter', 'minut', 'min\\.?'], print: ['udskriv', 'print'], textSize: ['skriftstørrelse', 'tekststørrelse'],
    reportError: ['rapportér (?:en )?fejl', 'meld (?:en )?fejl'],
    feedback: ['var (?:denne )?artikel(?:en)? nyttig', 'var artiklen nyttig'],
    save: ['gem artikel(?:en)?', 'gem artiklen'],
  },
  fi: {
    listen: ['kuuntele(?: artikkeli| artikkelia| juttu| uutinen)?', 'lue ääneen'],
    reading: ['lukuaika'], readingAfter: ['lukuaika'], approx: ['noin', 'n\\.'],
    minutes: ['minuuttia', 'minuutti', 'min\\.?'], print: ['tulosta'], textSize: ['tekstin koko', 'fonttikoko'],
    reportError: ['ilmoita virheestä'],
    feedback: ['oliko (?:tästä )?(?:artikkelista|jutusta) (?:apua|hyötyä)', 'oliko (?:tämä )?(?:artikkeli|juttu) hyödyllinen'],
    save: ['tallenna(?: artikkeli| juttu)?'],
  },
  is: {
    listen: ['hlusta(?: á (?:fréttina|greinina))?'], minutes: ['mínútur', 'mínúta', 'mín\\.?'], print: ['prenta'],
  },
  pl: {
    listen: ['(?:posłuchaj|odsłuchaj|słuchaj)(?: artykułu)?', 'wersja audio'],
    reading: ['czas (?:czytania|lektury)'], readingAfter: ['czytania', 'lektury'], approx: ['ok\\.', 'około'],
    minutes: ['minut(?:y|ów|a)?', 'min\\.?'], print: ['drukuj'], textSize: ['rozmiar (?:czcionki|tekstu)'], reportError: ['zgłoś błąd'],
    feedback: ['czy ten artykuł był (?:pomocny|przydatny)'],
    save: ['zapisz(?: artykuł)?'],
  },
  cs: {
    listen: ['poslechn(?:out|ěte)(?: si)?(?: článek| zprávu)?', 'přehrát(?: článek)?', 'poslech článku'],
    reading: ['(?:doba|čas) čtení'], readingAfter: ['čtení'], approx: ['asi', 'cca\\.?', 'přibližně'],
    minutes: ['minut[ay]?', 'min\\.?'], print: ['tisk', 'vytisknout'], textSize: ['velikost písma'], reportError: ['nahlásit chybu'],
    feedback: ['byl (?:pro vás )?(?:tento )?článek užitečný'],
    save: ['uložit(?: článek)?'],
  },
  sk: {
    listen: ['vypočuť(?: si)?(?: článok)?', 'vypočujte si(?: článok)?', 'počúvať(?: článok)?'],
    reading: ['čas čítania'], readingAfter: ['čítania', 'čítanie'], approx: ['asi', 'cca\\.?', 'približne'],
    minutes: ['minút[ay]?', 'minúta', 'min\\.?'], print: ['tlačiť', 'vytlačiť'], textSize: ['veľkosť písma'], reportError: ['nahlásiť chybu'],
    feedback: ['bol (?:pre vás )?(?:tento )?článok užitočný'],
    save: ['uložiť(?: článok)?'],
  },
  sl: {
    listen: ['poslušaj(?:te)?(?: članek| novico)?'], reading: ['čas branja'], readingAfter: ['branja', 'branje'],
    approx: ['približno', 'pribl\\.'], minutes: ['minut[aei]?', 'min\\.?'], print: ['natisni', 'tiskaj'],
    textSize: ['velikost pisave'], reportError: ['prijavi napako'],
    feedback: ['je bil (?:ta )?članek koristen'],
    save: ['shrani(?: članek)?'],
  },
  hr: {
    listen: ['poslušaj(?:te)?(?: članak| vijest)?', 'slušaj(?: članak)?'], reading: ['vrijeme čitanja'], readingAfter: ['čitanja', 'čitanje'],
    approx: ['oko', 'otprilike', 'cca\\.?'], minutes: ['minut[ae]?', 'min\\.?'], print: ['ispis', 'ispiši', 'isprintaj'],
    textSize: ['veličina (?:slova|fonta|teksta)'], reportError: ['prijavi grešku'],
    feedback: ['je li (?:vam )?(?:ovaj )?članak bio koristan'],
    save: ['spremi(?: članak)?'],
  },
  bs: {
    listen: ['poslušaj(?:te)?(?: članak| vijest)?', 'slušaj(?: članak)?'], reading: ['vrijeme čitanja'], readingAfter: ['čitanja', 'čitanje'],
    approx: ['oko', 'otprilike', 'cca\\.?'], minutes: ['minut[ae]?', 'min\\.?'], print: ['printaj', 'štampaj', 'ispiši'],
    textSize: ['veličina (?:slova|fonta|teksta)'], reportError: ['prijavi grešku'],
    feedback: ['je li (?:vam )?(?:ovaj )?članak bio koristan'],
    save: ['sačuvaj(?: članak)?'],
  },
  sr: {
    listen: ['poslušaj(?:te)?(?: članak| vest)?', 'слушај(?: чланак)?', 'послушај(?:те)?(?: чланак| вест)?'],
    reading: ['vreme čitanja', 'време читања'], readingAfter: ['čitanja', 'читања'], approx: ['oko', 'око', 'otprilike', 'отприлике'],
    minutes: ['minut[ae]?', 'минут[ае]?', 'min\\.?', 'мин\\.?'], print: ['štampaj', 'штампај'],
    textSize: ['veličina (?:slova|fonta)', 'величина (?:слова|фонта)'], reportError: ['prijavi grešku', 'пријави грешку'],
    feedback: ['da li (?:vam )?je (?:ovaj )?članak bio koristan'],
    save: ['sačuvaj(?: članak)?', 'сачувај(?: чланак)?'],
  },
  hu: {
    listen: ['hallgasd meg(?: a cikket)?', 'hallgassa meg(?: a cikket)?', 'cikk meghallgatása', 'felolvasás'],
    reading: ['olvasási idő'], readingAfter: ['olvasás', 'olvasási idő'], approx: ['kb\\.', 'körülbelül', 'kb'],
    minutes: ['perc'], print: ['nyomtatás'], textSize: ['betűméret'], reportError: ['hibát találtam', 'hiba bejelentése', 'hibajelentés'],
    feedback: ['hasznos volt (?:ez a|a) cikk', 'hasznosnak találta a cikket'],
    save: ['cikk mentése', 'mentés'],
  },
  ro: {
    listen: ['ascult[ăa](?: (?:articolul|știrea|stirea))?', 'versiunea audio'],
    reading: ['timp (?:de|estimat de) (?:citire|lectură)'], readingAfter: ['de citit', 'de citire', 'de lectură', 'citire'],
    approx: ['aproximativ', 'aprox\\.', 'circa', 'cca\\.'], minutes: ['minute', 'minut', 'min\\.?'],
    print: ['printează', 'tipărește'], textSize: ['(?:mărime|dimensiune)(?:a)? (?:text|textului|font|fontului)'],
    reportError: ['raportează o eroare', 'semnalează o (?:eroare|greșeală)'],
    feedback: ['(?:ți|v)-a fost util (?:acest )?articol(?:ul)?', 'a fost util (?:acest )?articol(?:ul)?'],
    save: ['salvează(?: articolul)?'],
  },
  bg: {
    listen: ['(?:слушай|чуй)(?: статията| новината)?', 'слушайте(?: статията)?'], reading: ['време за четене'], readingAfter: ['четене', 'за четене'],
    approx: ['около', 'приблизително'], minutes: ['минут[аи]', 'мин\\.?'], print: ['печат', 'отпечатай'],
    textSize: ['размер на (?:шрифта|текста)'], reportError: ['съобщи за грешка', 'сигнализирай за грешка'],
    feedback: ['полезна ли (?:беше|е) (?:тази )?статия(?:та)?'],
    save: ['запази(?: статията)?'],
  },
  el: {
    listen: ['άκουσε(?: το άρθρο)?', 'ακούστε(?: το άρθρο)?', 'ακρόαση(?: άρθρου)?'], reading: ['χρόνος ανάγνωσης'], readingAfter: ['ανάγνωση', 'ανάγνωσης'],
    approx: ['περίπου'], minutes: ['λεπτά', 'λεπτό', 'λεπ\\.'], print: ['εκτύπωση'], textSize: ['μέγεθος (?:γραμματοσειράς|κειμένου)'],
    reportError: ['αναφορά σφάλματος'],
    feedback: ['σας φάνηκε χρήσιμο (?:αυτό )?το άρθρο', 'ήταν χρήσιμο (?:αυτό )?το άρθρο'],
    save: ['αποθήκευση(?: άρθρου)?'],
  },
  ru: {
    listen: ['слушать(?: статью| новость)?', 'прослушать(?: статью)?', 'послушать(?: статью| новость)?', 'аудиоверсия'],
    reading: ['время чтения'], readingAfter: ['чтения', 'на чтение'], approx: ['около', 'примерно', '~'],
    minutes: ['мин(?:ут[аы]?)?\\.?', 'м\\.'], print: ['печать', 'распечатать'], textSize: ['размер (?:шрифта|текста)'],
    reportError: ['сообщить об ошибке'],
    feedback: ['(?:была ли )?эта статья (?:была )?полезн(?:а|ой)'],
    save: ['сохранить(?: статью)?'],
  },
  uk: {
    listen: ['(?:слухати|прослухати|послухати)(?: статтю| новину)?'], reading: ['час читання'], readingAfter: ['читання', 'на читання'],
    approx: ['близько', 'приблизно'], minutes: ['хвилин[аи]?', 'хв\\.?'], print: ['друк', 'друкувати', 'роздрукувати'],
    textSize: ['розмір (?:шрифту|тексту)'], reportError: ['повідомити про помилку'],
    feedback: ['чи (?:була )?(?:ця )?стаття (?:була )?корисною'],
    save: ['зберегти(?: статтю)?'],
  },
  lt: {
    listen: ['klausyk(?:ite)?(?: straipsnio)?', 'klausytis(?: straipsnio)?', 'klausyti(?: straipsnio)?'], reading: ['skaitymo laikas'],
    readingAfter: ['skaitymo', 'skaitymas'], approx: ['apie', 'apytiksliai'], minutes: ['min\\.?', 'minutės?', 'minučių'],
    print: ['spausdinti'], textSize: ['šrifto dydis', 'teksto dydis'], reportError: ['pranešti apie klaidą'],
    feedback: ['ar (?:šis )?straipsnis buvo naudingas'],
    save: ['išsaugoti(?: straipsnį)?'],
  },
  lv: {
    listen: ['klausīties(?: rakstu)?', 'noklausīties(?: rakstu)?'], reading: ['lasīšanas laiks'], readingAfter: ['lasīšanas', 'lasīšana'],
    approx: ['aptuveni', 'apm\\.', 'ap\\.'], minutes: ['minūtes?', 'min\\.?'], print: ['drukāt'], textSize: ['(?:fonta|burtu|teksta) izmērs'],
    reportError: ['ziņot par kļūdu'],
    feedback: ['vai (?:šis )?raksts bija noderīgs'],
    save: ['saglabāt(?: rakstu)?'],
  },
  et: {
    listen: ['kuula(?: artiklit| lugu| uudist)?'], reading: ['lugemisaeg'], readingAfter: ['lugemist', 'lugemisaeg'],
    approx: ['umbes', 'u\\.', 'ca\\.?'], minutes: ['minutit?', 'min\\.?'], print: ['prindi', 'trüki'], textSize: ['(?:kirja|teksti) suurus'],
    reportError: ['teata veast'],
    feedback: ['kas (?:see )?artikkel oli kasulik'],
    save: ['salvesta(?: artikkel)?'],
  },
  tr: {
    listen: ['makaleyi dinle', 'haberi dinle', 'sesli dinle', 'dinle'], reading: ['okuma süresi'], readingAfter: ['okuma', 'okuma süresi'],
    approx: ['yaklaşık', 'yakl\\.', 'ort\\.'], minutes: ['dakika', 'dk\\.?'], print: ['yazdır'], textSize: ['yazı boyutu'], reportError: ['hata bildir'],
    feedback: ['bu (?:haber|makale|içerik) (?:faydalı|yararlı) mıydı'],
    save: ['kaydet', 'haberi kaydet'],
  },
  ar: {
    listen: ['استمع(?: إلى| ل)?(?: ?المقال| ?الخبر)?', 'الاستماع (?:إلى |لل)?(?:المقال|الخبر)', 'استمع للمقال'], reading: ['(?:وقت|مدة|زمن) القراءة'],
    readingAfter: ['قراءة', 'للقراءة'], approx: ['حوالي', 'نحو'], minutes: ['دقيقة', 'دقائق', 'د'], print: ['طباعة', 'اطبع'],
    textSize: ['حجم الخط'], reportError: ['(?:الإبلاغ|أبلغ) عن خطأ'],
    feedback: ['هل (?:كان|وجدت) هذا (?:المقال|الخبر) مفيد(?:اً|ا)?'],
    save: ['حفظ(?: المقال)?'],
  },
  fa: {
    listen: ['بشنوید', 'گوش کنید', 'شنیدن (?:این )?(?:خبر|مطلب)', 'نسخه صوتی'], reading: ['(?:مدت )?زمان (?:مطالعه|خواندن)'],
    readingAfter: ['مطالعه'], approx: ['حدود', 'تقریباً', 'تقریبا'], minutes: ['دقیقه'], print: ['چاپ'], textSize: ['اندازه (?:فونت|متن|قلم)'],
    reportError: ['گزارش (?:خطا|اشکال)'],
  },
  he: {
    listen: ['האזינו(?: לכתבה)?', 'האזן(?: לכתבה)?', 'האזנה לכתבה', 'הקראת הכתבה'], reading: ['זמן קריאה'], readingAfter: ['קריאה'],
    approx: ['כ-?', 'בערך'], minutes: ['דקות', 'דקה', 'דק[\'׳]'], print: ['הדפס(?:ה)?'], textSize: ['גודל (?:גופן|טקסט)'],
    reportError: ['דווחו על (?:טעות|תקלה)', 'דיווח על טעות'],
  },
  hi: {
    listen: ['सुनें', '(?:खबर|ख़बर|समाचार|लेख) सुनें', 'इस (?:खबर|ख़बर|लेख) को सुनें'], reading: ['पढ़ने का समय'], readingAfter: ['में पढ़ें'],
    approx: ['लगभग', 'करीब'], minutes: ['मिनट'], print: ['प्रिंट'],
  },
  bn: {
    listen: ['শুনুন', '(?:খবরটি|সংবাদটি|প্রতিবেদনটি) শুনুন'], reading: ['পড়ার সময়'], readingAfter: ['পড়া'], approx: ['প্রায়'],
    minutes: ['মিনিট'], print: ['প্রিন্ট'],
  },
  ur: {
    listen: ['سنیں', 'سنئے', '(?:خبر|یہ خبر) سنیں'], reading: ['پڑھنے کا وقت'], approx: ['تقریباً', 'تقریبا'], minutes: ['منٹ'], print: ['پرنٹ'],
  },
  id: {
    listen: ['dengarkan(?: artikel| berita)?(?: ini)?', 'dengar(?: artikel| berita)(?: ini)?'], reading: ['waktu (?:baca|membaca)', 'lama membaca'],
    readingAfter: ['baca', 'membaca'], approx: ['sekitar', 'kira-kira', '±'], minutes: ['menit'], print: ['cetak'],
    textSize: ['ukuran (?:huruf|teks|font)'], reportError: ['laporkan kesalahan'],
    feedback: ['apakah (?:artikel|berita) ini (?:bermanfaat|membantu)'],
    save: ['simpan(?: artikel| berita)?'],
  },
  ms: {
    listen: ['dengar(?:kan)?(?: artikel| berita)?(?: ini)?'], reading: ['masa (?:membaca|bacaan)'], readingAfter: ['bacaan', 'membaca'],
    approx: ['kira-kira', 'sekitar', 'lebih kurang'], minutes: ['minit'], print: ['cetak'], textSize: ['saiz (?:huruf|fon|teks)'],
    reportError: ['laporkan kesilapan'],
    feedback: ['adakah artikel ini (?:membantu|berguna|bermanfaat)'],
    save: ['simpan(?: artikel| berita)?'],
  },
  tl: {
    listen: ['pakinggan(?: ang (?:artikulo|balita))?', 'makinig'], minutes: ['minuto'],
  },
  vi: {
    listen: ['nghe (?:đọc )?(?:bài viết|bài báo|tin|bài)', 'nghe đọc', 'nghe'], reading: ['thời gian đọc'], readingAfter: ['đọc'],
    approx: ['khoảng', 'chừng'], minutes: ['phút'], print: ['in bài(?: viết)?'], textSize: ['cỡ chữ'], reportError: ['báo lỗi'],
    feedback: ['bài viết (?:này )?có hữu ích(?: với bạn)?(?: không)?'],
    save: ['lưu(?: bài viết| tin)?'],
  },
  th: {
    listen: ['ฟัง(?:ข่าว|บทความ|เสียง)', 'อ่านให้ฟัง'], reading: ['(?:ระยะ)?เวลา(?:ใน)?การอ่าน', 'เวลาอ่าน'], readingAfter: ['อ่าน'],
    approx: ['ประมาณ'], minutes: ['นาที'], print: ['พิมพ์'], textSize: ['ขนาด(?:ตัวอักษร|ข้อความ)'], reportError: ['แจ้งข้อผิดพลาด'],
  },
  zh: {
    listen: ['收[听聽](?:本文|文章|新[闻聞])?', '[听聽]新[闻聞]', '[语語]音播[报報]', '朗[读讀](?:本文|全文)?'], reading: ['(?:预计|預計)?[阅閱][读讀](?:时间|時間|时长|時長)'],
    readingAfter: ['[阅閱][读讀]'], approx: ['[约約]', '大[约約]'], minutes: ['分[钟鐘]'], print: ['打印', '列印'],
    textSize: ['字[号號]', '字[体體]大小'], reportError: ['(?:我要)?[纠糾][错錯]', '[报報][错錯]'],
    feedback: ['(?:这篇文章|本文|這篇文章)(?:对|對)(?:您|你)有(?:帮助|幫助)(?:吗|嗎)'],
    save: ['收藏(?:本文|文章)?'],
  },
  ja: {
    listen: ['記事を(?:聞く|読み上げる)', '音声で聞く', '音声読み上げ', '読み上げ'], reading: ['読了(?:目安)?時間', 'この記事の読了時間'],
    readingAfter: ['で読めます', 'で読了'], approx: ['約'], minutes: ['分'], print: ['印刷'], textSize: ['文字サイズ'],
    feedback: ['この記事は(?:役に立ちましたか|参考になりましたか)'],
    save: ['(?:記事を)?保存(?:する)?'],
  },
  ko: {
    listen: ['기사 듣기', '듣기', '음성으로 듣기', '기사 읽어주기'], reading: ['읽는 시간', '예상 읽기 시간'], readingAfter: ['읽기'],
    approx: ['약'], minutes: ['분'], print: ['인쇄'], textSize: ['글자 크기'], reportError: ['오류 신고'],
    feedback: ['이 기사가 도움이 (?:되었나요|됐나요|되셨나요)'],
    save: ['(?:기사 )?저장(?:하기)?'],
  },
  sw: {
    listen: ['sikiliza(?: (?:habari|makala))?(?: hii)?'], reading: ['muda wa kusoma'], readingAfter: ['kusoma'],
    approx: ['takriban', 'karibu'], minutes: ['dakika'], print: ['chapisha'],
  },
};

const toolWords = (kind: keyof ToolWords): string[] =>
  Object.values(ARTICLE_TOOLS).flatMap((words) => words[kind] ?? []);

// Audio players: "Listen to this article", "Listen to article ▶ 4 min.", "Artikel anhören".
const LISTEN_WORDS = toolWords('listen');
// Minutes: "4 min.", "5 perc", "3 phút", "٥ دقائق" (a digit of any script).
const MINUTES = `[\\p{Nd}]{1,3}(?:[-–][\\p{Nd}]{1,3})?(?:\\s*|-)(?:${toolWords('minutes').join('|')})\\.?`;
// A player's duration after its label: "▶ 4 min.", "(3:45)", "· 5 minutes", "04:12".
const DURATION = `(?:\\s*[▶►·•|:(-]?\\s*(?:\\d{1,2}:\\d{2}|${MINUTES})\\)?)?`;
const LISTEN = new RegExp(`^[▶►🔊🎧]?\\s*(?:${LISTEN_WORDS.join('|')})\\s*[▶►]?${DURATION}$`, 'iu');

// Reading time: "Reading time: 3 mins read", "Lesedauer: 3 Minuten", "Olvasási idő: kb. 4 perc",
// "3 min de lecture", "4 Min. Lesezeit", "2 min. læsetid", "約3分で読めます".
const READING_LABELS = toolWords('reading');
const READING_LABEL = READING_LABELS.join('|');
const READING_AFTER = toolWords('readingAfter').join('|');
const APPROX_WORDS = toolWords('approx');
const APPROX = `(?:(?:${APPROX_WORDS.join('|')})\\s*)?`;
const READING_TIME = new RegExp(
  `^(?:[⏱⌚🕐🕒📖]\\ufe0f?\\s*)?(?:(?:${READING_LABEL})\\s*[:：]?\\s*${APPROX}${MINUTES}(?:\\s*(?:${READING_AFTER}))?|${APPROX}${MINUTES}\\s*(?:${READING_AFTER}|${READING_LABEL}))$`,
  'iu',
);

// Text-size buttons: "A A", "A- A+", "A A A", "-A +A", "Aa" (capital A's apart: "AA" is a
// rating, an abbreviation), and their label ("Text size").
const TEXT_SIZE_BUTTONS = /^(?:[-+]?A[-+]?(?:\s+[-+]?A[-+]?){1,3}|Aa)$/;
// The label may stand with its buttons in any script: "Font size: A+ A-", "Font size 가 가".
const TEXT_SIZE_LABELS = toolWords('textSize');
const TEXT_SIZE = new RegExp(`^(?:${TEXT_SIZE_LABELS.join('|')})(?:\\s?[:：]?(?:\\s[-+]?\\p{L}[-+]?){1,4})?$`, 'iu');
// A button to save the article for later: "Save this article", "Tallenna", "Lưu bài viết".
const SAVE_WORDS = toolWords('save');
const SAVE = new RegExp(`^(?:${SAVE_WORDS.join('|')})$`, 'iu');
// Print, a tool that stands beside the others in a row ("Font size: A+ A- | Print").
const PRINT = new RegExp(`^(?:${toolWords('print').join('|')})$`, 'iu');
// Tools side by side: "Listen to article ▶ | Font size A A", "Escuchar noticia | 3 min de lectura".
const TOOL_SPLIT = /\s[|·•]\s/u;
const MAX_TOOLS = 4;
// The first words each pattern's matches may open with, read from the patterns: a part opening
// with another ASCII word matches none of them (READING_TIME and LISTEN may open with a digit or
// a space). One whose first word runs on above ASCII goes on to the patterns (their other scripts
// and marks; /iu folds 'ſ' and the Kelvin sign onto s and k).
const LISTEN_RUNS = firstRunsOf([LISTEN]);
const READING_RUNS = firstRunsOf([READING_TIME]);
const TEXT_SIZE_RUNS = firstRunsOf([TEXT_SIZE]);
const SAVE_RUNS = firstRunsOf([SAVE]);
// TEXT_SIZE_BUTTONS (case-sensitive) opens with A, - or +.
const opensAsButtons = (part: string): boolean => {
  const c = part.charCodeAt(0);
  return c === 0x41 || c === 0x2d || c === 0x2b;
};
const isTool = (part: string, key = firstWordKey(part)): boolean =>
  (fitsRuns(key, part, LISTEN_RUNS) && LISTEN.test(part)) ||
  (fitsRuns(key, part, READING_RUNS) && READING_TIME.test(part)) ||
  (opensAsButtons(part) && TEXT_SIZE_BUTTONS.test(part)) ||
  (fitsRuns(key, part, TEXT_SIZE_RUNS) && TEXT_SIZE.test(part)) ||
  (fitsRuns(key, part, SAVE_RUNS) && SAVE.test(part));
// A row needs one of TOOL_SPLIT's marks.
const TOOL_MARK = /[|·•]/u;
function isToolRow(text: string): boolean {
  const parts = text.split(TOOL_SPLIT);
  if (parts.length < 2 || parts.length > MAX_TOOLS) return false;
  let tools = 0;
  for (const part of parts) {
    if (isTool(part)) tools++;
    else if (!PRINT.test(part)) return false;
  }
  return tools > 0;
}

// The error-report widget: "Found a mistake? Select it and press Ctrl+Enter", "Нашли ошибку?
// Выделите её и нажмите Ctrl+Enter"; a lone "Report an error" button.
const CTRL_ENTER = /\bctrl\s?\+\s?enter\b/iu;
// (the widget's question, in the languages of the sites that print it)
const MISTAKE =
  /mistake|error|typo|misprint|inaccura|fehler|erreur|errore|błąd|hata|ошибк|опечатк|помилк|похибк|грешк|lỗi|chyb|napak|grešk|hib[aá]|eroare|greșeal|klaid|kļūd|viga|virhe|fejl|feil|fel\b|erro|λάθος|σφάλμα/iu;
const REPORT_ERROR_WORDS = toolWords('reportError');
const REPORT_ERROR = new RegExp(`^(?:${REPORT_ERROR_WORDS.join('|')})$`, 'iu');
// (its first words: as for the tools above)
const REPORT_ERROR_RUNS = firstRunsOf([REPORT_ERROR]);
const MAX_ERROR_REPORT_LENGTH = 160;

// A prompt to save the article to an account: "Sign in to save this article", "You can save this
// story by registering for free. Or log in if you have an account."
const SAVE_WORD = /save/i;
const SAVE_ARTICLE = /\bsave (?:this |the )?(?:article|story|stories|articles|report)s?\b/iu;
const ACCOUNT_WORD = /\b(?:regist\w*|sign(?:ing)?[- ]?(?:in|up)|log(?:ging)?[- ]?in|account|subscri\w*)\b/iu;
const MAX_SAVE_PROMPT_LENGTH = 200;
const MAX_SAVE_PROMPT_WORDS = 30;
// The shortest line SAVE_ARTICLE and ACCOUNT_WORD both match, "login save story": the two
// matches are words apart (each opens and ends at a word boundary and shares no word with the
// other), so a line holds the shortest of each (10 and 5 characters) and one character between.
const MIN_SAVE_PROMPT_LENGTH = 16;

// Feedback prompts: "Was this article helpful?", "Did you find this article useful?",
// "Rate this article", "Hat Ihnen dieser Artikel gefallen?" (ARTICLE_TOOLS' feedback); the mark
// may be Arabic (؟) or Greek (; or U+037E).
const FEEDBACK_WORDS = toolWords('feedback');
const FEEDBACK = new RegExp(`^(?:${FEEDBACK_WORDS.join('|')})\\s*[?？؟;;!.:]?$`, 'iu');

// The first words of FEEDBACK's matches: as for the tools above.
const FEEDBACK_RUNS = firstRunsOf([FEEDBACK]);

const WIDGET_TOOLS_LENGTH = 90;
const WIDGET_MAX_LENGTH = MAX_SAVE_PROMPT_LENGTH;
const isErrorReport = (text: string): boolean =>
  text.length <= MAX_ERROR_REPORT_LENGTH && text.includes('+') && CTRL_ENTER.test(text) && MISTAKE.test(text);
// The prompt speaks to the reader ("you can save …") or opens with its button ("Sign in to save …").
const READER_PROMPT = /^(?:sign|log|register|create|subscribe|join|become|save|to save|please)\b|\byou(?:r)?\b/iu;
// (SAVE_WORD, a literal most lines lack, first: READER_PROMPT's "you" is tried at every position)
const isSavePrompt = (text: string): boolean =>
  text.length <= MAX_SAVE_PROMPT_LENGTH &&
  text.length >= MIN_SAVE_PROMPT_LENGTH &&
  SAVE_WORD.test(text) &&
  READER_PROMPT.test(text) &&
  SAVE_ARTICLE.test(text) &&
  ACCOUNT_WORD.test(text) &&
  !moreWordsThan(text, MAX_SAVE_PROMPT_WORDS);

/**
 * Rule `boilerplate/widget`: Article tools alone on a line: audio players ("Listen to this article", "Listen to article ▶ 4 min."), reading time ("Reading time: 3 mins read", "Lesedauer: 3 Minuten"), text-size buttons ("A- A+", "Font size: A+ A-"), several of them in one row ("Listen to article | 3 min read | Print"), feedback prompts ("Was this article helpful?", "Rate this article"), the error-report prompt ("Found a mistake? Select it and press Ctrl+Enter") and the save-article prompt ("Sign in to save this article").
 *
 * @example
 * clean("The council met on Tuesday.\n\nWas this article helpful?", { rules: [widgetRule] }).text; // "The council met on Tuesday."
 */
export const widgetRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/widget',
  category: 'boilerplate',
  description:
    'Article tools alone on a line: audio players ("Listen to this article", "Listen to article ▶ 4 min."), reading time ("Reading time: 3 mins read", "Lesedauer: 3 Minuten"), text-size buttons ("A- A+", "Font size: A+ A-"), several of them in one row ("Listen to article | 3 min read | Print"), feedback prompts ("Was this article helpful?", "Rate this article"), the error-report prompt ("Found a mistake? Select it and press Ctrl+Enter") and the save-article prompt ("Sign in to save this article")',
  maxLength: WIDGET_MAX_LENGTH,
  textOnly: true,
  match(block) {
    const { text } = block;
    if (text.length > WIDGET_MAX_LENGTH || text.includes('\n')) return null;
    if (isErrorReport(text) || isSavePrompt(text)) return {};
    if (text.length > WIDGET_TOOLS_LENGTH || moreWordsThan(text, 12)) return null;
    const key = firstWordKey(text);
    return isTool(text, key) ||
      (fitsRuns(key, text, FEEDBACK_RUNS) && FEEDBACK.test(text)) ||
      (fitsRuns(key, text, REPORT_ERROR_RUNS) && REPORT_ERROR.test(text)) ||
      (text.includes(' ') && TOOL_MARK.test(text) && isToolRow(text))
      ? {}
      : null;
  },
};
