/**
 * credit/desk-slug — the initials of the writers and editors that wire copy ends with:
 * "bur-ach/jj/rl" (AFP), "rs/sms (dpa, Reuters)" (DW), "jm/ab", "ab/cd/AFP". Lowercase initials
 * joined by slashes, optionally followed by the agencies in parentheses or after a further
 * slash, alone on a line near the end. The line goes to metadata.credits.
 */
import type { BlockRule } from '../../rule.js';

const SLUG =
  /^[a-z]{1,5}(?:-[a-z]{1,5}){0,2}(?:\/[a-z]{1,5}(?:-[a-z]{1,5}){0,2}){1,5}(?:\s?\([\p{L} ,.&/-]{1,60}\))?$/u;
// The initials with the agencies after a slash instead of in parentheses: "jfe/dpa/Reuters",
// "mm/AFP": lower-case initials, then one to three agency names (an acronym or one capitalised
// word: "Reuters", not "CamelCase").
const SLUG_WITH_AGENCY =
  /^[a-z]{1,5}(?:-[a-z]{1,5}){0,2}(?:\/[a-z]{1,5}(?:-[a-z]{1,5}){0,2}){0,4}(?:\/(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,11})){1,3}(?:\s?\([\p{L} ,.&/-]{1,60}\))?$/u;
// A forum or user handle of one letter ("r/WorldNews", "u/JaneDoe") is no desk slug.
const HANDLE = /^[ru]\//;
// Slash pairs that are words, not initials.
const NOT_A_SLUG = /^(?:and\/or|he\/she|him\/her|his\/her|s\/he|km\/h|w\/o|n\/a|c\/o|y\/y|q\/q|m\/m)$/i;
const TAIL_BLOCKS = 15;

/**
 * Rule `credit/desk-slug`: Wire-desk initials at the end of the story ("bur-ach/jj/rl", "rs/sms (dpa, Reuters)"); go to metadata.credits.
 *
 * @example
 * clean("Putin spoke.\n\nbur-ach/jj/rl", { rules: [deskSlugRule] }).text; // "Putin spoke."
 */
export const deskSlugRule: BlockRule = {
  type: 'block',
  id: 'credit/desk-slug',
  category: 'credit',
  description:
    'Wire-desk initials at the end of the story ("bur-ach/jj/rl", "rs/sms (dpa, Reuters)"); go to metadata.credits',
  maxLength: 100,
  match(block, context) {
    const { text } = block;
    if (text.length > 100 || block.index < context.blocks.length - TAIL_BLOCKS || !text.includes('/')) return null;
    if (!(SLUG.test(text) || (SLUG_WITH_AGENCY.test(text) && !HANDLE.test(text))) || NOT_A_SLUG.test(text)) return null;
    // (the page's state last: reading it keeps the block pending, asked again after every removal)
    return context.keptBefore(block.index) === 0 ? null : { metadata: { credits: [text] } };
  },
};
