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
import { charSet, isProseParagraph, moreWordsThan, opensWithFolded } from '../../shape.js';
import { isAsciiLetter, isWhitespace } from '../../../core/word-scan.js';

// The head: no kept paragraph of prose (a sentence of eight words or more) above the block.
// Read over at most this many blocks; a block further down is not in the head.
const MAX_HEAD_BLOCKS = 12;

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
  if (index > MAX_HEAD_BLOCKS) return false;
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

function isItem(item: string, first: boolean): boolean {
  if (item === '' || item.length > 40 || !HAS_LETTER.test(item)) return false;
  if (first && BYLINE_WORD.test(item)) return false;
  if (first && SITE_NAME.test(item)) return true;
  if (!ITEM.test(item) || !OPENS_CAPITAL.test(item)) return false;
  // No digits (a score, "Molde 1", a date) and no lone letter ("N / A").
  if (DIGIT.test(item) || !TWO_LETTERS.test(item)) return false;
  // Unspaced scripts: a short label, not a clause.
  return !moreWordsThan(item, MAX_ITEM_WORDS) && !UNCASED_RUN.test(item);
}

// Separators of a trail. The ones no prose line uses between words may stand without spaces
// ("Home»News»World"); the others need a space on each side ("Start / Regions", "A · B").
const UNSPACED_MARKS = '»›>→❯▸';
const TRAIL_MARK = /[»›>→❯▸/|·•]/u;
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
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (spaced && ((k > 0 && !part.startsWith(' ')) || (k < parts.length - 1 && !part.endsWith(' ')))) return null;
    const item = part.trim();
    // One separator only: a second kind inside an item is no trail ("A > B / C").
    if (TRAIL_MARK.test(item)) return null;
    if (!isItem(item, k === 0)) return null;
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
    if (text.length > MAX_TRAIL_LENGTH || text.length < 3 || text.includes('\n') || !opensAsItem(text)) return null;
    if (trailItems(text) === null) return null;
    return beforeProse(context, block.index) ? {} : null;
  },
};

// Account and subscription buttons: a menu row's items, or a lone button in the head. A button
// may say it costs nothing: "Register (free)", "S'inscrire (gratuit)".
// prettier-ignore
const ACCOUNT = new RegExp(`^(?:${[
  'sign in', 'sign up', 'sign out', 'log in', 'login', 'log out', 'logout', 'register', 'subscribe', 'subscribe now',
  'my account', 'create (?:an )?account', 'account', 'my profile',
  // de, fr, es, pt, it, nl, pl, tr, ru
  'anmelden', 'einloggen', 'registrieren', 'abonnieren', 'abmelden', 'mein konto',
  'connexion', 'se connecter', "s[’']inscrire", "s[’']abonner", 'mon compte', 'abonnez-vous',
  'iniciar sesión', 'registrarse', 'regístrate', 'suscríbete', 'suscribirse', 'mi cuenta', 'entrar', 'acceder',
  'assine', 'assinar', 'cadastre-se', 'minha conta',
  'accedi', 'registrati', 'abbonati', 'il mio account',
  'inloggen', 'registreren', 'abonneren', 'mijn account',
  'zaloguj(?: się)?', 'zarejestruj(?: się)?',
  'giriş yap', 'üye ol', 'abone ol',
  'войти', 'вход', 'регистрация', 'подписаться',
].join('|')})(?:\\s?\\((?:free|it[’']s free|gratis|gratuit|gratuito|grátis|kostenlos|bezpłatnie|ücretsiz)\\))?$`, 'iu');
// ACCOUNT's buttons open with these letters (sign, log, register, my, create, account, anmelden,
// einloggen, iniciar, zaloguj, giriş ...): a line opening with another ASCII character is none
// of them. One above ASCII goes on to the pattern (üye, the Cyrillic buttons; /iu folds 'ſ' and
// the Kelvin sign onto s and k).
const ACCOUNT_FIRST = charSet('acegilmrsz');
const isAccount = (item: string): boolean => opensWithFolded(item, ACCOUNT_FIRST, true) && ACCOUNT.test(item);

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
    if (text.length > MAX_MENU_LENGTH || text.length < 2 || text.includes('\n')) return null;
    const lone = text.length <= MAX_ACCOUNT_LENGTH && isAccount(text);
    const trending = !lone && opensWithFolded(text, TRENDING_FIRST, true) && text.includes(':') && isTrendingBar(text);
    if (!lone && !trending && (source.length > 2 * MAX_MENU_LENGTH || !isMenuRow(source, text))) return null;
    return beforeProse(context, block.index) ? {} : null;
  },
};

// Audio players: "Listen to this article", "Listen to article ▶ 4 min.", "Artikel anhören".
// prettier-ignore
const LISTEN_WORDS = [
  'listen(?: to)?(?: this| the)? (?:article|story|news|report)', 'listen now', 'listen', 'play audio', 'audio version',
  'hear this (?:article|story)', 'article audio',
  '(?:artikel|beitrag|nachricht) (?:anhören|vorlesen(?: lassen)?)', 'anhören', 'vorlesen',
  'écouter(?: cet| l[’\']) ?article', 'écouter',
  'escuchar(?: este| la| el)? (?:artículo|noticia|nota)', 'escuchar',
  'ouvir(?: este| esta| o| a)? (?:artigo|notícia|matéria|texto)', 'ouvir',
  'ascolta(?: l[’\'] ?articolo| la notizia)', 'ascolta',
  'luister(?: naar)?(?: dit| het)? artikel', '(?:posłuchaj|odsłuchaj)(?: artykułu)?', 'makaleyi dinle', 'dinle',
  'слушать(?: статью| новость)?', 'прослушать(?: статью)?',
].join('|');
// A player's duration after its label: "▶ 4 min.", "(3:45)", "· 5 minutes", "04:12".
const DURATION =
  '(?:\\s*[▶►·•|:(-]?\\s*(?:\\d{1,2}:\\d{2}|\\d{1,3}\\s*(?:min(?:ute)?s?|minuten|minutos|minuti|mins?|м(?:ин)?)\\.?)\\)?)?';
const LISTEN = new RegExp(`^[▶►🔊🎧]?\\s*(?:${LISTEN_WORDS})\\s*[▶►]?${DURATION}$`, 'iu');

// Reading time: "Reading time: 3 mins read", "Read time 4 minutes", "Lesedauer: 3 Minuten",
// "Tiempo de lectura: 2 min", "3 min de lecture", "4 Min. Lesezeit".
// prettier-ignore
const READING_LABEL = [
  '(?:estimated )?read(?:ing)? time', 'est\\. read(?:ing)? time', 'time to read',
  'lesedauer', 'lesezeit', 'temps de lecture', 'durée de lecture', 'tiempo de lectura', 'lectura',
  'tempo de leitura', 'leitura', 'tempo di lettura', 'lettura', 'leestijd', 'czas czytania', 'okuma süresi',
  'время чтения', 'læsetid', 'lästid', 'lesetid', 'lukuaika',
].join('|');
const MINUTES =
  '\\d{1,3}(?:[-–]\\d{1,3})?\\s*(?:min(?:ute)?s?|minuten|minutes|minutos|minuti|minut(?:y|ów|a)?|dakika|мин(?:ут[аы]?)?|minutter|minuter|minuuttia)\\.?';
const READING_TIME = new RegExp(
  `^(?:(?:${READING_LABEL})\\s*:?\\s*(?:(?:about|approx\\.?|ca\\.?|ungefähr|environ|aprox\\.?)\\s+)?${MINUTES}(?:\\s+(?:read|reading|de lecture|de lectura|de leitura|di lettura))?|${MINUTES}\\s+(?:read|reading|de lecture|de lectura|de leitura|di lettura|lesezeit|lesedauer|leestijd|czytania|okuma))$`,
  'iu',
);

// Text-size buttons: "A A", "A- A+", "A A A", "-A +A", "Aa" (capital A's apart: "AA" is a
// rating, an abbreviation), and their label ("Text size").
const TEXT_SIZE_BUTTONS = /^(?:[-+]?A[-+]?(?:\s+[-+]?A[-+]?){1,3}|Aa)$/;
// The label may stand with its buttons in any script: "Font size: A+ A-", "Font size 가 가".
const TEXT_SIZE =
  /^(?:(?:text|font) size|schriftgröße|textgröße|taille du texte|taille de (?:la )?police|tamaño (?:de (?:la )?)?(?:letra|texto|fuente)|tamanho (?:da )?(?:letra|fonte)|dimensione (?:del )?(?:testo|carattere)|lettergrootte|rozmiar (?:czcionki|tekstu)|yazı boyutu|размер шрифта|cỡ chữ)(?:\s?:?(?:\s[-+]?\p{L}[-+]?){1,4})?$/iu;
// Print, a tool that stands beside the others in a row ("Font size: A+ A- | Print").
const PRINT =
  /^(?:print(?: this(?: article| story| page)?)?|drucken|imprimir|imprimer|stampa|afdrukken|drukuj|yazdır|печать|распечатать|in bài)$/iu;
// Tools side by side: "Listen to article ▶ | Font size A A", "Escuchar noticia | 3 min de lectura".
const TOOL_SPLIT = /\s[|·•]\s/u;
const MAX_TOOLS = 4;
// The letters each pattern's words open with (READING_TIME's minutes with a digit): a part
// opening with another ASCII character matches none of them. A character above ASCII goes on
// to the patterns (their other scripts and marks; /iu folds 'ſ' and the Kelvin sign onto s and
// k); LISTEN may open with spaces.
const LISTEN_FIRST = charSet('abdehlmnopv');
const READING_FIRST = charSet('0123456789cdelort');
const TEXT_SIZE_FIRST = charSet('cdflrsty');
// TEXT_SIZE_BUTTONS (case-sensitive) opens with A, - or +.
const opensAsButtons = (part: string): boolean => {
  const c = part.charCodeAt(0);
  return c === 0x41 || c === 0x2d || c === 0x2b;
};
const isTool = (part: string): boolean =>
  ((isWhitespace(part.charCodeAt(0)) || opensWithFolded(part, LISTEN_FIRST, true)) && LISTEN.test(part)) ||
  (opensWithFolded(part, READING_FIRST, true) && READING_TIME.test(part)) ||
  (opensAsButtons(part) && TEXT_SIZE_BUTTONS.test(part)) ||
  (opensWithFolded(part, TEXT_SIZE_FIRST, true) && TEXT_SIZE.test(part));
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
const MISTAKE =
  /mistake|error|typo|misprint|inaccura|fehler|erreur|errore|błąd|hata|ошибк|опечатк|помилк|похибк|lỗi|chyb/iu;
// REPORT_ERROR's words open with these letters (report, suggest, fehler, signaler, informar,
// zgłoś, hata ...), FEEDBACK's with these (was, is, did, how, rate, hat, cet, notez, te, le,
// valora, este, questo, czy, bu ...): as for the tools above.
const REPORT_ERROR_FIRST = charSet('fhirsz');
const FEEDBACK_FIRST = charSet('abcdehilnqrtvw');
const REPORT_ERROR =
  /^(?:report (?:an? )?(?:error|typo|mistake|correction|inaccuracy)|suggest a correction|fehler melden|signaler une erreur|reportar (?:un )?error|informar (?:de )?(?:un )?error|segnala (?:un )?errore|zgłoś błąd|hata bildir|сообщить об ошибке)$/iu;
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
// "Rate this article", "Hat Ihnen dieser Artikel gefallen?".
// prettier-ignore
const FEEDBACK = new RegExp(`^(?:${[
  '(?:was|is) this (?:article|story|page|post|information|content) (?:helpful|useful|interesting|informative)',
  'did you find this (?:article|story|page|post|information|content) (?:helpful|useful|interesting)',
  'how (?:helpful|useful|interesting) (?:was|is|did you find) this (?:article|story|page|post|information|content)',
  'did you (?:like|enjoy) this (?:article|story|post)', 'rate this (?:article|story|post)', 'how would you rate this (?:article|story)',
  'what did you think of this (?:article|story)',
  '(?:war|ist) (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich|interessant)', 'hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen', '(?:artikel|beitrag) bewerten',
  'cet article vous a-t-il (?:été utile|plu|intéressé)', 'avez-vous trouvé cet article utile', 'notez cet article',
  '¿?(?:te|le) (?:ha )?(?:resultado|resultó|pareció|ha parecido|gustó|ha gustado) (?:útil |interesante )?(?:este|esta) (?:artículo|noticia|nota|información)(?: útil| interesante)?', 'valora (?:este|esta) (?:artículo|noticia)',
  '(?:este|esta) (?:artigo|notícia|matéria|conteúdo) (?:foi|é) útil', 'avalie (?:este|esta) (?:artigo|notícia|matéria)',
  '(?:questo|l[’\'] ?)articolo (?:ti|vi) (?:è stato|è) (?:utile|piaciuto)', 'valuta (?:questo|l[’\'] ?)articolo',
  '(?:vond|vindt) (?:je|u) dit artikel (?:nuttig|interessant)', 'was dit artikel nuttig',
  'czy ten artykuł był (?:pomocny|przydatny)', 'bu (?:haber|makale|içerik) (?:faydalı|yararlı) mıydı',
  '(?:была ли )?эта статья (?:была )?полезн(?:а|ой)',
].join('|')})\\s*[?？!.:]?$`, 'iu');

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
    return isTool(text) ||
      (opensWithFolded(text, FEEDBACK_FIRST, true) && FEEDBACK.test(text)) ||
      (opensWithFolded(text, REPORT_ERROR_FIRST, true) && REPORT_ERROR.test(text)) ||
      (text.includes(' ') && TOOL_MARK.test(text) && isToolRow(text))
      ? {}
      : null;
  },
};
