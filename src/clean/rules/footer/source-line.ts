/**
 * footer/source-line — "Source-www.infobae.com", "Source: AFP", "Sources: Reuters, TASS":
 * the outlet a syndicated story came from, as a closing line. It goes to metadata.credits.
 */
import type { BlockRule } from '../../rule.js';
import { charSet, moreWordsThan, opensWithFolded } from '../../shape.js';

const SOURCE = /^(?:source|sources|via|courtesy(?: of)?)\s*[-–—:|]\s*(\S.{0,80})$/i;
// SOURCE's first letters (under /i without u no other character folds onto them).
const SOURCE_FIRST = charSet('svc');

/**
 * Rule `footer/source-line`: Syndication source lines ("Source-www.infobae.com", "Source: AFP"); go to metadata.credits.
 *
 * @example
 * clean("Putin spoke.\n\nSource-www.infobae.com", { rules: [sourceLineRule] }).text; // "Putin spoke."
 */
export const sourceLineRule: BlockRule = {
  type: 'block',
  id: 'footer/source-line',
  category: 'footer',
  description: 'Syndication source lines ("Source-www.infobae.com", "Source: AFP"); go to metadata.credits',
  textOnly: true,
  match(block) {
    const m = opensWithFolded(block.text, SOURCE_FIRST, false) ? SOURCE.exec(block.text) : null;
    // "Source: https://…" is the article's address (metadata/source-url), not a credit.
    if (!m || (/^<?(?:https?:\/\/|www\.)\S{0,2000}$/i.test(m[1]!.trim()) && m[1]!.includes('/'))) return null;
    if (moreWordsThan(m[1]!, 8) || (/[.!?]$/.test(m[1]!) && !/\.\w{2,}$/.test(m[1]!))) return null;
    return { metadata: { credits: [m[1]!.trim()] } };
  },
};
