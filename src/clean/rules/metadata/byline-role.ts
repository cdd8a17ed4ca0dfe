/**
 * metadata/byline-role — a byline split over two lines in the head: the writer's name alone,
 * and under it the writer's role alone ("Mara Lind" / "Transport reporter", "Ivo Brandt" /
 * "Staff Correspondent", "Jana Roe" / "Redakteurin Wirtschaft"), or both on one line with a
 * comma, bar or dash between ("Mara Lind, Health Correspondent", "Ivo Brandt | Chief Reporter").
 * The role line tells that the name line is a byline: both go, the name to metadata.byline. A
 * role line alone right under a byline another rule removed goes too, and so does a beat alone
 * ("Municipal affairs") under a lone name when a date line removed right after it (or right
 * above the name) shows the page head.
 *
 * Only in the head, before the story's prose (a standfirst may stand above). A one-line
 * paragraph that is a name, or a short subheading, stays: it has no role line with it.
 */
import type { BlockContext, BlockRule, BlockVerdict } from '../../rule.js';
import type { Block } from '../../segment.js';
import { moreWordsThan } from '../../shape.js';
import { BYLINE_WORDS } from '../../../lexicon/byline-words.js';
import { FUNCTION_WORDS } from '../../../lexicon/closed-class.js';
import { isCalendarName } from '../../../lexicon/localized-months.js';
import { NAME_PARTICLE_PATTERN } from '../../../lexicon/name-parts.js';
import { inHeadBeforeProse, MAX_HEAD_INDEX } from './head.js';

const MAX_LENGTH = 90;
const MAX_NAME_LENGTH = 45;
const MAX_ROLE_LENGTH = 60;
const MAX_ROLE_WORDS = 6;
const MAX_BEAT_WORDS = 3;

/**
 * Words of a writer's role beyond BYLINE_WORDS' roles, by language (ISO 639-1), lower case:
 * the role's head noun ("editor", "columnist"), each read as a whole word of the role line.
 */
// prettier-ignore
const MORE_ROLES: Readonly<Record<string, readonly string[]>> = {
  en: ['editor', 'editors', 'columnist', 'contributor', 'photographer', 'photojournalist', 'writer', 'producer', 'stringer', 'freelancer', 'commentator', 'critic', 'bureau chief', 'intern', 'presenter'],
  de: ['redakteurin', 'redakteur', 'autorin', 'autor', 'volontärin', 'volontär', 'kolumnistin', 'kolumnist', 'fotografin', 'fotograf', 'ressortleiterin', 'ressortleiter'],
  fr: ['chroniqueur', 'chroniqueuse', 'éditorialiste', 'envoyé', 'envoyée', 'photographe', 'rédactrice', 'rédacteur'],
  es: ['columnista', 'cronista', 'enviado', 'enviada', 'editor', 'editora', 'fotógrafo', 'fotógrafa'],
  pt: ['colunista', 'editor', 'editora', 'fotógrafo', 'fotógrafa', 'enviado', 'enviada'],
  it: ['cronista', 'inviato', 'inviata', 'editorialista', 'fotografo', 'fotografa'],
  nl: ['columnist', 'fotograaf', 'correspondente'],
  sv: ['krönikör', 'fotograf', 'reporter'],
  no: ['kommentator', 'fotograf'],
  da: ['kommentator', 'fotograf'],
  fi: ['kolumnisti', 'valokuvaaja', 'uutispäällikkö'],
  pl: ['publicysta', 'publicystka', 'fotoreporter'],
  cs: ['komentátor', 'komentátorka', 'fotograf'],
  sk: ['komentátor', 'komentátorka'],
  hr: ['urednik', 'urednica'],
  sr: ['urednik', 'urednica'],
  ro: ['editor', 'fotoreporter'],
  hu: ['rovatvezető', 'fotós'],
  ru: ['обозреватель', 'фотограф'],
  uk: ['оглядач', 'фотограф'],
  bg: ['редактор', 'фотограф'],
  id: ['editor', 'kolumnis', 'fotografer', 'penulis'],
  ms: ['editor', 'kolumnis', 'jurugambar', 'penulis'],
  tr: ['muhabiri', 'editörü', 'yazarı'],
  vi: ['biên tập viên'],
};
// Every role, as lower-case words ("staff writer" gives "staff writer" and "writer").
const ROLE_PHRASES = [
  ...new Set([...Object.values(BYLINE_WORDS).flatMap((w) => w.roles), ...Object.values(MORE_ROLES).flat()]),
];
const ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_PHRASES.flatMap((phrase) => [phrase, phrase.split(' ').at(-1)!]));
// The role phrases of more than one word, for lines whose words do not split them apart.
const ROLE_MULTI = ROLE_PHRASES.filter((phrase) => phrase.includes(' '));

// A name: 2–4 capitalised words, name particles between them ("Ana de la Cruz").
const NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLE_PATTERN})){1,3}$`, 'u');
// A name in a script without capitals (1–3 words of letters).
const UNCASED_NAME = /^[\p{Lo}\p{M}][\p{Lo}\p{M}'’.-]{0,24}(?:\s+[\p{Lo}\p{M}][\p{Lo}\p{M}'’.-]{0,24}){0,2}$/u;
// A role or beat line: words of letters (hyphens, apostrophes, '&', '/'), no digit, no final mark.
const ROLE_LINE = /^[\p{L}][\p{L}\p{M}'’&/-]*(?:\s+[\p{L}\p{M}'’&/-]+)*$/u;
// "Mara Lind, Health Correspondent", "Ivo Brandt | Chief Reporter", "Jana Roe — Redakteurin".
const NAME_AND_ROLE = /^([^,|–—·•]{3,45}?)\s*(?:,|\s\||\s[–—·•-])\s+(\S.{1,58})$/u;
// A beat: "Municipal affairs", "Health", "Politique": one capital opening a short line.
const BEAT = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:&\s+)?[\p{Ll}\p{M}'’-]+){0,2}$/u;
const DATE_RULES = new Set(['metadata/dateline', 'boilerplate/timestamp']);
const BYLINE_RULES = new Set(['metadata/byline', 'metadata/byline-role', 'metadata/author-contact']);

/**
 * True for a line that is a writer's role: at most six words, a role word among them
 * ("Transport reporter", "Staff Correspondent", "Redakteurin Wirtschaft", "Our Correspondent").
 *
 * @example
 * isRoleLine('Environment reporter'); // true
 * isRoleLine('Reporters without borders say'); // false
 */
export function isRoleLine(text: string): boolean {
  if (text.length > MAX_ROLE_LENGTH || moreWordsThan(text, MAX_ROLE_WORDS) || !ROLE_LINE.test(text)) return false;
  const lower = text.toLowerCase();
  const words = lower.split(/\s+/);
  // A role word opening or closing the line ("Reporter, Politics" is read on its own line).
  if (ROLE_WORDS.has(words[0]!) || ROLE_WORDS.has(words.at(-1)!)) return roleWordsOnly(words);
  return ROLE_MULTI.some((phrase) => lower.startsWith(phrase) || lower.endsWith(phrase)) && roleWordsOnly(words);
}

// The other words of a role line are no verbs or pronouns: a function word may join ("for",
// "de", "in") but not open or close the line, and the line holds at most two of them.
function roleWordsOnly(words: readonly string[]): boolean {
  const first = words[0]!;
  const last = words.at(-1)!;
  if ((FUNCTION_WORDS.has(first) && !ROLE_WORDS.has(first) && first !== 'our') || FUNCTION_WORDS.has(last))
    return false;
  return words.filter((word) => FUNCTION_WORDS.has(word)).length <= 2;
}

function isNameLine(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH) return false;
  if (UNCASED_NAME.test(text)) return true;
  if (!NAME.test(text)) return false;
  return !text.split(/\s+/).some((word) => FUNCTION_WORDS.has(word.toLowerCase()) || isCalendarName(word));
}

/**
 * Rule `metadata/byline-role`: A byline split over two lines in the head, the writer's name then the role alone ("Mara Lind" / "Transport reporter"), or "Name, Role Correspondent" on one line; the name goes to metadata.byline.
 *
 * @example
 * clean('Ferry operator cancels winter timetable\n\nMara Lind\n\nTransport reporter\n\nThe operator said on Wednesday that both of its larger ships had been withdrawn.').text; // 'Ferry operator cancels winter timetable\n\nThe operator said on Wednesday that both of its larger ships had been withdrawn.'
 */
export const bylineRoleRule: BlockRule = {
  type: 'block',
  id: 'metadata/byline-role',
  category: 'byline',
  description:
    'A byline split over two lines in the head, the writer\'s name then the role alone ("Mara Lind" / "Transport reporter"), or "Name, Role Correspondent" on one line; the name goes to metadata.byline',
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text, index } = block;
    if (text.length > MAX_LENGTH || index >= MAX_HEAD_INDEX || /[.!?:;,]$/.test(text)) return null;
    const oneLine = text.length > 8 ? NAME_AND_ROLE.exec(text) : null;
    if (oneLine) {
      const name = oneLine[1]!.trim();
      if (!isNameLine(name) || !isRoleLine(oneLine[2]!.trim())) return null;
      return inHeadBeforeProse(block, context) ? { metadata: { byline: [name] } } : null;
    }
    if (isNameLine(text)) return nameOverRole(text, block, context);
    // A role alone under a byline already removed.
    if (!isRoleLine(text)) return null;
    const above = index - 1;
    if (above < 0 || !BYLINE_RULES.has(context.removedBy(above) ?? '')) return null;
    return inHeadBeforeProse(block, context) ? {} : null;
  },
};

// The name line, the role (or beat) line right under it: both go.
function nameOverRole(name: string, block: Block, context: BlockContext): BlockVerdict | null {
  const below = block.index + 1;
  const next = context.blocks[below];
  if (!next) return null;
  const role = next.text.trim();
  // The role line taken by the byline rule already ("Staff Correspondent"): the name alone goes.
  if (context.isRemoved(below))
    return BYLINE_RULES.has(context.removedBy(below) ?? '') && isRoleLine(role) && inHeadBeforeProse(block, context)
      ? { metadata: { byline: [name] } }
      : null;
  if (!isRoleLine(role) && !(isBeat(role) && dateBeside(block.index, below, context))) return null;
  return inHeadBeforeProse(block, context) ? { through: below, metadata: { byline: [name] } } : null;
}

function isBeat(text: string): boolean {
  if (text.length > 40 || moreWordsThan(text, MAX_BEAT_WORDS) || !BEAT.test(text)) return false;
  return !text.split(/\s+/).some((word) => FUNCTION_WORDS.has(word.toLowerCase()) && word !== '&');
}

// A date line removed right above the name or right under the beat: the page's head.
function dateBeside(name: number, beat: number, context: BlockContext): boolean {
  return DATE_RULES.has(context.removedBy(name - 1) ?? '') || DATE_RULES.has(context.removedBy(beat + 1) ?? '');
}
