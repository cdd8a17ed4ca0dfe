/**
 * metadata/author-contact — how to reach the writer, on a line of its own: "Contact Mara Lind at
 * mlind@example.org or on X at @maralind", "Email Mara Lind | Follow @maralind", "Mara Lind can
 * be reached at …", "Schreiben Sie Mara Lind: mlind@example.org", "Contact the writer:
 * desk@example.org". It names the writer, not the story.
 *
 * Only where nothing else can be meant: the line opens with a contact verb of one of the
 * languages below and then a name (or "the writer"), holds an address or a handle (an
 * '@'), is short, and — for a name — the same name stands in another short line of the page
 * (the byline, a name line, a photo credit). A sentence of the story that asks readers to write
 * to an office ("Email Customer Services at …, the firm said") names no one the page credits.
 */
import type { Block } from '../../segment.js';
import type { BlockRule } from '../../rule.js';
import { firstWordKey, firstWordsOf, moreWordsThan, opensWithKeyOf } from '../../shape.js';
import { NAME_PARTICLE_PATTERN } from '../../../lexicon/name-parts.js';
import { matchAnyPattern } from '../../../lexicon/pattern.js';

const MAX_LENGTH = 220;
// The words of the line after the name: an address, a handle, "or on X at", a bar.
const MAX_REST_WORDS = 16;
// A line of the page naming the writer (a byline, a name line, a credit) has at most this many words.
const MAX_ECHO_WORDS = 14;

/**
 * The verbs (and verb phrases) that open a contact line, by language (ISO 639-1), lower case:
 * "Contact …", "Kontakt:", "Écrire à …", "Escribe a …". Each stands before the writer's name.
 */
// prettier-ignore
const CONTACT_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: ['contact', 'email', 'e-mail', 'reach', 'write to', 'follow', 'message', 'send tips to', 'you can reach', 'you can contact', 'get in touch with', 'tweet'],
  de: ['kontakt zu', 'kontakt mit', 'schreiben sie', 'schreiben sie an', 'e-mail an', 'mail an', 'folgen sie', 'kontaktieren sie'],
  fr: ['contacter', 'contactez', 'écrire à', 'écrivez à', 'suivez', 'suivre'],
  es: ['contacta a', 'contacta con', 'contacte a', 'contacte con', 'escribe a', 'escriba a', 'sigue a', 'siga a'],
  pt: ['contate', 'contacte', 'fale com', 'escreva para', 'escreva a', 'siga'],
  it: ['contatta', 'contattare', 'scrivi a', 'scrivete a', 'segui'],
  nl: ['mail', 'mail naar', 'neem contact op met', 'volg'],
  sv: ['kontakta', 'mejla', 'följ'],
  no: ['kontakt', 'send e-post til', 'følg'],
  da: ['kontakt', 'skriv til', 'følg'],
  fi: ['ota yhteyttä', 'seuraa'],
  pl: ['napisz do', 'skontaktuj się z', 'obserwuj'],
  cs: ['napište', 'kontaktujte', 'sledujte'],
  id: ['hubungi', 'ikuti', 'kontak'],
  ms: ['hubungi', 'ikuti'],
};
const VERBS = [...new Set(Object.values(CONTACT_VERBS).flat())];
// The first words of the verbs (a line opening with none of them opens no contact line; the
// non-ASCII ones are left to the pattern by firstWordKey).
const FIRST_WORDS = firstWordsOf(
  [...new Set(VERBS.map((verb) => verb.split(/[ -]/)[0]!))].filter((word) => /^[a-z]+$/.test(word)).join(' '),
);
const NAME = `\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLE_PATTERN})){1,3}`;
// The writer without a name: "the writer", "the author" (English, where a line of another
// language is translated). "Contact her at …" under a bio is credit/author-bio's.
const WRITER = '(?:the\\s+)?(?:writer|author|reporter|journalist|columnist)s?';
// "Contact Mara Lind at …": the verb, the name or the writer, then what follows it (opening
// with a space or a mark, never a letter: the name's last word ends there).
const CONTACT_VERB = new RegExp(`^(?:${matchAnyPattern(VERBS)})\\s*:?\\s+`, 'iu');
const AFTER_VERB = new RegExp(`^(?:(${NAME})|(?:${WRITER}))(?![\\p{L}'’])(.*)$`, 'u');
// "Mara Lind can be reached at …", "Mara Lind is on X at @maralind".
const NAME_FIRST = new RegExp(
  `^(${NAME})\\s+(?:can|may)\\s+be\\s+(?:reached|contacted|emailed)\\s+(?:at|on|by|via)\\b(.*)$`,
  'u',
);

/**
 * Rule `metadata/author-contact`: A line telling how to reach the writer, with an address or handle ("Contact Mara Lind at mlind@example.org"), when the page names the writer elsewhere.
 *
 * @example
 * clean('By Mara Lind\n\nThe council voted on Tuesday to approve four new bus routes for the east side of the city.\n\nContact Mara Lind at mlind@example.org.').text; // 'The council voted on Tuesday to approve four new bus routes for the east side of the city.'
 */
export const authorContactRule: BlockRule = {
  type: 'block',
  id: 'metadata/author-contact',
  category: 'byline',
  description:
    'A line telling how to reach the writer, with an address or handle ("Contact Mara Lind at mlind@example.org"), when the page names the writer elsewhere',
  maxLength: MAX_LENGTH,
  match(block, context) {
    const { text } = block;
    if (text.length > MAX_LENGTH || text.indexOf('@') < 0) return null;
    const name = contactName(text);
    if (name === undefined) return null;
    if (name === '') return {};
    return namedElsewhere(name, block, context.blocks) ? { metadata: { byline: [name] } } : null;
  },
};

/**
 * The writer a contact line names ('' for "the writer"), or undefined when the text is
 * no contact line.
 *
 * @example
 * contactName('Email Mara Lind | Follow @maralind'); // 'Mara Lind'
 * contactName('Contact the writer: desk@example.org'); // ''
 */
export function contactName(text: string): string | undefined {
  let m: RegExpExecArray | null = null;
  const verb = opensWithKeyOf(firstWordKey(text), FIRST_WORDS) ? CONTACT_VERB.exec(text) : null;
  if (verb) m = AFTER_VERB.exec(text.slice(verb[0].length));
  if (!m && /\bbe\s+(?:reached|contacted|emailed)\b/.test(text)) m = NAME_FIRST.exec(text);
  if (!m) return undefined;
  const name = m[1];
  const rest = m[2]!;
  // The address or handle after the name, in a short rest that is no further sentence.
  if (rest.indexOf('@') < 0 || moreWordsThan(rest, MAX_REST_WORDS) || /[.!?]\s+\p{Lu}/u.test(rest)) return undefined;
  if (name === undefined) return '';
  return name;
}

// True when another block of the page, a short line, holds the name as a whole (a byline, a
// name line, a credit).
function namedElsewhere(name: string, block: Block, blocks: readonly Block[]): boolean {
  for (let j = 0; j < blocks.length; j++) {
    if (j === block.index) continue;
    const other = blocks[j]!.text;
    const at = other.indexOf(name);
    if (at < 0 || moreWordsThan(other, MAX_ECHO_WORDS)) continue;
    const before = at > 0 ? other[at - 1]! : ' ';
    const after = other[at + name.length] ?? ' ';
    if (!/[\p{L}'’]/u.test(before) && !/[\p{L}'’]/u.test(after)) return true;
  }
  return false;
}
