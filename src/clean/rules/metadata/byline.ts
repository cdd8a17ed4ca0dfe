/**
 * metadata/byline — the author line near the top of the article. The names go to
 * `metadata.byline`. Four shapes:
 * - "By Samantha Berkhead", "By [Jane Doe](#) and John Roe", "Written by …", "By A and B, CNN"
 *   (a one-word outlet after the last comma is not a name);
 * - "Posted on December 7, 2021 by <a …>Jane Doe</a>" (blog engines): names and date;
 * - "Helena Smith in Athens" right under the headline: a name, "in", a capitalised place;
 * - an outlet-only line right after a byline ("Associated Press"): goes to metadata.credits.
 * "By By Jane Doe" (a doubled label) and "By Jane Doe at Olympic Park" (where the writer
 * was) give the names. A role after two spaces ("By Jane Doe  Crime Reporter") or after a
 * field mark ("By Jane Doe • 3h", "By City Desk | Edited by John Roe") is not a name; a
 * reporter's title before each name ("Reporter Kim Min-ji, Reporter Lee Jun") is cut.
 * In the head, before the first paragraph of prose (a menu row or a standfirst above do not
 * end it): also the label of another language or its machine translation before a lone full
 * name ("Von Jana Roe", "Por Ana Ruiz", "From Jana Roe"), and anywhere a lone credit line of
 * an agency's initials, a slash and the photographer's or writer's name ("DHA / Ali Kaya -
 * Economy"). The organisation a byline ends with ("…, CNN", "… | Reuters") goes
 * to metadata.credits and to metadata.agency when it is a wire agency, else to
 * metadata.outlet.
 */
import { nearestKeptAbove, type BlockContext, type BlockRule, type BlockVerdict } from '../../rule.js';
import type { Block } from '../../segment.js';
import { charSet, isHeadlineShaped, isTitleShaped, moreWordsThan, opensWithFolded, unlink } from '../../shape.js';
import { isDatedHeaderLine, readDateline } from './dateline.js';
import { fieldText, inHeadBeforeProse, MAX_HEAD_INDEX } from './head.js';
import { NAME_PARTICLE_PATTERN } from '../../../lexicon/name-parts.js';
import { FUNCTION_WORDS } from '../../../lexicon/closed-class.js';
import { conjunctionsOf } from '../../../lexicon/conjunctions.js';
import { isWireAgency } from '../../../lexicon/news-agencies.js';
import { titleOf } from '../../../lexicon/titles.js';
import { isCalendarName } from '../../../lexicon/localized-months.js';
import type { MetadataPatch } from '../../rule.js';
import { BYLINE_WORDS } from '../../../lexicon/byline-words.js';
import { groupedMatchAny } from '../../../lexicon/pattern.js';

// Longer blocks are never this line (match opens with this test; the runner skips them).
const MAX_LENGTH = 300;

const BYLINE =
  /^(?:by|written by|words by|story by|text by|author|authors|(?:staff |special )?(?:reporter|correspondent|journalist)s?)\s*:?\s+(.+)$/i;
// A reporter's title before a name in a list ("Reporter Kim Min-ji, Reporter Lee Jun").
const ROLE_PREFIX = /^(?:(?:staff |special )?(?:reporter|correspondent|journalist))\s+/i;
// The byline label of other languages, and "From" (German "Von" machine-translated): before
// a lone full name only (2–4 name words, one or two names), in the head under a kept line
// (a headline: a line opening the page is the headline itself, "Von Braun Rocket Center").
const WEAK_LABEL = /^([Ff]rom|[Vv]on|[Pp]or|[Pp]ar|di|[Dd]oor|[Aa]v|[Aa]f)\s+(\p{Lu}.{2,80})$/u;
const POSSESSIVE = /\p{L}['’]s(?!\p{L})/u;
// The languages of each weak label, whose "and" joins two names ("Von A und B", "Por A y B").
const WEAK_LABEL_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  from: ['eng'],
  von: ['deu'],
  por: ['spa', 'por'],
  par: ['fra'],
  di: ['ita'],
  door: ['nld'],
  av: ['swe', 'nor'],
  af: ['dan'],
};
// "DHA / Ali Kaya - Economy": an agency's initials (or a wire agency), a slash, a full name,
// maybe a section after a dash.
const AGENCY_SLASH_NAME =
  /^(\p{Lu}{2,6}|\p{Lu}[\p{L}.-]{1,20}(?: \p{Lu}[\p{L}.-]{1,20}){0,2})\s+\/\s+(\p{Lu}[\p{L}'’.-]{0,30}(?:\s+\p{Lu}[\p{L}'’.-]{0,30}){1,3})(?:\s+[-–—]\s+\p{Lu}[\p{L}&-]{0,30}(?:\s+\p{L}[\p{L}&-]{0,30}){0,2})?$/u;
/** Capitalized name words, with name particles between them ("Ursula von der Leyen"). */
const NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLE_PATTERN}))*$`, 'u');
// "Posted on <date> [at <time>] by <names>"
const POSTED_BY = /^(?:posted|published|written)(?:\s+on)?\s*:?\s+(.{6,60}?)\s+by\s+(\S.{0,150})$/i;
// "Helena Smith in Athens": 2–4 name words, "in", 1–3 capitalised place words.
const NAME_IN_PLACE =
  /^(\p{Lu}[\p{L}'’.-]{0,30}(?:\s+\p{Lu}[\p{L}'’.-]{0,30}){1,3})\s+in\s+\p{Lu}[\p{L}'’.-]{0,30}(?:\s+\p{Lu}[\p{L}'’.-]{0,30}){0,2}$/u;
// "Associated Press", "Reuters", "The Moscow Times": capitalised words only.
const OUTLET_LINE = /^(?:The\s+)?\p{Lu}[\p{L}'’.&-]{0,30}(?:\s+\p{Lu}[\p{L}'’.&-]{0,30}){0,3}$/u;
const TAG = /<[^<>\n]{0,500}>/g;
// Where the writer was: "Jane Doe at Olympic Park", "Jane Doe in Kyiv".
const AT_PLACE = /\s+(?:at|in)\s+\p{Lu}[^,|]{0,60}$/u;
const DOUBLED_BY = /^by\s+/i;
// The organisation a byline ends with: "| Reuters", " - The Coast Herald", ", CNN".
const CREDIT_SUFFIX = /(?:\s+[|–—•·-]\s+|\s*\|\s*)((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s*$/u;
const DASH_OPENING = /^\s*[–—-]/;
const TRAILING_EMAIL = /\s*[(<[]?\s*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*[)>\]]?$/u;
// Words after the last comma, the first in lower case ("senior correspondent", "editor of the
// Kyiv desk"): a role when one of its first three words is a title (see cutRole).
const LOWER_CASE_ROLE = /,\s+(\p{Ll}[\p{Ll}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,10})$/u;
const ROLE_WORDS_READ = 3;

// "Jane Doe, editor of the regional news" → "Jane Doe": the role after the comma is cut when
// a full name (two words or more) stands before it and one of its first three words is a title
// ("editor", "correspondent", "chief"). "By Christmas Eve, the town had emptied" keeps its words.
function cutRole(text: string): string {
  const m = LOWER_CASE_ROLE.exec(text);
  if (!m || !/\S\s+\S/.test(text.slice(0, m.index))) return text;
  const words = m[1]!.split(/\s+/, ROLE_WORDS_READ);
  return words.some((word) => titleOf(word) !== undefined) ? text.slice(0, m.index) : text;
}
const COMMA_CREDIT = /,\s*(\p{L}[\p{L}\p{N}.&-]*)\s*$/u;

/**
 * The organisation a byline's name part ends with, or undefined: after '|' or ' - ', or one
 * word after the last comma with a full name before it.
 *
 * @example
 * bylineCredit('Jane Doe and John Roe | Reuters'); // 'Reuters'
 * bylineCredit('Ted Barrett and Lauren Fox, CNN'); // 'CNN'
 * bylineCredit('Jane Doe, g1 — Brasília');          // 'g1'
 * bylineCredit('Jane Doe');                         // undefined
 */
export function bylineCredit(text: string): string | undefined {
  const suffix = CREDIT_SUFFIX.exec(text);
  // "Jane Doe, g1 — Brasília": the outlet after the comma, the place after the dash.
  if (suffix && !DASH_OPENING.test(suffix[0])) return suffix[1]!;
  const head = suffix ? text.slice(0, suffix.index) : text;
  const comma = COMMA_CREDIT.exec(head);
  if (comma && /\S\s+\S/.test(head.slice(0, comma.index))) return comma[1]!;
  return suffix?.[1];
}

/**
 * Names and credit of a byline's name part ("By" already cut): null when no names.
 *
 * @example
 * readByline('By Jane Doe at Olympic Park'); // { byline: ['Jane Doe'] }
 * readByline('Jane Doe, Reuters');           // { byline: ['Jane Doe'], credits: ['Reuters'], agency: 'Reuters' }
 * readByline('Reuters');                     // { credits: ['Reuters'], agency: 'Reuters' }
 */
export function readByline(text: string): MetadataPatch | null {
  const rest = text.replace(DOUBLED_BY, '');
  const names = bylineNames(rest) ?? bylineNames(rest.replace(AT_PLACE, ''));
  if (!names) return null;
  // "By Associated Press": an agency credit, not a writer.
  if (names.length === 1 && isWireAgency(names[0]!)) return { credits: names, agency: names[0]! };
  const credit = bylineCredit(rest);
  if (!credit || names.includes(credit)) return { byline: names };
  return { byline: names, credits: [credit], ...(isWireAgency(credit) ? { agency: credit } : { outlet: credit }) };
}

/**
 * A byline field of a header line read: undefined when the field has no byline label ("By",
 * "Written by", "Reporter" …), else its names and credit (null when they are not names).
 *
 * @example
 * readBylineField('By Jane Doe, Reuters'); // { byline: ['Jane Doe'], credits: ['Reuters'], agency: 'Reuters' }
 * readBylineField('Reporter Kim Min-ji, Reporter Lee Jun'); // { byline: ['Kim Min-ji', 'Lee Jun'] }
 * readBylineField('Economy'); // undefined
 */
export function readBylineField(field: string): MetadataPatch | null | undefined {
  const m = BYLINE.exec(field);
  if (m) return readByline(m[1]!) ?? readLocalByline(m[1]!);
  const local = localLabel(field);
  return local ? readLocalByline(local[1]!) : undefined;
}

/**
 * Splits the name part of a byline into names ('A, B and C' → ['A', 'B', 'C']), dropping a
 * trailing outlet or role after '|' or ' - ', or a one-word outlet after the last comma
 * ('A and B, CNN'). Returns null when a part is not name-shaped.
 *
 * @example
 * bylineNames('Jane Doe and John Roe | Reuters'); // ['Jane Doe', 'John Roe']
 * bylineNames('Ted Barrett and Lauren Fox, CNN'); // ['Ted Barrett', 'Lauren Fox']
 */
export function bylineNames(text: string): string[] | null {
  // A role or a time after two spaces or a field mark is not a name.
  let main = text.split(/\s+[|–—•·-]\s+|\s*\|\s*|\s{2,}/)[0]!.trim();
  // A single word after the last comma, with a full name before it, is the outlet ("CNN", "g1").
  const comma = main.lastIndexOf(',');
  if (comma > 0 && /^\s*\p{L}[\p{L}\p{N}.&-]*$/u.test(main.slice(comma + 1)) && /\S\s+\S/.test(main.slice(0, comma)))
    main = main.slice(0, comma);
  // "Jane Doe (jdoe@example.com)", "Jane Doe, editor of the city desk": an e-mail address, and
  // a role in lower case after a comma, follow the name.
  if (main.includes('@')) main = main.replace(TRAILING_EMAIL, '');
  if (main.includes(',')) main = cutRole(main);
  const parts = main
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((p) => p.trim().replace(ROLE_PREFIX, ''))
    .filter(Boolean);
  if (!parts.length || parts.some((p) => !NAME.test(p) || moreWordsThan(p, 5))) return null;
  return parts;
}

// The author labels of every language of BYLINE_WORDS ("Autor:", "Teksti:", "Szerző:", "كتب:"):
// before a colon, or without one when the label is a phrase ("Skrevet av", "Escrito por").
// The word lists of this section are written grouped by first letter (groupedMatchAny: the
// same matches as matchAnyPattern's flat alternation, fewer tries).
const LABELS = Object.values(BYLINE_WORDS).flatMap((w) => w.labels);
const COLON_BYLINE = new RegExp(`^(?:${groupedMatchAny(LABELS)})\\s*[:：]\\s*(\\S.*)$`, 'iu');
const PHRASE_BYLINE = new RegExp(
  `^(?:${groupedMatchAny(LABELS.filter((label) => label.includes(' ')))})\\s+(\\S.*)$`,
  'iu',
);
// The first letters of the labels (both cases: opensWithFolded folds A–Z only), and the
// Latin-script labels opening above ASCII ("Écrit par", "Höfundur" do not; "Szerző" does not).
const LABEL_FIRST = charSet(LABELS.map((label) => label[0]!).join(''));
// The words joining names and the writer's roles, in every language (lower case).
const AND_WORDS = groupedMatchAny(Object.values(BYLINE_WORDS).flatMap((w) => w.and));
const ROLES = new Set(Object.values(BYLINE_WORDS).flatMap((w) => w.roles));
const ROLE_PATTERN = groupedMatchAny(ROLES);
const LOCAL_NAME_SPLIT = new RegExp(`\\s*[,;]\\s*(?:(?:${AND_WORDS})\\s+)?|\\s*&\\s*|\\s+(?:${AND_WORDS})\\s+`, 'u');
const LEADING_ROLE = new RegExp(`^(?:(?:staff|special|senior|our)\\s+)?(?:${ROLE_PATTERN})\\s+(?=\\S)`, 'iu');
const LOCAL_ROLE = new RegExp(`^(?:(?:staff|special|senior|our)\\s+)?(?:${ROLE_PATTERN})$`, 'iu');
// A name in a script without capitals (Arabic, Hebrew, Devanagari, Thai, Han …): 1–4 words of
// letters (25 at most: a run of Han characters without a space is no sentence), none Latin or Cyrillic.
const UNCASED_NAME = /^[\p{Lo}\p{M}][\p{Lo}\p{M}'’.-]{0,24}(?:\s+[\p{Lo}\p{M}][\p{Lo}\p{M}'’.-]{0,24}){0,3}$/u;
// "Lin Yu-ting 林育婷": the name written in Chinese characters after the Latin one.
const HAN_AFTER_LATIN = /(?<=\p{Script=Latin}[\p{L}'’.-]*)\s+\p{Script=Han}{2,4}(?=\s|,|$)/gu;
// "Kovács Eszter (MTI)": an outlet or agency in parentheses after the names.
const PAREN_CREDIT = /\s*\((\p{Lu}[\p{L}.&-]{0,20}(?:\s+\p{Lu}[\p{L}.&-]{0,20}){0,2})\)$/u;

/**
 * The names and credits of an author line's name part in any language of BYLINE_WORDS
 * (the label already cut): names joined by a comma or the language's "and", a role word
 * before or after them cut, a wire agency among them credited. Null when a part is no name.
 *
 * @example
 * readLocalByline('Erik Lind och Maja Holm, reportrar'); // { byline: ['Erik Lind', 'Maja Holm'] }
 * readLocalByline('Mette Holm, journalist, og Ritzau'); // { byline: ['Mette Holm'], credits: ['Ritzau'], agency: 'Ritzau' }
 */
export function readLocalByline(text: string): MetadataPatch | null {
  if (text.length > 200) return null;
  const credits: string[] = [];
  let rest = text.replace(HAN_AFTER_LATIN, '').trim();
  const paren = PAREN_CREDIT.exec(rest);
  if (paren) {
    credits.push(paren[1]!);
    rest = rest.slice(0, paren.index);
  }
  // A field after a bar or a dash: an outlet ("— STT", "| Reuters"), or another field.
  const [main, tail] = rest.split(/\s+[|–—•·-]\s+|\s*\|\s*/, 2) as [string, string | undefined];
  if (tail !== undefined && OUTLET_LINE.test(tail.trim()) && !moreWordsThan(tail, 4)) credits.push(tail.trim());
  const names: string[] = [];
  for (let part of main.trim().split(LOCAL_NAME_SPLIT)) {
    part = part.trim().replace(LEADING_ROLE, '');
    if (!part || LOCAL_ROLE.test(part)) continue;
    if (isWireAgency(part)) {
      credits.push(part);
      continue;
    }
    if (!(NAME.test(part) || UNCASED_NAME.test(part)) || moreWordsThan(part, 4)) return null;
    // "Text: The Long Road Home": a capitalised function word is no name's (a particle is lower case).
    if (part.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && FUNCTION_WORDS.has(word.toLowerCase()))) return null;
    names.push(part);
  }
  if (!names.length && !credits.length) return null;
  const metadata: MetadataPatch = names.length ? { byline: names } : {};
  if (credits.length) {
    metadata.credits = credits;
    const agency = credits.find((credit) => isWireAgency(credit));
    if (agency) metadata.agency = agency;
    else metadata.outlet = credits[0]!;
  }
  return names.length || metadata.agency ? metadata : null;
}

// "Autor: Jana Roe", "Skrevet av Jana Roe": a labelled author line of another language.
function localLabel(text: string): RegExpExecArray | null {
  if (!opensWithFolded(text, LABEL_FIRST, true)) return null;
  if (text.includes(':') || text.includes('：')) return COLON_BYLINE.exec(text);
  return PHRASE_FIRST_WORDS.has(text.slice(0, text.indexOf(' ')).toLowerCase()) ? PHRASE_BYLINE.exec(text) : null;
}
// The first words of the labels that stand without a colon ("skrevet" of "Skrevet av").
const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(
  LABELS.filter((label) => label.includes(' ')).map((label) => label.split(' ')[0]!),
);

/**
 * The names of an author line labelled in another language ("Autor: Jana Roe", "Skrevet av
 * Jana Roe", "كتب: …"), or null: for the sign-off at the end of a story.
 *
 * @example
 * readLocalBylineLine('Teksti: Jana Roe'); // { byline: ['Jana Roe'] }
 * readLocalBylineLine('Teksti on pitkä.'); // null
 */
export function readLocalBylineLine(text: string): MetadataPatch | null {
  const m = localLabel(text);
  return m ? readLocalByline(m[1]!) : null;
}

// "Staff Correspondent, Dhaka": a desk's signature in the head, no names.
const DESK_LINE =
  /^(?:staff|special|our)\s+(?:correspondent|reporter|writer)s?(?:\s*,\s*\p{Lu}[\p{L}'’.-]{1,30}(?:\s+\p{Lu}[\p{L}'’.-]{1,30}){0,2})?$/iu;

// "Jana Roe and Ivo Lind", "Thu Hà - Minh Quân": two or three full names alone, beside a
// removed byline or date line in the head (names alone are no sure byline: the neighbour is).
const NAMES_SPLIT = new RegExp(`\\s+(?:${AND_WORDS})\\s+|\\s+[-–—]\\s+|\\s*&\\s*`, 'u');
const MAX_NAMES_LINE = 80;
function namesLine(text: string, block: Block, context: BlockContext): BlockVerdict | null {
  if (text.length > MAX_NAMES_LINE || /[.!?:;]$/.test(text) || context.keptBefore(block.index) === 0) return null;
  const parts = text.split(NAMES_SPLIT);
  if (parts.length < 2 || parts.length > 3 || !parts.every((part) => LONE_NAME.test(part))) return null;
  const chrome = (j: number): boolean => {
    const by = context.removedBy(j);
    return by === 'metadata/dateline' || by === 'metadata/byline';
  };
  if (!chrome(block.index - 1) && !chrome(block.index + 1)) return null;
  const words = parts.flatMap((part) => part.split(/\s+/));
  if (words.some((word) => FUNCTION_WORDS.has(word.toLowerCase()) || isCalendarName(word))) return null;
  return { metadata: { byline: parts } };
}

/**
 * Rule `metadata/byline`: Author line near the top ("By Jane Doe", "Posted on … by …", "Name in City"); names go to metadata.byline.
 *
 * @example
 * clean("Putin and Biden Hold Talks\n\nBy Jane Doe\n\nPutin spoke.", { rules: [bylineRule] }).text; // "Putin and Biden Hold Talks\n\nPutin spoke."
 */
export const bylineRule: BlockRule = {
  type: 'block',
  id: 'metadata/byline',
  category: 'byline',
  description:
    'Author line near the top ("By Jane Doe", "Posted on … by …", "Name in City"); names go to metadata.byline',
  maxLength: MAX_LENGTH,
  match(block, context) {
    if (block.text.length > MAX_LENGTH) return null;
    // Past the head only the agency's credit line is read ("DHA / Ali Kaya"): its " / " needs a
    // slash in the block (stripping tags and links below only drops characters).
    if (block.index >= MAX_HEAD_INDEX && !block.text.includes('/')) return null;
    const text = unlink(block.text.includes('<') ? block.text.replace(TAG, '') : block.text).trim();
    const slashed = text.includes(' / ') ? agencySlashName(text) : null;
    if (slashed || !inHeadBeforeProse(block, context)) return slashed;
    const english = BYLINE.exec(text);
    const m = english ?? localLabel(text);
    if (m) {
      const fields = fieldText(block);
      // "By Jane Doe · Updated March 3, 2024": the dateline rule reads the byline and the date.
      if (/[0-9]/.test(text) && isDatedHeaderLine(fields)) return null;
      // A role after a run of spaces: the raw line has it ("By Jane Doe  Crime Reporter").
      const verdict = !english
        ? null
        : fields !== block.text
          ? bylineVerdict(BYLINE.exec(fields)?.[1] ?? m[1]!)
          : bylineVerdict(m[1]!);
      if (verdict) return verdict;
      const local = readLocalByline(m[1]!);
      return local ? { metadata: local } : null;
    }
    if (DESK_LINE.test(text)) return { metadata: {} };
    return (
      postedBy(text) ??
      (context.keptBefore(block.index) > 0 ? weakLabel(text) : null) ??
      nameInPlace(text, block, context) ??
      outletLine(text, block, context) ??
      loneName(text, block, context) ??
      namesLine(text, block, context)
    );
  },
};

function bylineVerdict(names: string): BlockVerdict | null {
  const metadata = readByline(names);
  return metadata ? { metadata } : null;
}

function postedBy(text: string): BlockVerdict | null {
  const m = POSTED_BY.exec(text);
  if (!m) return null;
  const reading = readDateline(m[1]!);
  const names = bylineNames(m[2]!);
  if (!reading || !names) return null;
  return {
    metadata: reading.date && !reading.update ? { byline: names, publishedAt: reading.date } : { byline: names },
  };
}

// Right under the headline: the only kept block before it is headline-shaped.
function nameInPlace(text: string, block: Block, context: BlockContext): BlockVerdict | null {
  if (context.keptBefore(block.index) !== 1 || text.length > 80) return null;
  const m = NAME_IN_PLACE.exec(text);
  if (!m) return null;
  const previous = context.blocks[nearestKeptAbove(context, block.index)];
  if (!previous || !(isTitleShaped(previous.text) || isHeadlineShaped(previous.text))) return null;
  const names = bylineNames(m[1]!);
  return names ? { metadata: { byline: names } } : null;
}

// "Jenna Roe" alone in the head, the same name in a contact or credit line elsewhere on the
// page, among its first words and beside an address or handle ("Contact Jenna Roe at
// jroe@example.com", "Email Jenna Roe | Follow @jroe"): the writer's name line.
const LONE_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|${NAME_PARTICLE_PATTERN})){1,3}$`, 'u');
const MAX_LONE_NAME = 40;
const MAX_CONTACT_LINE = 200;
// The words of a contact line that may stand before the name ("Contact", "Email", "Follow").
const MAX_WORDS_BEFORE_NAME = 2;
function loneName(text: string, block: Block, context: BlockContext): BlockVerdict | null {
  if (text.length > MAX_LONE_NAME || !LONE_NAME.test(text)) return null;
  if (!inContactLine(text, block.index, context.blocks)) return null;
  // The words last: the calendar's names are built on first use (≈ 50 ms), and a name in a
  // contact line is rare.
  if (text.split(/\s+/).some((word) => FUNCTION_WORDS.has(word.toLowerCase()) || isCalendarName(word))) return null;
  return { metadata: { byline: [text] } };
}

// True when a contact line of the page other than block `index` names `text` among its first
// words, not run on into a longer word.
function inContactLine(text: string, index: number, blocks: readonly Block[]): boolean {
  for (const j of contactLinesOf(blocks)) {
    if (j === index) continue;
    const other = blocks[j]!.text;
    const at = other.indexOf(text);
    if (at < 0 || /^[\p{L}'’]/u.test(other.slice(at + text.length))) continue;
    if (!moreWordsThan(other.slice(0, at), MAX_WORDS_BEFORE_NAME)) return true;
  }
  return false;
}

// The indexes of the page's contact lines (short, with an '@'), found once per page: loneName
// asks for them for each candidate, in every pass. Kept with the texts they were read from,
// so a block list whose texts change is read again.
function contactLinesOf(blocks: readonly Block[]): readonly number[] {
  const known = CONTACT_LINES.get(blocks);
  if (known && sameTexts(known.texts, blocks)) return known.lines;
  const texts: string[] = [];
  const lines: number[] = [];
  for (let j = 0; j < blocks.length; j++) {
    const text = blocks[j]!.text;
    texts.push(text);
    if (text.length <= MAX_CONTACT_LINE && text.includes('@')) lines.push(j);
  }
  CONTACT_LINES.set(blocks, { texts, lines });
  return lines;
}

const CONTACT_LINES = new WeakMap<readonly Block[], { texts: readonly string[]; lines: readonly number[] }>();

function sameTexts(texts: readonly string[], blocks: readonly Block[]): boolean {
  if (texts.length !== blocks.length) return false;
  for (let j = 0; j < texts.length; j++) if (texts[j] !== blocks[j]!.text) return false;
  return true;
}

// Right after a removed byline: a short line of capitalised words names the outlet.
function outletLine(text: string, block: Block, context: BlockContext): BlockVerdict | null {
  if (text.length > 60 || context.removedBy(block.index - 1) !== 'metadata/byline') return null;
  return OUTLET_LINE.test(text) && !moreWordsThan(text, 4) ? { metadata: { credits: [text] } } : null;
}

// "Von Jana Roe", "From Jana Roe": the label and one or two full names (2–4 name words each), nothing more.
function weakLabel(text: string): BlockVerdict | null {
  const m = text.length <= 90 ? WEAK_LABEL.exec(text) : null;
  if (!m || /[.!?:;,]$/.test(text)) return null;
  // A title in capitals ("From Russia With Love") holds a function word; a name does not.
  const joiners = (WEAK_LABEL_LANGUAGES[m[1]!.toLowerCase()] ?? []).flatMap((language) => [
    ...conjunctionsOf(language),
  ]);
  const words = m[2]!.split(/\s+/).map((word) => (joiners.includes(word) ? 'and' : word));
  if (words.some((word) => word !== 'and' && FUNCTION_WORDS.has(word.toLowerCase()))) return null;
  // "From CNN’s Jane Roe": an outlet's credit, the wire-residue rule's.
  if (POSSESSIVE.test(m[2]!)) return null;
  const joined = words.join(' ');
  // "Af Jana Roe, journalist, og Ritzau": a role and an agency after the names.
  const local = bylineNames(joined) ? null : readLocalByline(m[2]!);
  const names = local ? local.byline : bylineNames(joined);
  if (!names || names.length > 2 || names.some((name) => !/\S\s+\S/.test(name) || moreWordsThan(name, 4))) return null;
  return { metadata: local ?? { byline: names } };
}

// "DHA / Ali Kaya - Economy": the credit goes to metadata.credits, the name to metadata.byline.
function agencySlashName(text: string): BlockVerdict | null {
  const m = text.length <= 100 ? AGENCY_SLASH_NAME.exec(text) : null;
  if (!m) return null;
  const credit = m[1]!;
  if (!isWireAgency(credit) && !/^\p{Lu}{2,6}$/u.test(credit)) return null;
  const names = bylineNames(m[2]!);
  if (!names) return null;
  return {
    metadata: { byline: names, credits: [credit], ...(isWireAgency(credit) ? { agency: credit } : {}) },
  };
}
