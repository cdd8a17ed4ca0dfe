/**
 * metadata/wire-dateline — the dateline that wire copy glues to the start of the first
 * paragraph: "MOSCOW, Dec 7 (Reuters) - ", "KYIV, Ukraine (AP) — ", "Paris (AFP) – ",
 * "MOSCOW, December 7. /TASS/. ", "BEIJING, Dec. 7 (Xinhua) -- ", "Washington (CNN)The",
 * "NEW DELHI: ". The prefix goes; the sentence after it stays.
 *
 * Two shapes are accepted: a place (optionally ", Region" and ", Month Day") followed by an
 * agency in parentheses or slashes, or an ALL-CAPS place followed by ':' or a dash. The
 * second is taken only in the first paragraph and only before a full sentence, so a
 * transcript line ("PUTIN: We …") deep in the article is never touched. Anchored, bounded
 * patterns on the first 200 characters: linear time.
 */
import type { InlineContext, InlineEdit, InlineRule } from '../../rule.js';
import { MONTH_PATTERN, wordCount } from '../../shape.js';

// A period inside a place word only before a capital or the word's end ("St.", "D.C."), so a
// domain ("site.com/x/") is never a place.
const PLACE_WORD = "\\p{Lu}(?:[\\p{L}'’-]|\\.(?=\\p{Lu}|[\\s,]|$)){0,24}";
const PLACE = `${PLACE_WORD}(?: ${PLACE_WORD}){0,3}`;
const REGION = `(?:,\\s?${PLACE})?`;
const DAY = `(?:,\\s?${MONTH_PATTERN}\\s?\\d{1,2}(?:st|nd|rd|th)?\\.?)?`;
const AGENCY = "\\p{L}[\\p{L}.&'’-]{0,20}(?:[ /-]\\p{L}[\\p{L}.&'’-]{0,20}){0,3}";
// "Place[, Region][, Mon D] (Agency) - " or "(Agency)" glued to the next word.
const PAREN_AGENCY = new RegExp(
  `^(${PLACE}${REGION})${DAY}\\s?\\((${AGENCY})\\)(?:\\s?(?:[-–—]{1,2}|:)\\s|\\s?(?=[\\p{Lu}“"‘]))`,
  'u',
);
// "MOSCOW, December 7. /TASS/. "
const SLASH_AGENCY = new RegExp(
  `^(${PLACE}${REGION})${DAY}\\s?\\/(\\p{Lu}[\\p{L}.&'’-]{0,20}(?: \\p{Lu}[\\p{L}.&'’-]{0,20}){0,2})\\/\\.?\\s?(?:[-–—]{1,2}\\s)?`,
  'u',
);
// "NEW DELHI: ", "WASHINGTON — ", "GENEVA, Switzerland - "
const CAPS_PLACE = new RegExp(
  `^((\\p{Lu}[\\p{Lu}'’.-]{1,24}(?: \\p{Lu}[\\p{Lu}'’.-]{0,24}){0,2})${REGION})${DAY}\\s?(:|[-–—]{1,2})\\s`,
  'u',
);
// "(The Coast Herald) – ": an agency credit opening the paragraph, no place.
const AGENCY_ONLY = new RegExp(`^\\((${AGENCY})\\)\\s?[-–—]{1,2}\\s`, 'u');
// Caps labels that open a paragraph but are not places.
const NOT_A_PLACE =
  /^(?:BREAKING(?: NEWS)?|UPDATE[DS]?|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|COMMENT|FACT CHECK|NOTE|WARNING|CORRECTION|EDITOR'?S NOTE|READ|SOURCE|PHOTO|VIDEO|Q|A)$/;
const SENTENCE_START = /^[\p{Lu}\d“"‘'«]/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Length of the wire dateline at the start of a paragraph, 0 when there is none.
 * `capsPlace` allows the weaker ALL-CAPS-place form ("NEW DELHI: ").
 *
 * @example
 * wireDatelineLength('MOSCOW, Dec 7 (Reuters) - Russia said on Tuesday …'); // 26
 * wireDatelineLength('The Kremlin said on Tuesday …');                      // 0
 */
export function wireDatelineLength(text: string, capsPlace = true): number {
  return readWireDateline(text, capsPlace)?.length ?? 0;
}

/**
 * A wire dateline read: its length, its place and its agency (when credited).
 *
 * @example
 * const dateline: WireDateline = { length: 26, place: 'MOSCOW', agency: 'Reuters' };
 */
export interface WireDateline {
  length: number;
  place: string;
  agency?: string;
  /** The ALL-CAPS place ends in a colon ("NEW DELHI: "), the weakest form. */
  colon?: boolean;
}

/**
 * Reads the wire dateline opening a paragraph: place and agency; null when there is none.
 * `capsPlace` allows the weaker ALL-CAPS-place form ("NEW DELHI: ").
 *
 * @example
 * readWireDateline('MOSCOW, Dec 7 (Reuters) - Russia said on Tuesday …'); // { length: 26, place: 'MOSCOW', agency: 'Reuters' }
 */
export function readWireDateline(text: string, capsPlace = true): WireDateline | null {
  // Each pattern opens with a capital (\p{Lu}); PAREN_AGENCY needs a '(', SLASH_AGENCY a '/'.
  // Most paragraphs fail these cheap tests, where the patterns would backtrack over place words.
  const c = text.charCodeAt(0);
  if (c < 0x80 ? !(c >= 0x41 && c <= 0x5a) : !UPPER_START.test(text)) return null;
  const head = text.length > 200 ? text.slice(0, 200) : text;
  const m =
    (head.includes('(') ? PAREN_AGENCY.exec(head) : null) ?? (head.includes('/') ? SLASH_AGENCY.exec(head) : null);
  if (m) return followedBySentence(text, m[0].length, 4) ? { length: m[0].length, place: m[1]!, agency: m[2]! } : null;
  if (!capsPlace) return null;
  const caps = CAPS_PLACE.exec(head);
  if (!caps || NOT_A_PLACE.test(caps[2]!) || caps[2]!.replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  return followedBySentence(text, caps[0].length, 10)
    ? { length: caps[0].length, place: caps[1]!, colon: caps[3] === ':' }
    : null;
}

/**
 * The agency credited at the start of a paragraph without a place: "(The Coast Herald) – …".
 *
 * @example
 * readAgencyCredit('(The Coast Herald) – The council voted on Monday to close the port.'); // 'The Coast Herald'
 */
export function readAgencyCredit(text: string): string | undefined {
  const m = AGENCY_ONLY.exec(text.length > 120 ? text.slice(0, 120) : text);
  return m && followedBySentence(text, m[0].length, 4) ? m[1]! : undefined;
}

// The rest is a real sentence: it opens with a capital and has enough words.
function followedBySentence(text: string, at: number, minWords: number): boolean {
  const rest = text.slice(at, at + 400);
  return SENTENCE_START.test(rest) && wordCount(rest) >= minWords;
}

/**
 * Rule `metadata/wire-dateline`: Wire datelines opening the first paragraph ("MOSCOW, Dec 7 (Reuters) - ", "Paris (AFP) – ", "NEW DELHI: ").
 *
 * @example
 * clean("MOSCOW, Dec 7 (Reuters) - The Kremlin said on Tuesday that the talks had been frank and businesslike.", { rules: [wireDatelineRule] }).text; // "The Kremlin said on Tuesday that the talks had been frank and businesslike."
 */
export const wireDatelineRule: InlineRule = {
  type: 'inline',
  id: 'metadata/wire-dateline',
  category: 'dateline',
  description:
    'Wire datelines opening the first paragraph ("MOSCOW, Dec 7 (Reuters) - ", "Paris (AFP) – ", "NEW DELHI: ")',
  find(text: string, context: InlineContext): InlineEdit[] {
    if (!context.isFirst) return [];
    const length = wireDatelineLength(text);
    return length > 0 ? [{ start: 0, end: length, after: '' }] : [];
  },
};
