/**
 * credit/photo — image credit lines left between paragraphs: "Photo: Reuters",
 * "Alexei Nikolsky/Sputnik/AFP", "Getty Images", "© AFP 2021", "Image source, Getty Images", or a bare domain such as
 * "kremlin.ru" (the credit of an official photo). The credit goes to metadata.credits.
 */
import type { BlockRule } from '../../rule.js';
import { unlink, moreWordsThan } from '../../shape.js';
import { NAME_PARTICLE_PATTERN } from '../../../lexicon/name-parts.js';

const LABELLED =
  /^(?:photo|photos|image|images|picture|photograph|foto|illustration|video|graphic|cover photo|main photo|file photo|photo credit|image credit|credit|credits|pictured)\s*(?:[:©|/–—-]|by\b)\s*\S.{0,120}$/i;
// "Image source, Getty Images" (the BBC's label for screen readers).
const SOURCE_LABELLED = /^(?:image|media|photo|picture|video) source\s*[,:]\s*\S.{0,120}$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*\S.{0,100}$/i;
const DOMAIN = /^(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,12}$/i;
// Picture desks and agencies whose names end photo credits; the vocabulary of the genre.
const AGENCY =
  /(?:^|[\s/|,(])(?:Getty Images|AFP|Reuters|AP Photo|AP|Associated Press|ASSOCIATED PRESS|EPA(?:-EFE)?|EFE|Shutterstock|TASS|Sputnik|Xinhua|Bloomberg|Anadolu(?: Agency)?|NurPhoto|SOPA Images|LightRocket|Pool|Imago|dpa|Alamy|iStock|ANSA|Kyodo|Yonhap|RIA Novosti|Kremlin Press Office|Kremlin Pool|Press Service|handout|Wikimedia Commons|Flickr|Unsplash)(?:\s*via\s*Getty Images)?\)?$/;

/**
 * Rule `credit/photo`: Photo and image credits ("Photo: Reuters", "kremlin.ru", "Getty Images"); go to metadata.credits.
 *
 * @example
 * clean("Putin spoke.\n\nPhoto: Reuters", { rules: [photoCreditRule] }).text; // "Putin spoke."
 */
export const photoCreditRule: BlockRule = {
  type: 'block',
  id: 'credit/photo',
  category: 'credit',
  description: 'Photo and image credits ("Photo: Reuters", "kremlin.ru", "Getty Images"); go to metadata.credits',
  textOnly: true,
  match(block) {
    if (block.text.length > 160 || block.text.includes('\n')) return null;
    const text = unlink(block.text).trim();
    if (/[.!?]$/.test(text) && !DOMAIN.test(text.slice(0, -1))) return null;
    if (text.length > 120 || moreWordsThan(text, 12)) return null;
    // After a label, the credit itself is names and agencies, not a phrase ('Photos: Sudanese rally against …' is a headline).
    const labelled =
      LABELLED.test(text) && looksLikeCreditLine(text.replace(/^[^:©|/–—-]*[:©|/–—-]\s*|^\S+\s+by\s+/i, ''));
    const isCredit =
      labelled ||
      SOURCE_LABELLED.test(text) ||
      COPYRIGHT.test(text) ||
      DOMAIN.test(text) ||
      (AGENCY.test(text) && looksLikeCreditLine(text));
    return isCredit ? { metadata: { credits: [text] } } : null;
  },
};

// "Alexei Nikolsky/Sputnik/AFP", "Getty Images", "Evan Vucci / AP": capitalised parts and
// slashes only, no verbs or lowercase words (which would make it a sentence).
/** Lower-case words a credit line may hold: "via", "and" and name particles ("Pablo de la Rosa"). */
const CREDIT_LOWER_WORD = new RegExp(`^(?:via|and|${NAME_PARTICLE_PATTERN})$`);

function looksLikeCreditLine(text: string): boolean {
  return text.split(/\s+/).every((word) => /^[\p{Lu}\d(/|©-]/u.test(word) || CREDIT_LOWER_WORD.test(word));
}
