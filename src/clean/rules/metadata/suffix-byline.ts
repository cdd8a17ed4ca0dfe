/**
 * metadata/suffix-byline — author lines the byline rule's label-first shapes do not read: a
 * name followed by the writer's role, as Korean sites print it ("김하늘 기자", "기자명 김하늘
 * 기자", "박서준 특파원 sjpark@example.kr"), and the Swahili "Imeandikwa na <Name>" ("written
 * by"). Only in the head, before the first paragraph of prose; the name goes to
 * `metadata.byline`.
 */
import type { BlockRule } from '../../rule.js';
import { inHeadBeforeProse } from './head.js';

// A Korean name (2–4 syllables), the role, maybe an e-mail; "기자명" (the reporter's name)
// may open the line. Two reporters: "김하늘·박서준 기자".
const KOREAN =
  /^(?:기자명\s*:?\s*)?([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,2})\s*(?:선임기자|기자|특파원|통신원|객원기자)(?:\s+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?$/u;
const SWAHILI = /^Imeandikwa na\s+(\p{Lu}[\p{L}'’.-]{1,30}(?:\s+\p{Lu}[\p{L}'’.-]{1,30}){1,3})$/u;
const MAX_LENGTH = 120;
const NAME_SEPARATOR = /\s*[·,]\s*/u;

/**
 * The names of a role-suffixed (Korean) or Swahili author line; null for any other line.
 *
 * @example
 * readSuffixByline('김하늘 기자'); // ['김하늘']
 * readSuffixByline('Imeandikwa na Amina Juma'); // ['Amina Juma']
 */
export function readSuffixByline(text: string): string[] | null {
  if (text.length > MAX_LENGTH) return null;
  const first = text.charCodeAt(0);
  // A Hangul syllable or "I": the first characters the two shapes allow.
  if (first >= 0xac00 && first <= 0xd7a3) {
    const m = KOREAN.exec(text);
    return m ? m[1]!.split(NAME_SEPARATOR) : null;
  }
  if (first !== 0x49) return null;
  const m = SWAHILI.exec(text);
  return m ? [m[1]!] : null;
}

/**
 * Rule `metadata/suffix-byline`: A head author line of a name and its role ("김하늘 기자") or "Imeandikwa na <Name>"; the names go to metadata.byline.
 *
 * @example
 * clean("Port delays ferry terminal\n\n김하늘 기자\n\nThe harbour authority said on Tuesday that the terminal would open a year later.", { rules: [suffixBylineRule] }).metadata.byline; // ['김하늘']
 */
export const suffixBylineRule: BlockRule = {
  type: 'block',
  id: 'metadata/suffix-byline',
  category: 'byline',
  description:
    'A head author line of a name and its role ("김하늘 기자") or "Imeandikwa na <Name>"; the names go to metadata.byline',
  maxLength: MAX_LENGTH,
  match(block, context) {
    const names = readSuffixByline(block.text);
    if (!names || !inHeadBeforeProse(block, context)) return null;
    return { metadata: { byline: names } };
  },
};
