/**
 * footer/copyright — copyright and reuse notices closing an article: "Copyright 2021 The
 * Associated Press. All rights reserved. This material may not be published …", "© 2021
 * Reuters. All rights reserved.", "(c) 2022 Example Media Ltd". A sentence that starts
 * with the word ("Copyright lawyers said …") has no year and no rights clause, and stays. A
 * short line ending in "all rights reserved" (in any of the languages below) is the notice too.
 */
import type { BlockRule } from '../../rule.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 500;

const NOTICE =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b.{0,400}|.{0,200}\ball rights reserved\b.{0,300})$/iu;

// "All rights reserved" in the languages of the news we see; a line that ends with it is the
// notice, whatever opens it ("The Daily Ledger. All rights reserved.", "Tüm hakları saklıdır.").
// prettier-ignore
const RIGHTS_RESERVED = [
  'all rights reserved', 'todos os direitos reservados', 'todos los derechos reservados', 'tous droits réservés',
  'alle rechte vorbehalten', 'tutti i diritti riservati', 'alle rechten voorbehouden', 'alla rättigheter förbehållna',
  'wszelkie prawa zastrzeżone', 'tüm hakları saklıdır', 'все права защищены', 'усі права захищені',
  'hak cipta dilindungi(?: undang-undang)?', 'bản quyền thuộc về [^.]{1,60}', 'όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)',
  'جميع الحقوق محفوظة', 'सर्वाधिकार सुरक्षित', '版[权權]所有', '무단\\s?전재\\s?(?:및|&)\\s?재배포\\s?금지',
];
const RIGHTS_AT_END = new RegExp(`(?:${RIGHTS_RESERVED.join('|')})\\s*[.!。]?$`, 'iu');
const MAX_RIGHTS_LINE = 300;

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
    return NOTICE.test(text) || (text.length <= MAX_RIGHTS_LINE && RIGHTS_AT_END.test(text)) ? {} : null;
  },
};
