/**
 * footer/newsletter — newsletter, subscription and donation calls: "Sign up for our daily
 * briefing", "Subscribe now", "Support independent journalism", "Download our app",
 * "Register now for FREE unlimited access to …".
 */
import type { BlockRule } from '../../rule.js';
import { endsWithAttribution } from '../../../lexicon/speech-verbs.js';

const MAX_LENGTH = 300;
// A donation call asks for the outlet ("Donate now", "Please donate to support our reporting"):
// "Donate blood at the Red Cross center" is news.
const CALL =
  /^(?:(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletter|briefing|alerts?|updates|digest|inbox|email)s?\b.{0,80}|subscribe(?: now| today| here)?[.!]?|(?:please )?donate(?: now| today| here)?[.!]?|(?:please )?(?:donate|give)\b.{0,120}\b(?:us|our|journalism|reporting|newsroom)\b.{0,80}|(?:please )?support (?:us|our (?:work|journalism|reporting)|independent journalism|quality journalism)\b.{0,120}|become a (?:member|subscriber|supporter)\b.{0,100}|(?:download|get|install) (?:the|our) .{0,40}\bapp\b.{0,80}|already a subscriber\?.{0,60}|you have read \d+ .{0,80}|this (?:article|content) is (?:for|available to) (?:subscribers|members) only.{0,60}|(?:register|sign up|sign in|log in|subscribe)(?: now| today| here)?(?: for| to get| to gain| to read| to unlock| to continue)\b.{0,60}\b(?:unlimited|free|full|complete) access\b.{0,80})$/i;

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
    return text.length <= MAX_LENGTH && CALL.test(text) && !endsWithAttribution(text) ? {} : null;
  },
};
