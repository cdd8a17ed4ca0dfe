/**
 * Counters a page prints beside the article, left alone on their line by a scraper: how often
 * the story was viewed or read ("Views: 3 415", "Read 1,204 times", "Просмотров: 1205", "조회수
 * 1,234"), how many comments its discussion holds ("Discussion (118)", "Comments: 12", "💬 4"),
 * and an audio player's clock ("▶ 0:00 / 3:12").
 */
import type { BlockRule } from '../../rule.js';
import { firstWordKey } from '../../shape.js';
import { COMMENT_WORDS } from './chrome.js';
import { firstRunsOf, fitsRuns } from '../../pattern-gates.js';

/**
 * The view counter's shapes by language (ISO 639-1; sr in both scripts), as regex fragments
 * under /iu: `#` stands for the count ("3 415", "1,204", "2.3K", "٣٤٠"), `~` for an optional
 * colon with spaces around it ("Views: 12", "Просмотров 12", "阅读：12"). Each shape is the
 * whole line. A language whose wording we do not know has no entry.
 */
// prettier-ignore
export const VIEW_SHAPES: Readonly<Record<string, readonly string[]>> = {
  en: ['(?:total |page ?)?views?~#', 'reads~#', 'hits:\\s?#', '# (?:page ?)?views', '# reads', '(?:read|viewed) # times', '# times read'],
  de: ['(?:seiten)?aufrufe~#', 'zugriffe~#', 'gelesen~#', '# (?:seiten)?aufrufe', '# zugriffe', '(?:bereits )?# ?(?:mal|x) gelesen'],
  fr: ['vues~#', 'lectures~#', '# vues', '# lectures', '(?:lu|consulté) # fois'],
  es: ['(?:visitas|vistas|visualizaciones|lecturas)~#', '# (?:visitas|vistas|visualizaciones|lecturas)', '(?:leído|visto) # veces'],
  pt: ['(?:visualizações|leituras|acessos|visitas)~#', '# (?:visualizações|leituras|acessos)', '(?:lido|lida|visto|vista) # vezes'],
  it: ['(?:visualizzazioni|letture|visite)~#', '# (?:visualizzazioni|letture)', '(?:letto|visto) # volte'],
  nl: ['(?:weergaven|gelezen)~#', '# weergaven', '# ?(?:keer|x) gelezen'],
  sv: ['visningar~#', '# (?:visningar|läsningar)', 'läst # gånger'],
  no: ['visninger~#', '# visninger', 'lest # ganger'],
  da: ['visninger~#', '# visninger', 'læst # gange'],
  fi: ['(?:katselukerrat|lukukerrat)~#', '# (?:katselukertaa|lukukertaa)', 'luettu # kertaa'],
  pl: ['(?:wyświetle(?:nia|ń)|odsłony)~#', '# (?:wyświetle(?:nia|ń)|odsłon)', '(?:przeczytano|czytano) # razy'],
  cs: ['(?:počet )?zobrazení~#', 'přečteno~# ?(?:krát|×)?', '# zobrazení'],
  sk: ['(?:počet )?zobrazení~#', 'prečítané~# ?(?:krát|×)?', '# zobrazení'],
  sl: ['ogledi~#', '# ogledov', 'prebrano~#'],
  hr: ['(?:broj )?pregleda~#', '# pregleda', 'pročitano # puta'],
  bs: ['(?:broj )?pregleda~#', '# pregleda', 'pročitano # puta'],
  sr: ['(?:broj )?pregleda~#', '# pregleda', 'pročitano # puta', '(?:број )?прегледа~#', '# прегледа', 'прочитано # пута'],
  hu: ['megtekintés(?:ek)?(?: száma)?~#', 'olvasás(?:ok)?~#', '# megtekintés', '# olvasás'],
  ro: ['(?:vizualizări|afișări|accesări)~#', '# (?:vizualizări|afișări|accesări)', 'citit(?:ă)? de # ori'],
  bg: ['прегледи~#', '# прегледа', 'прочетена? # пъти'],
  el: ['(?:προβολές|αναγνώσεις)~#', '# (?:προβολές|αναγνώσεις)'],
  ru: ['просмотр(?:ов|ы)?~#', 'прочтений~#', '# просмотр(?:ов|а)?', 'прочитано~#(?: раза?)?'],
  uk: ['перегляд(?:ів|и)?~#', '# перегляд(?:ів|и)?', 'прочитано~#(?: раз(?:ів|и)?)?'],
  lt: ['peržiūr(?:os|ų)~#', '# peržiūr(?:os|ų)', 'skaityta # kart(?:ą|us|ų)'],
  lv: ['skatījumi~#', '# skatījumi', 'lasīts # reizes'],
  et: ['vaatamisi~#', '# vaatamist', 'loetud # korda'],
  tr: ['(?:okunma|görüntülenme)(?: sayısı)?~#', '# (?:okunma|görüntülenme)'],
  ar: ['(?:عدد )?(?:المشاهدات|مشاهدات|القراءات|قراءات)~#', '# (?:مشاهدة|قراءة)'],
  fa: ['(?:تعداد )?بازدید~#', '# بازدید'],
  he: ['צפיות~#', '# צפיות'],
  hi: ['व्यूज़?~#', '# व्यूज़?'],
  id: ['(?:dibaca|dilihat)~#(?: kali)?', '# kali dibaca'],
  ms: ['dibaca~#(?: kali)?', '# kali dibaca'],
  vi: ['lượt (?:xem|đọc)~#', '# lượt (?:xem|đọc)'],
  th: ['(?:ผู้)?เข้าชม~#(?: ?ครั้ง)?', 'ยอดวิว~#', 'อ่าน # ครั้ง'],
  zh: ['[阅閱][读讀](?:数|數|量|次数|次數)?~#', '(?:浏览|瀏覽|点击|點擊)(?:量|数|數|次数|次數)?~#', '# ?(?:次[阅閱][读讀]|人[阅閱][读讀]|次(?:浏览|瀏覽))'],
  ja: ['閲覧数~#', '# ?(?:回閲覧|pv)'],
  ko: ['조회(?:수)?~#', '# ?조회'],
};

/**
 * The discussion's labels that count only with their count in parentheses or after a colon
 * ("Discussion (118)", "Diskussion: 23", "Обсуждение (5)"), by language; the comment words of
 * COMMENT_WORDS count so too ("Comments: 12", "Kommentare: 3").
 */
// prettier-ignore
export const DISCUSSION_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['discussions?', 'reactions', 'opinions', 'responses', 'debate'],
  de: ['diskussion', 'leserkommentare', 'meinungen'],
  fr: ['discussion', 'débat', 'avis'],
  es: ['debate', 'opiniones', 'discusión'],
  pt: ['discussão', 'debate', 'opiniões'],
  it: ['discussione', 'opinioni'],
  nl: ['discussie'],
  sv: ['diskussion'],
  no: ['diskusjon'],
  da: ['diskussion', 'debat'],
  fi: ['keskustelu'],
  pl: ['dyskusja', 'opinie'],
  cs: ['diskuse', 'diskuze'],
  sk: ['diskusia'],
  sl: ['razprava'],
  hr: ['rasprava'],
  bs: ['rasprava'],
  sr: ['diskusija', 'дискусија'],
  hu: ['vita'],
  ro: ['discuții', 'discuție', 'dezbatere'],
  bg: ['дискусия', 'мнения'],
  el: ['συζήτηση'],
  ru: ['обсуждение', 'мнения'],
  uk: ['обговорення'],
  lt: ['diskusija'],
  lv: ['diskusija'],
  et: ['arutelu'],
  tr: ['tartışma'],
  ar: ['النقاش', 'نقاش'],
  fa: ['بحث'],
  he: ['דיון'],
  id: ['diskusi'],
  ms: ['perbincangan'],
  vi: ['thảo luận'],
  zh: ['[讨討][论論]'],
  ko: ['토론'],
  sw: ['mjadala'],
};

// A count: digits of any script, grouped by spaces, commas, dots or apostrophes ("3 415",
// "1,204", "12’000"), with a decimal part and a thousands letter ("2.3K", "1,2 тыс.", "1.5万").
const COUNT =
  "\\p{Nd}(?:[\\p{Nd} ,.\\u00a0\\u202f’']{0,12}\\p{Nd})?(?:\\s?(?:[kmb]|тыс\\.?|млн\\.?|rb|ribu|jt|만|万|萬|千))?\\+?";
const COLON = '\\s*[:：]?\\s*';
// An icon before the counter: an eye, a book, a chart.
const VIEW_ICON = '(?:[👁👀📖📈📊]\\ufe0f?\\s*)?';
// The shapes that open with the count ("3 415 views") share one count before their words: tried as
// alternatives of their own, each ran the count's backtracking again (≈ 60 shapes: several µs a
// line with a digit). The same lines match.
const VIEW_SHAPE_LIST = Object.values(VIEW_SHAPES).flat();
const expandShape = (shape: string): string => shape.replace('~', COLON).replace('#', COUNT);
const countFirst = VIEW_SHAPE_LIST.filter((shape) => shape.startsWith('#')).map((shape) => expandShape(shape.slice(1)));
const wordFirst = VIEW_SHAPE_LIST.filter((shape) => !shape.startsWith('#')).map(expandShape);
const VIEW_COUNTER = new RegExp(
  `^${VIEW_ICON}(?:${COUNT}(?:${countFirst.join('|')})${wordFirst.length > 0 ? `|${wordFirst.join('|')}` : ''})$`,
  'iu',
);

const commentWords = Object.values(COMMENT_WORDS).flatMap((w) => [...w.count, ...(w.heading ?? [])]);
const DISCUSSION = [...Object.values(DISCUSSION_LABELS).flat(), ...commentWords].join('|');
// "Discussion (118)", "Comments: 12", "Reactions [4]".
const DISCUSSION_COUNT = new RegExp(`^(?:${DISCUSSION})\\s*(?:\\(${COUNT}\\)|\\[${COUNT}\\]|[:：]\\s*${COUNT})$`, 'iu');
// A comment word and its count with no mark between: "Kommentare 12", "Комментарии 5".
const COMMENT_BARE = new RegExp(`^(?:${commentWords.join('|')})\\s+${COUNT}$`, 'iu');
const COMMENT_BARE_RUNS = firstRunsOf([COMMENT_BARE]);
// An icon and a count only: "💬 4", "🗨️ 31", "👁 2.3K".
const ICON_COUNT = new RegExp(`^[💬🗨🗩💭👁👀]\\ufe0f?\\s*${COUNT}$`, 'iu');

// The first words each pattern's matches may open with, read from the patterns (views, reads,
// aufrufe, visualizações, a digit, every label of the tables): a line opening with another ASCII
// word is none. One whose first word runs on above ASCII, or an icon, goes on to the patterns.
const VIEW_RUNS = firstRunsOf([VIEW_COUNTER]);
const DISCUSSION_RUNS = firstRunsOf([DISCUSSION_COUNT]);
// Every counter holds a digit of some script: a quick scan rules the other lines out.
const DIGIT = /\p{Nd}/u;
const MAX_COUNTER_LENGTH = 48;

/**
 * Rule `boilerplate/counter`: View, read and comment counters alone on a line ("Views: 3 415",
 * "Read 1,204 times", "Discussion (118)", "💬 4").
 *
 * @example
 * clean("The council met on Tuesday.\n\nViews: 3 415", { rules: [counterRule] }).text; // "The council met on Tuesday."
 */
export const counterRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/counter',
  category: 'boilerplate',
  description:
    'View, read and comment counters alone on a line ("Views: 3 415", "Read 1,204 times", "Discussion (118)", "💬 4")',
  maxLength: MAX_COUNTER_LENGTH,
  textOnly: true,
  match(block) {
    const { text } = block;
    if (text.length > MAX_COUNTER_LENGTH || !DIGIT.test(text)) return null;
    if (text.charCodeAt(0) >= 0xd800 && ICON_COUNT.test(text)) return {};
    const key = firstWordKey(text);
    return (fitsRuns(key, text, VIEW_RUNS) && VIEW_COUNTER.test(text)) ||
      (fitsRuns(key, text, DISCUSSION_RUNS) && DISCUSSION_COUNT.test(text)) ||
      (fitsRuns(key, text, COMMENT_BARE_RUNS) && COMMENT_BARE.test(text))
      ? {}
      : null;
  },
};

// An audio or video player's clock, its position and length: "0:00 / 3:12", "▶ 00:00 / 03:12",
// "▶ 1:05 / 12:40". Its position opens at zero or a play mark stands before it: a bare
// "2:15 / 4:30" may be a line of results.
const PLAYER_CLOCK =
  /^(?:[▶►⏵⏯]\ufe0f?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}|(?:0{1,2}:)?0{1,2}:00)\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
const MAX_CLOCK_LENGTH = 24;

/**
 * Rule `boilerplate/player-clock`: An audio or video player's clock alone on a line ("▶ 0:00 / 3:12").
 *
 * @example
 * clean("The council met on Tuesday.\n\n0:00 / 3:12", { rules: [playerClockRule] }).text; // "The council met on Tuesday."
 */
export const playerClockRule: BlockRule = {
  type: 'block',
  id: 'boilerplate/player-clock',
  category: 'boilerplate',
  description: 'An audio or video player\'s clock alone on a line ("▶ 0:00 / 3:12")',
  maxLength: MAX_CLOCK_LENGTH,
  textOnly: true,
  match(block) {
    const { text } = block;
    return text.length <= MAX_CLOCK_LENGTH && text.includes('/') && PLAYER_CLOCK.test(text) ? {} : null;
  },
};
