/**
 * footer/newsletter — newsletter, subscription and donation calls: "Sign up for our daily
 * briefing", "Subscribe now", "Support independent journalism", "Download our app",
 * "Register now for FREE unlimited access to …".
 */
import { lineRule } from '../../rule.js';

/**
 * Rule `footer/newsletter`: Newsletter, subscription, donation and app calls.
 *
 * @example
 * clean("Putin spoke.\n\nSign up for our daily briefing newsletter", { rules: [newsletterRule] }).text; // "Putin spoke."
 */
export const newsletterRule = lineRule(
  'footer/newsletter',
  'footer',
  'Newsletter, subscription, donation and app calls',
  /^(?:(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletter|briefing|alerts?|updates|digest|inbox|email)s?\b.{0,80}|subscribe(?: now| today| here)?[.!]?|(?:please )?(?:donate|support (?:us|our (?:work|journalism)|independent journalism|quality journalism))\b.{0,120}|become a (?:member|subscriber|supporter)\b.{0,100}|(?:download|get|install) (?:the|our) .{0,40}\bapp\b.{0,80}|already a subscriber\?.{0,60}|you have read \d+ .{0,80}|this (?:article|content) is (?:for|available to) (?:subscribers|members) only.{0,60}|(?:register|sign up|sign in|log in|subscribe)(?: now| today| here)?(?: for| to get| to gain| to read| to unlock| to continue)\b.{0,60}\b(?:unlimited|free|full|complete) access\b.{0,80})$/i,
);
