/**
 * footer/copyright — copyright and reuse notices closing an article: "Copyright 2021 The
 * Associated Press. All rights reserved. This material may not be published …", "© 2021
 * Reuters. All rights reserved.", "(c) 2022 Example Media Ltd". A sentence that starts
 * with the word ("Copyright lawyers said …") has no year, mark or rights clause, and stays. A
 * short line ending in "all rights reserved" (in any of the languages below) is the notice too,
 * and so is one that opens with the clause ("All rights reserved. This material may not be
 * reproduced …") or forbids reproduction after the mark ("Copyright ⓒ X. Unauthorized
 * reproduction prohibited").
 */
import type { BlockRule } from '../../rule.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 500;

// The copyright marks: ©, the circled c of Korean and Japanese sites (ⓒ, Ⓒ), "(c)".
const MARK = '(?:[©ⓒⒸ]|\\(c\\))';
// What the notice says besides the year: rights reserved, or reproduction forbidden
// ("Unauthorized reproduction and redistribution prohibited", "may not be reproduced … without
// permission").
const REUSE_CLAUSE =
  '(?:all rights reserved|unauthori[sz]ed (?:reproduction|copying|use|redistribution)|(?:reproduction|redistribution|republication|copying)\\b.{0,80}\\b(?:prohibited|forbidden|not permitted)|may not be (?:re)?(?:produced|published|copied|distributed|broadcast)|without (?:the )?(?:prior |express )*(?:written )?(?:permission|consent))';
const NOTICE = new RegExp(
  `^(?:${MARK}|copyright\\b)\\s*(?:${MARK}\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\b.{0,400}|.{0,200}\\b${REUSE_CLAUSE}\\b.{0,300})$`,
  'iu',
);
// A notice that opens with its clause and forbids reuse: "All rights reserved. This material, and
// other digital content on this website, may not be reproduced …", "This material may not be
// published, broadcast, rewritten or redistributed."
const CLAUSE_FIRST =
  /^(?:all rights reserved[.,;]?\s.{0,200}?\b(?:may not be|without (?:the )?(?:prior |express )*(?:written )?permission)\b.{0,300}|this (?:material|content)(?:, [^,]{1,80},)? may not be (?:re)?(?:produced|published|copied|distributed|broadcast)\b.{0,300})$/iu;
// The reuse ban alone: "Reproduction in whole or in part without permission is prohibited.",
// "Unauthorized copying or redistribution of this content is strictly prohibited."
const BAN_ALONE =
  /^(?:any |unauthori[sz]ed |the )*(?:reproduction|republication|redistribution|copying)(?:(?:,| and| or) (?:reproduction|republication|redistribution|distribution|copying|use))*(?: (?:of|in) (?:this|these|our|the) (?:article|content|material|site|website|page|text)s?)?(?: in whole or in part| without (?:the )?(?:prior |express )*(?:written )?(?:permission|consent)(?: of [^.,]{1,60})?)*,? (?:is |are )?(?:strictly )?(?:prohibited|forbidden|not permitted)\.?$/iu;
// The letters the notices open with (©-marks and "(" aside): c(opyright), a(ll), t(his/the).
const isNoticeStart = (c: number): boolean =>
  (c | 0x20) === 0x72 || // r(eproduction …), u(nauthorized …)
  (c | 0x20) === 0x75 ||
  c === 0xa9 ||
  c === 0x24d2 ||
  c === 0x24b8 ||
  c === 0x28 ||
  (c | 0x20) === 0x63 ||
  (c | 0x20) === 0x61 ||
  (c | 0x20) === 0x74;

// "All rights reserved" in the languages of the news we see, by the word it ends with (lower
// case): a line that ends with the clause is the notice, whatever opens it ("The Daily
// Ledger. All rights reserved.", "Tüm hakları saklıdır."). Keyed by the last word, so a line
// is looked at only when it ends with one (most lines end with none); the whole clause is
// then matched.
// prettier-ignore
const RIGHTS_RESERVED: ReadonlyArray<readonly [lastWord: string, clause: string]> = [
  ['reserved', 'all rights reserved'], ['reservados', 'todos (?:os direitos|los derechos) reservados'],
  ['réservés', 'tous droits réservés'], ['vorbehalten', 'alle rechte vorbehalten'], ['riservati', 'tutti i diritti riservati'],
  ['voorbehouden', 'alle rechten voorbehouden'], ['förbehållna', 'alla rättigheter förbehållna'],
  ['zastrzeżone', 'wszelkie prawa zastrzeżone'], ['saklıdır', 'tüm hakları saklıdır'], ['защищены', 'все права защищены'],
  ['захищені', 'усі права захищені'], ['dilindungi', 'hak cipta dilindungi'], ['undang-undang', 'hak cipta dilindungi undang-undang'],
  ['διατηρούνται', 'όλα τα δικαιώματα διατηρούνται'], ['κατοχυρωμένα', 'όλα τα δικαιώματα κατοχυρωμένα'],
  ['محفوظة', 'جميع الحقوق محفوظة'], ['सुरक्षित', 'सर्वाधिकार सुरक्षित'], ['금지', '무단\\s?전재\\s?(?:및|&)\\s?재배포\\s?금지'],
];
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
  `(?:${RIGHTS_RESERVED.map(([, clause]) => clause).join('|')}|版[权權]所有)[\\s.!。]*$`,
  'iu',
);
const MAX_RIGHTS_LINE = 300;

function endsWithRightsClause(text: string): boolean {
  let end = text.length;
  while (end > 0 && isTrailingMark(text.charCodeAt(end - 1))) end--;
  if (end < 2) return false;
  // 版权所有 closes a line without a space before it.
  if (text.charCodeAt(end - 1) === 0x6709 && text.charCodeAt(end - 2) === 0x6240) return RIGHTS_AT_END.test(text);
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 0x20) start--;
  const lengths = RIGHTS_LENGTHS_BY_LAST_LETTER.get(text.charCodeAt(end - 1));
  if (lengths === undefined || end - start > 30 || (lengths & (1 << (end - start))) === 0) return false;
  return RIGHTS_FIRST_LETTERS.has(text.charCodeAt(start)) && RIGHTS_AT_END.test(text);
}
// Space, tab, ".", "!" or the ideographic full stop.
const isTrailingMark = (c: number): boolean => c === 0x20 || c === 0x2e || c === 0x21 || c === 0x3002 || c === 0x09;

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
    if (
      isNoticeStart(text.charCodeAt(0)) &&
      (NOTICE.test(text) || BAN_ALONE.test(text) || (CLAUSE_FIRST.test(text) && !endsWithAttribution(text)))
    )
      return {};
    return text.length <= MAX_RIGHTS_LINE && endsWithRightsClause(text) ? {} : null;
  },
};
