/**
 * footer/promo — calls to read more of the outlet's coverage elsewhere, ending in an
 * address: "Follow AP’s coverage of the Ukraine crisis at https://apnews.com/hub/…", "See
 * all the latest news from Greece and the world, at ertnews.gr", "Read more news on
 * example.com". An imperative opening, a coverage/news noun, and a URL or domain at the
 * end; a sentence that only mentions a report at an address ("The details are in the
 * report at https://…") does not open with the imperative and stays.
 */
import type { BlockRule } from '../../rule.js';
import { moreWordsThan } from '../../shape.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 500;

const PROMO =
  /^(?:follow|see|read|get|find|discover|keep up with|catch up on|stay (?:up to date|informed) (?:with|on)|for)\s.{0,120}?\b(?:coverage|news|updates|stories|reporting|headlines|analysis|developments)\b.{0,120}?\s(?:at|on|from|via|visit)\s+(?:https?:\/\/|www\.)?[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4}(?:\/[^\s]{0,300})?\.?$/iu;

// The first letters of PROMO's openings (follow, see, read, get, find, discover, keep,
// catch, stay, for) under PROMO's own flags: a line that opens otherwise cannot match.
const FIRST_LETTER = /^[cdfgkrs]/iu;

/**
 * Rule `footer/promo`: Promotions of more coverage at an address ("Follow X’s coverage … at https://…", "See all the latest news … at site.tld").
 *
 * @example
 * clean("Putin spoke.\n\nFollow AP’s coverage of the Ukraine crisis at https://apnews.com/hub/ukraine", { rules: [promoRule] }).text; // "Putin spoke."
 */
export const promoRule: BlockRule = {
  type: 'block',
  id: 'footer/promo',
  category: 'footer',
  description:
    'Promotions of more coverage at an address ("Follow X’s coverage … at https://…", "See all the latest news … at site.tld")',
  textOnly: true,
  maxLength: MAX_LENGTH,
  match(block) {
    if (
      block.text.length > MAX_LENGTH ||
      !FIRST_LETTER.test(block.text) ||
      block.text.includes('\n') ||
      moreWordsThan(block.text, 40)
    )
      return null;
    return PROMO.test(block.text) ? {} : null;
  },
};
