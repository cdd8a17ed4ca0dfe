/**
 * footer/copyright — copyright and reuse notices closing an article: "Copyright 2021 The
 * Associated Press. All rights reserved.", followed or not by a reuse ban, "© 2021
 * Reuters. All rights reserved.", "(c) 2022 Example Media Ltd". A sentence that starts
 * with the word ("Copyright lawyers said …") has no year, mark or rights clause, and stays. A
 * short line ending in "all rights reserved" (in any of the languages below) is the notice too,
 * and so is one that opens with the clause and goes on to forbid reuse ("All rights reserved.
 * No part of this page may be copied …") or forbids reproduction after the mark ("Copyright ⓒ X. Unauthorized
 * reproduction prohibited"), forbids its use to train AI ("Ⓒ X, AI training use prohibited"), or
 * prints the clause first and the mark after ("All rights reserved to X © 2024", "Riproduzione
 * riservata ©"). The reuse ban alone goes in other languages too ("Prohibida su reproducción …"),
 * and so does the publisher's registration line ("X Ltd, registered in Ireland No. 123456").
 */
import type { BlockRule } from '../../rule.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';
import { UNKEYED_WORD, firstWordKey, firstWordsOf, opensWithKeyOf } from '../../shape.js';
import { OpeningGate } from '../../pattern-gates.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 500;

// The copyright marks: ©, the circled c of Korean and Japanese sites (ⓒ, Ⓒ), "(c)".
const MARK = '(?:[©ⓒⒸ]|\\(c\\))';
// What the notice says besides the year: rights reserved, or reproduction forbidden
// ("Unauthorized reproduction and redistribution prohibited", "may not be reproduced … without
// permission"), or its use to train AI forbidden ("AI learning use prohibited", "No AI training").
const REUSE_CLAUSE =
  '(?:all rights reserved|(?:ai|artificial intelligence|machine learning|text and data mining)\\b.{0,40}\\b(?:prohibited|forbidden|not permitted|banned)|no (?:ai|artificial intelligence) (?:training|learning|use)|unauthori[sz]ed (?:reproduction|copying|use|redistribution)|(?:reproduction|redistribution|republication|copying)\\b.{0,80}\\b(?:prohibited|forbidden|not permitted)|may not be (?:re)?(?:produced|published|copied|distributed|broadcast)|without (?:the )?(?:prior |express )*(?:written )?(?:permission|consent|authori[sz]ation))';
const NOTICE = new RegExp(
  `^(?:${MARK}|copyright\\b)\\s*(?:${MARK}\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\b.{0,400}|.{0,200}\\b${REUSE_CLAUSE}\\b.{0,300})$`,
  'iu',
);
// A notice that opens with its clause and forbids reuse: "All rights reserved. This material, and
// other digital content on this website, may not be reproduced …", "This material may not be
// published, broadcast, rewritten or redistributed."
const CLAUSE_FIRST =
  /^(?:all rights reserved[.,;]?\s.{0,200}?\b(?:may not be|without (?:the )?(?:prior |express )*(?:written )?permission|(?:permitted|allowed) only (?:with|by)|only (?:with|by) (?:the )?(?:prior |express )*(?:written )?(?:permission|consent))\b.{0,300}|this (?:material|content)(?:, [^,]{1,80},)? may not be (?:re)?(?:produced|published|copied|distributed|broadcast)\b.{0,300})$/iu;
// The reuse ban alone: "Reproduction in whole or in part without permission is prohibited.",
// "Unauthorized copying or redistribution of this content is strictly prohibited."
const BAN_ALONE =
  /^(?:any |unauthori[sz]ed |the )*(?:reproduction|republication|redistribution|copying)(?:(?:,| and| or) (?:reproduction|republication|redistribution|distribution|copying|use))*(?: (?:of|in) (?:this|these|our|the) (?:article|content|material|site|website|page|text)s?)?(?: in whole or in part| without (?:the )?(?:prior |express )*(?:written )?(?:permission|consent|authori[sz]ation)(?: of [^.,]{1,60})?)*,? (?:is |are )?(?:strictly )?(?:prohibited|forbidden|not permitted|not allowed)(?: without (?:the )?(?:prior |express )*(?:written )?(?:permission|consent|authori[sz]ation)(?: of [^.,]{1,60})?)?\.?$/iu;
// The same ban in other languages, by language (ISO 639-1): [its first words, its opening]: "Prohibida
// su reproducción total o parcial", "Proibida a reprodução sem autorização", "È vietata la
// riproduzione", "Toute reproduction interdite", "Nachdruck nur mit Genehmigung", "Kopiowanie …
// bez zgody … zabronione", "Απαγορεύεται η αναδημοσίευση …". Each opening names the copying of
// the outlet's material and the ban or the permission it needs, so a story's sentence about a ban
// ("Fishing is prohibited …") is none of them.
// prettier-ignore
export const REUSE_BANS_BY_LANGUAGE: ReadonlyArray<readonly [language: string, firstWords: string, opening: string]> = [
  ['es', 'queda prohibida la', '(?:(?:queda |está )?prohibida (?:la|su) reproducci[óo]n(?!\\p{L}).{0,150}|(?:la )?reproducci[óo]n (?:total o parcial )?(?:de (?:este|esta|estos|los|las) \\p{L}+ )?(?:está |queda )?prohibida(?!\\p{L}).{0,150})'],
  ['pt', 'proibida', '(?:é |está )?proibida a (?:sua )?reprodução(?!\\p{L}).{0,150}'],
  ['it', 'vietata', '(?:è )?vietata (?:la )?riproduzione(?!\\p{L}).{0,150}'],
  ['fr', 'toute reproduction', '(?:toute )?reproduction (?:totale ou partielle |même partielle )?(?:est )?(?:strictement )?interdite(?!\\p{L}).{0,150}'],
  ['de', 'nachdruck', '(?:nachdruck|vervielfältigung)(?: und (?:weiterverbreitung|verbreitung))? (?:nur mit (?:ausdrücklicher |schriftlicher )*(?:genehmigung|erlaubnis|zustimmung)|verboten)(?!\\p{L}).{0,100}'],
  ['nl', 'niets', 'niets (?:uit|van) deze (?:uitgave|website|site|publicatie|artikel)(?!\\p{L}).{0,60}\\bmag(?!\\p{L}).{0,200}'],
  ['pl', 'kopiowanie przedruk', '(?:kopiowanie|przedruk|rozpowszechnianie)(?!\\p{L}).{0,150}\\bbez (?:pisemnej |uprzedniej )*zgody(?!\\p{L}).{0,100}'],
  ['cs', '', '(?:jakékoliv? |veškeré )?(?:šíření|kopírování|přebírání|užití|použití) (?:obsahu|článků|materiálů)(?!\\p{L}).{0,150}\\bbez (?:předchozího )?(?:písemného )?souhlasu(?!\\p{L}).{0,100}'],
  ['sk', 'preberanie', '(?:akékoľvek )?(?:šírenie|kopírovanie|preberanie|použitie) (?:obsahu|článkov|materiálov)(?!\\p{L}).{0,150}\\bbez (?:predchádzajúceho )?(?:písomného )?súhlasu(?!\\p{L}).{0,100}'],
  ['hr', 'zabranjeno', 'zabranjeno (?:je )?(?:preuzimanje|kopiranje|prenošenje) (?:sadržaja|tekstova|članaka)(?!\\p{L}).{0,150}'],
  ['ro', '', 'reproducerea (?:integrală sau parțială )?(?:a )?(?:materialelor|articolelor|conținutului)(?!\\p{L}).{0,150}(?<!\\p{L})(?:interzis[ăa]|fără acordul)(?!\\p{L}).{0,100}'],
  ['el', '', 'απαγορεύεται (?:η|κάθε) (?:αναδημοσίευση|αναπαραγωγή)(?!\\p{L}).{0,150}'],
  ['ru', '', '(?:полное или частичное )?(?:перепечатка|копирование|воспроизведение|использование) (?:\\p{L}+ ){0,2}?материалов(?!\\p{L}).{0,150}(?<!\\p{L})(?:запрещен[аоы]?|только с (?:письменного )?(?:разрешения|согласия)|без (?:письменного )?(?:разрешения|согласия)|ссылка (?:на [^.]{1,40} )?обязательна|(?:разрешается|разрешено) только (?:со ссылкой|при условии ссылки))(?!\\p{L}).{0,100}'],
  ['uk', '', '(?:повне або часткове )?(?:передрук|копіювання|відтворення|використання) (?:\\p{L}+ ){0,2}?матеріалів(?!\\p{L}).{0,150}(?<!\\p{L})(?:заборонен[ео]|лише з (?:письмового )?(?:дозволу|згоди)|без (?:письмового )?(?:дозволу|згоди)|посилання (?:на [^.]{1,40} )?обов.язкове|(?:дозволяється|дозволено) (?:лише|тільки) (?:з посиланням|за умови посилання))(?!\\p{L}).{0,100}'],
];
const FOREIGN_BAN = new RegExp(`^(?:${REUSE_BANS_BY_LANGUAGE.map(([, , opening]) => opening).join('|')})$`, 'iu');
// "© Example Media 2026", "Copyright © The Example Post 2020–2026": the mark, the owner and the year.
const MARK_NAME_YEAR = new RegExp(
  `^(?:copyright\\s*)?${MARK}\\s*[^.!?©ⓒⒸ]{1,80}?\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?[.\\s]*$`,
  'iu',
);
// The outlet's name, a dash and the notice: "Example Gazette — Copyright 2025. All rights reserved.
// No reproduction without permission.", "Example Post | © 2026 Example Media".
const NAME_THEN_NOTICE = new RegExp(
  `^(?:[^\\s.!?]+\\s){1,6}?[—–|-]\\s*(?:(?:copyright\\s*)?${MARK}|copyright)\\s*(?:19|20)\\d{2}\\b.{0,300}$`,
  'iu',
);
const COPYRIGHT_WORD = /opyright|OPYRIGHT/;
// The rights clause first, then the owner and the mark: "All rights reserved to Example News ©
// 2024", "Todos los derechos reservados © 2024 Example". Built from RIGHTS_RESERVED below.
let rightsFirst: RegExp | undefined;
// The first words the patterns above open with, each followed by a non-letter: a line whose
// first word (keyed as firstWordKey keys it) is none of a pattern's is not given to it. A word
// with a letter above ASCII ("está", "è", a ©-mark) or of more than ten letters
// ("reproduction", "unauthorized") is not keyed and goes to every pattern; "(c)" opens with no
// word, and NOTICE is also tried on a line that opens with "(".
const NOTICE_FIRST = firstWordsOf('copyright');
const BAN_FIRST = firstWordsOf('any unauthorized unauthorised the reproduction republication redistribution copying');
const CLAUSE_FIRST_WORDS = firstWordsOf('all this');
const FOREIGN_BAN_FIRST = firstWordsOf(
  ['reproduction', ...REUSE_BANS_BY_LANGUAGE.map(([, words]) => words)].join(' ').trim().replace(/ +/g, ' '),
);

// "All rights reserved" by language (ISO 639-1), as the clause closes a footer line: a line that
// ends with it is the notice, whatever opens it ("The Daily Ledger. All rights reserved.", "Tüm
// hakları saklıdır."). Keyed below by the clause's last word (lower case), so a line is looked at
// only when it ends with one (most lines end with none); the whole clause is then matched.
// prettier-ignore
export const RIGHTS_RESERVED_BY_LANGUAGE: ReadonlyArray<readonly [language: string, clauses: readonly string[]]> = [
  ['en', ['all rights reserved']], ['de', ['alle rechte vorbehalten']], ['fr', ['tous droits réservés']],
  ['es', ['todos los derechos reservados']], ['pt', ['todos os direitos reservados']],
  ['it', ['tutti i diritti riservati', 'riproduzione riservata']], ['nl', ['alle rechten voorbehouden']],
  ['sv', ['alla rättigheter förbehållna']], ['no', ['alle rettigheter forbeholdt', 'alle rettigheter reservert']],
  ['da', ['alle rettigheder forbeholdes', 'alle rettigheder forbeholdt']], ['fi', ['kaikki oikeudet pidätetään']],
  ['is', ['öll réttindi áskilin']], ['pl', ['wszelkie prawa zastrzeżone']], ['cs', ['všechna práva vyhrazena']],
  ['sk', ['všetky práva vyhradené']], ['sl', ['vse pravice pridržane']], ['hr', ['sva prava pridržana', 'sva prava zadržana']],
  ['sr', ['sva prava zadržana', 'сва права задржана', 'сва права су задржана']], ['bs', ['sva prava zadržana']],
  ['hu', ['minden jog fenntartva']], ['ro', ['toate drepturile rezervate']], ['bg', ['всички права запазени']],
  ['el', ['όλα τα δικαιώματα διατηρούνται', 'όλα τα δικαιώματα κατοχυρωμένα']], ['ru', ['все права защищены']],
  ['uk', ['усі права захищені', 'всі права захищені']], ['lt', ['visos teisės saugomos']],
  ['lv', ['visas tiesības aizsargātas']], ['et', ['kõik õigused kaitstud']], ['tr', ['tüm hakları saklıdır']],
  ['ar', ['جميع الحقوق محفوظة']], ['fa', ['تمامی حقوق[^.!?]{0,80} محفوظ است', 'کلیه حقوق[^.!?]{0,80} محفوظ است']], ['he', ['כל הזכויות שמורות']],
  ['hi', ['सर्वाधिकार सुरक्षित']], ['bn', ['সর্বস্বত্ব সংরক্ষিত']], ['ur', ['جملہ حقوق محفوظ ہیں']],
  ['id', ['hak cipta dilindungi', 'hak cipta dilindungi undang-undang']], ['ms', ['hak cipta terpelihara']],
  ['tl', ['lahat ng karapatan ay nakalaan']], ['sw', ['haki zote zimehifadhiwa']],
  ['ko', ['무단\\s?전재\\s?(?:및|&|,)\\s?재배포(?:\\s?(?:및|&|,)\\s?AI\\s?학습(?:\\s?이용)?)?\\s?금지']],
];
// The clauses of scripts written without spaces, which close a line with no space before them:
// "版权所有", "未经授权，不得转载", "無断転載を禁じます", "สงวนลิขสิทธิ์". Matched at the line's end.
// prettier-ignore
const UNSPACED_RIGHTS: ReadonlyArray<readonly [language: string, clause: string]> = [
  ['zh', '版权所有'], ['zh', '版權所有'], ['zh', '未经[^。！]{0,30}(?:不得|禁止)转载'], ['zh', '未經[^。！]{0,30}(?:不得|禁止)轉載'],
  ['ja', '無断転載を禁じます'], ['ja', '無断転載禁止'], ['ja', '無断複製・転載を禁じます'], ['th', 'สงวนลิขสิทธิ์'],
];
// The table as [last word, clause] pairs.
const RIGHTS_RESERVED: ReadonlyArray<readonly [lastWord: string, clause: string]> = RIGHTS_RESERVED_BY_LANGUAGE.flatMap(
  ([, clauses]) =>
    clauses.map((clause) => [clause.slice(clause.lastIndexOf(' ') + 1).replace(/^.*\\s\?/, ''), clause] as const),
);
// The clauses' first words ("all", "todos", "hak"; the others open with a letter above ASCII or
// have more than ten letters, and are not keyed).
const RIGHTS_FIRST_WORDS = firstWordsOf(RIGHTS_RESERVED.map(([, clause]) => clause.split(' ')[0]!).join(' '));
const RIGHTS_FIRST_SOURCE = `^(?:${RIGHTS_RESERVED.map(([, clause]) => clause).join('|')})(?!\\p{L})(?:\\s(?:to|for|by|a|à|para|por|di|de))?[^.!?]{0,100}?(?:[©ⓒⒸ]|\\(c\\))[^.!?]{0,60}\\.?$`;
function rightsClauseFirst(): RegExp {
  rightsFirst ??= new RegExp(RIGHTS_FIRST_SOURCE, 'iu');
  return rightsFirst;
}
// A line whose first word is not keyed (a mark, a letter above ASCII: "©", "Все права защищены", "Última")
// goes to the patterns that may open with its first character: bits 1 NOTICE, 2 MARK_NAME_YEAR,
// 4 BAN_ALONE, 8 CLAUSE_FIRST, 16 FOREIGN_BAN, 32 the clause-first pattern.
const OPENINGS = new OpeningGate([
  NOTICE,
  MARK_NAME_YEAR,
  BAN_ALONE,
  CLAUSE_FIRST,
  FOREIGN_BAN,
  { source: RIGHTS_FIRST_SOURCE, flags: 'iu' },
]);
// A line is looked at only when its last word has the first letter, and the last letter
// with the length, of one of the last words (either case): read without copying the line.
const RIGHTS_FIRST_LETTERS = new Set<number>();
const RIGHTS_LENGTHS_BY_LAST_LETTER = new Map<number, number>(); // last letter → bit mask of lengths
for (const [word] of RIGHTS_RESERVED)
  for (const form of [word, word.toUpperCase()]) {
    RIGHTS_FIRST_LETTERS.add(form.charCodeAt(0));
    const last = form.charCodeAt(form.length - 1);
    RIGHTS_LENGTHS_BY_LAST_LETTER.set(last, (RIGHTS_LENGTHS_BY_LAST_LETTER.get(last) ?? 0) | (1 << word.length));
  }
const RIGHTS_AT_END = new RegExp(
  `(?:${[...RIGHTS_RESERVED.map(([, clause]) => clause), ...UNSPACED_RIGHTS.map(([, clause]) => clause)].join('|')})[\\s.!。©ⓒⒸ]*$`,
  'iu',
);
const MAX_RIGHTS_LINE = 300;
// The last characters of the unspaced clauses (有, 载, す, …).
const UNSPACED_LAST = new Set(UNSPACED_RIGHTS.map(([, clause]) => clause.charCodeAt(clause.length - 1)));
// A copyright mark as rightsClauseFirst's pattern reads it (ⓒ and Ⓒ fold onto each other), in one
// native scan (a string search per mark costs more).
const MARK_ANYWHERE = /[©ⓒⒸ]|\([cC]\)/;

// The publisher's registration line: "Example Media Ltd, registered in Ireland No. 123456",
// "Registered in England and Wales. Company number 01234567. Registered office: …". A story that
// names a company's registration goes on after the number ("…, said on Monday"), and stays: only
// the registered office or the VAT number may follow it.
const REGISTRATION =
  /^(?:(?:[\p{Lu}\d][\p{L}\p{N}&'’.-]*\s){0,6}?(?:ltd|limited|plc|llc|llp|inc|gmbh|ag|s\.?a\.?|s\.?l\.?|b\.?v\.?|n\.?v\.?|pty ltd)\.?,?\s(?:is\s)?(?:a company\s)?)?(?:registered|incorporated)(?: in| under the laws of)(?: [\p{L}]{2,20}){1,4}?[,.]?\s(?:(?:with |under )?(?:\(?(?:company|registration|reg\.?|registered)\s)?(?:no|number|nr|n[º°])\.?\s?:?\s?[A-Z]{0,3}\d[\d ]{3,11}\)?)(?:[.;,|]\s?(?:registered (?:office|address)|vat\b)[^]{0,200})?\.?$/iu;
// (One scan for the three words, not a string search for each.)
const REGISTRATION_WORD = /egistered|ncorporated|EGISTERED/;

function endsWithRightsClause(text: string): boolean {
  let end = text.length;
  while (end > 0 && isTrailingMark(text.charCodeAt(end - 1))) end--;
  if (end < 2) return false;
  // 版权所有 closes a line without a space before it.
  if (UNSPACED_LAST.has(text.charCodeAt(end - 1))) return RIGHTS_AT_END.test(text);
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 0x20) start--;
  const lengths = RIGHTS_LENGTHS_BY_LAST_LETTER.get(text.charCodeAt(end - 1));
  if (lengths === undefined || end - start > 30 || (lengths & (1 << (end - start))) === 0) return false;
  return RIGHTS_FIRST_LETTERS.has(text.charCodeAt(start)) && RIGHTS_AT_END.test(text);
}
// Space, tab, ".", "!", the ideographic full stop, or a copyright mark the clause is printed
// before ("RIPRODUZIONE RISERVATA ©").
const isTrailingMark = (c: number): boolean =>
  c === 0x20 || c === 0x2e || c === 0x21 || c === 0x3002 || c === 0x09 || c === 0xa9 || c === 0x24d2 || c === 0x24b8;

/**
 * Rule `footer/copyright`: Copyright notices ("Copyright 2021 X. All rights reserved. …", "© 2021 Reuters").
 *
 * @example
 * clean("Putin spoke.\n\nCopyright 2021 The Associated Press. All rights reserved.", { rules: [copyrightRule] }).text; // "Putin spoke."
 */
export const copyrightRule: BlockRule = {
  type: 'block',
  id: 'footer/copyright',
  category: 'footer',
  description: 'Copyright notices ("Copyright 2021 X. All rights reserved. …", "© 2021 Reuters")',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block) {
    if (block.text.length > MAX_LENGTH || block.text.includes('\n')) return null;
    const { text } = block;
    const first = firstWordKey(text);
    const mask = first === UNKEYED_WORD ? OPENINGS.mask(text) : 63;
    const c = text.charCodeAt(0);
    if ((mask & 1) !== 0 && (c === 0x28 || opensWithKeyOf(first, NOTICE_FIRST)) && NOTICE.test(text)) return {};
    if (
      (mask & 2) !== 0 &&
      (c === 0x28 || c === 0xa9 || c === 0x24d2 || c === 0x24b8 || opensWithKeyOf(first, NOTICE_FIRST)) &&
      MARK_NAME_YEAR.test(text)
    )
      return {};
    if (
      text.length <= MAX_RIGHTS_LINE &&
      (MARK_ANYWHERE.test(text) || COPYRIGHT_WORD.test(text)) &&
      NAME_THEN_NOTICE.test(text) &&
      !endsWithAttribution(text)
    )
      return {};
    if ((mask & 4) !== 0 && opensWithKeyOf(first, BAN_FIRST) && BAN_ALONE.test(text)) return {};
    if (
      (mask & 8) !== 0 &&
      opensWithKeyOf(first, CLAUSE_FIRST_WORDS) &&
      CLAUSE_FIRST.test(text) &&
      !endsWithAttribution(text)
    )
      return {};
    if (
      (mask & 16) !== 0 &&
      opensWithKeyOf(first, FOREIGN_BAN_FIRST) &&
      FOREIGN_BAN.test(text) &&
      !endsWithAttribution(text)
    )
      return {};
    if (
      (mask & 32) !== 0 &&
      opensWithKeyOf(first, RIGHTS_FIRST_WORDS) &&
      MARK_ANYWHERE.test(text) &&
      rightsClauseFirst().test(text)
    )
      return {};
    if (text.length <= MAX_RIGHTS_LINE && REGISTRATION_WORD.test(text) && REGISTRATION.test(text)) return {};
    return text.length <= MAX_RIGHTS_LINE && endsWithRightsClause(text) ? {} : null;
  },
};
