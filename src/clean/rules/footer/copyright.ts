/**
 * footer/copyright — copyright and reuse notices closing an article: "Copyright 2021 The
 * Associated Press. All rights reserved. This material may not be published …", "© 2021
 * Reuters. All rights reserved.", "(c) 2022 Example Media Ltd". A sentence that starts
 * with the word ("Copyright lawyers said …") has no year and no rights clause, and stays.
 */
import type { BlockRule } from '../../rule.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 500;

const NOTICE =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b.{0,400}|.{0,200}\ball rights reserved\b.{0,300})$/iu;

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
    return NOTICE.test(block.text) ? {} : null;
  },
};
