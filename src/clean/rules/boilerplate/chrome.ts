/**
 * Page chrome that scrapers keep: advertisement labels, share buttons, cookie notices,
 * comment forms, tag lists, reading-time and relative timestamps, lone punctuation lines.
 * Each is its own rule (own id) built from one line pattern.
 */
import { lineRule } from '../../rule.js';

export const lonePunctuationRule = lineRule(
  'boilerplate/lone-punctuation',
  'boilerplate',
  'Lines of punctuation or symbols only (".", "***", "—")',
  /^[\p{P}\p{S}\s]+$/u,
);

export const advertisementRule = lineRule(
  'boilerplate/advertisement',
  'boilerplate',
  'Advertisement labels',
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content| post)?|paid (?:content|post)|promoted(?: content)?|story continues (?:below|after)(?: this)? (?:advertisement|ad)|scroll (?:down )?to continue(?: with content| reading)?|continue reading (?:below|the main story)|article continues below(?: advertisement)?)[.:]?$/i,
);

export const shareRule = lineRule(
  'boilerplate/share',
  'boilerplate',
  'Share and print buttons',
  /^(?:(?:share|tweet|email|e-mail|print|copy link|link copied|save|comment|whatsapp|facebook|twitter|x|reddit|linkedin|telegram|pinterest|flipboard|messenger)(?: this(?: article| story| page)?)?(?: on \p{L}+| via \p{L}+)?:?(?:\s*[|•·,/]\s*|\s+|$))+$/iu,
  'anywhere',
  120,
);

export const cookieRule = lineRule(
  'boilerplate/cookie',
  'boilerplate',
  'Cookie and consent notices',
  /^(?=.{0,400}$)(?=.*\bcookies?\b)(?=.*\b(?:accept|consent|agree|use of|policy|settings|preferences|continuing to (?:browse|use))\b).*$/i,
);

export const commentsRule = lineRule(
  'boilerplate/comments',
  'boilerplate',
  'Comment counters and comment-form lines',
  /^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|(?:leave|post|add|write|submit) a (?:comment|reply)|(?:view|show|load|read) (?:all )?(?:\d+ )?comments|join the (?:conversation|discussion)|you must be logged in to post a comment\.?|your email address will not be published\.?.*|required fields are marked.*|comments are closed\.?|be the first to comment\.?)$/i,
);

export const tagsRule = lineRule(
  'boilerplate/tags',
  'boilerplate',
  'Tag and topic lists ("Tags: Russia, Ukraine")',
  /^(?:tags?|topics?|filed under|categories|category|keywords|related topics)\s*:\s*\S.{0,300}$/i,
);

export const timestampRule = lineRule(
  'boilerplate/timestamp',
  'boilerplate',
  'Relative timestamps, clock times and reading-time chrome ("2 hours ago", "5 min read")',
  /^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?)\s+ago|just now|an? (?:minute|hour|day|week) ago|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?|\d+\s*min(?:ute)?s?\s+read|reading time:?\s*\d+\s*min(?:ute)?s?)\.?$/i,
);
