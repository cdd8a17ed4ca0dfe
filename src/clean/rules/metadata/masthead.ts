/**
 * metadata/masthead — the outlet's name standing as its own line at the page's head, read by
 * shape, never from a list of outlets:
 * - the name, a dash, its cities: "THE NORTH STAR — Ashford | Brampton | Kelso";
 * - the name, a dash, its motto with a founding year: "Valley Courier — the valley's voice
 *   since 1871", "Der Talbote – seit 1903";
 * - the name, a dash, a motto, or the name alone ("Valley Courier"), when the page prints the
 *   same name again in a credit line: a photo credit ("(Valley Courier file photo)", "Photo:
 *   Jana Roe/Valley Courier"), a copyright notice, "Follow Valley Courier on …", "Download
 *   the Valley Courier app", or a line another rule removed as a credit, footer or byline;
 * - a line of town names right under a masthead removed ("Ashford · Brampton · Kelso").
 * Only above the headline: a line headline-shaped is kept below it, before any prose. The
 * name goes to metadata.outlet.
 */
import type { BlockContext, BlockRule, BlockVerdict } from '../../rule.js';
import type { Block } from '../../segment.js';
import { isHeadlineShaped, isProseParagraph, isTitleShaped, moreWordsThan } from '../../shape.js';
import { contactName } from './author-contact.js';
import { isRoleLine } from './byline-role.js';
import { isChromeLine, MAX_HEAD_INDEX } from './head.js';

const MAX_LENGTH = 160;
const MAX_NAME_WORDS = 5;
const MAX_MOTTO_WORDS = 9;
// The credit line naming the outlet again is short.
const MAX_ECHO_LENGTH = 400;

const WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d.&'’-]*";
// An outlet's name: 1–5 capitalised words, a lower-case "of"/"de"/"&" between them ("The Voice of
// the Valley" has two words in lower case, "Diario de la Costa" likewise).
const NAME = new RegExp(
  `^(?:(?:The|THE|El|La|Le|Il|Der|Die|Das|De|O|A)\\s+)?${WORD}(?:\\s+(?:(?:of|the|de|del|della|la|le|du|des|da|do|di|van|von|der|&|and|y|e|i)\\s+){0,2}${WORD}){0,4}$`,
  'u',
);
// The name, a dash, the rest: "THE NORTH STAR — Ashford | Brampton" (a bar after a name opens
// a menu row or a date field: "Coast News | Local | Sport", "Coast News | 3 March 2026").
const NAME_DASH = /^(.{2,60}?)\s+[—–]\s+(\S.*)$/u;
// A list of places: three or more capitalised names between bars, dots or slashes.
const PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[\\s-]\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}";
const PLACES = new RegExp(`^${PLACE}(?:\\s*[|·•/,]\\s*${PLACE}){1,12}$`, 'u');
const PLACE_ONLY = new RegExp(`^${PLACE}$`, 'u');
// A founding year: "since 1871", "est. 1871", "seit 1903", "depuis 1903", "desde 1903", "dal 1903",
// "sinds 1903", "sedan 1903", "siden 1903", "od 1903", "od roku 1903", "sejak 1903", "tangu 1903",
// "с 1903 года", "з 1903 року", "от 1903", "από το 1903", "kopš 1903", "nuo 1903", "alates 1903",
// "founded in 1903", "fondé en 1903", "fundado en 1903", "gegründet 1903".
const FOUNDED = new RegExp(
  `(?:^|\\s)(?:${[
    'since',
    'est\\.?',
    'estd\\.?',
    'established(?: in)?',
    'founded(?: in)?',
    'seit',
    'gegründet(?: im jahr)?',
    'depuis',
    'fondée?(?: en)?',
    'desde',
    'fundad[oa](?: en| em)?',
    'dal',
    'fondat[oa](?: nel)?',
    'sinds',
    'opgericht(?: in)?',
    'sedan',
    'grundad(?: år)?',
    'siden',
    'grunnlagt(?: i)?',
    'grundlagt(?: i)?',
    'od(?: roku)?',
    'sejak(?: tahun)?',
    'tangu',
    'mula(?: noong)?',
    'с',
    'з',
    'от',
    'από το',
    'kopš',
    'nuo',
    'alates',
    'vuodesta',
  ].join('|')})\\s+(?:1[6-9]|20)\\d{2}\\b`,
  'iu',
);
// A credit line names the outlet with these words beside it ("Valley Courier file photo", "©
// Valley Courier", "Photo: … / Valley Courier", "Follow Valley Courier on …").
const CREDIT_CUE =
  /©|\(c\)|copyright|\bphoto|\bpic\b|\bfile\b|\bfoto|\bimage|\bcredit|\bfollow\b|\bapp\b|\bdownload|\bsubscribe|\bnewsletter|\bpublished in\b|\ball rights\b|\bltd\b|\blimited\b|\binc\b|\bmedia\b|whatsapp|telegram|facebook|\/\s*$|\s\/\s?\S/iu;
const CUE_REACH = 24;
const CHROME_RULES = /^(?:credit|footer|metadata)\//;

/**
 * Rule `metadata/masthead`: The outlet's name as its own line above the headline, with its cities or a motto ("THE NORTH STAR — Ashford | Brampton", "Valley Courier — the valley's voice since 1871"), or alone when a credit line names it again; goes to metadata.outlet.
 *
 * @example
 * clean('THE NORTH STAR — Ashford | Brampton | Kelso\n\nFerry operator cancels winter timetable\n\nThe operator said on Wednesday that both of its larger ships had been withdrawn.').metadata.outlet; // 'THE NORTH STAR'
 */
export const mastheadRule: BlockRule = {
  type: 'block',
  id: 'metadata/masthead',
  category: 'outlet',
  description:
    'The outlet\'s name as its own line above the headline, with its cities or a motto ("THE NORTH STAR — Ashford | Brampton", "Valley Courier — the valley\'s voice since 1871"), or alone when a credit line names it again; goes to metadata.outlet',
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text, index } = block;
    if (text.length > MAX_LENGTH || index >= MAX_HEAD_INDEX || /[.!?:;,]$/.test(text)) return null;
    const split = NAME_DASH.exec(text);
    let verdict: BlockVerdict | null = null;
    if (split) {
      const name = split[1]!.trim();
      const rest = split[2]!.trim();
      if (!isName(name)) return placesUnderMasthead(text, block, context);
      // A date after the name is the dateline rule's ("Coast News — 3 March 2026").
      if (/\d/.test(rest) && !FOUNDED.test(rest)) return null;
      // "Jana Roe — Health Correspondent": a byline (metadata/byline-role).
      if (isRoleLine(rest)) return null;
      const places = PLACES.test(rest) || PLACE_ONLY.test(rest) ? rest.split(/\s*[|·•/,]\s*/).length : 0;
      // "Jana Roe — Kyiv, Ukraine": a writer and a place.
      if (places > 0 && places < 3) return null;
      if (places >= 3) verdict = { metadata: { outlet: name } };
      else if (!moreWordsThan(rest, MAX_MOTTO_WORDS) && !/[.!?]$/.test(rest)) {
        if (FOUNDED.test(rest) || namedAgain(name, block, context, false)) verdict = { metadata: { outlet: name } };
      }
    } else if (
      isChromeLine(text) &&
      isName(text) &&
      /\s/.test(text) &&
      (namedAgain(text, block, context, false) || (isCapitals(text) && namedAgain(text, block, context, true)))
    ) {
      verdict = { metadata: { outlet: text } };
    } else return placesUnderMasthead(text, block, context);
    return verdict && aboveHeadline(block, context) ? verdict : null;
  },
};

function isName(text: string): boolean {
  return text.length <= 60 && !moreWordsThan(text, MAX_NAME_WORDS + 2) && NAME.test(text);
}

// "Ashford · Brampton · Kelso" right under a masthead removed.
function placesUnderMasthead(text: string, block: Block, context: BlockContext): BlockVerdict | null {
  if (block.index === 0 || context.removedBy(block.index - 1) !== 'metadata/masthead') return null;
  return PLACES.test(text) && text.split(/\s*[|·•/,]\s*/).length >= 3 ? {} : null;
}

// The first kept lines of the page are chrome lines or this one, and a headline-shaped line is
// kept below it before any prose.
function aboveHeadline(block: Block, context: BlockContext): boolean {
  const { blocks } = context;
  for (let j = 0; j < block.index; j++) {
    if (context.isRemoved(j)) continue;
    const above = blocks[j]!.text;
    if (!isChromeLine(above) || isProseParagraph(above)) return false;
  }
  for (let j = block.index + 1; j < Math.min(blocks.length, MAX_HEAD_INDEX + 2); j++) {
    if (context.isRemoved(j)) continue;
    const below = blocks[j]!.text;
    if (isProseParagraph(below)) return false;
    if (isHeadlineShaped(below) || isTitleShaped(below)) return true;
  }
  return false;
}

// An outlet's name in capitals ("THE VALLEY COURIER"): letters all upper case, two at least.
function isCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

// True when another block of the page names the outlet again in a credit line: beside a
// credit word ("photo", "©", "follow", "app") or a line another rule removed as a credit,
// footer or byline. `anywhere`: in any line of the page ("… told the Valley Courier"), for a
// name in capitals standing alone above the headline (a headline in capitals is not repeated
// word for word in the story's lines).
function namedAgain(name: string, block: Block, context: BlockContext, anywhere: boolean): boolean {
  const key = name.replace(/^(?:the|el|la|le|il|der|die|das|de|o|a)\s+/i, '').toLowerCase();
  if (key.length < 4) return false;
  const { blocks } = context;
  for (let j = 0; j < blocks.length; j++) {
    if (j === block.index) continue;
    const other = blocks[j]!.text;
    if (other.length > (anywhere ? MAX_ECHO_LENGTH * 4 : MAX_ECHO_LENGTH)) continue;
    const lower = other.toLowerCase();
    const at = lower.indexOf(key);
    // (a line telling how to reach the writer names a person, not the outlet)
    if (at < 0 || (other.includes('@') && contactName(other) !== undefined)) continue;
    if (/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(lower[at + key.length] ?? ' ')) continue;
    // The credit word beside the name, not somewhere in a caption's sentence.
    const near = other.slice(Math.max(0, at - CUE_REACH), at + key.length + CUE_REACH);
    // (the same words alone on another line: a headline printed twice, not an outlet)
    if (anywhere && lower.length > name.length + 1) return true;
    if (CREDIT_CUE.test(near) || CHROME_RULES.test(context.removedBy(j) ?? '')) return true;
  }
  return false;
}
