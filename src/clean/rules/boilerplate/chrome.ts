/**
 * Page chrome that scrapers keep: advertisement labels, share buttons, cookie notices,
 * comment forms, tag lists, reading-time and relative timestamps, lone punctuation lines,
 * end-of-story markers and browser-support notices. Each is its own rule (own id), most
 * built from one whole-line pattern.
 */
import { gatedLineRule, lineRule, type BlockContext, type BlockRule } from '../../rule.js';
import { PLATFORM_PATTERN } from '../../../lexicon/platforms.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';
import {
  charSet,
  endsSentence,
  isProseParagraph,
  MIN_PROSE_WORDS,
  moreWordsThan,
  opensWithFolded,
  opensWithWordOf,
} from '../../shape.js';
import { AsciiKeySet, asciiWordKeys, isAsciiLetter } from '../../../core/word-scan.js';

const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * Rule `boilerplate/lone-punctuation`: Lines of punctuation or symbols only (".", "***", "—").
 *
 * @example
 * clean("Putin spoke.\n\n***", { rules: [lonePunctuationRule] }).text; // "Putin spoke."
 */
export const lonePunctuationRule = gatedLineRule(
  lineRule(
    'boilerplate/lone-punctuation',
    'boilerplate',
    'Lines of punctuation or symbols only (".", "***", "—")',
    /^[\p{P}\p{S}\s]+$/u,
  ),
  // An ASCII letter or digit at either end is neither punctuation, a symbol nor a space.
  (text) => !isAsciiAlnum(text.charCodeAt(0)) && !isAsciiAlnum(text.charCodeAt(text.length - 1)),
);

// The ad label in the languages of the world's news sites ("Anzeige", "Publicidade", "Pubblicità").
const AD_WORD =
  'advertisement|advertising|advert|ad|ads|publicidade|publicidad|anuncio|anúncio|anzeige|werbung|pubblicità|publicité|reklama|reklam|advertentie|annons|mainos|реклама|διαφήμιση|広告|광고|إعلان';
// "Story continues below advertisement", "CONTINUES AFTER ADVERTISING", "Continua após a
// publicidade", "La suite après cette publicité", "Weiter nach der Anzeige".
// prettier-ignore
const AD_CONTINUES = [
  `(?:(?:the )?(?:story|article|text|content|post|news|report|reading) )?continues? (?:below|after|under) (?:the |this )?(?:${AD_WORD})`,
  `continue reading (?:below|after) (?:the |this )?(?:${AD_WORD})`,
  '(?:(?:o |a )?(?:texto|artigo|matéria|notícia) )?continua (?:após|depois d[ao]|abaixo d[ao]) (?:a )?publicidade',
  '(?:(?:la |el )?(?:noticia|nota|artículo|texto) )?(?:continúa|sigue) (?:después de|tras|debajo de) (?:la )?publicidad',
  "(?:la suite|l['’]article continue) (?:après|sous) (?:cette |la )?publicité",
  '(?:weiter(?:lesen)?|lesen sie weiter) (?:nach|unter) der (?:anzeige|werbung)',
  '(?:der )?(?:artikel|text) (?:geht|wird) (?:nach|unter) der (?:anzeige|werbung) (?:weiter|fortgesetzt)',
  "(?:l['’]articolo )?continua (?:a leggere )?(?:dopo|sotto) (?:la )?pubblicità",
].join('|');
// The label with the scroll prompt beside it: "Advertisement · Scroll to continue".
const SCROLL_ON = 'scroll (?:down )?to continue(?: with content| reading)?|continue reading';
// The label's first characters: a bullet or dash ('–', '—' and '•' are above ASCII, left to the
// pattern with the words of other scripts), or the first letter of one of its words (ad,
// publicidad, werbung, reklama, mainos, sponsored, story, text, content, news, o texto, la
// noticia, el artículo, der Artikel, continua, sigue, scroll, report ...). No u flag: only ASCII
// letters fold onto them.
const AD_FIRST = charSet('-*acdelmnoprstw');

/**
 * Rule `boilerplate/advertisement`: Advertisement labels.
 *
 * @example
 * clean("Putin spoke.\n\nAdvertisement", { rules: [advertisementRule] }).text; // "Putin spoke."
 */
export const advertisementRule = gatedLineRule(
  lineRule(
    'boilerplate/advertisement',
    'boilerplate',
    'Advertisement labels',
    new RegExp(
      `^(?:[-–—*•]\\s?)?(?:${AD_WORD}|sponsored(?: content| post)?|paid (?:content|post)|promoted(?: content)?|${AD_CONTINUES}|(?:${AD_WORD})\\s?[·•|:–—-]\\s?(?:${SCROLL_ON})|scroll (?:down )?to continue(?: with content| reading)?|continue reading (?:below|the main story)|article continues below(?: advertisement)?|ad feedback|adchoices|ad choices|report (?:this )?ad)[.:]?(?:\\s?[-–—*•])?$`,
      'i',
    ),
  ),
  (text) => opensWithFolded(text, AD_FIRST, true),
);

// One share button: a verb or a platform name ("Share on Facebook", "Email", "VK").
// The share verb in other languages ("Teilen", "Condividi", "Compartir", "Partager").
const SHARE_VERB_OTHER =
  'teilen|condividi|compartir|comparte|compartilhar|compartilhe|partilhar|partager|partagez|delen|dela|udostępnij|paylaş|поделиться|поділитися|sdílet|megosztás|distribuie|bagikan|chia sẻ|ibahagi|kongsi|แชร์|シェア|공유';
// Buttons that stand only among others in a row: "Copy", "More", "Suggest", "Altri".
const ROW_ONLY_TOKEN =
  'copy|copied|copy url|more|mehr|plus|más|mais|altri|altro|autres|meer|suggest|suggerisci|recommend|empfehlen|recommander|x\\.com|line|kakaotalk|kakao|weibo|wechat|zalo';
const SHARE_TOKEN = `(?:(?:share|tweet|email|e-mail|mail|print|copy link|link copied|save|bookmark|comment|send|whatsapp|facebook|twitter|x|reddit|linkedin|telegram|pinterest|flipboard|messenger|${SHARE_VERB_OTHER})(?: this(?: article| story| page)?| (?:the )?(?:article|story|page|post))?(?: (?:on|via|by|per) [\\p{L}-]+)?:?|${ROW_ONLY_TOKEN}|${PLATFORM_PATTERN})`;
const SHARE_SEPARATOR = '(?:\\s*[|•·,/]\\s*|\\s*)';
const SHARE_VERBS_ROW = new RegExp(
  `^(?:(?:share|tweet|email|e-mail|print|copy link|link copied|save|bookmark|comment|whatsapp|facebook|twitter|x|reddit|linkedin|telegram|pinterest|flipboard|messenger|${SHARE_VERB_OTHER})(?: this(?: article| story| page)?)?(?: on \\p{L}+| via \\p{L}+)?:?(?:\\s*[|•·,/]\\s*|\\s+|$))+$`,
  'iu',
);
// A prompt to share: "Share this story:", "Kindly share this article", "Share the news".
const SHARE_PROMPT =
  /^(?:(?:please|kindly) )?share (?:this|the) (?:story|article|news|post|page|report|video)(?: (?:with|in|on) (?:your )?(?:friends|family|network|social (?:networks?|media)))?\s?[:!.]?$/i;
// Two or more buttons, separated or glued ("FacebookTwitterLinkedinEMail").
const SHARE_ROW = new RegExp(`^${SHARE_TOKEN}(?:${SHARE_SEPARATOR}${SHARE_TOKEN}){1,20}$`, 'iu');
// The WordPress like widget: "Like this:", "Like Loading...".
const LIKE_WIDGET = /^like(?: this:?| loading(?:\.{1,3}|…)?)$/i;
// The first letters of a row's tokens (share, tweet, email, print, copy, more, line, zalo, the
// platforms' names, teilen, delen, udostępnij ...; SHARE_VERBS_ROW's are among them): a line
// opening with another ASCII character is no row. One above ASCII goes on to the patterns (the
// verbs of other scripts; /iu folds 'ſ' and the Kelvin sign onto s and k).
const SHARE_TOKEN_FIRST = charSet('abcdefgiklmprstuvwxyz');
// SHARE_PROMPT opens with please, kindly or share, LIKE_WIDGET with like (no u flag: only
// ASCII letters fold onto them).
const SHARE_PROMPT_FIRST = charSet('pks');
const LIKE_FIRST = charSet('l');

/**
 * Rule `boilerplate/share`: Share, print and like buttons, alone or as a row of platform names.
 *
 * @example
 * clean("Putin spoke.\n\nShare this article", { rules: [shareRule] }).text; // "Putin spoke."
 */
export const shareRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/share',
  category: 'boilerplate',
  description: 'Share, print and like buttons, alone or as a row of platform names',
  textOnly: true,
  maxLength: 160,
  match(block) {
    const { text } = block;
    if (text.length > 160 || text.includes('\n')) return null;
    if (!opensWithFolded(text, SHARE_TOKEN_FIRST, true)) return null;
    return SHARE_VERBS_ROW.test(text) ||
      (opensWithFolded(text, LIKE_FIRST, false) && LIKE_WIDGET.test(text)) ||
      SHARE_ROW.test(text) ||
      (opensWithFolded(text, SHARE_PROMPT_FIRST, false) && SHARE_PROMPT.test(text))
      ? {}
      : null;
  },
};

const COOKIE_WORD = /cookie/i;
const CONSENT_WORD = /cookie|personal data/i;
// A consent manager's dialog is long ("We and our 800 partners store and/or access information
// on a device …"): a block up to this length is one when the site speaks and it holds three of
// the dialog's terms.
const MAX_CONSENT_LENGTH = 1500;
// prettier-ignore
const CONSENT_TERMS = [/\bcookies?\b/i, /\bpersonal data\b/i, /\b(?:our|\d+|third[- ]party) (?:vendors|partners)\b/i, /\blegitimate interests?\b/i,
  /\bconsent\b/i, /\bstore and\/or access\b/i, /\b(?:manage|your|privacy) (?:preferences|choices|settings)\b/i, /\bwithdraw\b/i];
const MIN_CONSENT_TERMS = 3;
const WE_OR_OUR = /\b(?:we|our)\b/i;
// The dialog opens with the site speaking ("We and our partners …", "This site uses …", "By
// clicking …"): a long paragraph that opens otherwise is not read.
const CONSENT_FIRST_WORDS = new AsciiKeySet(asciiWordKeys(['we', 'our', 'this', 'by', 'cookies', 'you', 'your']));
function isConsentDialog(text: string): boolean {
  if (!opensWithWordOf(text, CONSENT_FIRST_WORDS) || !CONSENT_WORD.test(text)) return false;
  if (!WE_OR_OUR.test(text) || endsWithAttribution(text)) return false;
  let terms = 0;
  for (const term of CONSENT_TERMS) if (term.test(text) && ++terms >= MIN_CONSENT_TERMS) return true;
  return false;
}
const SITE_VOICE = /\b(?:we|our|us|you|your|this (?:web)?site|this page)\b/i;
const COOKIE_LABEL_WORDS = 6;
const COOKIE_NOTICE =
  /^(?=.{0,400}$)(?=.*\bcookies?\b)(?=.*\b(?:accept|consent|agree|use of|policy|settings|preferences|continuing to (?:browse|use))\b).*$/i;

/**
 * Rule `boilerplate/cookie`: Cookie and consent notices.
 *
 * @example
 * clean("Putin spoke.\n\nWe use cookies. By continuing to browse you accept our cookie policy.", { rules: [cookieRule] }).text; // "Putin spoke."
 */
export const cookieRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/cookie',
  category: 'boilerplate',
  description: 'Cookie and consent notices',
  textOnly: true,
  maxLength: MAX_CONSENT_LENGTH,
  match(block) {
    // The word first: one quick scan rules out almost every line, before the notice's
    // lookaheads read it three times.
    const { text } = block;
    if (text.length > 300) return text.length <= MAX_CONSENT_LENGTH && isConsentDialog(text) ? {} : null;
    if (!COOKIE_WORD.test(text) || !COOKIE_NOTICE.test(text)) return null;
    // The site speaks to the reader ("We use cookies…", "By using this site you agree…"), or
    // the line is a label or a row of links ("Cookie settings", "Privacy | Cookie Policy |
    // Terms"): a sentence about cookie law or a bake sale's consent forms speaks of others.
    const sentence = endsSentence(text) && moreWordsThan(text, COOKIE_LABEL_WORDS);
    return (sentence && !SITE_VOICE.test(text)) || endsWithAttribution(text) ? null : {};
  },
};

// The comment section's word: "Comments (14)", "Comentarios", "Kommentare (3)", "Komentar".
const COMMENTS_WORD =
  'comments?|comentarios?|comentários?|kommentare?|commentaires?|commenti|commento|reacties|reactie|komentarze?|komentarzy|yorumlar|yorum|комментарии|комментариев|коментарі|komentar|bình luận|σχόλια';
// One part of a comment bar: a counter, a button, a form line.
const COMMENT_PART = `\\d+\\s+(?:${COMMENTS_WORD})|(?:${COMMENTS_WORD})(?:\\s*\\(\\d+\\))?|(?:leave|post|add|write|submit) a (?:comment|reply)|comment (?:on )?(?:this|the) (?:news|article|story|post|report)|(?:view|show|load|read) (?:all )?(?:\\d+ )?comments|join the (?:conversation|discussion)|be the first to comment|start (?:a|the) (?:conversation|discussion)|(?:escribe|deja|añade) (?:un|tu) comentario|comenta (?:esta|la) noticia|kommentieren|kommentar schreiben|commenter|écrire un commentaire|commenta|skomentuj|yorum yap|комментировать`;
// A counter and buttons side by side: "Comments (14) | Comment this news".
const COMMENT_BAR = new RegExp(`^(?:${COMMENT_PART})(?:\\s?[|·•]\\s?(?:${COMMENT_PART}))+\\.?$`, 'iu');
// COMMENT_LINE's and COMMENT_BAR's alternatives open with a digit or one of these letters
// ("comments", "leave a", "be the first", "deja un", "kommentieren" ...): a line opening with
// another ASCII character matches neither (one above ASCII goes on: /iu folds 'ſ' and the Kelvin
// sign onto s and k, and the bar has its Cyrillic and Greek words).
const COMMENT_FIRST = charSet('0123456789abcdejklprsvwy');
const COMMENT_LINE =
  /^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|(?:leave|post|add|write|submit) a (?:comment|reply)|(?:view|show|load|read) (?:all )?(?:\d+ )?comments|join the (?:conversation|discussion)|you must be logged in to post a comment\.?|your email address will not be published\.?.*|required fields are marked.*|comments are closed\.?|be the first to comment\.?|start (?:a|the) (?:conversation|discussion)|(?:leave|post|add|write|submit) a (?:comment|reply)\s*cancel reply|cancel reply)$/i;

// The comment section's notices: its rules and the site's disclaimer ("Our comment guidelines are
// here", "Comments do not represent the views of …", "We reserve the right to delete comments",
// "Nusantara Pos tidak bertanggung jawab atas isi komentar"). The site speaks of its readers'
// comments (the word), and of rules or of its own responsibility (a notice term).
const COMMENT_STEM =
  /comment|komentar|comentario|comentário|kommentar|commento|commenti|reactie|yorum|комментар|коментар|bình luận/iu;
const NOTICE_TERM =
  /(?<!\p{L})(?:guidelines|house rules|community (?:standards|rules)|keep it civil|be (?:civil|respectful)|(?:do|does) not (?:necessarily )?(?:represent|reflect)|(?:are|is) (?:not (?:necessarily )?)?(?:solely )?(?:the|those of the) (?:views?|opinions?|responsibility) of|reserve the right|moderat\w+|not responsible|tidak bertanggung jawab|tanggung jawab|(?:no|não) se (?:hace|responsabiliza)|(?:no|não) (?:representa|reflete|refleja)n?|übernimmt keine|spiegeln nicht|n[’']engagent que|ne reflètent pas|non rappresentano|nie (?:odzwierciedlaj|reprezentuj)ą|sorumluluk|не несет ответственности|не отражают)/iu;
const MAX_NOTICE_LENGTH = 300;
// A notice holds a comment word (the shortest, "yorum", 5 characters) and a notice term (the
// shortest, "be civil" and "moderat" with a letter after it, 8); the two share at most a letter
// ("…jawab" and "bình …") except where the word stands in the term's "moderat…": the shortest
// notice is "moderatyorum".
const MIN_NOTICE_LENGTH = 12;
const MAX_NOTICE_WORDS = 45;

function isCommentNotice(text: string): boolean {
  if (text.length > MAX_NOTICE_LENGTH || text.length < MIN_NOTICE_LENGTH) return false;
  if (!COMMENT_STEM.test(text) || !NOTICE_TERM.test(text)) return false;
  // A quoted remark about comments ("… are not the views of the paper," the editor said) is
  // the article's.
  return !moreWordsThan(text, MAX_NOTICE_WORDS) && !endsWithAttribution(text) && !QUOTE_MARK.test(text);
}
const QUOTE_MARK = /["“”«»„]/u;

/**
 * Rule `boilerplate/comments`: Comment counters, comment bars and comment-form lines ("Comments (14) | Comment this news", "Leave a comment"); below the article's prose, the comment section's guidelines and disclaimer ("Comments do not represent the views of …").
 *
 * @example
 * clean("Putin spoke.\n\nLeave a comment", { rules: [commentsRule] }).text; // "Putin spoke."
 */
export const commentsRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/comments',
  category: 'boilerplate',
  description:
    'Comment counters, comment bars and comment-form lines ("Comments (14) | Comment this news", "Leave a comment"); below the article\'s prose, the comment section\'s guidelines and disclaimer ("Comments do not represent the views of …")',
  textOnly: true,
  maxLength: MAX_NOTICE_LENGTH,
  match(block, context) {
    const { text } = block;
    if (text.length > MAX_NOTICE_LENGTH || text.includes('\n')) return null;
    if (opensWithFolded(text, COMMENT_FIRST, true) && (COMMENT_LINE.test(text) || COMMENT_BAR.test(text))) return {};
    // A notice: only after the article's last paragraph of prose.
    if (!isCommentNotice(text)) return null;
    for (let j = block.index + 1; j < context.blocks.length; j++)
      if (!context.isRemoved(j) && isProseParagraph(context.blocks[j]!.text)) return null;
    return {};
  },
};

const TAGS_LINE =
  /^(?:tags?|topics?|filed (?:under|in)|archived (?:in|under)|categories|category|keywords|related topics)\s*:\s*\S.{0,300}$/i;
// The same label in the other languages of the news we see: "Archivado en:", "Arquivado em:",
// "Schlagwörter:", "Mots-clés :", "Etiquetas:", "Argomenti:", "Теги:".
const LOCAL_TAGS_LINE =
  /^(?:archivado en|arquivado em|etiquetas|temas|tags relacionad[oa]s|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|themen|mots[- ]cl(?:é|e)s|sujets|th(?:è|e)mes|argomenti|parole chiave|trefwoorden|onderwerpen|tagi|tematy|etiketler|konular|etiket|теги|метки|темы|ключевые слова)\s*:\s*\S.{0,300}$/iu;
// "Keywords Germany, renewable energy, wind power" (no colon, a comma list).
const TAGS_NO_COLON =
  /^(?:[Tt]ags|TAGS|[Kk]eywords|KEYWORDS|[Tt]opics|TOPICS)\s+\p{Lu}[^,\n.!?]{0,40}(?:,\s*[^,\n.!?]{1,40}){1,20}$/u;
// "Posted in Business | Tagged ports, strikes | 3 Comments" (blog engines).
const POSTED_IN = /^(?:posted|filed) (?:in|under)\s+[^|\n]{1,80}(?:\|[^|\n]{1,200}){1,3}$/i;
const POSTED_IN_FIELD = /\|\s*(?:tagged|tags|\d+\s+comments?|no comments|leave a (?:comment|reply)|comments? off)/i;
// "Tags" alone, with one tag per line under it to the end of the article.
const TAGS_HEADING = /^(?:tags?|keywords|topics|tagged)\s*:?$/i;
const MAX_TAGS = 20;
// The first letters of the patterns' words (tags, topics, filed, archived, categories, keywords,
// related, posted, tagged, and the localized labels' etiquetas, schlagwörter, mots-clés,
// onderwerpen ...): a line opening with another character matches none of them. A first
// character above ASCII goes on to the localized pattern only (its Cyrillic labels; /iu folds
// 'ſ' and the Kelvin sign onto s and k, which the pattern reads).
const TAG_FIRST = charSet('tfckrpaesmo');
const TK_FIRST = charSet('tk');

/**
 * Rule `boilerplate/tags`: Tag and topic lists ("Tags: Russia, Ukraine", "Keywords A, B", a "Tags" heading with one tag per line, "Posted in X | Tagged …").
 *
 * @example
 * clean("Putin spoke.\n\nTags: Russia, Ukraine", { rules: [tagsRule] }).text; // "Putin spoke."
 */
export const tagsRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/tags',
  category: 'boilerplate',
  description:
    'Tag and topic lists ("Tags: Russia, Ukraine", "Keywords A, B", a "Tags" heading with one tag per line, "Posted in X | Tagged …")',
  textOnly: true,
  match(block, context) {
    const { text } = block;
    if (text.length > 400 || !opensWithFolded(text, TAG_FIRST, true)) return null;
    if (text.includes('\n')) return null;
    // The labelled lines need their colon; TAGS_NO_COLON a comma and a first T or K (it is
    // case-sensitive), POSTED_IN a bar, TAGS_HEADING a first t or k (/i without u: only ASCII
    // letters fold onto them).
    const colon = text.includes(':');
    // A label above ASCII (Cyrillic) is only the localized line's.
    if (text.charCodeAt(0) >= 0x80) return colon && LOCAL_TAGS_LINE.test(text) ? {} : null;
    const tk = opensWithFolded(text, TK_FIRST, false);
    if (colon && (TAGS_LINE.test(text) || LOCAL_TAGS_LINE.test(text))) return {};
    if (tk && text.includes(',') && TAGS_NO_COLON.test(text)) return {};
    if (text.includes('|') && POSTED_IN.test(text) && POSTED_IN_FIELD.test(text)) return {};
    if (!tk || !TAGS_HEADING.test(text)) return null;
    let last = block.index;
    const { blocks } = context;
    for (let j = block.index + 1; j < blocks.length && j <= block.index + MAX_TAGS; j++) {
      if (context.isRemoved(j)) continue;
      const tag = blocks[j]!.text;
      if (tag.length > 60 || tag.includes('\n') || moreWordsThan(tag, 5) || /[.!?:]$/.test(tag)) return null;
      last = j;
    }
    // The list must run to the end of the article.
    return last > block.index && context.keptAfter(last) === 0 ? { through: last } : null;
  },
};

// A relative time in the languages news sites print it in ("hace 2 horas", "há 3 dias", "il y a
// 5 minutes", "vor 2 Stunden", "2 ore fa", "3 uur geleden", "2 jam yang lalu", "3 saat önce").
const RELATIVE_ELSEWHERE =
  '(?:hace|há) \\d+ (?:segundos?|minutos?|min|horas?|h|d[ií]as?|semanas?|mes(?:es)?)|il y a \\d+ (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)|vor \\d+ (?:Sekunden?|Minuten?|Min\\.?|Stunden?|Std\\.?|Tag(?:en)?|Wochen?|Monat(?:en)?)|\\d+ (?:secondi|minuti|min|or[ae]|giorn[oi]|settiman[ae]|mes[ei]) fa|\\d+ (?:seconden|minuten|min|uur|dag(?:en)?|weken|maanden) geleden|\\d+ (?:detik|menit|jam|hari|minggu|bulan) (?:yang )?lalu|\\d+ (?:saniye|dakika|saat|gün|hafta|ay) önce';
// The label before it ("Actualizado hace 2 horas", "Aktualisiert vor 2 Stunden").
const RELATIVE_LABEL =
  '(?:actualizad[oa]|atualizad[oa]|publicad[oa]|aktualisiert|ver[öo]ffentlicht|mis à jour|publi[ée]e?|aggiornat[oa]|pubblicat[oa]|bijgewerkt|gepubliceerd|diperbarui|güncellendi)';
// TIMESTAMP opens with a digit or the first letter of a label or a time's word (updated, last,
// actualizado, veröffentlicht, mis à jour, bijgewerkt, gepubliceerd, diperbarui, just now, an
// hour ago, hace, il y a, vor, reading time ...). One above ASCII goes on to the pattern (/iu
// folds 'ſ' and the Kelvin sign onto s and k).
const TIMESTAMP_FIRST = charSet('0123456789abdghijlmpruv');
const TIMESTAMP = new RegExp(
  `^(?:(?:updated|published|posted|last updated|${RELATIVE_LABEL})\\s*:?\\s*)?(?:\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?)\\s+ago|just now|an? (?:minute|hour|day|week) ago|${RELATIVE_ELSEWHERE}|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5})?|\\d+\\s*min(?:ute)?s?\\s+read|reading time:?\\s*\\d+\\s*min(?:ute)?s?)\\.?$`,
  'iu',
);

/**
 * True for a line that is only a timestamp widget: a relative time ("2 hours ago", "just
 * now", "hace 2 horas", "vor 2 Stunden"), a clock time, or reading time ("5 min read"). The timestamp rule removes such
 * lines; the article extractor counts them as a comment thread's time stamps.
 *
 * @example
 * isTimestampLine('3 hours ago'); // true
 * isTimestampLine('Three hours ago the polls closed.'); // false
 */
export const isTimestampLine = (text: string): boolean =>
  text.length <= 60 && opensWithFolded(text, TIMESTAMP_FIRST, true) && TIMESTAMP.test(text);
// A bare clock time ("3:40 p.m.", "12:05"), with no label.
const CLOCK_ONLY = /^\d{1,2}:\d{2}/;
const HAS_LETTER = /\p{L}/u;
// Blocks looked back over for the paragraph before (bounded: a page of removed lines stays linear).
const MAX_LOOK_BACK = 8;

/**
 * Rule `boilerplate/timestamp`: Relative timestamps, clock times and reading-time chrome ("2 hours ago", "5 min read").
 * A bare clock time between two paragraphs of prose is a live report's entry time
 * ("3:40 p.m." over each update of a running story), not chrome: it stays.
 *
 * @example
 * clean("Putin spoke.\n\n2 hours ago", { rules: [timestampRule] }).text; // "Putin spoke."
 */
export const timestampRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/timestamp',
  category: 'boilerplate',
  description: 'Relative timestamps, clock times and reading-time chrome ("2 hours ago", "5 min read")',
  maxLength: 60,
  // Only a clock time asks about its neighbours; every other answer is the text's alone.
  textOnly: true,
  match(block, context) {
    if (!isTimestampLine(block.text)) return null;
    if (CLOCK_ONLY.test(block.text) && isEntryTime(block.index, context)) return null;
    return {};
  },
};

// Prose on both sides: the kept paragraph before (or a lead-in ending in a colon: "… (all
// times local):"; a separator line of no letters, "___", between entries is passed over)
// and the paragraph after.
function isEntryTime(index: number, context: BlockContext): boolean {
  // The entry's own headline may stand between the time and its paragraph.
  let next = context.blocks[index + 1];
  if (next && !isProseParagraph(next.text) && isEntryHeadline(next.text)) next = context.blocks[index + 2];
  if (!next || !isProseParagraph(next.text)) return false;
  for (let j = index - 1; j >= 0 && j >= index - MAX_LOOK_BACK; j--) {
    const text = context.blocks[j]!.text;
    if (context.isRemoved(j) || !HAS_LETTER.test(text)) continue;
    return isProseParagraph(text) || (text.endsWith(':') && moreWordsThan(text, MIN_PROSE_WORDS - 1));
  }
  return false;
}
const MAX_ENTRY_HEADLINE_WORDS = 15;
const isEntryHeadline = (text: string): boolean =>
  HAS_LETTER.test(text) && !endsSentence(text) && !moreWordsThan(text, MAX_ENTRY_HEADLINE_WORDS);

// The markers open with e, "(", "[", "-" or "/" (no u flag: only ASCII letters fold onto e;
// opensWithFolded reads "[" as "{").
const END_MARKER_FIRST = charSet('e(-/{');

/**
 * Rule `boilerplate/end-marker`: End-of-story markers ("Enditem", "(END)", "-30-", "ENDS").
 *
 * @example
 * clean("Putin spoke.\n\nEnditem", { rules: [endMarkerRule] }).text; // "Putin spoke."
 */
export const endMarkerRule = gatedLineRule(
  lineRule(
    'boilerplate/end-marker',
    'boilerplate',
    'End-of-story markers ("Enditem", "(END)", "-30-", "ENDS")',
    /^(?:enditem|end item|\(end\)|\[end\]|-{1,2}\s?30\s?-{1,2}|ends|\/ends)\.?$/i,
  ),
  (text) => opensWithFolded(text, END_MARKER_FIRST, false),
);

// Speaks to the reader about their browser: "your browser", "this browser", "use another browser".
const BROWSER_NOTICE =
  /\b(?:your|this|another|a (?:modern|supported|different|newer|more recent)) (?:web )?browser\b|\benable javascript\b|\bjavascript is (?:disabled|required)\b/i;
const BROWSER_WORD = /\b(?:browser|internet explorer|javascript)\b/i;
// A part of each of BROWSER_WORD's words (any case): a shorter pattern the engine scans for
// faster, to rule out the lines without them before the word test.
const BROWSER_PART = /[Ww][Ss][Ee][Rr]|[Ee][Tt] [Ee][Xx]|[Vv][Aa][Ss][Cc]/;

/**
 * Rule `boilerplate/browser-notice`: Browser-support notices ("… no longer accessible on Internet Explorer … use another browser").
 *
 * @example
 * clean("Putin spoke.\n\nThis site is no longer accessible on Internet Explorer. Please use another browser.", { rules: [browserNoticeRule] }).text; // "Putin spoke."
 */
export const browserNoticeRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/browser-notice',
  category: 'boilerplate',
  description: 'Browser-support notices ("… no longer accessible on Internet Explorer … use another browser")',
  textOnly: true,
  match(block) {
    const { text } = block;
    if (text.length > 500 || !BROWSER_PART.test(text) || text.includes('\n') || !BROWSER_WORD.test(text)) return null;
    // Reader-directed: names the reader's browser and asks to switch, update or enable.
    return BROWSER_NOTICE.test(text) &&
      /\b(?:update|upgrade|use|switch|enable|download|supported|support|accessible)\b/i.test(text)
      ? {}
      : null;
  },
};
