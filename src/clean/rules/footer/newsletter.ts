/**
 * footer/newsletter — newsletter, subscription and donation calls: "Sign up for our daily
 * briefing", "Subscribe now", "Support independent journalism", "Download our app",
 * "Register now for FREE unlimited access to …", and the sign-up box's fine print ("By
 * signing up, you agree to our Terms …", "You can unsubscribe at any time"), the offer with
 * its price ("Subscribe to Example Plus for €1", "… to read the e-paper"), the box that names
 * the newsletter ('Our newsletter "Morning Brief": …'), the sign-up call in other languages
 * ("Iscriviti alla newsletter", "Abonnez-vous à notre infolettre") and the paywall's line
 * ("Article reserved for subscribers", "Read the rest for €1").
 */
import type { BlockRule } from '../../rule.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';
import { isWhitespace } from '../../../core/word-scan.js';
import { UNKEYED_WORD, firstWordKey, firstWordsOf, opensWithKeyOf } from '../../shape.js';
import { OpeningGate } from '../../pattern-gates.js';

const MAX_LENGTH = 500;
// A donation call asks for the outlet ("Donate now", "Please donate to support our reporting"):
// "Donate blood at the Red Cross center" is news.
const CALL =
  /^(?:(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletter|briefing|alerts?|updates|digest|inbox|email)s?\b.{0,80}|subscribe(?: now| today| here)?[.!]?|(?:please )?donate(?: now| today| here)?[.!]?|(?:please )?(?:donate|give)\b.{0,120}\b(?:us|our|journalism|reporting|newsroom)\b.{0,80}|(?:please )?support (?:us|our (?:work|journalism|reporting)|independent journalism|quality journalism)\b.{0,120}|become a (?:member|subscriber|supporter)\b.{0,100}|(?:download|get|install) (?:the|our) .{0,40}\bapp\b.{0,80}|already a subscriber\?.{0,60}|you have read \d+ .{0,80}|this (?:article|content) is (?:for|available to) (?:subscribers|members) only.{0,60}|(?:register|sign up|sign in|log in|subscribe)(?: now| today| here)?(?: for| to get| to gain| to read| to unlock| to continue)\b.{0,60}\b(?:unlimited|free|full|complete) access\b.{0,80})$/i;

// The sign-up box's fine print and its answers: "By signing up, you agree to our Terms …",
// "You can unsubscribe at any time", "Thanks for reading X! Subscribe for free …", "We use your
// sign-up to provide content …", "Check your inbox".
const FINE_PRINT =
  /^(?:by (?:signing up|subscribing|registering|clicking [^,.]{1,30}|submitting [^,.]{1,30}|entering your e-?mail[^,.]{0,20}),? you (?:agree|acknowledge|consent|confirm)\b.{0,300}|you (?:can|may) unsubscribe (?:at any time|anytime)\b.{0,200}|thanks? (?:you )?for (?:reading|signing up|subscribing)\b[^.!]{0,80}[.!]\s*subscribe\b.{0,200}|thanks? (?:you )?for (?:signing up|subscribing)[.!]?|we use your sign-?up to\b.{0,300}|check your inbox\b.{0,120}|enter your e-?mail(?: address)?(?: here| below)?[.:]?)$/i;

// A subscription offer with its price or its reward: "Subscribe to Example Plus for €1",
// "Subscribe to Example Plus to get access to …", "Abonnez-vous à X pour 1 €".
const OFFER =
  /^(?:subscribe(?: now| today)? to|abonnez-vous à|suscr[íi]bete a|assine(?: o| a)?|abonnieren sie|abbonati a)\s.{1,60}?\s(?:(?:for|pour|por|für|per|from|dès|desde|a partir de|ab)\s+(?:only |just |seulement |solo |nur )?(?:[\d€$£¥]|R\$)|to (?:get|gain|have|enjoy|unlock|continue|read)\b.{0,30}\b(?:access|reading|articles|stories|content|journalism|e-?paper|e-edition|(?:digital|print|replica) edition))/iu;
// The newsletter's box naming it: 'Our newsletter "Morning Brief": every morning, the
// essentials …', "Notre newsletter « … »", "Unser Newsletter: …".
const NEWSLETTER_BOX =
  /^(?:our|notre|nuestro|nuestra|unser|unsere|la nostra|nossa|a nossa) (?:(?:free|daily|weekly|morning|evening|gratuite?|quotidienne?|gratis|gratuito|diario|täglicher|kostenloser)\s+)?(?:newsletters?|boletín|boletim)\b\s*[:"“«„‹'‘]/iu;
// The sign-up call in the other languages of the news, by language (ISO 639-1): [the imperatives
// that open it, the newsletter's names]. The name follows within a few words, perhaps inflected
// ("Iscriviti alla newsletter di Example", "Abonnez-vous à notre infolettre", "Tilaa Example
// -uutiskirje", "Přihlaste se k odběru newsletteru", "Подпишитесь на нашу рассылку").
// prettier-ignore
export const NEWSLETTER_CALLS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, verbs: readonly string[], names: readonly string[]]> = [
  ['de', ['melden sie sich', 'melde dich', 'abonnieren sie', 'abonniere', 'registrieren sie sich', 'jetzt'], ['newsletter']],
  ['fr', ['inscrivez-vous', 'abonnez-vous', 'inscris-toi', 'abonne-toi', 'recevez'], ['newsletter', 'infolettre', "lettre d'information", 'lettre d’information']],
  ['es', ['inscríbete', 'suscríbete', 'suscribite', 'regístrate', 'recibe', 'apúntate'], ['newsletter', 'boletín']],
  ['pt', ['assine', 'inscreva-se', 'cadastre-se', 'receba', 'subscreva'], ['newsletter', 'boletim']],
  ['it', ['iscriviti', 'abbonati', 'ricevi'], ['newsletter']],
  ['nl', ['schrijf je in', 'abonneer je', 'meld je aan', 'ontvang'], ['nieuwsbrief']],
  ['sv', ['prenumerera', 'anmäl dig', 'registrera dig', 'få'], ['nyhetsbrev']],
  ['no', ['abonner', 'meld deg på', 'registrer deg', 'få'], ['nyhetsbrev']],
  ['da', ['tilmeld dig', 'abonnér', 'abonner', 'få'], ['nyhedsbrev']],
  ['fi', ['tilaa', 'liity'], ['uutiskirje']],
  ['is', ['skráðu þig', 'skráðu þig á'], ['fréttabréf', 'póstlista']],
  ['pl', ['zapisz się', 'zapisz', 'subskrybuj', 'zamów'], ['newsletter', 'biuletyn']],
  ['cs', ['přihlaste se', 'přihlas se', 'odebírejte', 'objednejte si', 'registrujte se'], ['newsletter', 'zpravodaj']],
  ['sk', ['prihláste sa', 'odoberajte', 'objednajte si', 'registrujte sa'], ['newsletter']],
  ['sl', ['naročite se', 'prijavite se'], ['e-novic', 'novičnik', 'newsletter']],
  ['hr', ['pretplatite se', 'prijavite se'], ['newsletter', 'bilten']],
  ['sr', ['pretplatite se', 'prijavite se', 'претплатите се', 'пријавите се'], ['newsletter', 'bilten', 'билтен', 'њузлетер']],
  ['bs', ['pretplatite se', 'prijavite se'], ['newsletter', 'bilten']],
  ['hu', ['iratkozzon fel', 'iratkozz fel', 'fizessen elő'], ['hírlevel']],
  ['ro', ['abonează-te', 'abonați-vă', 'înscrie-te', 'înscrieți-vă'], ['newsletter']],
  ['bg', ['абонирайте се', 'абонирай се', 'запишете се'], ['бюлетин']],
  ['el', ['εγγραφείτε', 'γραφτείτε', 'κάντε εγγραφή'], ['newsletter', 'ενημερωτικό δελτίο']],
  ['ru', ['подпишитесь', 'подписывайтесь', 'оформите подписку'], ['рассылк', 'newsletter']],
  ['uk', ['підпишіться', 'підписуйтесь', 'підписуйтеся'], ['розсилк']],
  ['lt', ['užsiprenumeruokite', 'prenumeruokite', 'užsisakykite'], ['naujienlaišk']],
  ['lv', ['piesakies', 'piesakieties', 'abonē'], ['jaunumu vēstul', 'jaunumiem']],
  ['et', ['telli', 'liitu'], ['uudiskir']],
  ['ar', ['اشترك', 'اشتركوا', 'سجل'], ['النشرة', 'نشرتنا']],
  ['he', ['הירשמו', 'הרשמו', 'הצטרפו'], ['ניוזלטר', 'לניוזלטר']],
  ['id', ['berlangganan', 'daftar', 'langganan'], ['newsletter', 'buletin']],
  ['ms', ['langgan', 'daftar'], ['newsletter', 'surat berita', 'buletin']],
  ['tl', ['mag-subscribe'], ['newsletter']],
  ['vi', ['đăng ký'], ['bản tin']],
  ['sw', ['jiandikishe', 'jisajili'], ['jarida']],
];
// The calls whose verb closes them: "Bültenimize abone olun", "खबरों के लिए न्यूज़लेटर सब्सक्राइब करें",
// "ニュースレターに登録", "뉴스레터 구독하기", "订阅电子报": the newsletter's name first, then the verb.
// prettier-ignore
export const NEWSLETTER_NAME_FIRST_BY_LANGUAGE: ReadonlyArray<readonly [language: string, names: readonly string[], verbs: readonly string[]]> = [
  ['tr', ['e-bülten', 'bülten', 'haber bülten'], ['abone ol', 'kaydol', 'üye ol']],
  ['fa', ['خبرنامه'], ['عضو شوید', 'مشترک شوید', 'عضویت']],
  ['hi', ['न्यूज़लेटर', 'न्यूजलेटर'], ['सब्सक्राइब', 'साइन अप', 'सदस्यता']],
  ['bn', ['নিউজলেটার'], ['সাবস্ক্রাইব', 'সাইন আপ']],
  ['ur', ['نیوز لیٹر'], ['سبسکرائب']],
  ['ja', ['ニュースレター', 'メールマガジン', 'メルマガ'], ['登録', '購読']],
  ['ko', ['뉴스레터'], ['구독', '신청']],
  ['zh', ['电子报', '電子報', '新闻通讯', '新聞通訊', 'newsletter'], ['订阅', '訂閱']],
  ['th', ['จดหมายข่าว'], ['สมัคร', 'รับ']],
];
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]): string =>
  [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegex(word).replace(/ /g, '\\s'))
    .join('|');
const FOREIGN_CALL = new RegExp(
  `^(?:${alternation(NEWSLETTER_CALLS_BY_LANGUAGE.flatMap(([, verbs]) => verbs))})(?![\\p{L}\\p{M}]).{0,60}?(?<![\\p{L}\\p{M}])(?:${alternation(NEWSLETTER_CALLS_BY_LANGUAGE.flatMap(([, , names]) => names))})\\p{L}{0,6}(?![\\p{L}\\p{M}]).{0,100}$`,
  'iu',
);
// Name first: in the scripts written without spaces the verb may follow the name at once, or a
// particle between ("に登録", "को सब्सक्राइब").
const NAME_FIRST_CALL = new RegExp(
  `^.{0,40}?(?:${alternation(NEWSLETTER_NAME_FIRST_BY_LANGUAGE.flatMap(([, names]) => names))}).{0,30}?(?:${alternation(NEWSLETTER_NAME_FIRST_BY_LANGUAGE.flatMap(([, , verbs]) => verbs))}).{0,60}$`,
  'iu',
);
// Characters one of the names above holds (its first), as a scan before NAME_FIRST_CALL.
const NAME_FIRST_MARK = new RegExp(
  `[${[...new Set(NEWSLETTER_NAME_FIRST_BY_LANGUAGE.flatMap(([, names]) => names.map((name) => name[0]!)))].join('')}]`,
  'u',
);
// The outlet's call for support or for subscribers, by language: "Support independent journalism",
// "Unterstützen Sie unabhängigen Journalismus", "Devenez abonné", "Staňte se předplatitelem",
// "Támogassa a független újságírást!", perhaps after "If you liked this article, …".
// prettier-ignore
export const SUPPORT_CALLS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, calls: readonly string[]]> = [
  ['en', ['support independent journalism', 'support quality journalism', 'support our journalism', 'support us', 'become a subscriber', 'become a member', 'become a supporter']],
  ['de', ['unterstützen sie unabhängigen journalismus', 'unterstützen sie unseren journalismus', 'unterstützen sie uns', 'unterstütze uns', 'werden sie abonnent', 'jetzt abonnieren']],
  ['fr', ['soutenez le journalisme indépendant', 'soutenez notre journalisme', 'soutenez-nous', 'soutenez notre rédaction', 'devenez abonné', 'abonnez-vous']],
  ['es', ['apoya el periodismo independiente', 'apoya el periodismo de calidad', 'apóyanos', 'hazte socio', 'hazte suscriptor', 'suscríbete']],
  ['pt', ['apoie o jornalismo independente', 'apoie o jornalismo de qualidade', 'apoie-nos', 'torne-se assinante', 'seja assinante', 'assine já']],
  ['it', ['sostieni il giornalismo indipendente', 'sostieni il giornalismo di qualità', 'sostienici', 'abbonati ora', 'abbonati subito']],
  ['nl', ['steun onafhankelijke journalistiek', 'steun onze journalistiek', 'steun ons', 'word abonnee', 'word lid']],
  ['sv', ['stöd oberoende journalistik', 'stöd vår journalistik', 'bli prenumerant', 'bli medlem']],
  ['no', ['støtt uavhengig journalistikk', 'støtt vår journalistikk', 'bli abonnent']],
  ['da', ['støt uafhængig journalistik', 'støt vores journalistik', 'bliv abonnent', 'bliv medlem']],
  ['fi', ['tue riippumatonta journalismia', 'tue journalismiamme', 'ryhdy tilaajaksi', 'tilaa nyt']],
  ['pl', ['wesprzyj niezależne dziennikarstwo', 'wesprzyj nas', 'zostań subskrybentem', 'zostań patronem']],
  ['cs', ['podpořte nezávislou žurnalistiku', 'podpořte nezávislé novinářství', 'podpořte nás', 'staňte se předplatitelem']],
  ['sk', ['podporte nezávislú žurnalistiku', 'podporte nás', 'staňte sa predplatiteľom']],
  ['sl', ['podprite neodvisno novinarstvo', 'podprite nas', 'postanite naročnik']],
  ['hr', ['podržite neovisno novinarstvo', 'podržite nezavisno novinarstvo', 'podržite nas', 'postanite pretplatnik']],
  ['sr', ['podržite nezavisno novinarstvo', 'podržite nas', 'подржите независно новинарство', 'подржите нас']],
  ['hu', ['támogassa a független újságírást', 'támogasd a független újságírást', 'támogasson minket', 'támogass minket', 'legyen előfizetőnk', 'fizessen elő']],
  ['ro', ['susține jurnalismul independent', 'susțineți jurnalismul independent', 'susține-ne', 'susțineți-ne', 'abonează-te']],
  ['bg', ['подкрепете независимата журналистика', 'подкрепете ни', 'абонирайте се']],
  ['el', ['στηρίξτε την ανεξάρτητη δημοσιογραφία', 'στηρίξτε μας', 'γίνετε συνδρομητής']],
  ['ru', ['поддержите независимую журналистику', 'поддержите нас', 'поддержите редакцию', 'оформите подписку']],
  ['uk', ['підтримайте незалежну журналістику', 'підтримайте нас', 'підтримайте редакцію', 'оформіть підписку']],
  ['lt', ['paremkite nepriklausomą žurnalistiką', 'paremkite mus', 'tapkite prenumeratoriumi']],
  ['lv', ['atbalsti neatkarīgo žurnālistiku', 'atbalstiet neatkarīgo žurnālistiku', 'atbalsti mūs', 'atbalstiet mūs']],
  ['et', ['toeta sõltumatut ajakirjandust', 'toetage sõltumatut ajakirjandust', 'toeta meid', 'hakka tellijaks']],
  ['tr', ['bağımsız gazeteciliği destekleyin', 'bizi destekleyin', 'abone olun']],
  ['ar', ['ادعم الصحافة المستقلة', 'ادعمونا', 'ادعمنا']],
  ['he', ['תמכו בעיתונות עצמאית', 'תמכו בנו', 'הצטרפו כמנויים']],
  ['id', ['dukung jurnalisme independen', 'dukung kami', 'jadilah pelanggan']],
  ['sw', ['tuunge mkono']],
];
// The reader's liking before the call: "If you liked this article, …", "Ha tetszett a cikk, …".
// prettier-ignore
export const IF_LIKED_BY_LANGUAGE: ReadonlyArray<readonly [language: string, openings: readonly string[]]> = [
  ['en', ['if you liked', 'if you enjoyed', 'if you value', 'if you appreciate', 'did you enjoy', 'enjoyed this']],
  ['de', ['hat ihnen', 'hat dir', 'wenn ihnen', 'wenn dir', 'gefällt ihnen']],
  ['fr', ['vous avez aimé', 'si vous avez aimé', 'cet article vous a plu', 'si cet article vous a plu']],
  ['es', ['si te gustó', 'si te ha gustado', 'te gustó', 'si valoras']], ['pt', ['se você gostou', 'gostou d', 'se gostou']],
  ['it', ['se ti è piaciuto', 'ti è piaciuto', 'se apprezzi']], ['nl', ['vond je dit', 'vond u dit', 'waardeert u']],
  ['sv', ['gillade du', 'om du gillade', 'uppskattar du']], ['no', ['likte du', 'hvis du likte', 'setter du pris på']],
  ['da', ['kunne du lide', 'hvis du kunne lide', 'sætter du pris på']],
  ['fi', ['pidititkö', 'piditkö']], ['pl', ['podobał ci się', 'jeśli podobał', 'jeśli cenisz']],
  ['cs', ['líbil se vám', 'pokud se vám', 'líbí se vám']], ['sk', ['páčil sa vám', 'ak sa vám']],
  ['hr', ['svidio vam se', 'ako vam se']], ['sr', ['svideo vam se', 'ako vam se']], ['hu', ['ha tetszett', 'tetszett a cikk', 'ha fontos']],
  ['ro', ['dacă v-a plăcut', 'dacă ți-a plăcut', 'v-a plăcut']], ['ru', ['если вам понравил', 'вам понравил']],
  ['uk', ['якщо вам сподобал', 'вам сподобал']], ['pl', ['jeżeli podobał']],
];
const IF_LIKED = `(?:(?:${alternation(IF_LIKED_BY_LANGUAGE.flatMap(([, openings]) => openings))})[^.!?]{0,80}[,.!?:–—-]\\s*)?`;
const SUPPORT_CALL = new RegExp(
  `^${IF_LIKED}(?:please\\s)?(?:${alternation(SUPPORT_CALLS_BY_LANGUAGE.flatMap(([, calls]) => calls))})(?![\\p{L}\\p{M}])[^?]{0,120}$`,
  'iu',
);
// The app call, by language: "Download our app", "Last ned appen vår", "Stáhněte si naši aplikaci";
// it may follow what the app gives ("Få varsel når … – last ned appen").
// prettier-ignore
export const APP_CALLS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, calls: readonly string[]]> = [
  ['en', ['download our app', 'download the app', 'get our app', 'get the app', 'install our app', 'install the app']],
  ['de', ['laden sie unsere app', 'laden sie die app', 'lade dir die app', 'jetzt die app', 'app herunterladen']],
  ['fr', ["téléchargez notre application", "téléchargez l'application", 'téléchargez l’application', "téléchargez l'appli", 'téléchargez notre appli']],
  ['es', ['descarga nuestra app', 'descarga la app', 'descargá la app', 'descarga nuestra aplicación', 'descarga la aplicación']],
  ['pt', ['baixe o app', 'baixe nosso app', 'baixe o aplicativo', 'descarregue a aplicação', 'descarregue a app']],
  ['it', ["scarica l'app", 'scarica l’app', 'scarica la nostra app']], ['nl', ['download onze app', 'download de app']],
  ['sv', ['ladda ner appen', 'ladda ned appen', 'ladda ner vår app']], ['no', ['last ned appen', 'last ned vår app']],
  ['da', ['hent appen', 'download appen', 'hent vores app']], ['fi', ['lataa sovellus', 'lataa sovelluksemme', 'lataa maksuton sovellus']],
  ['is', ['sæktu appið']], ['pl', ['pobierz aplikację', 'pobierz naszą aplikację']],
  ['cs', ['stáhněte si aplikaci', 'stáhněte si naši aplikaci', 'stáhni si aplikaci']], ['sk', ['stiahnite si aplikáciu', 'stiahnite si našu aplikáciu']],
  ['sl', ['prenesite aplikacijo', 'naložite si aplikacijo']], ['hr', ['preuzmite aplikaciju', 'preuzmite našu aplikaciju', 'skinite aplikaciju']],
  ['sr', ['preuzmite aplikaciju', 'преузмите апликацију']], ['hu', ['töltse le az alkalmazást', 'töltsd le az alkalmazást', 'töltse le applikációnkat', 'töltse le alkalmazásunkat']],
  ['ro', ['descarcă aplicația', 'descărcați aplicația']], ['bg', ['изтеглете приложението', 'изтеглете нашето приложение']],
  ['el', ['κατεβάστε την εφαρμογή']], ['ru', ['скачайте приложение', 'скачайте наше приложение', 'установите приложение']],
  ['uk', ['завантажте застосунок', 'завантажте додаток', 'завантажуйте наш застосунок']], ['lt', ['atsisiųskite programėlę']],
  ['lv', ['lejupielādē lietotni', 'lejupielādējiet lietotni']], ['et', ['laadi alla äpp', 'laadige alla äpp', 'laadi alla rakendus']],
  ['tr', ['uygulamamızı indirin', 'uygulamayı indirin']], ['ar', ['حمّل تطبيق', 'حمل تطبيق', 'نزّل تطبيق', 'حملوا تطبيق']],
  ['he', ['הורידו את האפליקציה']], ['id', ['unduh aplikasi', 'download aplikasi']], ['ms', ['muat turun aplikasi']],
  ['vi', ['tải ứng dụng', 'tải app']], ['sw', ['pakua programu', 'pakua app']],
];
const APP_CALL = new RegExp(
  `^(?:[^.!?]{0,80}?\\s[–—-]\\s)?(?:${alternation(APP_CALLS_BY_LANGUAGE.flatMap(([, calls]) => calls))})(?![\\p{L}\\p{M}]).{0,100}$`,
  'iu',
);
// A word of the app's name each of the calls holds ("app", "aplik", "sovellu", "приложени", …), as
// a scan before APP_CALL, whose dash clause may open the line with any words.
const APP_WORD =
  /app|aplik|plica|sovellu|alkalmaz|приложени|застосун|додаток|εφαρμογ|programėl|lietotn|rakendus|uygulama|تطبيق|אפליקציה|ứng dụng|programu|апликациј/iu;
// A paywall's line: "Article reserved for subscribers – read the rest for €1", "Article réservé
// aux abonnés", "Contenido exclusivo para suscriptores", "Read the rest of this article for $1".
const PAYWALL =
  /^(?:(?:this )?(?:article|story|content) (?:(?:is )?(?:reserved|exclusive) (?:for|to)|(?:is )?only for) (?:our )?(?:subscribers|members|premium (?:subscribers|members))|(?:article|contenu) (?:réservé|exclusif) (?:aux|pour les) abonnés|(?:artículo|contenido|art[íi]culo) (?:exclusivo|reservado) para (?:suscriptores|socios|abonados)|(?:matéria|conteúdo|reportagem) exclusiv[ao] para assinantes|(?:articolo|contenuto) riservato agli abbonati|(?:nur )?für (?:abonnenten|abonnentinnen und abonnenten)|(?:read|continue reading|unlock) the (?:rest|full (?:article|story))(?: of (?:this|the) (?:article|story))? for\s+(?:only |just )?(?:[\d€$£¥]|R\$)[^.!?]{0,60})[.!]?(?:\s?[—–|:-]\s?.{0,120})?$/iu;
// Each pattern with the first words its alternatives open with, each followed by a non-letter
// ("abonnez" of "abonnez-vous"): a line whose first word (keyed as firstWordKey keys it) is none
// of a pattern's is not given to it. A word with a letter above ASCII ("suscríbete", "für") or of
// more than ten letters ("registrieren") is not keyed, and goes to every pattern.
// prettier-ignore
const PATTERNS: ReadonlyArray<readonly [firstWords: string, pattern: RegExp]> = [
  ['sign subscribe register please donate give support become download get install already you this log', CALL],
  ['by you thanks thank we check enter', FINE_PRINT],
  ['subscribe abonnez suscribete assine abonnieren abbonati', OFFER],
  ['our notre nuestro nuestra unser unsere la nossa a', NEWSLETTER_BOX],
  [firstWordsIn(NEWSLETTER_CALLS_BY_LANGUAGE.flatMap(([, verbs]) => verbs)), FOREIGN_CALL],
  [firstWordsIn([...IF_LIKED_BY_LANGUAGE, ...SUPPORT_CALLS_BY_LANGUAGE].flatMap(([, openings]) => openings).concat('please')), SUPPORT_CALL],
  ['this article story content contenu contenido articulo reportagem articolo contenuto nur read continue unlock', PAYWALL],
];
// The first words of phrases, space-separated, as firstWordsOf takes them: each phrase's first run of
// letters (a word with a letter above ASCII gets no key, and its lines go to the pattern).
function firstWordsIn(phrases: readonly string[]): string {
  return [...new Set(phrases.map((phrase) => /^\p{L}+/u.exec(phrase)![0]))].join(' ');
}
const APP_FIRST = firstWordsOf(firstWordsIn(APP_CALLS_BY_LANGUAGE.flatMap(([, calls]) => calls)));
const GATED = PATTERNS.map(([words, pattern]) => [firstWordsOf(words), pattern] as const);
// Every pattern's first words: a line whose keyed first word is none of them goes to none.
const ANY_FIRST = firstWordsOf([...new Set(PATTERNS.flatMap(([words]) => words.split(' ')))].join(' '));
// A line whose first word is not keyed goes to the patterns that may open with its first character.
const OPENINGS = new OpeningGate(PATTERNS.map(([, pattern]) => pattern));

// True when APP_CALL may match after its dash clause: a dash between spaces at most 80
// characters in, after no . ! or ?, and a first word of the calls after it (APP_CALL's
// [^.!?]{0,80}?\s[–—-]\s). A line whose first word is none of theirs matches only so.
function appCallAfterDash(text: string): boolean {
  const end = Math.min(text.length - 1, 82);
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return false;
    if (
      (c === 0x2d || c === 0x2013 || c === 0x2014) &&
      isWhitespace(text.charCodeAt(i - 1)) &&
      isWhitespace(text.charCodeAt(i + 1)) &&
      opensWithKeyOf(firstWordKey(text.slice(i + 2)), APP_FIRST)
    )
      return true;
  }
  return false;
}
/**
 * Rule `footer/newsletter`: Newsletter, subscription, donation and app calls. A call a
 * reporter quotes ("Become a member of the Friends of the Library, the group said.") is the
 * story's, and stays.
 *
 * @example
 * clean("Putin spoke.\n\nSign up for our daily briefing newsletter", { rules: [newsletterRule] }).text; // "Putin spoke."
 */
export const newsletterRule: BlockRule = {
  type: 'block',
  id: 'footer/newsletter',
  category: 'footer',
  description: 'Newsletter, subscription, donation and app calls',
  maxLength: MAX_LENGTH,
  textOnly: true,
  match(block) {
    const { text } = block;
    if (text.length > MAX_LENGTH) return null;
    const first = firstWordKey(text);
    let call = false;
    if (first === UNKEYED_WORD) {
      const mask = OPENINGS.mask(text);
      for (let k = 0; k < GATED.length && !call; k++) call = (mask & (1 << k)) !== 0 && GATED[k]![1].test(text);
    } else if (ANY_FIRST.has(first)) {
      for (let k = 0; k < GATED.length && !call; k++) {
        const [words, pattern] = GATED[k]!;
        call = words.has(first) && pattern.test(text);
      }
    }
    if (!call && first === UNKEYED_WORD && NAME_FIRST_MARK.test(text)) call = NAME_FIRST_CALL.test(text);
    if (
      !call &&
      text.length <= 250 &&
      (opensWithKeyOf(first, APP_FIRST) ||
        ((text.includes(' – ') || text.includes(' — ') || text.includes(' - ')) && appCallAfterDash(text))) &&
      APP_WORD.test(text)
    )
      call = APP_CALL.test(text);
    return call && !endsWithAttribution(text) ? {} : null;
  },
};
