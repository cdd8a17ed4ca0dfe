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
  firstWordKey,
  isProseParagraph,
  MIN_PROSE_WORDS,
  moreWordsThan,
  opensWithFolded,
  opensWithWordOf,
} from '../../shape.js';
import { firstRunsOf, fitsRuns, openingChars } from '../../pattern-gates.js';
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

const allOf = <T>(table: Readonly<Record<string, T>>, field: (entry: T) => readonly string[] | undefined): string[] =>
  Object.values(table).flatMap((entry) => field(entry) ?? []);

/**
 * The share row's words by language (ISO 639-1; sr in both scripts), as regex fragments under
 * /iu: `verbs` stand alone or open a row ("Teilen", "Sdílet"), `short` are common words that
 * are the share verb only as a row's label with its colon ("Del:", "Jaa:"), `article` the
 * prompt to share the page ("Dela artikeln", "Partager cet article"), `on` the prepositions of
 * "Share on X" ("Compartir en WhatsApp"), `buttons` the other buttons of a row (copy link,
 * e-mail, print), which count only beside other buttons.
 */
// prettier-ignore
export const SHARE_WORDS: Readonly<Record<string, { verbs?: readonly string[]; short?: readonly string[]; article?: readonly string[]; on?: readonly string[]; buttons?: readonly string[] }>> = {
  de: { verbs: ['teilen'], article: ['diesen artikel teilen', 'artikel teilen', 'teilen sie diesen artikel'], on: ['auf'], buttons: ['link kopieren', 'drucken', 'versenden'] },
  fr: { verbs: ['partager', 'partagez'], article: ["partager (?:cet |l['’])article", 'partagez cet article'], on: ['sur', 'par'], buttons: ['copier le lien', 'imprimer'] },
  es: { verbs: ['compartir', 'comparte', 'compartí'], article: ['compart(?:ir|e|í) (?:esta|la) (?:noticia|nota)', 'compart(?:ir|e|í) (?:este|el) art[ií]culo'], on: ['en', 'por'], buttons: ['copiar (?:enlace|link)', 'imprimir'] },
  pt: { verbs: ['compartilhar', 'compartilhe', 'partilhar', 'partilhe'], article: ['compartilh(?:ar|e) (?:esta|a) (?:notícia|matéria)', 'compartilh(?:ar|e) (?:este|o) artigo', 'partilh(?:ar|e) (?:esta|a) notícia', 'partilh(?:ar|e) (?:este|o) artigo'], on: ['no', 'na', 'em', 'por', 'via'], buttons: ['copiar (?:link|ligação)', 'imprimir'] },
  it: { verbs: ['condividi'], article: ["condividi (?:questo |l['’])articolo", 'condividi la notizia'], on: ['su'], buttons: ['copia (?:il )?link', 'stampa'] },
  nl: { verbs: ['delen'], short: ['deel'], article: ['deel dit artikel', 'artikel delen', 'deel dit bericht'], on: ['op', 'via'], buttons: ['kopieer (?:de )?link', 'link kopiëren', 'afdrukken'] },
  sv: { verbs: ['dela'], article: ['dela (?:artikeln|artikel|nyheten)'], on: ['på', 'via'], buttons: ['kopiera länk(?:en)?', 'mejla', 'e-post', 'skriv ut'] },
  no: { short: ['del'], article: ['del (?:artikkelen|saken)'], on: ['på', 'via'], buttons: ['kopier lenke(?:n)?', 'e-post', 'skriv ut'] },
  da: { short: ['del'], article: ['del (?:artiklen|historien)'], on: ['på', 'via'], buttons: ['kopi[eé]r link', 'e-mail', 'udskriv'] },
  fi: { verbs: ['jaa artikkeli'], short: ['jaa'], article: ['jaa (?:artikkeli|juttu|uutinen)'], buttons: ['kopioi linkki', 'sähköposti', 'tulosta'] },
  is: { short: ['deila'], article: ['deila (?:frétt(?:inni)?|grein(?:inni)?)'], buttons: ['afrita hlekk'] },
  pl: { verbs: ['udostępnij'], article: ['udostępnij (?:ten )?artykuł'], on: ['na', 'przez'], buttons: ['kopiuj link', 'skopiuj link', 'drukuj'] },
  cs: { verbs: ['sdílet'], article: ['sdílet článek', 'sdílejte článek'], on: ['na', 'přes'], buttons: ['kopírovat odkaz', 'zkopírovat odkaz', 'tisk', 'vytisknout'] },
  sk: { verbs: ['zdieľať'], article: ['zdieľať článok', 'zdieľajte článok'], on: ['na', 'cez'], buttons: ['kopírovať odkaz', 'skopírovať odkaz', 'tlačiť'] },
  sl: { short: ['deli'], article: ['deli članek', 'delite članek'], on: ['na'], buttons: ['kopiraj povezavo', 'natisni'] },
  hr: { verbs: ['podijeli', 'podijelite'], article: ['podijeli(?:te)? (?:članak|vijest)'], on: ['na'], buttons: ['kopiraj (?:link|poveznicu)', 'ispis'] },
  bs: { verbs: ['podijeli', 'podijelite'], article: ['podijeli(?:te)? (?:članak|vijest)'], on: ['na'], buttons: ['kopiraj link'] },
  sr: { verbs: ['podeli', 'podelite', 'подели', 'поделите'], article: ['podeli(?:te)? (?:članak|vest)', 'подели(?:те)? (?:чланак|вест)'], on: ['na', 'на'], buttons: ['kopiraj link', 'копирај линк'] },
  hu: { verbs: ['megosztás', 'megosztom', 'oszd meg'], article: ['a cikk megosztása', 'cikk megosztása', 'oszd meg a cikket', 'ossza meg a cikket'], buttons: ['link másolása', 'nyomtatás'] },
  ro: { verbs: ['distribuie', 'partajează'], article: ['distribuie (?:articolul|știrea)', 'partajează articolul'], on: ['pe'], buttons: ['copiază link(?:ul)?', 'printează'] },
  bg: { verbs: ['сподели', 'споделете'], article: ['сподели(?:те)? (?:статията|новината)'], on: ['във', 'в'], buttons: ['копирай линка'] },
  el: { verbs: ['κοινοποίηση', 'κοινοποιήστε', 'μοιραστείτε'], article: ['κοινοποιήστε (?:το άρθρο|την είδηση)', 'μοιραστείτε (?:το άρθρο|την είδηση)'], on: ['στο'], buttons: ['αντιγραφή συνδέσμου', 'εκτύπωση'] },
  ru: { verbs: ['поделиться'], article: ['поделиться (?:статьей|статьёй|новостью)'], on: ['в'], buttons: ['копировать ссылку', 'скопировать ссылку', 'распечатать'] },
  uk: { verbs: ['поділитися'], article: ['поділитися (?:статтею|новиною)'], on: ['в', 'у'], buttons: ['копіювати посилання', 'скопіювати посилання', 'друкувати'] },
  lt: { verbs: ['dalintis', 'dalinkitės'], article: ['dalint(?:is|ies) straipsniu'], buttons: ['kopijuoti nuorodą'] },
  lv: { verbs: ['dalīties', 'dalies'], buttons: ['kopēt saiti'] },
  et: { short: ['jaga'], article: ['jaga artiklit'], buttons: ['kopeeri link'] },
  tr: { verbs: ['paylaş'], article: ['bu haberi paylaş', 'haberi paylaş'], buttons: ['bağlantıyı kopyala', 'linki kopyala', 'yazdır'] },
  ar: { verbs: ['شارك', 'مشاركة'], article: ['شارك (?:هذا )?(?:المقال|الخبر)'], on: ['على', 'عبر'], buttons: ['نسخ الرابط', 'طباعة'] },
  fa: { verbs: ['اشتراک‌?\\s?گذاری', 'به اشتراک بگذارید'], article: ['اشتراک‌?\\s?گذاری (?:خبر|مطلب)'], on: ['در'], buttons: ['کپی لینک'] },
  he: { verbs: ['שתף', 'שתפו', 'שיתוף'], article: ['שתפו? (?:את )?הכתבה'], on: ['ב'], buttons: ['העתק קישור', 'העתקת קישור'] },
  hi: { verbs: ['शेयर करें', 'साझा करें'], article: ['इस (?:खबर|ख़बर|लेख) को (?:शेयर|साझा) करें', 'खबर को (?:शेयर|साझा) करें', 'लेख को (?:शेयर|साझा) करें'], buttons: ['लिंक कॉपी करें'] },
  bn: { verbs: ['শেয়ার করুন', 'শেয়ার'], article: ['খবরটি শেয়ার করুন'], buttons: ['লিংক কপি করুন'] },
  ur: { verbs: ['شیئر کریں', 'شیئر'], buttons: ['لنک کاپی کریں'] },
  id: { verbs: ['bagikan'], article: ['bagikan (?:artikel|berita) ini'], on: ['ke', 'di', 'via'], buttons: ['salin (?:tautan|link)'] },
  ms: { verbs: ['kongsi'], article: ['kongsi (?:artikel|berita) ini'], on: ['di', 'ke'], buttons: ['salin pautan'] },
  tl: { verbs: ['ibahagi'], article: ['ibahagi ang (?:artikulong|balitang) ito'], on: ['sa'], buttons: ['kopyahin ang link'] },
  vi: { verbs: ['chia sẻ'], article: ['chia sẻ bài viết(?: này)?'], on: ['lên', 'qua', 'trên'], buttons: ['sao chép liên kết', 'sao chép link', 'in bài'] },
  th: { verbs: ['แชร์'], article: ['แชร์(?:บทความ|ข่าว)นี้'], buttons: ['คัดลอกลิงก์'] },
  zh: { verbs: ['分享', '分享到'], article: ['分享(?:此|这篇|這篇|本)(?:文章|文)'], buttons: ['复制链接', '複製連結', '打印', '列印', '字[号號]', '字[体體]', '收藏'] },
  ja: { verbs: ['シェア', '共有'], article: ['この記事を(?:シェア|共有)(?:する)?'], buttons: ['リンクをコピー', '印刷', '文字サイズ', 'ブックマーク'] },
  ko: { verbs: ['공유', '공유하기'], article: ['이 기사 공유(?:하기)?', '기사 공유(?:하기)?'], buttons: ['링크 복사', 'url 복사', '인쇄(?:하기)?', '글자 ?크기', '스크랩'] },
  sw: { verbs: ['shiriki'], article: ['shiriki (?:habari|makala) hii'], buttons: ['nakili kiungo'] },
};

// One share button: a verb or a platform name ("Share on Facebook", "Email", "VK").
// The share verb in other languages ("Teilen", "Condividi", "Compartir", "Partager").
const SHARE_VERB_OTHER = allOf(SHARE_WORDS, (w) => w.verbs).join('|');
const SHARE_SHORT = allOf(SHARE_WORDS, (w) => w.short).join('|');
const SHARE_ARTICLE = allOf(SHARE_WORDS, (w) => w.article).join('|');
const SHARE_ON = [...new Set(['on', 'via', 'by', 'per', ...allOf(SHARE_WORDS, (w) => w.on)])].join('|');
const SHARE_BUTTONS = allOf(SHARE_WORDS, (w) => w.buttons).join('|');
// Buttons that stand only among others in a row: "Copy", "More", "Suggest", "Altri".
const ROW_ONLY_TOKEN = `copy|copied|copy url|more|mehr|plus|más|mais|altri|altro|autres|meer|suggest|suggerisci|recommend|empfehlen|recommander|x\\.com|line|kakaotalk|kakao|kakaostory|naver|weibo|wechat|qzone|zalo|sms|odnoklassniki|ok\\.ru|카카오톡|카카오스토리|카카오|페이스북|트위터|네이버|밴드|라인|微博|新浪微博|微信|朋友圈|qq空间|qq空間|豆瓣|はてな(?:ブックマーク)?|ライン|одноклассники|вконтакте|${SHARE_BUTTONS}`;
const SHARE_TOKEN = `(?:(?:share|tweet|email|e-mail|mail|print|copy link|link copied|save|bookmark|comment|send|whatsapp|facebook|twitter|x|reddit|linkedin|telegram|pinterest|flipboard|messenger|${SHARE_VERB_OTHER})(?: this(?: article| story| page)?| (?:the )?(?:article|story|page|post))?(?: (?:${SHARE_ON}) [\\p{L}-]+)?:?|(?:${SHARE_SHORT}|${SHARE_ARTICLE})\\s?:|${ROW_ONLY_TOKEN}|${PLATFORM_PATTERN})`;
const SHARE_SEPARATOR = '(?:\\s*[|•·,/]\\s*|\\s*)';
const SHARE_VERBS_ROW = new RegExp(
  `^(?:(?:share|tweet|email|e-mail|print|copy link|link copied|save|bookmark|comment|whatsapp|facebook|twitter|x|reddit|linkedin|telegram|pinterest|flipboard|messenger|${SHARE_VERB_OTHER})(?: this(?: article| story| page)?)?(?: on \\p{L}+| via \\p{L}+| (?:${SHARE_ON}) ${PLATFORM_PATTERN})?:?(?:\\s*[|•·,/]\\s*|\\s+|$))+$`,
  'iu',
);
// A prompt to share: "Share this story:", "Kindly share this article", "Share the news",
// "Deel dit artikel", "Udostępnij artykuł".
const SHARE_PROMPT = new RegExp(
  `^(?:(?:(?:please|kindly) )?share (?:this|the) (?:story|article|news|post|page|report|video)(?: (?:with|in|on) (?:your )?(?:friends|family|network|social (?:networks?|media)))?|${SHARE_ARTICLE})\\s?[:!.]?$`,
  'iu',
);
// Two or more buttons, separated or glued ("FacebookTwitterLinkedinEMail").
const SHARE_ROW = new RegExp(`^${SHARE_TOKEN}(?:${SHARE_SEPARATOR}${SHARE_TOKEN}){1,20}$`, 'iu');
// The WordPress like widget: "Like this:", "Like Loading...".
const LIKE_WIDGET = /^like(?: this:?| loading(?:\.{1,3}|…)?)$/i;
// The first words each pattern's matches may open with, read from the patterns (share, tweet,
// email, the platforms' names, every word of SHARE_WORDS; a row's tokens may be glued, so its
// words are prefixes): a line opening with another ASCII word matches none of them. One whose
// first word runs on above ASCII goes on to the patterns (the verbs of other scripts; /iu folds
// 'ſ' and the Kelvin sign onto s and k).
const SHARE_VERBS_ROW_RUNS = firstRunsOf([SHARE_VERBS_ROW]);
const SHARE_ROW_RUNS = firstRunsOf([SHARE_ROW]);
const SHARE_PROMPT_RUNS = firstRunsOf([SHARE_PROMPT]);
const LIKE_RUNS = firstRunsOf([LIKE_WIDGET]);

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
    const key = firstWordKey(text);
    return (fitsRuns(key, text, SHARE_VERBS_ROW_RUNS) && SHARE_VERBS_ROW.test(text)) ||
      (fitsRuns(key, text, LIKE_RUNS) && LIKE_WIDGET.test(text)) ||
      (fitsRuns(key, text, SHARE_ROW_RUNS) && SHARE_ROW.test(text)) ||
      (fitsRuns(key, text, SHARE_PROMPT_RUNS) && SHARE_PROMPT.test(text))
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
/**
 * The cookie notice's words by language (ISO 639-1; sr in both scripts), as regex fragments
 * under /iu: `cookie` the language's own word where it is not "cookie" ("evästeet", "sütiket",
 * "çerezler"), `action` the notice's buttons and terms (accept, consent, settings, policy:
 * stems, "akzeptier", "zgod"), `voice` the site speaking ("wir verwenden", "nous utilisons",
 * "käytämme": a sentence on cookies with no site voice is the article's).
 */
// prettier-ignore
export const COOKIE_WORDS: Readonly<Record<string, { cookie?: readonly string[]; action: readonly string[]; voice: readonly string[] }>> = {
  de: { action: ['akzeptier\\p{L}*', 'zustimm\\p{L}*', 'einverstanden', 'einwillig\\p{L}*', 'datenschutz', 'einstellungen'], voice: ['wir', 'unsere?', 'sie', 'ihre?', 'diese (?:website|seite|webseite)'] },
  fr: { action: ['accepter', 'acceptez', "j['’]accepte", 'consentement', 'politique', 'paramètres', 'paramétrer\\p{L}*'], voice: ['nous', 'notre', 'nos', 'vous', 'votre', 'vos', 'ce site'] },
  es: { action: ['acept\\p{L}*', 'consentimiento', 'política', 'configuración', 'ajustes'], voice: ['utilizamos', 'usamos', 'nuestr[oa]s?', 'este sitio', 'tus?', 'sus?', 'usted'] },
  pt: { action: ['aceit\\p{L}*', 'consentimento', 'política', 'configurações', 'definições'], voice: ['utilizamos', 'usamos', 'noss[oa]s?', 'este site', 'você', 'seus?', 'suas?'] },
  it: { action: ['accett\\p{L}*', 'consenso', 'informativa', 'impostazioni'], voice: ['utilizziamo', 'usiamo', 'nostr[oi]', 'nostra', 'questo sito', 'tuo', 'tua', 'vostr[oa]'] },
  nl: { action: ['accepteren', 'accepteer', 'akkoord', 'toestemming', 'beleid', 'instellingen'], voice: ['wij', 'we', 'onze?', 'uw', 'je', 'jouw', 'deze (?:website|site)'] },
  sv: { cookie: ['kakor\\p{L}*'], action: ['godkänn\\p{L}*', 'acceptera', 'samtycke', 'inställningar', 'policy'], voice: ['vi', 'vår', 'våra', 'du', 'din', 'dina', 'webbplatsen'] },
  no: { cookie: ['informasjonskapsl\\p{L}*'], action: ['godta', 'aksepter\\p{L}*', 'samtykke', 'innstillinger', 'retningslinjer'], voice: ['vi', 'vår', 'våre', 'du', 'din', 'nettstedet'] },
  da: { action: ['accepter', 'acceptér', 'samtykke', 'indstillinger', 'politik\\p{L}*'], voice: ['vi', 'vores', 'du', 'din', 'dit', 'hjemmesiden'] },
  fi: { cookie: ['eväste\\p{L}*'], action: ['hyväksy\\p{L}*', 'suostum\\p{L}*', 'asetukset', 'käytän\\p{L}*'], voice: ['käytämme', 'sivustomme', 'sivusto', 'hyväksyt'] },
  is: { cookie: ['vafrakök\\p{L}*'], action: ['samþykk\\p{L}*', 'stillingar'], voice: ['við', 'okkar', 'þú'] },
  pl: { cookie: ['ciasteczk\\p{L}*', 'ciasteczek'], action: ['akceptuj\\p{L}*', 'zgod\\p{L}*', 'polityk\\p{L}*', 'ustawie\\p{L}*'], voice: ['używamy', 'nasz\\p{L}*', 'ta strona', 'serwis'] },
  cs: { action: ['souhlas\\p{L}*', 'přijmout', 'nastavení', 'zásad\\p{L}*'], voice: ['používáme', 'naše', 'tento web', 'web používá'] },
  sk: { action: ['súhlas\\p{L}*', 'prijať', 'nastaven\\p{L}*', 'zásad\\p{L}*'], voice: ['používame', 'naše', 'táto stránka'] },
  sl: { cookie: ['piškot\\p{L}*'], action: ['sprejm\\p{L}*', 'soglaš\\p{L}*', 'soglasj\\p{L}*', 'nastavitv\\p{L}*', 'politik\\p{L}*'], voice: ['uporabljamo', 'naša', 'spletna stran'] },
  hr: { cookie: ['kolačić\\p{L}*'], action: ['prihvat\\p{L}*', 'slažem', 'postavk\\p{L}*', 'pravil\\p{L}*'], voice: ['koristimo', 'naš\\p{L}*', 'ova (?:web )?stranica'] },
  bs: { cookie: ['kolačić\\p{L}*'], action: ['prihvat\\p{L}*', 'slažem', 'postavk\\p{L}*', 'pravil\\p{L}*'], voice: ['koristimo', 'naš\\p{L}*'] },
  sr: { cookie: ['kolačić\\p{L}*', 'колачић\\p{L}*'], action: ['prihvat\\p{L}*', 'slažem', 'podešavanj\\p{L}*', 'прихват\\p{L}*', 'слажем', 'подешавањ\\p{L}*', 'политик\\p{L}*'], voice: ['koristimo', 'naš\\p{L}*', 'користимо', 'наш\\p{L}*'] },
  hu: { cookie: ['süti\\p{L}*'], action: ['elfogad\\p{L}*', 'hozzájárul\\p{L}*', 'beállítás\\p{L}*', 'szabályzat'], voice: ['használunk', 'weboldalunk', 'oldalunk', 'weboldal'] },
  ro: { action: ['accept', 'acord', 'setări', 'politica', 'politicii'], voice: ['folosim', 'utilizăm', 'site-ul nostru', 'acest site'] },
  bg: { cookie: ['бисквитк\\p{L}*'], action: ['приемам', 'приеми', 'съглас\\p{L}*', 'настройк\\p{L}*', 'политик\\p{L}*'], voice: ['използваме', 'наш\\p{L}*', 'този сайт'] },
  el: { action: ['αποδοχ\\p{L}*', 'αποδέχ\\p{L}*', 'συγκατάθεσ\\p{L}*', 'ρυθμίσ\\p{L}*', 'πολιτική'], voice: ['χρησιμοποιούμε', 'ιστότοπ\\p{L}*', 'μας'] },
  ru: { cookie: ['куки\\p{L}*'], action: ['принять', 'принима\\p{L}*', 'соглас\\p{L}*', 'настройк\\p{L}*', 'политик\\p{L}*'], voice: ['используем', 'наш\\p{L}*', 'этот сайт', 'сайт использует', 'вы'] },
  uk: { cookie: ['куки\\p{L}*'], action: ['прийня\\p{L}*', 'прийма\\p{L}*', 'згод\\p{L}*', 'налаштуван\\p{L}*', 'політик\\p{L}*'], voice: ['використовуємо', 'наш\\p{L}*', 'цей сайт', 'ви'] },
  lt: { cookie: ['slapuk\\p{L}*'], action: ['sutinku', 'priimti', 'sutikim\\p{L}*', 'nustatym\\p{L}*', 'politik\\p{L}*'], voice: ['naudojame', 'mūsų', 'svetainė'] },
  lv: { cookie: ['sīkdatn\\p{L}*'], action: ['piekrīt\\p{L}*', 'pieņemt', 'piekrišan\\p{L}*', 'iestatījum\\p{L}*', 'politik\\p{L}*'], voice: ['izmantojam', 'mūsu', 'vietne'] },
  et: { cookie: ['küpsis\\p{L}*'], action: ['nõustu\\p{L}*', 'nõusolek', 'seaded', 'põhimõt\\p{L}*'], voice: ['kasutame', 'meie', 'veebileht'] },
  tr: { cookie: ['çerez\\p{L}*'], action: ['kabul et\\p{L}*', 'kabul ediyorum', 'onay\\p{L}*', 'ayarlar', 'politika'], voice: ['kullanıyoruz', 'kullanmaktayız', 'sitemiz\\p{L}*', 'web sitemiz\\p{L}*'] },
  ar: { cookie: ['الكوكيز', 'ملفات تعريف الارتباط'], action: ['موافق', 'قبول', 'سياسة', 'إعدادات'], voice: ['نستخدم', 'موقعنا', 'هذا الموقع'] },
  fa: { cookie: ['کوکی'], action: ['قبول', 'موافق', 'سیاست', 'تنظیمات'], voice: ['استفاده می‌کنیم', 'این سایت', 'ما'] },
  he: { cookie: ['עוגיות'], action: ['מסכים', 'מאשר', 'מדיניות', 'הגדרות'], voice: ['משתמשים', 'האתר'] },
  hi: { cookie: ['कुकी'], action: ['स्वीकार', 'सहमत', 'नीति'], voice: ['हम', 'हमारी', 'यह वेबसाइट'] },
  bn: { cookie: ['কুকি'], action: ['গ্রহণ', 'সম্মত', 'নীতি'], voice: ['আমরা', 'আমাদের'] },
  ur: { cookie: ['کوکیز'], action: ['قبول', 'متفق', 'پالیسی'], voice: ['ہم', 'ہماری'] },
  id: { action: ['terima', 'setuju', 'persetujuan', 'kebijakan', 'pengaturan'], voice: ['kami', 'situs ini', 'anda'] },
  ms: { action: ['terima', 'setuju', 'dasar', 'tetapan'], voice: ['kami', 'laman web ini', 'anda'] },
  tl: { action: ['tanggapin', 'sang-ayon', 'patakaran'], voice: ['gumagamit kami', 'namin'] },
  vi: { action: ['chấp nhận', 'đồng ý', 'chính sách', 'cài đặt'], voice: ['chúng tôi', 'trang web này', 'bạn'] },
  th: { cookie: ['คุกกี้'], action: ['ยอมรับ', 'นโยบาย', 'ตั้งค่า'], voice: ['เรา', 'เว็บไซต์นี้'] },
  zh: { action: ['接受', '同意', '政策', '设置', '設定'], voice: ['我们', '我們', '本网站', '本網站', '您'] },
  ja: { cookie: ['クッキー'], action: ['同意', '承諾', 'ポリシー', '設定'], voice: ['当サイト', '本サイト', '当社'] },
  ko: { cookie: ['쿠키'], action: ['동의', '수락', '정책', '설정'], voice: ['당사', '저희', '이 사이트'] },
  sw: { cookie: ['vidakuzi'], action: ['kubali', 'sera ya', 'mipangilio'], voice: ['tunatumia', 'tovuti hii'] },
};
// Words of scripts written without spaces between words: matched anywhere (no boundary).
const UNSPACED = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
function wordsPattern(words: readonly string[]): RegExp {
  const spaced = words.filter((word) => !UNSPACED.test(word));
  const unspaced = words.filter((word) => UNSPACED.test(word));
  const parts = [`(?<!\\p{L})(?:${spaced.join('|')})(?!\\p{L})`];
  if (unspaced.length > 0) parts.push(unspaced.join('|'));
  return new RegExp(parts.join('|'), 'iu');
}
// One scan rules out almost every line: "cookie", or a letter above Latin-1 (not the general
// punctuation's dashes and quotes), as every notice in a language with its own word holds
// ("evästeitä", "çerezler", "använder kakor", "używamy ciasteczek"; a notice of ASCII letters
// only, Swahili's "vidakuzi", is not read).
const COOKIE_GATE = /cookie|[^\x00-\xbf\u2000-\u206f]/i;
// A word of the table, whole (its stems end in \p{L}*: "evästeitä"), in a line.
// (No boundary before it: a lookbehind first is tried at every position of every line.)
const LOCAL_COOKIE_WORD = new RegExp(allOf(COOKIE_WORDS, (w) => w.cookie).join('|'), 'iu');
const LOCAL_COOKIE_ACTION = wordsPattern(allOf(COOKIE_WORDS, (w) => w.action));
const LOCAL_SITE_VOICE = (() => {
  const words = allOf(COOKIE_WORDS, (w) => w.voice);
  const spaced = words.filter((word) => !UNSPACED.test(word));
  const unspaced = words.filter((word) => UNSPACED.test(word));
  return new RegExp(`(?<!\\p{L})(?:${spaced.join('|')})(?!\\p{L})|${unspaced.join('|')}`, 'iu');
})();

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
    // The other languages' notices: their own word for cookies (when it is not "cookie"), or
    // "cookie" with a button or term of theirs ("Cookie-Einstellungen", "Akzeptieren").
    if (!COOKIE_GATE.test(text)) return null;
    const english = COOKIE_WORD.test(text);
    if (!english && !LOCAL_COOKIE_WORD.test(text)) return null;
    const local = !(english && COOKIE_NOTICE.test(text));
    if (local && !(text.length <= 400 && LOCAL_COOKIE_ACTION.test(text))) return null;
    // The site speaks to the reader ("We use cookies…", "By using this site you agree…"), or
    // the line is a label or a row of links ("Cookie settings", "Privacy | Cookie Policy |
    // Terms"): a sentence about cookie law or a bake sale's consent forms speaks of others.
    const sentence = endsSentence(text) && moreWordsThan(text, COOKIE_LABEL_WORDS);
    // (The other languages' voice only for their notices: "u", "je", "vi" are in English lines.)
    const voice = SITE_VOICE.test(text) || (local && LOCAL_SITE_VOICE.test(text));
    return (sentence && !voice) || endsWithAttribution(text) ? null : {};
  },
};

/**
 * The comment section's words by language (ISO 639-1; sr in both scripts), as regex fragments
 * under /iu: `count` the word after a number ("12 kommentarer", "3 hozzászólás"), `heading` the
 * section's heading alone ("Kommentarer", "Hozzászólások": plurals, not the singular that heads
 * an opinion column, "Kommentar", "Commento", "Yorum"), `prompt` the form's buttons and lines
 * ("Skriv en kommentar", "Logg inn for å kommentere", "Réagissez à cet article").
 */
// prettier-ignore
export const COMMENT_WORDS: Readonly<Record<string, { count: readonly string[]; heading?: readonly string[]; prompt?: readonly string[] }>> = {
  en: { count: ['comments?', 'reactions?', 'replies', 'reply'], prompt: ['(?:leave|post|add|write|submit) a (?:comment|reply)', '(?:log|sign) in to (?:comment|leave a comment|reply)', 'react to this (?:article|story)', 'have your say', 'comment on (?:this|the) (?:article|story|news|post|report)', 'join the (?:conversation|discussion|debate)', 'be the first to (?:comment|reply|react)', 'your email address will not be published', 'required fields are marked \\*?'] },
  de: { count: ['kommentare?', 'reaktionen'], heading: ['kommentare'], prompt: ['kommentieren', 'jetzt kommentieren', 'kommentar (?:schreiben|verfassen)', '(?:melden sie sich an|einloggen),? um zu kommentieren', 'deine e-mail-adresse wird nicht veröffentlicht', 'diskutieren sie mit', 'mitdiskutieren', 'zur diskussion'] },
  fr: { count: ['commentaires?', 'réactions?'], heading: ['commentaires'], prompt: ['commenter', '(?:laisser|écrire|ajouter) un commentaire', "réag(?:ir|issez)(?: à cet article)?", 'connectez-vous pour (?:commenter|réagir)', 'votre adresse e-mail ne sera pas publiée', 'soyez le premier à (?:commenter|réagir)', 'participez? au débat', 'rejoignez la discussion'] },
  es: { count: ['comentarios?'], heading: ['comentarios'], prompt: ['comentar', '(?:escribe|deja|añade|agrega) (?:un|tu) comentario', 'comenta (?:esta|la) noticia', 'inicia sesión para comentar', 'tu dirección de correo electrónico no será publicada', 's[eé] el primero en comentar', 'únete a la conversación', 'participa en el debate'] },
  pt: { count: ['comentários?'], heading: ['comentários'], prompt: ['comentar', 'comente', '(?:deixe|escreva|adicione) (?:um|seu|o seu) comentário', 'adicionar comentário', '(?:faça login|entre) para comentar', 'o seu endereço de e-mail não será publicado', 'seja o primeiro a comentar', 'participe da (?:discussão|conversa)'] },
  it: { count: ['commenti', 'commento'], heading: ['commenti'], prompt: ['commenta', '(?:lascia|scrivi|aggiungi) un commento', 'accedi per commentare', 'il tuo indirizzo email non sarà pubblicato', 'sii il primo a commentare', 'partecipa alla discussione'] },
  nl: { count: ['reacties', 'reactie'], heading: ['reacties'], prompt: ['reageer', '(?:plaats|schrijf) een reactie', 'laat een reactie achter', 'log in om te reageren', 'je e-mailadres wordt niet gepubliceerd', 'praat mee', 'discussieer mee'] },
  sv: { count: ['kommentarer', 'kommentar'], heading: ['kommentarer'], prompt: ['kommentera', '(?:skriv|lämna) en kommentar', 'logga in för att kommentera'] },
  no: { count: ['kommentarer', 'kommentar'], heading: ['kommentarer'], prompt: ['kommenter', '(?:skriv|legg igjen) en kommentar', 'logg inn for å kommentere'] },
  da: { count: ['kommentarer', 'kommentar'], heading: ['kommentarer'], prompt: ['kommentér', 'kommenter', '(?:skriv|efterlad) en kommentar', 'log ind for at kommentere'] },
  fi: { count: ['kommenttia', 'kommentti'], heading: ['kommentit'], prompt: ['kommentoi', '(?:kirjoita|jätä) kommentti', 'kirjaudu (?:sisään )?kommentoidaksesi'] },
  is: { count: ['athugasemdir', 'athugasemd'], heading: ['athugasemdir'], prompt: ['skrifa athugasemd'] },
  pl: { count: ['komentarzy', 'komentarze', 'komentarz'], heading: ['komentarze'], prompt: ['skomentuj', '(?:dodaj|napisz) komentarz', 'zaloguj się,? aby (?:skomentować|dodać komentarz)', 'dołącz do dyskusji', 'skomentuj jako pierwszy'] },
  cs: { count: ['komentářů', 'komentáře', 'komentář'], heading: ['komentáře'], prompt: ['komentovat', '(?:přidat|napsat|napište) komentář', 'diskutovat', 'vstoupit do diskuse'] },
  sk: { count: ['komentárov', 'komentáre', 'komentár'], heading: ['komentáre'], prompt: ['komentovať', '(?:pridať|napísať|napíšte) komentár', 'diskutovať', 'vstúpiť do diskusie'] },
  sl: { count: ['komentarjev', 'komentarji', 'komentar'], heading: ['komentarji'], prompt: ['komentiraj', '(?:dodaj|napiši) komentar'] },
  hr: { count: ['komentara', 'komentari', 'komentar'], heading: ['komentari'], prompt: ['komentiraj', '(?:dodaj|napiši|ostavi|ostavite) komentar'] },
  bs: { count: ['komentara', 'komentari', 'komentar'], heading: ['komentari'], prompt: ['komentariši', '(?:dodaj|napiši|ostavi|ostavite) komentar'] },
  sr: { count: ['komentara', 'komentari', 'коментара', 'коментари'], heading: ['komentari', 'коментари'], prompt: ['komentariši', 'коментариши', '(?:dodaj|ostavi|ostavite|napiši) komentar', '(?:додај|остави|оставите|напиши) коментар'] },
  hu: { count: ['hozzászólás', 'komment'], heading: ['hozzászólások', 'kommentek'], prompt: ['szólj hozzá', 'hozzászólok', 'hozzászólás írása'] },
  ro: { count: ['comentarii', 'comentariu'], heading: ['comentarii'], prompt: ['comentează', '(?:adaugă|lasă|scrie) un comentariu'] },
  bg: { count: ['коментара', 'коментари', 'коментар'], heading: ['коментари'], prompt: ['коментирай', '(?:добави|напиши) коментар'] },
  el: { count: ['σχόλια', 'σχόλιο'], heading: ['σχόλια'], prompt: ['σχολιάστε', 'γράψτε (?:ένα |το )?σχόλιο(?: σας)?', 'προσθήκη σχολίου'] },
  ru: { count: ['комментари(?:ев|я|й)', 'комментарии'], heading: ['комментарии'], prompt: ['комментировать', '(?:оставить|добавить|написать) комментарий', 'войдите,? чтобы (?:комментировать|оставить комментарий)', 'обсудить', 'присоединяйтесь к обсуждению'] },
  uk: { count: ['коментар(?:ів|і|я)'], heading: ['коментарі'], prompt: ['коментувати', '(?:залишити|додати|написати) коментар', 'обговорити', 'долучайтеся до обговорення'] },
  lt: { count: ['komentarai', 'komentarų', 'komentaras'], heading: ['komentarai'], prompt: ['komentuoti', '(?:rašyti|palikite|parašykite) komentarą'] },
  lv: { count: ['komentāri', 'komentāru', 'komentārs'], heading: ['komentāri'], prompt: ['komentēt', '(?:pievienot|rakstīt) komentāru'] },
  et: { count: ['kommentaari', 'kommentaar'], heading: ['kommentaarid'], prompt: ['kommenteeri', '(?:lisa|kirjuta) kommentaar'] },
  tr: { count: ['yorum'], heading: ['yorumlar'], prompt: ['yorum (?:yap|yaz|ekle)', 'yorum yapmak için giriş yap(?:ın)?', 'e-posta adresiniz yayınlanmayacak', 'ilk yorumu (?:sen yap|siz yapın)'] },
  ar: { count: ['تعليقات?', 'تعليقا'], heading: ['التعليقات', 'تعليقات'], prompt: ['(?:أضف|اكتب|اترك) تعليق(?:ا|اً|ك)?', 'شارك برأيك', 'كن أول من يعلق'] },
  fa: { count: ['نظر', 'دیدگاه'], heading: ['نظرات', 'دیدگاه‌ها'], prompt: ['ارسال نظر', 'ثبت نظر', 'نظر (?:خود را )?بنویسید'] },
  he: { count: ['תגובות'], heading: ['תגובות'], prompt: ['(?:הוסף|הוספת|כתבו|שלח|הוסיפו) תגובה'] },
  hi: { count: ['टिप्पणियां', 'टिप्पणियाँ', 'कमेंट्स?'], heading: ['टिप्पणियां', 'टिप्पणियाँ'], prompt: ['(?:टिप्पणी|कमेंट) करें', 'अपनी टिप्पणी लिखें'] },
  bn: { count: ['মন্তব্য'], heading: ['মন্তব্য'], prompt: ['মন্তব্য করুন'] },
  ur: { count: ['تبصرے'], heading: ['تبصرے'], prompt: ['تبصرہ کریں'] },
  id: { count: ['komentar'], prompt: ['(?:tulis|tambahkan|beri|kirim) komentar', 'login untuk berkomentar', 'alamat email anda tidak akan dipublikasikan', 'jadilah yang pertama berkomentar'] },
  ms: { count: ['komen'], prompt: ['(?:tulis|tinggalkan|tambah) komen'] },
  tl: { count: ['komento', 'mga komento'], heading: ['mga komento'], prompt: ['magkomento', 'mag-iwan ng komento'] },
  vi: { count: ['bình luận', 'ý kiến'], heading: ['bình luận'], prompt: ['(?:viết|gửi|thêm) bình luận', 'đăng nhập để bình luận', 'gửi ý kiến(?: của bạn)?', 'ý kiến của bạn'] },
  th: { count: ['ความคิดเห็น'], heading: ['ความคิดเห็น'], prompt: ['แสดงความคิดเห็น', 'เขียนความคิดเห็น'] },
  zh: { count: ['条评论', '條評論', '评论', '評論'], heading: ['评论', '評論', '网友评论', '網友評論'], prompt: ['发表评论', '發表評論', '写评论', '寫評論', '我要评论', '登录后评论', '参与讨论', '參與討論', '我来说两句', '我來說兩句'] },
  ja: { count: ['件のコメント', 'コメント'], heading: ['コメント'], prompt: ['コメントする', 'コメントを(?:書く|投稿(?:する)?)'] },
  ko: { count: ['개의 댓글', '댓글'], heading: ['댓글'], prompt: ['댓글 ?(?:쓰기|달기|작성)'] },
  sw: { count: ['maoni'], heading: ['maoni'], prompt: ['(?:toa|andika|acha) maoni'] },
};
// The comment section's word: "Comments (14)", "Comentarios", "Kommentare (3)", "Komentar".
const COMMENTS_WORD = `comments?|comentarios?|comentários?|kommentare?|commentaires?|commenti|commento|reacties|reactie|komentarze?|komentarzy|yorumlar|yorum|комментарии|комментариев|коментарі|komentar|bình luận|σχόλια|${allOf(COMMENT_WORDS, (w) => w.count).join('|')}`;
const COMMENT_HEADING = allOf(COMMENT_WORDS, (w) => w.heading).join('|');
const COMMENT_PROMPT = allOf(COMMENT_WORDS, (w) => w.prompt).join('|');
// A count in parentheses after a prompt: "Réagissez à cet article (3 réactions)".
const PAREN_COUNT = '(?:\\s*\\(\\d+(?:\\s+\\p{L}+)?\\))?';
// One part of a comment bar: a counter, a button, a form line.
const COMMENT_PART = `(?:\\d+\\s+(?:${COMMENTS_WORD})|(?:${COMMENTS_WORD})(?:\\s*\\(\\d+\\))?|(?:leave|post|add|write|submit) a (?:comment|reply)|comment (?:on )?(?:this|the) (?:news|article|story|post|report)|(?:view|show|load|read) (?:all )?(?:\\d+ )?comments|join the (?:conversation|discussion)|be the first to comment|start (?:a|the) (?:conversation|discussion)|(?:escribe|deja|añade) (?:un|tu) comentario|comenta (?:esta|la) noticia|kommentieren|kommentar schreiben|commenter|écrire un commentaire|commenta|skomentuj|yorum yap|комментировать|(?:${COMMENT_PROMPT})${PAREN_COUNT})[.!]?`;
// A counter and buttons side by side: "Comments (14) | Comment this news", "12 comentarii —
// Adaugă un comentariu".
const COMMENT_BAR = new RegExp(`^${COMMENT_PART}(?:(?:\\s?[|·•]\\s?|\\s[—–-]\\s)${COMMENT_PART})+$`, 'iu');
const COMMENT_LINE = new RegExp(
  `^(?:\\d+\\s+comments?|comments?(?:\\s*\\(\\d+\\))?|(?:leave|post|add|write|submit) a (?:comment|reply)|(?:view|show|load|read) (?:all )?(?:\\d+ )?comments|join the (?:conversation|discussion)|you must be logged in to post a comment\\.?|your email address will not be published\\.?.*|required fields are marked.*|comments are closed\\.?|be the first to comment\\.?|start (?:a|the) (?:conversation|discussion)|(?:leave|post|add|write|submit) a (?:comment|reply)\\s*cancel reply|cancel reply|\\d+\\s+(?:${COMMENTS_WORD})|(?:${COMMENT_HEADING})(?:\\s*\\(\\d+\\))?|(?:${COMMENT_PROMPT})${PAREN_COUNT}[.!]?)$`,
  'iu',
);

// The first words COMMENT_LINE's and COMMENT_BAR's matches may open with, read from the patterns
// (a digit, "comments", "leave", "be", "deja", "kommentieren", every word of COMMENT_WORDS): a
// line opening with another ASCII word matches neither (one whose first word runs on above ASCII
// goes on: /iu folds 'ſ' and the Kelvin sign onto s and k, and the patterns have the words of
// other scripts).
const COMMENT_LINE_RUNS = firstRunsOf([COMMENT_LINE]);
const COMMENT_BAR_RUNS = firstRunsOf([COMMENT_BAR]);
// COMMENT_BAR's separator between two parts: '|', '·' or '•', or a dash between whitespace; a line
// without one is no bar, and its alternation is not tried on it.
const BAR_SEPARATOR = /[|·•]|\s[-–—]\s/;

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
    const key = firstWordKey(text);
    if (
      (fitsRuns(key, text, COMMENT_LINE_RUNS) && COMMENT_LINE.test(text)) ||
      (fitsRuns(key, text, COMMENT_BAR_RUNS) && BAR_SEPARATOR.test(text) && COMMENT_BAR.test(text))
    )
      return {};
    // A notice: only after the article's last paragraph of prose.
    if (!isCommentNotice(text)) return null;
    for (let j = block.index + 1; j < context.blocks.length; j++)
      if (!context.isRemoved(j) && isProseParagraph(context.blocks[j]!.text)) return null;
    return {};
  },
};

/**
 * The tag line's label by language (ISO 639-1; sr in both scripts), as regex fragments under
 * /iu: the words a news site prints before its list of tags, topics, keywords or categories
 * ("Schlagwörter:", "Aiheet:", "Témata:", "Címkék:", "Теги:", "标签："). Each counts only as the
 * line's opening label with its colon and a list after it.
 */
// prettier-ignore
export const TAG_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['tags?', 'topics?', 'keywords', 'categories', 'category', 'related topics', 'filed (?:under|in)', 'archived (?:in|under)'],
  de: ['schlagw(?:ö|oe)rter', 'schlagworte', 'stichw(?:ö|oe)rter', 'themen', 'kategorien?'],
  fr: ['mots[- ]cl(?:é|e)s', 'sujets', 'th(?:è|e)mes', 'thématiques', 'étiquettes', 'catégories?'],
  es: ['archivado en', 'etiquetas', 'temas', 'tags relacionad[oa]s', 'palabras clave', 'categorías?'],
  pt: ['arquivado em', 'etiquetas', 'temas', 'tópicos', 'assuntos', 'palavras-chave', 'categorias?'],
  it: ['argomenti', 'parole chiave', 'temi', 'etichette', 'categori[ae]'],
  nl: ['trefwoorden', 'onderwerpen', "thema['’]s", 'categorie(?:ën)?'],
  sv: ['ämnen', 'taggar', 'nyckelord', 'ämnesord', 'kategorier'],
  no: ['emner', 'stikkord', 'tagger', 'nøkkelord', 'kategorier'],
  da: ['emner', 'nøgleord', 'emneord', 'kategorier'],
  fi: ['aiheet', 'avainsanat', 'asiasanat', 'tagit', 'kategoriat'],
  is: ['efnisorð', 'lykilorð'],
  pl: ['tagi', 'tematy', 'słowa kluczowe', 'kategorie'],
  cs: ['témata', 'štítky', 'klíčová slova', 'tagy', 'rubriky'],
  sk: ['témy', 'štítky', 'kľúčové slová', 'tagy'],
  sl: ['oznake', 'teme', 'ključne besede'],
  hr: ['oznake', 'tagovi', 'teme', 'ključne riječi'],
  bs: ['oznake', 'tagovi', 'teme', 'ključne riječi'],
  sr: ['oznake', 'tagovi', 'teme', 'ključne reči', 'ознаке', 'тагови', 'теме', 'кључне речи'],
  hu: ['címkék', 'témák', 'kulcsszavak', 'kategóriák'],
  ro: ['etichete', 'subiecte', 'cuvinte cheie', 'taguri', 'categorii'],
  bg: ['етикети', 'теми', 'ключови думи', 'тагове'],
  el: ['ετικέτες', 'θέματα', 'λέξεις[- ]κλειδιά'],
  ru: ['теги', 'метки', 'темы', 'ключевые слова', 'рубрики'],
  uk: ['теги', 'мітки', 'теми', 'ключові слова', 'рубрики'],
  lt: ['žymės', 'temos', 'raktažodžiai'],
  lv: ['birkas', 'tēmas', 'atslēgvārdi'],
  et: ['märksõnad', 'teemad', 'sildid'],
  tr: ['etiketler', 'etiket', 'konular', 'anahtar kelimeler'],
  ar: ['الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'المواضيع', 'مواضيع'],
  fa: ['برچسب‌?\\s?ها', 'برچسب', 'کلیدواژه‌?\\s?ها', 'موضوعات'],
  he: ['תגיות', 'נושאים', 'מילות מפתח'],
  hi: ['टैग्स?', 'कीवर्ड्स'],
  bn: ['ট্যাগ', 'ট্যাগস'],
  ur: ['ٹیگز', 'موضوعات'],
  id: ['topik', 'kata kunci'],
  ms: ['topik', 'kata kunci'],
  tl: ['mga tag', 'mga paksa'],
  vi: ['thẻ', 'từ khóa', 'từ khoá', 'chủ đề'],
  th: ['แท็ก', 'คำค้น'],
  zh: ['标签', '標籤', '关键词', '關鍵詞', '关键字', '關鍵字', '相关标签'],
  ja: ['タグ', 'キーワード', '関連キーワード'],
  ko: ['태그', '키워드', '관련 태그'],
  sw: ['mada', 'maneno muhimu'],
};
// The labels of other languages than English: "Archivado en:", "Arquivado em:", "Schlagwörter:",
// "Mots-clés :", "Etiquetas:", "Argomenti:", "Теги:", "标签：".
const LOCAL_TAGS_LINE = new RegExp(
  `^(?:tags relacionad[oa]s|etiket|${Object.entries(TAG_LABELS)
    .filter(([language]) => language !== 'en')
    .flatMap(([, labels]) => labels)
    .join('|')})\\s*[:：]\\s*\\S.{0,300}$`,
  'iu',
);
// The English label: "Tags: Russia, Ukraine", "Filed under: Politics".
const TAGS_LINE = new RegExp(`^(?:${TAG_LABELS.en!.join('|')})\\s*:\\s*\\S.{0,300}$`, 'i');
// "Keywords Germany, renewable energy, wind power" (no colon, a comma list).
const TAGS_NO_COLON =
  /^(?:[Tt]ags|TAGS|[Kk]eywords|KEYWORDS|[Tt]opics|TOPICS)\s+\p{Lu}[^,\n.!?]{0,40}(?:,\s*[^,\n.!?]{1,40}){1,20}$/u;
// "Posted in Business | Tagged ports, strikes | 3 Comments" (blog engines).
const POSTED_IN = /^(?:posted|filed) (?:in|under):?\s+[^|\n]{1,80}(?:\|[^|\n]{1,200}){1,3}$/i;
const POSTED_IN_FIELD = /\|\s*(?:tagged|tags|\d+\s+comments?|no comments|leave a (?:comment|reply)|comments? off)/i;
// "Tags" alone, with one tag per line under it to the end of the article.
const TAGS_HEADING = /^(?:tags?|keywords|topics|tagged)\s*:?$/i;
const MAX_TAGS = 20;
// The first letters of the patterns' words (tags, topics, filed, archived, categories, keywords,
// related, posted, tagged, and the localized labels' etiquetas, schlagwörter, mots-clés,
// onderwerpen ...): a line opening with another character matches none of them. A first
// character above ASCII goes on to the localized pattern only (its Cyrillic labels; /iu folds
// 'ſ' and the Kelvin sign onto s and k, which the pattern reads).
const TAG_FIRST = charSet('tfckrpaesmo' + openingChars(Object.values(TAG_LABELS).flat()));
const TK_FIRST = charSet('tk');
// The longest label with the spaces before its colon ("ключевые слова", "tags relacionados").
const MAX_TAG_LABEL = 32;

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
    // (The label's colon comes early: a colon further on is a sentence's, and the long localized
    // pattern is not tried.)
    let colonAt = text.indexOf(':');
    if (colonAt < 0) colonAt = text.indexOf('：');
    const colon = colonAt >= 0 && colonAt <= MAX_TAG_LABEL;
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

/**
 * A relative time and its labels, by language (ISO 639-1; sr in both
 * scripts), as regex fragments under /iu. `ago` are the relative time's shapes, '#' standing for
 * the number and '@' for one of `units` ("för # @ sedan": "för 2 timmar sedan"); `now` the
 * words for "just now"; `label` the published/updated label before a relative time ("Päivitetty
 * 2 tuntia sitten": a label before a date is the dateline's, metadata/dateline). (The reading
 * time, "Lesezeit: 4 Min.", is boilerplate/widget's, head-chrome.ts.)
 */
// prettier-ignore
export const TIME_WORDS: Readonly<Record<string, { ago?: readonly string[]; units?: readonly string[]; now?: readonly string[]; label?: readonly string[] }>> = {
  es: { ago: ['hace (?:#|una?) @'], units: ['segundos?', 'minutos?', 'min', 'horas?', 'hs?', 'd[ií]as?', 'semanas?', 'mes(?:es)?'], now: ['ahora mismo', 'hace un momento'], label: ['actualizad[oa]', 'publicad[oa]'] },
  pt: { ago: ['há (?:#|uma?) @'], units: ['segundos?', 'minutos?', 'min', 'horas?', 'h', 'dias?', 'semanas?', 'm[eê]s(?:es)?'], now: ['agora mesmo', 'há pouco'], label: ['atualizad[oa]', 'actualizad[oa]', 'publicad[oa]'] },
  fr: { ago: ['il y a (?:#|une?) @'], units: ['secondes?', 'minutes?', 'min', 'heures?', 'h', 'jours?', 'semaines?', 'mois'], now: ["à l['’]instant", 'il y a un instant'], label: ['mis à jour', 'publi[ée]e?'] },
  de: { ago: ['vor (?:#|einer|einem) @'], units: ['Sekunden?', 'Minuten?', 'Min', 'Stunden?', 'Std', 'Tag(?:en)?', 'Wochen?', 'Monat(?:en)?'], now: ['gerade eben', 'soeben'], label: ['aktualisiert', 'ver[öo]ffentlicht'] },
  it: { ago: ['# @ fa', "un['’]ora fa", 'un (?:minuto|giorno|mese) fa'], units: ['secondi', 'minuti', 'min', 'or[ae]', 'giorn[oi]', 'settiman[ae]', 'mes[ei]'], now: ['poco fa'], label: ['aggiornat[oa]', 'pubblicat[oa]'] },
  nl: { ago: ['# @ geleden'], units: ['seconden', 'minuten', 'minuut', 'min', 'uur', 'dag(?:en)?', 'weken', 'week', 'maanden?'], now: ['zojuist'], label: ['bijgewerkt', 'gepubliceerd'] },
  sv: { ago: ['(?:för )?# @ sedan'], units: ['sekunder', 'minuter', 'minut', 'min', 'timmar', 'timme', 'tim', 'dagar', 'dag', 'veckor', 'vecka', 'månader', 'månad'], now: ['just nu', 'nyss'], label: ['publicerad', 'uppdaterad'] },
  no: { ago: ['(?:for )?# @ siden'], units: ['sekunder', 'minutter', 'minutt', 'min', 'timer', 'time', 't', 'døgn', 'dager', 'dag', 'uker', 'uke', 'måneder', 'måned'], now: ['nå nettopp', 'akkurat nå'], label: ['publisert', 'oppdatert', 'sist oppdatert'] },
  da: { ago: ['(?:for )?# @ siden'], units: ['sekunder', 'minutter', 'minut', 'min', 'timer', 'time', 't', 'døgn', 'dage', 'dag', 'uger', 'uge', 'måneder', 'måned'], now: ['lige nu', 'for lidt siden'], label: ['publiceret', 'opdateret', 'senest opdateret'] },
  fi: { ago: ['# @ sitten'], units: ['sekuntia', 'minuuttia', 'minuutti', 'min', 'tuntia', 'tunti', 't', 'päivää', 'päivä', 'viikkoa', 'viikko', 'kuukautta', 'kuukausi'], now: ['juuri nyt', 'hetki sitten'], label: ['julkaistu', 'päivitetty'] },
  is: { ago: ['fyrir # @'], units: ['sekúndum', 'mínútum', 'mínútu', 'klukkustundum', 'klukkustund', 'klst', 'dögum', 'degi', 'vikum', 'viku', 'mánuðum', 'mánuði'], label: ['birt', 'uppfært'] },
  pl: { ago: ['# @ temu'], units: ['sekund[ęy]?', 'minut[ęy]?', 'min', 'godzin[ęy]?', 'godz', 'dni', 'dzień', 'tygodni(?:e)?', 'tydzień', 'miesięcy', 'miesiące', 'miesiąc'], now: ['przed chwilą'], label: ['opublikowano', 'zaktualizowano', 'aktualizacja'] },
  cs: { ago: ['před # @'], units: ['sekundami', 'sekundou', 'minutami', 'minutou', 'min', 'hodinami', 'hodinou', 'hod', 'dny', 'dnem', 'týdny', 'týdnem', 'měsíci', 'měsícem'], now: ['před chvílí', 'právě teď'], label: ['publikováno', 'aktualizováno', 'aktualizace'] },
  sk: { ago: ['pred # @'], units: ['sekundami', 'sekundou', 'minútami', 'minútou', 'min', 'hodinami', 'hodinou', 'hod', 'dňami', 'dňom', 'týždňami', 'týždňom', 'mesiacmi', 'mesiacom'], now: ['pred chvíľou'], label: ['publikované', 'aktualizované'] },
  sl: { ago: ['pred # @'], units: ['sekundami', 'minutami', 'minutama', 'minuto', 'min', 'urami', 'urama', 'uro', 'dnevi', 'dnevoma', 'dnem', 'tedni', 'tednom', 'meseci', 'mesecem'], now: ['pravkar'], label: ['objavljeno', 'posodobljeno'] },
  hr: { ago: ['prije # @'], units: ['sekund[ie]?', 'minut[aeu]?', 'min', 'sat[ai]?', 'h', 'dana?', 'tjedana?', 'tjedna', 'sedmic[ea]', 'mjesec[ia]?'], label: ['objavljeno', 'ažurirano'] },
  bs: { ago: ['prije # @'], units: ['sekund[ie]?', 'minut[aeu]?', 'min', 'sat[ai]?', 'dana?', 'sedmic[ea]', 'mjesec[ia]?'], label: ['objavljeno', 'ažurirano'] },
  sr: { ago: ['pre # @', 'пре # @'], units: ['sekund[ie]?', 'minut[aeu]?', 'min', 'sat[ai]?', 'dana?', 'nedelj[ae]', 'mesec[ia]?', 'секунд[иe]', 'минут[аеу]?', 'мин', 'сат[аи]?', 'дана?', 'недељ[еа]', 'месец[иа]?'], label: ['objavljeno', 'ažurirano', 'објављено', 'ажурирано'] },
  hu: { ago: ['# (?:másodperce|perce|órája|napja|hete|hónapja)', '# @ ezelőtt'], units: ['másodperccel', 'perccel', 'órával', 'nappal', 'héttel', 'hónappal'], now: ['az imént', 'éppen most'], label: ['publikálva', 'frissítve', 'frissítés'] },
  ro: { ago: ['acum (?:#|o|un) @'], units: ['secunde', 'minute', 'minut', 'min', 'ore', 'or[ăa]', 'zile', 'zi', 'săptămâni', 'săptămână', 'luni', 'lună'], now: ['chiar acum'], label: ['publicat', 'actualizat'] },
  bg: { ago: ['преди (?:#|един|една) @'], units: ['секунди', 'минути', 'минута', 'мин', 'часа', 'час', 'дни', 'ден', 'седмици', 'седмица', 'месеца', 'месец'], now: ['току-що'], label: ['публикувано', 'обновено', 'актуализирано'] },
  el: { ago: ['πριν(?: από)? # @'], units: ['δευτερόλεπτα', 'λεπτά', 'λεπτό', 'ώρες', 'ώρα', 'ημέρες', 'ημέρα', 'μέρες', 'μέρα', 'εβδομάδες', 'εβδομάδα', 'μήνες', 'μήνα'], now: ['μόλις τώρα'], label: ['δημοσιεύθηκε', 'ενημερώθηκε'] },
  ru: { ago: ['# @ назад'], units: ['секунд[уы]?', 'минут[уы]?', 'мин', 'час(?:а|ов)?', 'ч', 'дн(?:я|ей)', 'день', 'недел(?:ю|и|ь)', 'месяц(?:а|ев)?'], now: ['только что'], label: ['опубликовано', 'обновлено'] },
  uk: { ago: ['# @ тому'], units: ['секунд[уи]?', 'хвилин[уи]?', 'хв', 'годин[уи]?', 'год', 'дн(?:і|ів)', 'день', 'тиждень', 'тижні(?:в)?', 'місяц(?:ь|і|ів)'], now: ['щойно'], label: ['опубліковано', 'оновлено'] },
  lt: { ago: ['prieš # @'], units: ['sekund(?:ę|es|žių)', 'minut(?:ę|es)', 'minučių', 'min', 'valand(?:ą|as|ų)', 'val', 'dien(?:ą|as|ų)', 'savait(?:ę|es)', 'savaičių', 'mėnesį', 'mėnesius', 'mėnesių'], now: ['ką tik'], label: ['paskelbta', 'atnaujinta'] },
  lv: { ago: ['pirms # @'], units: ['sekundēm', 'sekundes', 'minūtēm', 'minūtes', 'min', 'stundām', 'stundas', 'st', 'dienām', 'dienas', 'nedēļām', 'nedēļas', 'mēnešiem', 'mēneša'], now: ['tikko'], label: ['publicēts', 'atjaunināts'] },
  et: { ago: ['# @ tagasi'], units: ['sekundit', 'minutit', 'minut', 'min', 'tundi', 'tund', 'h', 'päeva', 'päev', 'nädalat', 'nädal', 'kuud', 'kuu'], now: ['äsja'], label: ['avaldatud', 'uuendatud'] },
  tr: { ago: ['# @ önce'], units: ['saniye', 'dakika', 'dk', 'saat', 'sa', 'gün', 'hafta', 'ay'], now: ['az önce'], label: ['yayınlandı', 'güncellendi', 'güncelleme'] },
  ar: { ago: ['منذ (?:# )?@', 'قبل (?:# )?@'], units: ['ثوانٍ?', 'ثواني', 'ثانية', 'دقائق', 'دقيقة', 'دقيقتين', 'ساعات', 'ساعة', 'ساعتين', 'أيام', 'يوم', 'يومين', 'أسابيع', 'أسبوع', 'أشهر', 'شهر'], now: ['منذ لحظات'], label: ['نشر في', 'آخر تحديث', 'تم التحديث'] },
  fa: { ago: ['# @ (?:پیش|قبل)'], units: ['ثانیه', 'دقیقه', 'ساعت', 'روز', 'هفته', 'ماه'], now: ['لحظاتی پیش'], label: ['منتشر شده', 'به‌روزرسانی'] },
  he: { ago: ['לפני (?:# )?@'], units: ['שניות', 'דקות', 'דקה', 'שעות', 'שעתיים', 'שעה', 'ימים', 'יומיים', 'יום', 'שבועות', 'שבוע', 'חודשים', 'חודש'], now: ['לפני רגע'], label: ['פורסם', 'עודכן'] },
  hi: { ago: ['# @ पहले'], units: ['सेकंड', 'मिनट', 'घंटे', 'घंटा', 'दिन', 'हफ्ते', 'हफ़्ते', 'सप्ताह', 'महीने', 'महीना'], now: ['अभी अभी'], label: ['प्रकाशित', 'अपडेटेड', 'अपडेट'] },
  bn: { ago: ['# @ আগে'], units: ['সেকেন্ড', 'মিনিট', 'ঘণ্টা', 'ঘন্টা', 'দিন', 'সপ্তাহ', 'মাস'], label: ['প্রকাশিত', 'আপডেট'] },
  ur: { ago: ['# @ (?:پہلے|قبل)'], units: ['سیکنڈ', 'منٹ', 'گھنٹے', 'گھنٹہ', 'دن', 'ہفتے', 'ہفتہ', 'مہینے', 'ماہ'], label: ['شائع', 'اپ ڈیٹ'] },
  id: { ago: ['# @ (?:yang )?lalu'], units: ['detik', 'menit', 'jam', 'hari', 'minggu', 'bulan'], now: ['baru saja'], label: ['diperbarui', 'diterbitkan', 'dipublikasikan'] },
  ms: { ago: ['# @ (?:yang )?lalu'], units: ['saat', 'minit', 'jam', 'hari', 'minggu', 'bulan'], now: ['baru sahaja', 'sebentar tadi'], label: ['dikemas kini', 'diterbitkan'] },
  tl: { ago: ['# @ (?:na )?ang nakalipas'], units: ['segundo', 'minuto', 'oras', 'araw', 'linggo', 'buwan'], now: ['ngayon lang'] },
  vi: { ago: ['# @ trước'], units: ['giây', 'phút', 'giờ', 'ngày', 'tuần', 'tháng'], now: ['vừa xong', 'vừa mới'], label: ['cập nhật', 'đăng'] },
  th: { ago: ['# ?@ ?(?:ที่แล้ว|ก่อน)'], units: ['วินาที', 'นาที', 'ชั่วโมง', 'ชม\\.', 'วัน', 'สัปดาห์', 'เดือน'], now: ['เมื่อสักครู่'], label: ['เผยแพร่', 'อัปเดต'] },
  zh: { ago: ['# ?@前'], units: ['秒', '分钟', '分鐘', '小时', '小時', '天', '日', '周', '週', '星期', '个月', '個月'], now: ['刚刚', '剛剛'], label: ['发布于', '發佈於', '發布於', '更新于', '更新於', '发布', '發佈', '發布', '更新'] },
  ja: { ago: ['# ?@前'], units: ['秒', '分', '時間', '日', '週間', 'か月', 'ヶ月', 'カ月'], now: ['たった今'], label: ['公開', '更新'] },
  ko: { ago: ['# ?@ ?전'], units: ['초', '분', '시간', '일', '주', '개월', '달'], now: ['방금 전', '방금'], label: ['입력', '수정', '업데이트'] },
  sw: { ago: ['@ # (?:zilizopita|iliyopita|yaliyopita)'], units: ['sekunde', 'dakika', 'saa', 'masaa', 'siku', 'wiki', 'mwezi', 'miezi'], now: ['sasa hivi'], label: ['imechapishwa', 'imesasishwa'] },
};
// A number in the digits of the scripts above (Latin, Arabic-Indic, Persian, Devanagari, Bengali).
const TIME_NUMBER = '[0-9٠-٩۰-۹०-९০-৯]+';
// A relative time in the languages news sites print it in ("hace 2 horas", "för 2 timmar sedan",
// "před 3 hodinami", "2 órája", "3 天前").
const RELATIVE_ELSEWHERE = Object.values(TIME_WORDS)
  .flatMap(({ ago = [], units = [] }) =>
    ago.map((shape) => shape.replace('#', TIME_NUMBER).replace('@', `(?:${units.join('|')})\\.?`)),
  )
  .join('|');
const JUST_NOW = ['just now', ...allOf(TIME_WORDS, (w) => w.now)].join('|');
// The label before it ("Actualizado hace 2 horas", "Aktualisiert vor 2 Stunden").
const RELATIVE_LABEL = `(?:${allOf(TIME_WORDS, (w) => w.label).join('|')})`;
const TIMESTAMP = new RegExp(
  `^(?:(?:updated|published|posted|last updated|${RELATIVE_LABEL})\\s*:?\\s*)?(?:\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?)\\s+ago|just now|an? (?:minute|hour|day|week) ago|${RELATIVE_ELSEWHERE}|${JUST_NOW}|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5})?|\\d+\\s*min(?:ute)?s?\\s+read|reading time:?\\s*\\d+\\s*min(?:ute)?s?)\\.?$`,
  'iu',
);

// The first words TIMESTAMP's matches may open with, read from the pattern (updated, last, just,
// an, reading, and every word of TIME_WORDS that can open the line; a digit): a line opening with
// another ASCII word is none. One whose first word runs on above ASCII goes on to the pattern
// (/iu folds 'ſ' and the Kelvin sign onto s and k).
const TIMESTAMP_RUNS = firstRunsOf([TIMESTAMP]);

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
  text.length <= 60 && fitsRuns(firstWordKey(text), text, TIMESTAMP_RUNS) && TIMESTAMP.test(text);
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
const BROWSER_ACTION = /\b(?:update|upgrade|use|switch|enable|download|supported|support|accessible)\b/i;

/**
 * The browser notice's words by language (ISO 639-1; sr in both scripts), as regex fragments
 * under /iu, for the languages whose notice prints the word "browser" (one quick scan for
 * "wser" rules out the other lines; a scan for every language's own word, "navigateur",
 * "selain", "браузер", cost a tenth of a pass's time): `browser` the reader's browser ("Ihr
 * Browser", "je browser"), `status` what the notice says of it or asks ("wird nicht
 * unterstützt", "aktualisieren"). A notice holds both.
 */
// prettier-ignore
export const BROWSER_WORDS: Readonly<Record<string, { browser: readonly string[]; status: readonly string[] }>> = {
  de: { browser: ['(?:ihr|dein) (?:web)?browser'], status: ['nicht (?:mehr )?unterstützt', 'veraltet', 'aktualisieren', 'aktivieren'] },
  it: { browser: ['(?:il )?tuo browser'], status: ['non è (?:più )?supportato', 'obsoleto', 'aggiorna\\p{L}*', 'attiva\\p{L}*'] },
  nl: { browser: ['(?:je|uw) browser'], status: ['wordt niet (?:meer )?ondersteund', 'verouderd', 'bij te werken', 'bijwerken', 'update', 'inschakelen'] },
  da: { browser: ['din browser', 'browseren'], status: ['understøttes ikke', 'forældet', 'opdater', 'aktivér', 'aktiver'] },
  ro: { browser: ['browserul (?:dvs\\.?|dumneavoastră|tău)'], status: ['nu este (?:acceptat|suportat)', 'învechit', 'actualiza\\p{L}*', 'activa\\p{L}*'] },
  el: { browser: ['(?:το )?πρόγραμμα περιήγησής σας', 'ο browser σας'], status: ['δεν υποστηρίζεται', 'παλιό', 'ενημερώστε', 'ενεργοποιήστε'] },
  id: { browser: ['browser anda'], status: ['tidak didukung', 'usang', 'perbarui', 'aktifkan'] },
  tl: { browser: ['ang iyong browser'], status: ['hindi suportado', 'luma', 'i-update'] },
};
const LOCAL_BROWSER = new RegExp(allOf(BROWSER_WORDS, (w) => w.browser).join('|'), 'iu');
const LOCAL_BROWSER_STATUS = new RegExp(allOf(BROWSER_WORDS, (w) => w.status).join('|'), 'iu');

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
    if (text.length > 500 || text.includes('\n')) return null;
    // Reader-directed: names the reader's browser and asks to switch, update or enable.
    const word = BROWSER_PART.test(text) && BROWSER_WORD.test(text);
    if (word && BROWSER_NOTICE.test(text) && BROWSER_ACTION.test(text)) return {};
    // The other languages' notice: "Ihr Browser wird nicht mehr unterstützt".
    return word && LOCAL_BROWSER.test(text) && LOCAL_BROWSER_STATUS.test(text) ? {} : null;
  },
};
