/**
 * translation/detached-punctuation — a space stood before a comma, period, semicolon, "!" or "?"
 * after a word of running prose ("waving the national flag .", "traditionally very high ,"):
 * French typography carried over, or the token-spaced output of a translation system. English
 * writers never type it. The clean stage already removed the space as typography
 * (`typography/space-before-punctuation`), so the text reads right; this check reads that repair
 * from the edit log and points at the word and its mark, because a reader of the page saw it and
 * because it is evidence of machine translation.
 *
 * Only inside prose: a line of at least eight words, the word before the space in lowercase
 * ("Posted , updated" in a page's date line, "Photo :" labels and colons, and numbers split at
 * their decimal comma, which flag/broken-number reads, are left alone). And only as a habit: at
 * least two such marks in the text. One stray space is a typo anyone makes, or a scraper's trace
 * of a removed link; it is left to the typography repair.
 */
import type { Edit, Flag } from '../core/types.js';

/** The repair this check reads (src/clean/rules/whitespace/spaces.ts). */
export const SPACE_BEFORE_PUNCTUATION_RULE = 'typography/space-before-punctuation';

const RULE = 'translation/detached-punctuation';
const MIN_WORDS = 8;
/** Marks it takes to call the spacing a habit of the text. */
const MIN_MARKS = 2;
// The word the mark belongs to, right before it in the cleaned text, in lowercase (after a
// number the space is a decimal split, flag/broken-number's business: "+1 , 4%").
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Ll}[\p{L}'’-]*)$/u;

/**
 * Flags for spaces before punctuation that the clean stage removed inside prose (when it happened
 * at least twice), in offsets of
 * `text` (the cleaned text the edits lead to); `rawStart`/`rawEnd` equal `start`/`end` until
 * the caller maps them.
 *
 * @example
 * import { clean } from 'newsnorm/clean';
 * const cleaned = clean('Thousands of people gathered in the square , waving the national flag .');
 * detachedPunctuationFlags(cleaned.text, cleaned.edits).map((f) => f.text); // ['square,', 'flag.']
 */
export function detachedPunctuationFlags(text: string, edits: readonly Edit[]): Flag[] {
  const flags: Flag[] = [];
  for (const edit of edits) {
    if (edit.rule !== SPACE_BEFORE_PUNCTUATION_RULE || edit.start !== edit.end) continue;
    const at = edit.start;
    const mark = text[at];
    if (mark === undefined || !',.;!?'.includes(mark)) continue;
    // A period that opens "..." or ".5" is no sentence mark.
    if (mark === '.' && /[.\p{N}]/u.test(text[at + 1] ?? '')) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const word = WORD_BEFORE.exec(text.slice(Math.max(lineStart, at - 40), at))?.[1];
    if (!word) continue;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if ((line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) continue;
    const start = at - word.length;
    flags.push({
      kind: 'detached-punctuation',
      rule: RULE,
      category: 'punctuation',
      confidence: 0.6,
      message: `A space stood before "${mark}" (removed): French typography or token-spaced machine output`,
      text: text.slice(start, at + 1),
      start,
      end: at + 1,
      rawStart: start,
      rawEnd: at + 1,
    });
  }
  return flags.length >= MIN_MARKS ? flags : [];
}
